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

/// A workspace with the repository's ledger and source definitions, and a database of its own.
struct HarvestWorkspace {
    let database = Fixtures.temporaryFolder().appendingPathComponent("ledger.sqlite").path
    var workspace: Workspace { Workspace(root: Fixtures.workspace, database: database) }

    /// A fast client for tests: no pause, short timeout, no waiting between retries.
    static let client: @Sendable (SourceDefinition) -> any HTTPFetching = { _ in
        var settings = HTTPSettings()
        settings.pause = 0
        settings.timeout = 1
        settings.retries = 2
        return HTTPClient(settings: settings, sleep: { _ in })
    }

    func update(_ server: SyncFeedServer, client: @escaping @Sendable (SourceDefinition) -> any HTTPFetching = client)
        async throws -> RunSummary
    {
        try await Pipeline(workspace: workspace).update(
            sources: ["tweedekamer"], endpoints: [SourceEndpoint("tweedekamer=\(server.endpoint)")!], client: client)
    }

    func store() throws -> Store { try workspace.openStore() }
}

@Suite("SyncFeed: pages, entities and the official schema")
struct SyncFeedPageTests {
    @Test("Every entity the test server sends validates against the official tkData XSD")
    func entitiesMatchTheSchema() throws {
        let schema = try MarkupSchema(
            path: Fixtures.tests.appendingPathComponent("tk-syncfeed/xsd/tkData-v1-0.xsd").path)
        let corpus = try SyncFeedCorpus.real()
        #expect(
            Dictionary(grouping: corpus.entities, by: \.category).mapValues(\.count) == [
                "Zaak": 24, "Document": 5, "DocumentVersie": 5, "Agendapunt": 2, "Fractie": 6, "Besluit": 8,
                "Stemming": 22,
                "Kamerstukdossier": 1, "Verslag": 1,
            ])
        for entity in corpus.entities {
            let document = try MarkupDocument.xml(Data(entity.xml.utf8), name: entity.id)
            #expect(schema.validate(document) == [], "\(entity.category) \(entity.id)")
        }
    }

    @Test("The captured real entity reads with its prefixed attributes")
    func capturedEntity() throws {
        let url = Fixtures.tests.appendingPathComponent(
            "tk-syncfeed/captured-excerpts/parlementaire-monitor_test_commissieZetelVastPersoon.xml")
        let entity = try TKEntity(
            try #require(try MarkupDocument.xml(Fixtures.data(url), name: "excerpt").root?.element), document: "excerpt"
        )
        #expect(entity.type == "commissieZetelVastPersoon")
        #expect(entity.id == "c8db0181-90e3-4df3-a150-4c004584b160")
        #expect(entity.updated == "2023-08-29T11:09:59Z")
        #expect(entity.deleted == false)
        #expect(entity.refs["persoon"] == ["16ed90a7-8b21-43a5-916c-76f07231325a"])
        #expect(entity.fields["functie"] == "Lid")
    }

    @Test("Zoned and unzoned timestamps come out in UTC; 'verwijderd' in any case")
    func timestamps() throws {
        #expect(TKEntity.utc("2025-03-25T16:55:13.51+01:00") == "2025-03-25T15:55:13Z")
        #expect(TKEntity.utc("2025-07-10T16:33:11") == "2025-07-10T14:33:11Z")  // Dutch summer time
        #expect(TKEntity.utc("2025-03-25T16:55:13.497") == "2025-03-25T15:55:13Z")  // winter time
        let xml =
            "<zaak xmlns=\"\(TKEntity.namespace)\" id=\"922D3F56-A002-498F-A062-14FBE40A1D90\" bijgewerkt=\"2025-03-25T16:55:13\" verwijderd=\"True\"/>"
        let entity = try TKEntity(
            try #require(try MarkupDocument.xml(Data(xml.utf8), name: "t").root?.element), document: "t")
        #expect(entity.deleted)
        #expect(entity.id == "922d3f56-a002-498f-a062-14fbe40a1d90")
    }

    @Test("A page: entries with their own next links, the feed's next link, enclosures")
    func page() throws {
        let server = try SyncFeedServer(pageSize: 3)
        defer { server.stop() }
        let corpus = try SyncFeedCorpus.real()
        server.publish(corpus.entities.filter { $0.category == "Verslag" || $0.category == "Zaak" })
        let text = server.pageText(category: "Verslag", after: 0)
        let page = try SyncFeedPage.read(Data(text.utf8), url: "page")
        #expect(page.entries.count == 1)
        #expect(page.entries[0].entity?.type == "verslag")
        #expect(
            page.entries[0].enclosure
                == server.endpoint.replacingOccurrences(
                    of: "/Feed", with: "/Resources/d5130a6f-0400-4b03-b8d3-8daed02dc4af"))
        #expect(page.lastEntryNext == server.endpoint + "?category=Verslag&skiptoken=25")
        #expect(page.next == page.lastEntryNext)
        let zaken = try SyncFeedPage.read(Data(server.pageText(category: "Zaak", after: 0).utf8), url: "page")
        #expect(zaken.entries.map { $0.entity?.field("nummer") } == ["2025Z15491", "2025Z10897", "2025Z05049"])
        #expect(zaken.continuation == server.endpoint + "?category=Zaak&skiptoken=3")
    }
}

