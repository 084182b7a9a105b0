import Foundation
import Synchronization
import TestSupport
import Testing

extension TrackerProcess {
    /// Runs the built binary with `input` as its standard input (a pipe, not a terminal).
    static func run(_ arguments: [String], input: String) throws -> Result {
        let process = Process()
        process.executableURL = binary
        process.arguments = arguments
        process.currentDirectoryURL = root
        let stdin = Pipe(), out = Pipe(), err = Pipe()
        process.standardInput = stdin
        process.standardOutput = out
        process.standardError = err
        try process.run()
        stdin.fileHandleForWriting.write(Data(input.utf8))
        try stdin.fileHandleForWriting.close()
        let stdout = out.fileHandleForReading.readDataToEndOfFile()
        let stderr = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return Result(
            status: process.terminationStatus, stdout: String(decoding: stdout, as: UTF8.self),
            stderr: String(decoding: stderr, as: UTF8.self))
    }

    /// Today as `YYYY-MM-DD` in UTC, the day `tracker review` records by default.
    static var today: String {
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.timeZone = TimeZone(identifier: "UTC")
        formatter.dateFormat = "yyyy-MM-dd"
        return formatter.string(from: Date())
    }

    /// Today as Dutch prose writes it: `6 december 2026`.
    static var todayInDutch: String {
        let months = [
            "januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september", "oktober",
            "november", "december",
        ]
        let parts = today.split(separator: "-").map { Int($0)! }
        return "\(parts[2]) \(months[parts[1] - 1]) \(parts[0])"
    }
}

@Suite("tracker review: the queue, decisions kept as YAML, and decisions that hold", .serialized)
struct ReviewCLITests {
    static let demonstration = "demonstratierecht-fundamenteel-onderdeel-democratie"

    /// The header `tracker review` gives a new file of `Commitments/reviews/`.
    static func header(_ pledge: String) -> String {
        """
        # Reviews of the links of pledge \(pledge): one record per decision, appended by `tracker review`
        # or by hand; a later decision on a link replaces an earlier one (docs/ledger.md, Reviews).
        reviews:

        """
    }

