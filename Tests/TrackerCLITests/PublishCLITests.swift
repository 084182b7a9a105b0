import Foundation
import TestSupport
import Testing

/// `tracker publish`: one folder of letters, feeds, scorecard and index, the same bytes from the same inputs,
/// written whole.
@Suite("The published folder", .serialized)
struct PublishCLITests {
    static func contents(_ folder: URL) throws -> [String: Data] {
        var files: [String: Data] = [:]
        for name in try FileManager.default.contentsOfDirectory(atPath: folder.path) {
            files[name] = try Data(contentsOf: folder.appendingPathComponent(name))
        }
        return files
    }

    @Test("Publishing twice gives the same bytes; the folder has every letter, feed and the scorecard")
    func deterministic() throws {
        let db = try ScoringCLITests.snapshot()
        let parent = TrackerProcess.temporaryFolder()
        let one = parent.appendingPathComponent("one"), two = parent.appendingPathComponent("two")
        for folder in [one, two] {
            let result = try TrackerProcess.tracker([
                "publish", "--db", db, "--as-of", "2026-06-30", "--out", folder.path,
            ])
            #expect(result.status == 0)
            #expect(result.stdout == "published 32 files to \(folder.path)\n")
        }
        let first = try Self.contents(one)
        #expect(first == (try Self.contents(two)))
        #expect(
            first.keys.sorted()
                == ([
                    ".tracker-publish", "brief-gemeente-den-helder.html", "brief-gemeente-den-helder.md",
                    "brief-tweede-kamer-demonstratierecht.html", "brief-tweede-kamer-demonstratierecht.md",
                    "brief-tweede-kamer-eerlijk-proces.html", "brief-tweede-kamer-eerlijk-proces.md",
                    "brief-tweede-kamer-etnisch-profileren.html", "brief-tweede-kamer-etnisch-profileren.md",
                    "brief-tweede-kamer-internationaal-strafhof.html", "brief-tweede-kamer-internationaal-strafhof.md",
                    "brief-tweede-kamer-vluchtelingenverdrag.html", "brief-tweede-kamer-vluchtelingenverdrag.md",
                    "brief-tweede-kamer.html", "brief-tweede-kamer.md", "feed-demonstratierecht.json",
                    "feed-etnisch-profileren.json", "feed-internationaal-strafhof.json",
                    "feed-vluchtelingenverdrag.json",
                    "feed-eerlijk-proces.json", "feed.json", "index.html", "scorecard.csv", "scorecard.html",
                    "scorecard.json",
                ]
                + (2022...2025).flatMap {
                    ["jaarverslag-gemeente-den-helder-\($0).md", "jaarverslag-gemeente-den-helder-\($0).html"]
                }).sorted())
        // The files are what the single commands give.
        let letter = try TrackerProcess.tracker([
            "letter", "--to", "tweede-kamer", "--theme", "etnisch-profileren", "--as-of", "2026-06-30", "--db", db,
        ])
        #expect(first["brief-tweede-kamer-etnisch-profileren.md"] == Data(letter.stdout.utf8))
        let csv = try TrackerProcess.tracker(["scorecard", "--as-of", "2026-06-30", "--format", "csv", "--db", db])
        #expect(first["scorecard.csv"] == Data(csv.stdout.utf8))
        let page = try TrackerProcess.tracker(["scorecard", "--as-of", "2026-06-30", "--format", "html", "--db", db])
        #expect(first["scorecard.html"] == Data(page.stdout.utf8))
        // The council's annual reports over every whole year before the folder's day, from its first pledge (7
        // November 2022) on: a report's address stays when the next year's is added.
        let report = try TrackerProcess.tracker([
            "annual-report", "--municipality", "den-helder", "--year", "2025", "--db", db, "--quiet",
        ])
        #expect(first["jaarverslag-gemeente-den-helder-2025.md"] == Data(report.stdout.utf8))
        let index = String(decoding: first["index.html"]!, as: UTF8.self)
        #expect(index.contains("<a href=\"brief-tweede-kamer-etnisch-profileren.html\">"))
        #expect(index.contains("<a href=\"feed-vluchtelingenverdrag.json\">"))
        #expect(index.contains("<a href=\"scorecard.csv\">"))
        #expect(
            index.contains(
                "<li>Den Helder: <a href=\"jaarverslag-gemeente-den-helder-2025.html\" aria-label=\"Jaarverslag 2025 van Den Helder\">2025</a>"
            ))
        let older = try TrackerProcess.tracker([
            "annual-report", "--municipality", "den-helder", "--year", "2022", "--db", db, "--quiet",
        ])
        #expect(first["jaarverslag-gemeente-den-helder-2022.md"] == Data(older.stdout.utf8))
        // The index links every file of the folder (but itself and the marker), and nothing that is not there.
        let links = Set(index.matches(of: /href="([^"#:]+)"/).map { String($0.1) })
        #expect(links == Set(first.keys).subtracting(["index.html", ".tracker-publish"]))
        // Nothing is left beside the folders.
        #expect(try FileManager.default.contentsOfDirectory(atPath: parent.path).sorted() == ["one", "two"])
    }

    @Test(
        "Every feed in the folder is valid against the feed schema, a theme's feed holds that theme's items; the scorecard files against theirs"
    )
    func validFiles() throws {
        let db = try ScoringCLITests.snapshot()
        let site = TrackerProcess.temporaryFolder().appendingPathComponent("site")
        let result = try TrackerProcess.tracker(["publish", "--db", db, "--as-of", "2026-06-30", "--out", site.path])
        #expect(result.status == 0)
        let files = try Self.contents(site)
        let feedSchema = try JSONSchema(
            contentsOf: TrackerProcess.root.appendingPathComponent("docs/schemas/feed.schema.json"))
        let whole = try FeedCLITests.items(String(decoding: files["feed.json"]!, as: UTF8.self))
        #expect(!whole.isEmpty)
        var perTheme: Set<String> = []
        for (name, data) in files where name.hasPrefix("feed") {
            let text = String(decoding: data, as: UTF8.self)
            #expect(feedSchema.validate(try JSONValue.parse(text)) == [], "\(name)")
            guard name != "feed.json" else { continue }
            let theme = String(name.dropFirst("feed-".count).dropLast(".json".count))
            let items = try FeedCLITests.items(text)
            // A theme's feed is feed.json narrowed to the items tagged with that theme, in the same order.
            let expected = whole.filter { ($0["tags"] as? [String] ?? []).contains(theme) }
            #expect(items.map { $0["id"] as? String } == expected.map { $0["id"] as? String }, "\(name)")
            perTheme.formUnion(items.compactMap { $0["id"] as? String })
        }
        #expect(perTheme == Set(whole.compactMap { $0["id"] as? String }))

        let scorecard = String(decoding: files["scorecard.json"]!, as: UTF8.self)
        let cardSchema = try JSONSchema(
            contentsOf: TrackerProcess.root.appendingPathComponent("docs/schemas/scorecard.schema.json"))
        #expect(cardSchema.validate(try JSONValue.parse(scorecard)) == [])
        let rows = try TrackerProcess.json(scorecard)
        let records = try CSVReader.rows(String(decoding: files["scorecard.csv"]!, as: UTF8.self))
        #expect(records.map { $0["pledge"] } == rows.map { $0["pledge"] as? String })
    }

    @Test(
        "An update scored as of a given day records its run as of that day, so output as of it names the run whenever it is made"
    )
    func runAsOf() throws {
        let db = TrackerProcess.temporaryDatabase()
        let update = try TrackerProcess.tracker([
            "update", "--mirror", TrackerProcess.mirror, "--db", db, "--as-of", "2026-06-30",
        ])
        #expect(update.status == 0)
        #expect(update.stdout.contains("scores: run 1 recorded (rubric 1.0, as of 2026-06-30), the first"))
        let runs = try TrackerProcess.json(try TrackerProcess.tracker(["runs", "--db", db, "--format", "json"]).stdout)
        #expect(runs.map { $0["as_of"] as? String } == ["2026-06-30"])
        let rows = try TrackerProcess.json(
            try TrackerProcess.tracker(["scorecard", "--db", db, "--as-of", "2026-06-30", "--format", "json"]).stdout)
        #expect(!rows.isEmpty)
        #expect(rows.allSatisfy { $0["run"] as? Int == 1 })
    }

    @Test(
        "A folder publish did not write is never replaced; one it wrote is replaced whole; a killed publish leaves nothing behind"
    )
    func atomic() throws {
        let db = try ScoringCLITests.snapshot()
        let parent = TrackerProcess.temporaryFolder()
        let foreign = parent.appendingPathComponent("notes")
        try FileManager.default.createDirectory(at: foreign, withIntermediateDirectories: false)
        try "mine".write(to: foreign.appendingPathComponent("todo.txt"), atomically: true, encoding: .utf8)
        let refused = try TrackerProcess.tracker(["publish", "--db", db, "--out", foreign.path])
        #expect(refused.status == 1)
        #expect(
            refused.stderr
                == "error: \(foreign.path) exists and was not written by tracker publish (it has no .tracker-publish); expected a new or empty folder, or one publish wrote\n"
                + TrackerProcess.missingDeedWarning
        )
        #expect(try FileManager.default.contentsOfDirectory(atPath: foreign.path) == ["todo.txt"])

        let site = parent.appendingPathComponent("site")
        // What a publish killed while writing left beside the folder (its process is gone) is removed; a folder of
        // the same name without the marker is not publish's and stays.
        let killed = parent.appendingPathComponent(".site.new-99999999-0DEADBEE")
        let lookalike = parent.appendingPathComponent(".site.old-99999999-0BEEFDEA")
        for folder in [killed, lookalike] {
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: false)
        }
        try "".write(to: killed.appendingPathComponent(".tracker-publish"), atomically: true, encoding: .utf8)
        try "x".write(to: killed.appendingPathComponent("brief-tweede-k"), atomically: true, encoding: .utf8)
        try "mine".write(to: lookalike.appendingPathComponent("todo.txt"), atomically: true, encoding: .utf8)
        #expect(
            try TrackerProcess.tracker(["publish", "--db", db, "--as-of", "2025-12-31", "--out", site.path]).status == 0
        )
        try "stale".write(to: site.appendingPathComponent("stale.txt"), atomically: true, encoding: .utf8)
        #expect(
            try TrackerProcess.tracker(["publish", "--db", db, "--as-of", "2026-06-30", "--out", site.path]).status == 0
        )
        let files = try FileManager.default.contentsOfDirectory(atPath: site.path)
        #expect(!files.contains("stale.txt"))
        #expect(files.count == 33)
        #expect(
            try FileManager.default.contentsOfDirectory(atPath: parent.path).sorted() == [
                ".site.old-99999999-0BEEFDEA", "notes", "site",
            ])
        // A broken template stops publish before anything is written: the folder stays as it was.
        let workspace = try TrackerProcess.workspaceCopy()
        try "{{#themes}}".write(
            to: workspace.appendingPathComponent("Templates/letter.md.mustache"), atomically: true, encoding: .utf8)
        let before = try Self.contents(site)
        let broken = try TrackerProcess.run([
            "publish", "--workspace", workspace.path, "--db", db, "--out", site.path,
        ])
        #expect(broken.status == 1)
        #expect(broken.stderr.contains("letter.md.mustache:"))
        #expect(try Self.contents(site) == before)
    }

    @Test("A folder as of a day before the first pledges holds no letter about nothing: only what was pledged by then")
    func noLetterAboutNothing() throws {
        let db = try ScoringCLITests.snapshot()
        let folder = TrackerProcess.temporaryFolder().appendingPathComponent("site")
        // The test ledger's national pledges are of 2024 and 2026, Den Helder's of 2022.
        let result = try TrackerProcess.tracker(["publish", "--db", db, "--as-of", "2023-06-30", "--out", folder.path])
        #expect(result.status == 0)
        let names = try FileManager.default.contentsOfDirectory(atPath: folder.path)
        #expect(
            names.filter { $0.hasPrefix("brief-") }.sorted() == [
                "brief-gemeente-den-helder.html", "brief-gemeente-den-helder.md",
            ])
        for name in names where name.hasSuffix(".md") {
            let text = try String(contentsOf: folder.appendingPathComponent(name), encoding: .utf8)
            #expect(!text.contains("Wij volgen 0"), "\(name)")
        }
    }

    @Test("The scorecard page: a section per theme, a chart of the pledges that moved, a small series per pledge")
    func scorecardPage() throws {
        let db = try ScoringCLITests.snapshot()
        let result = try TrackerProcess.tracker([
            "scorecard", "--as-of", "2026-06-30", "--format", "html", "--db", db,
        ])
        #expect(result.status == 0)
        let page = result.stdout
        let sections = page.components(separatedBy: "<section class=\"thema\" id=\"").dropFirst().map {
            String($0.prefix { $0 != "\"" })
        }
        #expect(
            sections == [
                "etnisch-profileren", "vluchtelingenverdrag", "internationaal-strafhof", "demonstratierecht",
                "eerlijk-proces",
            ])
        // How much of what counts an analyst confirmed: nothing yet in the snapshot.
        #expect(
            page.contains(
                "tot en met die dag. Door een analist bevestigd: 0 van de 4 meegetelde koppelingen; ze zijn alle door tracker gelezen en nog niet beoordeeld.</p>"
            ))
        // One pledge moved by then: the kabinetsreactie of 19 June 2025 (kst-30950-458) brings the pledge of
        // 16 May 2024 on artificial intelligence to 5, drawn from June 2025 (month 13 of 26) to the end.
        let lines = page.components(separatedBy: "<path class=\"lijn\" d=\"").dropFirst().map {
            String($0.prefix { $0 != "\"" })
        }
        #expect(lines == ["M36 190H343.8V181.1H628"])
        // Each theme's table is named and each row by its pledge (WCAG 1.3.1).
        #expect(page.contains("<caption>De beloften over Etnisch profileren"))
        #expect(
            page.contains("<th scope=\"row\"><span class=\"id\">hla-voorwaarden-aan-kunstmatige-intelligentie</span>"))
        // In words, for a reader who does not see the lines: each value from the month it took it (WCAG 1.1.1).
        #expect(
            page.contains(
                "<title>hla-voorwaarden-aan-kunstmatige-intelligentie: voortgang 0 vanaf mei 2024, 5 vanaf juni 2025</title>"
            ))
        #expect(
            page.contains(
                "aria-label=\"Voortgang per belofte per maand, van mei 2024 tot en met juni 2026: hla-voorwaarden-aan-kunstmatige-intelligentie 0 vanaf mei 2024, 5 vanaf juni 2025.\""
            ))
        #expect(
            page.contains(
                "aria-label=\"Voortgang tot 30 juni 2026: 0 vanaf mei 2024, 5 vanaf juni 2025\" xmlns=\"http://www.w3.org/2000/svg\"><line class=\"basis\" x1=\"2\" x2=\"94\" y1=\"20\" y2=\"20\"/><path d=\"M2 20H49.8V19.1H94\"/>"
            ))
        // Themes where nothing moved say so instead of drawing flat lines.
        #expect(
            page.components(separatedBy: "Nog geen voortgang: geen belofte op dit thema heeft een meegetelde daad")
                .count - 1 == 4)
        // Every pledge has its row under each of its themes (10 pledges, one on two themes); the footer names
        // what the page was made from.
        let pledges = try TrackerProcess.json(try TrackerProcess.tracker(["pledges", "--format", "json"]).stdout)
        let rows = pledges.map { ($0["themes"] as? [String] ?? []).count }.reduce(0, +)
        #expect(pledges.count == 10 && rows == 11)
        #expect(page.components(separatedBy: "<span class=\"id\">").count - 1 == rows)
        #expect(page.contains("<span class=\"status stalled\">vastgelopen</span>"))
        #expect(page.contains("; rubric 1.0 (SHA-256 <code>"))
        let byTheme = try TrackerProcess.tracker(["scorecard", "--format", "html", "--by", "theme", "--db", db])
        #expect(byTheme.status == 64)
        #expect(byTheme.stderr.contains("--format html gives one row per pledge; --by theme has table and json"))
    }
}
