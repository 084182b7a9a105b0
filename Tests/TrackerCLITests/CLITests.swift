import Foundation
import Synchronization
import TestSupport
import Testing

/// Runs the built `tracker` binary, as a user would.
struct TrackerProcess {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()

    static let binary: URL = {
        let beside = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent().appendingPathComponent(
            "tracker")
        if FileManager.default.isExecutableFile(atPath: beside.path) { return beside }
        return root.appendingPathComponent(".build/debug/tracker")
    }()

    /// What every command that scores, and update, ingest and rebuild, say of the test workspace's review of a deed
    /// that is not in Scrapers/mirror/ (`Tests/Fixtures/workspace/Commitments/reviews/etnisch-profileren-aanpakken.yaml`).
    static let missingDeedWarning =
        "Commitments/reviews/etnisch-profileren-aanpakken.yaml:8:5: warning: the review of etnisch-profileren-aanpakken → tk:zaak:2022Z07377 names a deed that is not in the database; it is kept and applies once the deed is there (tracker deeds lists the deeds)\n"

    struct Result {
        var status: Int32
        var stdout: String
        var stderr: String
    }

    static func start(_ arguments: [String], in directory: URL = root, environment: [String: String] = [:]) throws
        -> (Process, Pipe, Pipe)
    {
        let process = Process()
        process.executableURL = binary
        process.arguments = arguments
        process.currentDirectoryURL = directory
        // Reports wrap to COLUMNS; a test sets it or gets the 80 columns of no terminal.
        var inherited = ProcessInfo.processInfo.environment
        inherited["COLUMNS"] = nil
        process.environment = inherited.merging(environment) { _, new in new }
        let out = Pipe(), err = Pipe()
        process.standardOutput = out
        process.standardError = err
        try process.run()
        return (process, out, err)
    }

    static func run(_ arguments: [String], in directory: URL = root, environment: [String: String] = [:]) throws
        -> Result
    {
        let (process, out, err) = try start(arguments, in: directory, environment: environment)
        // Read both pipes to the end before waiting, so a full pipe cannot block the child.
        let stdout = out.fileHandleForReading.readDataToEndOfFile()
        let stderr = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return Result(
            status: process.terminationStatus, stdout: String(decoding: stdout, as: UTF8.self),
            stderr: String(decoding: stderr, as: UTF8.self))
    }

    static func temporaryFolder() -> URL { Fixtures.temporaryFolder(prefix: "tracker-cli") }

    static func temporaryDatabase() -> String { temporaryFolder().appendingPathComponent("ledger.sqlite").path }

    static func json(_ text: String) throws -> [[String: Any]] {
        try #require(JSONSerialization.jsonObject(with: Data(text.utf8)) as? [[String: Any]])
    }

    /// The test workspace (Tests/Fixtures/workspace): a small ledger copied from the shipped one.
    static let workspace = root.appendingPathComponent("Tests/Fixtures/workspace").path
    /// The real documents of the offline snapshot.
    static let mirror = root.appendingPathComponent("Scrapers/mirror").path

    /// Runs tracker on the test workspace.
    static func tracker(_ arguments: [String], environment: [String: String] = [:]) throws -> Result {
        try run(arguments + ["--workspace", workspace], environment: environment)
    }

    /// A copy of the test workspace with a database of its own inside it: the copy, the options that name both,
    /// and tracker run with them.
    static func workspaceWithDatabase() throws -> (
        workspace: URL, options: [String], tracker: ([String]) throws -> Result
    ) {
        let workspace = try workspaceCopy()
        let options = ["--workspace", workspace.path, "--db", workspace.appendingPathComponent("ledger.sqlite").path]
        return (workspace, options, { try run($0 + options) })
    }

    /// A copy of the test workspace (its ledger and templates), with no pause between requests.
    static func workspaceCopy() throws -> URL {
        let folder = temporaryFolder()
        let source = URL(fileURLWithPath: workspace)
        for name in ["Commitments", "Templates"] {
            try FileManager.default.copyItem(
                at: source.appendingPathComponent(name), to: folder.appendingPathComponent(name))
        }
        let scrapers = folder.appendingPathComponent("Scrapers")
        try FileManager.default.createDirectory(at: scrapers, withIntermediateDirectories: true)
        for name in try FileManager.default.contentsOfDirectory(atPath: source.appendingPathComponent("Scrapers").path)
        where name.hasSuffix(".yaml") {
            let text = try String(contentsOf: source.appendingPathComponent("Scrapers/\(name)"), encoding: .utf8)
                .replacing(/pause: [0-9.]+/, with: "pause: 0").replacing(/timeout: [0-9]+/, with: "timeout: 2")
            try text.write(to: scrapers.appendingPathComponent(name), atomically: true, encoding: .utf8)
        }
        return folder
    }
}

