import Foundation
import TestSupport
import Testing

/// `tracker feed`: JSON Feed 1.1 valid against the repository's schema, with ids that stay the same from run to run.
@Suite("The JSON feed for campaigns", .serialized)
struct FeedCLITests {
    static let pledge = "hla-voorwaarden-aan-kunstmatige-intelligentie"

    static func items(_ text: String) throws -> [[String: Any]] {
        let feed = try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
        return try #require(feed["items"] as? [[String: Any]])
    }

    static func valid(_ text: String) throws -> [String] {
        try JSONSchema(contentsOf: TrackerProcess.root.appendingPathComponent("docs/schemas/feed.schema.json"))
            .validate(try JSONValue.parse(text))
    }

    @Test("A new run adds items and keeps every earlier item as it was: same id, same content")
    func stableAcrossRuns() throws {
        let db = TrackerProcess.temporaryDatabase()
        // Run 1: the motion to leave the Refugee Convention, dated before the pledge it mentions: nothing to tell.
        #expect(try TrackerProcess.tracker(["ingest", "--db", db, Self.kamerstuk("kst-36760-39")]).status == 0)
        let first = try TrackerProcess.tracker(["feed", "--db", db])
        #expect(first.status == 0)
        #expect(try Self.valid(first.stdout) == [])
        #expect(try Self.items(first.stdout).isEmpty)
        // Run 2: the Bamenga motion (19 March 2025) supports the pledge on algorithms: a new deed and a status.
        #expect(try TrackerProcess.tracker(["ingest", "--db", db, Self.kamerstuk("kst-30950-440")]).status == 0)
        let second = try TrackerProcess.tracker(["feed", "--db", db])
        #expect(try Self.valid(second.stdout) == [])
        let items = try Self.items(second.stdout)
        let today = TrackerProcess.today
        #expect(
            items.map { $0["id"] as? String } == [
                "tracker:status:\(Self.pledge):not-rated:stalled:\(today)",
                "tracker:linked:\(Self.pledge):kst-30950-440",
            ])
        let linked = items[1]
        #expect(linked["url"] as? String == "https://zoek.officielebekendmakingen.nl/kst-30950-440.html")
        #expect(linked["date_published"] as? String == "2025-03-19T00:00:00Z")
        #expect(linked["tags"] as? [String] == ["etnisch-profileren"])
        #expect(
            linked["title"] as? String
                == "Motie van het lid Bamenga c.s. — steunt de belofte “voorwaarden worden gesteld aan het gebruik van artificiële intelligentie”"
        )
        #expect(
            (linked["content_text"] as? String)?.hasPrefix(
                "Motie, Kamerstuk 30950, nr. 440, 19 maart 2025: “Motie van het lid Bamenga c.s.”. Het dictum: “verzoekt de regering het toetsingskader voor risicoprofilering van het College voor de Rechten van de Mens integraal te implementeren bij alle overheidsinstanties die risicoprofilering toepassen”. https://zoek.officielebekendmakingen.nl/kst-30950-440.html\n\nDeze daad steunt de belofte. Gelezen door tracker (zekerheid 0,66), nog niet door een analist beoordeeld. De belofte van de coalitie van PVV, VVD, NSC en BBB van 16 mei 2024 (weergave: Vereniging van Griffiers): “voorwaarden worden gesteld aan het gebruik van artificiële intelligentie”"
            ) == true)
        // The rule that counted it, in the reader's words first.
        #expect(
            (linked["content_text"] as? String)?.contains(
                "Telt mee als ingediende motie of amendement, nog zonder besluit: +0 (regel motie-ingediend).") == true)
        let event = try #require(linked["_tracker"] as? [String: Any])
        #expect(event["kind"] as? String == "linked")
        #expect(event["stance"] as? String == "supports")
        // Only tracker read the link: the item says so, in its text and its keys.
        #expect((event["confidence"] as? Double, event["reviewed"] as? Bool) == (0.657, false))
        #expect((event["status_before"] as? String, event["status_after"] as? String) == ("not-rated", "in-progress"))
        #expect(event["run"] as? Int == 2)
        #expect((event["deed"] as? [String: Any])?["reference"] as? String == "Kamerstuk 30950, nr. 440")
        // A status change is dated by its run's day, midnight UTC, as every other item: the filters select by it.
        #expect(items[0]["date_published"] as? String == "\(today)T00:00:00Z")
        let status = try #require(items[0]["_tracker"] as? [String: Any])
        #expect((status["status_before"] as? String, status["status_after"] as? String) == ("not-rated", "stalled"))
        #expect(status["run"] as? Int == 2)
        #expect((items[0]["date_published"] as? String)?.hasPrefix(today + "T") == true)

        // Run 3, with a government letter on the same subject: the two items above come back unchanged.
        #expect(try TrackerProcess.tracker(["ingest", "--db", db, ScoringCLITests.vlosLetters]).status == 0)
        let third = try Self.items(try TrackerProcess.tracker(["feed", "--db", db]).stdout)
        for item in items {
            let again = try #require(third.first { $0["id"] as? String == item["id"] as? String })
            #expect(NSDictionary(dictionary: again) == NSDictionary(dictionary: item), "\(item["id"]!)")
        }
        #expect(third.contains { $0["id"] as? String == "tracker:linked:\(Self.pledge):kst-30950-458" })
    }

    @Test(
        "Runs are compared in the order of the days they score: a run for a past day recorded later is no change back")
    func runsInTheirDaysOrder() throws {
        let db = TrackerProcess.temporaryDatabase()
        // Run 1 scores today: the Bamenga motion is long past, the pledge has stalled. Run 2 scores 31 March 2025,
        // when the motion was days old and the pledge in progress.
        #expect(try TrackerProcess.tracker(["ingest", "--db", db, Self.kamerstuk("kst-30950-440")]).status == 0)
        #expect(try TrackerProcess.tracker(["rebuild", "--db", db, "--as-of", "2025-03-31"]).status == 0)
        let items = try Self.items(try TrackerProcess.tracker(["feed", "--db", db]).stdout)
        #expect(
            items.compactMap { $0["id"] as? String }.filter { $0.hasPrefix("tracker:status:") } == [
                "tracker:status:\(Self.pledge):in-progress:stalled:\(TrackerProcess.today)"
            ])
        // As of a day between the two, only the run of 31 March counts: no change to tell.
        let past = try Self.items(try TrackerProcess.tracker(["feed", "--db", db, "--as-of", "2025-04-30"]).stdout)
        #expect(past.compactMap { $0["id"] as? String } == ["tracker:linked:\(Self.pledge):kst-30950-440"])
    }

    @Test("Two status changes of one day are ordered by run: a change reverted the same day has the reversal on top")
    func sameDayStatusByRun() throws {
        let (_, _, tracker) = try TrackerProcess.workspaceWithDatabase()
        let pledge = ReviewDecisiveCLITests.pledge
        let link = [pledge, "kst-30950-458", "--by", "A"]
        #expect(try tracker(["update", "--mirror", TrackerProcess.mirror]).status == 0)
        // Runs 2, 3 and 4, all as of today: partly kept, no longer (stalled), partly kept again. Run 4's change has
        // run 2's id, and is told as of run 4.
        #expect(try tracker(["review", "decisive"] + link + ["partial"]).status == 0)
        #expect(try tracker(["update", "--mirror", TrackerProcess.mirror]).status == 0)
        #expect(try tracker(["review", "confirm"] + link + ["--not-decisive"]).status == 0)
        #expect(try tracker(["update", "--mirror", TrackerProcess.mirror]).status == 0)
        #expect(try tracker(["review", "decisive"] + link + ["partial"]).status == 0)
        #expect(try tracker(["update", "--mirror", TrackerProcess.mirror]).status == 0)
        let items = try Self.items(try tracker(["feed"]).stdout)
        let today = TrackerProcess.today
        let statuses = items.filter { ($0["id"] as? String)?.hasPrefix("tracker:status:") == true }
        #expect(
            statuses.map { $0["id"] as? String } == [
                "tracker:status:\(pledge):stalled:partial:\(today)",
                "tracker:status:\(pledge):partial:stalled:\(today)",
            ])
        #expect(statuses.map { ($0["_tracker"] as? [String: Any])?["run"] as? Int } == [4, 3])
    }

    @Test("A run for a past day recorded after a review is not compared with today's run from before the review")
    func backdatedRunAfterReview() throws {
        let (_, _, tracker) = try TrackerProcess.workspaceWithDatabase()
        let pledge = ReviewDecisiveCLITests.pledge
        // Run 1 as of today; an analyst marks a deed decisive; run 2 scores 30 September 2025 with the mark; run 3
        // scores today with it. Runs 2 and 1 differ by the review, not by the days between them.
        #expect(try tracker(["update", "--mirror", TrackerProcess.mirror]).status == 0)
        #expect(try tracker(["review", "decisive", pledge, "kst-30950-458", "partial", "--by", "A"]).status == 0)
        #expect(try tracker(["update", "--mirror", TrackerProcess.mirror, "--as-of", "2025-09-30"]).status == 0)
        #expect(try tracker(["update", "--mirror", TrackerProcess.mirror]).status == 0)
        let items = try Self.items(try tracker(["feed"]).stdout)
        let statuses = items.compactMap { $0["id"] as? String }.filter { $0.hasPrefix("tracker:status:\(pledge):") }
        // One change, today's, from run 1 to run 3: none back and forth between run 2 and run 1.
        #expect(statuses == ["tracker:status:\(pledge):stalled:partial:\(TrackerProcess.today)"])
    }

    @Test("Two databases built from the same documents give the same feed, byte for byte")
    func sameInputsSameFeed() throws {
        let one = try ScoringCLITests.snapshot(), two = try ScoringCLITests.snapshot()
        let arguments = ["feed", "--as-of", "2026-06-30"]
        let first = try TrackerProcess.tracker(arguments + ["--db", one])
        let second = try TrackerProcess.tracker(arguments + ["--db", two])
        #expect(first.status == 0)
        #expect(Data(first.stdout.utf8) == Data(second.stdout.utf8))
        #expect(try Self.valid(first.stdout) == [])
        // Newest first: each counted deed of the snapshot, by the day it counts from.
        #expect(
            try Self.items(first.stdout).map { $0["id"] as? String } == [
                "tracker:linked:\(Self.pledge):kst-31477-117",
                "tracker:linked:rp-tweestatusstelsel-invoeren:kst-36704-69",
                "tracker:linked:\(Self.pledge):kst-30950-458", "tracker:linked:\(Self.pledge):kst-30950-440",
            ])
    }

    @Test("Analysts' decisions are items: a confirmed link with its note, a rejected one as a note")
    func reviews() throws {
        let (_, _, tracker) = try TrackerProcess.workspaceWithDatabase()
        #expect(try tracker(["update", "--mirror", TrackerProcess.mirror]).status == 0)
        #expect(
            try tracker([
                "review", "confirm", Self.pledge, "kst-31477-117", "--note",
                "Banken moeten het toetsingskader toepassen.",
                "--by", "Test Analist", "--on", "2026-02-01",
            ]).status == 0)
        #expect(
            try tracker([
                "review", "reject", "opvang-verbeteren-en-sneller-meedoen", "kst-36471-107", "--note",
                "Koninklijke besluiten over het beheer van een ministerie; geen daad over opvang.", "--by",
                "Test Analist", "--on", "2026-02-02",
            ]).status == 0)
        let feed = try tracker(["feed", "--as-of", "2026-06-30"])
        #expect(try Self.valid(feed.stdout) == [])
        let items = try Self.items(feed.stdout)
        let confirmed = try #require(
            items.first { $0["id"] as? String == "tracker:confirmed:\(Self.pledge):kst-31477-117" })
        #expect(confirmed["date_published"] as? String == "2026-02-01T00:00:00Z")
        // The deed is described with its own day (1 October 2025), not the day the analyst confirmed it.
        #expect(
            (confirmed["content_text"] as? String)?.hasPrefix("Motie, Kamerstuk 31477, nr. 117, 1 oktober 2025: “")
                == true)
        #expect(
            (confirmed["content_text"] as? String)?.contains(
                "Test Analist bevestigde de koppeling op 1 februari 2026. Notitie: Banken moeten het toetsingskader toepassen."
            ) == true)
        let event = try #require(confirmed["_tracker"] as? [String: Any])
        #expect(
            (event["by"] as? String, event["note"] as? String) == (
                "Test Analist", "Banken moeten het toetsingskader toepassen."
            ))
        // The confirmed link weighs more (review_weight), so the letter adds 5 × 1.5 and the motion nothing.
        #expect(event["kind"] as? String == "confirmed")
        #expect(event["reviewed"] as? Bool == true)
        // The deed's own item now says an analyst stands behind the link.
        let linked = try #require(items.first { $0["id"] as? String == "tracker:linked:\(Self.pledge):kst-31477-117" })
        #expect(
            (linked["content_text"] as? String)?.contains(
                "Deze daad steunt de belofte. Een analist heeft de koppeling bevestigd.") == true)
        #expect((linked["_tracker"] as? [String: Any])?["reviewed"] as? Bool == true)
        // It keeps its id and its day, and says when the analyst's decision changed it.
        #expect(linked["date_published"] as? String == "2025-10-01T00:00:00Z")
        #expect(linked["date_modified"] as? String == "2026-02-01T00:00:00Z")
        // As of a day before the decision, it says nothing of it.
        let before = try Self.items(try tracker(["feed", "--as-of", "2026-01-31"]).stdout)
        #expect(
            before.first { $0["id"] as? String == "tracker:linked:\(Self.pledge):kst-31477-117" }?.keys.contains(
                "date_modified") == false)
        let note = try #require(
            items.first {
                $0["id"] as? String == "tracker:note:opvang-verbeteren-en-sneller-meedoen:kst-36471-107:2026-02-02"
            })
        #expect(note["url"] as? String == "https://zoek.officielebekendmakingen.nl/kst-36471-107.html")
        #expect(
            (note["_tracker"] as? [String: Any])?["note"] as? String
                == "De koppeling is verworpen: Koninklijke besluiten over het beheer van een ministerie; geen daad over opvang."
        )
        // The rejection names the deed it retracts, in a reader's words.
        #expect(
            (note["content_text"] as? String)?.contains(
                "geen daad over opvang. Het gaat om: brief, Kamerstuk 36471, nr. 107 (zaak 2025Z13113), 24 juni 2025: “Afschrift van de Koninklijke besluiten"
            ) == true)
        #expect(
            (note["content_text"] as? String)?.contains(
                "Een eerder bericht over deze daad bij deze belofte, als dat er was, vervalt.") == true)
        // Newest first: the note of 2 February 2026 before the confirmation of the day before.
        let ids = items.map { $0["id"] as! String }
        #expect(ids.firstIndex(of: note["id"] as! String)! < ids.firstIndex(of: confirmed["id"] as! String)!)
    }

    @Test("--theme and --since narrow the feed; --out writes it whole; bad requests are errors")
    func options() throws {
        let db = try ScoringCLITests.snapshot()
        let all = try Self.items(try TrackerProcess.tracker(["feed", "--db", db, "--as-of", "2026-06-30"]).stdout)
        let themed = try TrackerProcess.tracker([
            "feed", "--db", db, "--as-of", "2026-06-30", "--theme", "etnisch-profileren", "--since", "2025-06-01",
        ])
        let items = try Self.items(themed.stdout)
        #expect(
            items.map { $0["id"] as? String } == [
                "tracker:linked:\(Self.pledge):kst-31477-117", "tracker:linked:\(Self.pledge):kst-30950-458",
            ])
        #expect(
            all.filter { ($0["tags"] as? [String])?.contains("etnisch-profileren") == true }.count == 3)
        let feed = try #require(try JSONSerialization.jsonObject(with: Data(themed.stdout.utf8)) as? [String: Any])
        #expect(
            feed["title"] as? String
                == "Beloften en daden: mensenrechten — Etnisch profileren en discriminerende risicoprofilering")

        let folder = TrackerProcess.temporaryFolder()
        let out = folder.appendingPathComponent("feed.json")
        let written = try TrackerProcess.tracker(["feed", "--db", db, "--as-of", "2026-06-30", "--out", out.path])
        #expect(written.status == 0)
        #expect(written.stdout.isEmpty)
        #expect(
            try String(contentsOf: out, encoding: .utf8)
                == (try TrackerProcess.tracker(["feed", "--db", db, "--as-of", "2026-06-30"]).stdout))

        let missing = try TrackerProcess.tracker([
            "feed", "--db", db, "--out", folder.appendingPathComponent("nowhere/feed.json").path,
        ])
        #expect(missing.status == 1)
        #expect(missing.stderr.contains("cannot write \(folder.path)/nowhere/feed.json: the folder"))
        let theme = try TrackerProcess.tracker(["feed", "--db", db, "--theme", "etnisch-profileern"])
        #expect(theme.status == 1)
        #expect(
            theme.stderr.hasPrefix(
                "error: unknown theme 'etnisch-profileern' (did you mean 'etnisch-profileren'?); the themes are: "))
        let period = try TrackerProcess.tracker(["feed", "--db", db, "--since", "2026-07-01", "--as-of", "2026-06-30"])
        #expect(period.status == 64)
        #expect(period.stderr.contains("--since 2026-07-01 is after --as-of 2026-06-30"))
    }

    static func kamerstuk(_ id: String) -> String { "Scrapers/mirror/officielebekendmakingen/\(id).xml" }
}

