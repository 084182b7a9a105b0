import Core
import Foundation
import Store
import TestSupport
import Testing
import TrackerKit

@testable import Harvest

@Suite("No network: each source stops at its first unreachable host and says how to go on", .serialized)
struct NetworkFailureTests {
    /// A port on 127.0.0.1 that nothing listens on: a server's, once it has stopped.
    static func closedPort() throws -> String {
        let server = try LocalHTTPServer { _ in LocalHTTPServer.Reply(status: 500) }
        let url = server.url("")
        server.stop()
        return url
    }

    @Test("A refused connection is not retried: one attempt, no waiting, the URL named")
    func refusedIsNotRetried() async throws {
        let base = try Self.closedPort()
        let waits = HTTPClientTests.Recorder()
        let url = URL(string: base + "/SyncFeed/2.0/Feed")!
        let error = try await #require(throws: HTTPError.self) {
            try await HTTPClientTests.client(retries: 5, delays: waits).get(url, headers: [:])
        }
        #expect(error.isUnreachable)
        #expect(error.attempts == 1)
        #expect(waits.recorded == [])
        #expect(error.errorDescription == "\(url.absoluteString): the connection was refused (after 1 attempt)")
    }

    @Test("update against closed ports: one error per source, with the --offline hint, and nothing stored")
    func updateWithoutNetwork() async throws {
        let base = try Self.closedPort()
        let waits = HTTPClientTests.Recorder()
        let harvest = HarvestWorkspace()
        let endpoints = [
            "tweedekamer=\(base)/SyncFeed/2.0/Feed", "officielebekendmakingen=\(base)/sru",
            "gemeente-den-helder=\(base)/",
        ].compactMap(SourceEndpoint.init)
        let summary = try await Pipeline(workspace: harvest.workspace).update(
            endpoints: endpoints,
            client: { definition in
                var settings = definition.http
                settings.pause = 0
                return HTTPClient(settings: settings, sleep: { waits.record($0) })
            })
        let hint = "without a network, `tracker update --offline` ingests the bundled snapshot in Scrapers/mirror/"
        let reason = "cannot reach 127.0.0.1: the connection was refused; \(hint)"
        #expect(
            summary.sources.map(\.errors) == [
                ["gemeente-den-helder: \(reason)"],
                [
                    "officielebekendmakingen: cannot reach 127.0.0.1 for the RSS signal: the connection was refused; searching without it",
                    "officielebekendmakingen: \(reason)",
                ],
                ["tweedekamer: \(reason)"],
            ])
        #expect(summary.sources.map(\.pages) == [0, 0, 0])
        #expect(waits.recorded == [])  // the configured retries (3, 5, 5) were not used
        #expect(try harvest.store().deeds().count == 0)
    }

    @Test("The RSS signal is requested on its own host as configured, and moves only with --endpoint")
    func rssHost() async throws {
        let search = try SRUServer()
        let feed = try SRUServer()
        defer {
            search.stop()
            feed.stop()
        }
        let settings = SRUSettings(
            connection: "officielepublicaties", query: "w.publicatienaam==Kamerstuk", ledgerDossiers: false,
            dossiers: ["30950"], since: Day("2025-01-01")!, pageSize: 4, rss: URL(string: feed.rssURL))
        let configured = SourceDefinition(
            name: "officielebekendmakingen", kind: .sru, endpoint: URL(string: search.endpoint)!,
            http: HTTPSettings(), sru: settings, location: SourceLocation(file: "test", line: 1, column: 1))
        let runner = SourceRunner(
            store: try Store(path: ":memory:"), ledgerDossiers: [], progress: { _ in }, client: HarvestWorkspace.client)

        let asWritten = await runner.run(configured)
        #expect(asWritten.errors == [])
        #expect(feed.requests.map(\.path) == ["/rss"])
        #expect(search.requests.map(\.path).first == "/sru")

        let other = try SRUServer()
        defer { other.stop() }
        let replaced = try SourceRunner.select(
            [configured], names: [], endpoints: [SourceEndpoint("officielebekendmakingen=\(other.endpoint)")!])
        _ = await runner.run(replaced[0])
        #expect(feed.requests.count == 1)  // not asked again
        #expect(other.requests.map(\.path).first == "/rss")
    }
}

@Suite("The progress line: rate always, time left where the total is known")
struct ProgressMeterTests {
    let start = Date(timeIntervalSince1970: 1_000_000)

    @Test("SyncFeed has no total: entities and rate")
    func withoutTotal() {
        let meter = ProgressMeter(started: start)
        #expect(
            meter.line("tweedekamer Zaak: page 12", done: 3000, unit: "entities", now: start.addingTimeInterval(2.5))
                == "tweedekamer Zaak: page 12, 3,000 entities, 1,200/s")
        #expect(
            meter.line("tweedekamer Zaak: page 1", done: 250, unit: "entities", now: start.addingTimeInterval(0.4))
                == "tweedekamer Zaak: page 1, 250 entities")
    }

    @Test("SRU knows numberOfRecords: rate and time left")
    func withTotal() {
        let meter = ProgressMeter(started: start)
        #expect(
            meter.line(
                "officielebekendmakingen", done: 120, total: 400, unit: "records", now: start.addingTimeInterval(10))
                == "officielebekendmakingen: 120 of 400 records, 12/s, about 0:24 left")
        #expect(
            meter.line(
                "tweedekamer: VLOS reports", done: 3, total: 9_000, unit: "fetched", now: start.addingTimeInterval(4))
                == "tweedekamer: VLOS reports: 3 of 9,000 fetched, 0.8/s, about 3:19:56 left")
    }
}
