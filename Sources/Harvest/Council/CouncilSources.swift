import Deeds
import Foundation

/// The council rules of `Scrapers/`, found again for a page kept in the database (`Rederivation`).
///
/// A kept council page is known by its municipality and its URL (`council:<municipality>:<url>`), not by the
/// source that fetched it, and a municipality may have several sources (Amsterdam: a party's site and the
/// municipality's own openresearch.amsterdam), each reading its pages with rules of its own. The page's source is
/// the one whose endpoint the URL is under; else (the page was fetched from a mirror or a test server given with
/// `--endpoint`) the one whose `pages` name the URL's path; else the municipality's only source.
package struct CouncilSources: Sendable {
    private let byMunicipality: [String: [SourceDefinition]]

    package init(_ definitions: [SourceDefinition]) {
        byMunicipality = Dictionary(
            grouping: definitions.filter { $0.council != nil }, by: { $0.council!.municipality })
    }

    /// The rules to read the kept page at `url` of `municipality` with; nil when no source of `Scrapers/` fits.
    package func rules(municipality: String, url: URL) -> CouncilRules? {
        let sources = byMunicipality[municipality] ?? []
        let under = sources.filter { url.absoluteString.hasPrefix($0.endpoint.absoluteString) }
        if let source = under.max(by: { $0.endpoint.absoluteString.count < $1.endpoint.absoluteString.count }) {
            return source.council
        }
        let named = sources.filter { source in
            source.council!.pages.contains { page in
                URL(string: page, relativeTo: source.endpoint)?.absoluteURL.path == url.path
            }
        }
        if named.count == 1 { return named[0].council }
        return sources.count == 1 ? sources[0].council : nil
    }
}