extension FeedCLITests {
    @Test("The end of a term is a status item on its own day, from a fresh database as from one with a run before it")
    func endOfTerm() throws {
        // The test workspace with the cabinet-Schoof's term, which ended on 23 February 2026; its three pledges.
        let ids = [
            "tracker:status:hla-strengste-toelatingsregels-van-europa:not-rated:broken-end-of-term:2026-02-23",
            "tracker:status:hla-voorwaarden-aan-kunstmatige-intelligentie:in-progress:broken-end-of-term:2026-02-23",
            "tracker:status:rp-tweestatusstelsel-invoeren:not-rated:broken-end-of-term:2026-02-23",
        ]
        let status = { (text: String) in
            try Self.items(text).filter { ($0["_tracker"] as? [String: Any])?["kind"] as? String == "status" }
        }
        // One run, as of today: no earlier run to differ from, and still the three items.
        let fresh = try LetterTermCLITests.workspace()(["feed"])
        #expect(try Self.valid(fresh.stdout) == [])
        let items = try status(fresh.stdout)
        #expect(items.compactMap { $0["id"] as? String } == ids)
        #expect(items.allSatisfy { $0["date_published"] as? String == "2026-02-23T00:00:00Z" })
        #expect(items.allSatisfy { ($0["_tracker"] as? [String: Any])?["run"] is NSNull })
        let text = try #require(items.first?["content_text"] as? String)
        #expect(
            text.contains(
                "\n\nDoor: het einde van de termijn van het kabinet van PVV, VVD, NSC en BBB op 23 februari 2026: een belofte die dan niet is gehouden, is gebroken.\n\nStatus: nog niet in gang → gebroken (einde termijn); voortgang 0;"
            ))
        // A run before the end and one after: the change between them is the same three items, on the same day, not
        // three more on the later run's.
        let tracker = try LetterTermCLITests.workspace(runs: [["--as-of", "2026-02-01"], []])
        let runs = try tracker(["feed"])
        #expect(try status(runs.stdout).compactMap { $0["id"] as? String } == ids)
        // Before the end, nothing broke yet.
        #expect(try status(try tracker(["feed", "--as-of", "2026-02-22"]).stdout).isEmpty)
        // An analyst's later verdict that the pledge was kept is a change after the end: from broken at the end, as
        // the item before it says, not from how the earlier run had it.
        let verdict = "    verdict:\n      status: kept\n      on: 2026-03-10\n      by: Test Analist\n"
        let judged = try LetterTermCLITests.workspace(runs: [["--as-of", "2026-02-01"], []], verdict: verdict)
        #expect(
            try status(try judged(["feed"]).stdout).compactMap { $0["id"] as? String } == [
                "tracker:status:rp-tweestatusstelsel-invoeren:broken-end-of-term:kept:\(TrackerProcess.today)",
                ids[0], ids[1], ids[2],
            ])
    }
}
