import Core
import Foundation
import Harvest
import Ledger
import Store

/// The folder that holds `Commitments/` and `Scrapers/`, and the database that goes with it.
package struct Workspace: Sendable {
    package let root: URL
    package let databasePath: String
    /// Whether commands that read open the database read-only (`tracker serve`): then nothing, not even a
    /// migration, can write to it.
    package var readOnly = false

    /// - Parameters:
    ///   - root: the workspace folder (default: the current directory).
    ///   - database: the SQLite file (default: `<root>/.tracker/ledger.sqlite`).
    package init(root: URL? = nil, database: String? = nil) {
        let root = (root ?? URL(fileURLWithPath: FileManager.default.currentDirectoryPath)).standardizedFileURL
        self.root = root
        databasePath = database ?? root.appendingPathComponent(".tracker/ledger.sqlite").path
    }

    /// `Scrapers/mirror/`: the bundled offline snapshot of real documents.
    package var mirror: URL { root.appendingPathComponent("Scrapers/mirror") }

    /// `Templates/`: the Mustache templates of the letters and the published folder.
    package var templates: URL { root.appendingPathComponent("Templates") }

    /// Loads and validates the ledger; nothing is written when it is invalid.
    package func loadLedger() throws(LedgerInvalid) -> Ledger {
        try LedgerLoader.load(workspace: root)
    }

    /// Opens the database for a command that writes, creating it (and its folder) when needed; `acceptingLoss`:
    /// a new version of a document may give less than the stored one (`--accept-loss`).
    package func openStore(acceptingLoss: Bool = false) throws(StoreError) -> Store {
        try Store(path: databasePath, opening: .create, acceptingLoss: acceptingLoss)
    }

    /// Opens the database for a command that only reads; never creates a file or folder.
    package func openExistingStore() throws(StoreError) -> Store {
        try Store(path: databasePath, opening: readOnly ? .readOnly : .existing)
    }
}
