import Core
import Deeds
import Foundation
import Ledger
import Scoring
import TestSupport
import Testing

/// What counts and what decides, on real deeds: the prior record, the evidence line, analysts' links, stalling,
/// the cap, the latest decision, verdicts and the end of a term.
@Suite("Scoring: what counts, what decides")
struct ScorerTests {
    static let ledger = RubricRuleTests.ledger
    static let rubric = RubricRuleTests.rubric
    static let algorithms = RubricRuleTests.algorithms
    static let twoStatus = RubricRuleTests.twoStatus
    /// The 2026 agreement's pledge on ethnic profiling: every real deed in the snapshot is older.
    static let profiling = ledger.pledge("etnisch-profileren-aanpakken")!

    static func evidence(
        _ pledge: Pledge, _ deed: Deed, _ confidence: Double = 0.8, _ stance: Link.Stance = .supports,
        method: Link.Method = .phrase
    ) -> Evidence {
        Evidence(
            link: Link(
                pledge: pledge.id, deed: deed.id, confidence: confidence, stance: stance, method: method,
                explanation: ""),
            deed: deed)
    }

    static func score(_ pledge: Pledge, _ evidence: [Evidence], asOf: String, rubric: Rubric = rubric) -> PledgeScore {
        Scorer(rubric: rubric).score(pledge, evidence: evidence, asOf: Day(asOf)!)
    }

    @Test("Deeds dated before the pledge are its prior record: shown, never counted")
    func priorRecord() {
        // Kabinetsreactie Toetsingskader risicoprofilering 2025 (19 June 2025), before the agreement of 30 January 2026.
        let score = Self.score(
            Self.profiling, [Self.evidence(Self.profiling, RealDeeds.deed("kst-30950-458"))], asOf: "2026-06-30")
        #expect((score.status, score.progress, score.rightsEffect) == (.notRated, 0, 0))
        #expect(score.priorRecord.map(\.deed) == ["kst-30950-458"])
        #expect(score.counted.isEmpty)
    }