@Suite("The tracker command, end to end", .serialized)
struct CLITests {
    @Test("validate checks the ledger and source definitions")
    func validate() throws {
        let result = try TrackerProcess.tracker(["validate"])
        #expect(result.status == 0)
        #expect(
            result.stdout == """
                ledger ok: 5 themes, 11 source documents, 8 standards, 10 pledges, 1 municipalities, 1 reviews
                sources ok: gemeente-den-helder, officielebekendmakingen, tweedekamer
                coverage of the source documents (items named by a pledge, standard or fact):
                  coalitieakkoord-2026: cited by 0 pledges, 0 standards, 0 facts
                  amnesty-brief-tk-coalitieakkoord-2026: 1 of 2 items; cited by 6 pledges, 4 standards, 0 facts
                    not represented: bandencriterium-verruimen
                  amnesty-brief-gemeenten-2026: 1 of 1 items; cited by 0 pledges, 1 standard, 0 facts
                  notitie-buitenlandbeleid-mensenrechten: cited by 0 pledges, 1 standard, 0 facts
                  denhelder-2022-regionoordkop-opvang: cited by 1 pledge, 0 standards, 2 facts
                  hoofdlijnenakkoord-2024: cited by 0 pledges, 0 standards, 0 facts
                  regeerprogramma-2024: cited by 0 pledges, 0 standards, 0 facts
                  rp-2024-mvt-tweestatusstelsel: cited by 1 pledge, 0 standards, 0 facts
                  hla-2024-griffiers: cited by 1 pledge, 0 standards, 0 facts
                  amnesty-hoofdlijnenakkoord-2024: cited by 0 pledges, 2 standards, 0 facts
                  hla-2024-nhnieuws: cited by 1 pledge, 0 standards, 0 facts

                """)
    }

    @Test("update --mirror ingests the snapshot; a second run changes nothing; the scorecard covers the five themes")
    func offlineUpdate() throws {
        let db = TrackerProcess.temporaryDatabase()
        let first = try TrackerProcess.tracker(["update", "--mirror", TrackerProcess.mirror, "--db", db])
        #expect(first.status == 0)
        let firstLines = first.stdout.split(separator: "\n")
        // 33 documents of Kamerstukken and VLOS reports, 1 saved council page, the run, the totals.
        #expect(firstLines.count == 36)
        #expect(firstLines.filter { $0.hasPrefix("added: ") }.count == 34)
        #expect(firstLines.dropLast().last?.hasPrefix("scores: run 1 recorded (rubric 1.0, as of ") == true)
        #expect(firstLines.dropLast().last?.hasSuffix("), the first; 10 pledges scored") == true)
        #expect(
            firstLines.last
                == "34 of 34 documents read; database: 34 documents, 169 deeds, 52 links, 0 rejected documents; 9 pledges linked"
        )

        let second = try TrackerProcess.tracker(["update", "--mirror", TrackerProcess.mirror, "--db", db])
        #expect(second.status == 0)
        let secondLines = second.stdout.split(separator: "\n")
        #expect(secondLines.filter { $0.hasPrefix("unchanged: ") }.count == 34)
        #expect(secondLines.last == firstLines.last)
        #expect(secondLines.dropLast().last == "scores: unchanged since run 1")

        let rows = try TrackerProcess.json(
            try TrackerProcess.tracker(["scorecard", "--db", db, "--as-of", "2025-12-31", "--format", "json"]).stdout)
        #expect(
            rows.map { $0["pledge"] as! String } == [
                "hla-strengste-toelatingsregels-van-europa", "rp-tweestatusstelsel-invoeren",
                "hla-voorwaarden-aan-kunstmatige-intelligentie", "vluchtelingenverdrag-aanpassen",
                "procedurele-waarborgen-asiel-schrappen", "opvang-verbeteren-en-sneller-meedoen",
                "buitenlandbeleid-conform-igh-en-strafhof", "demonstratierecht-fundamenteel-onderdeel-democratie",
                "etnisch-profileren-aanpakken", "den-helder-college-opvangcapaciteit-niet-uitbreiden",
            ])
        // Every deed of the snapshot is of 2025: the 2026 agreement's pledges have only a prior record. Of the
        // 2024 pledges one has a letter and motions supporting it; the others' deeds only mention them. The 2015
        // council page holds nothing on asylum reception, so Den Helder's pledge has no deed.
        #expect(
            rows.map { $0["status"] as! String } == ["not-rated", "not-rated", "in-progress"]
                + Array(repeating: "not-rated", count: 7))
        #expect(rows.map { ($0["prior_record"] as! [String]).count } == [0, 0, 0, 2, 1, 1, 3, 1, 5, 0])
        let table = try TrackerProcess.tracker(["scorecard", "--db", db]).stdout
        for id in ["kst-30950-458", "kst-26150-229", "kst-29237-219", "kst-28684-811", "kst-36704-59"] {
            #expect(table.contains(id), "\(id)")
        }
    }

    @Test("ingest: malformed files among good ones are named with their line; a document declaring entities is refused")
    func ingestBadAmongGood() throws {
        let db = TrackerProcess.temporaryDatabase()
        let fixtures = "Tests/Fixtures"
        let result = try TrackerProcess.tracker([
            "ingest", "--db", db, "Scrapers/mirror/officielebekendmakingen/kst-30950-440.xml",
            "\(fixtures)/malformed/kst-36760-39-truncated.xml", "\(fixtures)/hostile/xxe-kst-36760-39.xml",
            "\(fixtures)/hostile/billion-laughs-kst-36760-39.xml",
        ])
        #expect(result.status == 1)
        #expect(
            result.stderr == TrackerProcess.missingDeedWarning + """
                rejected: \(fixtures)/malformed/kst-36760-39-truncated.xml:17:15: Specification mandates value for attribute na
                rejected: \(fixtures)/hostile/xxe-kst-36760-39.xml:3:3: the document type declares an entity; expected a document without entity declarations (tracker expands no entities)
                rejected: \(fixtures)/hostile/billion-laughs-kst-36760-39.xml:3:3: the document type declares an entity; expected a document without entity declarations (tracker expands no entities)

                """)
        #expect(
            result.stdout.hasPrefix(
                "added: Scrapers/mirror/officielebekendmakingen/kst-30950-440.xml (officiele-publicatie, 1 deeds, 1 changed)\n"
            ))
        let deeds = try TrackerProcess.tracker(["deeds", "--db", db, "--format", "json"]).stdout
        #expect(!deeds.contains("TOP-SECRET-CANARY"))
        #expect(!deeds.contains("root:x:0"))
        #expect(try TrackerProcess.json(deeds).map { $0["id"] as! String } == ["kst-30950-440"])
    }

    @Test("ingest: a path that names no file is an error before anything is opened; JSON keys stay, null when unknown")
    func ingestMissingFile() throws {
        let db = TrackerProcess.temporaryDatabase()
        let missing = try TrackerProcess.tracker(["ingest", "--db", db, "Tests/Fixtures/no-such-motion.xml", "Tests"])
        #expect(missing.status == 1)
        #expect(
            missing.stderr
                == "error: no such file: Tests/Fixtures/no-such-motion.xml, Tests; expected documents to ingest (nothing was read)\n"
        )
        #expect(!FileManager.default.fileExists(atPath: db))
        // A VLOS report names no URL for the deeds it holds, and its votes no member: null, not left out.
        let vlos =
            "Tests/Fixtures/tk-vlos/vlos_8f376d4c-2cac-479f-b849-f16dfcb2461e_80ff4c27-df64-461a-9c16-af57bb1824f9.xml"
        #expect(try TrackerProcess.tracker(["ingest", "--db", db, vlos]).status == 0)
        let deeds = try TrackerProcess.json(
            try TrackerProcess.tracker(["deeds", "--db", db, "--format", "json"]).stdout)
        #expect(!deeds.isEmpty)
        for deed in deeds {
            let source = try #require(deed["source"] as? [String: Any])
            #expect(Set(source.keys) == ["format", "document", "url", "hash"])
            for actor in deed["actors"] as? [[String: Any]] ?? [] {
                #expect(Set(actor.keys) == ["role", "name", "group"])
            }
        }
    }

    @Test("A motion not in the snapshot links to a pledge of its theme")
    func ingestLinks() throws {
        let db = TrackerProcess.temporaryDatabase()
        _ = try TrackerProcess.tracker([
            "ingest", "--db", db, "Scrapers/mirror/officielebekendmakingen/kst-32735-413.xml",
        ])
        let links = try TrackerProcess.json(
            try TrackerProcess.tracker(["links", "--db", db, "--format", "json"]).stdout)
        let strongest = try #require(links.first)
        #expect(strongest["deed"] as? String == "kst-32735-413")
        #expect(strongest["pledge"] as? String == "buitenlandbeleid-conform-igh-en-strafhof")
        #expect((strongest["themes"] as? [String]) == ["internationaal-strafhof"])
        #expect(
            Set(strongest.keys) == [
                "pledge", "deed", "themes", "confidence", "stance", "method", "explanation", "review", "outcome",
                "cabinet_appraisal",
            ])
        // --min-confidence keeps the links at or above it: the strongest, not those below the evidence line.
        let strong = try TrackerProcess.json(
            try TrackerProcess.tracker(["links", "--db", db, "--min-confidence", "0.5", "--format", "json"]).stdout)
        #expect(strong.count == links.filter { ($0["confidence"] as? Double ?? 0) >= 0.5 }.count)
        #expect(strong.first?["deed"] as? String == "kst-32735-413")
        let confidence = try #require(strongest["confidence"] as? Double)
        let above = try TrackerProcess.tracker([
            "links", "--db", db, "--min-confidence", String(format: "%.3f", min(1, confidence + 0.001)), "--format",
            "json",
        ])
        #expect(try TrackerProcess.json(above.stdout).isEmpty)
        #expect(try TrackerProcess.tracker(["links", "--db", db, "--min-confidence", "1.5"]).status == 64)
    }

    @Test("JSON lists use the documented keys")
    func jsonKeys() throws {
        let pledge = try #require(
            try TrackerProcess.json(try TrackerProcess.tracker(["pledges", "--format", "json"]).stdout).first)
        #expect(Set(pledge.keys).isSuperset(of: ["id", "actor", "level", "themes", "text", "source", "rights"]))
        #expect((pledge["rights"] as? [String: Any])?["direction"] != nil)
        let standard = try #require(
            try TrackerProcess.json(try TrackerProcess.tracker(["standards", "--format", "json"]).stdout).first)
        #expect(Set(standard.keys).isSuperset(of: ["id", "themes", "text", "source"]))
        let db = TrackerProcess.temporaryDatabase()
        _ = try TrackerProcess.tracker([
            "ingest", "--db", db,
            "Scrapers/mirror/tweedekamer/vlos/vlos_e2903f19-34e9-4c37-b1dc-f985d071fc97_d5130a6f-0400-4b03-b8d3-8daed02dc4af.xml",
        ])
        let deed = try #require(
            try TrackerProcess.json(try TrackerProcess.tracker(["deeds", "--db", db, "--format", "json"]).stdout).first)
        #expect(Set(deed.keys).isSuperset(of: ["id", "kind", "date", "title", "refs", "outcome", "source"]))
        let outcome = try #require(deed["outcome"] as? [String: Any])
        // The meeting report gives no group sizes: no seat tally, the groups counted.
        #expect(outcome["tally"] is NSNull)
        #expect(outcome["tally_groups"] as? [String: Int] == ["voor": 11, "tegen": 4])
        let themed = try TrackerProcess.json(
            try TrackerProcess.tracker(["pledges", "--theme", "eerlijk-proces", "--format", "json"]).stdout)
        #expect(themed.map { $0["id"] as! String } == ["procedurele-waarborgen-asiel-schrappen"])
    }

    @Test("Debates, commitments and bills in JSON: stage and stages always present, refs with activities")
    func newDeedKinds() throws {
        let db = TrackerProcess.temporaryDatabase()
        let ingested = try TrackerProcess.tracker([
            "ingest", "--db", db,
            "Scrapers/mirror/tweedekamer/vlos/vlos_d972288f-fcc1-493b-b38d-0fa400343608_8d411d38-40af-4853-b1d9-97603563fc9f.xml",
            "Scrapers/mirror/tweedekamer/vlos/vlos_be33e3cf-31ba-42ad-803b-a7d6404d3b0c_b5130467-a6c2-4f83-99c3-65ec778e5a24.xml",
            "Tests/Fixtures/staatsblad/stb-2018-84.xml",
        ])
        #expect(ingested.status == 0)
        let deeds = try TrackerProcess.json(
            try TrackerProcess.tracker(["deeds", "--db", db, "--format", "json"]).stdout)
        #expect(deeds.count == 82)
        #expect(deeds.allSatisfy { $0.keys.contains("stage") && $0["stages"] is [Any] })
        #expect(deeds.allSatisfy { ($0["refs"] as? [String: Any])?["activities"] is [String] })
        let debate = try #require(deeds.first { $0["id"] as? String == "tk:activiteit:2025A04940" })
        #expect(debate["kind"] as? String == "debate")
        #expect(debate["date"] as? String == "2025-07-02")
        #expect(debate["stage"] is NSNull)
        #expect((debate["refs"] as? [String: Any])?["activities"] as? [String] == ["2025A04940"])
        let commitment = try #require(deeds.first { $0["id"] as? String == "tk:activiteit:2025A04940:toezegging:3" })
        #expect(commitment["kind"] as? String == "commitment")
        #expect(
            (commitment["actors"] as? [[String: Any]])?.first?["name"] as? String
                == "staatssecretaris Rechtsbescherming Struycken")
        let bill = try #require(deeds.first { $0["id"] as? String == "wetsvoorstel:36554" })
        #expect(bill["stage"] as? String == "ingediend")
        #expect(
            (bill["stages"] as? [[String: Any]])?.map { $0["document"] as? String }
                == ["vlos:1510ed6b-f05e-4463-b9b2-862e61f4a9c2"])
        let decree = try #require(deeds.first { $0["id"] as? String == "stb-2018-84" })
        #expect(decree["kind"] as? String == "decree")
        #expect(decree["date"] as? String == "2018-03-27")
    }

    @Test("An invalid ledger stops update before anything is written")
    func invalidLedger() throws {
        let workspace = try TrackerProcess.workspaceCopy()
        let file = workspace.appendingPathComponent("Commitments/national/pledges.yaml")
        let text = try String(contentsOf: file, encoding: .utf8)
        try text.replacingOccurrences(of: "    kept_when:", with: "    kept_wen:").write(
            to: file, atomically: true, encoding: .utf8)
        let db = workspace.appendingPathComponent("db/ledger.sqlite").path
        let result = try TrackerProcess.run([
            "update", "--mirror", TrackerProcess.mirror, "--workspace", workspace.path, "--db", db,
        ])
        #expect(result.status == 1)
        #expect(result.stderr.contains("Commitments/national/pledges.yaml:"))
        #expect(result.stderr.contains("unknown field 'kept_wen' in a pledge; expected one of:"))
        #expect(result.stderr.hasSuffix("problems in the ledger; nothing was written.\n"))
        #expect(!FileManager.default.fileExists(atPath: db))
        let validate = try TrackerProcess.run(["validate", "--workspace", workspace.path])
        #expect(validate.status == 1)
        #expect(validate.stdout.split(separator: "\n").count == 12)  // 6 pledges × (no kept_when + unknown field)
    }

    @Test("update --source tweedekamer --endpoint follows a SyncFeed server to the end, then fetches nothing old")
    func syncFeedUpdate() throws {
        let server = try SyncFeedServer(pageSize: 4)
        defer { server.stop() }
        server.publish(try SyncFeedCorpus.real().entities)
        let workspace = try TrackerProcess.workspaceCopy()
        let arguments = [
            "update", "--workspace", workspace.path, "--source", "tweedekamer", "--endpoint",
            "tweedekamer=\(server.endpoint)",
        ]
        let first = try TrackerProcess.run(arguments)
        #expect(first.status == 0)
        #expect(first.stderr == TrackerProcess.missingDeedWarning)
        #expect(
            first.stdout.hasPrefix(
                "tweedekamer: 24 pages, 74 entities, deeds 25 new / 1 changed / 0 removed, 0 errors ("))
        let requests = server.requests.count
        let second = try TrackerProcess.run(arguments)
        #expect(
            second.stdout.hasPrefix("tweedekamer: 0 pages, 0 entities, deeds 0 new / 0 changed / 0 removed, 0 errors (")
        )
        #expect(server.requests.count == requests + 11)
        let deeds = try TrackerProcess.json(
            try TrackerProcess.run(["deeds", "--workspace", workspace.path, "--format", "json"]).stdout)
        let letter = try #require(deeds.first { $0["id"] as? String == "kst-36786-4" })
        #expect(((letter["outcome"] as? [String: Any])?["votes"] as? [Any])?.count == 15)
    }

    @Test("links shows each linked deed's outcome and the cabinet's advice, as deeds does")
    func linksShowOutcomeAndAdvice() throws {
        let server = try SyncFeedServer(pageSize: 50)
        defer { server.stop() }
        server.publish(try SyncFeedCorpus.real().entities + SyncFeedCorpus.zaakExcerpt())
        let workspace = try TrackerProcess.workspaceCopy()
        let update = try TrackerProcess.run([
            "update", "--workspace", workspace.path, "--source", "tweedekamer", "--endpoint",
            "tweedekamer=\(server.endpoint)",
        ])
        #expect(update.status == 0)
        let links = try TrackerProcess.json(
            try TrackerProcess.run(["links", "--workspace", workspace.path, "--format", "json"]).stdout)
        let advice = Dictionary(
            links.map { ("\($0["pledge"] as! String) ← \($0["deed"] as! String)", $0["cabinet_appraisal"] as? String) },
            uniquingKeysWith: { first, _ in first })
        #expect(advice["etnisch-profileren-aanpakken ← tk:zaak:2022Z07377"] == "Oordeel Kamer")
        #expect(advice["procedurele-waarborgen-asiel-schrappen ← tk:zaak:2019Z22940"] == "Ontraden")
        #expect(advice["vluchtelingenverdrag-aanpassen ← tk:zaak:2022Z26218"] == "Ontraden")
        #expect(links.allSatisfy { $0.keys.contains("outcome") && $0.keys.contains("cabinet_appraisal") })
        let table = try TrackerProcess.run(["links", "--workspace", workspace.path]).stdout.split(separator: "\n")
        // The table is for the analyst, in Dutch. Its columns are wider than 80 together, so at 80 each link is a
        // block: the pledge, the other columns as "header value" pairs, the explanation; every line fits.
        let wide = try TrackerProcess.run(["links", "--workspace", workspace.path], environment: ["COLUMNS": "200"])
        let header = try #require(wide.stdout.split(separator: "\n").first)
        #expect(
            header.split(separator: " ")
                == ["BELOFTE", "DAAD", "ZEKERHEID", "STAND", "METHODE", "OORDEEL", "UITKOMST", "ADVIES", "WAAROM"])
        #expect(table.allSatisfy { $0.count <= 80 })
        let row = try #require(table.firstIndex { $0.contains("tk:zaak:2019Z22940") })
        #expect(table[row - 1] == "procedurele-waarborgen-asiel-schrappen")
        #expect(
            Array(table[row...].prefix(2)) == [
                "    daad tk:zaak:2019Z22940 · zekerheid 0,77 · stand werkt tegen",
                "    methode zinsnede · advies Ontraden",
            ])
        #expect(table[row + 2].hasPrefix("    zinsneden: 'rechtsbijstand' in de titel"))
    }

    @Test("update with an unknown source or a bad endpoint says so")
    func badRequests() throws {
        let unknown = try TrackerProcess.tracker([
            "update", "--source", "tweedekamr", "--db", TrackerProcess.temporaryDatabase(),
        ])
        #expect(unknown.status == 1)
        #expect(
            unknown.stderr
                == "error: unknown source 'tweedekamr' (did you mean 'tweedekamer'?); the sources in Scrapers/ are: gemeente-den-helder, officielebekendmakingen, tweedekamer\n"
        )
        let endpoint = try TrackerProcess.tracker([
            "update", "--endpoint", "tweedekamer", "--db", TrackerProcess.temporaryDatabase(),
        ])
        #expect(endpoint.status == 64)
        #expect(endpoint.stderr.hasPrefix("Error: The value 'tweedekamer' is invalid for '--endpoint <endpoint>'"))
        // A recorded run of a day to come (a year mistyped) is refused by every command that records one.
        let database = TrackerProcess.temporaryDatabase()
        for command in [["update", "--offline"], ["ingest", "x.xml"], ["rebuild"]] {
            let future = try TrackerProcess.tracker(command + ["--as-of", "2099-01-01", "--db", database])
            #expect(future.status == 64)
            #expect(
                future.stderr.hasPrefix(
                    "Error: --as-of 2099-01-01 is after today; a recorded run scores as of a day that has come"))
        }
        #expect(!FileManager.default.fileExists(atPath: database))
    }

    @Test("Killed in the middle of an update, the next run ends with exactly the deeds of an uninterrupted run")
    func killedUpdate() throws {
        let server = try SyncFeedServer(pageSize: 2)
        defer { server.stop() }
        server.publish(try SyncFeedCorpus.real().entities)
        let workspace = try TrackerProcess.workspaceCopy()
        let endpoint = "tweedekamer=\(server.endpoint)"
        let source = ["--source", "tweedekamer"]
        let clean = workspace.appendingPathComponent("clean.sqlite").path
        #expect(
            try TrackerProcess.run(
                ["update", "--workspace", workspace.path, "--db", clean, "--endpoint", endpoint] + source
            ).status == 0)
        let expected = try TrackerProcess.run([
            "deeds", "--workspace", workspace.path, "--db", clean, "--format", "json",
        ]).stdout

        // Killed once the server has been asked for ten pages of this run, so while it is still paging.
        server.inject(.delay(0.05), times: 1000) { _ in true }
        let killed = workspace.appendingPathComponent("killed.sqlite").path
        let served = server.requests.count
        let (process, _, _) = try TrackerProcess.start(
            ["update", "--workspace", workspace.path, "--db", killed, "--endpoint", endpoint] + source)
        let deadline = Date().addingTimeInterval(60)
        while server.requests.count < served + 10, Date() < deadline { Thread.sleep(forTimeInterval: 0.01) }
        #expect(server.requests.count >= served + 10)
        kill(process.processIdentifier, SIGKILL)
        process.waitUntilExit()
        #expect(process.terminationReason == .uncaughtSignal)
        let partial = try TrackerProcess.run([
            "deeds", "--workspace", workspace.path, "--db", killed, "--format", "json",
        ]).stdout
        #expect(partial != expected)

        #expect(
            try TrackerProcess.run(
                ["update", "--workspace", workspace.path, "--db", killed, "--endpoint", endpoint] + source
            ).status == 0)
        let resumed = try TrackerProcess.run([
            "deeds", "--workspace", workspace.path, "--db", killed, "--format", "json",
        ]).stdout
        #expect(resumed == expected)
    }

    @Test("An unknown --theme or --pledge is an error with a suggestion, never an empty list")
    func unknownNames() throws {
        let db = TrackerProcess.temporaryDatabase()
        #expect(
            try TrackerProcess.tracker([
                "ingest", "--db", db, "\(TrackerProcess.mirror)/officielebekendmakingen/kst-30950-440.xml",
            ]).status == 0)
        let theme = try TrackerProcess.tracker(["pledges", "--theme", "vluchtelingen"])
        #expect(theme.status == 1)
        #expect(theme.stdout == "")
        #expect(
            theme.stderr
                == "error: unknown theme 'vluchtelingen' (did you mean 'vluchtelingenverdrag'?); the themes are: etnisch-profileren, vluchtelingenverdrag, internationaal-strafhof, demonstratierecht, eerlijk-proces\n"
        )
        let pledge = try TrackerProcess.tracker(["links", "--db", db, "--pledge", "etnisch-profileren-aanpaken"])
        #expect(pledge.status == 1)
        #expect(
            pledge.stderr
                == "error: unknown pledge 'etnisch-profileren-aanpaken'; did you mean 'etnisch-profileren-aanpakken'? (`tracker pledges` lists them)\n"
        )
        let deeds = try TrackerProcess.tracker(["deeds", "--db", db, "--theme", "demonstratie"])
        #expect(deeds.status == 1)
        #expect(deeds.stderr.hasPrefix("error: unknown theme 'demonstratie'"))
    }

    @Test("Read commands never create a database; a missing mirror folder is an error; database errors name the file")
    func missingThings() throws {
        let folder = TrackerProcess.temporaryFolder().appendingPathComponent("nowhere")
        let db = folder.appendingPathComponent("ledger.sqlite").path
        for command in [["scorecard"], ["deeds"], ["links"], ["rebuild"]] {
            let result = try TrackerProcess.tracker(command + ["--db", db])
            #expect(result.status == 1, "\(command)")
            #expect(
                result.stderr == "error: no database at \(db); `tracker update` (or `update --offline`) creates it\n")
        }
        #expect(!FileManager.default.fileExists(atPath: folder.path))
        let mirror = try TrackerProcess.tracker(["update", "--mirror", folder.path, "--db", db])
        #expect(mirror.status == 1)
        #expect(mirror.stderr == "error: no folder \(folder.path); expected a folder of XML documents to ingest\n")
        #expect(!FileManager.default.fileExists(atPath: folder.path))
        let unwritable = try TrackerProcess.tracker([
            "ingest", "--db", "/proc/tracker.sqlite",
            "\(TrackerProcess.mirror)/officielebekendmakingen/kst-30950-440.xml",
        ])
        #expect(unwritable.status == 1)
        #expect(unwritable.stderr.hasPrefix("error: database /proc/tracker.sqlite: "))
    }

    @Test("A mistyped command is named with a suggestion")
    func mistypedCommand() throws {
        let result = try TrackerProcess.run(["scorecrd", "--workspace", TrackerProcess.workspace])
        #expect(result.status == 64)
        #expect(
            result.stderr == """
                error: unknown command 'scorecrd'; did you mean 'scorecard'?
                the commands are: update, ingest, rebuild, validate, pledges, standards, deeds, links, review, scorecard, explain, timeline, diff, runs, feed, letter, annual-report, publish, serve (tracker --help)

                """)
        // Options before the command are named with the command as it should be written.
        let early = try TrackerProcess.run([
            "--workspace", TrackerProcess.workspace, "scorecard", "--as-of", "2026-01-01",
        ])
        #expect(early.status == 64)
        #expect(
            early.stderr
                == "error: options follow the command; expected tracker scorecard --as-of 2026-01-01 --workspace \(TrackerProcess.workspace)\n"
        )
        // A value that is a command's name is the option's; a command with arguments takes the options after them.
        let nested = try TrackerProcess.run(["--quiet", "--workspace", "review", "review", "confirm", "p", "d"])
        #expect(
            nested.stderr
                == "error: options follow the command; expected tracker review confirm p d --quiet --workspace review\n"
        )
        // --out naming a folder says so, instead of Foundation's error number.
        let folder = TrackerProcess.temporaryFolder().path
        let written = try TrackerProcess.tracker(["scorecard", "--db", try ScoringCLITests.snapshot(), "--out", folder])
        #expect(written.status == 1)
        #expect(
            written.stderr.contains(
                "error: cannot write \(folder): it is a folder; expected a file's path (--out FOLDER/NAME)"))
    }

    @Test("rebuild checks Scrapers/ against the ledger, as update does, before it touches the database")
    func rebuildCrossCheck() throws {
        let workspace = try TrackerProcess.workspaceCopy()
        let db = workspace.appendingPathComponent("ledger.sqlite").path
        #expect(
            try TrackerProcess.run([
                "update", "--mirror", TrackerProcess.mirror, "--workspace", workspace.path, "--db", db,
            ]).status == 0)
        try FileManager.default.removeItem(at: workspace.appendingPathComponent("Commitments/municipal"))
        let result = try TrackerProcess.run(["rebuild", "--workspace", workspace.path, "--db", db])
        #expect(result.status == 1)
        #expect(result.stderr.hasPrefix("Scrapers/gemeente-den-helder.yaml:"))
        #expect(result.stderr.contains("reads council pages of municipality 'den-helder', which is not in the ledger"))
        #expect(result.stderr.hasSuffix("1 problem in Scrapers/; nothing was fetched or written.\n"))
    }
}

