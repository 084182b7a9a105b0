import Core
import Foundation
import Ledger
import TestSupport
import Testing

@Suite("Reviews: analysts' decisions on links, validated like the ledger")
struct ReviewValidationTests {
    static let reviews = """
        # Decisions on the links of conformeren-igh-icc.
        reviews:
          - pledge: conformeren-igh-icc
            deed: kst-32735-413
            verdict: confirmed
            stance: supports
            note: "Vraagt steun voor het Strafhof: precies wat de toezegging belooft."
            by: Anna
            on: 2026-12-01
          # A later decision on the same link replaces the first.
          - pledge: conformeren-igh-icc
            deed: kst-32735-413
            verdict: rejected
            by: Bram
            on: 2026-12-02
          - pledge: conformeren-igh-icc
            deed: tk:zaak:2025Z05049
            verdict: confirmed
            by: Anna
            on: 2026-12-01

        """

    @Test("Reviews load with the ledger; the latest decision on a link decides it; the fingerprint covers them")
    func load() throws {
        let workspace = try LedgerWorkspace()
        defer { workspace.remove() }
        let without = try LedgerLoader.load(workspace: workspace.root)
        #expect(without.reviews.records.isEmpty)
        try workspace.write("Commitments/reviews/conformeren-igh-icc.yaml", Self.reviews)
        #expect(workspace.problems() == [])
        let ledger = try LedgerLoader.load(workspace: workspace.root)
        #expect(ledger.reviews.records.map(\.verdict) == [.confirmed, .rejected, .confirmed])
        let first = ledger.reviews.records[0]
        #expect(first.note == "Vraagt steun voor het Strafhof: precies wat de toezegging belooft.")
        #expect(first.stance == .supports)
        #expect(first.on == Day("2026-12-01"))
        #expect(first.location.description == "Commitments/reviews/conformeren-igh-icc.yaml:3:5")
        let decided = try #require(ledger.reviews.decision(pledge: "conformeren-igh-icc", deed: "kst-32735-413"))
        #expect((decided.verdict, decided.by, decided.stance) == (.rejected, "Bram", nil))
        #expect(ledger.reviews.decisions(deed: "tk:zaak:2025Z05049").keys.sorted() == ["conformeren-igh-icc"])
        #expect(ledger.reviews.deeds == ["kst-32735-413", "tk:zaak:2025Z05049"])
        // Reviews are part of what links are computed from, and a run can tell them from other edits.
        #expect(ledger.fingerprint != without.fingerprint)
        #expect(ledger.reviewsFingerprint != without.reviewsFingerprint)
        #expect(ledger.recordsFingerprint == without.recordsFingerprint)
    }

