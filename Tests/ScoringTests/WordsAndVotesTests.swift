import Core
import Deeds
import Foundation
import Ledger
import Scoring
import TestSupport
import Testing

/// Words against votes, per pledge and per theme, on the real vote of 10 July 2025 on Kamerstuk 36786 nr. 4
/// (fifteen groups, adopted; the VLOS report gives no seats). The snapshot has no vote on a human-rights motion,
/// so the vote is linked by hand to test the counting.
@Suite("Words against votes")
struct WordsAndVotesTests {
    static let vote = RealDeeds.deed("kst-36786-4")
    static let algorithms = RubricRuleTests.algorithms

    static func score(_ pledge: Pledge, _ stance: Link.Stance, asOf: String = "2025-07-10") -> PledgeScore {
        Scorer(rubric: RubricRuleTests.rubric).score(
            pledge, evidence: [ScorerTests.evidence(pledge, vote, 0.8, stance)], asOf: Day(asOf)!)
    }

    @Test("The real vote: fifteen groups, eleven for")
    func realVote() {
        #expect(Self.vote.outcome?.result == .adopted)
        #expect(Self.vote.outcome?.votes.count == 15)
        #expect(Self.vote.outcome?.votes.filter { $0.choice == .voor }.count == 11)
    }

    @Test("Voting for a deed that supports the pledge is in line; the pledging parties come first")
    func supports() {
        let records = Self.score(Self.algorithms, .supports).consistency
        #expect(
            records.map(\.party) == [
                "PVV", "VVD", "NSC", "BBB", "CDA", "ChristenUnie", "D66", "DENK", "FVD", "GroenLinks-PvdA", "JA21",
                "PvdD", "SGP", "SP", "Volt",
            ])
        #expect(
            records.prefix(4).allSatisfy {
                ($0.pledged, $0.votes, $0.inLine, $0.against, $0.other) == (true, 1, 1, 0, 0)
            })
        let sp = records.first { $0.party == "SP" }!
        #expect(
            (sp.pledged, sp.votes, sp.inLine, sp.against, sp.seats, sp.deeds) == (false, 1, 0, 1, nil, ["kst-36786-4"]))
    }

    @Test("Voting for a deed that opposes the pledge is voting against it")
    func opposes() {
        let records = Self.score(Self.algorithms, .opposes).consistency
        #expect(records.prefix(4).map(\.against) == [1, 1, 1, 1])
        let denk = records.first { $0.party == "DENK" }!
        #expect((denk.inLine, denk.against) == (1, 0))
    }

    @Test("A deed that only mentions the pledge says nothing about words and votes: geen gegevens")
    func mentions() {
        let records = Self.score(Self.algorithms, .mentions).consistency
        #expect(records.map(\.party) == ["PVV", "VVD", "NSC", "BBB"])
        #expect(records.allSatisfy { $0.votes == 0 })
    }

    @Test("Votes before the pledge are its prior record and do not count")
    func prior() {
        let profiling = ScorerTests.profiling
        let records = Self.score(profiling, .supports, asOf: "2026-06-30").consistency
        #expect(records.map(\.party) == ["D66", "VVD", "CDA"])
        #expect(records.allSatisfy { $0.votes == 0 })
    }

    /// The real vote, with VVD's row as the SyncFeed gives a group whose member voted otherwise ("fractie voor, lid
    /// tegen"): the group's row with its other seats, and the member's own row. The seats are made up.
    static var dissent: Deed {
        var deed = vote
        deed.outcome!.votes =
            deed.outcome!.votes.map { $0.group == "VVD" ? Deed.Vote(group: "VVD", choice: .voor, seats: 23) : $0 }
            + [Deed.Vote(group: "VVD", choice: .tegen, seats: 1, member: "Ellian")]
        return deed
    }

    @Test(
        "A deed decided days after it was made is undecided until the vote: --as-of in between sees no adoption and no votes"
    )
    func decidedLater() {
        // The real vote of 10 July 2025, on a motion submitted a week before it (the kind and day are changed for
        // the test: the snapshot has no motion voted on after the day it was made).
        var deed = Self.vote
        (deed.kind, deed.date) = (.motion, Day("2025-07-03"))
        let evidence = [ScorerTests.evidence(Self.algorithms, deed, 0.8, .supports)]
        let before = ScorerTests.score(Self.algorithms, evidence, asOf: "2025-07-09")
        #expect(
            before.contributions.map { "\($0.day) \($0.rule?.id ?? "-")" } == ["2025-07-03 motie-ingediend"])
        #expect(before.consistency.allSatisfy { $0.votes == 0 })
        let after = ScorerTests.score(Self.algorithms, evidence, asOf: "2025-07-10")
        // From the vote on, the decision takes the place of the motion as submitted: it counts once.
        #expect(after.contributions.map { "\($0.day) \($0.rule?.id ?? "-")" } == ["2025-07-10 motie-aangenomen-steunt"])
        #expect(after.progress == 20)
        // With the cabinet's positive advice the motion as submitted counts +5; adopted, +20 in its place, not 25.
        deed.cabinetAppraisal = "Oordeel Kamer"
        let advised = [ScorerTests.evidence(Self.algorithms, deed, 0.8, .supports)]
        #expect(ScorerTests.score(Self.algorithms, advised, asOf: "2025-07-09").progress == 5)
        #expect(ScorerTests.score(Self.algorithms, advised, asOf: "2025-07-10").progress == 20)
        // The timeline's month of the vote counts the deed once, at +20.
        let months = Scorer(rubric: RubricRuleTests.rubric).timeline(
            Self.algorithms, evidence: advised, until: Day("2025-07-31")!)
        #expect(months.last.map { ($0.counted, $0.progress, $0.newDeeds) } ?? (0, 0, []) == (1, 20, ["kst-36786-4"]))
        // Voted a month after it was submitted: named in the month submitted, and again in the month of the vote,
        // which moves its score (counted once all the same).
        var later = deed
        later.outcome?.date = Day("2025-08-14")
        let spread = Scorer(rubric: RubricRuleTests.rubric).timeline(
            Self.algorithms, evidence: [ScorerTests.evidence(Self.algorithms, later, 0.8, .supports)],
            until: Day("2025-08-31")!)
        #expect(
            spread.suffix(2).map { "\($0.month) \($0.counted) \($0.progress) \($0.newDeeds)" } == [
                "2025-07 1 5 [\"kst-36786-4\"]", "2025-08 1 20 [\"kst-36786-4\"]",
            ])
        // The vote counts once, from its day.
        #expect(after.consistency.first { $0.party == "PVV" }.map { ($0.votes, $0.inLine) } ?? (0, 0) == (1, 1))
    }

    @Test(
        "A motion decided later: an analyst's decisive mark made before the vote holds after it, in scores and timeline; voted after its term, it keeps counting as submitted"
    )
    func decidedLaterMarkAndTerm() {
        var deed = Self.vote
        (deed.kind, deed.date) = (.motion, Day("2025-07-03"))
        let reviews = ScorerTests.decisive(Self.algorithms, deed.id, .partial, on: "2025-07-05")
        let scorer = Scorer(rubric: RubricRuleTests.rubric, reviews: reviews)
        let evidence = [ScorerTests.evidence(Self.algorithms, deed, 1, .supports, method: .review)]
        for day in ["2025-07-05", "2025-07-10", "2025-12-01"] {
            #expect(scorer.score(Self.algorithms, evidence: evidence, asOf: Day(day)!).status == .partial, "\(day)")
        }
        let months = scorer.timeline(Self.algorithms, evidence: evidence, until: Day("2025-08-31")!)
        #expect(
            months.suffix(2).map { "\($0.asOf) \($0.status.rawValue) \($0.counted)" } == [
                "2025-07-31 partial 1", "2025-08-31 partial 1",
            ])
        // The term ends between submission and vote: the vote is after it, the motion as submitted still counts.
        var rubric = RubricRuleTests.rubric
        rubric.terms = [
            Rubric.Term(
                id: "test-termijn", actor: "kabinet", parties: ["PVV", "VVD", "NSC", "BBB"], ends: Day("2025-07-05")!,
                location: SourceLocation(file: "test", line: 1, column: 1))
        ]
        let plain = [ScorerTests.evidence(Self.algorithms, deed, 0.8, .supports)]
        let after = ScorerTests.score(Self.algorithms, plain, asOf: "2025-07-10", rubric: rubric)
        #expect(after.counted.map { "\($0.day) \($0.rule?.id ?? "-")" } == ["2025-07-03 motie-ingediend"])
    }

    @Test("A group that voted for with one member against voted for, with the seats its row gives")
    func dissentingMember() {
        let score = Scorer(rubric: RubricRuleTests.rubric).score(
            Self.algorithms, evidence: [ScorerTests.evidence(Self.algorithms, Self.dissent, 0.8, .supports)],
            asOf: Day("2025-07-10")!)
        let vvd = score.consistency.first { $0.party == "VVD" }!
        #expect((vvd.votes, vvd.inLine, vvd.against, vvd.other, vvd.seats) == (1, 1, 0, 0, 23))
        // A roll call has no group row: most members decide, the seats are the members.
        #expect(
            PartyConsistency.groupVotes([
                Deed.Vote(group: "VVD", choice: .tegen, member: "Ellian"),
                Deed.Vote(group: "VVD", choice: .voor, member: "Brekelmans"),
                Deed.Vote(group: "VVD", choice: .voor, member: "Yesilgöz"),
            ]).map { "\($0.0) \($0.1) \($0.2 ?? 0)" } == ["VVD voor 3"])
    }

    @Test("A vote the party said it cast by mistake counts as cast, as in the official tally, and is said")
    func mistaken() {
        // DERIVED, as in the test of the stored form: the real vote with NSC's marked `vergissing`.
        var deed = Self.vote
        deed.outcome!.votes = deed.outcome!.votes.map {
            $0.group == "NSC" ? Deed.Vote(group: "NSC", choice: $0.choice, seats: 20, mistaken: true) : $0
        }
        let score = ScorerTests.score(
            Self.algorithms, [ScorerTests.evidence(Self.algorithms, deed, 0.8, .supports)], asOf: "2025-07-10")
        let nsc = score.consistency.first { $0.party == "NSC" }!
        #expect((nsc.votes, nsc.inLine, nsc.mistaken, nsc.seats) == (1, 1, 1, 20))
        #expect(score.consistency.first { $0.party == "PVV" }?.mistaken == 0)
    }

    @Test(
        "A theme counts a vote on a deed linked to two of its pledges once; in line with one and against the other, as such"
    )
    func oneVoteTwoPledges() {
        var twin = Self.algorithms
        twin.id = "hla-voorwaarden-tweeling"
        let ledger = RubricRuleTests.ledger
        func pvv(_ stance: Link.Stance) -> PartyConsistency {
            let scores = [Self.score(Self.algorithms, .supports), Self.score(twin, stance)]
            let theme = ThemeScore.summaries(ledger, scores: scores, alerts: [:]).first {
                $0.theme == "etnisch-profileren"
            }!
            return theme.consistency.first { $0.party == "PVV" }!
        }
        let same = pvv(.supports)
        #expect((same.votes, same.inLine, same.against, same.other, same.mixed) == (1, 1, 0, 0, 0))
        let mixed = pvv(.opposes)
        #expect((mixed.votes, mixed.inLine, mixed.against, mixed.other, mixed.mixed) == (1, 0, 0, 1, 1))
        #expect(mixed.deeds == ["kst-36786-4"])
    }

    @Test("Per theme a pledging party is held to its own pledges; the others' alignment is over all of them")
    func theme() {
        let ledger = RubricRuleTests.ledger
        // As of a day after both pledges (the profiling pledge is of 30 January 2026, the vote of 10 July 2025).
        let scores = [
            Self.score(Self.algorithms, .supports, asOf: "2026-12-03"),
            Self.score(ScorerTests.profiling, .supports, asOf: "2026-12-03"),
        ]
        let theme = ThemeScore.summaries(ledger, scores: scores, alerts: [:]).first {
            $0.theme == "etnisch-profileren"
        }!
        #expect(theme.pledges == ["hla-voorwaarden-aan-kunstmatige-intelligentie", "etnisch-profileren-aanpakken"])
        #expect(theme.consistency.filter(\.pledged).map(\.party) == ["PVV", "VVD", "NSC", "BBB", "D66", "CDA"])
        #expect(theme.consistency.filter { !$0.pledged }.map(\.party).prefix(3) == ["ChristenUnie", "DENK", "FVD"])
        let vvd = theme.consistency.first { $0.party == "VVD" }!
        #expect((vvd.votes, vvd.inLine) == (1, 1))
        let d66 = theme.consistency.first { $0.party == "D66" }!
        // D66 made the ethnic-profiling pledge, not the algorithms one: its vote on the latter is not its word.
        #expect((d66.pledged, d66.votes) == (true, 0))
        // The vote is a letter linked as supporting: +5 (brief-kondigt-aan-steunt); the mean of 5 and 0 rounds to 3.
        // The algorithms pledge has stood still since the letter's day by then (stalled after its months).
        #expect(theme.statuses == [.stalled: 1, .notRated: 1])
        #expect((theme.progress, theme.rightsEffect) == (3, 0.05))
        // As of the vote's day the profiling pledge was not yet made: neither its status nor its parties weigh in,
        // as a letter of that day leaves it out (the theme's mean was 3, with D66 and CDA as pledging parties).
        let earlier = ThemeScore.summaries(
            ledger,
            scores: [Self.score(Self.algorithms, .supports), Self.score(ScorerTests.profiling, .supports)],
            alerts: [:]
        ).first { $0.theme == "etnisch-profileren" }!
        #expect(earlier.pledges == ["hla-voorwaarden-aan-kunstmatige-intelligentie", "etnisch-profileren-aanpakken"])
        #expect(earlier.later == ["etnisch-profileren-aanpakken"])
        #expect(earlier.consistency.filter(\.pledged).map(\.party) == ["PVV", "VVD", "NSC", "BBB"])
        #expect((earlier.statuses[.inProgress], earlier.statuses[.notRated], earlier.progress) == (1, nil, 5))
    }

    @Test("Per theme a council's party is not the Tweede Kamer's party of the same name")
    func councilParties() throws {
        let ledger = RubricRuleTests.ledger
        // Den Helder's college pledge (eight council parties, D66 and CDA among them), without a decided council deed,
        // beside the national pledge the Kamer's vote supports.
        let college = try #require(ledger.pledge("den-helder-college-opvangcapaciteit-niet-uitbreiden"))
        let silent = Scorer(rubric: RubricRuleTests.rubric).score(college, evidence: [], asOf: Day("2025-07-10")!)
        let theme = ThemeScore.summaries(
            ledger, scores: [Self.score(RubricRuleTests.strictest, .supports), silent], alerts: [:]
        ).first { $0.theme == "vluchtelingenverdrag" }!
        func rows(_ party: String) -> [String] {
            theme.consistency.filter { $0.party == party }.map { "\($0.council ?? "-") \($0.pledged) \($0.votes)" }
        }
        // The Tweede Kamer's D66 and CDA voted (their votes were dropped as if the council's pledging parties had
        // cast them); the council's made the pledge, with no vote of their own. The VVD pledged in both.
        #expect(rows("D66") == ["Den Helder true 0", "- false 1"])
        #expect(rows("CDA") == ["Den Helder true 0", "- false 1"])
        #expect(rows("VVD") == ["- true 1", "Den Helder true 0"])
    }
}

