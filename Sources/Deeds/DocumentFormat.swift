import Foundation
import Markup

/// The document formats tracker reads, recognised from their content rather than their file name.
package enum DocumentFormat: String, Sendable, Hashable, Codable, CaseIterable {
    /// officielebekendmakingen Kamerstuk XML (`officiele-publicatie`).
    case officielePublicatie = "officiele-publicatie"
    /// Tweede Kamer meeting report (`vlosCoreDocument`).
    case vlos
    /// Deeds joined from Tweede Kamer SyncFeed entities (Zaak, Besluit, Stemming, …).
    case syncfeed = "tk-syncfeed"
    /// Council agenda pages read with the XPath rules of a `Scrapers/` definition.
    case councilPage = "council-html"

    /// How much a format's reading of a deed counts when observations are merged: the official
    /// text first, then the data warehouse, then a meeting report.
    var authority: Int {
        switch self {
        case .officielePublicatie: 3
        case .syncfeed: 2
        case .vlos: 1
        case .councilPage: 0
        }
    }

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
package struct ReadDocument: Sendable {
    package var name: String
    /// The document's identity at its source (`ob:kst-30950-440`, `vlos:<meeting id>`): a new
    /// version of the same document replaces the old one's deeds.
    package var key: String
    /// A sortable version stamp, when the format has one; an older version never replaces a newer.
    package var version: String?
    package var format: DocumentFormat
    /// SHA-256 of the raw bytes the deeds were read from (see `Deed.Source.hash`).
    package var hash: String
    /// Deed observations; several may share an id (a motion and the vote on it).
    package var deeds: [Deed]

    package init(name: String, key: String, version: String?, format: DocumentFormat, hash: String, deeds: [Deed]) {
        self.name = name
        self.key = key
        self.version = version
        self.format = format
        self.hash = hash
        self.deeds = deeds
    }
}