    @Test(
        "An unknown pledge is an error at its position; a stance on a rejection is a warning; bad fields say what was expected"
    )
    func problems() throws {
        let workspace = try LedgerWorkspace()
        defer { workspace.remove() }
        try workspace.write(
            "Commitments/reviews/conformeren-igh-icc.yaml",
            """
            reviews:
              - pledge: conformeren-igh-ic
                deed: kst-32735-413
                verdict: confirmed
                by: Anna
                on: 2026-12-01
              - pledge: conformeren-igh-icc
                deed: kst 32735 413
                verdict: accepted
                stance: steunt
                on: 2026-13-01
                reviewer: Anna
              - pledge: conformeren-igh-icc
                deed: kst-32735-413
                verdict: rejected
                stance: opposes
                by: Anna
                on: 2026-12-02

            """)
        #expect(
            workspace.problems() == [
                "Commitments/reviews/conformeren-igh-icc.yaml:2:13: unknown pledge 'conformeren-igh-ic' in a review; expected the id of a pledge in Commitments/national/ or Commitments/municipal/ (did you mean 'conformeren-igh-icc'?)",
                "Commitments/reviews/conformeren-igh-icc.yaml:7:5: the review of conformeren-igh-icc → kst 32735 413 has no 'by'; expected who decided",
                "Commitments/reviews/conformeren-igh-icc.yaml:8:11: deed 'kst 32735 413' of the review of conformeren-igh-icc → kst 32735 413 is not a deed id; expected an id without spaces such as kst-30950-440",
                "Commitments/reviews/conformeren-igh-icc.yaml:9:14: 'verdict' of the review of conformeren-igh-icc → kst 32735 413 is 'accepted'; expected one of: confirmed, rejected",
                "Commitments/reviews/conformeren-igh-icc.yaml:10:13: 'stance' of the review of conformeren-igh-icc → kst 32735 413 is 'steunt'; expected one of: supports, opposes, mentions",
                "Commitments/reviews/conformeren-igh-icc.yaml:11:9: 'on' of the review of conformeren-igh-icc → kst 32735 413 is not a valid date: '2026-13-01'; expected YYYY-MM-DD",
                "Commitments/reviews/conformeren-igh-icc.yaml:12:5: unknown field 'reviewer' in a review; expected one of: pledge, deed, verdict, stance, decides, reason, note, by, on",
                "Commitments/reviews/conformeren-igh-icc.yaml:16:13: warning: the review of conformeren-igh-icc → kst-32735-413 rejects the link, so its stance 'opposes' has no effect; expected a stance only with verdict: confirmed",
            ])
    }

    @Test(
        "A confirmed review marks its deed decisive with decides (broken with a reason); wrong uses say what was expected"
    )
    func decisive() throws {
        let workspace = try LedgerWorkspace()
        defer { workspace.remove() }
        try workspace.write(
            "Commitments/reviews/conformeren-igh-icc.yaml",
            """
            reviews:
              - pledge: conformeren-igh-icc
                deed: kst-32735-413
                verdict: confirmed
                decides: broken
                reason: no-majority
                by: Anna
                on: 2026-12-01
              - {pledge: conformeren-igh-icc, deed: tk:zaak:2025Z05049, verdict: confirmed, decides: partial, by: Anna, on: 2026-12-01}

            """)
        #expect(workspace.problems() == [])
        let ledger = try LedgerLoader.load(workspace: workspace.root)
        #expect(ledger.reviews.records.map(\.decides) == [.broken(.noMajority), .partial])
        try workspace.write(
            "Commitments/reviews/conformeren-igh-icc.yaml",
            """
            reviews:
              - {pledge: conformeren-igh-icc, deed: kst-32735-413, verdict: rejected, decides: kept, by: Anna, on: 2026-12-01}
              - {pledge: conformeren-igh-icc, deed: kst-32735-414, verdict: confirmed, decides: broken, by: Anna, on: 2026-12-01}
              - {pledge: conformeren-igh-icc, deed: kst-32735-415, verdict: confirmed, decides: kept, reason: dropped, by: Anna, on: 2026-12-01}
              - {pledge: conformeren-igh-icc, deed: kst-32735-416, verdict: confirmed, decides: broken, reason: end-of-term, by: Anna, on: 2026-12-01}
              - {pledge: conformeren-igh-icc, deed: kst-32735-417, verdict: confirmed, decides: gehouden, by: Anna, on: 2026-12-01}

            """)
        #expect(
            workspace.problems() == [
                "Commitments/reviews/conformeren-igh-icc.yaml:2:84: the review of conformeren-igh-icc → kst-32735-413 rejects the link and marks its deed decisive; expected decides: only with verdict: confirmed",
                "Commitments/reviews/conformeren-igh-icc.yaml:3:85: the review of conformeren-igh-icc → kst-32735-414 decides broken without a reason; expected reason: one of no-majority, reversed, blocked-by-court, dropped",
                "Commitments/reviews/conformeren-igh-icc.yaml:4:99: the review of conformeren-igh-icc → kst-32735-415 gives reason 'dropped' but does not decide broken; expected a reason only with decides: broken",
                "Commitments/reviews/conformeren-igh-icc.yaml:5:101: 'reason' of the review of conformeren-igh-icc → kst-32735-416 is 'end-of-term'; expected one of: no-majority, reversed, blocked-by-court, dropped",
                "Commitments/reviews/conformeren-igh-icc.yaml:6:85: 'decides' of the review of conformeren-igh-icc → kst-32735-417 is 'gehouden'; expected one of: kept, partial, broken",
            ])
    }

    @Test("A pledge or a review dated after today is a warning (a typo of the year hides a pledge until then)")
    func futureDates() throws {
        let workspace = try LedgerWorkspace(
            pledges: LedgerWorkspace.pledge.replacingOccurrences(of: "date: 2026-01-30", with: "date: 2999-01-30"))
        defer { workspace.remove() }
        try workspace.write(
            "Commitments/reviews/conformeren-igh-icc.yaml",
            """
            reviews:
              - {pledge: conformeren-igh-icc, deed: kst-32735-413, verdict: confirmed, by: Anna, on: 2999-12-01}

            """)
        #expect(
            workspace.problems() == [
                "Commitments/national/akkoord.yaml:6:11: warning: pledge 'conformeren-igh-icc' is dated 2999-01-30, after today; expected the day it was made (it counts from that day on)",
                "Commitments/reviews/conformeren-igh-icc.yaml:2:90: warning: the review of conformeren-igh-icc → kst-32735-413 is dated 2999-12-01, after today; expected the day of the decision",
            ])
    }

    @Test(
        "Two records of one link on one day that disagree or repeat each other, and a merge tool's copy, are warnings naming both"
    )
    func sameDayClashes() throws {
        let workspace = try LedgerWorkspace()
        defer { workspace.remove() }
        // What a git merge that kept both sides leaves: Anna's and Bram's decision of the same day, and a repeat.
        try workspace.write(
            "Commitments/reviews/conformeren-igh-icc.yaml",
            """
            reviews:
              - {pledge: conformeren-igh-icc, deed: kst-32735-413, verdict: confirmed, decides: partial, by: Anna, on: 2026-12-06}
              - {pledge: conformeren-igh-icc, deed: kst-32735-413, verdict: rejected, by: Bram, on: 2026-12-06}
              - {pledge: conformeren-igh-icc, deed: tk:zaak:2025Z05049, verdict: confirmed, by: Anna, on: 2026-12-01}
              - {pledge: conformeren-igh-icc, deed: tk:zaak:2025Z05049, verdict: confirmed, by: Anna, on: 2026-12-01}
              - {pledge: conformeren-igh-icc, deed: tk:zaak:2025Z05049, verdict: confirmed, by: Bram, on: 2026-12-01}

            """)
        // git mergetool's copy sorts after the file it copies, and flips the link back; a .orig copy is not read.
        try workspace.write(
            "Commitments/reviews/conformeren-igh-icc_REMOTE_4242.yaml",
            """
            reviews:
              - {pledge: conformeren-igh-icc, deed: kst-32735-413, verdict: confirmed, decides: partial, by: Anna, on: 2026-12-06}

            """)
        try workspace.write("Commitments/reviews/conformeren-igh-icc.yaml.orig", "reviews: []\n")
        #expect(
            workspace.problems() == [
                "Commitments/reviews/conformeren-igh-icc.yaml:3:5: warning: the review of conformeren-igh-icc → kst-32735-413 of 2026-12-06 by Bram (rejected) disagrees with the one of the same day by Anna at Commitments/reviews/conformeren-igh-icc.yaml:2 (confirmed, decides: partial); this one decides only because it comes later in the reviews' order (file name, then line); expected one decision per link and day (a git merge may have kept both): remove the record that does not stand",
                "Commitments/reviews/conformeren-igh-icc.yaml:5:5: warning: the review of conformeren-igh-icc → tk:zaak:2025Z05049 of 2026-12-01 repeats the one at Commitments/reviews/conformeren-igh-icc.yaml:4 exactly (a git merge may have kept both); expected each decision once: remove one",
                "Commitments/reviews/conformeren-igh-icc.yaml.orig: warning: this looks like a copy a merge left behind; it is not read (only .yaml files are), so a decision only it holds counts nowhere; expected it removed once the merge is resolved",
                "Commitments/reviews/conformeren-igh-icc_REMOTE_4242.yaml: warning: this looks like a copy git mergetool left behind; its decisions are read like any other review file's and, on the same day, decide over those of the files that sort before it; expected it removed once the merge is resolved",
                "Commitments/reviews/conformeren-igh-icc_REMOTE_4242.yaml:2:5: warning: the review of conformeren-igh-icc → kst-32735-413 of 2026-12-06 by Anna (confirmed, decides: partial) disagrees with the one of the same day by Bram at Commitments/reviews/conformeren-igh-icc.yaml:3 (rejected); this one decides only because it comes later in the reviews' order (file name, then line); expected one decision per link and day (a git merge may have kept both): remove the record that does not stand",
            ])
        // The same decision by another analyst agrees: no warning (line 6); nor does an analyst who changes their mind
        // the same day, below their own record.
        try workspace.write(
            "Commitments/reviews/rp-tweestatusstelsel-invoeren.yaml",
            """
            reviews:
              - {pledge: conformeren-igh-icc, deed: kst-32735-999, verdict: confirmed, decides: partial, by: Anna, on: 2026-12-06}
              - {pledge: conformeren-igh-icc, deed: kst-32735-999, verdict: confirmed, by: Anna, on: 2026-12-06}

            """)
        let ledger = try LedgerLoader.load(workspace: workspace.root)
        #expect(ledger.reviewWarnings.count == 5)
    }

    @Test("Git's conflict markers in a review or ledger file are named at their lines, not as a YAML error after them")
    func conflictMarkers() throws {
        let workspace = try LedgerWorkspace()
        defer { workspace.remove() }
        try workspace.write(
            "Commitments/reviews/conformeren-igh-icc.yaml",
            """
            reviews:
              - pledge: conformeren-igh-icc
                deed: kst-32735-413
                by: Anna
                on: 2026-12-06
            <<<<<<< HEAD
                verdict: confirmed
            =======
                verdict: rejected
            >>>>>>> bram

            """)
        let message =
            "unresolved git merge conflict marker; resolve the conflict (keep both records if both decisions stand) and run again"
        #expect(
            workspace.problems() == [
                "Commitments/reviews/conformeren-igh-icc.yaml:6:1: \(message)",
                "Commitments/reviews/conformeren-igh-icc.yaml:8:1: \(message)",
                "Commitments/reviews/conformeren-igh-icc.yaml:10:1: \(message)",
            ])
    }

    @Test(
        "A review cannot link a council's deed to a national pledge, nor across municipalities: ignored, with a warning"
    )
    func acrossLevels() throws {
        let workspace = try LedgerWorkspace()
        defer { workspace.remove() }
        try workspace.write(
            "Commitments/reviews/conformeren-igh-icc.yaml",
            """
            reviews:
              - pledge: conformeren-igh-icc
                deed: gemeente:utrecht:motie-94-2024
                verdict: confirmed
                by: Anna
                on: 2026-12-01

            """)
        // A warning, and the record is ignored: a team's file with one (an older tracker wrote them) still loads.
        #expect(
            workspace.problems() == [
                "Commitments/reviews/conformeren-igh-icc.yaml:3:11: warning: the review of conformeren-igh-icc → gemeente:utrecht:motie-94-2024 cannot hold and is ignored: deed 'gemeente:utrecht:motie-94-2024' is one of the council of utrecht, and 'conformeren-igh-icc' a national pledge; expected a deed of the Tweede Kamer or the government; remove this record (a deed counts only for pledges of its own level)"
            ])
        #expect(try LedgerLoader.load(workspace: workspace.root).reviews.records.isEmpty)
        #expect(
            Review.levelMismatch(deed: "gemeente:utrecht:motie-94-2024", pledge: "p", municipality: "utrecht") == nil)
        #expect(Review.levelMismatch(deed: "kst-36704-73", pledge: "p", municipality: nil) == nil)
        #expect(
            Review.levelMismatch(deed: "gemeente:utrecht:motie-94-2024", pledge: "p", municipality: "zwolle")
                == "deed 'gemeente:utrecht:motie-94-2024' is one of the council of utrecht, and 'p' a pledge of zwolle; expected a deed of its council, gemeente:zwolle:<item>"
        )
        #expect(
            Review.levelMismatch(deed: "kst-36704-73", pledge: "p", municipality: "zwolle")
                == "deed 'kst-36704-73' is a national one, and 'p' a pledge of zwolle; expected a deed of its council, gemeente:zwolle:<item>"
        )
    }

    @Test("A ledger or review file whose name is not .yaml or .yml is named as not read; templates are not")
    func unreadFiles() throws {
        let workspace = try LedgerWorkspace()
        defer { workspace.remove() }
        let review = """
            reviews:
              - {pledge: conformeren-igh-icc, deed: kst-32735-413, verdict: rejected, by: Anna, on: 2026-12-06}

            """
        try workspace.write("Commitments/reviews/hla.yaml.txt", review)
        try workspace.write("Commitments/national/akkoord-2026.YAML", "pledges: []\n")
        try workspace.write("Commitments/municipal/_template/municipality.yaml.example", "municipality: {}\n")
        try workspace.write("Commitments/sources/README.md", "The source documents.\n")
        // An editor's backup and swap files are copies of a file that is read.
        try workspace.write("Commitments/national/akkoord.yaml~", "pledges: []\n")
        try workspace.write("Commitments/national/.akkoord.yaml.swp", "\u{0}")
        try workspace.write("Commitments/national/akkoord.yaml.bak", "pledges: []\n")
        #expect(
            workspace.problems() == [
                "Commitments/national/akkoord-2026.YAML: warning: this file is not read: only files whose names end in .yaml or .yml are, so what it holds counts nowhere; expected its name to end in .yaml",
                "Commitments/reviews/hla.yaml.txt: warning: this file is not read: only files whose names end in .yaml or .yml are, so what it holds counts nowhere; expected its name to end in .yaml",
            ])
    }

    @Test("Warnings alone do not stop the ledger from loading, and the review they are about is kept")
    func warningsLoad() throws {
        let workspace = try LedgerWorkspace()
        defer { workspace.remove() }
        try workspace.write(
            "Commitments/reviews/conformeren-igh-icc.yaml",
            """
            reviews:
              - {pledge: conformeren-igh-icc, deed: kst-32735-413, verdict: rejected, stance: opposes, by: Anna, on: 2026-12-02}

            """)
        let ledger = try LedgerLoader.load(workspace: workspace.root)
        #expect(ledger.reviews.records.map(\.verdict) == [.rejected])
        #expect(LedgerLoader.validate(workspace: workspace.root).1.map(\.severity) == [.warning])
    }

    @Test("A review of a pledge that has problems of its own is not reported again as naming an unknown pledge")
    func noCascade() throws {
        let workspace = try LedgerWorkspace(
            pledges: LedgerWorkspace.pledge.replacingOccurrences(of: "    kept_when:", with: "    kept_wen:"))
        defer { workspace.remove() }
        try workspace.write(
            "Commitments/reviews/conformeren-igh-icc.yaml",
            """
            reviews:
              - {pledge: conformeren-igh-icc, deed: kst-32735-413, verdict: confirmed, by: Anna, on: 2026-12-02}

            """)
        #expect(workspace.problems().allSatisfy { $0.hasPrefix("Commitments/national/akkoord.yaml:") })
        #expect(workspace.problems().count == 2)
    }
}