    @Test("diff names the analyst whose rejection or confirmation moved a score, in the terminal and in JSON")
    func diffNamesAnalyst() throws {
        let (_, options, tracker) = try TrackerProcess.workspaceWithDatabase()
        let pledge = "hla-voorwaarden-aan-kunstmatige-intelligentie"
        #expect(try tracker(["update", "--mirror", TrackerProcess.mirror]).status == 0)
        #expect(
            try tracker(["review", "reject", pledge, "kst-30950-458", "--by", "Bram Jansen", "--on", "2026-12-01"])
                .status == 0)
        #expect(try tracker(["update", "--mirror", TrackerProcess.mirror]).status == 0)
        // Wide enough for the cause to stand on one line.
        let text = try TrackerProcess.run(["diff"] + options, environment: ["COLUMNS": "400"]).stdout
        #expect(
            text.contains(
                "kst-30950-458 “Kabinetsreactie Toetsingskader risicoprofilering 2025” telt niet meer mee: verworpen door Bram Jansen (1 december 2026) (was +5 volgens brief-kondigt-aan-steunt)"
            ), "\(text)")
        let changes = try TrackerProcess.json(try tracker(["diff", "--format", "json"]).stdout)
        let causes = try #require(changes.first { $0["pledge"] as? String == pledge }?["causes"] as? [[String: Any]])
        let cause = try #require(causes.first { $0["deed"] as? String == "kst-30950-458" })
        #expect(cause["kind"] as? String == "review")
        #expect(cause["by"] as? String == "Bram Jansen")
        #expect(cause["on"] as? String == "2026-12-01")
    }

    @Test("Confirm and reject through tracker review; the decisions hold through update, relinking and rebuild")
    func decisionsHold() throws {
        let (workspace, options, tracker) = try TrackerProcess.workspaceWithDatabase()
        let linksJSON = { try TrackerProcess.json(try tracker(["links", "--format", "json"]).stdout) }
        #expect(try tracker(["update", "--mirror", TrackerProcess.mirror]).status == 0)
        let reviews = workspace.appendingPathComponent("Commitments/reviews")
        let fixture = reviews.appendingPathComponent("etnisch-profileren-aanpakken.yaml")
        let original = try String(contentsOf: fixture, encoding: .utf8)

        // The queue: links that can count first, of the pledges with the fewest evidence links, then the strongest;
        // links to deeds from before their pledge (its prior record, never counted) last.
        // Wide, so each field stands on one line; at 80 columns every line fits (a word longer than a line alone).
        let queue = try TrackerProcess.run(
            ["review", "list", "--limit", "2"] + options, environment: ["COLUMNS": "1000"])
        #expect(queue.status == 0)
        let narrow = try TrackerProcess.run(
            ["review", "list", "--limit", "2"] + options, environment: ["COLUMNS": "80"])
        #expect(
            narrow.stdout.split(separator: "\n").allSatisfy {
                $0.count <= 80 || !$0.trimmingCharacters(in: .whitespaces).contains(" ")
            })
        #expect(
            narrow.stdout.split(whereSeparator: \.isWhitespace) == queue.stdout.split(whereSeparator: \.isWhitespace))
        let lines = queue.stdout.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        #expect(
            Array(lines.prefix(2)) == [
                "Te beoordelen: 17 koppelingen met zekerheid ≥ 0,50; eerst wat kan meetellen, bij beloften met het minste bewijs, dan de sterkste koppelingen; daden van vóór hun belofte als laatste.",
                "Beslis met: tracker review confirm|reject BELOFTE DAAD [--stance …] [--note …], of tracker review --interactive.",
            ])
        #expect(
            lines.filter { $0.first?.isNumber == true } == [
                "1. rp-tweestatusstelsel-invoeren ← kst-36704-69",
                "2. hla-voorwaarden-aan-kunstmatige-intelligentie ← kst-31477-117",
            ])
        // A link to a deed from before its pledge says it does not count, and that the pledge has no evidence yet.
        let prior = try TrackerProcess.run(
            ["review", "list", "--pledge", Self.demonstration] + options, environment: ["COLUMNS": "1000"]
        ).stdout.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        #expect(
            Array(prior.dropFirst(3).prefix(12)) == [
                "1. \(Self.demonstration) ← kst-28684-811",
                "   zekerheid 0,81 · noemt · gevonden via zinsnede · bewijs voor deze belofte: 0 koppelingen",
                "   belofte: In de rechtsstaat paragraaf onderschrijven de coalitiepartijen het demonstratierecht als fundamenteel onderdeel van de democratie.",
                "   gehouden als: Kabinetsbeleid en wetgeving over demonstraties waarborgen het demonstratierecht: geen nieuwe beperkingen die niet strikt noodzakelijk en proportioneel zijn, en maatregelen die vreedzame demonstraties faciliteren en beschermen (bijvoorbeeld tegen vijandig publiek).",
                "   telt niet mee: de daad is van 2025-09-25, vóór de belofte van 2026-01-30",
                "   daad: motie, 2025-09-25",
                "   titel: Motie van het lid Stoffer over bewerkstelligen dat relschoppers die het demonstratierecht misbruiken opdraaien voor de kosten voor de samenleving",
                "   dossier: Naar een veiliger samenleving",
                "   dictum: verzoekt de regering te bewerkstelligen dat relschoppers die het demonstratierecht misbruiken zullen opdraaien voor de kosten voor de samenleving,",
                "   uitkomst: nog niet besloten",
                "   kabinet: —",
                "   stemmen: —",
            ])
        // The text score follows the term statistics of the database.
        #expect(prior[15].hasPrefix("   waarom: zinsneden: 'demonstratierecht' in de titel"))
        #expect(lines.suffix(2) == ["… en 15 meer (--limit)", ""])
        // Since a day, as a letter's --since: 7 of the 17, each of a deed of that day or later.
        let recent = try TrackerProcess.run(
            ["review", "list", "--since", "2025-09-01", "--limit", "100"] + options, environment: ["COLUMNS": "1000"]
        ).stdout.split(separator: "\n").map(String.init)
        #expect(recent.first?.hasPrefix("Te beoordelen: 7 koppelingen met zekerheid ≥ 0,50;") == true)
        #expect(
            recent.filter { $0.hasPrefix("   daad: ") }.map { String($0.suffix(10)) }.sorted() == [
                "2025-09-11", "2025-09-11", "2025-09-25", "2025-09-29", "2025-10-01", "2025-10-01", "2025-10-01",
            ])

        // Reject a link: a letter of royal decrees on running a ministry, linked through "inburgering".
        let rejected = try tracker([
            "review", "reject", "opvang-verbeteren-en-sneller-meedoen", "kst-36471-107", "--note",
            "Koninklijke besluiten over het beheer van een ministerie; geen daad over opvang.", "--by", "Test Analist",
            "--on", "2026-12-03",
        ])
        #expect(rejected.status == 0)
        #expect(
            rejected.stdout == """
                verworpen: opvang-verbeteren-en-sneller-meedoen ← kst-36471-107, vastgelegd in Commitments/reviews/opvang-verbeteren-en-sneller-meedoen.yaml
                linking: all 169 deeds linked (the reviews changed); 51 links to 9 pledges

                """)
        // Confirm a deed the linker did not link, with the analyst's stance (in Dutch, as the terminal shows it).
        let confirmed = try tracker([
            "review", "confirm", Self.demonstration, "kst-28684-797", "--stance", "werkt-tegen", "--note",
            "Politie mag undercover meekijken in besloten chatgroepen: toezicht op \"dreigende verstoringen\".",
            "--by", "Test Analist", "--on", "2026-12-03",
        ])
        #expect(confirmed.status == 0)
        #expect(
            confirmed.stdout.hasPrefix(
                "bevestigd: \(Self.demonstration) ← kst-28684-797 (houding: werkt tegen), vastgelegd in Commitments/reviews/\(Self.demonstration).yaml\nlinking: all 169 deeds linked (the reviews changed); 52 links to 9 pledges"
            ))
        // Confirm a link in the file that has comments: the record is appended, the rest stays as it was.
        #expect(
            try tracker([
                "review", "confirm", "etnisch-profileren-aanpakken", "kst-30950-458", "--by", "Test Analist", "--on",
                "2026-12-03",
            ]).status == 0)

        // The interactive walk, fed through a pipe: skip, confirm, then set stance and note and confirm.
        let walk = try TrackerProcess.run(
            [
                "review", "--interactive", "--pledge", Self.demonstration, "--min-confidence", "0.3", "--by",
                "Test Analist",
            ] + options,
            input: "o\nb\nh\nw\nn\nGezichtsherkenning en meekijken raken ook demonstranten.\nb\n")
        #expect(walk.status == 0)
        let walked = walk.stdout.split(separator: "\n").map(String.init).filter { !$0.hasPrefix("   ") }
        let prompt = "keuze [b/v/o/h/d/n/s] > "
        #expect(
            walked
                == [
                    "Beoordelen: 3 koppelingen.",
                    "Per koppeling: [b]evestigen · [v]erwerpen · [o]verslaan · [h]ouding (steunt,",
                    "werkt tegen, noemt) · [d]oorslaggevend (gehouden, deels, gebroken) · [n]otitie ·",
                    "[s]toppen.",
                    "1. \(Self.demonstration) ← kst-28684-811",
                    prompt + "o", "overgeslagen",
                    "2. \(Self.demonstration) ← kst-28684-798",
                    // Wrapped between words at the 80 columns of no terminal.
                    prompt + "b", "bevestigd, vastgelegd in", "  Commitments/reviews/\(Self.demonstration).yaml",
                    "3. \(Self.demonstration) ← kst-28684-805",
                    prompt + "h", "houding: [s]teunt · [w]erkt tegen · [n]oemt > w", "houding: werkt tegen",
                    prompt + "n", "notitie > Gezichtsherkenning en meekijken raken ook demonstranten.",
                    "notitie: Gezichtsherkenning en meekijken raken ook demonstranten.",
                    prompt + "b", "bevestigd, vastgelegd in", "  Commitments/reviews/\(Self.demonstration).yaml",
                    "2 beslissingen vastgelegd in Commitments/reviews/ (2 bevestigd, 0 verworpen)",
                    "linking: all 169 deeds linked (the reviews changed); 52 links to 9 pledges",
                ].filter { !$0.isEmpty })

        // The YAML diff is the appended records alone.
        let appended = """
              - pledge: etnisch-profileren-aanpakken
                deed: kst-30950-458
                verdict: confirmed
                by: Test Analist
                on: 2026-12-03

            """
        #expect(try String(contentsOf: fixture, encoding: .utf8) == original + appended)
        #expect(
            try String(
                contentsOf: reviews.appendingPathComponent("opvang-verbeteren-en-sneller-meedoen.yaml"), encoding: .utf8
            )
                == Self.header("opvang-verbeteren-en-sneller-meedoen") + """
                      - pledge: opvang-verbeteren-en-sneller-meedoen
                        deed: kst-36471-107
                        verdict: rejected
                        note: Koninklijke besluiten over het beheer van een ministerie; geen daad over opvang.
                        by: Test Analist
                        on: 2026-12-03

                    """)
        let today = TrackerProcess.today
        #expect(
            try String(contentsOf: reviews.appendingPathComponent("\(Self.demonstration).yaml"), encoding: .utf8)
                == Self.header(Self.demonstration) + """
                      - pledge: \(Self.demonstration)
                        deed: kst-28684-797
                        verdict: confirmed
                        stance: opposes
                        note: "Politie mag undercover meekijken in besloten chatgroepen: toezicht op \\"dreigende verstoringen\\"."
                        by: Test Analist
                        on: 2026-12-03
                      - pledge: \(Self.demonstration)
                        deed: kst-28684-798
                        verdict: confirmed
                        by: Test Analist
                        on: \(today)
                      - pledge: \(Self.demonstration)
                        deed: kst-28684-805
                        verdict: confirmed
                        stance: opposes
                        note: Gezichtsherkenning en meekijken raken ook demonstranten.
                        by: Test Analist
                        on: \(today)

                    """)

        // The links: the rejected one is gone, the confirmed ones are evidence with the analyst's stance.
        let decided = try linksJSON()
        let link = { (pledge: String, deed: String) in
            decided.first { $0["pledge"] as? String == pledge && $0["deed"] as? String == deed }
        }
        #expect(link("opvang-verbeteren-en-sneller-meedoen", "kst-36471-107") == nil)
        for deed in ["kst-28684-797", "kst-28684-798", "kst-28684-805"] {
            let confirmedLink = try #require(link(Self.demonstration, deed), "\(deed)")
            #expect(confirmedLink["method"] as? String == "review")
            #expect(confirmedLink["confidence"] as? Double == 1)
            #expect(confirmedLink["stance"] as? String == "opposes")
        }
        let review = try #require(link(Self.demonstration, "kst-28684-805")?["review"] as? [String: Any])
        #expect(review["verdict"] as? String == "confirmed")
        #expect(review["stance"] as? String == "opposes")
        #expect(review["note"] as? String == "Gezichtsherkenning en meekijken raken ook demonstranten.")
        #expect(review["by"] as? String == "Test Analist")
        #expect(review["on"] as? String == today)
        #expect(review["record"] as? String == "Commitments/reviews/\(Self.demonstration).yaml:16:5")
        let unstanced = try #require(link(Self.demonstration, "kst-28684-798")?["review"] as? [String: Any])
        #expect(unstanced["stance"] is NSNull)
        #expect(link(Self.demonstration, "kst-28684-811")?["review"] is NSNull)
        let score = try TrackerProcess.json(try tracker(["scorecard", "--format", "json"]).stdout)
            .first { $0["pledge"] as? String == Self.demonstration }
        // The debates of 2025 are older than the 2026 agreement: its prior record, all four, the analyst's three too.
        #expect(score?["links"] as? Int == 0)
        #expect(
            (score?["prior_record"] as? [String])?.sorted() == [
                "kst-28684-797", "kst-28684-798", "kst-28684-805", "kst-28684-811",
            ])

        // Nothing to review any more for that pledge at 0.3.
        #expect(
            try tracker(["review", "list", "--pledge", Self.demonstration, "--min-confidence", "0.9"]).stdout
                == "Niets te beoordelen: geen onbeoordeelde koppelingen met zekerheid ≥ 0,90.\n")

        // The decisions hold: another update, a relink after an edit of the ledger, and a rebuild.
        let linked = try tracker(["links", "--format", "json"]).stdout
        #expect(try tracker(["update", "--mirror", TrackerProcess.mirror]).status == 0)
        #expect(try tracker(["links", "--format", "json"]).stdout == linked)
        let pledges = workspace.appendingPathComponent("Commitments/national/pledges.yaml")
        try (try String(contentsOf: pledges, encoding: .utf8) + "# an analyst's edit\n").write(
            to: pledges, atomically: true, encoding: .utf8)
        let relinked = try tracker(["update", "--mirror", TrackerProcess.mirror, "--verbose"])
        #expect(
            relinked.stdout.contains(
                "linking: all 169 deeds linked (the ledger or the linker changed); 52 links to 9 pledges\n"))
        #expect(try tracker(["links", "--format", "json"]).stdout == linked)
        let rebuilt = try tracker(["rebuild"])
        #expect(rebuilt.status == 0)
        #expect(try tracker(["links", "--format", "json"]).stdout == linked)

        // validate counts the reviews and warns about the fixture's review of a deed not in the database.
        let validate = try tracker(["validate"])
        #expect(validate.status == 0)
        let validateLines = validate.stdout.split(separator: "\n").map(String.init)
        #expect(
            validateLines.prefix(2) == [
                "Commitments/reviews/etnisch-profileren-aanpakken.yaml:8:5: warning: the review of etnisch-profileren-aanpakken → tk:zaak:2022Z07377 names a deed that is not in the database; it is kept and applies once the deed is there (tracker deeds lists the deeds)",
                "ledger ok: 5 themes, 11 source documents, 8 standards, 10 pledges, 1 municipalities, 6 reviews",
            ])
    }

    @Test("A review written by hand with a deed id in other letters, or dated before its pledge, is warned about")
    func handWritten() throws {
        let (workspace, _, tracker) = try TrackerProcess.workspaceWithDatabase()
        #expect(
            try tracker(["ingest", "\(TrackerProcess.mirror)/officielebekendmakingen/kst-30950-440.xml"]).status == 0)
        try Data(
            """
            reviews:
              - {pledge: etnisch-profileren-aanpakken, deed: KST-30950-440, verdict: confirmed, by: Anna, on: 2026-12-01}
              - {pledge: etnisch-profileren-aanpakken, deed: kst-30950-440, verdict: rejected, by: Anna, on: 2016-12-01}

            """.utf8
        ).write(to: workspace.appendingPathComponent("Commitments/reviews/hand.yaml"))
        let lines = try tracker(["validate"]).stdout.split(separator: "\n").map(String.init)
        #expect(
            lines.contains(
                "Commitments/reviews/hand.yaml:2:5: warning: the review of etnisch-profileren-aanpakken → KST-30950-440 names a deed that is not in the database (did you mean 'kst-30950-440'?); it is kept and applies once the deed is there (tracker deeds lists the deeds)"
            ))
        #expect(
            lines.contains(
                "Commitments/reviews/hand.yaml:3:5: warning: the review of etnisch-profileren-aanpakken → kst-30950-440 is dated 2016-12-01, before the pledge was made (2026-01-30); expected the day of the decision (of two decisions on a link the later one holds)"
            ))
        // The fixture's own review of a zaak not in the database has no spelling in it: no suggestion.
        #expect(
            lines.contains { $0.contains("→ tk:zaak:2022Z07377 names a deed that is not in the database; it is kept") })
    }

    @Test(
        "An unknown pledge or deed is an error with a suggestion and writes nothing; a file that takes no record is left as it was"
    )
    func refused() throws {
        let (workspace, options, tracker) = try TrackerProcess.workspaceWithDatabase()
        let reviews = workspace.appendingPathComponent("Commitments/reviews")
        #expect(
            try tracker(["review", "confirm", "etnisch-profileren-aanpakken", "kst-30950-440", "--by", "A"]).stderr
                == "error: no database at \(options[3]); `tracker update` (or `update --offline`) creates it\n")
        #expect(
            try tracker(["ingest", "\(TrackerProcess.mirror)/officielebekendmakingen/kst-30950-440.xml"]).status == 0)
        let before = try FileManager.default.contentsOfDirectory(atPath: reviews.path)

        let pledge = try tracker(["review", "confirm", "etnisch-profileren-aanpaken", "kst-30950-440", "--by", "A"])
        #expect(pledge.status == 1)
        #expect(
            pledge.stderr
                == "error: unknown pledge 'etnisch-profileren-aanpaken'; did you mean 'etnisch-profileren-aanpakken'? (`tracker pledges` lists them)\n"
        )
        let deed = try tracker(["review", "reject", "etnisch-profileren-aanpakken", "kst-30950-44", "--by", "A"])
        #expect(deed.status == 1)
        #expect(
            deed.stderr
                == "error: unknown deed 'kst-30950-44'; did you mean 'kst-30950-440'? (`tracker deeds` lists the deeds in the database)\n"
        )
        let stance = try tracker([
            "review", "confirm", "etnisch-profileren-aanpakken", "kst-30950-440", "--stance", "pro",
        ])
        #expect(stance.status == 64)
        let rejectedStance = try tracker([
            "review", "reject", "etnisch-profileren-aanpakken", "kst-30950-440", "--stance", "opposes", "--by", "A",
        ])
        #expect(rejectedStance.status == 64)
        #expect(rejectedStance.stderr.hasPrefix("Error: --stance goes with confirm; a rejected link has no stance"))
        #expect(try FileManager.default.contentsOfDirectory(atPath: reviews.path) == before)

        // A flow list cannot take an appended block item: the file is put back and the problem named.
        let flow = reviews.appendingPathComponent("etnisch-profileren-aanpakken.yaml")
        try "# nothing decided yet\nreviews: []\n".write(to: flow, atomically: true, encoding: .utf8)
        let unusable = try tracker([
            "review", "confirm", "etnisch-profileren-aanpakken", "kst-30950-440", "--by", "A", "--on", "2026-12-03",
        ])
        #expect(unusable.status == 1)
        #expect(
            unusable.stderr.hasPrefix(
                "error: could not append the review to Commitments/reviews/etnisch-profileren-aanpakken.yaml, which is left as it was:\nCommitments/reviews/etnisch-profileren-aanpakken.yaml:"
            ))
        #expect(try String(contentsOf: flow, encoding: .utf8) == "# nothing decided yet\nreviews: []\n")
    }
}

