import Core
import Deeds
import Foundation
import Harvest
import Ledger
import Linking
import Store
import TestSupport
import Testing

@Suite("The linker applies the analysts' reviews to real deeds of the snapshot", .serialized)
struct ReviewedLinksTests {
    static func review(
        _ pledge: String, _ deed: String, _ verdict: Review.Verdict, stance: Link.Stance? = nil, on day: String,
        line: Int
    ) -> Review {
        Review(
            pledge: pledge, deed: deed, verdict: verdict, stance: stance, by: "Anna", on: Day(day)!,
            location: SourceLocation(file: "Commitments/reviews/test.yaml", line: line, column: 5))
    }

    /// The snapshot linked once without reviews, then again with them.
    static func linked() throws -> (before: [Link], after: [Link], report: LinkingRun.Report) {
        let ledger = try Fixtures.ledger()
        let store = try Store(path: ":memory:")
        _ = Ingestion(store: store).ingest(files: Ingestion.documents(in: Fixtures.mirror))
        try LinkingRun(ledger: ledger, store: store).run()
        let before = try store.links()
        var reviewed = ledger
        reviewed.reviews = Reviews([
            // A letter of royal decrees on running a ministry, linked through the word "inburgering".
            review("opvang-verbeteren-en-sneller-meedoen", "kst-36471-107", .rejected, on: "2026-12-01", line: 1),
            // Below the evidence line (0.32, mentions): facial recognition and watching closed chats.
            review(
                "demonstratierecht-fundamenteel-onderdeel-democratie", "kst-28684-805", .confirmed, stance: .opposes,
                on: "2026-12-01", line: 2),
            // Not linked at all: more police data on threatened disturbances of public order, undercover in chats.
            review(
                "demonstratierecht-fundamenteel-onderdeel-democratie", "kst-28684-797", .confirmed, stance: .opposes,
                on: "2026-12-01", line: 3),
            // Confirmed without a stance: the linker's stays.
            review("etnisch-profileren-aanpakken", "kst-30950-440", .confirmed, on: "2026-12-01", line: 4),
            // Rejected, then confirmed the next day: the later decision holds.
            review("vluchtelingenverdrag-aanpassen", "kst-26150-229", .confirmed, on: "2026-12-02", line: 5),
            review("vluchtelingenverdrag-aanpassen", "kst-26150-229", .rejected, on: "2026-12-01", line: 6),
            // A deed that is not in the database links nothing.
            review("etnisch-profileren-aanpakken", "tk:zaak:2022Z07377", .confirmed, on: "2026-12-01", line: 7),
        ])
        reviewed.reviewsFingerprint = "reviews-of-2026-12-02"
        let report = try LinkingRun(ledger: reviewed, store: store).run()
        return (before, try store.links(), report)
    }

