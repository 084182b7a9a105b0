import Core
import Foundation
import Markup

/// Turns raw document bytes into deed observations.
package enum DocumentReader {
    /// Parses `data`, detects its format and reads its deeds.
    ///
    /// - Throws: `MarkupError` for malformed XML (with line and column), `DocumentProblem` for a
    ///   document of an unknown format or without the elements its format requires.
    package static func read(_ data: Data, name: String) throws -> ReadDocument {
        let hash = Digest.sha256(data)
        let document = try MarkupDocument.xml(data, name: name)
        guard let format = DocumentFormat.detect(document) else {
            let root = document.root
            let found = root.map { "<\($0.name)\($0.namespaceURI.map { " xmlns=\"\($0)\"" } ?? "")>" } ?? "nothing"
            throw DocumentProblem(
                document: name, line: root?.line ?? 1,
                message:
                    "unrecognised document: root element \(found); expected <officiele-publicatie> (officielebekendmakingen) or <vlosCoreDocument> (Tweede Kamer VLOS report)"
            )
        }
        let read: ReaderOutput
        switch format {
        case .officielePublicatie: read = try OfficielePublicatieReader().read(document, hash: hash)
        case .vlos: read = try VLOSReportReader().read(document, hash: hash)
        case .syncfeed, .councilPage:
            throw DocumentProblem(document: name, line: 1, message: "not a standalone document")
        }
        return ReadDocument(
            name: name, key: read.key, version: read.version, format: format, hash: hash, deeds: read.deeds)
    }
}

/// What a format reader returns: the document's identity and its deed observations.
struct ReaderOutput {
    var key: String
    var version: String?
    var deeds: [Deed]
}
