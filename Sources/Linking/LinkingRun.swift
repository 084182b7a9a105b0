import Foundation
import Ledger
import Store

/// Re-links every deed in the store against the ledger and stores the result.
package struct LinkingRun: Sendable {
    package let linker: Linker
    package let store: Store

    package init(ledger: Ledger, store: Store, settings: LinkSettings = LinkSettings()) {
        linker = Linker(ledger: ledger, settings: settings)
        self.store = store
    }

    /// Computes links for all deeds, replaces the stored links and returns them.
    ///
    /// The full-text score of a (deed, pledge) pair combines how strongly the pledge's words match
    /// the deed (bm25, saturating at `fulltextSaturation`) with how that compares to the other
    /// pledges on the same deed (1 for the pledge whose words fit the deed best).
    ///
    /// When the stored links were computed from the same ledger and the same deeds, they are
    /// returned as they are (unless `force`).
    @discardableResult
    package func run(force: Bool = false) throws -> [Link] {
        let version = try store.deedVersion()
        if !force, try store.linksAreCurrent(ledger: linker.ledger.fingerprint) { return try store.links() }
        var raw: [String: [String: Double]] = [:]  // deed → pledge → bm25
        for pledge in linker.ledger.pledges {
            for (deed, score) in try store.rank(terms: linker.searchTerms(for: pledge), limit: 500) {
                raw[deed, default: [:]][pledge.id] = score
            }
        }
        let saturation = linker.settings.fulltextSaturation
        let fulltext = raw.mapValues { scores -> [String: Double] in
            let best = scores.values.max() ?? 1
            return scores.mapValues { score in min(1, score / saturation) * (score / best) }
        }
        let links = try store.deeds().flatMap { deed in linker.links(for: deed, fulltext: fulltext[deed.id] ?? [:]) }
            .sorted { ($0.pledge, $0.deed) < ($1.pledge, $1.deed) }
        try store.replaceLinks(links, ledger: linker.ledger.fingerprint, deedVersion: version)
        return links
    }
}
