import Core
import Foundation
import Ledger
import TestSupport
import Testing

/// The scoring rubric (`Commitments/rubric.yaml`), a pledge's `kept_by` and an analyst's `verdict`: loaded and
/// validated with the ledger, every problem with file, line, column and what was expected.
@Suite("Rubric, kept_by and verdicts")
struct RubricTests {
    static let rubric = """
        rubric:
          version: "9.9"
          evidence: {confidence: 0.5, review_weight: 1.5}
          stalled_after_months: 6
          progress: {cap: 80, kept: 100, partial: 50, broken: 0}
          milestones:
            - [tweede-kamer, eerste-kamer, staatsblad]
          terms:
            - {id: kabinet-test, actor: kabinet, parties: [D66, VVD, CDA], ends: 2030-01-01}
          rules:
            - id: wet-staatsblad-steunt
              label: wet in het Staatsblad
              when: {stage: staatsblad, stance: supports}
              progress: 60
              milestone: staatsblad
              decides: kept
            - id: brief-rapporteert
              label: brief die rapporteert
              when: {kinds: [letter], title: [voortgangsbrief, rapportage]}
              progress: 10
        """

    static func workspace(rubric: String = RubricTests.rubric, pledge: String = LedgerWorkspace.pledge) throws
        -> LedgerWorkspace
    {
        let workspace = try LedgerWorkspace(pledges: pledge)
        try workspace.write("Commitments/rubric.yaml", rubric)
        return workspace
    }

    @Test("The test workspace's rubric, a copy of the shipped one, loads with its version and rules")
    func shipped() throws {
        let rubric = try #require(try Fixtures.ledger().rubric)
        #expect(rubric.version == "1.0")
        #expect((rubric.evidenceConfidence, rubric.reviewWeight, rubric.stalledAfterMonths) == (0.5, 1.5, 6))
        #expect(rubric.progress == Rubric.ProgressScale(cap: 80, kept: 100, partial: 50, broken: 0))
        #expect(rubric.rules.count == 30)
        #expect(rubric.rules.first?.id == "wet-staatsblad-steunt")
        #expect(rubric.rules.last?.id == "overige-daad")
        #expect(rubric.chain(upTo: "staatsblad") == ["tweede-kamer", "eerste-kamer", "staatsblad"])
        #expect(rubric.fingerprint.count == 64)
    }

