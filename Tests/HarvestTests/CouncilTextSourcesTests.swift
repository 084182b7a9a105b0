import Core
import Deeds
import Foundation
import Ledger
import Store
import TestSupport
import Testing
import TrackerKit

@testable import Harvest

/// The council documents of Utrecht, Amsterdam and Middelburg kept as text in the offline snapshot
/// (`Scrapers/mirror/gemeente-*/`; see its SOURCES.md), read with the rules of their source definitions
/// in `Scrapers/` as shipped.
@Suite("Council deeds read as text: the Utrecht, Amsterdam and Middelburg sources in Scrapers/", .serialized)
struct CouncilTextSourcesTests {
    struct Expected: Sendable {
        var source: String
        var path: String
        var id: String
        var title: String
        var date: String
        var dictum: String
        var outcome: String?
        var kind: Deed.Kind = .motion
    }

    static let motions = [
        Expected(
            source: "gemeente-utrecht", path: "moties/motie-betrek-demonstranten-bij-het-demonstratiebeleid",
            id: "gemeente:utrecht:motie-94-2024", title: "Motie Betrek demonstranten bij het demonstratiebeleid",
            date: "2024-02-29",
            dictum:
                "1. Jaarlijkse stadsgesprekken te organiseren om ervaringen van demonstranten op te halen over het gemeentelijk demonstratiebeleid; 2. Deze opgehaalde informatie met de raad te delen ten behoeve van de jaarlijkse evaluatie van het demonstratiebeleid.",
            outcome: nil),
        Expected(
            source: "gemeente-utrecht", path: "moties/motie-kleinschalige-opvang-van-asielzoekers-in-utrecht",
            id: "gemeente:utrecht:motie-16-2016", title: "Motie Kleinschalige opvang van asielzoekers in Utrecht",
            date: "2016-02-11",
            dictum:
                "• Zich bij VNG in te zetten voor een verlaging van de ondergrens in het bestuursakkoord; • Bij toekomstige vragen van het COA kleinschaligheid van noodopvang als zwaarwegendcriterium mee te nemen.",
            outcome: "Overgenomen"),
        Expected(
            source: "gemeente-amsterdam", path: "moties/motie-inzake-afzien-van-preventief-fouilleren",
            id: "gemeente:amsterdam:motie-inzake-afzien-van-preventief-fouilleren",
            title: "Motie inzake afzien van preventief fouilleren", date: "2021-05-27",
            dictum:
                "Het voornemen om te controleren zoals in de brieven van 19 maart en 20 mei 2021 is beschreven niet ten uitvoer te brengen.",
            outcome: "Aangenomen"),
        Expected(
            source: "gemeente-amsterdam-openresearch",
            path: "en/page/112094/amsterdamse-inzet-voor-vluchtelingen-en-ongedocumenteerden",
            id: "gemeente:amsterdam:amsterdamse-inzet-voor-vluchtelingen-en-ongedocumenteerden",
            title: "Amsterdamse inzet voor vluchtelingen en ongedocumenteerden", date: "2024-10-09",
            dictum:
                "Behandeld in Gemeenteraad 9 oktober 2024, 18 september 2024, Commissie Sociaal, Economische Zaken en Democratisering 11 september 2024",
            outcome: nil, kind: .agendaItem),
        Expected(
            source: "gemeente-middelburg", path: "azc-cleene-hooge",
            id: "gemeente:middelburg:collegebesluit-14-november-2023-azc",
            title:
                "Het college van burgemeester en wethouders heeft op dinsdag 14 november de Cleene Hooge, aan de kant van de Europalaan, definitief aangewezen als nieuwe locatie voor een azc.",
            date: "2023-11-14",
            dictum:
                "Het college van burgemeester en wethouders heeft op dinsdag 14 november de Cleene Hooge, aan de kant van de Europalaan, definitief aangewezen als nieuwe locatie voor een azc. Het voorlopig besluit dat het college in september nam, ging uit van een azc met 330 bewoners en daarnaast een flexibele opvang voor 150-250 bewoners. Het aantal bewoners voor de flexibele opvang is in het besluit van 14 november gemaximaliseerd naar 150 bewoners.",
            outcome: nil, kind: .decision),
    ]
    static let sources = [
        "gemeente-utrecht", "gemeente-amsterdam", "gemeente-amsterdam-openresearch", "gemeente-middelburg",
    ]

    static func source(_ name: String) throws -> SourceDefinition {
        let (sources, problems) = SourceLoader.load(workspace: Fixtures.root)
        #expect(problems.isEmpty, "\(problems)")
        return try #require(sources.first { $0.name == name })
    }

