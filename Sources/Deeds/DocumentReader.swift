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
        if let kind = notXML(data) {
            throw DocumentProblem(
                document: name, line: 1,
                message:
                    "this is \(kind); expected an XML document: officielebekendmakingen XML (a Kamerstuk's .xml, not its .pdf or web page) or a Tweede Kamer VLOS report\(kind.contains("HTML") ? "; a council's saved meeting pages are read with their source's rules by `tracker update --mirror DIR`" : "")"
            )
        }
        let document: MarkupDocument
        do {
            document = try MarkupDocument.xml(data, name: name)
        } catch var error {
            // libxml2 says where a file cut off ends, not that it is cut off.
            if let first = error.diagnostics.first, first.message.hasPrefix("Premature end of data") {
                error.diagnostics[0].message += " (the file ends before its elements are closed: is it complete?)"
            }
            throw error
        }
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

extension DocumentReader {
    /// What a file that cannot be an XML document is, by its first bytes: `a PDF`, `an HTML page`; nil otherwise.
    static func notXML(_ data: Data) -> String? {
        let head = data.prefix(512)
        if head.starts(with: Array("%PDF".utf8)) { return "a PDF" }
        let text = String(decoding: head, as: UTF8.self).drop { $0.isWhitespace || $0 == "\u{FEFF}" }.lowercased()
        if text.hasPrefix("<!doctype html") || text.hasPrefix("<html") { return "an HTML page" }
        return nil
    }
}

/// What a format reader returns: the document's identity and its deed observations.
struct ReaderOutput {
    var key: String
    var version: String?
    var deeds: [Deed]
}