@Suite("tracker review accept and stance: the command-line contract's words for confirm", .serialized)
struct ReviewContractCLITests {
    @Test("accept is confirm; stance PLEDGE DEED S confirms the link with that stance, the later record winning")
    func acceptAndStance() throws {
        let (workspace, _, tracker) = try TrackerProcess.workspaceWithDatabase()
        #expect(try tracker(["update", "--mirror", TrackerProcess.mirror]).status == 0)
        let link = ["rp-tweestatusstelsel-invoeren", "kst-36704-69"]
        let accepted = try tracker(["review", "accept"] + link + ["--by", "A. Analist", "--on", "2026-12-06"])
        #expect(accepted.status == 0)
        #expect(
            accepted.stdout.hasPrefix(
                "bevestigd: rp-tweestatusstelsel-invoeren ← kst-36704-69, vastgelegd in Commitments/reviews/rp-tweestatusstelsel-invoeren.yaml\n"
            ))
        let stance = try tracker(
            ["review", "stance"] + link + [
                "werkt-tegen", "--note", "Vraagt het omgekeerde.", "--by", "A. Analist", "--on", "2026-12-06",
            ])
        #expect(stance.status == 0)
        #expect(
            stance.stdout.hasPrefix("bevestigd: rp-tweestatusstelsel-invoeren ← kst-36704-69 (houding: werkt tegen), "))
        let file = workspace.appendingPathComponent("Commitments/reviews/rp-tweestatusstelsel-invoeren.yaml")
        #expect(
            try String(contentsOf: file, encoding: .utf8)
                == ReviewCLITests.header("rp-tweestatusstelsel-invoeren") + """
                      - pledge: rp-tweestatusstelsel-invoeren
                        deed: kst-36704-69
                        verdict: confirmed
                        by: A. Analist
                        on: 2026-12-06
                      - pledge: rp-tweestatusstelsel-invoeren
                        deed: kst-36704-69
                        verdict: confirmed
                        stance: opposes
                        note: Vraagt het omgekeerde.
                        by: A. Analist
                        on: 2026-12-06

                    """)
        let links = try TrackerProcess.json(
            try tracker(["links", "--pledge", "rp-tweestatusstelsel-invoeren", "--format", "json"]).stdout)
        let decided = try #require(links.first { $0["deed"] as? String == "kst-36704-69" })
        #expect(decided["stance"] as? String == "opposes")
        #expect(decided["method"] as? String == "review")
        // A stance that is none of the three is a usage error that names them.
        let wrong = try tracker(["review", "stance"] + link + ["neutral", "--by", "A. Analist"])
        #expect(wrong.status == 64)
        #expect(wrong.stderr.contains("'neutral'"))
    }
}

