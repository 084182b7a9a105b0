import Foundation
import TestSupport
import Testing

/// What the scorecard shows of a day before some pledges were made, of one theme, and of the deeds no pledge fits.
@Suite("Scorecard reports: later pledges, one theme, rights alerts on the page")
struct ScorecardReportCLITests {
    @Test("As of a day before six pledges were made, the rows say so and no figure counts them")
    func laterPledges() throws {
        let db = try ScoringCLITests.snapshot()
        let arguments = ["scorecard", "--db", db, "--as-of", "2025-12-31"]
        let rows = try TrackerProcess.json(try TrackerProcess.tracker(arguments + ["--format", "json"]).stdout)
        let later = rows.filter { $0["later"] as? Bool == true }
        #expect(later.count == 6)
        #expect(Set(later.map { $0["pledge_date"] as? String }) == ["2026-01-30"])
        #expect(
            later.allSatisfy { $0["status"] as? String == "not-rated" && ($0["deeds"] as? [String])?.isEmpty == true })
        // A theme whose pledges were all made later has no mean progress: null, not 0.
        let themes = try TrackerProcess.json(
            try TrackerProcess.tracker(arguments + ["--by", "theme", "--format", "json"]).stdout)
        let progress = Dictionary(uniqueKeysWithValues: themes.map { ($0["theme"] as! String, $0["progress"]!) })
        #expect(progress["etnisch-profileren"] as? Int == 5)
        #expect(progress["vluchtelingenverdrag"] as? Int == 0)
        #expect(progress["internationaal-strafhof"] is NSNull && progress["eerlijk-proces"] is NSNull)
        // The page: the summary counts the four made by then; a later pledge's badge names its day.
        let page = try TrackerProcess.tracker(arguments + ["--format", "html"]).stdout
        #expect(
            page.contains(
                "<p>Stand per 31 december 2025. 4 beloften: 3 nog niet in gang, 1 in uitvoering. Na deze dag gedaan en hier niet meegeteld: 6 beloften. "
            ))
        #expect(
            page.components(separatedBy: "<span class=\"status later\">na deze dag beloofd, op 30 januari 2026</span>")
                .count - 1 == 7)
    }

    @Test("--theme keeps one theme's pledges and figures in every format; an unknown theme is an error")
    func oneTheme() throws {
        let db = try ScoringCLITests.snapshot()
        let arguments = ["scorecard", "--db", db, "--as-of", "2025-12-31", "--theme", "etnisch-profileren"]
        let table = try TrackerProcess.tracker(arguments, environment: ["COLUMNS": "80"])
        #expect(table.status == 0)
        let lines = table.stdout.split(separator: "\n").map(String.init)
        #expect(lines.contains("Beloften: 1 (1 in uitvoering). Na deze dag gedaan en hier niet meegeteld: 1"))
        // A motion titled by its members alone says what it asks, by its dictum.
        #expect(
            lines.contains("    kst-30950-440 2025-03-19 Motie van het lid Bamenga c.s. Het dictum:")
                && lines.contains("      “verzoekt de regering het toetsingskader voor risicoprofilering van het"))
        #expect(
            lines.filter { $0.hasPrefix("== ") } == [
                "== Etnisch profileren en discriminerende risicoprofilering [etnisch-profileren]"
            ])
        let rows = try TrackerProcess.json(try TrackerProcess.tracker(arguments + ["--format", "json"]).stdout)
        #expect(
            rows.map { $0["pledge"] as? String } == [
                "hla-voorwaarden-aan-kunstmatige-intelligentie", "etnisch-profileren-aanpakken",
            ])
        let csv = try CSVReader.rows(try TrackerProcess.tracker(arguments + ["--format", "csv"]).stdout)
        #expect(csv.map { $0["pledge"] } == rows.map { $0["pledge"] as? String })
        let page = try TrackerProcess.tracker(arguments + ["--format", "html"]).stdout
        #expect(page.components(separatedBy: "<section class=\"thema\" id=\"").count - 1 == 1)
        let unknown = try TrackerProcess.tracker(["scorecard", "--db", db, "--theme", "etnisch-profileer"])
        #expect(unknown.status == 1)
        #expect(
            unknown.stderr.contains(
                "error: unknown theme 'etnisch-profileer' (did you mean 'etnisch-profileren'?); the themes are: etnisch-profileren, vluchtelingenverdrag,"
            ))
    }

    @Test("The page lists each theme's rights alerts as the terminal does, newest first, with their terms")
    func alertsOnThePage() throws {
        let db = try ScoringCLITests.snapshot()
        let arguments = ["scorecard", "--db", db, "--as-of", "2025-12-31"]
        let table = try TrackerProcess.tracker(arguments, environment: ["COLUMNS": "160"]).stdout
        #expect(
            table.contains(
                "Signalen: 3 daden op dit thema die geen belofte op het thema steunen of tegenwerken\n  kst-28684-798 2025-09-25 Motie van het lid Yesilgöz-Zegerius c.s."
            ))
        let page = try TrackerProcess.tracker(arguments + ["--format", "html"]).stdout
        let demonstration = try #require(
            page.components(separatedBy: "<section class=\"thema\" id=\"demonstratierecht\">").last?.components(
                separatedBy: "</section>"
            ).first)
        #expect(
            demonstration.contains(
                "<h3>Signalen</h3>\n<p>3 daden op dit thema die geen belofte op het thema steunen of tegenwerken:</p>"))
        let items = demonstration.components(separatedBy: "<li>").dropFirst().map {
            String($0.prefix { $0 != "<" })
        }
        #expect(
            items == [
                "25 september 2025: Motie van het lid Yesilgöz-Zegerius c.s. over nog dit jaar het verbod op gezichtsbedekkende kleding bij demonstraties naar de Kamer sturen ",
                "25 september 2025: Motie van de leden Bontenbal en Yesilgöz-Zegerius over versneld de mogelijkheden uitbreiden om in besloten social mediakanalen mee te kunnen kijken en … ",
                "25 september 2025: Motie van het lid Stoffer over bewerkstelligen dat relschoppers die het demonstratierecht misbruiken opdraaien voor de kosten voor de samenleving ",
            ])
        #expect(demonstration.contains("(kst-28684-811; termen: demonstratierecht, relschoppers)"))
        // Every theme of the card has alerts by then: five lists.
        #expect(page.components(separatedBy: "<ul class=\"signalen\">").count - 1 == 5)
    }
}