    @Test("A rubric with its rules, terms and conditions read exactly")
    func reads() throws {
        let workspace = try Self.workspace()
        defer { workspace.remove() }
        #expect(workspace.problems() == [])
        let rubric = try #require(try LedgerLoader.load(workspace: workspace.root).rubric)
        #expect(rubric.version == "9.9")
        #expect(rubric.terms.map(\.id) == ["kabinet-test"])
        #expect(rubric.terms.first?.ends == Day("2030-01-01"))
        let rule = try #require(rubric.rule("wet-staatsblad-steunt"))
        #expect(
            (rule.when.stages, rule.when.stances, rule.progress, rule.milestone) == (
                [.staatsblad], [.supports], 60, "staatsblad"
            ))
        #expect(rule.decides == .kept)
        #expect(rubric.rule("brief-rapporteert")?.when.title == ["voortgangsbrief", "rapportage"])
    }

    @Test("Terms: one per government, each ending some pledge's government (a misspelt actor ends nothing)")
    func terms() throws {
        let rubric = Self.rubric.replacingOccurrences(
            of: "    - {id: kabinet-test, actor: kabinet, parties: [D66, VVD, CDA], ends: 2030-01-01}\n",
            with: """
                    - {id: kabinet-test, actor: kabinet, parties: [D66, VVD, CDA], ends: 2030-01-01}
                    - {id: kabinet-test, actor: kabinet, parties: [PVV, VVD], ends: 2026-02-23}
                    - {id: kabinet-twee, actor: kabinet, parties: [CDA, VVD, D66], ends: 2029-01-01}

                """)
        let workspace = try Self.workspace(rubric: rubric)
        defer { workspace.remove() }
        #expect(
            workspace.problems() == [
                "Commitments/rubric.yaml:10:7: duplicate term id 'kabinet-test'; it is already defined at Commitments/rubric.yaml:9:7",
                "Commitments/rubric.yaml:11:7: term 'kabinet-twee' ends the same government as term 'kabinet-test' (Commitments/rubric.yaml:9:7): actor kabinet, parties CDA, VVD, D66; expected one term per government",
            ])
        let typo = try Self.workspace(
            rubric: Self.rubric.replacingOccurrences(
                of: "{id: kabinet-test, actor: kabinet,", with: "{id: kabinet-test, actor: kabniet,"))
        defer { typo.remove() }
        #expect(
            typo.problems() == [
                "Commitments/rubric.yaml:9:7: warning: term 'kabinet-test' of the rubric covers no pledge of the ledger (actor kabniet, parties D66, VVD, CDA); expected the actor and parties of the government's pledges"
            ])
    }

    @Test("Without rubric.yaml the ledger loads and has no rubric")
    func absent() throws {
        let workspace = try LedgerWorkspace()
        defer { workspace.remove() }
        #expect(try LedgerLoader.load(workspace: workspace.root).rubric == nil)
    }

    @Test("Every problem in a rule: an unknown kind with a suggestion, a decision without a milestone or a reason")
    func badRules() throws {
        let rubric = Self.rubric
            .replacingOccurrences(of: "kinds: [letter]", with: "kinds: [leter]")
            .replacingOccurrences(of: "      milestone: staatsblad\n      decides: kept", with: "      decides: broken")
            .replacingOccurrences(of: "id: brief-rapporteert", with: "id: wet-staatsblad-steunt")
        let workspace = try Self.workspace(rubric: rubric)
        defer { workspace.remove() }
        #expect(
            workspace.problems() == [
                "Commitments/rubric.yaml:15:16: rule 'wet-staatsblad-steunt' decides a status but reaches no milestone; expected milestone: the step that decides it",
                "Commitments/rubric.yaml:15:16: rule 'wet-staatsblad-steunt' decides broken without a reason; expected reason: one of no-majority, reversed, blocked-by-court, dropped, end-of-term",
                "Commitments/rubric.yaml:16:7: duplicate rule id 'wet-staatsblad-steunt'; it is already defined at Commitments/rubric.yaml:11:7",
                "Commitments/rubric.yaml:18:22: 'kinds' of the condition of rule 'wet-staatsblad-steunt' has 'leter'; expected one of: motion, amendment, bill, letter, commitment, decision, debate, budget, council-decision, agenda-item, law, decree, other (did you mean 'letter'?)",
            ])
    }

    @Test("Numbers out of range and a missing version are reported where they are")
    func badNumbers() throws {
        let rubric = Self.rubric
            .replacingOccurrences(of: "  version: \"9.9\"\n", with: "")
            .replacingOccurrences(of: "confidence: 0.5", with: "confidence: 1.5")
            .replacingOccurrences(of: "progress: 60", with: "progress: 160")
        let workspace = try Self.workspace(rubric: rubric)
        defer { workspace.remove() }
        #expect(
            workspace.problems() == [
                "Commitments/rubric.yaml:2:3: the rubric has no 'version'; expected the rubric's version, such as \"1.0\"",
                "Commitments/rubric.yaml:2:26: 'confidence' of the rubric's evidence is '1.5'; expected a link confidence between 0 and 1",
                "Commitments/rubric.yaml:13:17: 'progress' of rule 'wet-staatsblad-steunt' is '160'; expected points from -100 to 100",
            ])
    }

    @Test("A pledge's kept_by must name a milestone of the rubric, and needs a rubric")
    func keptBy() throws {
        let pledge = LedgerWorkspace.pledge + "\n    kept_by: {milestone: staatsbald, dossiers: [\"36703\"]}\n"
        let workspace = try Self.workspace(pledge: pledge)
        defer { workspace.remove() }
        #expect(
            workspace.problems() == [
                "Commitments/national/akkoord.yaml:15:26: pledge 'conformeren-igh-icc' is kept by unknown milestone 'staatsbald'; expected one of the milestones of Commitments/rubric.yaml: eerste-kamer, staatsblad, tweede-kamer (did you mean 'staatsblad'?)"
            ])
        let fixed = try Self.workspace(pledge: pledge.replacingOccurrences(of: "staatsbald", with: "staatsblad"))
        defer { fixed.remove() }
        let keptBy = try #require(try LedgerLoader.load(workspace: fixed.root).pledges.first?.keptBy)
        #expect((keptBy.milestone, keptBy.dossiers) == ("staatsblad", ["36703"]))
        let without = try LedgerWorkspace(pledges: pledge.replacingOccurrences(of: "staatsbald", with: "staatsblad"))
        defer { without.remove() }
        #expect(
            without.problems() == [
                "Commitments/national/akkoord.yaml:15:26: pledge 'conformeren-igh-icc' has kept_by but there is no Commitments/rubric.yaml to define milestone 'staatsblad'"
            ])
    }

    @Test("A rubric with a problem of its own is reported there alone: no pledge's kept_by is said to lack a rubric")
    func brokenRubricNoCascade() throws {
        let pledge = LedgerWorkspace.pledge + "\n    kept_by: {milestone: staatsblad, dossiers: [\"36703\"]}\n"
        let workspace = try Self.workspace(
            rubric: Self.rubric.replacingOccurrences(of: "confidence: 0.5", with: "confidence: 5"), pledge: pledge)
        defer { workspace.remove() }
        #expect(
            workspace.problems() == [
                "Commitments/rubric.yaml:3:26: 'confidence' of the rubric's evidence is '5'; expected a link confidence between 0 and 1"
            ])
    }

    @Test("A key given twice is reported at the repeat, with the first's line, not at 1:1 with the whole file")
    func duplicateKey() throws {
        let pledge = LedgerWorkspace.pledge.replacingOccurrences(
            of: "    date: 2026-01-30\n", with: "    date: 2026-01-30\n    date: 2026-01-31\n")
        #expect(pledge != LedgerWorkspace.pledge)
        let workspace = try Self.workspace(pledge: pledge)
        defer { workspace.remove() }
        #expect(
            workspace.problems() == [
                "Commitments/national/akkoord.yaml:7:5: duplicate key 'date' (first at line 6); expected each key once in a mapping"
            ])
    }

    @Test("An analyst's verdict: broken needs a reason, and a reason needs broken")
    func verdict() throws {
        let broken = LedgerWorkspace.pledge + "\n    verdict: {status: broken, on: 2026-06-01, by: een analist}\n"
        let workspace = try Self.workspace(pledge: broken)
        defer { workspace.remove() }
        #expect(
            workspace.problems() == [
                "Commitments/national/akkoord.yaml:15:23: the verdict on pledge 'conformeren-igh-icc' is broken without a reason; expected reason: one of no-majority, reversed, blocked-by-court, dropped, end-of-term"
            ])
        let valid = try Self.workspace(
            pledge: LedgerWorkspace.pledge
                + "\n    verdict: {status: broken, reason: blocked-by-court, on: 2026-06-01, by: een analist, deeds: [kst-1-2]}\n"
        )
        defer { valid.remove() }
        let verdict = try #require(try LedgerLoader.load(workspace: valid.root).pledges.first?.verdict)
        #expect(
            (verdict.pledge, verdict.status, verdict.reason, verdict.on, verdict.deeds) == (
                "conformeren-igh-icc", .broken, .blockedByCourt, Day("2026-06-01")!, ["kst-1-2"]
            ))
    }
}