@Suite("SyncFeed harvesting against a server on 127.0.0.1", .serialized)
struct SyncFeedHarvestTests {
    static func server(pageSize: Int = 4, liveHostLinks: Bool = false) throws -> SyncFeedServer {
        let server = try SyncFeedServer(pageSize: pageSize, liveHostLinks: liveHostLinks)
        server.publish(try SyncFeedCorpus.real().entities)
        return server
    }

    @Test("Motions and letters with their decision and the vote of every group; next links followed to the end")
    func joinsDeeds() async throws {
        let server = try Self.server()
        defer { server.stop() }
        let harvest = HarvestWorkspace()
        let summary = try await harvest.update(server)
        let source = try #require(summary.sources.first)
        #expect(source.errors == [])
        #expect(source.entities == 74)
        #expect(source.pages == 24)  // 23 feed pages of at most 4 entities of one category, and one enclosure
        let store = try harvest.store()

        let letter = try #require(try store.deed(id: "kst-36786-4"))
        let outcome = try #require(letter.outcome)
        #expect(outcome.result == .adopted)
        #expect(outcome.votes.count == 15)
        #expect(outcome.votes.filter { $0.choice == .tegen }.map(\.group).sorted() == ["DENK", "FVD", "PvdD", "SP"])
        #expect(letter.refs.dossiers == ["36786"])

        let motion = try #require(try store.deed(id: "kst-30950-440"))
        #expect(motion.kind == .motion)
        #expect(
            motion.title
                == "Motie van het lid Bamenga c.s. over het toetsingskader voor risicoprofilering implementeren bij alle overheidsinstanties die risicoprofilering toepassen"
        )
        #expect(motion.cabinetAppraisal == "Oordeel Kamer")
        #expect(motion.refs.zaken == ["2025Z05049"])
        #expect(motion.date == Day("2025-03-19"))
        // The Stemming page's Besluit names no Zaak: its votes are not pinned on any of the 13 motions.
        #expect(motion.outcome == nil)
        // The two letters voted on in the VLOS report (the Verslag's enclosure) have outcomes.
        #expect(try store.deeds().filter { $0.outcome != nil }.map(\.id).sorted() == ["kst-36786-4", "kst-36787-4"])