extension ReviewCLITests {
    @Test("Six decisions recorded at once by six processes are all in the file (each wrote it whole, the last one won)")
    func concurrentDecisions() throws {
        let (workspace, options, _) = try TrackerProcess.workspaceWithDatabase()
        #expect(try TrackerProcess.run(["update", "--mirror", TrackerProcess.mirror] + options).status == 0)
        let pledge = "hla-strengste-toelatingsregels-van-europa"
        let deeds = ["kst-36704-67", "kst-36704-69", "kst-36704-59", "kst-26150-229", "kst-36760-39", "kst-36704-73"]
        let statuses = Mutex([Int32]())
        let errors = Mutex([String]())
        DispatchQueue.concurrentPerform(iterations: deeds.count) { index in
            let result = try? TrackerProcess.run(["review", "reject", pledge, deeds[index], "--by", "B"] + options)
            statuses.withLock { $0.append(result?.status ?? -1) }
            if let result, result.status != 0 { errors.withLock { $0.append(result.stderr) } }
        }
        #expect(statuses.withLock { $0 } == [0, 0, 0, 0, 0, 0], "\(errors.withLock { $0 })")
        let text = try String(
            contentsOf: workspace.appendingPathComponent("Commitments/reviews/\(pledge).yaml"), encoding: .utf8)
        #expect(Set(text.matches(of: /deed: (\S+)/).map { String($0.1) }) == Set(deeds))
        #expect(text.matches(of: /verdict: rejected/).count == 6)
    }

    @Test("A review edited by hand and not yet linked: read commands say their links are older than the ledger")
    func staleLinks() throws {
        let (workspace, _, tracker) = try TrackerProcess.workspaceWithDatabase()
        #expect(try tracker(["update", "--mirror", TrackerProcess.mirror]).status == 0)
        #expect(try tracker(["scorecard"]).stderr == TrackerProcess.missingDeedWarning)
        try """
        reviews:
          - {pledge: rp-tweestatusstelsel-invoeren, deed: kst-36704-69, verdict: rejected, by: A, on: 2026-12-01}

        """.write(
            to: workspace.appendingPathComponent("Commitments/reviews/rp-tweestatusstelsel-invoeren.yaml"),
            atomically: true, encoding: .utf8)
        let warning =
            "warning: the stored links are older than the ledger (the reviews changed); this reads the links as stored, and `tracker update` links the deeds again\n"
        for command in [
            ["scorecard"], ["timeline"], ["letter", "--to", "tweede-kamer"], ["feed"], ["links"], ["review", "list"],
        ] {
            let result = try tracker(command)
            #expect(result.status == 0, "\(command)")
            #expect(result.stderr.hasPrefix(warning), "\(command)")
        }
        // links and the review queue score nothing: the warning alone.
        #expect(try tracker(["links"]).stderr == warning)
        #expect(try tracker(["review", "list"]).stderr == warning)
        #expect(try tracker(["update", "--mirror", TrackerProcess.mirror]).status == 0)
        #expect(try tracker(["scorecard"]).stderr == TrackerProcess.missingDeedWarning)
        // A comment changes no decision: nothing to link again, nothing to warn about.
        let file = workspace.appendingPathComponent("Commitments/reviews/rp-tweestatusstelsel-invoeren.yaml")
        try (try String(contentsOf: file, encoding: .utf8) + "# Besproken in het teamoverleg.\n")
            .write(to: file, atomically: true, encoding: .utf8)
        #expect(try tracker(["scorecard"]).stderr == TrackerProcess.missingDeedWarning)
        let update = try tracker(["update", "--mirror", TrackerProcess.mirror, "--verbose"])
        #expect(!update.stdout.contains("deeds linked (the reviews changed)"))
    }