    @Test("Rejected links go, confirmed links count as evidence, the analyst's stance wins, the rest is as it was")
    func applied() throws {
        let (before, after, report) = try Self.linked()
        #expect(report.scope == .all(deeds: 154, reason: "the reviews changed"))
        #expect(report.line == "linking: all 154 deeds linked (the reviews changed); 52 links to 9 pledges")
        let find = { (links: [Link], pledge: String, deed: String) in
            links.first { $0.pledge == pledge && $0.deed == deed }
        }
        #expect(find(before, "opvang-verbeteren-en-sneller-meedoen", "kst-36471-107") != nil)
        #expect(find(after, "opvang-verbeteren-en-sneller-meedoen", "kst-36471-107") == nil)

        let raised = try #require(find(after, "demonstratierecht-fundamenteel-onderdeel-democratie", "kst-28684-805"))
        #expect(
            find(before, "demonstratierecht-fundamenteel-onderdeel-democratie", "kst-28684-805")?.stance == .mentions)
        #expect((raised.confidence, raised.stance, raised.method) == (1, .opposes, .review))
        #expect(
            raised.explanation
                == "bevestigd door Anna op 2026-12-01; stand werkt tegen (de linker: noemt); de linker: 0,315 via volledige tekst, themawoorden: demonstrant, gezichtsherkenning, relschoppers; tekstscore 0,39"
        )

        #expect(find(before, "demonstratierecht-fundamenteel-onderdeel-democratie", "kst-28684-797") == nil)
        let created = try #require(find(after, "demonstratierecht-fundamenteel-onderdeel-democratie", "kst-28684-797"))
        #expect(
            created
                == Link(
                    pledge: "demonstratierecht-fundamenteel-onderdeel-democratie", deed: "kst-28684-797",
                    confidence: 1, stance: .opposes, method: .review,
                    explanation: "bevestigd door Anna op 2026-12-01; de linker vond geen koppeling"))

        let kept = try #require(find(after, "etnisch-profileren-aanpakken", "kst-30950-440"))
        #expect((kept.confidence, kept.stance, kept.method) == (1, .supports, .review))
        #expect(find(after, "vluchtelingenverdrag-aanpassen", "kst-26150-229")?.method == .review)
        #expect(!after.contains { $0.deed == "tk:zaak:2022Z07377" })

        // Every link no review decides is exactly as the linker made it.
        let decided: Set<String> = [
            "opvang-verbeteren-en-sneller-meedoen→kst-36471-107",
            "demonstratierecht-fundamenteel-onderdeel-democratie→kst-28684-805",
            "demonstratierecht-fundamenteel-onderdeel-democratie→kst-28684-797",
            "etnisch-profileren-aanpakken→kst-30950-440", "vluchtelingenverdrag-aanpassen→kst-26150-229",
        ]
        #expect(Set(after.filter { !decided.contains($0.id) }) == Set(before.filter { !decided.contains($0.id) }))
        #expect(after.count == before.count)  // one rejected, one created
    }

    @Test("Reviews hold when deeds change: a relinked deed keeps its decisions")
    func incremental() throws {
        let ledger = try Fixtures.ledger()
        var reviewed = ledger
        reviewed.reviews = Reviews([
            Self.review("etnisch-profileren-aanpakken", "kst-29628-1271", .rejected, on: "2026-12-01", line: 1),
            Self.review(
                "etnisch-profileren-aanpakken", "kst-30950-440", .confirmed, stance: .mentions, on: "2026-12-01",
                line: 2),
        ])
        reviewed.reviewsFingerprint = "two-reviews"
        let store = try Store(path: ":memory:")
        let ingestion = Ingestion(store: store)
        _ = ingestion.ingest(files: [Fixtures.kamerstuk("kst-30950-440")])
        #expect(try LinkingRun(ledger: reviewed, store: store).run().scope == .all(deeds: 1, reason: "first run"))
        _ = ingestion.ingest(files: [Fixtures.kamerstuk("kst-29628-1271")])
        #expect(try LinkingRun(ledger: reviewed, store: store).run().scope == .changed(deeds: 1))
        let links = try store.links().map { "\($0.pledge) \($0.deed) \($0.stance) \($0.method) \($0.confidence)" }
        // The rejected link is gone and the confirmed one is the analyst's; the other pledge's links are the linker's.
        #expect(
            links == [
                "etnisch-profileren-aanpakken kst-30950-440 mentions review 1.0",
                "hla-voorwaarden-aan-kunstmatige-intelligentie kst-30950-440 supports phrase 0.653",
                "hla-voorwaarden-aan-kunstmatige-intelligentie kst-29628-1271 opposes fulltext 0.27",
            ])
        // Without the reviews, the ledger changed in its reviews alone, and everything is linked again.
        let report = try LinkingRun(ledger: ledger, store: store).run()
        #expect(report.scope == .all(deeds: 2, reason: "the reviews changed"))
        #expect(try store.links().map(\.method) == [.phrase, .phrase, .phrase, .fulltext])
    }
}
