import Core
import Deeds
import Foundation
import Store
import TestSupport
import Testing
import TrackerKit

@testable import Harvest

/// A council page that does not fit its source's rules, read from the offline snapshot's real pages
/// (`Scrapers/mirror/gemeente-*/`) with the shipped source definitions, copied and changed as each test says.
@Suite("Council pages that do not fit their rules: the rule, where it is written, and the page", .serialized)
struct CouncilRuleProblemsTests {
    /// The saved Amsterdam motion, as the mirror keeps it.
    static let amsterdam = "gemeente-amsterdam/moties%2Fmotie-inzake-afzien-van-preventief-fouilleren.txt"

    /// A copy of the text sources' test workspace (Utrecht, Amsterdam, Middelburg) with `edit` applied to the
    /// source definition `source`, and a mirror holding the real saved pages `pages` (changed by `page`).
    static func workspace(
        source: String = "gemeente-amsterdam", edit: (String) -> String = { $0 }, pages: [String] = [amsterdam],
        page: (String) -> String = { $0 }
    ) throws -> (workspace: Workspace, mirror: URL) {
        let root = try CouncilTextSourcesTests.workspace()
        let definition = root.appendingPathComponent("Scrapers/\(source).yaml")
        let text = try String(contentsOf: definition, encoding: .utf8)
        try edit(text).write(to: definition, atomically: true, encoding: .utf8)
        let mirror = Fixtures.temporaryFolder()
        for path in pages {
            let saved = mirror.appendingPathComponent(path)
            try FileManager.default.createDirectory(
                at: saved.deletingLastPathComponent(), withIntermediateDirectories: true)
            let original = String(decoding: Fixtures.data(Fixtures.mirror.appendingPathComponent(path)), as: UTF8.self)
            try Data(page(original).utf8).write(to: saved)
        }
        let database = Fixtures.temporaryFolder().appendingPathComponent("ledger.sqlite").path
        return (Workspace(root: root, database: database), mirror)
    }

