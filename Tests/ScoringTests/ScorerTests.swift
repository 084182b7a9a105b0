import Core
import Deeds
import Foundation
import Ledger
import Scoring
import TestSupport
import Testing

/// Rubric 0.1 on real deeds of the snapshot: the deeds are as the readers make them; the links are given,
/// as an analyst (or the linker) would have made them.
@Suite("Scoring: status, progress and rights effect of a pledge")
struct ScorerTests {
    /// The government letters and decisions of two real VLOS reports, by id.
    static let deeds: [String: Deed] = {
        var byID: [String: [Deed]] = [:]
        for report in ["e2903f19", "be33e3cf"] {
            for deed in try! Fixtures.read(Fixtures.vlos(report)).deeds { byID[deed.id, default: []].append(deed) }
        }
        return byID.compactMapValues(Deed.merge)
    }()

    static let ledger = try! Fixtures.ledger()
    /// Advances rights.
    static let profiling = ledger.pledge("etnisch-profileren-aanpakken")!
    /// Threatens rights.
    static let convention = ledger.pledge("vluchtelingenverdrag-aanpassen")!

    static func link(_ pledge: Pledge, _ deed: String, _ confidence: Double = 0.8, _ stance: Link.Stance = .supports)
        -> Link
    {
        Link(pledge: pledge.id, deed: deed, confidence: confidence, stance: stance, method: .phrase, explanation: "")
    }

    static func score(_ pledge: Pledge, _ links: [Link], asOf: String = "2026-01-01") -> PledgeScore {
        Scorer().score(pledge, links: links, deeds: deeds, asOf: Day(asOf)!)
    }

    @Test("A supporting government letter adds 10; a threatening pledge's effect is negative")
    func supportingLetter() {
        // Kabinetsreactie Toetsingskader risicoprofilering 2025, 19 June 2025.
        let advances = Self.score(Self.profiling, [Self.link(Self.profiling, "kst-30950-458")])
        #expect((advances.status, advances.progress, advances.rightsEffect) == (.inProgress, 10, 0.1))
        #expect(advances.links.map(\.deed) == ["kst-30950-458"])
        let threatens = Self.score(Self.convention, [Self.link(Self.convention, "kst-30950-458")])
        #expect((threatens.status, threatens.progress, threatens.rightsEffect) == (.inProgress, 10, -0.1))
    }

    @Test("A link that only mentions the pledge makes it rated, with no progress")
    func mentionOnly() {
        let score = Self.score(Self.profiling, [Self.link(Self.profiling, "kst-30950-458", 0.8, .mentions)])
        #expect((score.status, score.progress, score.rightsEffect) == (.inProgress, 0, 0))
    }

    @Test("Links below the evidence line (0.5) do not count")
    func belowEvidence() {
        let score = Self.score(Self.profiling, [Self.link(Self.profiling, "kst-30950-458", 0.49)])
        #expect((score.status, score.progress, score.links.count) == (.notRated, 0, 0))
    }

    @Test("A deed counts from its day: as of the day before the letter, the pledge is not rated")
    func asOf() {
        let links = [Self.link(Self.profiling, "kst-30950-458")]
        #expect(Self.score(Self.profiling, links, asOf: "2025-06-18").status == .notRated)
        #expect(Self.score(Self.profiling, links, asOf: "2025-06-19").progress == 10)
    }

    @Test("Progress stops at 80: only an analyst can call a pledge kept")
    func capped() {
        // Nine government letters on the committee's list of 3 July 2025.
        let letters = [
            "kst-30950-458", "kst-31490-386", "kst-33047-40", "kst-22112-4091", "kst-25764-153", "kst-28362-83",
            "kst-35561-73", "kst-29362-382", "kst-36600-VII-142",
        ]
        #expect(letters.allSatisfy { Self.deeds[$0]?.kind == .letter })
        let score = Self.score(Self.profiling, letters.map { Self.link(Self.profiling, $0) })
        #expect((score.status, score.progress, score.rightsEffect, score.links.count) == (.inProgress, 80, 0.8, 9))
    }

    @Test("Links are listed strongest first; links to other pledges are ignored")
    func ordering() {
        let links = [
            Self.link(Self.profiling, "kst-33047-40", 0.6), Self.link(Self.profiling, "kst-30950-458", 0.9),
            Self.link(Self.convention, "kst-31490-386", 0.95),
        ]
        #expect(Self.score(Self.profiling, links).links.map(\.deed) == ["kst-30950-458", "kst-33047-40"])
    }
}
