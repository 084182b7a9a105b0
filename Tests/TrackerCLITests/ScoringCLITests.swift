import Foundation
import TestSupport
import Testing

/// Scoring from the command line: runs recorded by the commands that change scores, `diff`, `explain`,
/// `timeline`, byte-identical JSON from the same inputs, and the report at the terminal's width.
@Suite("Scoring over time, end to end", .serialized)
struct ScoringCLITests {
    static let vlosLetters =
        "Scrapers/mirror/tweedekamer/vlos/vlos_be33e3cf-31ba-42ad-803b-a7d6404d3b0c_b5130467-a6c2-4f83-99c3-65ec778e5a24.xml"
    static let pledge = "hla-voorwaarden-aan-kunstmatige-intelligentie"

    /// A database with the whole snapshot, updated once.
    static func snapshot() throws -> String {
        let db = TrackerProcess.temporaryDatabase()
        let update = try TrackerProcess.tracker(["update", "--mirror", TrackerProcess.mirror, "--db", db])
        #expect(update.status == 0)
        return db
    }

    @Test("Ingesting a real government letter moves a pledge, and diff names the letter and the rule")
    func ingestMovesPledge() throws {
        let db = TrackerProcess.temporaryDatabase()
        // The motion on the toetsingskader (Bamenga, 19 March 2025) supports the pledge: evidence, no points yet.
        let motion = try TrackerProcess.tracker([
            "ingest", "--db", db, "Scrapers/mirror/officielebekendmakingen/kst-30950-440.xml",
        ])
        #expect(motion.status == 0)
        #expect(motion.stdout.contains("scores: run 1 recorded (rubric 1.0, as of "))
        let one = try TrackerProcess.tracker(["diff", "--db", db])
        #expect(one.status == 1)
        #expect(one.stderr.hasPrefix("error: only one run is recorded in \(db); diff compares two"))
        // The committee's list of 3 July 2025 brings the cabinet's response to the toetsingskader (19 June 2025).
        let letters = try TrackerProcess.tracker(["ingest", "--db", db, Self.vlosLetters])
        #expect(letters.status == 0)
        #expect(letters.stdout.contains("scores: run 2 recorded (rubric 1.0, as of "))
        #expect(letters.stdout.contains("changed since run 1 (tracker diff)"))

        let changes = try TrackerProcess.json(
            try TrackerProcess.tracker(["diff", "--db", db, "--format", "json"]).stdout)
        let change = try #require(changes.first { $0["pledge"] as? String == Self.pledge })
        #expect((change["from_run"] as? Int, change["to_run"] as? Int) == (1, 2))
        #expect((change["before"] as? [String: Any])?["progress"] as? Int == 0)
        #expect((change["after"] as? [String: Any])?["progress"] as? Int == 5)
        #expect((change["after"] as? [String: Any])?["rights_effect"] as? Double == 0.05)
        let causes = try #require(change["causes"] as? [[String: Any]])
        #expect(causes.map { $0["deed"] as? String } == ["kst-30950-458"])
        #expect(causes.first?["kind"] as? String == "deed")
        #expect((causes.first?["after"] as? [String: Any])?["rule"] as? String == "brief-kondigt-aan-steunt")
        #expect(causes.first?["title"] as? String == "Kabinetsreactie Toetsingskader risicoprofilering 2025")

        let text = try TrackerProcess.tracker(["diff", "1", "2", "--db", db]).stdout
        #expect(text.contains("Verschil tussen run 1 ("))
        #expect(text.contains("Invoer: register ongewijzigd; rubric 1.0 ongewijzigd; daden gewijzigd;"))
        #expect(text.contains("\n\(Self.pledge)\n"))
        #expect(text.contains("voortgang 0 → 5; rechteneffect +0,00 → +0,05"))
        #expect(
            text.contains(
                "  door: kst-30950-458 “Kabinetsreactie Toetsingskader risicoprofilering 2025”\n    telt nu mee: +5 volgens brief-kondigt-aan-steunt\n"
            ))
        let runs = try TrackerProcess.json(try TrackerProcess.tracker(["runs", "--db", db, "--format", "json"]).stdout)
        #expect(runs.map { $0["command"] as? String } == ["ingest", "ingest"])
        #expect(
            Set(runs[0].keys) == [
                "id", "time", "command", "as_of", "rubric", "rubric_hash", "ledger_hash", "deeds_hash", "code_version",
            ])
        #expect(runs[0]["ledger_hash"] as? String == runs[1]["ledger_hash"] as? String)
        #expect(runs[0]["deeds_hash"] as? String != runs[1]["deeds_hash"] as? String)
        // The terminal names the rubric's file by its hash too (an edit without a new version shows), in 80 columns.
        let table = try TrackerProcess.tracker(["runs", "--db", db], environment: ["COLUMNS": "80"]).stdout
        let lines = table.split(separator: "\n")
        #expect(lines.first == "RUN  TIJD (UTC)        OPDRACHT  STAND PER   RUBRIC        REGISTER  DADEN")
        let rubricHash = try #require(runs[1]["rubric_hash"] as? String)
        let deedsHash = try #require(runs[1]["deeds_hash"] as? String)
        #expect(lines.count == 3)
        let asOf = try #require(runs[1]["as_of"] as? String)
        #expect(lines.last?.hasPrefix("2    ") == true)
        #expect(lines.last?.contains("  ingest    \(asOf)  1.0 \(rubricHash.prefix(8))  ") == true)
        #expect(lines.last?.hasSuffix("  \(deedsHash.prefix(8))") == true)
        #expect(lines.allSatisfy { $0.count <= 80 })
    }

    @Test("The same inputs give byte-identical JSON: two databases, and the same one asked twice")
    func byteIdentical() throws {
        let first = try Self.snapshot(), second = try Self.snapshot()
        let commands: [[String]] = [
            ["scorecard", "--as-of", "2026-06-30", "--format", "json"],
            ["scorecard", "--as-of", "2026-06-30", "--by", "theme", "--format", "json"],
            ["explain", Self.pledge, "--as-of", "2026-06-30", "--format", "json"],
            ["timeline", "--until", "2026-06-30", "--format", "json"],
            ["timeline", "--until", "2026-06-30", "--format", "csv"],
        ]
        for command in commands {
            let one = try TrackerProcess.tracker(command + ["--db", first])
            let two = try TrackerProcess.tracker(command + ["--db", second])
            let again = try TrackerProcess.tracker(command + ["--db", first])
            #expect(one.status == 0, "\(command)")
            #expect(!one.stdout.isEmpty)
            #expect(Data(one.stdout.utf8) == Data(two.stdout.utf8), "\(command)")
            #expect(Data(one.stdout.utf8) == Data(again.stdout.utf8), "\(command)")
        }
    }

    @Test("No pledge is in progress on deeds dated before it: each as of its own date, test and shipped ledger")
    func nothingBeforeThePledge() throws {
        let db = try Self.snapshot()
        for workspace in [TrackerProcess.workspace, TrackerProcess.root.path] {
            let pledges = try TrackerProcess.json(
                try TrackerProcess.run(["pledges", "--workspace", workspace, "--format", "json"]).stdout)
            let dates = Dictionary(grouping: pledges, by: { $0["date"] as! String })
            #expect(!dates.isEmpty)
            for (date, onDate) in dates {
                let rows = try TrackerProcess.json(
                    try TrackerProcess.run([
                        "scorecard", "--workspace", workspace, "--db", db, "--as-of", date, "--format", "json",
                    ]).stdout)
                for pledge in onDate.map({ $0["id"] as! String }) {
                    let row = try #require(rows.first { $0["pledge"] as? String == pledge })
                    #expect(row["status"] as? String == "not-rated", "\(pledge) as of \(date)")
                    #expect((row["deeds"] as? [String])?.isEmpty == true, "\(pledge) as of \(date)")
                }
            }
        }
    }

    @Test("Scorecard rows keep the documented keys and add prior record, reason, consistency and run")
    func scorecardKeys() throws {
        let db = try Self.snapshot()
        let rows = try TrackerProcess.json(
            try TrackerProcess.tracker(["scorecard", "--db", db, "--format", "json"]).stdout)
        let row = try #require(rows.first { $0["pledge"] as? String == Self.pledge })
        #expect(
            Set(row.keys) == [
                "pledge", "themes", "status", "progress", "rights_effect", "links", "deeds", "prior_record", "reason",
                "consistency", "run", "as_of", "rubric", "rights_direction", "actor", "parties", "text", "quotation",
                "source", "standard", "counted_deeds", "prior_deeds", "pledge_date", "later",
            ])
        #expect(row["pledge_date"] as? String == "2024-05-16" && row["later"] as? Bool == false)
        // Scored as of today, from the inputs of the run update just recorded.
        #expect(row["run"] as? Int == 1)
        let consistency = try #require(row["consistency"] as? [[String: Any]])
        #expect(consistency.map { $0["party"] as? String } == ["PVV", "VVD", "NSC", "BBB"])
        #expect(consistency.allSatisfy { $0["votes"] as? Int == 0 })
        let earlier = try TrackerProcess.json(
            try TrackerProcess.tracker(["scorecard", "--db", db, "--as-of", "2025-12-31", "--format", "json"]).stdout)
        #expect(earlier.allSatisfy { $0["run"] is NSNull })
    }

    @Test("explain lists every linked deed with its standing and the rule that applied")
    func explain() throws {
        let db = try Self.snapshot()
        let view = try #require(
            try JSONSerialization.jsonObject(
                with: Data(
                    try TrackerProcess.tracker([
                        "explain", Self.pledge, "--as-of", "2025-12-31", "--db", db, "--format", "json",
                    ]).stdout.utf8)) as? [String: Any])
        #expect((view["status"] as? String, view["progress"] as? Int) == ("in-progress", 5))
        let deeds = try #require(view["deeds"] as? [[String: Any]])
        #expect(
            deeds.map { "\($0["deed"]!) \($0["standing"]!) \($0["rule"] as? String ?? "-") \($0["points"]!)" } == [
                "kst-30950-440 counted motie-ingediend 0", "kst-30950-458 counted brief-kondigt-aan-steunt 5",
                "kst-31477-117 counted motie-ingediend 0", "kst-29628-1271 below-evidence - 0",
                "kst-26643-1350 below-evidence - 0", "kst-31477-119 below-evidence - 0",
            ])
        let text = try TrackerProcess.tracker(["explain", Self.pledge, "--as-of", "2025-12-31", "--db", db]).stdout
        #expect(text.hasPrefix("Toelichting op \(Self.pledge), stand per\n2025-12-31 (rubric 1.0)\n"))
        #expect(text.contains("Uitkomst: in uitvoering; voortgang 5; rechteneffect +0,05."))
        // Each deed by its kind in Dutch, as the other reports name it.
        #expect(text.contains("  2025-06-19 kst-30950-458 (brief): Kabinetsreactie Toetsingskader"))
        #expect(text.contains("  2025-10-01 kst-31477-117 (motie): Motie van het lid Ergin over"))
        let unknown = try TrackerProcess.tracker(["explain", "hla-voorwaarden", "--db", db])
        #expect(unknown.status == 1)
        #expect(unknown.stderr.hasPrefix("error: unknown pledge 'hla-voorwaarden'"))
    }

    @Test("timeline gives a month per row from the pledge's date, as a table, JSON or CSV")
    func timeline() throws {
        let db = try Self.snapshot()
        let arguments = ["timeline", "--pledge", Self.pledge, "--until", "2025-07-15", "--db", db]
        let points = try TrackerProcess.json(try TrackerProcess.tracker(arguments + ["--format", "json"]).stdout)
        #expect(points.count == 15)  // May 2024 to July 2025
        #expect(points.map { $0["progress"] as! Int }.suffix(5) == [0, 0, 0, 5, 5])
        #expect(points.last?["as_of"] as? String == "2025-07-15")
        let csv = try TrackerProcess.tracker(arguments + ["--format", "csv"]).stdout.split(separator: "\n")
        #expect(csv.first == "pledge,month,as_of,status,reason,progress,rights_effect,counted,new_deeds")
        #expect(csv[14] == "\(Self.pledge),2025-06,2025-06-30,in-progress,,5,0.05,2,kst-30950-458")
        let table = try TrackerProcess.tracker(arguments).stdout
        #expect(table.contains("  2025-06  2025-06-30  in uitvoering             5   +0,05      2  kst-30950-458\n"))
        let theme = try TrackerProcess.json(
            try TrackerProcess.tracker([
                "timeline", "--theme", "etnisch-profileren", "--until", "2026-02-15", "--db", db, "--format", "json",
            ]).stdout)
        #expect(Set(theme.map { $0["pledge"] as! String }) == [Self.pledge, "etnisch-profileren-aanpakken"])
    }

    @Test("The terminal scorecard fits 80 columns, uses more when there are more, and its counts agree with its rows")
    func width() throws {
        let db = try Self.snapshot()
        let narrow = try TrackerProcess.tracker(
            ["scorecard", "--db", db, "--as-of", "2025-12-31"], environment: ["COLUMNS": "80"])
        let lines = narrow.stdout.split(separator: "\n", omittingEmptySubsequences: false)
        for line in lines where line.count > 80 {
            // Only a word longer than a line may stand out, alone after its indentation.
            #expect(!line.trimmingCharacters(in: .whitespaces).contains(" "), "\(line)")
        }
        let wide = try TrackerProcess.tracker(
            ["scorecard", "--db", db, "--as-of", "2025-12-31"], environment: ["COLUMNS": "160"])
        #expect(wide.stdout.split(separator: "\n").contains { $0.count > 80 })
        #expect(wide.stdout.split(separator: "\n").allSatisfy { $0.count <= 160 })
        // Of the 10 pledges, 6 were made on 30 January 2026: listed under their themes, counted in no figure.
        #expect(
            lines.contains("Beloften: 4 (3 nog niet in gang, 1 in uitvoering). Na deze dag gedaan en hier")
                && lines.contains("niet meegeteld: 6 beloften. Een belofte op meer thema's staat onder elk van die"))
        #expect(lines.filter { $0 == "  na deze dag beloofd, op 30 januari 2026: nog geen stand" }.count == 7)
        #expect(
            lines.contains("Door een analist bevestigd: 0 van de 4 meegetelde koppelingen; ze zijn alle door")
                && lines.contains("tracker gelezen en nog niet beoordeeld. Beoordelen: tracker review list."))
        // A pledge's heading is its id alone on a line; there are as many as the header says.
        let ids = Set(
            try TrackerProcess.json(try TrackerProcess.tracker(["pledges", "--format", "json"]).stdout).map {
                $0["id"] as! String
            })
        #expect(lines.filter { ids.contains(String($0)) }.count == 11)
        #expect(lines.contains("thema's: 11 keer hieronder."))
    }

    @Test(
        "An amended motion takes the place of the one it replaces: the original counts until the amended one's day, then not"
    )
    func amendedMotion() throws {
        let folder = TrackerProcess.temporaryFolder()
        let amended = folder.appendingPathComponent("kst-36704-84.xml")
        try Data(Fixtures.amendedMotion().utf8).write(to: amended)
        // The shipped ledger, whose pledge on the strictest admission rules both motions support (0.96).
        let workspace = folder.appendingPathComponent("w")
        for part in ["Commitments", "Scrapers", "Templates"] {
            try FileManager.default.copyItem(
                at: TrackerProcess.root.appendingPathComponent(part), to: workspace.appendingPathComponent(part))
        }
        let options = ["--workspace", workspace.path]
        let pledge = "hla-strengste-toelatingsregels-van-europa"
        let ingested = try TrackerProcess.run(
            [
                "ingest", TrackerProcess.root.path + "/Scrapers/mirror/officielebekendmakingen/kst-36704-73.xml",
                amended.path,
            ]
                + options)
        #expect(ingested.status == 0)
        func counted(asOf: String) throws -> [String] {
            let explained = try TrackerProcess.run(
                ["explain", pledge, "--as-of", asOf, "--format", "json"] + options)
            let object = try #require(
                try JSONSerialization.jsonObject(with: Data(explained.stdout.utf8)) as? [String: Any])
            let deeds = try #require(object["deeds"] as? [[String: Any]])
            return deeds.compactMap { deed in
                (deed["deed"] as? String).map {
                    "\($0) \(deed["date"] as? String ?? "-") \(deed["standing"] as? String ?? "-")"
                }
            }.sorted()
        }
        #expect(try counted(asOf: "2025-06-30") == ["kst-36704-73 2025-06-26 counted"])
        #expect(try counted(asOf: "2025-07-01") == ["kst-36704-84 2025-07-01 counted"])
        #expect(try counted(asOf: "2025-12-01") == ["kst-36704-84 2025-07-01 counted"])
        // A link an analyst confirmed stays as the analyst decided it: the replaced motion still counts.
        let confirmed = try TrackerProcess.run(
            ["review", "confirm", pledge, "kst-36704-73", "--by", "A. Analist", "--on", "2026-12-01"] + options)
        #expect(confirmed.status == 0)
        #expect(
            try counted(asOf: "2025-12-01") == [
                "kst-36704-73 2025-06-26 counted", "kst-36704-84 2025-07-01 counted",
            ])
    }
}
