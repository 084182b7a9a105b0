import Foundation

/// Re-links every deed in the store against the ledger and stores the result.
public struct LinkingRun: Sendable {
    public let linker: Linker
    public let store: Store

    public init(ledger: Ledger, store: Store, settings: LinkSettings = LinkSettings()) {
        linker = Linker(ledger: ledger, settings: settings)
        self.store = store
    }

    /// Computes links for all deeds, replaces the stored links and returns them.
    @discardableResult
    public func run() throws -> [Link] {
        var fulltext: [String: [String: Double]] = [:]  // deed → pledge → score
        for pledge in linker.ledger.pledges {
            for (deed, score) in try store.rank(terms: linker.searchTerms(for: pledge), limit: 200) {
                fulltext[deed, default: [:]][pledge.id] = min(1, score / linker.settings.fulltextSaturation)
            }
        }
        let links = try store.deeds().flatMap { deed in linker.links(for: deed, fulltext: fulltext[deed.id] ?? [:]) }
            .sorted { ($0.pledge, $0.deed) < ($1.pledge, $1.deed) }
        try store.replaceLinks(links)
        return links
    }
}
