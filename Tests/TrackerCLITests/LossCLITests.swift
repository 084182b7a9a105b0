import Foundation
import Testing

/// A new version of a document that gives less than the stored one (a saved page or file cut off) is kept aside, and
/// the stored deeds stay; `--accept-loss` stores it.
@Suite("A cut-off page or file does not take stored deeds with it")
struct LossCLITests {
    static let page = "gemeente-den-helder/Vergaderingen%2FGemeenteraad%2F2015%2F31-augustus%2F19%3A30%2F.html"

    /// A copy of the offline snapshot, and a database updated from it.
    static func snapshot() throws -> (mirror: URL, db: String) {
        let folder = TrackerProcess.temporaryFolder()
        let mirror = folder.appendingPathComponent("mirror")
        try FileManager.default.copyItem(at: URL(fileURLWithPath: TrackerProcess.mirror), to: mirror)
        let db = folder.appendingPathComponent("ledger.sqlite").path
        #expect(try TrackerProcess.tracker(["update", "--mirror", mirror.path, "--db", db]).status == 0)
        return (mirror, db)
    }

    static func summary(_ result: TrackerProcess.Result) -> String {
        result.stdout.split(separator: "\n").last.map(String.init) ?? ""
    }

    @Test(
        "A council page cut in half keeps its 15 stored deeds; restored, nothing stays rejected; --accept-loss stores it"
    )
    func cutPage() throws {
        let (mirror, db) = try Self.snapshot()
        let file = mirror.appendingPathComponent(Self.page)
        let whole = try Data(contentsOf: file)
        // The real Den Helder meeting page (60,728 bytes) cut after 30,364, inside its eighth agenda item.
        try whole.prefix(30_364).write(to: file)
        let cut = try TrackerProcess.tracker(["update", "--mirror", mirror.path, "--db", db])
        #expect(cut.status == 1)
        #expect(
            cut.stderr.contains(
                "19%3A30%2F.html: it gives 8 of the 15 deeds its stored version gave (no longer: gemeente:den-helder:19001, gemeente:den-helder:19000, gemeente:den-helder:19070 and 4 more); is it cut off? The stored version stays and this one is kept aside; if the source really gives less now, run the command again with --accept-loss"
            ))
        #expect(
            Self.summary(cut).hasSuffix(
                "database: 34 documents, 169 deeds, 52 links, 1 rejected documents; 9 pledges linked"))
        // The whole page again: read as stored, and no longer counted as rejected.
        try whole.write(to: file)
        let restored = try TrackerProcess.tracker(["update", "--mirror", mirror.path, "--db", db])
        #expect(restored.status == 0)
        #expect(Self.summary(restored).contains("169 deeds, 52 links, 0 rejected documents"))
        // Asked for, the shorter page replaces the stored one: 7 deeds fewer.
        try whole.prefix(30_364).write(to: file)
        let accepted = try TrackerProcess.tracker(["update", "--mirror", mirror.path, "--db", db, "--accept-loss"])
        #expect(accepted.status == 0)
        #expect(accepted.stdout.contains("replaced: \(mirror.path)/\(Self.page) (council-html, 8 deeds, 15 changed)"))
        #expect(Self.summary(accepted).contains("database: 34 documents, 162 deeds,"))
    }

    @Test("A council motion's page cut before its status keeps the stored outcome")
    func cutBeforeStatus() throws {
        // The shipped workspace, whose sources include Utrecht's council.
        let workspace = TrackerProcess.temporaryFolder().appendingPathComponent("w")
        for part in ["Commitments", "Scrapers", "Templates"] {
            try FileManager.default.copyItem(
                at: TrackerProcess.root.appendingPathComponent(part), to: workspace.appendingPathComponent(part))
        }
        let update = ["update", "--offline", "--workspace", workspace.path]
        #expect(try TrackerProcess.run(update).status == 0)
        let file = workspace.appendingPathComponent(
            "Scrapers/mirror/gemeente-utrecht/moties%2Fmotie-kleinschalige-opvang-van-asielzoekers-in-utrecht.txt")
        // The real page's last lines are "Status", "Overgenomen", "Voor", "Tegen": cut at "Status" (byte 1,641).
        let whole = try Data(contentsOf: file)
        try whole.prefix(1_641).write(to: file)
        let result = try TrackerProcess.run(update)
        #expect(result.status == 1)
        #expect(
            result.stderr.contains(
                "of deeds it still gives it lacks what the stored version had: gemeente:utrecht:motie-16-2016: its outcome; is it cut off?"
            ))
    }

    @Test(
        "A Kamerstuk whose body is missing does not take the motion's text and dictum; the whole file is stored again")
    func kamerstukWithoutBody() throws {
        let (_, db) = try Self.snapshot()
        let original = try String(
            contentsOfFile: TrackerProcess.mirror + "/officielebekendmakingen/kst-36704-73.xml", encoding: .utf8)
        let start = try #require(original.range(of: "<kamerstuk>"))
        let end = try #require(original.range(of: "</kamerstuk>"))
        let cut = TrackerProcess.temporaryFolder().appendingPathComponent("kst-36704-73.xml")
        try Data((String(original[..<start.lowerBound]) + String(original[end.upperBound...])).utf8).write(to: cut)
        let result = try TrackerProcess.tracker(["ingest", cut.path, "--db", db])
        #expect(result.status == 1)
        #expect(
            result.stderr.contains(
                "kst-36704-73.xml: of deeds it still gives it lacks what the stored version had: kst-36704-73: its operative text, its text; is it cut off?"
            ))
        let deeds = try TrackerProcess.json(
            try TrackerProcess.tracker(["deeds", "--db", db, "--format", "json"]).stdout)
        let motion = try #require(deeds.first { $0["id"] as? String == "kst-36704-73" })
        #expect((motion["dictum"] as? String)?.hasPrefix("verzoekt de regering") == true)
    }
}