    @Test(
        "A meeting date rule that selects nothing names the rule where the source definition has it and the saved page"
    )
    func meetingDateRule() throws {
        // The shipped Amsterdam definition with its date rule pointed at a line the page does not have.
        let (workspace, mirror) = try Self.workspace(edit: {
            $0.replacingOccurrences(
                of: "date: normalize-space(/page/line[2])", with: "date: normalize-space(/page/line[200])")
        })
        let run = try Pipeline(workspace: workspace).updateOffline(mirror: mirror)
        #expect(
            run.failures.map(\.error) == [
                "\(mirror.appendingPathComponent(Self.amsterdam).path): the meeting date rule gave ''; expected a date such as 31 augustus 2015 or 2015-08-31 (the rule is meeting.date at Scrapers/gemeente-amsterdam.yaml:17:11: normalize-space(/page/line[200]))"
            ])
        #expect(try workspace.openStore().counts().rejected == 1)
    }

    @Test("A council municipality the ledger does not have is reported where the source definition names it")
    func unknownMunicipality() throws {
        // The shipped Amsterdam definition with its municipality mistyped.
        let (workspace, _) = try Self.workspace(edit: {
            $0.replacingOccurrences(of: "municipality: amsterdam\n", with: "municipality: amsterdamm\n")
        })
        let problems = Validation(workspace: workspace).problems
        #expect(
            problems.map(\.description) == [
                "Scrapers/gemeente-amsterdam.yaml:11:17: source 'gemeente-amsterdam' reads council pages of municipality 'amsterdamm', which is not in the ledger (did you mean 'amsterdam'?); expected a folder Commitments/municipal/amsterdamm/ with municipality.yaml"
            ])
    }

    @Test(
        "An agenda item the id or title rule gives nothing for refuses the page, at the item's line, naming the rule; the deed it gave is kept"
    )
    func itemWithoutIDOrTitle() throws {
        // The real Den Helder meeting page (every one of its 15 items, opening and closing too, has an id and a
        // title) saved in a mirror, then changed as a partial redesign would.
        let saved = CouncilMirrorTests.savedPage
        let original = String(decoding: Fixtures.data(Fixtures.mirror.appendingPathComponent(saved)), as: UTF8.self)
        let mirror = Fixtures.temporaryFolder()
        let file = mirror.appendingPathComponent(saved)
        try FileManager.default.createDirectory(at: file.deletingLastPathComponent(), withIntermediateDirectories: true)
        let harvest = HarvestWorkspace()
        let update = { (page: String) throws -> RunSummary in
            try Data(page.utf8).write(to: file)
            return try Pipeline(workspace: harvest.workspace).updateOffline(mirror: mirror)
        }
        #expect(try update(original).failures.isEmpty)
        let motion = "gemeente:den-helder:19110"
        let title = "Motie vreemd aan de orde van de dag over het halen van the Passion naar Den Helder."
        #expect(try harvest.store().deeds().count == 15)
        #expect(try harvest.store().deed(id: motion)?.title == title)

        // CHANGED: the motion's row (item 14 of 15, line 911) has its id attribute renamed.
        let renamed = original.replacingOccurrences(of: "id=\"agendapunt19110_4726\"", with: "id=\"punt19110_4726\"")
        #expect(renamed != original)
        #expect(
            try update(renamed).failures.map(\.error) == [
                "\(file.path):911: the item id rule gave '' for item 14 of the 15 the items rule selects; expected an id and a title for every item (has the page's layout changed? the deeds it gave before are kept; a row that is no agenda item is for the items rule to leave out) (the rule is item.id at Scrapers/gemeente-den-helder.yaml:18:9: substring-before(substring-after(@id, 'agendapunt'), '_'))"
            ])
        #expect(try harvest.store().deeds().count == 15)
        #expect(try harvest.store().deed(id: motion)?.title == title)

        // CHANGED: the opening (item 1, line 174) has lost its title.
        let untitled = original.replacingOccurrences(
            of: "\n                                Opening.</a></h3>", with: "</a></h3>")
        #expect(untitled != original)
        #expect(
            try update(untitled).failures.map(\.error) == [
                "\(file.path):174: the item title rule gave '' for item 1 of the 15 the items rule selects; expected an id and a title for every item (has the page's layout changed? the deeds it gave before are kept; a row that is no agenda item is for the items rule to leave out) (the rule is item.title at Scrapers/gemeente-den-helder.yaml:20:12: normalize-space(div[@class='title']/h3))"
            ])
        #expect(try harvest.store().deeds().count == 15)
        #expect(try harvest.store().deed(id: "gemeente:den-helder:17693")?.title == "Opening.")
        #expect(try harvest.store().counts().rejected == 2)
    }

    @Test(
        "A second council page giving a deed id another page gives already is refused, naming both and the id rule; the first deed keeps its decision"
    )
    func deedIDTaken() async throws {
        let (workspace, mirror) = try Self.workspace()
        #expect(try Pipeline(workspace: workspace).updateOffline(mirror: mirror).failures.isEmpty)
        let id = "gemeente:amsterdam:motie-inzake-afzien-van-preventief-fouilleren"
        let outcome = { try workspace.openStore().deed(id: id).map { ($0.date, $0.outcome?.label) } }
        #expect(try outcome()! == (Day("2021-05-27"), "Aangenomen"))

        // CHANGED: a copy of the real Amsterdam motion as another page, dated 3 March 2022 and rejected: the same
        // title, so the shipped id rule (made of the title) gives the same id.
        let original = String(
            decoding: Fixtures.data(Fixtures.mirror.appendingPathComponent(Self.amsterdam)), as: UTF8.self)
        let later = original.replacingOccurrences(of: "\n27 mei 2021\n", with: "\n3 maart 2022\n")
            .replacingOccurrences(of: "\nStatus\n\nAangenomen\n", with: "\nStatus\n\nVerworpen\n")
        #expect(later.components(separatedBy: "\n").count == original.components(separatedBy: "\n").count)
        #expect(later.contains("3 maart 2022") && later.contains("Verworpen"))
        let second = mirror.appendingPathComponent(
            "gemeente-amsterdam/moties%2Fmotie-inzake-afzien-van-preventief-fouilleren-2022.txt")
        try Data(later.utf8).write(to: second)
        let run = try Pipeline(workspace: workspace).updateOffline(mirror: mirror)
        #expect(
            run.failures.map(\.error) == [
                "\(second.path): it gives the deed \(id), which another council document, https://amsterdam.partijvoordedieren.nl/moties/motie-inzake-afzien-van-preventief-fouilleren, gives already; expected each council document's items to have ids of their own (two pages giving one id would be one deed, the later page's decision taking the other's place): change the source's item id rule so that it tells the two apart; this page is kept aside, the deeds of the other as they were (the rule is item.id at Scrapers/gemeente-amsterdam.yaml:21:9: translate(normalize-space(line[1]), 'ABCDEFGHIJKLMNOPQRSTUVWXYZ .,;:()/', 'abcdefghijklmnopqrstuvwxyz-'))"
            ])
        #expect(try outcome()! == (Day("2021-05-27"), "Aangenomen"))
        #expect(try workspace.openStore().counts().rejected == 1)
        #expect(try workspace.openStore().rejectedRaw(name: second.path) == Data(later.utf8))

        // The same page at another address (a test server given with --endpoint) is that page, not another.
        let server = try LocalHTTPServer { _ in
            LocalHTTPServer.Reply(
                headers: ["Content-Type": "text/plain; charset=utf-8"], body: Data(original.utf8))
        }
        defer { server.stop() }
        let live = try await Pipeline(workspace: workspace).update(
            sources: ["gemeente-amsterdam"], endpoints: [SourceEndpoint("gemeente-amsterdam=\(server.url("/"))")!],
            client: HarvestWorkspace.client)
        #expect(live.sources.flatMap(\.errors) == [])
        #expect(try outcome()! == (Day("2021-05-27"), "Aangenomen"))
    }
}
