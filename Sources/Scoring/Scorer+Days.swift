import Core
import Foundation
import Ledger

extension Scorer {
    /// One pledge scored as of each of `days`, its evidence matched to the rubric once: the feed asks for the
    /// score just before and on the day of every deed. Parties' votes are left out.
    package func scores(_ pledge: Pledge, evidence: [Evidence], asOf days: [Day]) -> [PledgeScore] {
        let prepared = prepare(pledge, evidence: evidence)
        return days.map { score(prepared, asOf: $0, verdicts: [], consistency: false) }
    }
}