    @Test("Links below the evidence line count only when an analyst confirmed them, and then weigh 1.5 times")
    func evidenceLine() {
        let letter = RealDeeds.deed("kst-30950-458")
        let machine = Self.score(Self.algorithms, [Self.evidence(Self.algorithms, letter, 0.49)], asOf: "2025-06-30")
        #expect(
            (machine.status, machine.progress, machine.contributions.map(\.standing)) == (
                .notRated, 0, [.belowEvidence]
            ))
        let reviewed = Self.score(
            Self.algorithms, [Self.evidence(Self.algorithms, letter, 0.49, method: .review)], asOf: "2025-06-30")
        // brief-kondigt-aan-steunt: 5 × 1.5 = 7.5, rounded to 8.
        #expect((reviewed.status, reviewed.progress, reviewed.rightsEffect) == (.inProgress, 8, 0.08))
        let report = Self.score(
            Self.algorithms, [Self.evidence(Self.algorithms, RealDeeds.deed("kst-25424-750"), 0.9, method: .review)],
            asOf: "2025-06-30")
        #expect((report.progress, report.counted.map(\.points)) == (15, [15]))
    }

    @Test("Six months after the latest counted deed a pledge is stalled")
    func stalled() {
        let evidence = [Self.evidence(Self.algorithms, RealDeeds.deed("kst-30950-458"))]  // 19 June 2025
        #expect(Self.score(Self.algorithms, evidence, asOf: "2025-12-19").status == .inProgress)
        let stalled = Self.score(Self.algorithms, evidence, asOf: "2025-12-20")
        #expect((stalled.status, stalled.progress, stalled.rightsEffect) == (.stalled, 5, 0.05))
    }

    @Test("A deed counts from its day; an undated deed never counts")
    func asOf() {
        let letter = RealDeeds.deed("kst-30950-458")
        #expect(
            Self.score(Self.algorithms, [Self.evidence(Self.algorithms, letter)], asOf: "2025-06-18").contributions
                .isEmpty)
        #expect(Self.score(Self.algorithms, [Self.evidence(Self.algorithms, letter)], asOf: "2025-06-19").progress == 5)
        var undated = letter
        undated.date = nil
        #expect(
            Self.score(Self.algorithms, [Self.evidence(Self.algorithms, undated)], asOf: "2026-12-31").contributions
                .isEmpty)
    }

    @Test("Points stop at the cap of 80: only a milestone or a verdict keeps a pledge")
    func cap() {
        // Nine real reports of government (progress letters, annual reports, evaluations) of May and June 2025.
        let reports = [
            "kst-25424-750", "kst-33529-1319", "kst-22112-4091", "kst-30985-66", "kst-31490-365", "kst-36600-III-15",
            "kst-34588-94", "kst-36740-B-1", "kst-30985-67",
        ].map { Self.evidence(Self.algorithms, RealDeeds.deed($0)) }
        let score = Self.score(Self.algorithms, reports, asOf: "2025-06-30")
        #expect(score.counted.map { $0.rule?.id } == Array(repeating: "brief-rapporteert-steunt", count: 9))
        #expect((score.status, score.progress, score.rightsEffect) == (.inProgress, 80, 0.8))
    }

    @Test("The latest decision wins: kept by the Staatsblad, then reversed by a later law")
    func latestDecision() {
        let passed = RealDeeds.bill(
            from: "kst-36704-69", as: "kst-36703-afgeleid", dossier: "36703", .adopted, on: Day("2025-07-03")!)
        let published = RealDeeds.bill(
            from: "kst-36704-69", as: "stb-afgeleid-36703", dossier: "36703", nil, on: Day("2025-12-01")!)
        let repealed = RealDeeds.bill(
            from: "kst-36704-69", as: "stb-afgeleid-36703-intrekking", dossier: "36703", nil, on: Day("2026-09-01")!)
        var evidence = [Self.evidence(Self.twoStatus, passed), Self.evidence(Self.twoStatus, published)]
        let kept = Self.score(Self.twoStatus, evidence, asOf: "2026-01-01")
        #expect((kept.status, kept.progress, kept.rightsEffect) == (.kept, 100, -1))
        #expect(kept.source == .rule(deed: "stb-afgeleid-36703", rule: "wet-staatsblad-steunt"))
        evidence.append(Self.evidence(Self.twoStatus, repealed, 0.8, .opposes))
        let reversed = Self.score(Self.twoStatus, evidence, asOf: "2026-12-31")
        #expect(
            (reversed.status, reversed.reason, reversed.progress, reversed.rightsEffect) == (.broken, .reversed, 0, 0))
    }

    @Test("A law in another dossier than kept_by names adds points but keeps nothing")
    func otherDossier() {
        let other = RealDeeds.bill(
            from: "kst-36704-69", as: "stb-afgeleid-36704", dossier: "36704", nil, on: Day("2025-12-01")!)
        let score = Self.score(Self.twoStatus, [Self.evidence(Self.twoStatus, other)], asOf: "2025-12-31")
        #expect((score.status, score.progress, score.rightsEffect) == (.inProgress, 60, -0.6))
        #expect(score.counted.first?.decision == nil)
    }

    @Test("A law and the bill it makes law count once; a decree setting the day a law takes effect is not the law")
    func lawOnce() {
        // DERIVED: the law of dossier 36703 in the Staatsblad of 1 December 2025, and its bill with that step, as
        // StaatsbladReader gives them from one publication.
        let day = Day("2025-12-01")!
        let law = RealDeeds.bill(from: "kst-36704-69", as: "stb-afgeleid-36703", dossier: "36703", nil, on: day)
        var bill = RealDeeds.bill(from: "kst-36704-69", as: "wetsvoorstel:36703", dossier: "36703", nil, on: day)
        bill.stages = [Deed.Stage(step: .staatsblad, date: day, document: law.id)]
        let both = Self.score(
            Self.twoStatus, [Self.evidence(Self.twoStatus, law), Self.evidence(Self.twoStatus, bill)],
            asOf: "2025-12-31")
        // The law counts as the deed it is; the bill's step of it not again.
        #expect(both.counted.map { "\($0.deed) \($0.points)" } == ["stb-afgeleid-36703 60"])
        #expect((both.status, both.progress) == (.kept, 100))
        // Confirmed by an analyst, the law still counts once (weighted as a confirmed link).
        let reviewed = Self.score(
            Self.twoStatus,
            [Self.evidence(Self.twoStatus, law, 1, method: .review), Self.evidence(Self.twoStatus, bill)],
            asOf: "2025-12-31")
        #expect(reviewed.counted.map { "\($0.deed) \($0.points)" } == ["stb-afgeleid-36703 90"])
        // The bill alone, as when the law is not linked, counts its step.
        let alone = Self.score(Self.twoStatus, [Self.evidence(Self.twoStatus, bill)], asOf: "2025-12-31")
        #expect(alone.counted.map { "\($0.deed) \($0.points)" } == ["wetsvoorstel:36703 60"])
        // A decree (Besluit van …) in the Staatsblad is at no stage of a bill.
        var decree = law
        decree.kind = .decree
        #expect(DeedFacts(decree).stage == nil)
        #expect(DeedFacts(law).stage == .staatsblad)
    }

    @Test("An analyst's verdict holds from its day and overrides the rubric")
    func verdict() {
        let evidence = [Self.evidence(Self.algorithms, RealDeeds.deed("kst-30950-458"))]
        let partial = Verdict(
            pledge: Self.algorithms.id, status: .partial, on: Day("2025-09-01")!, by: "een analist",
            location: SourceLocation(file: "test", line: 1, column: 1))
        let scorer = Scorer(rubric: Self.rubric)
        let before = scorer.score(Self.algorithms, evidence: evidence, asOf: Day("2025-08-31")!, verdicts: [partial])
        #expect((before.status, before.progress) == (.inProgress, 5))
        let after = scorer.score(Self.algorithms, evidence: evidence, asOf: Day("2025-09-01")!, verdicts: [partial])
        #expect((after.status, after.progress, after.rightsEffect) == (.partial, 50, 0.5))
        var pledge = Self.algorithms
        pledge.verdict = Verdict(
            pledge: pledge.id, status: .broken, reason: .blockedByCourt, on: Day("2025-10-01")!, by: "een analist",
            location: SourceLocation(file: "test", line: 2, column: 1))
        let court = scorer.score(pledge, evidence: evidence, asOf: Day("2025-12-31")!, verdicts: [partial])
        #expect((court.status, court.reason, court.progress, court.rightsEffect) == (.broken, .blockedByCourt, 0, 0))
    }

    @Test("When the term ends before a pledge is kept it is broken; later deeds are after the term")
    func endOfTerm() {
        var rubric = Self.rubric
        rubric.terms = [
            Rubric.Term(
                id: "test-termijn", actor: "kabinet", parties: ["VVD", "PVV", "BBB", "NSC"], ends: Day("2025-07-01")!,
                location: SourceLocation(file: "test", line: 1, column: 1))
        ]
        let evidence = [
            Self.evidence(Self.algorithms, RealDeeds.deed("kst-30950-458")),  // 19 June 2025
            Self.evidence(Self.algorithms, RealDeeds.deed("kst-25424-750")),  // 23 May 2025
            Self.evidence(Self.algorithms, RealDeeds.deed("kst-31477-117")),  // 1 October 2025
        ]
        let during = Self.score(Self.algorithms, evidence, asOf: "2025-06-30", rubric: rubric)
        #expect((during.status, during.progress) == (.inProgress, 15))
        let after = Self.score(Self.algorithms, evidence, asOf: "2025-12-31", rubric: rubric)
        #expect((after.status, after.reason, after.progress, after.rightsEffect) == (.broken, .endOfTerm, 0, 0))
        #expect(after.contributions.first { $0.deed == "kst-31477-117" }?.standing == .afterTerm)
        // The same rule by dates alone, as the review queue asks it: within the term, after it, before the pledge.
        let pledged = Self.algorithms.date
        #expect(Scorer.canCount(RealDeeds.deed("kst-30950-458"), pledge: Self.algorithms, terms: rubric.terms))
        #expect(!Scorer.canCount(RealDeeds.deed("kst-31477-117"), pledge: Self.algorithms, terms: rubric.terms))
        #expect(Scorer.canCount(RealDeeds.deed("kst-31477-117"), pledge: Self.algorithms, terms: []))
        var later = Self.algorithms
        later.date = Day("2025-06-01")!
        #expect(!Scorer.canCount(RealDeeds.deed("kst-25424-750"), pledge: later, terms: []))
        #expect(Scorer.standing(on: pledged, pledge: Self.algorithms, term: nil) == .counted)
    }

    @Test("Links are listed strongest first; links to other pledges are ignored")
    func ordering() {
        let evidence = [
            Self.evidence(Self.algorithms, RealDeeds.deed("kst-30950-440"), 0.74),
            Self.evidence(Self.algorithms, RealDeeds.deed("kst-30950-458"), 0.92),
            Self.evidence(Self.twoStatus, RealDeeds.deed("kst-36704-69"), 0.95),
        ]
        #expect(
            Self.score(Self.algorithms, evidence, asOf: "2025-12-01").links.map(\.deed) == [
                "kst-30950-458", "kst-30950-440",
            ])
    }

    @Test("A bill's stage is read from what the deed holds")
    func stages() {
        let day = Day("2025-07-03")!
        let cases: [(String, Deed.Outcome.Result?, Rubric.Stage?)] = [
            ("stb-afgeleid", nil, .staatsblad), ("kst-36703-AFGELEID", .adopted, .eersteKamer),
            ("kst-36703-afgeleid", .adopted, .tweedeKamer), ("kst-36703-afgeleid", nil, nil),
        ]
        for (id, result, stage) in cases {
            let deed = RealDeeds.bill(from: "kst-36704-69", as: id, dossier: "36703", result, on: day)
            #expect(DeedFacts(deed).stage == stage, "\(id)")
        }
        #expect(DeedFacts(RealDeeds.deed("kst-30950-440")).stage == nil)
    }

    /// DERIVED: the real motion kst-36704-69 as the bill of dossier 36703 (the two-status system), with three steps
    /// whose dates are chosen for the tests (submitted before the pledge, the vote and the law after it).
    static func twoStatusBill() -> Deed {
        var bill = RealDeeds.bill(
            from: "kst-36704-69", as: "wetsvoorstel:36703", dossier: "36703", nil, on: Day("2024-03-01")!)
        bill.stages = [
            Deed.Stage(step: .submitted, date: Day("2024-03-01"), document: "tk:zaak:afgeleid"),
            Deed.Stage(step: .adoptedByTweedeKamer, date: Day("2025-07-03"), document: "vlos:afgeleid"),
            Deed.Stage(step: .staatsblad, date: Day("2026-03-20"), document: "stb-afgeleid"),
        ]
        return bill
    }

    @Test("A bill counts at each dated step it took: the Tweede Kamer's vote, then the Staatsblad")
    func billSteps() {
        var bill = Self.twoStatusBill()
        let evidence = [Self.evidence(Self.twoStatus, bill)]
        let lines = { (asOf: String) -> (FulfilmentStatus, Int, [String]) in
            let score = Self.score(Self.twoStatus, evidence, asOf: asOf)
            return (
                score.status, score.progress,
                score.contributions.map { "\($0.day) \($0.standing) \($0.rule?.id ?? "-") \($0.points)" }
            )
        }
        let submitted = "2024-03-01 prior - 0"
        let voted = "2025-07-03 counted wet-tweede-kamer-aangenomen-steunt 30"
        #expect(lines("2025-06-30") == (.notRated, 0, [submitted]))
        #expect(lines("2025-12-31") == (.inProgress, 30, [submitted, voted]))
        #expect(lines("2026-06-30") == (.kept, 100, [submitted, voted, "2026-03-20 counted wet-staatsblad-steunt 60"]))
        // Submitted before the pledge, the bill can still count by its later steps; its first step alone could not.
        #expect(Scorer.canCount(bill, pledge: Self.twoStatus, terms: []))
        bill.stages = Array(bill.stages.prefix(1))
        #expect(!Scorer.canCount(bill, pledge: Self.twoStatus, terms: []))
    }

    static func decisive(_ pledge: Pledge, _ deed: String, _ decides: Rubric.Decision, on: String) -> Reviews {
        Reviews([
            Review(
                pledge: pledge.id, deed: deed, verdict: .confirmed, decides: decides, by: "een analist", on: Day(on)!,
                location: SourceLocation(file: "Commitments/reviews/\(pledge.id).yaml", line: 2, column: 5))
        ])
    }

    @Test("A deed an analyst marks decisive decides the status from the deed's day, where no kept_by could")
    func decisiveReview() throws {
        // The algorithms pledge names no kept_by: no rule can decide it, only an analyst.
        let letter = RealDeeds.deed("kst-30950-458")  // 19 June 2025
        let reviews = Self.decisive(Self.algorithms, letter.id, .partial, on: "2026-12-01")
        let scorer = Scorer(rubric: Self.rubric, reviews: reviews)
        let evidence = [Self.evidence(Self.algorithms, letter, 1, method: .review)]
        let unmarked = Scorer(rubric: Self.rubric).score(Self.algorithms, evidence: evidence, asOf: Day("2025-06-30")!)
        #expect((unmarked.status, unmarked.progress) == (.inProgress, 8))
        let review = try #require(reviews.records.first)
        #expect(scorer.score(Self.algorithms, evidence: evidence, asOf: Day("2025-06-18")!).status == .notRated)
        let marked = scorer.score(Self.algorithms, evidence: evidence, asOf: Day("2025-06-19")!)
        #expect((marked.status, marked.progress, marked.rightsEffect) == (.partial, 50, 0.5))
        #expect(marked.source == .review(deed: letter.id, review: review))
        #expect(marked.counted.map(\.decisiveReview) == [review])
        // The timeline has it from the deed's month, as a rule's decision.
        let months = scorer.timeline(Self.algorithms, evidence: evidence, until: Day("2025-07-31")!).map {
            "\($0.asOf) \($0.status.rawValue)"
        }
        #expect(months.suffix(3) == ["2025-05-31 not-rated", "2025-06-30 partial", "2025-07-31 partial"])
        // Only a confirmed link carries the mark (a database linked before the review was written does not).
        let linked = [Self.evidence(Self.algorithms, letter, 0.8)]
        #expect(scorer.score(Self.algorithms, evidence: linked, asOf: Day("2025-06-30")!).status == .inProgress)
        // A deed from before its pledge is its prior record: marked or not, it decides nothing.
        let prior = Scorer(
            rubric: Self.rubric, reviews: Self.decisive(Self.profiling, letter.id, .kept, on: "2026-12-01")
        )
        .score(
            Self.profiling, evidence: [Self.evidence(Self.profiling, letter, 1, method: .review)],
            asOf: Day("2026-06-30")!)
        #expect((prior.status, prior.priorRecord.map(\.deed)) == (.notRated, [letter.id]))
    }

    @Test("A bill marked decisive decides at the latest step the analyst saw; a later deed's decision overtakes it")
    func decisiveBill() {
        let bill = Self.twoStatusBill()
        let evidence = [Self.evidence(Self.twoStatus, bill, 1, method: .review)]
        let status = { (reviews: Reviews, asOf: String) -> String in
            let score = Scorer(rubric: Self.rubric, reviews: reviews).score(
                Self.twoStatus, evidence: evidence, asOf: Day(asOf)!)
            let source =
                switch score.source {
                case .review(let deed, _): "review \(deed)"
                case .rule(let deed, let rule): "rule \(deed) \(rule)"
                default: "other"
                }
            return "\(score.status.rawValue) \(score.progress) \(source)"
        }
        // Reviewed at the end of 2025, when the Tweede Kamer had passed it: partly kept from that vote on, then
        // kept by the rubric at the Staatsblad, a later decision.
        let seen = Self.decisive(Self.twoStatus, bill.id, .partial, on: "2025-12-31")
        #expect(status(seen, "2025-07-02") == "not-rated 0 other")
        #expect(status(seen, "2025-07-03") == "partial 50 review wetsvoorstel:36703")
        #expect(status(seen, "2026-06-30") == "kept 100 rule wetsvoorstel:36703 wet-staatsblad-steunt")
        // Reviewed after the Staatsblad: the analyst's decision replaces the rule's at that step.
        let after = Self.decisive(Self.twoStatus, bill.id, .broken(.blockedByCourt), on: "2026-06-01")
        #expect(status(after, "2025-12-31") == "in-progress 45 other")
        #expect(status(after, "2026-06-30") == "broken 0 review wetsvoorstel:36703")
    }
}