/// Rights alerts: deeds on a theme that fit none of its pledges.
@Suite("Rights alerts")
struct RightsAlertsTests {
    static let ledger = RubricRuleTests.ledger
    /// The motion to leave the Refugee Convention (Baudet, 27 August 2025).
    static let leave = RealDeeds.deed("kst-36760-39")

    static func alerts(_ links: [Link]) -> [RightsAlert] {
        // The terms as the linker reads them in the motion's title and dictum (LinkerTests.themeTerms).
        let carried = (
            terms: ThemeTerms(deed: leave.id, theme: "vluchtelingenverdrag", terms: ["Vluchtelingenverdrag"]),
            day: leave.day!, title: leave.title
        )
        return RightsAlerts(evidenceConfidence: 0.5)
            .alerts(ledger, carried: [carried], links: links, asOf: Day("2026-12-31")!)["vluchtelingenverdrag"] ?? []
    }

    static func link(_ confidence: Double, _ stance: Link.Stance) -> Link {
        Link(
            pledge: "vluchtelingenverdrag-aanpassen", deed: leave.id, confidence: confidence, stance: stance,
            method: .phrase, explanation: "")
    }

    @Test("A motion to leave the Refugee Convention that only mentions the pledge to amend it is an alert")
    func leaveConvention() {
        let alerts = Self.alerts([Self.link(0.69, .mentions)])
        #expect(alerts.map(\.deed) == ["kst-36760-39"])
        #expect(alerts.first?.terms == ["Vluchtelingenverdrag"])
        #expect(alerts.first?.day == Day("2025-08-27"))
    }

    @Test("A deed dated after the day of the scores is no alert yet")
    func notYet() {
        let carried = (
            terms: ThemeTerms(deed: Self.leave.id, theme: "vluchtelingenverdrag", terms: ["Vluchtelingenverdrag"]),
            day: Self.leave.day!, title: Self.leave.title
        )
        #expect(
            RightsAlerts(evidenceConfidence: 0.5).alerts(
                Self.ledger, carried: [carried], links: [], asOf: Day("2025-08-26")!
            ).isEmpty)
    }

    @Test("A deed that supports a pledge of the theme at the evidence line fits it; below the line it does not")
    func fits() {
        #expect(Self.alerts([Self.link(0.69, .supports)]).isEmpty)
        #expect(Self.alerts([Self.link(0.49, .supports)]).map(\.deed) == ["kst-36760-39"])
    }
}
