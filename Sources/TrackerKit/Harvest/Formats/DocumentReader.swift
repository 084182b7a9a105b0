import Foundation

/// The document formats tracker reads, recognised from their content rather than their file name.
public enum DocumentFormat: String, Sendable, CaseIterable {
    /// officielebekendmakingen Kamerstuk XML (`officiele-publicatie`).
    case officielePublicatie = "officiele-publicatie"
    /// Tweede Kamer meeting report (`vlosCoreDocument`).
    case vlos
    /// Deeds joined from Tweede Kamer SyncFeed entities (Zaak, Besluit, Stemming, …).
    case syncfeed = "tk-syncfeed"
    /// Council agenda pages read with the XPath rules of a `Scrapers/` definition.
    case councilPage = "council-html"

    /// Recognises a parsed document by its root element and namespace.
    static func detect(_ document: MarkupDocument) -> DocumentFormat? {
        guard let root = document.root else { return nil }
        switch (root.name, root.namespaceURI) {
        case ("officiele-publicatie", nil): return .officielePublicatie
        case ("vlosCoreDocument", VLOSReportReader.namespace?): return .vlos
        default: return nil
        }
    }
}

/// The deeds read from one source document.
public struct ReadDocument: Sendable {
    public var name: String
    /// The document's identity at its source (`ob:kst-30950-440`, `vlos:<meeting id>`): a new
    /// version of the same document replaces the old one's deeds.
    public var key: String
    /// A sortable version stamp, when the format has one; an older version never replaces a newer.
    public var version: String?
    public var format: DocumentFormat
    /// SHA-256 of the raw bytes.
    public var hash: String
    /// Deed observations; several may share an id (a motion and the vote on it).
    public var deeds: [Deed]
}

/// Turns raw document bytes into deed observations.
public enum DocumentReader {
    /// Parses `data`, detects its format and reads its deeds.
    ///
    /// - Throws: `MarkupError` for malformed XML (with line and column), `DocumentProblem` for a
    ///   document of an unknown format or without the elements its format requires.
    public static func read(_ data: Data, name: String) throws -> ReadDocument {
        let hash = SHA256.hex(data)
        let document = try MarkupDocument.xml(data, name: name)
        guard let format = DocumentFormat.detect(document) else {
            let root = document.root
            let found = root.map { "<\($0.name)\($0.namespaceURI.map { " xmlns=\"\($0)\"" } ?? "")>" } ?? "nothing"
            throw DocumentProblem(
                document: name, line: root?.line ?? 1,
                message: "unrecognised document: root element \(found); expected <officiele-publicatie> (officielebekendmakingen) or <vlosCoreDocument> (Tweede Kamer VLOS report)")
        }
        let read: ReaderOutput
        switch format {
        case .officielePublicatie: read = try OfficielePublicatieReader().read(document, hash: hash)
        case .vlos: read = try VLOSReportReader().read(document, hash: hash)
        case .syncfeed, .councilPage: throw DocumentProblem(document: name, line: 1, message: "not a standalone document")
        }
        return ReadDocument(name: name, key: read.key, version: read.version, format: format, hash: hash, deeds: read.deeds)
    }
}

/// What a format reader returns: the document's identity and its deed observations.
struct ReaderOutput {
    var key: String
    var version: String?
    var deeds: [Deed]
}
