import Core
import Deeds
import Foundation
import Ledger

/// How far a pledge has come, by the evidence linked to it.
package struct PledgeScore: Sendable, Hashable {
    /// Fulfilment status on the scale of DESIGN.md §5.
    package enum Status: String, Sendable, Hashable, CaseIterable {
        case notRated = "not-rated"
        case inProgress = "in-progress"
        case stalled, partial, kept, broken
    }

    package var pledge: String
    package var themes: [String]
    package var status: Status
    /// 0–100.
    package var progress: Int
    /// The rights direction's sign times progress / 100: positive is good for rights.
    package var rightsEffect: Double
    /// The links counted, strongest first.
    package var links: [Link]
    package var asOf: Day
}

/// Scores pledges from their links (first version of the rubric).
///
/// Rubric 0.1: a pledge with no link of at least `evidenceConfidence` is `not-rated`; with such
/// links it is `in-progress`. Progress counts decided deeds that support the pledge: each adopted
/// supporting motion or bill adds 20, a supporting government letter 10, capped at 80 (only an
/// analyst's review can call a pledge kept). Deeds dated after `asOf` are ignored.
package struct Scorer: Sendable {
    package static let rubricVersion = "0.1"
    package let evidenceConfidence: Double

    package init(evidenceConfidence: Double = 0.5) {
        self.evidenceConfidence = evidenceConfidence
    }

    package func score(_ pledge: Pledge, links: [Link], deeds: [String: Deed], asOf: Day) -> PledgeScore {
        let counted = links.filter { link in
            guard link.pledge == pledge.id, link.confidence >= evidenceConfidence, let deed = deeds[link.deed] else {
                return false
            }
            return deed.counts(asOf: asOf)
        }.sorted { ($0.confidence, $1.deed) > ($1.confidence, $0.deed) }
        var progress = 0
        for link in counted where link.stance == .supports {
            guard let deed = deeds[link.deed] else { continue }
            switch deed.kind {
            case .motion, .bill, .amendment:
                if deed.outcome?.result == .adopted, (deed.outcome?.date).map({ $0 <= asOf }) ?? false {
                    progress += 20
                }
            case .letter, .commitment, .decision:
                progress += 10
            default:
                break
            }
        }
        progress = min(progress, 80)
        let status: PledgeScore.Status = counted.isEmpty ? .notRated : .inProgress
        let effect = Double(pledge.rights.direction.sign * progress) / 100
        return PledgeScore(
            pledge: pledge.id, themes: pledge.themes, status: status, progress: progress, rightsEffect: effect,
            links: counted, asOf: asOf)
    }

    /// Scores every pledge of the ledger, in ledger order.
    package func scorecard(_ ledger: Ledger, links: [Link], deeds: [Deed], asOf: Day) -> [PledgeScore] {
        let byID = Dictionary(deeds.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        let byPledge = Dictionary(grouping: links, by: \.pledge)
        return ledger.pledges.map { score($0, links: byPledge[$0.id] ?? [], deeds: byID, asOf: asOf) }
    }
}