    /// The saved text of a page: its path below the endpoint, percent-encoded, with `.txt`.
    static func saved(_ motion: Expected) -> Data {
        let name = motion.path.addingPercentEncoding(
            withAllowedCharacters: .alphanumerics.union(.init(charactersIn: "-._~")))!
        return Fixtures.data(Fixtures.mirror.appendingPathComponent("\(motion.source)/\(name).txt"))
    }

    @Test("Each saved motion reads as one deed: id, title, date, kind, operative part and result")
    func parse() throws {
        for motion in Self.motions {
            let source = try Self.source(motion.source)
            let rules = try #require(source.council)
            #expect(rules.format == .text)
            let url = try #require(URL(string: motion.path, relativeTo: source.endpoint)?.absoluteURL)
            let read = try CouncilPageReader(rules: rules).read(Self.saved(motion), url: url)
            #expect(read.deeds.count == 1)
            let deed = try #require(read.deeds.first)
            #expect(deed.id == motion.id)
            #expect(deed.kind == motion.kind)
            #expect(deed.title == motion.title)
            #expect(deed.date == Day(motion.date))
            #expect(deed.dictum == motion.dictum)
            #expect(deed.outcome?.label == motion.outcome)
            #expect(deed.source.url == url.absoluteString)
        }
        let amsterdam = try CouncilPageReader(rules: try #require(try Self.source("gemeente-amsterdam").council)).read(
            Self.saved(Self.motions[2]), url: URL(string: "https://amsterdam.partijvoordedieren.nl/")!)
        #expect(amsterdam.deeds.first?.outcome?.result == .adopted)
        #expect(amsterdam.deeds.first?.actors.map(\.name) == ["De gemeenteraad van Amsterdam"])
    }

