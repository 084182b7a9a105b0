import Foundation
import TestSupport
import Testing

/// `tracker letter`: the sections of a Dutch briefing letter on real deeds, footnotes to every deed and source,
/// a footer that names its inputs, and clear errors.
@Suite("Briefing letters", .serialized)
struct LetterCLITests {
    static let arguments = [
        "letter", "--to", "tweede-kamer", "--theme", "etnisch-profileren", "--since", "2025-06-01", "--as-of",
        "2026-06-30",
    ]

    /// The `[^n]` references of a Markdown letter and its footnote definitions, by number.
    static func footnotes(_ text: String) -> (references: Set<Int>, definitions: [Int: String]) {
        var references: Set<Int> = []
        var definitions: [Int: String] = [:]
        for line in text.split(separator: "\n") {
            if let match = line.wholeMatch(of: /\[\^(\d+)\]: (.*)/) {
                definitions[Int(match.1)!] = String(match.2)
            } else {
                for match in line.matches(of: /\[\^(\d+)\]/) { references.insert(Int(match.1)!) }
            }
        }
        return (references, definitions)
    }

    @Test("A letter to the Kamer on one theme: the four sections, each deed and claim footnoted, the footer's inputs")
    func sections() throws {
        // The snapshot, with its run scored as of the letter's day (the footer names only a run of that day).
        let db = TrackerProcess.temporaryDatabase()
        #expect(
            try TrackerProcess.tracker([
                "update", "--mirror", TrackerProcess.mirror, "--db", db, "--as-of", "2026-06-30",
            ])
            .status == 0)
        let result = try TrackerProcess.tracker(Self.arguments + ["--db", db])
        #expect(result.status == 0)
        let text = result.stdout
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        #expect(lines.first == "# Woorden en daden: etnisch profileren en discriminerende risicoprofilering")
        #expect(lines.contains("Geachte leden van de Tweede Kamer,"))
        #expect(
            lines.filter { $0.hasPrefix("#") } == [
                "# Woorden en daden: etnisch profileren en discriminerende risicoprofilering",
                "## Etnisch profileren en discriminerende risicoprofilering", "### Wat is beloofd", "### Wat is gedaan",
                "### Ons oordeel", "### Onze oproep",
            ])
        #expect(
            lines.contains(
                "- De coalitie van PVV, VVD, NSC en BBB, 16 mei 2024 (weergave: Vereniging van Griffiers): “voorwaarden worden gesteld aan het gebruik van artificiële intelligentie”[^1]"
            ))
        // Only the deeds since 1 June 2025: the letter of 19 June and the motion of 1 October, not the March motion.
        #expect(
            lines.filter { $0.hasPrefix("- **") } == [
                "- **19 juni 2025**, brief, Kamerstuk 30950, nr. 458 (zaak 2025Z12826): “Kabinetsreactie Toetsingskader risicoprofilering 2025”[^2]. Deze daad steunt de belofte “voorwaarden worden gesteld aan het gebruik van artificiële intelligentie”.",
                "- **1 oktober 2025**, motie, Kamerstuk 31477, nr. 117: “Motie van het lid Ergin over bewerkstelligen dat banken, toezichthouders en andere handhavende instanties het toetsingskader risicoprofilering toepassen”[^3]. Een uitkomst is in onze gegevens nog niet bekend. Deze daad steunt de belofte “voorwaarden worden gesteld aan het gebruik van artificiële intelligentie”.",
            ])
        #expect(!text.contains("kst-30950-440"))
        #expect(
            lines.contains(
                "Bij de andere belofte over etnisch profileren en discriminerende risicoprofilering die wij volgen, zijn sinds 1 juni 2025 geen daden bekend."
            ))
        #expect(
            lines.contains {
                $0.hasPrefix(
                    "- “voorwaarden worden gesteld aan het gebruik van artificiële intelligentie”: vastgelopen; voortgang 5 van 100; rechteneffect +0,05. Deze belofte bevordert de mensenrechten. "
                )
            })
        // Our judgement names whose standard it measures by, and ends its sentence.
        #expect(
            lines.contains {
                $0.contains("Wij toetsen haar aan de norm van Amnesty International Nederland: “") && $0.hasSuffix("].")
            })
        // Our ask quotes the standard and says whose words they are.
        #expect(lines.contains("Wij vragen u het kabinet te houden aan wat deze norm vraagt:"))
        #expect(
            lines.contains {
                $0.hasPrefix(
                    "- Amnesty International Nederland: “Inspanning om discriminatie door de Nederlandse overheid")
            })
        #expect(lines.contains("Hoogachtend,"))
        // Every reference has its note and every note is referred to; deeds point at their official document.
        let (references, definitions) = Self.footnotes(text)
        #expect(references == Set(1...5))
        #expect(Set(definitions.keys) == references)
        #expect(
            definitions[2]
                == "Kamerstuk 30950, nr. 458 (zaak 2025Z12826), 19 juni 2025: “Kabinetsreactie Toetsingskader risicoprofilering 2025”. De koppeling aan de belofte is door tracker gelezen (zekerheid 0,73) en nog niet door een analist beoordeeld. <https://zoek.officielebekendmakingen.nl/kst-30950-458.html>"
        )
        // No analyst has confirmed a link yet: the letter says so in each deed's note, and tracker on standard error.
        #expect(
            result.stderr
                == TrackerProcess.missingDeedWarning
                + "let op: alle 2 koppelingen in deze brief zijn nog niet door een analist beoordeeld (de voetnoot van elke daad zegt welke); beoordeel ze met tracker review list --theme etnisch-profileren --since 2025-06-01 en tracker review confirm|reject\n"
        )
        #expect(
            definitions[1]?.hasPrefix("Vereniging van Griffiers, “Relevante Hoofdlijnen uit het Hoofdlijnenakkoord")
                == true)
        #expect(definitions[4]?.contains("(Commitments/national/hoofdlijnenakkoord-2024.yaml)") == true)
        // The footer names the inputs: the run update recorded, the rubric and the ledger's hash.
        let runs = try TrackerProcess.json(try TrackerProcess.tracker(["runs", "--db", db, "--format", "json"]).stdout)
        let ledger = try #require(runs.first?["ledger_hash"] as? String)
        let footer = try #require(lines.last { !$0.isEmpty })
        #expect(footer.hasPrefix("*Gemaakt met tracker, stand per 30 juni 2026, run 1; rubric 1.0 (SHA-256 "))
        #expect(footer.contains("; register \(ledger); daden \(runs.first?["deeds_hash"] as! String);"))
        #expect(footer.hasSuffix("`tracker \(Self.arguments.joined(separator: " ")) --format md` dezelfde brief.*"))
        // The same request gives the same letter, byte for byte.
        #expect(try TrackerProcess.tracker(Self.arguments + ["--db", db]).stdout == text)
        // As of another day the letter names no run: run 1 scored 30 June 2026, not the day the letter stands on.
        let earlier = try TrackerProcess.tracker(Array(Self.arguments.dropLast()) + ["2026-05-31", "--db", db]).stdout
        #expect(
            earlier.split(separator: "\n").last?.hasPrefix(
                "*Gemaakt met tracker, stand per 31 mei 2026 (niet vastgelegd als run); rubric 1.0") == true)
    }

    @Test("A title with Markdown or HTML in it stands in a Markdown letter as text: no link, no tag, no footnote")
    func markupInTitles() throws {
        // DERIVED: the real motion of Ergin (kst-31477-117) with a title written to be read as markup.
        let original = try String(
            contentsOf: TrackerProcess.root.appendingPathComponent(
                "Scrapers/mirror/officielebekendmakingen/kst-31477-117.xml"), encoding: .utf8)
        let crafted = original.replacingOccurrences(
            of: "content=\"Motie van het lid Ergin over bewerkstelligen",
            with:
                "content=\"Motie van het lid Ergin [^1] [klik](javascript:alert(1)) &lt;img src=x onerror=alert(2)&gt; *over* bewerkstelligen"
        )
        #expect(crafted != original)
        let file = TrackerProcess.temporaryFolder().appendingPathComponent("kst-31477-117.xml")
        try crafted.write(to: file, atomically: true, encoding: .utf8)
        let db = TrackerProcess.temporaryDatabase()
        #expect(try TrackerProcess.tracker(["ingest", "--db", db, file.path]).status == 0)
        let letter = try TrackerProcess.tracker(Self.arguments + ["--db", db]).stdout
        #expect(
            letter.contains(
                "“Motie van het lid Ergin \\[^1\\] \\[klik\\](javascript:alert(1)) \\<img src=x onerror=alert(2)\\> \\*over\\* bewerkstelligen"
            ))
        #expect(!letter.contains("[klik](javascript"))
        #expect(!letter.replacingOccurrences(of: "\\<img", with: "").contains("<img"))
    }

    @Test("A link an analyst confirmed says who and when in its deed's note; the others say no analyst has yet")
    func reviewedLinks() throws {
        let (_, _, tracker) = try TrackerProcess.workspaceWithDatabase()
        #expect(try tracker(["update", "--mirror", TrackerProcess.mirror]).status == 0)
        #expect(
            try tracker([
                "review", "confirm", "hla-voorwaarden-aan-kunstmatige-intelligentie", "kst-30950-458", "--by",
                "Test Analist", "--on", "2026-12-03",
            ]).status == 0)
        // The copy holds the ledger, not the templates.
        let letter = Self.arguments + ["--templates", TrackerProcess.workspace + "/Templates"]
        let result = try tracker(letter)
        #expect(result.status == 0)
        let (_, definitions) = Self.footnotes(result.stdout)
        #expect(
            definitions[2]
                == "Kamerstuk 30950, nr. 458 (zaak 2025Z12826), 19 juni 2025: “Kabinetsreactie Toetsingskader risicoprofilering 2025”. De koppeling aan de belofte is bevestigd door Test Analist op 3 december 2026. <https://zoek.officielebekendmakingen.nl/kst-30950-458.html>"
        )
        #expect(
            definitions[3]?.contains(
                "De koppeling aan de belofte is door tracker gelezen (zekerheid 0,73) en nog niet door een analist beoordeeld."
            ) == true)
        #expect(
            result.stderr.hasPrefix(
                TrackerProcess.missingDeedWarning
                    + "let op: 1 van de 2 koppelingen in deze brief is nog niet door een analist beoordeeld (de voetnoot van elke daad zegt welke); beoordeel haar met "
            ))
        // Quiet: the letter alone, and what the scores may lack.
        #expect(try tracker(letter + ["--quiet"]).stderr == TrackerProcess.missingDeedWarning)
    }

    @Test("A motion titled by its members alone is quoted by its dictum; a title that says what it is about is enough")
    func subjectlessMotion() throws {
        let db = try ScoringCLITests.snapshot()
        let arguments = Self.arguments.map { $0 == "2025-06-01" ? "2025-03-01" : $0 }
        let result = try TrackerProcess.tracker(arguments + ["--db", db])
        #expect(result.status == 0)
        let deeds = result.stdout.split(separator: "\n").map(String.init).filter { $0.hasPrefix("- **") }
        // The Kamerstuk motion's title names its members only (Scrapers/mirror/officielebekendmakingen/kst-30950-440).
        #expect(
            deeds.first
                == "- **19 maart 2025**, motie, Kamerstuk 30950, nr. 440: “Motie van het lid Bamenga c.s.”[^2] Het dictum: “verzoekt de regering het toetsingskader voor risicoprofilering van het College voor de Rechten van de Mens integraal te implementeren bij alle overheidsinstanties die risicoprofilering toepassen”. Een uitkomst is in onze gegevens nog niet bekend. Deze daad steunt de belofte “voorwaarden worden gesteld aan het gebruik van artificiële intelligentie”."
        )
        #expect(deeds.count == 3)
        #expect(deeds.filter { $0.contains("Het dictum:") }.count == 1)
    }

    @Test("A theme without news still quotes, judges and asks about its pledges; a council gets its own pledges")
    func quiet() throws {
        let db = try ScoringCLITests.snapshot()
        let quiet = try TrackerProcess.tracker([
            "letter", "--to", "tweede-kamer", "--theme", "demonstratierecht", "--since", "2026-01-01", "--as-of",
            "2026-06-30", "--db", db,
        ])
        #expect(quiet.status == 0)
        let lines = quiet.stdout.split(separator: "\n").map(String.init)
        let heading = try #require(lines.firstIndex(of: "## Demonstratierecht en surveillance van protest"))
        // What was promised and our judgement of it stand, with their notes; what was done is one sentence.
        #expect(
            lines.filter { $0.hasPrefix("### ") } == [
                "### Wat is beloofd", "### Wat is gedaan", "### Ons oordeel", "### Onze oproep",
            ])
        let done = try #require(lines.firstIndex(of: "### Wat is gedaan"))
        #expect(done > heading)
        #expect(lines[done + 1] == "Bij deze belofte zijn sinds 1 januari 2026 geen daden bekend.")
        // Words known from Amnesty's letter only, not checked against the agreement: the letter says whose they are.
        #expect(
            lines[heading + 2].hasPrefix(
                "- De coalitie van D66, VVD en CDA, 30 januari 2026 (weergave: Amnesty International Nederland): “"))
        #expect(quiet.stdout.contains("[^1]: "))

        let council = try TrackerProcess.tracker([
            "letter", "--to", "gemeente:den-helder", "--as-of", "2026-06-30", "--db", db,
        ])
        #expect(council.status == 0)
        let text = council.stdout
        #expect(text.contains("Geachte leden van de gemeenteraad van Den Helder,"))
        #expect(
            text.contains(
                "de beloften van het gemeentebestuur van Den Helder over asiel en het VN-Vluchtelingenverdrag"))
        #expect(text.contains("\nBij deze belofte zijn tot nu toe geen daden bekend.\n"))
        #expect(
            text.contains(
                "- Het college van Den Helder, 7 november 2022 (weergave: Regio Noordkop): “Wij zijn niet voornemens"))
        #expect(!text.contains("Tweede Kamer"))
    }

    @Test(
        "A paraphrase stands without quotation marks and says so; a standard's note does not say it quotes the agreement"
    )
    func paraphrases() throws {
        // The shipped ledger: the test workspace's has no paraphrase.
        let db = TrackerProcess.temporaryDatabase()
        let shipped = ["--db", db, "--workspace", TrackerProcess.root.path]
        #expect(try TrackerProcess.run(["update", "--mirror", TrackerProcess.mirror] + shipped).status == 0)
        let letter = try TrackerProcess.run(
            [
                "letter", "--to", "tweede-kamer", "--theme", "vluchtelingenverdrag", "--since", "2026-01-01", "--as-of",
                "2026-06-30",
            ] + shipped)
        #expect(letter.status == 0)
        let lines = letter.stdout.split(separator: "\n").map(String.init)
        // The transit hub: Amnesty's description of the plan (quotation: paraphrase), not the agreement's words.
        let promise = try #require(lines.first { $0.contains("transithub in Oeganda wordt on hold gezet") })
        #expect(
            promise.hasPrefix(
                "- De coalitie van D66, VVD en CDA, 30 januari 2026 (weergave: Amnesty International Nederland), zakelijk weergegeven: Het plan voor een transithub in Oeganda wordt on hold gezet, maar niet van tafel gehaald.[^"
            ))
        #expect(
            lines.contains {
                $0.hasPrefix(
                    "- Het plan voor een transithub in Oeganda wordt on hold gezet, maar niet van tafel gehaald (zakelijk weergegeven): "
                )
            })
        #expect(!letter.stdout.contains("(in de woorden van de bron)"))
        // An agreement's pledge is the coalition parties', the regeerprogramma's the cabinet's: in a letter written
        // while that cabinet was in office (since 23 February 2026, its pledges are not the next cabinet's to keep).
        let before = try TrackerProcess.run(
            ["letter", "--to", "tweede-kamer", "--theme", "vluchtelingenverdrag", "--as-of", "2025-12-31"] + shipped)
        let schoof = before.stdout.split(separator: "\n").map(String.init)
        #expect(
            schoof.contains {
                $0.hasPrefix(
                    "- De coalitie van PVV, VVD, NSC en BBB, 16 mei 2024 (weergave: NH Nieuws): “Nederland moet")
            })
        #expect(
            schoof.contains {
                $0.hasPrefix(
                    "- Het kabinet (PVV, VVD, NSC en BBB), 13 september 2024 (weergave: Hart van Nederland): “het verbod op nareis"
                )
            })
        // explain says it too.
        let explained = try TrackerProcess.run(
            ["explain", "transithub-oeganda-on-hold", "--as-of", "2026-06-30"] + shipped,
            environment: ["COLUMNS": "400"])
        #expect(
            explained.stdout.contains(
                "Belofte (2026-01-30, kabinet: D66, VVD, CDA, zakelijk weergegeven): Het plan voor een transithub"))
        // A paraphrase named in a deed's sentence has no quotation marks either.
        let council = try TrackerProcess.run(
            ["letter", "--to", "gemeente:amsterdam", "--as-of", "2026-06-30"] + shipped)
        #expect(
            council.stdout.contains(
                "Deze daad raakt aan de belofte De politie zal geen mensen oppakken in de opvangcentra voor uitgeprocedeerde asielzoekers (zakelijk weergegeven)."
            ))
        // A standard paraphrased is asked as such; one quoted keeps its quotation marks.
        #expect(
            lines.contains {
                $0.hasPrefix(
                    "- Amnesty International Nederland, zakelijk weergegeven: Asielopvang voldoet aan de minimale kwaliteitseisen"
                )
            })
        let ask = try #require(
            lines.first {
                $0.hasPrefix("- Amnesty International Nederland: “Het plan voor een transithub in Oeganda moet daarom")
            })
        // Its note names Amnesty's letter only: the words are Amnesty's own, not quoted from the agreement.
        let number = try #require(ask.firstMatch(of: /\[\^(\d+)\]$/)?.1)
        let note = try #require(lines.first { $0.hasPrefix("[^\(number)]: ") })
        #expect(
            note
                == "[^\(number)]: Amnesty International Nederland, “Brief aan de Tweede Kamer: het coalitieakkoord van D66, VVD en CDA getoetst aan de mensenrechten”, Het recht op asiel in Nederland en Europa."
        )
    }

    @Test("The HTML letter: escaped text, a heading per theme, every note reference pointing at its note")
    func html() throws {
        let db = try ScoringCLITests.snapshot()
        let result = try TrackerProcess.tracker(Self.arguments + ["--db", db, "--format", "html"])
        #expect(result.status == 0)
        let html = result.stdout
        #expect(html.hasPrefix("<!DOCTYPE html>\n<html lang=\"nl\">"))
        #expect(html.contains("<h2>Etnisch profileren en discriminerende risicoprofilering</h2>"))
        // Printed (Chromium --print-to-pdf): A4, numbered pages.
        #expect(html.contains("@page {\n  size: A4;"))
        #expect(html.contains("content: \"pagina \" counter(page) \" van \" counter(pages);"))
        // The command that shows a judgement again is code, not prose.
        #expect(
            html.contains(
                "<code class=\"opdracht\"><span>tracker</span> <span>explain</span> <span>hla-voorwaarden-aan-kunstmatige-intelligentie</span> <span>--as-of</span> <span>2026-06-30</span></code>.</li>"
            ))
        let references = Set(html.matches(of: /href="#noot-(\d+)"/).map { Int($0.1)! })
        let notes = Set(html.matches(of: /<li id="noot-(\d+)">/).map { Int($0.1)! })
        #expect(references == Set(1...5))
        #expect(notes == references)
        #expect(html.contains("<a href=\"https://zoek.officielebekendmakingen.nl/kst-31477-117.html\">"))
        // The quotes of the pledge's source are text, not markup.
        #expect(html.contains("“Hoofdlijnenakkoord 2024–2028 van PVV, VVD, NSC en BBB &#39;Hoop, lef en trots&#39;”"))
    }

    @Test("Unknown recipients, themes and broken templates are errors that say what was expected")
    func errors() throws {
        let db = try ScoringCLITests.snapshot()
        let committee = try TrackerProcess.tracker(["letter", "--to", "commissie:justitie", "--db", db])
        #expect(committee.status == 1)
        #expect(
            committee.stderr.hasPrefix(
                "error: unknown committee 'justitie' (did you mean 'commissie:justitie-en-veiligheid'?); the committees are: "
            ))
        let municipality = try TrackerProcess.tracker(["letter", "--to", "gemeente:denhelder", "--db", db])
        #expect(municipality.status == 1)
        #expect(
            municipality.stderr
                == "error: unknown municipality 'denhelder' (did you mean 'gemeente:den-helder'?); the ledger's municipalities are: den-helder\n"
        )
        let form = try TrackerProcess.tracker(["letter", "--to", "kamer", "--db", db])
        #expect(form.status == 1)
        #expect(
            form.stderr
                == "error: unknown recipient 'kamer'; expected tweede-kamer, commissie:NAME or gemeente:ID (did you mean 'tweede-kamer'?)\n"
        )
        let theme = try TrackerProcess.tracker(["letter", "--to", "tweede-kamer", "--theme", "asiel", "--db", db])
        #expect(theme.status == 1)
        #expect(theme.stderr.hasPrefix("error: unknown theme 'asiel'"))
        // A theme none of the recipient's pledges is on: no letter about nothing (Den Helder's one pledge is on asylum).
        let empty = try TrackerProcess.tracker([
            "letter", "--to", "gemeente:den-helder", "--theme", "demonstratierecht", "--db", db,
        ])
        #expect(empty.status == 1)
        #expect(
            empty.stderr
                == "error: no pledge on theme 'demonstratierecht' is one gemeente:den-helder holds to account; expected one of its themes: vluchtelingenverdrag\n"
        )
        #expect(empty.stdout.isEmpty)
        // Nor by default: a committee whose themes no national pledge is on, a day before the first pledge.
        for (arguments, message) in [
            (
                ["--to", "commissie:volksgezondheid-welzijn-en-sport"],
                "error: no national pledge is on the themes of commissie:volksgezondheid-welzijn-en-sport (psychisch-geweld); expected --theme with a theme of the ledger's national pledges, or another committee\n"
            ),
            (
                ["--to", "tweede-kamer", "--as-of", "2020-01-01"],
                "error: no pledge tweede-kamer holds to account was made by --as-of 2020-01-01; the first was made on 2024-05-16\n"
            ),
            (
                ["--to", "gemeente:den-helder", "--theme", "vluchtelingenverdrag", "--as-of", "2010-01-01"],
                "error: no pledge on theme 'vluchtelingenverdrag' that gemeente:den-helder holds to account was made by --as-of 2010-01-01; the first was made on 2022-11-07\n"
            ),
        ] {
            let letter = try TrackerProcess.tracker(["letter"] + arguments + ["--db", db])
            #expect(letter.status == 1, "\(arguments)")
            #expect(letter.stderr == message)
            #expect(letter.stdout.isEmpty)
        }

        let folder = TrackerProcess.temporaryFolder()
        try FileManager.default.copyItem(
            at: URL(fileURLWithPath: TrackerProcess.workspace).appendingPathComponent("Templates"),
            to: folder.appendingPathComponent("Templates"))
        let template = folder.appendingPathComponent("Templates/thema.md.mustache")
        let broken = try String(contentsOf: template, encoding: .utf8).replacingOccurrences(
            of: "{{/promises}}", with: "{{/promise}}")
        try broken.write(to: template, atomically: true, encoding: .utf8)
        let parse = try TrackerProcess.tracker([
            "letter", "--to", "tweede-kamer", "--db", db, "--templates",
            folder.appendingPathComponent("Templates").path,
        ])
        #expect(parse.status == 1)
        #expect(parse.stderr.hasPrefix("error: \(template.path):"))
        #expect(parse.stderr.contains(": the template does not parse (sectionCloseNameIncorrect)"))
        let none = try TrackerProcess.tracker([
            "letter", "--to", "tweede-kamer", "--db", db, "--templates", folder.path,
        ])
        #expect(none.status == 1)
        #expect(none.stderr.hasPrefix("error: no template letter.md.mustache in \(folder.path)"))
    }
}

