import Core
import Deeds
import Foundation
import Markup

/// A source of deeds as declared in `Scrapers/<name>.yaml`.
package struct SourceDefinition: Sendable, Hashable, Identifiable {
    package enum Kind: String, Sendable, Hashable, CaseIterable {
        /// Tweede Kamer SyncFeed (Atom pages of data-warehouse entities).
        case syncfeed
        /// officielebekendmakingen: SRU search, then each document's XML; RSS as a "what is new" signal.
        case sru
        /// Council web pages read with XPath rules.
        case councilHTML = "council-html"
    }

    package var name: String
    package var kind: Kind
    package var description: String?
    /// The base URL (`--endpoint NAME=URL` replaces it).
    package var endpoint: URL
    /// True when `--endpoint` replaced the configured base URL: links to the live hosts (the RSS
    /// signal) then move onto the replacement too, so a mirror or a test never reaches the live site.
    package var endpointReplaced = false
    package var http: HTTPSettings
    /// SyncFeed: the categories to follow, in order.
    package var categories: [String] = []
    /// SRU: the connection (`x-connection`), base CQL query, page size, start date and RSS signal.
    package var sru: SRUSettings?
    /// Council pages: the municipality, the pages and the XPath rules.
    package var council: CouncilRules?
    package var location: SourceLocation

    package var id: String { name }
}

/// The officielebekendmakingen search settings.
package struct SRUSettings: Sendable, Hashable {
    package var connection: String
    /// CQL that every search starts with, e.g. `w.publicatienaam==Kamerstuk`.
    package var query: String
    /// Also search the Kamerstuk dossiers named in the ledger's link hints.
    package var ledgerDossiers: Bool
    /// Extra dossiers to search.
    package var dossiers: [String]
    /// The first run looks at documents modified on or after this day.
    package var since: Day
    package var pageSize: Int
    /// An RSS feed of new publications; when it shows nothing newer than the last run, the search is skipped.
    package var rss: URL?
}

/// `--endpoint NAME=URL`: a source pointed at another base URL (a mirror, a test server).
package struct SourceEndpoint: Sendable, Hashable {
    package var name: String
    package var url: URL

    /// Reads `NAME=URL` with an http(s) URL; nil for anything else.
    package init?(_ text: String) {
        let parts = text.split(separator: "=", maxSplits: 1).map(String.init)
        guard parts.count == 2, !parts[0].isEmpty, let url = URL(string: parts[1]),
            ["http", "https"].contains(url.scheme ?? ""), url.host != nil
        else { return nil }
        name = parts[0]
        self.url = url
    }
}
