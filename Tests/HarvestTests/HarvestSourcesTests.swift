import Core
import Deeds
import Foundation
import Ledger
import Markup
import TestSupport
import Testing
import TrackerKit

@testable import Harvest
@testable import Store

@Suite("officielebekendmakingen: SRU search, document XML and the RSS signal", .serialized)
struct SRUHarvestTests {
    static func run(_ server: SRUServer, store: Store, rss: Bool = true, now: Date = Date()) async -> SourceSummary {
        let settings = SRUSettings(
            connection: "officielepublicaties",
            query: "c.product-area==officielepublicaties AND w.publicatienaam==Kamerstuk",
            ledgerDossiers: false, dossiers: ["30950", "36704"], since: Day("2025-01-01")!, pageSize: 4,
            rss: rss ? URL(string: server.rssURL) : nil)
        let source = SourceDefinition(
            name: "officielebekendmakingen", kind: .sru, endpoint: URL(string: server.endpoint)!, http: HTTPSettings(),
            sru: settings, location: SourceLocation(file: "test", line: 1, column: 1))
        return await SRURun(
            source: source, settings: settings, dossiers: settings.dossiers, store: store,
            http: HarvestWorkspace.client(source), progress: { _ in }, now: now
        ).run()
    }

    @Test("Kamerstukken of the searched dossiers are fetched once; an unchanged RSS feed skips the search")
    func incremental() async throws {
        let server = try SRUServer()
        defer { server.stop() }
        let store = try Store(path: ":memory:")
        let first = await Self.run(server, store: store)
        #expect(first.errors == [])
        #expect(first.entities == 5)
        #expect(first.pages == 8)  // the RSS feed, two search pages of at most 4 records, five documents
        #expect(
            first.added.listed == ["kst-30950-440", "kst-36704-59", "kst-36704-67", "kst-36704-69", "kst-36704-73"])
        let search = try #require(server.requests.first { $0.path == "/sru" })
        #expect(
            search.query["query"]
                == "(c.product-area==officielepublicaties AND w.publicatienaam==Kamerstuk) AND (w.dossiernummer==\"30950\" OR w.dossiernummer==\"36704\") AND dt.modified>=2025-01-01"
        )
        #expect(search.query["x-connection"] == "officielepublicaties")
        #expect(try store.cursor(source: "officielebekendmakingen", category: "search") == "2025-06-27")

        // The feed answers 304 to the stored ETag: nothing new, no search.
        let before = server.requests.count
        let second = await Self.run(server, store: store)
        #expect((second.pages, second.entities) == (1, 0))
        #expect(server.requests.dropFirst(before).map(\.path) == ["/rss"])

        // Without the signal the search runs from the cursor; same-version documents are not fetched again.
        let third = await Self.run(server, store: store, rss: false)
        #expect(third.entities == 4)  // the four 36704 motions published on 2025-06-27, the cursor day
        #expect(third.added.count == 0 && third.changed.count == 0)
        #expect(!server.requests.dropFirst(before + 1).contains { $0.path.hasPrefix("/documents/") })
    }

    @Test("A document that does not parse is kept aside with the bytes that came, named with its line; the rest go in")
    func malformedDocument() async throws {
        // DERIVED: the real motion kst-36704-69 cut off halfway, as a broken transfer leaves it.
        let server = try SRUServer(damage: ["kst-36704-69": { $0.prefix($0.count / 2) }])
        defer { server.stop() }
        let store = try Store(path: ":memory:")
        let summary = await Self.run(server, store: store)
        #expect(summary.added.listed == ["kst-30950-440", "kst-36704-59", "kst-36704-67", "kst-36704-73"])
        #expect(summary.errors.count == 1)
        let document = server.url("/documents/kst-36704-69.xml")
        #expect(summary.errors.first?.hasPrefix("\(document):") == true)
        let damaged = try #require(server.documents.first { $0.identifier == "kst-36704-69" }).data
        #expect(try store.rejectedRaw(name: document) == damaged)
        #expect(!damaged.isEmpty)
    }

    @Test("A record whose XML is missing holds the cursor at its day, the pages after it are still read")
    func missingRecent() async throws {
        // The motion of 19 March 2025 is listed but its XML answers 404, two days after: it may yet come.
        let server = try SRUServer(missing: ["kst-30950-440"])
        defer { server.stop() }
        let store = try Store(path: ":memory:")
        let now = try #require(ISO8601DateFormatter().date(from: "2025-03-21T12:00:00Z"))
        let first = await Self.run(server, store: store, rss: false, now: now)
        #expect(first.errors == ["\(server.url("/documents/kst-30950-440.xml")): HTTP 404 (after 1 attempt)"])
        // The second search page is read too (it stopped after the first page with a failure before).
        #expect(first.added.listed == ["kst-36704-59", "kst-36704-67", "kst-36704-69", "kst-36704-73"])
        #expect(try store.cursor(source: "officielebekendmakingen", category: "search") == "2025-03-19")
        #expect(try store.rejectedRaw(name: server.url("/documents/kst-30950-440.xml")) == nil)

        // Next run its XML is there: it comes in, the others are not fetched again, the cursor moves on.
        let healthy = try SRUServer()
        defer { healthy.stop() }
        let second = await Self.run(healthy, store: store, rss: false, now: now)
        #expect(second.errors == [])
        #expect(second.added.listed == ["kst-30950-440"])
        #expect(
            healthy.requests.filter { $0.path.hasPrefix("/documents/") }.map(\.path) == [
                "/documents/kst-30950-440.xml"
            ])
        #expect(try store.cursor(source: "officielebekendmakingen", category: "search") == "2025-06-27")
    }

    @Test(
        "A new version that gives less is refused and held; asked for again despite the RSS signal, it is stored with --accept-loss"
    )
    func refusedLoss() async throws {
        let path = Fixtures.temporaryFolder(prefix: "sru-loss").appendingPathComponent("ledger.sqlite").path
        let healthy = try SRUServer()
        defer { healthy.stop() }
        #expect(await Self.run(healthy, store: try Store(path: path)).errors == [])
        // DERIVED: the real motion kst-36704-73 listed as changed on 1 March 2026, its body (and so its dictum) gone.
        let cut = try SRUServer(
            damage: [
                "kst-36704-73": { data in
                    let text = String(decoding: data, as: UTF8.self)
                    guard let start = text.range(of: "<kamerstuk>"), let end = text.range(of: "</kamerstuk>") else {
                        return data
                    }
                    return Data((String(text[..<start.lowerBound]) + String(text[end.upperBound...])).utf8)
                }
            ], modified: ["kst-36704-73": "2026-03-01"])
        defer { cut.stop() }
        let refused = await Self.run(cut, store: try Store(path: path), rss: false)
        #expect(refused.errors.count == 1)
        #expect(
            refused.errors.first?.hasSuffix(
                "kst-36704-73.xml: of deeds it still gives it lacks what the stored version had: kst-36704-73: its operative text, its text; is it cut off? The stored version stays and this one is kept aside; if the source really gives less now, run the command again with --accept-loss"
            ) == true)
        let store = try Store(path: path, acceptingLoss: true)
        #expect(try store.deed(id: "kst-36704-73")?.dictum?.hasPrefix("verzoekt de regering") == true)
        #expect(try store.cursor(source: "officielebekendmakingen", category: "held") == "2026-03-01")
        // The RSS feed says nothing new (304), but the held record is asked for again, and now stored.
        let accepted = await Self.run(cut, store: store)
        #expect(accepted.errors == [])
        #expect(accepted.changed.listed == ["kst-36704-73"])
        #expect(try store.deed(id: "kst-36704-73")?.dictum == nil)
        #expect(try store.cursor(source: "officielebekendmakingen", category: "held") == "")
        #expect(try store.counts().rejected == 0)
    }

    @Test("A record whose XML is gone more than a week after its change is let go: kept aside, the cursor moves")
    func missingForGood() async throws {
        let server = try SRUServer(missing: ["kst-30950-440"])
        defer { server.stop() }
        let store = try Store(path: ":memory:")
        let now = try #require(ISO8601DateFormatter().date(from: "2025-03-27T00:00:00Z"))
        let summary = await Self.run(server, store: store, rss: false, now: now)
        let document = server.url("/documents/kst-30950-440.xml")
        #expect(
            summary.errors == [
                "\(document): HTTP 404 (after 1 attempt); record kst-30950-440, modified 2025-03-19, is let go: kept aside, asked for again when it changes"
            ])
        #expect(summary.added.listed == ["kst-36704-59", "kst-36704-67", "kst-36704-69", "kst-36704-73"])
        #expect(try store.cursor(source: "officielebekendmakingen", category: "search") == "2025-06-27")
        #expect(try store.rejectedRaw(name: document) == Data())
    }

    @Test("A review recorded while update harvests holds: links are computed from the ledger as it is at the end")
    func reviewDuringUpdate() async throws {
        let server = try SRUServer()
        defer { server.stop() }
        let copy = try Fixtures.workspaceCopy()
        let workspace = Workspace(root: copy.root, database: copy.database)
        // The copy searches from 2025 (the snapshot's Kamerstukken) and without the RSS signal (on its own host).
        let definition = workspace.root.appendingPathComponent("Scrapers/officielebekendmakingen.yaml")
        try (try String(contentsOf: definition, encoding: .utf8))
            .replacingOccurrences(of: "since: 2026-01-30", with: "since: 2025-01-01")
            .replacingOccurrences(of: "\n  rss: ", with: "\n  # rss: ")
            .write(to: definition, atomically: true, encoding: .utf8)
        let file = workspace.root.appendingPathComponent(
            "Commitments/reviews/hla-voorwaarden-aan-kunstmatige-intelligentie.yaml")
        // An analyst rejects a link of the Bamenga motion while the harvest's first request is on its way.
        let review = """
            reviews:
              - {pledge: hla-voorwaarden-aan-kunstmatige-intelligentie, deed: kst-30950-440, verdict: rejected, by: A, on: 2026-12-01}

            """
        let client: @Sendable (SourceDefinition) -> any HTTPFetching = { source in
            ReviewingClient(inner: HarvestWorkspace.client(source)) {
                try? review.write(to: file, atomically: true, encoding: .utf8)
            }
        }
        let summary = try await Pipeline(workspace: workspace).update(
            sources: ["officielebekendmakingen"],
            endpoints: [SourceEndpoint("officielebekendmakingen=\(server.endpoint)")!], client: client)
        #expect(summary.sources[0].errors == [])
        #expect(summary.sources[0].added.listed.contains("kst-30950-440"))
        let links = try workspace.openStore().links().filter { $0.deed == "kst-30950-440" }.map(\.pledge)
        #expect(links == ["etnisch-profileren-aanpakken"])
    }

    @Test("The real RSS snapshot reads as 150 publications, newest 2 May 2022 (midnight, Dutch time)")
    func rss() throws {
        let data = Fixtures.data(
            Fixtures.tests.appendingPathComponent("rss/zoek_officielebekendmakingen_rss_2022-05-02.xml"))
        let feed = try PublicationFeed.read(data, url: "rss")
        #expect(feed.items.count == 150)
        #expect(feed.items[0].title == "kst-1027687 : Tweede Kamer der Staten-Generaal")
        #expect(feed.newest.map { ISO8601DateFormatter().string(from: $0) } == "2022-05-01T22:00:00Z")
    }

    @Test("The captured real SRU record reads even with its namespaces stripped")
    func capturedRecord() throws {
        let record = Fixtures.data(
            Fixtures.tests.appendingPathComponent(
                "sru-excerpt/wetsuite_notebook_sru_record_ag-ek-2017-10-26_nsstripped.xml"))
        let page =
            "<searchRetrieveResponse><numberOfRecords>1</numberOfRecords><records>"
            + String(decoding: record, as: UTF8.self) + "</records></searchRetrieveResponse>"
        let response = try SRUResponse.read(Data(page.utf8), url: "sru")
        #expect(
            response.records == [
                SRUResponse.Record(
                    identifier: "ag-ek-2017-10-26", modified: "2017-10-27", type: "Agenda",
                    title: "Agenda van de vergaderingen van 31 oktober 2017",
                    xml:
                        "https://repository.overheid.nl/frbr/officielepublicaties/ag-ek/2017/ag-ek-2017-10-26/1/xml/ag-ek-2017-10-26.xml"
                )
            ])
    }
}