extension ScorecardReportCLITests {
    @Test("The chart's month labels: none claims a year began in May, and the last ends at its tick")
    func chartLabels() throws {
        let db = try ScoringCLITests.snapshot()
        func labels(_ day: String) throws -> [String] {
            let page = try TrackerProcess.tracker(["scorecard", "--db", db, "--as-of", day, "--format", "html"]).stdout
            return page.components(separatedBy: "<text class=\"as\" x=\"").dropFirst().compactMap { text in
                let anchor = text.components(separatedBy: "text-anchor=\"").last?.prefix { $0 != "\"" } ?? ""
                let label = text.components(separatedBy: ">").dropFirst().first?.prefix { $0 != "<" } ?? ""
                return Int(label) == nil || label.count == 4 ? "\(label) \(anchor)" : nil
            }
        }
        // From May 2024 to January 2026: quarters, the first month (May) unlabelled, January 2026 ending at its tick.
        #expect(
            try labels("2026-01-31") == [
                "jul 2024 middle", "okt 2024 middle", "jan 2025 middle", "apr 2025 middle", "jul 2025 middle",
                "okt 2025 middle", "jan 2026 end",
            ])
        // Over 31 months, years: each at its January, none at May 2024.
        #expect(try labels("2026-12-03") == ["2025 middle", "2026 middle"])
    }
}

extension ScorecardReportCLITests {
    @Test(
        "As of a day before a pledge was made, a deed that only it fits is a rights alert; the page shows no figures for it"
    )
    func beforeThePledge() throws {
        // The shipped workspace, whose ledger has the coalition agreement of 30 January 2026.
        let workspace = TrackerProcess.temporaryFolder().appendingPathComponent("w")
        for part in ["Commitments", "Scrapers", "Templates"] {
            try FileManager.default.copyItem(
                at: TrackerProcess.root.appendingPathComponent(part), to: workspace.appendingPathComponent(part))
        }
        let options = ["--workspace", workspace.path]
        #expect(try TrackerProcess.run(["update", "--offline"] + options).status == 0)
        func alerts(_ day: String) throws -> [String] {
            let themes = try TrackerProcess.json(
                try TrackerProcess.run(
                    ["scorecard", "--as-of", day, "--by", "theme", "--format", "json"] + options
                ).stdout)
            let theme = try #require(themes.first { $0["theme"] as? String == "gelijke-behandeling" })
            return (theme["alerts"] as? [[String: Any]] ?? []).compactMap { $0["deed"] as? String }
        }
        // kst-36284-59 fits a pledge of 30 January 2026 with a stance: an alert the day before, not on the day.
        #expect(try alerts("2026-01-29").contains("kst-36284-59"))
        #expect(try !alerts("2026-01-30").contains("kst-36284-59"))
        // A pledge made later has no progress or rights effect yet on the page, only its day.
        let page = try TrackerProcess.run(
            ["scorecard", "--as-of", "2026-01-29", "--format", "html", "--theme", "gelijke-behandeling"] + options
        ).stdout
        #expect(
            page.contains(
                "na deze dag beloofd, op 30 januari 2026</span></td>\n<td class=\"getal\">–</td>\n<td class=\"getal\">–<br>"
            ))
        // A theme no pledge is on says so.
        let empty = try TrackerProcess.run(["scorecard", "--theme", "psychisch-geweld"] + options)
        #expect(empty.stdout == "Geen beloften op het thema Psychisch geweld en huiselijk geweld.\n")
    }
}