extension CLITests {
    @Test(
        "rebuild links every deed again: a database filled in two steps then links as one built in one step (the full-text score reads the word statistics of all deeds)"
    )
    func rebuildRelinksEveryDeed() throws {
        let files = ["kst-30950-440", "kst-28684-790", "kst-36760-39", "kst-29237-219"].map {
            "Scrapers/mirror/officielebekendmakingen/\($0).xml"
        }
        let once = TrackerProcess.temporaryDatabase()
        #expect(try TrackerProcess.tracker(["ingest", "--db", once] + files).status == 0)
        let steps = TrackerProcess.temporaryDatabase()
        #expect(try TrackerProcess.tracker(["ingest", "--db", steps, files[0]]).status == 0)
        #expect(try TrackerProcess.tracker(["ingest", "--db", steps] + files.dropFirst()).status == 0)
        func links(_ db: String) throws -> String {
            try TrackerProcess.tracker(["links", "--db", db, "--format", "csv"]).stdout
        }
        let expected = try links(once)
        // The first step's deed kept the links it got when it was the only deed (0.853 where one step gives 0.882).
        #expect(try links(steps) != expected)
        #expect(try TrackerProcess.tracker(["rebuild", "--db", steps]).status == 0)
        #expect(try links(steps) == expected)
    }

    @Test("Three updates started at once on a new database all succeed: one migrates it at a time")
    func concurrentFirstRuns() throws {
        let alone = TrackerProcess.temporaryDatabase()
        #expect(try TrackerProcess.tracker(["update", "--mirror", TrackerProcess.mirror, "--db", alone]).status == 0)
        let expected = try TrackerProcess.tracker(["links", "--db", alone, "--format", "csv"]).stdout
        for _ in 0..<3 {
            let db = TrackerProcess.temporaryDatabase()
            let statuses = Mutex([Int32]())
            let errors = Mutex([String]())
            DispatchQueue.concurrentPerform(iterations: 3) { _ in
                let result = try? TrackerProcess.tracker(["update", "--mirror", TrackerProcess.mirror, "--db", db])
                statuses.withLock { $0.append(result?.status ?? -1) }
                if let result, result.status != 0 { errors.withLock { $0.append(result.stderr) } }
            }
            // Each failed now and then with "table document already exists" or "malformed JSON".
            #expect(statuses.withLock { $0 } == [0, 0, 0], "\(errors.withLock { $0 })")
            // And the database is what one update alone makes.
            #expect(try TrackerProcess.tracker(["links", "--db", db, "--format", "csv"]).stdout == expected)
        }
    }
}