@Suite("Council pages read with the XPath rules of Scrapers/gemeente-den-helder.yaml", .serialized)
struct CouncilHarvestTests {
    static let page = Fixtures.data(Fixtures.tests.appendingPathComponent("html/den_helder_meeting.html"))

    @Test("Agenda items become council deeds; an unchanged page stores nothing new")
    func councilPage() async throws {
        let server = try LocalHTTPServer { request in
            guard request.path == "/Vergaderingen/Gemeenteraad/2015/31-augustus/19:30/" else {
                return LocalHTTPServer.Reply(status: 404)
            }
            if request.headers["if-none-match"] == "\"meeting-17\"" { return LocalHTTPServer.Reply(status: 304) }
            return LocalHTTPServer.Reply(
                headers: ["Content-Type": "text/html; charset=utf-8", "ETag": "\"meeting-17\""], body: Self.page)
        }
        defer { server.stop() }
        let harvest = HarvestWorkspace()
        let endpoint = [SourceEndpoint("gemeente-den-helder=\(server.url("/"))")!]
        let first = try await Pipeline(workspace: harvest.workspace).update(
            sources: ["gemeente-den-helder"], endpoints: endpoint, client: HarvestWorkspace.client)
        let summary = try #require(first.sources.first)
        #expect(summary.errors == [])
        #expect(summary.entities == 15)
        let deeds = try harvest.store().deeds()
        #expect(deeds.count == 15)
        let item = try #require(deeds.first { $0.id == "gemeente:den-helder:19024" })
        #expect(item.kind == .agendaItem)
        #expect(item.date == Day("2015-08-31"))
        #expect(
            item.title
                == "Bekrachtigen van de geheimhouding op de daartoe door het college gewaarmerkte exploitatie van Zeestad per 1 januari 2015."
        )
        #expect(
            item.text.hasPrefix(
                "Het college van burgemeester en wethouders heeft onder geheimhouding stukken ter inzage gelegd"))
        #expect(item.source.url == server.url("/Vergaderingen/Gemeenteraad/2015/31-augustus/19:30/"))
        #expect(deeds.first { $0.id == "gemeente:den-helder:19110" }?.kind == .motion)
        #expect(deeds.filter { $0.kind == .councilDecision }.count == 5)

        let second = try await Pipeline(workspace: harvest.workspace).update(
            sources: ["gemeente-den-helder"], endpoints: endpoint, client: HarvestWorkspace.client)
        #expect(second.sources[0].pages == 1)
        #expect(second.sources[0].entities == 0)  // 304 Not Modified
        #expect(server.requests.last?.headers["if-none-match"] == "\"meeting-17\"")
    }

    @Test(
        "A council deed's title is the item's own, without the agenda's number: by the shipped definition and by one with the old number rule"
    )
    func titleWithoutAgendaNumber() throws {
        let page = URL(string: "https://gemeenteraad.denhelder.nl/Vergaderingen/Gemeenteraad/2015/31-augustus/19:30/")!
        // The test workspace's copy of the definition still has `number: normalize-space(div[@class='first']/a)`;
        // the shipped one no longer does. Both load, and read the same titles.
        let old = try #require(
            SourceLoader.load(workspace: Fixtures.workspace).0.first { $0.name == "gemeente-den-helder" })
        let shipped = try #require(
            SourceLoader.load(workspace: Fixtures.root).0.first { $0.name == "gemeente-den-helder" })
        #expect(old.council?.itemNumber == "normalize-space(div[@class='first']/a)")
        #expect(shipped.council?.itemNumber == nil)
        #expect(old.council?.readingDigest == shipped.council?.readingDigest)
        for source in [old, shipped] {
            let deeds = try CouncilPageReader(rules: try #require(source.council)).read(Self.page, url: page).deeds
            let titles = Dictionary(uniqueKeysWithValues: deeds.map { ($0.id, $0.title) })
            #expect(titles.count == 15)
            // On the page: "14" in the row's first cell, the motion's title in its heading.
            #expect(
                titles["gemeente:den-helder:19110"]
                    == "Motie vreemd aan de orde van de dag over het halen van the Passion naar Den Helder.")
            #expect(titles["gemeente:den-helder:17693"] == "Opening.")
            #expect(titles["gemeente:den-helder:17688"] == "Sluiting.")
            #expect(!titles.values.contains { $0.first?.isNumber == true })
        }
    }

    @Test(
        "An item's link of another scheme than http(s) is not kept: the deed points at its page, and so do its letters"
    )
    func scriptLink() async throws {
        // DERIVED: the real Den Helder page with the link of the motion on the Passion (item 19110) made a script.
        let link =
            "href=\"/Vergaderingen/Gemeenteraad/2015/31-augustus/19:30/Motie-vreemd-aan-de-orde-van-de-dag-over-het-halen-van-the-Passion-naar-Den-Helder\">\n"
        let page = String(decoding: Self.page, as: UTF8.self)
        #expect(page.components(separatedBy: link).count == 2)
        let crafted = Data(
            page.replacingOccurrences(of: link, with: "href=\" JaVaScRiPt:alert(document.domain)//\">\n").utf8)
        let server = try LocalHTTPServer { _ in
            LocalHTTPServer.Reply(headers: ["Content-Type": "text/html; charset=utf-8"], body: crafted)
        }
        defer { server.stop() }
        let harvest = HarvestWorkspace()
        _ = try await Pipeline(workspace: harvest.workspace).update(
            sources: ["gemeente-den-helder"], endpoints: [SourceEndpoint("gemeente-den-helder=\(server.url("/"))")!],
            client: HarvestWorkspace.client)
        let motion = try #require(try harvest.store().deed(id: "gemeente:den-helder:19110"))
        #expect(motion.source.url == server.url("/Vergaderingen/Gemeenteraad/2015/31-augustus/19:30/"))
    }

    @Test("An outcome that moves on a page is a changed deed, also where the text rule does not cover it")
    func outcomeMoves() async throws {
        // DERIVED: the real Den Helder page with a result line added to the motion on the Passion (item 19110),
        // read by a copy of the source definition with a result rule; the council's vote then reported otherwise.
        let page = { (result: String) in
            Data(
                String(decoding: Self.page, as: UTF8.self).replacingOccurrences(
                    of: "<li id=\"agendapunt19110_4726\" class=\" agendaRow\">",
                    with: "<li id=\"agendapunt19110_4726\" class=\" agendaRow\"><div class=\"uitslag\">\(result)</div>"
                ).utf8)
        }
        let served = ServedPage(page("Aangenomen"))
        let server = try LocalHTTPServer { request in
            let etag = "\"\(served.value.count)\""
            if request.headers["if-none-match"] == etag { return LocalHTTPServer.Reply(status: 304) }
            return LocalHTTPServer.Reply(
                headers: ["Content-Type": "text/html; charset=utf-8", "ETag": etag], body: served.value)
        }
        defer { server.stop() }
        let copy = try Fixtures.workspaceCopy()
        let workspace = Workspace(root: copy.root, database: copy.database)
        // The copy reads the pages from the test server, as its endpoint: a saved copy names the same page.
        let definition = workspace.root.appendingPathComponent("Scrapers/gemeente-den-helder.yaml")
        try (try String(contentsOf: definition, encoding: .utf8))
            .replacingOccurrences(
                of: "    url: string(div[@class='title']/h3/a/@href)\n",
                with:
                    "    url: string(div[@class='title']/h3/a/@href)\n    result: normalize-space(div[@class='uitslag'])\n"
            )
            .replacingOccurrences(
                of: "endpoint: https://gemeenteraad.denhelder.nl/", with: "endpoint: \(server.url("/"))"
            )
            .write(to: definition, atomically: true, encoding: .utf8)
        let update = {
            try await Pipeline(workspace: workspace).update(
                sources: ["gemeente-den-helder"], client: HarvestWorkspace.client)
        }
        let outcome = { try workspace.openStore().deed(id: "gemeente:den-helder:19110")?.outcome?.result }
        #expect(try await update().sources[0].errors == [])
        #expect(try outcome() == .adopted)
        served.value = page("Verworpen")
        let second = try await update()
        // The page is stored again: each of its 15 deeds now names the new page's hash (it stored nothing before).
        #expect(second.sources[0].changed.count == 15)
        #expect(try outcome() == .rejected)
        // The same page again: not modified, nothing stored.
        #expect(try await update().sources[0].changed.count == 0)
        #expect(server.requests.last?.headers["if-none-match"] != nil)

        // An older saved copy ingested offline replaces the page (an analyst's explicit act); the next live run
        // reads the page whole again, instead of "not modified" keeping the older copy's outcome for good.
        let saved = Fixtures.temporaryFolder()
        let mirror = saved.appendingPathComponent("gemeente-den-helder")
        try FileManager.default.createDirectory(at: mirror, withIntermediateDirectories: true)
        try page("Aangenomen").write(
            to: mirror.appendingPathComponent("Vergaderingen%2FGemeenteraad%2F2015%2F31-augustus%2F19%3A30%2F.html"))
        _ = try Pipeline(workspace: workspace).updateOffline(mirror: saved)
        #expect(try outcome() == .adopted)
        let live = try await update()
        #expect(live.sources[0].changed.count == 15)
        #expect(server.requests.last?.headers["if-none-match"] == nil)
        #expect(try outcome() == .rejected)
    }

    @Test(
        "An edited source definition takes effect on the next update: the page is fetched whole and read again, live and from the snapshot"
    )
    func editedRules() async throws {
        // The real Den Helder page behind an ETag, read by a copy of the source definition pointed at the server.
        let server = try LocalHTTPServer { request in
            if request.headers["if-none-match"] == "\"meeting-17\"" { return LocalHTTPServer.Reply(status: 304) }
            return LocalHTTPServer.Reply(
                headers: ["Content-Type": "text/html; charset=utf-8", "ETag": "\"meeting-17\""], body: Self.page)
        }
        defer { server.stop() }
        let copy = try Fixtures.workspaceCopy()
        let workspace = Workspace(root: copy.root, database: copy.database)
        let definition = workspace.root.appendingPathComponent("Scrapers/gemeente-den-helder.yaml")
        let edit = { (from: String, to: String) in
            let text = try String(contentsOf: definition, encoding: .utf8)
            #expect(text.contains(from))
            try text.replacingOccurrences(of: from, with: to).write(to: definition, atomically: true, encoding: .utf8)
        }
        try edit("endpoint: https://gemeenteraad.denhelder.nl/", "endpoint: \(server.url("/"))")
        let update = {
            try await Pipeline(workspace: workspace).update(
                sources: ["gemeente-den-helder"], client: HarvestWorkspace.client)
        }
        let kinds = { try workspace.openStore().deeds().filter { $0.kind == .decision }.count }
        #expect(try await update().sources[0].changed.count == 0)
        #expect(try await update().sources[0].entities == 0)  // not modified
        #expect(server.requests.last?.headers["if-none-match"] == "\"meeting-17\"")
        #expect(try kinds() == 0)

        // CHANGED: the kind rule of the five proposals ("Voorstel …"): council-decision → decision.
        try edit("{prefix: Voorstel, kind: council-decision}", "{prefix: Voorstel, kind: decision}")
        let edited = try await update()
        #expect(edited.sources[0].errors == [])
        #expect(server.requests.last?.headers["if-none-match"] == nil)
        #expect(edited.sources[0].changed.count == 5)
        #expect(try kinds() == 5)
        // Read by these rules once, the page is asked for conditionally again.
        #expect(try await update().sources[0].entities == 0)
        #expect(server.requests.last?.headers["if-none-match"] == "\"meeting-17\"")

        // The same page saved in the snapshot, with the rule edited back: re-read from the same bytes.
        try edit("{prefix: Voorstel, kind: decision}", "{prefix: Voorstel, kind: council-decision}")
        let saved = Fixtures.temporaryFolder()
        let mirror = saved.appendingPathComponent("gemeente-den-helder")
        try FileManager.default.createDirectory(at: mirror, withIntermediateDirectories: true)
        try Self.page.write(
            to: mirror.appendingPathComponent("Vergaderingen%2FGemeenteraad%2F2015%2F31-augustus%2F19%3A30%2F.html"))
        let offline = try Pipeline(workspace: workspace).updateOffline(mirror: saved)
        #expect(offline.documents.map(\.change) == [.reread])
        #expect(offline.documents.map(\.changedDeeds.count) == [5])
        #expect(try kinds() == 0)
        #expect(try Pipeline(workspace: workspace).updateOffline(mirror: saved).documents.map(\.change) == [.unchanged])
    }

    @Test("A redesigned page the items rule finds nothing on is an error, kept aside; the deeds it gave stay")
    func redesignedPage() async throws {
        // DERIVED: the real Den Helder page with its agenda rows renamed, as a new site design would.
        let redesigned = Data(
            String(decoding: Self.page, as: UTF8.self).replacingOccurrences(of: "agendaRow", with: "agenda-item").utf8)
        let served = ServedPage(Self.page)
        let server = try LocalHTTPServer { _ in
            LocalHTTPServer.Reply(headers: ["Content-Type": "text/html; charset=utf-8"], body: served.value)
        }
        defer { server.stop() }
        let harvest = HarvestWorkspace()
        let endpoint = [SourceEndpoint("gemeente-den-helder=\(server.url("/"))")!]
        let update = {
            try await Pipeline(workspace: harvest.workspace).update(
                sources: ["gemeente-den-helder"], endpoints: endpoint, client: HarvestWorkspace.client)
        }
        #expect(try await update().sources[0].errors == [])
        #expect(try harvest.store().deeds().count == 15)
        served.value = redesigned
        let second = try await update()
        let page = server.url("/Vergaderingen/Gemeenteraad/2015/31-augustus/19:30/")
        #expect(
            second.sources[0].errors == [
                "\(page): the items rule selected no item; expected at least one (has the page's layout changed? the deeds it gave before are kept) (the rule is items at Scrapers/gemeente-den-helder.yaml:16:10: //li[contains(concat(' ', normalize-space(@class), ' '), ' agendaRow ')])"
            ])
        #expect(try harvest.store().deeds().count == 15)
        #expect(try harvest.store().counts().rejected == 1)
    }
}

/// The page a test server answers with, changed between runs.
final class ServedPage: @unchecked Sendable {
    // @unchecked: `value` is behind `lock`; the server reads it from its threads.
    private let lock = NSLock()
    private var page: Data

    init(_ page: Data) { self.page = page }

    var value: Data {
        get { lock.withLock { page } }
        set { lock.withLock { page = newValue } }
    }
}

/// A client that does something (an analyst's edit) before its first request, then fetches as `inner`.
final class ReviewingClient: HTTPFetching, @unchecked Sendable {
    // @unchecked: `done` is behind `lock`.
    private let inner: any HTTPFetching
    private let before: @Sendable () -> Void
    private let lock = NSLock()
    private var done = false

    init(inner: any HTTPFetching, before: @escaping @Sendable () -> Void) {
        self.inner = inner
        self.before = before
    }

    func get(_ url: URL, headers: [String: String]) async throws -> HTTPResponse {
        let first = lock.withLock {
            defer { done = true }
            return !done
        }
        if first { before() }
        return try await inner.get(url, headers: headers)
    }
}
