import Core
import Deeds
import Foundation
import Ledger
import Scoring
import TestSupport
import Testing

/// The monthly series and the comparison of two runs.
@Suite("Scores over time")
struct TimelineDiffTests {
    static let algorithms = RubricRuleTests.algorithms
    /// The pledge's real links as the linker makes them on the snapshot.
    static let evidence = [
        ScorerTests.evidence(algorithms, RealDeeds.deed("kst-30950-440"), 0.74),
        ScorerTests.evidence(algorithms, RealDeeds.deed("kst-30950-458"), 0.92),
        ScorerTests.evidence(algorithms, RealDeeds.deed("kst-31477-117"), 0.92),
    ]

    @Test("A month per point from the pledge's month; each deed counted from its month on")
    func timeline() {
        let points = Scorer(rubric: RubricRuleTests.rubric).timeline(
            Self.algorithms, evidence: Self.evidence, until: Day("2026-04-15")!)
        #expect(points.count == 24)  // May 2024 to April 2026
        let first = points.first!
        #expect(
            (first.month, first.asOf.description, first.status, first.counted) == (
                "2024-05", "2024-05-31", .notRated, 0
            ))
        let march = points.first { $0.month == "2025-03" }!
        #expect((march.status, march.progress, march.newDeeds) == (.inProgress, 0, ["kst-30950-440"]))
        let june = points.first { $0.month == "2025-06" }!
        #expect((june.progress, june.rightsEffect, june.counted, june.newDeeds) == (5, 0.05, 2, ["kst-30950-458"]))
        #expect(points.first { $0.month == "2025-10" }?.newDeeds == ["kst-31477-117"])
        #expect(points.first { $0.month == "2026-03" }?.status == .inProgress)
        let last = points.last!
        #expect(
            (last.month, last.asOf.description, last.status, last.progress) == ("2026-04", "2026-04-15", .stalled, 5))
    }

    @Test("A pledge dated after the end of the series has no points")
    func future() {
        #expect(
            Scorer(rubric: RubricRuleTests.rubric).timeline(Self.algorithms, evidence: [], until: Day("2024-05-15")!)
                .isEmpty)
    }

    @Test("Between two runs: the pledges that moved, and the deed, ledger edit or passing time that moved them")
    func diff() {
        let scorer = Scorer(rubric: RubricRuleTests.rubric)
        let asOf = Day("2025-06-30")!
        let before = ScoreSnapshot(scorer.score(Self.algorithms, evidence: [Self.evidence[0]], asOf: asOf))
        let after = ScoreSnapshot(scorer.score(Self.algorithms, evidence: Array(Self.evidence.prefix(2)), asOf: asOf))
        let inputs = ScoreChange.RunInputs(asOf: asOf, rubric: "1.0", rubricFingerprint: "r")
        let changes = ScoreChange.between([before], [after], from: inputs, to: inputs)
        #expect(changes.map(\.pledge) == [Self.algorithms.id])
        #expect(
            changes.first?.causes == [
                .deed(
                    "kst-30950-458", before: nil,
                    after: .init(deed: "kst-30950-458", rule: "brief-kondigt-aan-steunt", points: 5, reviewed: false))
            ])
        #expect(ScoreChange.between([after], [after], from: inputs, to: inputs).isEmpty)
        let later = ScoreSnapshot(
            scorer.score(Self.algorithms, evidence: Array(Self.evidence.prefix(2)), asOf: Day("2026-01-01")!))
        let stalled = ScoreChange.between(
            [after], [later], from: inputs, to: .init(asOf: Day("2026-01-01")!, rubric: "1.0", rubricFingerprint: "r"))
        #expect(stalled.first?.causes == [.time(from: asOf, to: Day("2026-01-01")!)])
        var edited = after
        edited.ledgerFingerprint = "another"
        edited.status = .kept
        #expect(ScoreChange.between([after], [edited], from: inputs, to: inputs).first?.causes == [.ledger])
    }

    @Test(
        "The deed named for a status change: a decisive mark first, then a deed newly counted, then one dropped; among those the one that moved the score most"
    )
    func leadingDeed() {
        func snapshot(_ parts: [ScoreSnapshot.Part]) -> ScoreSnapshot {
            ScoreSnapshot(
                pledge: "p", status: .inProgress, reason: nil, progress: 5, rightsEffect: 0, parts: parts,
                ledgerFingerprint: "l")
        }
        let inputs = ScoreChange.RunInputs(asOf: Day("2026-12-01")!, rubric: "1.0", rubricFingerprint: "r")
        let rejected = ScoreSnapshot.Part(deed: "kst-26150-229", rule: "motie-aangenomen", points: 5, reviewed: false)
        let plain = ScoreSnapshot.Part(deed: "kst-36704-73", rule: "motie-aangenomen", points: 5, reviewed: true)
        var marked = plain
        marked.decides = .broken(.noMajority)
        let new = ScoreSnapshot.Part(deed: "kst-36704-90", rule: "motie-ingediend", points: 0, reviewed: false)
        func leading(_ before: [ScoreSnapshot.Part], _ after: [ScoreSnapshot.Part]) -> String? {
            var later = snapshot(after)
            later.status = .broken
            return ScoreChange.between([snapshot(before)], [later], from: inputs, to: inputs).first?.leadingDeed
        }
        // A rejected link dropped out (the first by id) and another deed was marked decisive: the decisive one.
        #expect(leading([rejected, plain], [marked]) == "kst-36704-73")
        #expect(leading([rejected, marked], [plain]) == "kst-36704-73")
        #expect(leading([rejected], [new]) == "kst-36704-90")
        #expect(leading([rejected, plain], [plain]) == "kst-26150-229")
        var edited = snapshot([plain])
        edited.ledgerFingerprint = "another"
        edited.status = .broken
        #expect(ScoreChange.between([snapshot([plain])], [edited], from: inputs, to: inputs).first?.leadingDeed == nil)
        // One record of the Eerste Kamer brings its debate item (no rule, no points) and the bill's vote: the vote,
        // though the item's id comes first (h-ek-20112012-37-21, bill 33212).
        let item = ScoreSnapshot.Part(deed: "h-ek-20112012-37-21", rule: nil, points: 0, reviewed: false)
        let vote = ScoreSnapshot.Part(
            deed: "wetsvoorstel:33212", rule: "wet-eerste-kamer-aangenomen-steunt", points: 40, reviewed: false)
        #expect(leading([plain], [plain, item, vote]) == "wetsvoorstel:33212")
        // Of two newly counted deeds the one whose points moved most, whatever their ids.
        let motion = ScoreSnapshot.Part(deed: "kst-36704-91", rule: "motie-aangenomen", points: 5, reviewed: false)
        #expect(leading([plain], [plain, vote, motion]) == "wetsvoorstel:33212")
        #expect(leading([plain], [plain, new, motion]) == "kst-36704-91")
    }
}