    @Test("A review of a deed this database lacks: update, rebuild and the commands that score say it as validate does")
    func reviewedDeedMissing() throws {
        let (_, _, tracker) = try TrackerProcess.workspaceWithDatabase()
        let update = try tracker(["update", "--mirror", TrackerProcess.mirror])
        #expect(update.status == 0)
        #expect(update.stderr == TrackerProcess.missingDeedWarning)
        let rebuild = try tracker(["rebuild"])
        #expect(rebuild.status == 0)
        #expect(rebuild.stderr == TrackerProcess.missingDeedWarning)
        let validate = try tracker(["validate"])
        #expect(validate.stdout.hasPrefix(TrackerProcess.missingDeedWarning))
        for command in [
            ["scorecard"], ["explain", "etnisch-profileren-aanpakken"], ["timeline"], ["feed"],
            ["annual-report", "--municipality", "den-helder", "--year", "2025"],
        ] {
            let result = try tracker(command)
            #expect(result.status == 0, "\(command)")
            #expect(result.stderr == TrackerProcess.missingDeedWarning, "\(command)")
        }
        // Read commands that do not score stay as they were.
        #expect(try tracker(["pledges"]).stderr == "")
        #expect(try tracker(["deeds"]).stderr == "")
    }

    @Test(
        "Two decisions of one link on one day that disagree: validate, update and the commands that read reviews say so"
    )
    func sameDayClash() throws {
        let (workspace, _, tracker) = try TrackerProcess.workspaceWithDatabase()
        try """
        reviews:
          - {pledge: rp-tweestatusstelsel-invoeren, deed: kst-36704-69, verdict: confirmed, by: A, on: 2026-12-01}
          - {pledge: rp-tweestatusstelsel-invoeren, deed: kst-36704-69, verdict: rejected, by: B, on: 2026-12-01}

        """.write(
            to: workspace.appendingPathComponent("Commitments/reviews/rp-tweestatusstelsel-invoeren.yaml"),
            atomically: true, encoding: .utf8)
        let warning =
            "Commitments/reviews/rp-tweestatusstelsel-invoeren.yaml:3:5: warning: the review of rp-tweestatusstelsel-invoeren → kst-36704-69 of 2026-12-01 by B (rejected) disagrees with the one of the same day by A at Commitments/reviews/rp-tweestatusstelsel-invoeren.yaml:2 (confirmed); this one decides only because it comes later in the reviews' order (file name, then line); expected one decision per link and day (a git merge may have kept both): remove the record that does not stand\n"
        #expect(try tracker(["validate"]).stdout.contains(warning))
        #expect(try tracker(["update", "--mirror", TrackerProcess.mirror]).stderr.contains(warning))
        for command in [["scorecard"], ["links"], ["review", "list"]] {
            let result = try tracker(command)
            #expect(result.status == 0, "\(command)")
            #expect(result.stderr.contains(warning), "\(command)")
        }
    }

