import Foundation
import TestSupport

// A SyncFeed server on 127.0.0.1 for `make bench`: the real test corpus, optionally repeated.
//
// Copies after the first are GENERATED benchmark data: the same real entities with every id
// replaced by a derived one (consistently, so references still resolve) and zaak numbers,
// Kamerstuk identifiers and volgnummers made unique per copy, so each copy makes deeds of its
// own. Prints the endpoint, then serves until killed.
//
//   feedserver [--copies N] [--page-size N]

var copies = 1
var pageSize = 250
var arguments = CommandLine.arguments.dropFirst()
while let argument = arguments.popFirst() {
    switch argument {
    case "--copies": copies = Int(arguments.popFirst() ?? "") ?? copies
    case "--page-size": pageSize = Int(arguments.popFirst() ?? "") ?? pageSize
    default:
        FileHandle.standardError.write(Data("usage: feedserver [--copies N] [--page-size N]\n".utf8))
        exit(64)
    }
}

let corpus = try SyncFeedCorpus.real()
let server = try SyncFeedServer(pageSize: pageSize)
let guid = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/
for copy in 0..<copies {
    if copy == 0 {
        server.publish(corpus.entities)
        continue
    }
    server.publish(
        corpus.entities.map { entity in
            var generated = entity
            generated.xml = entity.xml.replacing(guid) { match in
                SyncFeedCorpus.derivedUUID("copy \(copy) \(match.output)")
            }
            .replacing(/(\d{4})Z(\d{5})/) { match in "\(match.1)Z\(match.2)C\(copy)" }
            .replacing(/>kst-/) { _ in ">kst-9\(copy)" }
            .replacing(/volgnummer>(\d+)</) { match in "volgnummer>\(copy)0000\(match.1)<" }
            generated.id = SyncFeedCorpus.derivedUUID("copy \(copy) \(entity.id)")
            return generated
        })
}
FileHandle.standardOutput.write(Data((server.endpoint + "\n").utf8))
while true { sleep(3600) }