        // Motions known only by their zaak (no dossier in the feed) keep the zaak number as id.
        #expect(try store.deed(id: "tk:zaak:2025Z05045")?.kind == .motion)
        #expect(try store.deedIDs().count == 25)
    }

    @Test("A second run fetches nothing old; new entries are picked up from the cursor")
    func incremental() async throws {
        let server = try Self.server()
        defer { server.stop() }
        let harvest = HarvestWorkspace()
        _ = try await harvest.update(server)
        let firstRequests = server.requests.count

        let second = try await harvest.update(server)
        let secondRequests = Array(server.requests.dropFirst(firstRequests))
        #expect(second.sources[0].entities == 0)
        #expect(second.sources[0].pages == 0)
        #expect(secondRequests.count == 11)  // one per category, each answered with an empty page
        // Each category continues after its last entity; the two empty ones start from the beginning.
        #expect(
            secondRequests.map(\.target).map { $0.replacingOccurrences(of: "/SyncFeed/2.0/Feed?", with: "") } == [
                "category=Kamerstukdossier&skiptoken=56", "category=Fractie&skiptoken=53",
                "category=Agendapunt&skiptoken=32",
                "category=Zaak&skiptoken=57", "category=ZaakActor", "category=Document&skiptoken=14",
                "category=DocumentVersie&skiptoken=15", "category=Besluit&skiptoken=58",
                "category=Stemming&skiptoken=73",
                "category=Toezegging", "category=Verslag&skiptoken=74",
            ])

        // A tombstone for the ICC motion removes its deed.
        let writer = EntityWriter(style: .defaultNamespace)
        server.publish([
            writer.entity(
                "Zaak", "zaak", id: "d9358c38-71b9-45d0-a4eb-786830bd7057", updated: "2025-10-01T10:00:00+02:00",
                deleted: "True", children: [])
        ])
        #expect(try harvest.store().deed(id: "kst-29237-219") != nil)
        let third = try await harvest.update(server)
        #expect(third.sources[0].entities == 1)
        #expect(third.sources[0].removed.listed == ["kst-29237-219"])
        #expect(third.sources[0].removed.count == 1)
        #expect(try harvest.store().deed(id: "kst-29237-219") == nil)
        // The deed-set digest kept by the last run was carried through the removal, and is the one read afresh.
        let carried = try harvest.store().deedSetFingerprint()
        #expect(carried == (try harvest.store().deedSetFingerprint(recomputing: true)))
    }

    @Test("Transient faults are retried; a malformed page is reported with its URL and the cursor stays")
    func faults() async throws {
        let server = try Self.server()
        defer { server.stop() }
        server.inject(.status(503), times: 2) { $0.query["category"] == "Zaak" && $0.query["skiptoken"] == nil }
        server.inject(.delay(2)) { $0.query["category"] == "Besluit" }
        server.inject(.truncate(200)) { $0.query["category"] == "Stemming" }
        // The second page of Documents comes back malformed (once: XML errors are not retried).
        server.inject(.malformed) { $0.query["category"] == "Document" && $0.query["skiptoken"] != nil }
        let harvest = HarvestWorkspace()
        let first = try await harvest.update(server)
        // Documents are entities 2, 5, 8, 11 and 14 of the feed: the second page follows number 11.
        let secondPage = server.endpoint + "?category=Document&skiptoken=11"
        #expect(first.sources[0].errors.count == 1)
        #expect(first.sources[0].errors.first?.hasPrefix("\(secondPage):") == true)
        #expect(try harvest.store().cursor(source: "tweedekamer", category: "Document") == secondPage)
        #expect(server.requests.filter { $0.query["category"] == "Zaak" && $0.query["skiptoken"] == nil }.count == 3)
        #expect(server.requests.filter { $0.query["category"] == "Besluit" && $0.query["skiptoken"] == nil }.count == 2)

        let second = try await harvest.update(server)
        #expect(second.sources[0].errors == [])
        let reference = HarvestWorkspace()
        _ = try await reference.update(server)
        #expect(try harvest.store().deeds() == reference.store().deeds())
    }

    @Test(
        "A page that is HTML, not a feed (a site in maintenance), is an error and the cursor stays: no entries are skipped"
    )
    func maintenancePage() async throws {
        let server = try Self.server()
        defer { server.stop() }
        server.inject(.maintenance) { $0.query["category"] == "Zaak" && $0.query["skiptoken"] != nil }
        let harvest = HarvestWorkspace()
        let first = try await harvest.update(server)
        let errors = first.sources[0].errors
        #expect(errors.count == 1)
        #expect(errors.first?.hasSuffix(": the page is <html>, not an Atom feed; expected <feed> with entries") == true)
        let cursor = try #require(try harvest.store().cursor(source: "tweedekamer", category: "Zaak"))
        #expect(errors.first?.hasPrefix(cursor + ":1:") == true)
        // Read as an empty page it ended the category there; now the next run reads on from it, as a whole run does.
        let second = try await harvest.update(server)
        #expect(second.sources[0].errors == [])
        let reference = HarvestWorkspace()
        _ = try await reference.update(server)
        #expect(try harvest.store().deeds() == reference.store().deeds())
    }

    @Test("An entry without a usable entity is kept aside; the rest of the page is stored")
    func malformedEntry() async throws {
        let server = try Self.server()
        defer { server.stop() }
        server.publish(
            raw:
                "<zaak xmlns=\"\(TKEntity.namespace)\" bijgewerkt=\"2025-10-01T10:00:00\" verwijderd=\"false\"><nummer>2025Z99999</nummer></zaak>",
            category: "Zaak", id: "no-id")
        let harvest = HarvestWorkspace()
        let summary = try await harvest.update(server)
        #expect(summary.sources[0].errors.count == 1)
        #expect(
            summary.sources[0].errors[0].hasSuffix(
                "entry https://gegevensmagazijn.tweedekamer.nl/SyncFeed/2.0/Entiteiten/no-id: <zaak> entity without a valid id attribute; expected a GUID such as 808fcd50-a0dc-4f60-8b9d-c404a2eb5b2e"
            ))
        #expect(try harvest.store().counts().rejected == 1)
        #expect(try harvest.store().deed(id: "kst-36786-4") != nil)
    }

    @Test("Interrupted after any page, the next run ends with exactly the deeds of an uninterrupted run")
    func interrupted() async throws {
        let server = try Self.server()
        defer { server.stop() }
        let reference = HarvestWorkspace()
        _ = try await reference.update(server)
        let expected = try reference.store().deeds()
        #expect(expected.count == 25)

        for crashAfter in [1, 5, 12, 23] {
            let harvest = HarvestWorkspace()
            let crashing: @Sendable (SourceDefinition) -> any HTTPFetching = { definition in
                CrashingFetcher(inner: HarvestWorkspace.client(definition), crashAfter: crashAfter)
            }
            let interrupted = try await harvest.update(server, client: crashing)
            #expect(!interrupted.sources[0].errors.isEmpty)
            _ = try await harvest.update(server)
            #expect(try harvest.store().deeds() == expected, "crash after \(crashAfter) requests")
            // The interrupted run's digest, carried through the deeds the second run added, is the reference's.
            #expect(try harvest.store().deedSetFingerprint() == reference.store().deedSetFingerprint())
        }
    }

    @Test("rebuild re-derives every deed from the kept raw sources, with the server gone")
    func rebuild() async throws {
        let server = try Self.server()
        let harvest = HarvestWorkspace()
        _ = try await harvest.update(server)
        server.stop()
        _ = Ingestion(store: try harvest.store()).ingest(files: [
            Fixtures.kamerstuk("kst-30950-440"), Fixtures.vlos("ce0428cf"),
        ])
        let before = try harvest.store().deeds()
        #expect(before.count == 66)
        try await harvest.store().queue.write { db in
            // Lose every derived deed, as if the parsers had changed.
            try db.execute(sql: "DELETE FROM observation")
            try db.execute(sql: "DELETE FROM deed")
        }
        #expect(try harvest.store().deeds().isEmpty)
        let (result, _) = try Pipeline(workspace: harvest.workspace).rebuild()
        #expect(result.failures == [])
        #expect(result.documents == 3)  // the Verslag's VLOS report and the two ingested files; zaken are re-joined
        #expect(result.changedDeeds.count == 66)
        #expect(result.entities == 74)
        #expect(try harvest.store().deeds() == before)
    }

    @Test("Links with the live host name are followed on the endpoint tracker was pointed at")
    func rebasedLinks() async throws {
        let server = try Self.server(liveHostLinks: true)
        defer { server.stop() }
        let harvest = HarvestWorkspace()
        let summary = try await harvest.update(server)
        #expect(summary.sources[0].errors == [])
        #expect(summary.sources[0].entities == 74)
        #expect(try harvest.store().cursor(source: "tweedekamer", category: "Zaak")?.hasPrefix(server.endpoint) == true)
    }
}

