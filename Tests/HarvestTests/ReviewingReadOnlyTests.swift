import Core
import Foundation
import Ledger
import Linking
import Store
import TestSupport
import Testing
import TrackerKit

@Suite("Reviews by an account that may not write the database")
struct ReviewingReadOnlyTests {
    @Test(
        "A decision is refused before it is recorded when the database opened read-only: it would be kept without its links"
    )
    func refusedBeforeRecorded() throws {
        let copy = try Fixtures.workspaceCopy()
        var workspace = Workspace(root: copy.root, database: copy.database)
        _ = try Pipeline(workspace: workspace).updateOffline(mirror: Fixtures.mirror)
        // As an account that may read the file but not write it opens it (root cannot be made such an account).
        workspace.readOnly = true
        try Self.expectRefused(
            in: workspace,
            "database \(copy.database): this account may not write it, and a decision is linked as it is recorded; expected a database file (and folder) it may write (nothing was recorded)"
        )
    }

    @Test(
        "A decision is refused before it is recorded when a newer tracker linked the database: it could not be linked")
    func refusedOnNewerLinks() throws {
        let copy = try Fixtures.workspaceCopy()
        let workspace = Workspace(root: copy.root, database: copy.database)
        _ = try Pipeline(workspace: workspace).updateOffline(mirror: Fixtures.mirror)
        // As a tracker with a later linker records its links' inputs.
        let store = try Store(path: copy.database)
        let state = try store.linkState()
        let later = String(Int(Linker.version)! + 1)
        try store.setLinkState(
            fingerprint: try #require(
                state.fingerprint?.replacingOccurrences(of: "linker \(Linker.version)", with: "linker \(later)")),
            seq: state.seq)
        try Self.expectRefused(
            in: workspace,
            "the database's links were computed by a newer tracker (linker \(later), this tracker's is \(Linker.version)); use the newer tracker to record the decision (nothing was recorded)"
        )
    }

    /// Records a confirmation in `workspace` and expects it refused with `message`, the review files as they were.
    static func expectRefused(in workspace: Workspace, _ message: String) throws {
        let folder = workspace.root.appendingPathComponent("Commitments/reviews")
        let before = try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted()
        let reviewing = try Reviewing(workspace: workspace)
        #expect {
            try reviewing.record(
                ReviewDecision(
                    pledge: "hla-voorwaarden-aan-kunstmatige-intelligentie", deed: "kst-30950-440", verdict: .confirmed,
                    by: "A. Analist", on: Day("2026-06-30")!))
        } throws: { error in
            (error as? LocalizedError)?.errorDescription == message
        }
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted() == before)
    }
}
