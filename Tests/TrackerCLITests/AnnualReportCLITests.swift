import Foundation
import TestSupport
import Testing

/// `tracker annual-report`: a municipality's human-rights report over a year, on the shipped ledger and the offline
/// snapshot's real council documents.
@Suite("tracker annual-report", .serialized)
struct AnnualReportCLITests {
    /// The shipped ledger's workspace with the offline snapshot read into a database of its own.
    static func demo() throws -> [String] {
        let db = TrackerProcess.temporaryDatabase()
        let update = try TrackerProcess.run([
            "update", "--offline", "--quiet", "--workspace", TrackerProcess.root.path, "--db", db,
        ])
        #expect(update.status == 0)
        return ["--workspace", TrackerProcess.root.path, "--db", db]
    }

    @Test(
        "Middelburg's report over 2023: each pledge's standing on 1 January and 31 December, the year's council decision, the letter's sections"
    )
    func middelburg2023() throws {
        let options = try Self.demo()
        let report = try TrackerProcess.run(
            ["annual-report", "--municipality", "middelburg", "--year", "2023"] + options)
        #expect(report.status == 0)
        let text = report.stdout
        #expect(text.hasPrefix("# Mensenrechten in Middelburg: jaarverslag 2023\n\n*31 december 2023*\n\n"))
        #expect(
            text.contains(
                "Wij volgen 5 beloften van het gemeentebestuur en partijen in de gemeenteraad van Middelburg. In deze periode is 1 daad bekend die erop betrekking heeft; bij 1 belofte veranderde de stand."
            ))
        // The PvdA's pledge moved: the college's decision of 14 November 2023 on the azc supports it.
        #expect(
            text.contains(
                "| “We zijn een stad van mensenrechten en moeten niet kijken naar andere gemeenten, laten we …” | De PvdA in Middelburg | nog niet in gang (0) | in uitvoering (0) (veranderd) | 1 |\n"
            ))
        #expect(
            text.contains(
                "| “Middelburg zal ook in redelijkheid moeten bijdragen aan de opvang van vluchtelingen en …” | De VVD in Middelburg | nog niet in gang (0) | nog niet in gang (0) | 1 |\n"
            ))
        // The PvdA's pledge is on two themes (vluchtelingenverdrag, mensenrechtenstad), and the report has a section
        // for each: the summary has a table for each too, with the pledge in both, and counts it once as moved.
        let summary = try #require(
            text.components(separatedBy: "## Het jaar in het kort\n").last?
                .components(separatedBy: "\n## ").first)
        #expect(
            summary.contains(
                "**Mensenrechtenstad en lokaal mensenrechtenbeleid**\n\n| Belofte | Van wie | Stand op 1 januari 2023 | Stand op 31 december 2023 | Daden |\n|---|---|---|---|---|\n| “We zijn een stad van mensenrechten en moeten niet kijken naar andere gemeenten, laten we …” | De PvdA in Middelburg | nog niet in gang (0) | in uitvoering (0) (veranderd) | 1 |\n\n"
            ))
        #expect(summary.components(separatedBy: "| De PvdA in Middelburg |").count - 1 == 2)
        #expect(text.contains("\n## Mensenrechtenstad en lokaal mensenrechtenbeleid\n"))
        // A deed's note starts as a sentence does.
        #expect(text.contains("\n[^5]: Gemeente Middelburg, 14 november 2023: “Het college van burgemeester"))
        // The year's deeds, in the letter's words, and nothing from before 2023.
        #expect(
            text.contains(
                "- **14 november 2023**, besluit, gemeente Middelburg: “Het college van burgemeester en wethouders heeft op dinsdag 14 november de Cleene Hooge, aan de kant van de Europalaan, definitief aangewezen als nieuwe locatie voor een azc.”[^5] "
            ))
        #expect(text.components(separatedBy: "\n- **").count - 1 == 2)
        #expect(!text.contains("Het jaar loopt nog"))
        #expect(
            text.hasSuffix(
                "Met dezelfde invoer geeft `tracker annual-report --municipality middelburg --year 2023 --format md` hetzelfde verslag.*\n"
            ))
        #expect(
            report.stderr
                == "let op: alle 4 koppelingen in dit verslag zijn nog niet door een analist beoordeeld (de voetnoot van elke daad zegt welke); beoordeel ze met tracker review list --since 2023-01-01 en tracker review confirm|reject\n"
        )
        // The same inputs give the same bytes.
        #expect(
            try TrackerProcess.run(["annual-report", "--municipality", "middelburg", "--year", "2023"] + options).stdout
                == text)

        // The year before: no deed, nothing moved.
        let before = try TrackerProcess.run(
            ["annual-report", "--municipality", "middelburg", "--year", "2022", "--quiet"] + options)
        #expect(before.status == 0)
        #expect(
            before.stdout.contains(
                "In deze periode zijn geen daden bekend die erop betrekking hebben; bij geen enkele belofte veranderde de stand."
            ))
        #expect(before.stderr == "")

        // HTML: one table, a row per pledge under its theme, the moved row marked.
        let page = try TrackerProcess.run(
            ["annual-report", "--municipality", "middelburg", "--year", "2023", "--format", "html"] + options)
        #expect(page.status == 0)
        #expect(page.stdout.hasPrefix("<!DOCTYPE html>\n<html lang=\"nl\">\n"))
        #expect(page.stdout.components(separatedBy: "<tr class=\"thema\">").count - 1 == 2)
        // A moved row says so in words too, not by its colour alone (lost in print and to a screen reader); the
        // PvdA's pledge is a row under each of its two themes.
        #expect(page.stdout.components(separatedBy: "<tr class=\"bewogen\">").count - 1 == 2)
        #expect(
            page.stdout.contains(
                "<tr class=\"bewogen\"><th scope=\"row\">“We zijn een stad van mensenrechten en moeten niet kijken naar andere gemeenten, laten we …”</th><td>De PvdA in Middelburg</td><td>nog niet in gang (0)</td><td>in uitvoering (0) <span class=\"teken\">(veranderd)</span></td>"
            ))
    }

    @Test("A running year is the standing so far, and its --as-of is in the command that makes it again")
    func runningYear() throws {
        let options = try Self.demo()
        let report = try TrackerProcess.run(
            ["annual-report", "--municipality", "utrecht", "--year", "2024", "--as-of", "2024-06-30", "--quiet"]
                + options)
        #expect(report.status == 0)
        #expect(report.stdout.hasPrefix("# Mensenrechten in Utrecht: jaarverslag 2024\n\n*30 juni 2024*\n\n"))
        #expect(
            report.stdout.contains(
                "van 1 januari 2024 tot en met 30 juni 2024 is gedaan, en toetst ze aan de mensenrechten. Het jaar loopt nog: dit is de stand per 30 juni 2024."
            ))
        // Of Utrecht's seven pledges, three were made by then: the two of 1 October 2024 and the two of 2025 are not
        // in it.
        #expect(
            report.stdout.contains(
                "Wij volgen 3 beloften van het gemeentebestuur en partijen in de gemeenteraad van Utrecht."))
        #expect(!report.stdout.contains("We kiezen voor opvang in plaats van overlast"))
        // A letter as of that day counts the same pledges.
        let letter = try TrackerProcess.run(
            ["letter", "--to", "gemeente:utrecht", "--as-of", "2024-06-30", "--quiet"] + options)
        #expect(letter.stdout.contains("Wij volgen 3 beloften over dit thema."))
        let whole = try TrackerProcess.run(
            ["annual-report", "--municipality", "utrecht", "--year", "2024", "--quiet"] + options)
        #expect(
            whole.stdout.contains(
                "Wij volgen 5 beloften van het gemeentebestuur en partijen in de gemeenteraad van Utrecht, waarvan er 2 dit jaar zijn gedaan."
            ))
        #expect(
            whole.stdout.contains(
                "| “We kiezen voor opvang in plaats van overlast, en we kiezen voor integratie in plaats van …” | De PvdA in Utrecht | nog niet beloofd | nog niet in gang (0) | 0 |\n"
            ))
        #expect(
            report.stdout.contains(
                "`tracker annual-report --municipality utrecht --year 2024 --as-of 2024-06-30 --format md`"))
    }

    @Test("An unknown municipality, a year not begun and a missing template are errors that say what was expected")
    func errors() throws {
        let options = try Self.demo()
        let unknown = try TrackerProcess.run(["annual-report", "--municipality", "utrech", "--year", "2024"] + options)
        #expect(unknown.status == 1)
        #expect(
            unknown.stderr
                == "error: unknown municipality 'utrech' (did you mean 'utrecht'?); the ledger's municipalities are: amsterdam, den-helder, middelburg, utrecht\n"
        )
        let future = try TrackerProcess.run(
            ["annual-report", "--municipality", "utrecht", "--year", "2027", "--as-of", "2026-12-03"] + options)
        #expect(future.status == 1)
        #expect(future.stderr == "error: --year 2027 has not begun on 2026-12-03; expected 2026 or earlier\n")
        let early = try TrackerProcess.run(["annual-report", "--municipality", "utrecht", "--year", "2022"] + options)
        #expect(early.status == 1)
        #expect(
            early.stderr
                == "error: utrecht has no pledge made by 2022-12-31 (its first is of 2023-01-19); expected a year from 2023 on\n"
        )
        // The year is right, the day is not: the as-of day comes before Utrecht's first pledge (19 January 2023).
        let beforeFirst = try TrackerProcess.run(
            ["annual-report", "--municipality", "utrecht", "--year", "2023", "--as-of", "2023-01-10"] + options)
        #expect(beforeFirst.status == 1)
        #expect(
            beforeFirst.stderr
                == "error: utrecht has no pledge made by 2023-01-10 (its first is of 2023-01-19); expected --as-of 2023-01-19 or later for a report over 2023\n"
        )
        // The form letter --to takes names the municipality too: the same report, made again by the plain id.
        let prefixed = try TrackerProcess.run(
            ["annual-report", "--municipality", "gemeente:utrecht", "--year", "2024", "--quiet"] + options)
        #expect(prefixed.status == 0)
        #expect(
            prefixed.stdout
                == (try TrackerProcess.run(
                    ["annual-report", "--municipality", "utrecht", "--year", "2024", "--quiet"] + options
                )
                .stdout))
        #expect(prefixed.stdout.contains("`tracker annual-report --municipality utrecht --year 2024 --format md`"))
        let prefixedUnknown = try TrackerProcess.run(
            ["annual-report", "--municipality", "gemeente:utrech", "--year", "2024"] + options)
        #expect(
            prefixedUnknown.stderr
                == "error: unknown municipality 'utrech' (did you mean 'utrecht'?); the ledger's municipalities are: amsterdam, den-helder, middelburg, utrecht\n"
        )
        let notAYear = try TrackerProcess.run(
            ["annual-report", "--municipality", "utrecht", "--year", "twenty"] + options)
        #expect(notAYear.status == 64)

        let templates = TrackerProcess.temporaryFolder().appendingPathComponent("Templates")
        try FileManager.default.copyItem(at: TrackerProcess.root.appendingPathComponent("Templates"), to: templates)
        try FileManager.default.removeItem(at: templates.appendingPathComponent("jaarverslag.md.mustache"))
        let missing = try TrackerProcess.run(
            ["annual-report", "--municipality", "utrecht", "--year", "2024", "--templates", templates.path] + options)
        #expect(missing.status == 1)
        #expect(
            missing.stderr
                == "error: no template jaarverslag.md.mustache in \(templates.path); expected the annual report's md template (docs/publishing.md)\n"
        )
    }
}