    @Test("The same decision twice adds nothing: no second record, and no warning of a merge that kept both")
    func sameDecisionTwice() throws {
        let (workspace, _, tracker) = try TrackerProcess.workspaceWithDatabase()
        #expect(try tracker(["update", "--mirror", TrackerProcess.mirror]).status == 0)
        let confirm = [
            "review", "confirm", "rp-tweestatusstelsel-invoeren", "kst-36704-69", "--by", "Carl", "--on", "2026-12-01",
        ]
        #expect(try tracker(confirm).status == 0)
        let file = workspace.appendingPathComponent("Commitments/reviews/rp-tweestatusstelsel-invoeren.yaml")
        let once = try String(contentsOf: file, encoding: .utf8)
        let again = try tracker(confirm)
        #expect(again.status == 0)
        #expect(again.stdout.hasPrefix("al vastgelegd: bevestigd: rp-tweestatusstelsel-invoeren ← kst-36704-69"))
        #expect(
            again.stderr.contains(
                "let op: deze beslissing staat er al (Commitments/reviews/rp-tweestatusstelsel-invoeren.yaml:"))
        #expect(try String(contentsOf: file, encoding: .utf8) == once)
        #expect(!(try tracker(["scorecard"]).stderr.contains("repeats the one at")))
    }

    @Test("A decision overruled by one of the same day in a file that sorts later says so, and how to make it count")
    func overruledSameDay() throws {
        let (workspace, _, tracker) = try TrackerProcess.workspaceWithDatabase()
        #expect(try tracker(["update", "--mirror", TrackerProcess.mirror]).status == 0)
        try """
        reviews:
          - {pledge: rp-tweestatusstelsel-invoeren, deed: kst-36704-69, verdict: rejected, by: Bram Jansen, on: 2026-12-06}

        """.write(
            to: workspace.appendingPathComponent("Commitments/reviews/zz-bram.yaml"), atomically: true,
            encoding: .utf8)
        let confirm = try tracker([
            "review", "confirm", "rp-tweestatusstelsel-invoeren", "kst-36704-69", "--by", "Anna", "--on", "2026-12-06",
        ])
        #expect(confirm.status == 0)
        #expect(
            confirm.stderr
                == "let op: deze beslissing telt niet: de verwerping door Bram Jansen van 2026-12-06 (Commitments/reviews/zz-bram.yaml:2) is van dezelfde dag en staat later in de volgorde van de beoordelingen (bestandsnaam, dan regel), en gaat daarom voor; verwijder die als zij niet klopt (een bestand dat een merge achterliet: het hele bestand), dan telt deze\n"
        )
    }

    @Test("The walk says a typed note or stance is not kept when the link is skipped or the walk stopped")
    func walkDropsUndecided() throws {
        let (workspace, options, tracker) = try TrackerProcess.workspaceWithDatabase()
        #expect(try tracker(["update", "--mirror", TrackerProcess.mirror]).status == 0)
        let walk = try TrackerProcess.run(
            ["review", "--interactive", "--pledge", Self.demonstration, "--min-confidence", "0.3", "--by", "A"]
                + options,
            input: "n\nEen test\no\nh\ns\nn\nNog een\ns\n")
        #expect(walk.status == 0)
        let lines = walk.stdout.split(separator: "\n").map(String.init)
        #expect(
            lines.filter { $0.contains("niet vastgelegd") } == [
                "notitie niet vastgelegd: alleen met bevestigen, verwerpen of doorslaggevend",
                "notitie niet vastgelegd: alleen met bevestigen, verwerpen of doorslaggevend",
                "houding niet vastgelegd: alleen met bevestigen of doorslaggevend",
            ])
        // A stance typed before rejecting is not written: a rejected link has none.
        let reject = try TrackerProcess.run(
            ["review", "--interactive", "--pledge", Self.demonstration, "--min-confidence", "0.3", "--by", "A"]
                + options,
            input: "h\ns\nv\ns\n")
        #expect(reject.stdout.contains("houding niet vastgelegd: een verworpen koppeling heeft geen houding\n"))
        let file = try String(
            contentsOf: workspace.appendingPathComponent("Commitments/reviews/\(Self.demonstration).yaml"),
            encoding: .utf8)
        #expect(file.contains("verdict: rejected"))
        #expect(!file.contains("stance:"))
    }

    @Test("Appending keeps the review file's permissions and clears a copy a killed review left beside it")
    func fileKept() throws {
        let (workspace, _, tracker) = try TrackerProcess.workspaceWithDatabase()
        #expect(try tracker(["update", "--mirror", TrackerProcess.mirror]).status == 0)
        let link = ["rp-tweestatusstelsel-invoeren", "kst-36704-69"]
        #expect(try tracker(["review", "confirm"] + link + ["--by", "A"]).status == 0)
        let folder = workspace.appendingPathComponent("Commitments/reviews")
        let file = folder.appendingPathComponent("rp-tweestatusstelsel-invoeren.yaml")
        try FileManager.default.setAttributes([.posixPermissions: 0o640], ofItemAtPath: file.path)
        let left = folder.appendingPathComponent(".rp-tweestatusstelsel-invoeren.yaml.tracker-99999")
        try Data("half a file".utf8).write(to: left)
        #expect(try tracker(["review", "reject"] + link + ["--by", "B"]).status == 0)
        let mode = try FileManager.default.attributesOfItem(atPath: file.path)[.posixPermissions] as? NSNumber
        #expect(mode?.intValue == 0o640)
        #expect(!FileManager.default.fileExists(atPath: left.path))
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasPrefix(".") } == [])
    }

    @Test("A review file with Windows line ends is appended to with them, its indentation kept")
    func windowsLineEnds() throws {
        let (workspace, _, tracker) = try TrackerProcess.workspaceWithDatabase()
        #expect(try tracker(["update", "--mirror", TrackerProcess.mirror]).status == 0)
        let file = workspace.appendingPathComponent("Commitments/reviews/rp-tweestatusstelsel-invoeren.yaml")
        let before =
            "reviews:\r\n    - pledge: rp-tweestatusstelsel-invoeren\r\n      deed: kst-36704-69\r\n      verdict: confirmed\r\n      by: A\r\n      on: 2026-12-01\r\n"
        try Data(before.utf8).write(to: file)
        let rejected = try tracker([
            "review", "reject", "rp-tweestatusstelsel-invoeren", "kst-36704-69", "--by", "B", "--on", "2026-12-02",
        ])
        #expect(rejected.status == 0, "\(rejected.stderr)")
        #expect(
            String(decoding: try Data(contentsOf: file), as: UTF8.self)
                == before
                + "    - pledge: rp-tweestatusstelsel-invoeren\r\n      deed: kst-36704-69\r\n      verdict: rejected\r\n      by: B\r\n      on: 2026-12-02\r\n"
        )
        let links = try TrackerProcess.json(
            try tracker(["links", "--pledge", "rp-tweestatusstelsel-invoeren", "--format", "json"]).stdout)
        #expect(!links.contains { $0["deed"] as? String == "kst-36704-69" })
    }

    @Test("A decision across levels is refused, one dated ahead is a usage error, one a later review overrules says so")
    func decisionsThatCannotCount() throws {
        let (workspace, _, tracker) = try TrackerProcess.workspaceWithDatabase()
        #expect(try tracker(["update", "--mirror", TrackerProcess.mirror]).status == 0)
        let file = workspace.appendingPathComponent("Commitments/reviews/rp-tweestatusstelsel-invoeren.yaml")
        // A Tweede Kamer motion for a council's pledge: the linker never links it, nor may a review.
        let across = try tracker([
            "review", "confirm", "den-helder-college-opvangcapaciteit-niet-uitbreiden", "kst-36704-69", "--by", "A",
        ])
        #expect(across.status == 1)
        #expect(
            across.stderr
                == "error: a review cannot link across levels of government: deed 'kst-36704-69' is a national one, and 'den-helder-college-opvangcapaciteit-niet-uitbreiden' a pledge of den-helder; expected a deed of its council, gemeente:den-helder:<item>\n"
        )
        #expect(
            !FileManager.default.fileExists(
                atPath: workspace.appendingPathComponent(
                    "Commitments/reviews/den-helder-college-opvangcapaciteit-niet-uitbreiden.yaml"
                ).path))
        let link = ["rp-tweestatusstelsel-invoeren", "kst-36704-69"]
        let ahead = try tracker(["review", "reject"] + link + ["--by", "A", "--on", "2999-01-01"])
        #expect(ahead.status == 64)
        #expect(ahead.stderr.hasPrefix("Error: --on 2999-01-01 is after today; expected the day of the decision\n"))
        #expect(!FileManager.default.fileExists(atPath: file.path))

        #expect(try tracker(["review", "confirm"] + link + ["--by", "A", "--on", "2026-12-05"]).status == 0)
        let earlier = try tracker(["review", "reject"] + link + ["--by", "B", "--on", "2026-12-01"])
        #expect(earlier.status == 0)
        #expect(
            earlier.stderr
                == "let op: deze beslissing telt niet: de bevestiging door A van 2026-12-05 (Commitments/reviews/rp-tweestatusstelsel-invoeren.yaml:4) is later gedateerd en gaat voor; pas die aan of verwijder haar als zij niet klopt, dan telt deze\n"
        )
        let links = try TrackerProcess.json(
            try tracker(["links", "--pledge", "rp-tweestatusstelsel-invoeren", "--format", "json"]).stdout)
        #expect(links.first { $0["deed"] as? String == "kst-36704-69" }?["method"] as? String == "review")

        // A hand-written review dated ahead: update says what validate says.
        try
            (try String(contentsOf: file, encoding: .utf8)
            + "  - {pledge: rp-tweestatusstelsel-invoeren, deed: kst-36704-69, verdict: rejected, by: C, on: 2999-01-01}\n")
            .write(to: file, atomically: true, encoding: .utf8)
        let update = try tracker(["update", "--mirror", TrackerProcess.mirror])
        #expect(update.status == 0)
        #expect(
            update.stderr.hasPrefix(
                TrackerProcess.missingDeedWarning + "Commitments/reviews/rp-tweestatusstelsel-invoeren.yaml:14:"
            ))
        #expect(
            update.stderr.contains(
                "warning: the review of rp-tweestatusstelsel-invoeren → kst-36704-69 is dated 2999-01-01, after today; expected the day of the decision\n"
            ))
        #expect(try tracker(["update", "--mirror", TrackerProcess.mirror, "--quiet"]).stderr == "")
    }
}

@Suite("tracker review decisive: an analyst's decision that a deed keeps, partly keeps or breaks a pledge", .serialized)
struct ReviewDecisiveCLITests {
    static let pledge = "hla-voorwaarden-aan-kunstmatige-intelligentie"

