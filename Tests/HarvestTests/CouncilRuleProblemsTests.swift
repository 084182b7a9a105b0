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
}
