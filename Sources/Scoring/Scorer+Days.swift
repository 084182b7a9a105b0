import Core
import Foundation
import Ledger

extension Scorer {
    /// One pledge scored as of each of `days`, its evidence matched to the rubric once: the feed asks for the
    /// score just before and on the day of every deed. Parties' votes are left out.
    /// Every moment a deed counted at for the pledge up to `asOf`, also those a later moment of the deed took the
    /// place of since (a motion submitted, then decided): the feed tells each.
    package func countedMoments(_ pledge: Pledge, evidence: [Evidence], asOf: Day) -> [Contribution] {
        prepare(pledge, evidence: evidence).contributions.filter { $0.day <= asOf && $0.standing == .counted }
    }

    package func scores(_ pledge: Pledge, evidence: [Evidence], asOf days: [Day]) -> [PledgeScore] {
        let prepared = prepare(pledge, evidence: evidence)
        return days.map { score(prepared, asOf: $0, verdicts: [], consistency: false) }
    }
}
