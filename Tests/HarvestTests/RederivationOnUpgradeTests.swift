import Core
import Deeds
import Foundation
import Store
import TestSupport
import Testing
import TrackerKit

@Suite("A database derived by older readers is re-read on the next update", .serialized)
struct RederivationOnUpgradeTests {
    @Test("A motion stored before the readers kept dossier titles gets its title on the next ingest; once only")
    func dossierTitleAfterUpgrade() throws {
        let harvest = HarvestWorkspace()
        let motion = Fixtures.kamerstuk("kst-30950-440")
        _ = try Pipeline(workspace: harvest.workspace).ingest(files: [motion])
        let store = try harvest.store()
        #expect(try store.derivationVersion() == Deed.derivationVersion)
        #expect(try store.deed(id: "kst-30950-440")?.dossierTitle == "Racisme en Discriminatie")

        // The deed as readers before version 3 stored it, in a database that recorded no derivation version.
        let document = try #require(try store.storedDocuments().first)
        var older = try #require(try store.deed(id: "kst-30950-440"))
        older.dossierTitle = nil
        _ = try store.replaceObservations(of: document.id, with: [older])
        try store.recordDerivation(2)
        #expect(try store.deed(id: "kst-30950-440")?.dossierTitle == nil)

        // The next ingest (of nothing new) re-reads the kept raw document first, and records that it did.
        let reread = try Pipeline(workspace: harvest.workspace).ingest(files: [])
        #expect(reread.rederived == 1)
        #expect(try store.deed(id: "kst-30950-440")?.dossierTitle == "Racisme en Discriminatie")
        #expect(try store.derivationVersion() == Deed.derivationVersion)

        // Up to date, the next run leaves the stored deeds alone.
        older.dossierTitle = "left alone"
        _ = try store.replaceObservations(of: document.id, with: [older])
        #expect(try Pipeline(workspace: harvest.workspace).ingest(files: []).rederived == nil)
        #expect(try store.deed(id: "kst-30950-440")?.dossierTitle == "left alone")
    }
}