extension LetterCLITests {
    @Test("A note is printed once: pledges quoted from the same section of one source share its number")
    func notesOnce() throws {
        let db = try ScoringCLITests.snapshot()
        let result = try TrackerProcess.tracker(["letter", "--to", "tweede-kamer", "--as-of", "2026-06-30", "--db", db])
        #expect(result.status == 0)
        let (references, definitions) = Self.footnotes(result.stdout)
        #expect(Set(definitions.keys) == references)
        #expect(Set(definitions.values).count == definitions.count)
        #expect(definitions.count > 5)
    }
}

/// A letter holds the government in office to its own pledges: those of a term ended by the letter's day are left out
/// and said to be, with their end state.
@Suite("Letters and the end of a term", .serialized)
struct LetterTermCLITests {
    /// The test workspace with the cabinet-Schoof's term of the shipped rubric (it ended on 23 February 2026), its
    /// database read from the snapshot by an update with each of `runs`' options (default: one, as of today);
    /// `more` adds terms (test-only ones, for days the ledger has no term for).
    /// `ends` moves the term's end (a test-only day) and `verdict` gives the pledge of the two-status system an
    /// analyst's verdict (YAML lines under the pledge).
    static func workspace(
        more: String = "", runs: [[String]] = [[]], ends: String = "2026-02-23", verdict: String? = nil
    ) throws -> ([String]) throws -> TrackerProcess.Result {
        let (workspace, _, tracker) = try TrackerProcess.workspaceWithDatabase()
        if let verdict {
            let file = workspace.appendingPathComponent("Commitments/national/hoofdlijnenakkoord-2024.yaml")
            let text = try String(contentsOf: file, encoding: .utf8)
            let anchor = "    text: Eén van deze maatregelen is de invoering van een tweestatusstelsel.\n"
            #expect(text.contains(anchor))
            try text.replacingOccurrences(of: anchor, with: anchor + verdict).write(
                to: file, atomically: true, encoding: .utf8)
        }
        let rubric = workspace.appendingPathComponent("Commitments/rubric.yaml")
        let text = try String(contentsOf: rubric, encoding: .utf8)
        let terms =
            "  terms:\n    - {id: kabinet-schoof, actor: kabinet, parties: [PVV, VVD, NSC, BBB], ends: \(ends)}\n"
        #expect(text.contains("  terms: []\n"))
        try text.replacingOccurrences(of: "  terms: []\n", with: terms + more).write(
            to: rubric, atomically: true, encoding: .utf8)
        for options in runs {
            #expect(try tracker(["update", "--mirror", TrackerProcess.mirror, "--quiet"] + options).status == 0)
        }
        return tracker
    }

