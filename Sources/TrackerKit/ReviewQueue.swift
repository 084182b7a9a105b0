import Core
import Deeds
import Foundation
import Ledger
import Store

/// A link waiting for an analyst's decision, with what the analyst needs to decide it.
package struct ReviewItem: Sendable {
    package var link: Link
    package var pledge: Pledge
    /// Nil only when the deed left the database after it was linked.
    package var deed: Deed?
    /// The pledge's links at or above the evidence line to deeds that can count: the fewer, the likelier this link
    /// changes its score.
    package var pledgeEvidence: Int
    /// Whether the deed is dated on or after the pledge, so that the link can count; a deed before it is the pledge's
    /// prior record, shown but never counted.
    package var counts: Bool
}

/// The links no review decides yet, the ones that would change a score first.
///
/// Order: links that can count for their pledge (a deed dated on or after the pledge) before those that cannot (the
/// pledge's prior record, which no score counts); then links of pledges with fewer evidence links (confidence at or
/// above the scorer's evidence line, to deeds that can count) first, since confirming or rejecting one of a pledge's
/// few links is what moves its status; then stronger links first; then by pledge and deed.
package enum ReviewQueue {
    /// The rubric's evidence line: a link at or above it counts for a pledge's score (0.5 without a rubric).
    package static func evidenceLine(_ ledger: Ledger) -> Double { ledger.rubric?.evidenceConfidence ?? 0.5 }

    /// The unreviewed links at or above `minConfidence`, restricted to `selection` and, with `since`, to deeds of
    /// that day or later (`Deed.day`; an undated deed is left out, as a letter's `--since` leaves it out), in queue
    /// order.
    package static func items(
        ledger: Ledger, store: Store, minConfidence: Double, selection: Selection, since: Day? = nil
    ) throws -> [ReviewItem] {
        let links = try store.links()
        let line = evidenceLine(ledger)
        let days = try store.linkedDeedDays()
        let pledges = Dictionary(ledger.pledges.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        /// Whether the link's deed is dated on or after its pledge, as a score counts it.
        func counts(_ link: Link) -> Bool {
            guard let day = days[link.deed], let pledge = pledges[link.pledge] else { return false }
            return day >= pledge.date
        }
        let evidence = Dictionary(grouping: links.filter { $0.confidence >= line && counts($0) }, by: \.pledge)
            .mapValues(\.count)
        let waiting = links.compactMap { link -> (link: Link, pledge: Pledge, counts: Bool)? in
            guard link.confidence >= minConfidence, let pledge = pledges[link.pledge], selection.includes(pledge),
                ledger.reviews.decision(pledge: link.pledge, deed: link.deed) == nil
            else { return nil }
            if let since, days[link.deed].map({ $0 >= since }) != true { return nil }
            return (link, pledge, counts(link))
        }
        let ordered = waiting.sorted { a, b in
            if a.counts != b.counts { return a.counts }
            let (ea, eb) = (evidence[a.link.pledge] ?? 0, evidence[b.link.pledge] ?? 0)
            if ea != eb { return ea < eb }
            if a.link.confidence != b.link.confidence { return a.link.confidence > b.link.confidence }
            return (a.link.pledge, a.link.deed) < (b.link.pledge, b.link.deed)
        }
        return try ordered.map { item in
            ReviewItem(
                link: item.link, pledge: item.pledge, deed: try store.deed(id: item.link.deed),
                pledgeEvidence: evidence[item.link.pledge] ?? 0, counts: item.counts)
        }
    }
}
