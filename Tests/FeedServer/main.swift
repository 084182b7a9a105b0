import Foundation
import TestSupport

// A SyncFeed server on 127.0.0.1 for `make bench`. Prints its endpoint, then serves until killed.
//
//   feedserver --corpus FILE.jsonl [--limit N] [--page-size N] [--pages-dir DIR]
//       REAL data: Tweede Kamer Zaak records (OData JSON, one a line, as in the project's corpus),
//       written as SyncFeed Zaak entities in the official shape, in file order. Pages are rendered
//       once, up front, so serving costs the same for every harvester measured against it; with
//       --pages-dir they are also written there (page-00001.xml, …) for `xmllint --stream`.
//       --synthetic N appends N GENERATED Zaak records after the real ones, for sizes beyond the
//       corpus (`make bench`'s 500,000-deed relink): each takes its kind, dates and fields from one
//       real record and its subject from the first half of that record's words and the second half
//       of another's, with a derived id and number (…G<n>), so the vocabulary and the mix of kinds
//       are the corpus's own. Deterministic: the same N gives the same records.
//   feedserver [--copies N] [--page-size N]
//       the test corpus of 74 real entities; copies after the first are GENERATED benchmark data:
//       the same entities with every id replaced by a derived one (consistently, so references still
//       resolve) and zaak numbers, Kamerstuk ids and volgnummers made unique per copy.

var copies = 1
var pageSize = 250
var corpusFile: String?
var limit = Int.max
var pagesDirectory: String?
var synthetic = 0
var arguments = CommandLine.arguments.dropFirst()
while let argument = arguments.popFirst() {
    switch argument {
    case "--copies": copies = Int(arguments.popFirst() ?? "") ?? copies
    case "--page-size": pageSize = Int(arguments.popFirst() ?? "") ?? pageSize
    case "--corpus": corpusFile = arguments.popFirst()
    case "--limit": limit = Int(arguments.popFirst() ?? "") ?? limit
    case "--pages-dir": pagesDirectory = arguments.popFirst()
    case "--synthetic": synthetic = Int(arguments.popFirst() ?? "") ?? synthetic
    default:
        FileHandle.standardError.write(
            Data(
                "usage: feedserver [--corpus FILE.jsonl [--limit N] [--synthetic N] [--pages-dir DIR]] [--copies N] [--page-size N]\n"
                    .utf8))
        exit(64)
    }
}

if let corpusFile {
    let feed = try CorpusFeed(file: corpusFile, limit: limit, synthetic: synthetic, pageSize: pageSize)
    if let pagesDirectory { try feed.write(to: pagesDirectory) }
    let server = try LocalHTTPServer { request in feed.answer(request) }
    feed.serve(at: server.url(""))
    FileHandle.standardOutput.write(Data((server.url(SyncFeedServer.path) + "\n").utf8))
    while true { sleep(3600) }
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

/// The Zaak category of a SyncFeed over real corpus records, rendered once.
final class CorpusFeed: @unchecked Sendable {
    // @unchecked: everything is fixed by `serve(at:)`, which runs before the first request can arrive.
    /// Page bodies, rendered with a placeholder host until the server's is known.
    private var pages: [String] = []
    private var bodies: [Data] = []
    /// The skiptoken that asks for each page (0 for the first).
    private var pageBySkiptoken: [Int: Int] = [:]
    private var base = ""
    static let host = "http://feed.invalid"

    init(file: String, limit: Int, synthetic: Int, pageSize: Int) throws {
        let text = try String(contentsOfFile: file, encoding: .utf8)
        let writer = EntityWriter(style: .prefixed)
        var entities: [(sequence: Int, entity: SyncFeedCorpus.Entity)] = []
        var records: [[String: Any]] = []
        for line in text.split(separator: "\n") where records.count < limit {
            let record = try JSONSerialization.jsonObject(with: Data(line.utf8)) as! [String: Any]
            records.append(record)
            entities.append((entities.count + 1, writer.zaak(record)))
        }
        for number in 0..<(records.isEmpty ? 0 : synthetic) {
            entities.append((entities.count + 1, writer.zaak(Self.generated(number, from: records))))
        }
        let link = { (skiptoken: Int) in "\(Self.host)\(SyncFeedServer.path)?category=Zaak&amp;skiptoken=\(skiptoken)" }
        var after = 0
        for start in stride(from: 0, to: entities.count, by: pageSize) {
            let slice = Array(entities[start..<min(start + pageSize, entities.count)])
            pageBySkiptoken[after] = pages.count
            pages.append(SyncFeedServer.render(slice, after: after, enclosures: Self.host, link: link))
            after = slice.last!.sequence
        }
        // Asked after the last entry: an empty page ends the category.
        pageBySkiptoken[after] = pages.count
        pages.append(SyncFeedServer.render([], after: after, enclosures: Self.host, link: link))
        FileHandle.standardError.write(Data("feedserver: \(entities.count) Zaak entities, \(pages.count) pages\n".utf8))
    }

    /// GENERATED record `number`: one real record's fields, a subject spliced from two real subjects.
    static func generated(_ number: Int, from records: [[String: Any]]) -> [String: Any] {
        var record = records[(number &* 7919) % records.count]
        let other = records[(number &* 104_729 &+ 13) % records.count]
        let words = { (record: [String: Any]) in
            ((record["Onderwerp"] as? String) ?? "").split(separator: " ").map(String.init)
        }
        let (first, second) = (words(record), words(other))
        record["Onderwerp"] = (first.prefix(first.count / 2) + second.suffix(second.count - second.count / 2))
            .joined(separator: " ")
        record["Id"] = SyncFeedCorpus.derivedUUID("synthetic zaak \(number)")
        record["Nummer"] = "\((record["Nummer"] as? String) ?? "0000Z00000")G\(number)"
        return record
    }

    /// Writes the non-empty pages for `xmllint --stream` (with the placeholder host in their links).
    func write(to directory: String) throws {
        try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        for (index, page) in pages.dropLast().enumerated() {
            try page.write(
                toFile: "\(directory)/page-\(String(format: "%05d", index + 1)).xml", atomically: false,
                encoding: .utf8)
        }
    }

    /// Puts the server's address into every page, once, before the endpoint is announced.
    func serve(at base: String) {
        self.base = base
        bodies = pages.map { Data($0.replacingOccurrences(of: Self.host, with: base).utf8) }
        pages = []
    }

    func answer(_ request: LocalHTTPServer.Request) -> LocalHTTPServer.Reply {
        guard request.path == SyncFeedServer.path else { return LocalHTTPServer.Reply(status: 404) }
        // Only the Zaak category exists here; every other category is empty.
        let category = request.query["category"] ?? "Zaak"
        let skiptoken = Int(request.query["skiptoken"] ?? "0") ?? 0
        let body: Data
        if category.lowercased() == "zaak", let index = pageBySkiptoken[skiptoken] {
            body = bodies[index]
        } else {
            body = Data(
                SyncFeedServer.render([], after: skiptoken, enclosures: base) { skiptoken in
                    "\(self.base)\(SyncFeedServer.path)?category=\(category)&amp;skiptoken=\(skiptoken)"
                }.utf8)
        }
        return LocalHTTPServer.Reply(headers: ["Content-Type": "application/atom+xml; charset=utf-8"], body: body)
    }
}