/// Stops answering after a number of requests, as a killed process would.
struct CrashingFetcher: HTTPFetching {
    struct Crash: Error, LocalizedError {
        var errorDescription: String? { "simulated crash" }
    }

    let inner: any HTTPFetching
    let crashAfter: Int
    let counter = Attempts()

    func get(_ url: URL, headers: [String: String]) async throws -> HTTPResponse {
        if counter.next("all") > crashAfter { throw Crash() }
        return try await inner.get(url, headers: headers)
    }
}

@Suite("One motion from several documents", .serialized)
struct DeedMergeTests {
    /// Bamenga's motion on risk profiling as the data warehouse has it (SyncFeed) and as officielebekendmakingen
    /// published it, ingested in either order.
    static func merged(officialFirst: Bool) async throws -> Deed {
        let server = try SyncFeedHarvestTests.server()
        defer { server.stop() }
        let harvest = HarvestWorkspace()
        let official = {
            _ = Ingestion(store: try harvest.store()).ingest(files: [Fixtures.kamerstuk("kst-30950-440")])
        }
        if officialFirst { try official() }
        _ = try await harvest.update(server)
        if !officialFirst { try official() }
        return try #require(try harvest.store().deed(id: "kst-30950-440"))
    }

    @Test("The official text, the warehouse's subject and appraisal, references united; the order does not matter")
    func merged() async throws {
        let deed = try await Self.merged(officialFirst: false)
        // The data warehouse's subject line is the most informative title.
        #expect(
            deed.title
                == "Motie van het lid Bamenga c.s. over het toetsingskader voor risicoprofilering implementeren bij alle overheidsinstanties die risicoprofilering toepassen"
        )
        // The official publication gives the text, the operative part and the source.
        #expect(deed.text.hasPrefix("De Kamer,\ngehoord de beraadslaging,"))
        #expect(
            deed.dictum
                == "verzoekt de regering het toetsingskader voor risicoprofilering van het College voor de Rechten van de Mens integraal te implementeren bij alle overheidsinstanties die risicoprofilering toepassen,"
        )
        #expect(deed.source.format == .officielePublicatie)
        #expect(deed.source.url == "https://zoek.officielebekendmakingen.nl/kst-30950-440.html")
        // Only the warehouse knows the cabinet's advice and the zaak.
        #expect(deed.cabinetAppraisal == "Oordeel Kamer")
        #expect(deed.refs == Deed.References(dossiers: ["30950"], documents: ["kst-30950-440"], zaken: ["2025Z05049"]))
        #expect(deed.date == Day("2025-03-19"))
        #expect(try await Self.merged(officialFirst: true) == deed)
    }
}

