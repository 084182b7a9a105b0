import Core
import Deeds
import Foundation
import Ledger
import Scoring
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
    /// Whether the deed can count for the pledge by its dates (`Scorer.canCount`); a deed from before it is the
    /// pledge's prior record, shown but never counted.
    package var counts: Bool
}

/// The links no review decides yet, the ones that would change a score first.
///
/// Order: links that can count for their pledge by their dates (`Scorer.canCount`: not before the pledge, not after
/// its term) before those that cannot (the pledge's prior record, which no score counts); then links of pledges with
/// fewer evidence links (confidence at or above the scorer's evidence line, to deeds that can count) first, since
/// confirming or rejecting one of a pledge's few links is what moves its status; then stronger links first; then by
/// pledge and deed.
package enum ReviewQueue {
    /// The rubric's evidence line: a link at or above it counts for a pledge's score (0.5 without a rubric).
    package static func evidenceLine(_ ledger: Ledger) -> Double { ledger.rubric?.evidenceConfidence ?? 0.5 }

    /// The unreviewed links at or above `minConfidence`, restricted to `selection` and, with `since`, to deeds with a
    /// moment on that day or later (its latest: a motion's vote, a bill's last step; an undated deed is left out), as a
    /// letter's `--since` reports a deed by the day it counts from: a motion submitted before `since` and voted after it
    /// is in the letter and so in the queue. In queue order.
    package static func items(
        ledger: Ledger, store: Store, minConfidence: Double, selection: Selection, since: Day? = nil
    ) throws -> [ReviewItem] {
        let links = try store.links()
        let line = evidenceLine(ledger)
        let terms = ledger.rubric?.terms ?? []
        let pledges = Dictionary(ledger.pledges.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        // Every deed the queue may read, in one transaction (one each was 7% of `review list` on a full corpus).
        let read = links.lazy.filter { link in
            link.confidence >= min(minConfidence, line) && pledges[link.pledge].map(selection.includes) == true
        }
        let deeds = try store.deeds(ids: Set(read.map(\.deed)))
        /// Whether the link's deed can count for its pledge by its dates, as the scorer counts it.
        func counts(_ link: Link, _ pledge: Pledge) -> Bool {
            deeds[link.deed].map { Scorer.canCount($0, pledge: pledge, terms: terms) } ?? false
        }
        var waiting: [(link: Link, pledge: Pledge, counts: Bool)] = []
        for link in links where link.confidence >= minConfidence {
            guard let pledge = pledges[link.pledge], selection.includes(pledge),
                ledger.reviews.decision(pledge: link.pledge, deed: link.deed) == nil
            else { continue }
            if let since, deeds[link.deed].flatMap({ DeedFacts.moments($0).last?.day }).map({ $0 >= since }) != true {
                continue
            }
            waiting.append((link, pledge, counts(link, pledge)))
        }
        // The evidence of the pledges waiting: their links at the evidence line to deeds that can count.
        let asked = Set(waiting.map(\.link.pledge))
        var evidence: [String: Int] = [:]
        for link in links where link.confidence >= line && asked.contains(link.pledge) {
            if let pledge = pledges[link.pledge], counts(link, pledge) { evidence[link.pledge, default: 0] += 1 }
        }
        let ordered = waiting.sorted { a, b in
            if a.counts != b.counts { return a.counts }
            let (ea, eb) = (evidence[a.link.pledge] ?? 0, evidence[b.link.pledge] ?? 0)
            if ea != eb { return ea < eb }
            if a.link.confidence != b.link.confidence { return a.link.confidence > b.link.confidence }
            return (a.link.pledge, a.link.deed) < (b.link.pledge, b.link.deed)
        }
        return ordered.map { item in
            ReviewItem(
                link: item.link, pledge: item.pledge, deed: deeds[item.link.deed],
                pledgeEvidence: evidence[item.link.pledge] ?? 0, counts: item.counts)
        }
    }
}