    /// A later decision on kst-30950-458 that kept A. Analist's mark (broken, dropped) of `day`, made at `file:line`:
    /// said in the confirmation (`confirmed`) and, with whose mark it is, in the warning.
    static func expectKeptMark(
        _ result: TrackerProcess.Result, file: String, on day: String, line: Int, confirmed: Bool = true
    ) {
        if confirmed {
            #expect(
                result.stdout.hasPrefix(
                    "bevestigd: \(Self.pledge) ← kst-30950-458, doorslaggevend: gebroken (laten vallen), vastgelegd in \(file)\n"
                ))
        }
        #expect(
            result.stderr
                == "let op: het doorslaggevende oordeel van A. Analist van \(day) (\(file):\(line)) blijft staan en is in deze beslissing overgenomen; --not-decisive neemt het weg\n"
        )
    }

    @Test(
        "Marked decisive in the walk and with review decisive: the status follows from the deed's day, and diff says why"
    )
    func decisive() throws {
        let (workspace, options, tracker) = try TrackerProcess.workspaceWithDatabase()
        #expect(try tracker(["update", "--mirror", TrackerProcess.mirror]).status == 0)
        let explain = { (asOf: String) throws -> [String: Any] in
            let result = try tracker(["explain", Self.pledge, "--as-of", asOf, "--format", "json"])
            return try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        }
        let status = { (asOf: String) throws -> String in
            let object = try explain(asOf)
            return "\(object["status"] as? String ?? "?") \(object["progress"] as? Int ?? -1)"
        }
        #expect(try status("2026-12-03") == "stalled 5")

        // The walk: skip the first link; of the cabinet's response to the risk-profiling framework (19 June 2025) a
        // note, then decisive (an unknown answer asks again), partly kept.
        let note = "Een toetsingskader voor risicoprofilering, nog geen bindende regeling."
        let walk = try TrackerProcess.run(
            ["review", "--interactive", "--by", "A. Analist", "--pledge", Self.pledge] + options,
            input: "o\nn\n\(note)\nd\nx\nd\nd\ns\n")
        #expect(walk.status == 0)
        let file = "Commitments/reviews/\(Self.pledge).yaml"
        #expect(
            walk.stdout.split(separator: "\n").filter { !$0.hasPrefix(" ") && !$0.contains(" > ") }.suffix(7) == [
                "2. \(Self.pledge) ← kst-30950-458",
                "notitie: \(note)",
                "onbekende keuze 'x'; kies g, d of b",
                "bevestigd, doorslaggevend: deels, vastgelegd in",
                "3. \(Self.pledge) ← kst-30950-440",
                "1 beslissing vastgelegd in Commitments/reviews/ (1 bevestigd, 0 verworpen)",
                "linking: all 169 deeds linked (the reviews changed); 52 links to 9 pledges",
            ])
        let record = """
              - pledge: \(Self.pledge)
                deed: kst-30950-458
                verdict: confirmed
                decides: partial
                note: \(note)
                by: A. Analist
                on: \(TrackerProcess.today)

            """
        let url = workspace.appendingPathComponent(file)
        #expect(try String(contentsOf: url, encoding: .utf8) == ReviewCLITests.header(Self.pledge) + record)
        // Partly kept from the deed's day on, not before; explain names the analyst.
        #expect(try status("2025-06-18") == "in-progress 0")
        #expect(try status("2025-06-19") == "partial 50")
        let decided = try #require(try explain("2026-12-03")["decided_by"] as? [String: Any])
        #expect(decided["kind"] as? String == "review")
        #expect(decided["deed"] as? String == "kst-30950-458")
        #expect(decided["by"] as? String == "A. Analist")
        #expect(decided["note"] as? String == note)
        // A letter's note on the pledge's judgement says whose status it is.
        let letter = try tracker([
            "letter", "--to", "tweede-kamer", "--theme", "etnisch-profileren", "--as-of", "2026-12-03",
        ])
        #expect(letter.stdout.contains("status beslist door kst-30950-458, doorslaggevend volgens A. Analist ("))
        #expect(try tracker(["update", "--mirror", TrackerProcess.mirror]).status == 0)
        let diff = try TrackerProcess.run(["diff"] + options, environment: ["COLUMNS": "1000"]).stdout
        #expect(
            diff.contains(
                "  door: kst-30950-458 “Kabinetsreactie Toetsingskader risicoprofilering 2025”: koppeling bevestigd door A. Analist (\(TrackerProcess.todayInDutch)), +5 volgens brief-kondigt-aan-steunt → +8 volgens brief-kondigt-aan-steunt; doorslaggevend: deels\n"
            ))

        // broken needs a reason, and the end of a term is not a deed's; nothing is written.
        let link = [Self.pledge, "kst-30950-458"]
        let bare = try tracker(["review", "decisive"] + link + ["broken", "--by", "A. Analist"])
        #expect(bare.status == 64)
        #expect(
            bare.stderr.hasPrefix(
                "Error: broken needs --reason: one of no-majority, reversed, blocked-by-court, dropped"))
        let term = try tracker(["review", "decisive"] + link + ["broken", "--reason", "end-of-term", "--by", "A"])
        #expect(term.status == 64)
        #expect(
            try tracker(["review", "decisive"] + link + ["kept", "--reason", "dropped", "--by", "A"]).status == 64)
        #expect(try String(contentsOf: url, encoding: .utf8) == ReviewCLITests.header(Self.pledge) + record)

        let broken = try tracker(
            ["review", "decisive"] + link + [
                "gebroken", "--reason", "dropped", "--by", "A. Analist", "--on", TrackerProcess.today,
            ])
        #expect(broken.status == 0)
        #expect(
            broken.stdout.hasPrefix(
                "bevestigd: \(Self.pledge) ← kst-30950-458, doorslaggevend: gebroken (laten vallen), vastgelegd in \(file)\n"
            ))
        #expect(
            try String(contentsOf: url, encoding: .utf8).hasSuffix(
                "    decides: broken\n    reason: dropped\n    by: A. Analist\n    on: \(TrackerProcess.today)\n"))
        #expect(try explain("2026-12-03")["reason"] as? String == "dropped")
        // A later confirmation keeps the mark, and says so; --not-decisive takes it away and says what it takes away.
        let confirmed = try tracker(
            ["review", "confirm"] + link + [
                "--note", "Bevestigd na overleg.", "--by", "A. Analist", "--on", TrackerProcess.today,
            ])
        #expect(confirmed.status == 0)
        Self.expectKeptMark(confirmed, file: file, on: TrackerProcess.today, line: 11)
        #expect(try explain("2026-12-03")["reason"] as? String == "dropped")
        let undecided = try tracker(
            ["review", "confirm"] + link + ["--not-decisive", "--by", "A. Analist", "--on", TrackerProcess.today])
        #expect(undecided.status == 0)
        #expect(
            undecided.stderr
                == "let op: deze bevestiging neemt het doorslaggevende oordeel van A. Analist van \(TrackerProcess.today) (was: gebroken (laten vallen); \(file):11) weg\n"
        )
        let unmarked = try status("2026-12-03")
        #expect(unmarked == "stalled 8")
        // Marking decisive keeps the stance an analyst gave the link before; a deed without a date is said to decide
        // nothing.
        #expect(
            try tracker(["review", "stance"] + link + ["opposes", "--by", "A. Analist", "--on", TrackerProcess.today])
                .status
                == 0)
        let kept = try tracker(
            ["review", "decisive"] + link + ["partial", "--by", "A. Analist", "--on", TrackerProcess.today])
        #expect(
            kept.stdout.hasPrefix(
                "bevestigd: \(Self.pledge) ← kst-30950-458 (houding: werkt tegen), doorslaggevend: deels"))
        #expect(
            try String(contentsOf: url, encoding: .utf8).hasSuffix(
                "    stance: opposes\n    decides: partial\n    by: A. Analist\n    on: \(TrackerProcess.today)\n"))
        let undated = try tracker([
            "review", "decisive", Self.pledge, "wetsvoorstel:36459", "kept", "--by", "A. Analist", "--on",
            TrackerProcess.today,
        ])
        #expect(undated.status == 0)
        #expect(
            undated.stderr
                == "let op: wetsvoorstel:36459 heeft geen datum, telt dus op geen enkel moment mee en beslist niets\n")
        #expect(
            try tracker(
                ["review", "confirm"] + link + ["--not-decisive", "--by", "A. Analist", "--on", TrackerProcess.today]
            ).status == 0)
        #expect(try tracker(["update", "--mirror", TrackerProcess.mirror]).status == 0)
        let undone = try TrackerProcess.run(["diff"] + options, environment: ["COLUMNS": "1000"]).stdout
        #expect(
            undone.contains(
                "  door: kst-30950-458 “Kabinetsreactie Toetsingskader risicoprofilering 2025”: niet meer doorslaggevend volgens een analist (was deels)\n"
            ))
    }

    @Test("Another analyst's later confirm or stance keeps a decisive mark and says so; the scorecard's status stays")
    func confirmKeepsMark() throws {
        let (workspace, _, tracker) = try TrackerProcess.workspaceWithDatabase()
        #expect(try tracker(["update", "--mirror", TrackerProcess.mirror]).status == 0)
        let link = [Self.pledge, "kst-30950-458"]
        let file = "Commitments/reviews/\(Self.pledge).yaml"
        let status = { () throws -> String in
            let result = try tracker(["explain", Self.pledge, "--as-of", "2026-12-03", "--format", "json"])
            let object = try #require(
                try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
            return "\(object["status"] as? String ?? "?") \(object["reason"] as? String ?? "-")"
        }
        #expect(
            try tracker(
                ["review", "decisive"] + link + [
                    "broken", "--reason", "dropped", "--by", "A. Analist", "--on", "2026-12-01",
                ]
            ).status == 0)
        #expect(try status() == "broken dropped")
        let confirmed = try tracker(["review", "confirm"] + link + ["--by", "B. Collega", "--on", "2026-12-02"])
        #expect(confirmed.status == 0)
        Self.expectKeptMark(confirmed, file: file, on: "2026-12-01", line: 4)
        #expect(
            try String(contentsOf: workspace.appendingPathComponent(file), encoding: .utf8).hasSuffix(
                "    decides: broken\n    reason: dropped\n    by: B. Collega\n    on: 2026-12-02\n"))
        let stanced = try tracker(
            ["review", "stance"] + link + ["supports", "--by", "C. Derde", "--on", "2026-12-03"])
        #expect(stanced.status == 0)
        Self.expectKeptMark(stanced, file: file, on: "2026-12-01", line: 4, confirmed: false)
        #expect(try status() == "broken dropped")
        // The feed's item on the latest confirmation says whose the mark is.
        let feed = try tracker(["feed"]).stdout
        #expect(
            feed.contains(
                "C. Derde bevestigde de koppeling op 3 december 2026; de daad blijft doorslaggevend volgens A. Analist (1 december 2026): gebroken (laten vallen)."
            ))
        // The status is still A. Analist's judgement, of her day: not that of whoever confirmed the link since.
        let explained = try tracker(["explain", Self.pledge, "--as-of", "2026-12-03", "--format", "json"])
        let object = try #require(try JSONSerialization.jsonObject(with: Data(explained.stdout.utf8)) as? [String: Any])
        let decided = try #require(object["decided_by"] as? [String: Any])
        #expect(decided["by"] as? String == "A. Analist")
        #expect(decided["on"] as? String == "2026-12-01")
    }

    @Test("A rejection of a link an analyst marked decisive says it takes the mark away")
    func rejectTakesMarkAway() throws {
        let (workspace, _, tracker) = try TrackerProcess.workspaceWithDatabase()
        #expect(try tracker(["update", "--mirror", TrackerProcess.mirror]).status == 0)
        let link = [Self.pledge, "kst-30950-458"]
        #expect(
            try tracker(["review", "decisive"] + link + ["partial", "--by", "A. Analist", "--on", "2026-12-01"]).status
                == 0)
        let rejected = try tracker(["review", "reject"] + link + ["--by", "B. Collega", "--on", "2026-12-02"])
        #expect(rejected.status == 0)
        let file = "Commitments/reviews/\(Self.pledge).yaml"
        #expect(
            rejected.stderr
                == "let op: deze verwerping neemt het doorslaggevende oordeel van A. Analist van 2026-12-01 (was: deels; \(file):4) weg\n"
        )
        #expect(
            try String(contentsOf: workspace.appendingPathComponent(file), encoding: .utf8).hasSuffix(
                "    verdict: rejected\n    by: B. Collega\n    on: 2026-12-02\n"))
    }
}

