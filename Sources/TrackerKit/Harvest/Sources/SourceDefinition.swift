import Foundation

/// A source of deeds as declared in `Scrapers/<name>.yaml`.
public struct SourceDefinition: Sendable, Hashable, Identifiable {
    public enum Kind: String, Sendable, Hashable, CaseIterable {
        /// Tweede Kamer SyncFeed (Atom pages of data-warehouse entities).
        case syncfeed
        /// officielebekendmakingen: SRU search, then each document's XML; RSS as a "what is new" signal.
        case sru
        /// Council web pages read with XPath rules.
        case councilHTML = "council-html"
    }

    public var name: String
    public var kind: Kind
    public var description: String?
    /// The base URL (`--endpoint NAME=URL` replaces it).
    public var endpoint: URL
    public var http: HTTPSettings
    /// SyncFeed: the categories to follow, in order.
    public var categories: [String] = []
    /// SRU: the connection (`x-connection`), base CQL query, page size, start date and RSS signal.
    public var sru: SRUSettings?
    /// Council pages: the municipality, the pages and the XPath rules.
    public var council: CouncilRules?
    public var location: SourceLocation

    public var id: String { name }
}

/// The officielebekendmakingen search settings.
public struct SRUSettings: Sendable, Hashable {
    public var connection: String
    /// CQL that every search starts with, e.g. `w.publicatienaam==Kamerstuk`.
    public var query: String
    /// Also search the Kamerstuk dossiers named in the ledger's link hints.
    public var ledgerDossiers: Bool
    /// Extra dossiers to search.
    public var dossiers: [String]
    /// The first run looks at documents modified on or after this day.
    public var since: Day
    public var pageSize: Int
    /// An RSS feed of new publications; when it shows nothing newer than the last run, the search is skipped.
    public var rss: URL?
}

/// XPath rules that turn a council's agenda page into deeds.
public struct CouncilRules: Sendable, Hashable {
    public struct KindRule: Sendable, Hashable {
        public var prefix: String
        public var kind: Deed.Kind
    }

    /// The municipality in the ledger (`Commitments/municipal/<id>/`).
    public var municipality: String
    /// The meeting pages to read (relative to the endpoint or absolute).
    public var pages: [String]
    /// XPath for the meeting's title and date (a Dutch date such as "31 augustus 2015" or ISO).
    public var meetingTitle: String
    public var meetingDate: String
    /// XPath selecting each agenda item; the item rules below are evaluated relative to it.
    public var items: String
    public var itemID: String
    public var itemNumber: String
    public var itemTitle: String
    public var itemText: String
    public var itemURL: String
    /// Title prefixes that decide the deed kind ("Motie" → motion); others are `defaultKind`.
    public var kinds: [KindRule]
    public var defaultKind: Deed.Kind
}