@Suite("What a decision carries: the cabinet's advice, budgets, votes by mistake", .serialized)
struct DecisionDetailTests {
    @Test("The cabinet's advice is kept on the motion; 'Niet beschikbaar' is no advice; a budget bill is a deed")
    func appraisalAndBudget() async throws {
        let server = try SyncFeedServer(pageSize: 4)
        defer { server.stop() }
        server.publish(try SyncFeedCorpus.zaakExcerpt())
        let harvest = HarvestWorkspace()
        _ = try await harvest.update(server)
        let deeds = Dictionary(uniqueKeysWithValues: try harvest.store().deeds().map { ($0.id, $0) })
        #expect(deeds["tk:zaak:2022Z26218"]?.cabinetAppraisal == "Ontraden")
        #expect(
            deeds["tk:zaak:2022Z26218"]?.title
                == "Motie van de leden Van Haga en Eerdmans over het opzeggen van het VN- vluchtelingenverdrag uit 1951"
        )
        // The zaak's `Titel` is the dossier it is filed under; a budget bill's subject is its title, no dossier's.
        #expect(deeds["tk:zaak:2022Z26218"]?.dossierTitle == "Vreemdelingenbeleid")
        #expect(deeds["tk:zaak:2022Z07377"]?.dossierTitle == "Rassendiscriminatie")
        #expect(
            deeds["tk:zaak:2021Z14796"]?.dossierTitle
                == "Vaststelling van de begrotingsstaten van het Ministerie van Justitie en Veiligheid (VI) voor het jaar 2022"
        )
        #expect(deeds["tk:zaak:2022Z07377"]?.cabinetAppraisal == "Oordeel Kamer")
        #expect(deeds["tk:zaak:2022Z11101"]?.cabinetAppraisal == "Overgenomen")
        #expect(deeds["tk:zaak:2019Z22940"]?.cabinetAppraisal == "Ontraden")
        // "Niet beschikbaar bij moties … vóór 1 april 2019": no advice.
        #expect(deeds["tk:zaak:2016Z24514"]?.cabinetAppraisal == nil)
        #expect(deeds["tk:zaak:2021Z14796"]?.kind == .budget)
        #expect(deeds["tk:zaak:2021Z14796"]?.date == Day("2021-09-21"))
        #expect(deeds.count == 7)
    }

    @Test("A vote cast by mistake stays in the tally, flagged")
    func mistakenVote() async throws {
        let server = try SyncFeedServer(pageSize: 50)
        defer { server.stop() }
        // DERIVED for this test: the real vote of the SP on Kamerstuk 36786 nr. 4 marked as cast by mistake. The
        // Verslag is left out, so the meeting report's reading of the vote (no such flag) does not take over.
        server.publish(
            try SyncFeedCorpus.real().entities.filter { $0.category != "Verslag" }.map { entity in
                var entity = entity
                if entity.category == "Stemming", entity.xml.contains(">SP<") {
                    entity.xml = entity.xml.replacingOccurrences(
                        of: "<vergissing>false</vergissing>", with: "<vergissing>true</vergissing>")
                }
                return entity
            })
        let harvest = HarvestWorkspace()
        _ = try await harvest.update(server)
        let votes = try #require(try harvest.store().deed(id: "kst-36786-4")?.outcome?.votes)
        #expect(votes.count == 15)
        #expect(votes.filter(\.mistaken).map(\.group) == ["SP"])
        #expect(votes.first { $0.group == "SP" }?.choice == .tegen)
    }
}