    @Test("After the term: the successor's pledges only, one sentence on the ended term's; during it: the term's own")
    func endedTerm() throws {
        let tracker = try Self.workspace()
        let after = try tracker(["letter", "--to", "tweede-kamer", "--as-of", "2026-06-30", "--quiet"])
        #expect(after.status == 0)
        let lines = after.stdout.split(separator: "\n").map(String.init)
        // The test ledger's three pledges of PVV, VVD, NSC and BBB (2024) are on asylum and profiling.
        #expect(!after.stdout.contains("De coalitie van PVV, VVD, NSC en BBB"))
        // Its six of D66, VVD and CDA (2026), one on two themes and so quoted twice.
        #expect(lines.filter { $0.hasPrefix("- De coalitie van D66, VVD en CDA, 30 januari 2026") }.count == 7)
        #expect(
            lines.contains {
                $0.hasPrefix("Wij volgen 6 beloften over deze thema's.")
                    && $0.hasSuffix(
                        " De 3 beloften van PVV, VVD, NSC en BBB over deze thema's laten wij hier buiten beschouwing: de termijn van hun kabinet eindigde op 23 februari 2026. Hun stand nu: 3 gebroken.[^1]"
                    )
            })
        let (_, definitions) = LetterCLITests.footnotes(after.stdout)
        #expect(
            definitions[1]
                == "De stand van elke belofte, ook van eerdere kabinetten, met de daden die meetellen: `tracker scorecard --as-of 2026-06-30`."
        )
        #expect(!after.stdout.contains("**19 juni 2025**"))
        // One pledge left out is said in the singular; a theme asked twice is one section.
        let theme = ["letter", "--to", "tweede-kamer", "--theme", "etnisch-profileren", "--as-of", "2026-06-30"]
        let once = try tracker(theme)
        #expect(
            once.stdout.contains(
                " De belofte van PVV, VVD, NSC en BBB over dit thema laten wij hier buiten beschouwing: de termijn van hun kabinet eindigde op 23 februari 2026. Haar stand nu: gebroken.[^1]"
            ))
        #expect(try tracker(theme + ["--theme", "etnisch-profileren"]).stdout == once.stdout)

        // On the term's last day the letter holds the cabinet to its pledges, with their deeds, and to the next
        // coalition's, made by then.
        let during = try tracker(["letter", "--to", "tweede-kamer", "--as-of", "2026-02-22", "--quiet"])
        #expect(during.status == 0)
        #expect(during.stdout.contains("- De coalitie van PVV, VVD, NSC en BBB, 16 mei 2024"))
        #expect(during.stdout.contains("**19 juni 2025**"))
        #expect(!during.stdout.contains("buiten beschouwing"))
        // Its opening names both governments' parties: the coalition of 2026 is not the cabinet yet.
        #expect(
            during.stdout.contains(
                "In deze brief leggen wij de beloften van PVV, VVD, NSC en BBB en van D66, VVD en CDA over vijf thema's, "
            ))
        #expect(after.stdout.contains("In deze brief leggen wij de beloften van het kabinet over vijf thema's, "))

        // A theme on which every pledge made by the day is of an ended term: no letter about nothing, and the day
        // that gives one. The second term is the test's own: the ledger has no end for the D66, VVD and CDA cabinet.
        let later = try Self.workspace(
            more: "    - {id: kabinet-test, actor: kabinet, parties: [D66, VVD, CDA], ends: 2026-05-01}\n")
        for (arguments, message) in [
            (
                ["--to", "tweede-kamer", "--theme", "eerlijk-proces"],
                "error: no pledge on theme 'eerlijk-proces' that tweede-kamer holds to account on --as-of 2026-06-30: those made by then are of a term that had ended (kabinet-test, 2026-05-01); expected --as-of before a term's end for a letter on its pledges\n"
            ),
            (
                ["--to", "tweede-kamer"],
                "error: no pledge tweede-kamer holds to account on --as-of 2026-06-30: those made by then are of terms that had ended (kabinet-schoof, 2026-02-23; kabinet-test, 2026-05-01); expected --as-of before a term's end for a letter on its pledges\n"
            ),
            // A committee's letter, on its themes.
            (
                ["--to", "commissie:digitale-zaken"],
                "error: no pledge on the themes of commissie:digitale-zaken (etnisch-profileren) is one it holds to account on --as-of 2026-06-30: those made by then are of terms that had ended (kabinet-schoof, 2026-02-23; kabinet-test, 2026-05-01); expected --as-of before a term's end for a letter on its pledges\n"
            ),
        ] {
            let letter = try later(["letter", "--as-of", "2026-06-30"] + arguments)
            #expect(letter.status == 1, "\(arguments)")
            #expect(letter.stderr == message)
            #expect(letter.stdout.isEmpty)
        }
        // Between a term's end and the next pledge, the letter on the next government lies ahead (a test-only end).
        let early = try Self.workspace(ends: "2026-01-15")
        let gap = try early([
            "letter", "--to", "tweede-kamer", "--theme", "etnisch-profileren", "--as-of", "2026-01-20",
        ])
        #expect(gap.status == 1)
        #expect(
            gap.stderr
                == "error: no pledge on theme 'etnisch-profileren' that tweede-kamer holds to account on --as-of 2026-01-20: those made by then are of a term that had ended (kabinet-schoof, 2026-01-15); expected --as-of before a term's end for a letter on its pledges, or from 2026-01-30 on, when the next pledge was made\n"
        )
        // publish writes no letter to the Kamer then; the council's stays.
        let folder = TrackerProcess.temporaryFolder().appendingPathComponent("site")
        #expect(try later(["publish", "--as-of", "2026-06-30", "--out", folder.path, "--quiet"]).status == 0)
        #expect(
            try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasPrefix("brief-") }.sorted()
                == ["brief-gemeente-den-helder.html", "brief-gemeente-den-helder.md"])
    }
}
