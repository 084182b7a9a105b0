import Core
import Deeds
import Foundation
import Ledger
import Scoring
import TestSupport
import Testing

/// A bill's step in the Eerste Kamer, as the plenary record gives it, through the scorer: the `eerste-kamer` stage and
/// the rubric's `wet-eerste-kamer-*` rules.
@Suite("The Eerste Kamer's vote on a bill counts")
struct EersteKamerScoringTests {
    /// Threatens rights; kept by a law in the Staatsblad (any dossier), so each chamber's step counts towards it.
    static let strictest = RubricRuleTests.strictest
    static let house = RubricRuleTests.tkVote, senate = RubricRuleTests.ekVote

    static func lines(_ bill: Deed, asOf: String) -> (FulfilmentStatus, BrokenReason?, Int, [String]) {
        let score = ScorerTests.score(Self.strictest, [ScorerTests.evidence(Self.strictest, bill)], asOf: asOf)
        return (
            score.status, score.reason, score.progress,
            score.contributions.map { "\($0.day) \($0.standing) \($0.rule?.id ?? "-") \($0.points)" }
        )
    }

    @Test("Adopted by the Tweede Kamer, then rejected by the Eerste Kamer: no longer counted as adopted")
    func rejected() throws {
        let bill = try Fixtures.billThroughBothChambers(house: Self.house, senate: Self.senate, .rejected)
        let voted = "2025-07-03 counted wet-tweede-kamer-aangenomen-steunt 30"
        #expect(Self.lines(bill, asOf: "2025-10-31") == (.inProgress, nil, 30, [voted]))
        #expect(
            Self.lines(bill, asOf: "2025-12-31")
                == (.broken, .noMajority, 0, [voted, "2025-11-04 counted wet-eerste-kamer-verworpen-steunt 0"]))
        // Before the Eerste Kamer's decisions were read, the bill kept only its Tweede Kamer's step.
        var before = bill
        before.stages.removeAll { $0.step == .rejectedByEersteKamer }
        #expect(Self.lines(before, asOf: "2025-12-31") == (.inProgress, nil, 30, [voted]))
    }

    @Test("Adopted by both chambers: the Eerste Kamer's rule applies at its vote")
    func adopted() throws {
        let bill = try Fixtures.billThroughBothChambers(house: Self.house, senate: Self.senate, .adopted)
        #expect(bill.stage == .adoptedByEersteKamer)
        #expect(
            Self.lines(bill, asOf: "2025-12-31")
                == (
                    .inProgress, nil, 70,
                    [
                        "2025-07-03 counted wet-tweede-kamer-aangenomen-steunt 30",
                        "2025-11-04 counted wet-eerste-kamer-aangenomen-steunt 40",
                    ]
                ))
        // A pledge kept by the Eerste Kamer's vote is kept by it.
        let kept = RubricRuleTests.kept(Self.strictest, by: "eerste-kamer")
        let score = ScorerTests.score(kept, [ScorerTests.evidence(kept, bill)], asOf: "2025-12-31")
        #expect((score.status, score.progress) == (.kept, 100))
        #expect(score.source == .rule(deed: "wetsvoorstel:34702", rule: "wet-eerste-kamer-aangenomen-steunt"))
    }

    @Test("The Eerste Kamer's step reads as the eerste-kamer stage")
    func facts() throws {
        let bill = try Fixtures.billThroughBothChambers(house: Self.house, senate: Self.senate, .rejected)
        let moments = DeedFacts.moments(bill).map { "\($0.day) \($0.facts.stage?.rawValue ?? "-") \($0.facts.outcome)" }
        #expect(moments == ["2025-07-03 tweede-kamer adopted", "2025-11-04 eerste-kamer rejected"])
    }
}