    @Test("A council's decision in its usual Dutch forms is adopted or rejected, its words kept; anything else unknown")
    func decisionForms() throws {
        let motion = Self.motions[2]
        let source = try Self.source(motion.source)
        let url = try #require(URL(string: motion.path, relativeTo: source.endpoint)?.absoluteURL)
        let page = String(decoding: Self.saved(motion), as: UTF8.self)
        #expect(page.contains("\nStatus\n\nAangenomen\n"))
        let forms: [(String, Deed.Outcome.Result)] = [
            ("Aangenomen", .adopted), ("Aangenomen.", .adopted), ("AANGENOMEN", .adopted),
            ("Aangenomen met algemene stemmen", .adopted), ("Aangenomen met algemene stemmen.", .adopted),
            ("Met algemene stemmen aangenomen", .adopted), ("Unaniem aangenomen", .adopted),
            ("Aangenomen met 25 stemmen voor en 12 tegen", .adopted), ("Aangenomen (25-12)", .adopted),
            ("Geamendeerd aangenomen", .adopted), ("Motie aangenomen", .adopted),
            ("Aangenomen zonder stemming", .adopted), ("Verworpen", .rejected), ("Verworpen.", .rejected),
            ("Unaniem verworpen", .rejected), ("Met algemene stemmen verworpen", .rejected),
            ("Verworpen met 12 stemmen voor en 33 tegen", .rejected), ("Het amendement is verworpen", .rejected),
            ("Ingetrokken", .withdrawn), ("De stemmen staken", .tied),
            ("Niet aangenomen", .unknown), ("Aangenomen / verworpen", .unknown), ("Aangehouden", .unknown),
            ("Overgenomen", .unknown), ("Afgevoerd", .unknown), ("Onbekend", .unknown),
        ]
        let reader = CouncilPageReader(rules: try #require(source.council))
        for (form, result) in forms {
            // CHANGED: the real Amsterdam motion's status line ("Aangenomen") written as another council would.
            let changed = Data(
                page.replacingOccurrences(of: "\nStatus\n\nAangenomen\n", with: "\nStatus\n\n\(form)\n").utf8)
            let deed = try #require(try reader.read(changed, url: url).deeds.first)
            #expect(deed.outcome?.result == result, "\(form)")
            #expect(deed.outcome?.label == form)
            #expect(deed.outcome?.date == Day("2021-05-27"))
        }
        // The Tweede Kamer's VLOS `uitslag` is read as before: the word alone.
        #expect(Deed.Outcome.result(from: "Aangenomen") == .adopted)
        #expect(Deed.Outcome.result(from: "Aangenomen met algemene stemmen") == .unknown)
    }

    @Test(
        "A kept page is read again with its own source's rules, though Amsterdam has two sources with rules of their own"
    )
    func rederived() throws {
        let (definitions, _) = SourceLoader.load(workspace: Fixtures.root)
        let councils = CouncilSources(definitions)
        let store = try Store(path: ":memory:")
        var urls: [String: URL] = [:]
        for motion in Self.motions where motion.source.hasPrefix("gemeente-amsterdam") {
            let source = try Self.source(motion.source)
            let url = try #require(URL(string: motion.path, relativeTo: source.endpoint)?.absoluteURL)
            let document = try CouncilPageReader(rules: try #require(source.council)).read(Self.saved(motion), url: url)
            _ = try store.ingest(document, raw: Self.saved(motion))
            urls[motion.source] = url
            // The source whose endpoint the page is under; at a test server's address, the one whose pages name it.
            #expect(councils.rules(municipality: "amsterdam", url: url) == source.council)
            let local = try #require(URL(string: "http://127.0.0.1:8080/\(motion.path)"))
            #expect(councils.rules(municipality: "amsterdam", url: local) == source.council)
        }
        #expect(urls.count == 2)
        // A page neither source is under or names: two sources, none fits. A municipality's only source fits all.
        #expect(councils.rules(municipality: "amsterdam", url: URL(string: "https://example.org/motie")!) == nil)
        let utrecht = try Self.source("gemeente-utrecht").council
        #expect(councils.rules(municipality: "utrecht", url: URL(string: "https://example.org/motie")!) == utrecht)
        // Both kept pages are read again without a failure; before, the second source's page was read with the
        // first's rules ("the meeting date rule gave ''").
        let result = try Rederivation(store: store, councils: councils).run()
        #expect((result.documents, result.failures, result.changedDeeds) == (2, [], []))
    }

    @Test("Title and operative part are the page's own words: each occurs in the saved text as it stands")
    func quotation() throws {
        for motion in Self.motions {
            let page = String(decoding: Self.saved(motion), as: UTF8.self)
            #expect(page.hasPrefix(motion.title + "\n"))
            // The operative part joins whole lines of the page: each of them is there as it stands.
            for part in motion.dictum.split(separator: /; (?=[•0-9])|\. (?=Het )/) {
                #expect(page.contains(part), "\(motion.id): \(part)")
            }
        }
    }

    /// A copy of the test workspace with the two sources as shipped and, for Utrecht and Amsterdam, pledges
    /// with the phrases of the shipped ones (the test workspace's national pledges share those phrases).
    static func workspace() throws -> URL {
        let root = Fixtures.temporaryFolder()
        try FileManager.default.copyItem(
            at: Fixtures.workspace.appendingPathComponent("Commitments"), to: root.appendingPathComponent("Commitments")
        )
        try FileManager.default.copyItem(
            at: Fixtures.workspace.appendingPathComponent("Scrapers"), to: root.appendingPathComponent("Scrapers"))
        for name in Self.sources {
            try FileManager.default.copyItem(
                at: Fixtures.root.appendingPathComponent("Scrapers/\(name).yaml"),
                to: root.appendingPathComponent("Scrapers/\(name).yaml"))
        }
        func pledge(_ id: String, _ actor: String, _ theme: String, _ phrases: [String]) -> String {
            """
              - id: \(id)
                actor: \(actor)
                level: municipal
                date: 2023-01-19
                themes: [\(theme)]
                text: Een toezegging van de gemeente.
                quotation: paraphrase
                source: {document: amnesty-brief-gemeenten-2026}
                kept_when: De gemeente doet wat zij toezegde.
                rights: {direction: advances, reason: Test., by: test}
                hints:
                  phrases: [\(phrases.joined(separator: ", "))]

            """
        }
        let files = [
            "utrecht/municipality.yaml": "municipality: {id: utrecht, name: Utrecht}\n",
            "utrecht/test.yaml": "pledges:\n"
                + pledge(
                    "utrecht-demonstraties-als-vreedzaam-beschouwen", "gemeente:utrecht", "demonstratierecht",
                    ["demonstratierecht", "vreedzame demonstraties", "beperkende voorschriften"])
                + pledge(
                    "utrecht-warm-welkom-voor-wie-vlucht", "gemeente:utrecht", "vluchtelingenverdrag",
                    ["opvanglocatie", "asielzoekerscentrum", "azc", "warm welkom"]),
            "amsterdam/municipality.yaml": "municipality: {id: amsterdam, name: Amsterdam}\n",
            "amsterdam/test.yaml": "pledges:\n"
                + pledge(
                    "amsterdam-controle-alt-delete-betrekken-bij-monitoring", "gemeente:amsterdam",
                    "etnisch-profileren", ["Controle Alt Delete", "Professioneel controleren", "etnisch profileren"])
                + pledge(
                    "amsterdam-geen-arrestaties-in-opvang-ongedocumenteerden", "gemeente:amsterdam",
                    "vluchtelingenverdrag", ["opvang voor ongedocumenteerden", "ongedocumenteerden", "bed bad brood"]),
            "middelburg/municipality.yaml": "municipality: {id: middelburg, name: Middelburg}\n",
            "middelburg/test.yaml": "pledges:\n"
                + pledge(
                    "middelburg-raad-azc-330-asielzoekers", "gemeente:middelburg", "vluchtelingenverdrag",
                    ["asielzoekerscentrum", "azc", "duurzame opvang asielzoekers", "opvang van asielzoekers"]),
        ]
        for (path, text) in files {
            let url = root.appendingPathComponent("Commitments/municipal/\(path)")
            try FileManager.default.createDirectory(
                at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data(text.utf8).write(to: url)
        }
        return root
    }

    @Test(
        "update --source gemeente-utrecht, -amsterdam, -amsterdam-openresearch, -middelburg against a local server: the deeds, linked to their own municipality's pledges only"
    )
    func localServer() async throws {
        let pages = Dictionary(uniqueKeysWithValues: Self.motions.map { ("/" + $0.path, Self.saved($0)) })
        let server = try LocalHTTPServer { request in
            guard let body = pages[request.path] else { return LocalHTTPServer.Reply(status: 404) }
            if request.path.hasSuffix("fouilleren") {
                // Served as HTML, as the live site would: the saved lines, each a paragraph.
                let lines = String(decoding: body, as: UTF8.self).split(separator: "\n")
                let html = "<html><body>" + lines.map { "<p>\($0)</p>" }.joined() + "</body></html>"
                return LocalHTTPServer.Reply(
                    headers: ["Content-Type": "text/html; charset=utf-8"], body: Data(html.utf8))
            }
            return LocalHTTPServer.Reply(headers: ["Content-Type": "text/plain; charset=utf-8"], body: body)
        }
        defer { server.stop() }
        let root = try Self.workspace()
        defer { try? FileManager.default.removeItem(at: root) }
        let workspace = Workspace(
            root: root, database: Fixtures.temporaryFolder().appendingPathComponent("ledger.sqlite").path)
        let endpoints = Self.sources.map { SourceEndpoint("\($0)=\(server.url("/"))")! }
        let run = try await Pipeline(workspace: workspace).update(
            sources: Self.sources, endpoints: endpoints, client: HarvestWorkspace.client)
        #expect(run.sources.flatMap(\.errors) == [])
        #expect(
            Dictionary(uniqueKeysWithValues: run.sources.map { ($0.source, $0.entities) }) == [
                "gemeente-utrecht": 2, "gemeente-amsterdam": 1, "gemeente-amsterdam-openresearch": 1,
                "gemeente-middelburg": 1,
            ])

        let store = try workspace.openStore()
        let deeds = try store.deeds().filter { $0.id.hasPrefix("gemeente:") }
        #expect(deeds.map(\.id).sorted() == Self.motions.map(\.id).sorted())
        for motion in Self.motions {
            let deed = try #require(deeds.first { $0.id == motion.id })
            #expect((deed.kind, deed.title, deed.date) == (motion.kind, motion.title, Day(motion.date)))
            #expect(deed.source.url == server.url("/" + motion.path))
            #expect(deed.dictum == motion.dictum)
        }
        let links = try store.links().filter { $0.deed.hasPrefix("gemeente:") }
        #expect(
            Set(links.map { "\($0.deed) → \($0.pledge)" }) == [
                "gemeente:utrecht:motie-94-2024 → utrecht-demonstraties-als-vreedzaam-beschouwen",
                "gemeente:utrecht:motie-16-2016 → utrecht-warm-welkom-voor-wie-vlucht",
                "gemeente:amsterdam:motie-inzake-afzien-van-preventief-fouilleren → amsterdam-controle-alt-delete-betrekken-bij-monitoring",
                "gemeente:amsterdam:amsterdamse-inzet-voor-vluchtelingen-en-ongedocumenteerden → amsterdam-geen-arrestaties-in-opvang-ongedocumenteerden",
                "gemeente:middelburg:collegebesluit-14-november-2023-azc → middelburg-raad-azc-330-asielzoekers",
            ])
        let ledger = try LedgerLoader.load(workspace: root)
        let national = Set(ledger.pledges.filter { $0.level == .national }.map(\.id))
        #expect(national.contains("demonstratierecht-fundamenteel-onderdeel-democratie"))
        #expect(links.allSatisfy { !national.contains($0.pledge) })
    }
}