extension ReviewCLITests {
    @Test("The queue's --since keeps a motion submitted before the day and voted after it, as a letter reports it")
    func sinceByVote() throws {
        // The shipped ledger, which links the motion at the evidence line.
        let folder = TrackerProcess.temporaryFolder()
        let options = [
            "--workspace", TrackerProcess.root.path, "--db", folder.appendingPathComponent("db.sqlite").path,
        ]
        let tracker = { (arguments: [String]) in
            try TrackerProcess.run(arguments + options, environment: ["COLUMNS": "1000"])
        }
        #expect(try tracker(["update", "--offline"]).status == 0)
        let report = folder.appendingPathComponent("vlos-2025-09-18.xml")
        try Fixtures.votedMotion().write(to: report, atomically: true, encoding: .utf8)
        #expect(try tracker(["ingest", report.path]).status == 0)
        let since = ["--since", "2025-09-01", "--theme", "vluchtelingenverdrag"]
        // As of the cabinet-Schoof's last day: a letter after it holds the next cabinet to its own pledges.
        let letter = try tracker(["letter", "--to", "tweede-kamer", "--as-of", "2026-02-22"] + since)
        // Submitted on 26 June 2025, voted on 18 September: the letter reports it, the queue it names lists it.
        #expect(letter.stdout.contains("- **18 september 2025**, motie, Kamerstuk 36704, nr. 73:"))
        #expect(
            letter.stderr.contains(
                "beoordeel ze met tracker review list --theme vluchtelingenverdrag --since 2025-09-01"))
        let queue = try tracker(["review", "list", "--limit", "100"] + since).stdout.split(separator: "\n")
        // The letter's four links (three of the motion, 0,97, 0,77 and 0,76; one of kst-26150-229), and the link that
        // cannot count, of a deed from before its pledge; the queue filtered by the day submitted had only the last two.
        #expect(
            queue.filter { $0.first?.isNumber == true } == [
                "1. hla-asielcrisis-uitroepen ← kst-36704-73",
                "2. hla-asielvergunning-onbepaalde-tijd-afschaffen ← kst-36704-73",
                "3. hla-strengste-toelatingsregels-van-europa ← kst-36704-73",
                "4. hla-strengste-toelatingsregels-van-europa ← kst-26150-229",
                "5. vluchtelingenverdrag-aanpassen ← kst-26150-229",
            ])
        #expect(letter.stderr.contains("alle 4 koppelingen in deze brief zijn nog niet door een analist beoordeeld"))
    }
}
