import Core
import Deeds
import Foundation
import Harvest
import Ledger
import Linking
import Store
import TestSupport
import Testing
import Text

@Suite("Linking the real documents of the snapshot to the test ledger", .serialized)
struct LinkingTests {
    /// The snapshot ingested and linked once, in a database of its own.
    static let linked: (ledger: Ledger, links: [Link], store: Store) = {
        let ledger = try! Fixtures.ledger()
        let store = try! Store(path: ":memory:")
        _ = Ingestion(store: store).ingest(files: Ingestion.documents(in: Fixtures.mirror))
        try! LinkingRun(ledger: ledger, store: store).run()
        let links = try! store.links()
        return (ledger, links, store)
    }()

    static func links(of deed: String) -> [Link] {
        linked.links.filter { $0.deed == deed }.sorted { ($0.confidence, $1.pledge) > ($1.confidence, $0.pledge) }
    }

    @Test("Linking records the theme terms each deed's title or dictum carries, for the rights alerts")
    func themeTerms() throws {
        let carried = try Self.linked.store.themeTerms(countedAsOf: Day("2026-12-31")!, limit: 10_000)
        #expect(carried.count == 25)
        let byDeed = Dictionary(grouping: carried, by: \.terms.deed)
        // "minimumstraffen" is the plural of the term "minimumstraf" (a doubled consonant, DutchStemmer).
        #expect(byDeed["kst-28684-790"]?.map(\.terms.terms) == [["minimumstraf"]])
        // The motion to leave the Refugee Convention (Baudet) and the one on face coverings at demonstrations.
        #expect(
            byDeed["kst-36760-39"]?.map(\.terms) == [
                ThemeTerms(deed: "kst-36760-39", theme: "vluchtelingenverdrag", terms: ["Vluchtelingenverdrag"])
            ])
        #expect(byDeed["kst-28684-798"]?.map(\.terms.terms) == [["demonstratie", "gezichtsbedekkende"]])
        #expect(byDeed["kst-36760-39"]?.first?.day == Day("2025-08-27"))
        // Newest first within a theme, and no more than asked for.
        let one = try Self.linked.store.themeTerms(countedAsOf: Day("2026-12-31")!, limit: 1)
        #expect(Set(one.map(\.terms.theme)).count == one.count)
    }

    @Test("Precision and recall on the labelled deeds (Tests/Fixtures/linking/labels.yaml)")
    func measured() throws {
        let labels = try LinkLabels.load(Fixtures.tests.appendingPathComponent("linking/labels.yaml"))
        let (ledger, links, _) = Self.linked
        #expect(labels.deeds.count == 81)
        let any = LinkEvaluation(labels: labels, links: links, ledger: ledger, threshold: 0.2)
        // The test ledger's ten pledges cover fewer subjects than the shipped ledger: five themed deeds have their best link elsewhere.
        #expect((any.topCorrect, any.themed) == (19, 24))
        #expect(any.unrelatedLinked == ["kst-36471-107"])
        let evidence = LinkEvaluation(labels: labels, links: links, ledger: ledger, threshold: 0.5)
        #expect((evidence.rightLinks, evidence.links) == (16, 17))
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
        // Stems match inflections both ways: both phrase forms find "etnisch profileren", and count once, as the
        // first; "profilering" is the head of "risicoprofilering" and counts with it, and the theme term "etnisch"
        // with "etnisch profileren".
        #expect(
            bamenga.first?.explanation
                == "zinsneden: 'etnisch profileren' in de tekst, 'risicoprofilering' in het dictum; themawoorden: Marechaussee; dossier 30950; tekstscore 1,00; stand steunt: 'toetsingskader', 'implementeren' in het dictum"
        )
        // Dropping the third observer at stop-and-search works against the pledge.
        let eerdmans = Self.links(of: "kst-29628-1271").first
        #expect(eerdmans?.pledge == "etnisch-profileren-aanpakken")
        #expect(eerdmans?.stance == .opposes)
        #expect(Self.links(of: "kst-36760-39").first?.pledge == "vluchtelingenverdrag-aanpassen")
        #expect(Self.links(of: "kst-29237-219").first?.pledge == "buitenlandbeleid-conform-igh-en-strafhof")
        #expect(Self.links(of: "kst-28684-811").first?.pledge == "demonstratierecht-fundamenteel-onderdeel-democratie")
        #expect(Self.links(of: "kst-36704-59").first?.pledge == "procedurele-waarborgen-asiel-schrappen")
    }

    @Test("Unrelated motions get no link at all")
    func unrelated() throws {
        let stored = try Self.linked.store.deedIDs()
        // 130 km/h, glyphosate, vmbo cuts and two other motions of the snapshot, labelled as on no theme.
        for deed in ["kst-31305-511", "kst-27858-723", "kst-33561-94", "kst-36637-8", "kst-31293-816"] {
            #expect(stored.contains(deed))
            #expect(Self.links(of: deed).isEmpty, "\(deed)")
        }
    }

    @Test("No link below the floor (0.2, docs/ledger.md) is stored")
    func floor() {
        #expect(LinkSettings().minimumConfidence == 0.2)
        #expect(Self.linked.links.allSatisfy { $0.confidence >= 0.2 })
        // The weakest stored link, just above it.
        #expect(Self.linked.links.map(\.confidence).min() == 0.201)
    }

    @Test("The full-text score in an explanation has two decimals and a comma, rounded as printf's %.2f rounds")
    func fulltextScoreWritten() {
        #expect(
            [0, 0.05, 0.125, 0.375, 0.6789, 0.994, 0.995, 0.285, 1].map(Linker.twoDecimals) == [
                "0,00", "0,05", "0,12", "0,38", "0,68", "0,99", "0,99", "0,28", "1,00",
            ])
        // Against printf itself, over many shares.
        let shares = (0...20_000).map { Double($0) / 20_000 } + (0...1_000).map { Double($0) * 0.001 + 0.0005 }
        let differing = shares.filter {
            Linker.twoDecimals($0) != String(format: "%.2f", $0).replacingOccurrences(of: ".", with: ",")
        }
        #expect(differing == [])
    }

    @Test("Without a phrase or reference, a link stays below the evidence line")
    func weakEvidenceCapped() {
        // A letter in the profiling dossier that names no phrase of the pledge: on its subject, not about it.
        let letter = Self.links(of: "kst-30950-457").map { "\($0.pledge) \($0.confidence) \($0.method.rawValue)" }
        #expect(letter == ["etnisch-profileren-aanpakken 0.278 fulltext"])
    }

    @Test("Links a newer linker stored are not relinked by this one: refused, the links kept")
    func newerLinker() throws {
        let ledger = try Fixtures.ledger()
        let store = try Store(path: ":memory:")
        _ = Ingestion(store: store).ingest(files: [Fixtures.kamerstuk("kst-30950-440")])
        try LinkingRun(ledger: ledger, store: store).run()
        let links = try store.links()
        let state = try store.linkState()
        // As a tracker with a later linker (Linker.version + 1) records its inputs.
        let later = String(Int(Linker.version)! + 1)
        let newer = try #require(
            state.fingerprint?.replacingOccurrences(of: "linker \(Linker.version)", with: "linker \(later)"))
        try store.setLinkState(fingerprint: newer, seq: state.seq)
        #expect {
            try LinkingRun(ledger: ledger, store: store).run(force: true)
        } throws: { error in
            (error as? StoreError)?.errorDescription
                == "database :memory:: linked by a newer tracker (linker \(later), this tracker's is \(Linker.version)); expected the tracker that wrote it, or a newer one"
        }
        #expect(try store.links() == links)
        // Read commands say so, and not that this tracker's update would link them again.
        #expect(
            try LinkingRun.staleness(ledger: ledger, store: store)
                == "the stored links were computed by a newer tracker (linker \(later), this tracker's is \(Linker.version)), which this one cannot link again; use the newer tracker"
        )
    }

    @Test("Only new and changed deeds are linked; everything again when the ledger changes, and it says so")
    func incremental() throws {
        let ledger = try Fixtures.ledger()
        let store = try Store(path: ":memory:")
        let ingestion = Ingestion(store: store)
        _ = ingestion.ingest(files: [Fixtures.kamerstuk("kst-30950-440"), Fixtures.kamerstuk("kst-36760-39")])
        let first = try LinkingRun(ledger: ledger, store: store).run()
        #expect(first.scope == .all(deeds: 2, reason: "first run"))
        let before = try store.links()
        #expect(try LinkingRun(ledger: ledger, store: store).run().scope == .upToDate)

        _ = ingestion.ingest(files: [Fixtures.kamerstuk("kst-29628-1271")])
        let second = try LinkingRun(ledger: ledger, store: store).run()
        #expect(second.scope == .changed(deeds: 1))
        let added = try store.links().filter { $0.deed == "kst-29628-1271" }
        #expect(
            added.map(\.pledge) == ["etnisch-profileren-aanpakken", "hla-voorwaarden-aan-kunstmatige-intelligentie"])
        #expect(Set(try store.links()) == Set(before + added))

        var edited = ledger
        edited.recordsFingerprint = "an analyst's edit of a pledge"
        let third = try LinkingRun(ledger: edited, store: store).run()
        #expect(third.scope == .all(deeds: 3, reason: "the ledger or the linker changed"))
        // The same links as linking the deeds one by one; confidences may move a little with the index's statistics.
        let pairs = { (links: [Link]) in Set(links.map { "\($0.pledge) \($0.deed) \($0.stance)" }) }
        #expect(pairs(try store.links()) == pairs(before + added))
    }
}
