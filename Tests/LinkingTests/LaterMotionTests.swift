import Deeds
import Foundation
import Ledger
import Linking
import TestSupport
import Testing

/// Real motions of 2023–2025 (Tests/Fixtures/linking/later-motions.yaml), after the 2008–2022 corpus the linker was
/// tuned on, labelled by hand before any linking was run, linked with the shipped ledger as a harvest makes them
/// (subject line, dictum, dossier). The figures pin what the linker finds on records it was not built from; `make
/// eval` prints the same table with the corpus's term statistics.
@Suite("Later motions: the linker on real motions it was not tuned on")
struct LaterMotionTests {
    @Test("Theme recall and precision at the evidence line, and stance, on the 2023–2025 motions")
    func measured() throws {
        let ledger = try LedgerLoader.load(workspace: Fixtures.root)
        let all = try DictumMotion.load(Fixtures.tests.appendingPathComponent("linking/later-motions.yaml"))
        #expect(all.count == 305)
        // The first held-out set: those without a split (the 2024–2025 set with one is measured below).
        let motions = all.filter { $0.split == nil }
        #expect(motions.count == 103)
        let links = Dictionary(grouping: Linker(ledger: ledger).links(for: motions.map(\.deed)), by: \.deed)
        let evaluation = MotionEvaluation(
            motions: motions.map(\.labelled), links: links, ledger: ledger, themes: Theme.required)
        let rows = evaluation.rows.map { "\($0.theme) \($0.found)/\($0.labelled) right \($0.right)/\($0.linked)" }
        #expect(
            rows == [
                "etnisch-profileren 2/2 right 2/2", "vluchtelingenverdrag 7/9 right 7/7",
                "internationaal-strafhof 6/8 right 6/6", "demonstratierecht 3/3 right 3/3",
                "eerlijk-proces 2/3 right 2/2",
            ])
        // Missed: deporting Syrians ("uitzettingsproces",
        // a context word), two motions against Israel whose words name no court or law, and the Raad van State's
        // appointments. (The "internationale gerechtshoven", whose plural's stem is not the singular term's, are a term
        // since 2026-12-05.) Of the 59 added later that day, measured once on arrival: a study of discrimination in
        // random and risk-based checks (its dictum cut off), children in emergency reception named without an asylum
        // word, and legal oversight of Israel's army in words of no court or law. DUO's fraud checks ("de fraudeaanpak
        // bij DUO") are a term since 2026-12-05, added for another motion on them (a 2024 one the same day). The study
        // of discrimination in checks is found since discrimination and DUO became profiling's context words (made
        // on constructed subject lines, eval/probes/linking-subjects-3.yaml, without looking at these). One of the
        // motions against Israel is found since 2026-12-06, when the case before the Court of Justice and military
        // cooperation with Israel became phrases of the foreign-policy pledge (made on the read part of the 2024 set,
        // without looking at these).
        #expect(
            Set(evaluation.rows.flatMap(\.missed)) == [
                "kst-36800-48", "kst-36715-17", "kst-36410-VI-53", "tk:zaak:2025Z13431", "tk:zaak:2025Z16684",
            ])
        // None of the 64 motions on no theme (childcare, winter shelter for the homeless, fireworks, grassland, the
        // police's allocation, face recognition in general, football stadiums, and 48 of January and February 2023 on
        // housing, energy, education, the Kingdom …) is linked at the evidence line, to any pledge.
        #expect(evaluation.unrelated == 64)
        #expect(evaluation.unrelatedLinkedAnywhere == [])
        #expect(evaluation.ambiguous == 14)
        // Stance, labelled by hand from the dictums towards the one pledge each bears on most directly (the file's
        // header); the linker reads it from the dictum. Far from the labels: 9 of the 13 that ask for or against
        // their pledge are read right (since 2026-12-05 the two demonstration motions added that day, a language ban
        // at demonstrations and face recognition at disruptive actions, and the independence of the international
        // courts, a phrase of the foreign-policy pledge in the plural; one more with the readings of stopping,
        // keeping and setting up, made on constructed dictums without looking at these; one more since 2026-12-06,
        // the motion found that day), 1 has no link to the labelled pledge at all; 4 of the 6 that only touch it
        // (since the third stop of 2026-12-05 DUO's apology letter: its fraud checks are a phrase of the pledge,
        // whose "aanpak" is no hint).
        let directed = evaluation.directedStances
        #expect(directed.count == 13)
        #expect(directed.filter(\.right).count == 9)
        #expect(directed.filter { $0.found == nil }.count == 1)
        let mentions = evaluation.stances.filter { $0.label.value == .mentions }
        #expect(mentions.count == 6)
        #expect(mentions.filter(\.right).count == 4)
    }

    /// What a later set with a `split` measures: per part, its theme rows ("theme found/labelled right
    /// right/linked"), its motions on no theme, and how many of those are linked at the evidence line to any pledge.
    struct SplitSet: Sendable, CustomTestStringConvertible {
        let file: String
        let count: Int
        let tune: (rows: [String], unrelated: Int, linked: Int)
        let test: (rows: [String], unrelated: Int, linked: Int)
        var testDescription: String { file }
    }

    static let splitSets = [
        // 202 motions of 2024–2025 (with the first set's 103 in one file). Subject lines only. Measured on arrival,
        // before any change made for them: 16 of 27 themed found of the first 43 (at 84adc9d), 92 of 125 of the other
        // 159 (at e6f4c61). The `tune` part's misses were read and the ledger given their words (Dublin claimants,
        // voluntary return, Judea and Samaria, the Wet Mulder …); the `test` part's never were: 52 of 67 when first
        // measured, and so through that stop; 53 since the terms for people displaced from Ukraine, made for the read
        // part of the next set; 54 since the commission on legal aid's fees (commissie-Van der Meer), made for it too;
        // 55 since discrimination and DUO are profiling's context words (made on constructed subject lines); 56 with
        // the vocabulary of the stop that ended at 9a61c8f; 57 since the war in Gaza names international justice by two
        // of its words together (made on the 2024 set's read part).
        SplitSet(
            file: "later-motions.yaml", count: 305,
            tune: (
                [
                    "etnisch-profileren 3/3 right 3/3", "vluchtelingenverdrag 43/43 right 43/44",
                    "internationaal-strafhof 23/25 right 23/25", "demonstratierecht 5/5 right 5/5",
                    "eerlijk-proces 9/9 right 9/9",
                ], 22, 3
            ),
            test: (
                [
                    "etnisch-profileren 2/2 right 2/2", "vluchtelingenverdrag 31/32 right 31/32",
                    "internationaal-strafhof 15/20 right 15/16", "demonstratierecht 2/5 right 2/2",
                    "eerlijk-proces 7/8 right 7/7",
                ], 4, 1
            )),
        // 268 motions of December 2023 – 2025, most of 2024. Subject lines only, labelled more widely than the other
        // sets: humanitarian aid in Gaza and Sudan, arms for Israel and the recognition of a Palestinian state as
        // international justice (the ledger puts aid under its own theme, humanitair-recht), DUO's risk indicators as
        // profiling, objection and appeal in administrative law as fair trial. Measured on arrival, before any change
        // made for them (at cd6ef0d): asylum 20/25 and 11/20. Since then people displaced from Ukraine (five of the
        // read part's misses) are asylum's terms; the never-read part moved with them. Fair trial's read part 3 -> 5
        // of 9: "het recht op een vergissing" as motions write the right to err, and the first reminder without cost;
        // 6 of 9 with the commission on legal aid's fees. The never-read part's profiling 0 -> 2 of 4 with
        // discrimination and DUO as context words (made on constructed subject lines). International justice's read part
        // 20 -> 29 of 37, the never-read part 6 -> 9 of 22, with the war in Gaza as the Court of Justice's provisional
        // measures address it (two of "Gaza", "Rafah", "Israël", "humanitair", "wapens" together).
        SplitSet(
            file: "later-motions-2024.yaml", count: 268,
            tune: (
                [
                    "etnisch-profileren 1/3 right 1/1", "vluchtelingenverdrag 24/25 right 24/25",
                    "internationaal-strafhof 29/37 right 29/29", "demonstratierecht 2/2 right 2/2",
                    "eerlijk-proces 6/9 right 6/6",
                ], 44, 1
            ),
            test: (
                [
                    "etnisch-profileren 2/4 right 2/2", "vluchtelingenverdrag 17/20 right 17/19",
                    "internationaal-strafhof 9/22 right 9/10", "demonstratierecht 1/4 right 1/1",
                    "eerlijk-proces 2/4 right 2/2",
                ], 54, 3
            )),
        // 86 motions of the debates of 2024–2025 where demonstration rights came up. Subject lines (one dictum).
        // Measured on arrival (at 4cfd88b): every motion on demonstration rights found, 6 of 6 read and 14 of 14 never
        // read; fair trial is missed where a subject line names the rule of law in general (the legal-aid network of
        // "sociaal-juridische problematiek" is a term since, 0 -> 1 of 3 read).
        SplitSet(
            file: "later-motions-debates.yaml", count: 86,
            tune: (
                [
                    "etnisch-profileren 1/1 right 1/1", "vluchtelingenverdrag 2/3 right 2/3",
                    "internationaal-strafhof 0/0 right 0/0", "demonstratierecht 6/6 right 6/6",
                    "eerlijk-proces 1/3 right 1/1",
                ], 25, 0
            ),
            test: (
                [
                    "etnisch-profileren 0/0 right 0/1", "vluchtelingenverdrag 1/2 right 1/2",
                    "internationaal-strafhof 0/0 right 0/0", "demonstratierecht 14/14 right 14/14",
                    "eerlijk-proces 3/7 right 3/3",
                ], 25, 1
            )),
        // 142 more voted motions of 2024–2025 (the file the 202 came from, read whole): few on the themes (most were
        // already labelled), 82 random, 21 traps. Measured on arrival (at 9a61c8f and at 77fd221 alike).
        SplitSet(
            file: "later-motions-2025.yaml", count: 142,
            tune: (
                [
                    "etnisch-profileren 0/1 right 0/0", "vluchtelingenverdrag 4/4 right 4/6",
                    "internationaal-strafhof 2/4 right 2/2", "demonstratierecht 1/1 right 1/1",
                    "eerlijk-proces 0/0 right 0/1",
                ], 51, 4
            ),
            test: (
                [
                    "etnisch-profileren 0/0 right 0/0", "vluchtelingenverdrag 4/7 right 4/4",
                    "internationaal-strafhof 2/2 right 2/2", "demonstratierecht 0/0 right 0/0",
                    "eerlijk-proces 0/1 right 0/0",
                ], 52, 0
            )),
    ]

    @Test(
        "Theme recall and precision on the later sets of 2024–2025: the part read after measuring, and the part never read",
        arguments: splitSets)
    func measuredSplits(_ set: SplitSet) throws {
        let ledger = try LedgerLoader.load(workspace: Fixtures.root)
        let all = try DictumMotion.load(Fixtures.tests.appendingPathComponent("linking/\(set.file)"))
        #expect(all.count == set.count)
        for (split, expected) in [("tune", set.tune), ("test", set.test)] {
            let measured = Self.rows(of: all.filter { $0.split == split }, ledger: ledger)
            #expect(measured.rows == expected.rows, "\(split)")
            #expect(measured.unrelated == expected.unrelated && measured.linked == expected.linked, "\(split)")
        }
    }

    /// One split's theme rows ("theme found/labelled right right/linked"), its motions on no theme, and how many of
    /// those are linked at the evidence line to any pledge.
    static func rows(of motions: [DictumMotion], ledger: Ledger) -> (rows: [String], unrelated: Int, linked: Int) {
        let links = Dictionary(grouping: Linker(ledger: ledger).links(for: motions.map(\.deed)), by: \.deed)
        let evaluation = MotionEvaluation(
            motions: motions.map(\.labelled), links: links, ledger: ledger, themes: Theme.required)
        return (
            evaluation.rows.map { "\($0.theme) \($0.found)/\($0.labelled) right \($0.right)/\($0.linked)" },
            evaluation.unrelated, evaluation.unrelatedLinkedAnywhere.count
        )
    }
}
