import Foundation
import Testing
@testable import TrackerKit

@Suite("Linking on the shipped ledger and the real documents of the snapshot", .serialized)
struct LinkingTests {
    /// The snapshot ingested and linked once, in a database of its own.
    static let linked: (ledger: Ledger, links: [Link], store: Store) = {
        let ledger = try! LedgerLoader.load(workspace: Fixtures.root)
        let store = try! Store(path: ":memory:")
        _ = Ingestion(store: store).ingest(files: Ingestion.documents(in: Fixtures.mirror))
        let links = try! LinkingRun(ledger: ledger, store: store).run()
        return (ledger, links, store)
    }()

    static func links(of deed: String) -> [Link] {
        linked.links.filter { $0.deed == deed }.sorted { ($0.confidence, $1.pledge) > ($1.confidence, $0.pledge) }
    }

    @Test("Precision and recall on the labelled deeds (Tests/Fixtures/linking/labels.yaml)")
    func measured() throws {
        let labels = try LinkLabels.load(Fixtures.tests.appendingPathComponent("linking/labels.yaml"))
        let (ledger, links, _) = Self.linked
        #expect(labels.deeds.count == 81)
        let any = LinkEvaluation(labels: labels, links: links, ledger: ledger, threshold: 0.2)
        #expect(any.topCorrect == 24 && any.themed == 24)
        #expect(any.unrelatedLinked == ["kst-36284-57", "kst-36471-107"])
        let evidence = LinkEvaluation(labels: labels, links: links, ledger: ledger, threshold: 0.5)
        #expect((evidence.rightLinks, evidence.links) == (14, 15))
        #expect((evidence.foundPairs, evidence.pairs) == (14, 27))
        // The one unrelated deed above 0.5: a letter on ministerial appointments whose subject line
        // mentions "inburgering", a phrase of the reception pledge.
        #expect(evidence.unrelatedLinked == ["kst-36471-107"])
    }

    @Test("A motion's own phrases and operative text decide its strongest link and stance")
    func strongest() {
        let bamenga = Self.links(of: "kst-30950-440")
        #expect(bamenga.first?.pledge == "etnisch-profileren-aanpakken")
        #expect(bamenga.first?.stance == .supports)
        #expect(bamenga.first?.method == .phrase)
        #expect(bamenga.first?.explanation.hasPrefix("phrases: 'etnisch profileren' in the text, 'risicoprofilering' in the operative text") == true)
        // Dropping the third observer at stop-and-search works against the pledge.
        let eerdmans = Self.links(of: "kst-29628-1271").first
        #expect(eerdmans?.pledge == "etnisch-profileren-aanpakken")
        #expect(eerdmans?.stance == .opposes)
        #expect(Self.links(of: "kst-36760-39").first?.pledge == "vluchtelingenverdrag-aanpassen")
        #expect(Self.links(of: "kst-29237-219").first?.pledge == "buitenlandbeleid-conform-igh-en-strafhof")
        #expect(Self.links(of: "kst-28684-811").first?.pledge == "demonstratierecht-fundamenteel-onderdeel-democratie")
        #expect(Self.links(of: "kst-36704-59").first?.pledge == "procedurele-waarborgen-asiel-schrappen")
    }

    @Test("Unrelated motions get no link at or above 0.5")
    func unrelated() {
        for deed in ["kst-31305-511", "kst-27858-723", "kst-33561-94", "kst-36637-8", "kst-33576-456", "kst-28325-288"] {
            #expect(Self.links(of: deed).allSatisfy { $0.confidence < 0.5 }, "\(deed)")
        }
    }

    @Test("Without a phrase or reference, confidence stays below 0.5")
    func weakEvidenceCapped() {
        let weak = Self.linked.links.filter { $0.method == .fulltext }
        #expect(!weak.isEmpty)
        #expect(weak.allSatisfy { $0.confidence < 0.49 })
    }
}
