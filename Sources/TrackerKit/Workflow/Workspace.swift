import Foundation

/// The folder that holds `Commitments/` and `Scrapers/`, and the database that goes with it.
public struct Workspace: Sendable {
    public let root: URL
    public let databasePath: String

    /// - Parameters:
    ///   - root: the workspace folder (default: the current directory).
    ///   - database: the SQLite file (default: `<root>/.tracker/ledger.sqlite`).
    public init(root: URL? = nil, database: String? = nil) {
        let root = (root ?? URL(fileURLWithPath: FileManager.default.currentDirectoryPath)).standardizedFileURL
        self.root = root
        databasePath = database ?? root.appendingPathComponent(".tracker/ledger.sqlite").path
    }

    /// `Scrapers/mirror/`: the bundled offline snapshot of real documents.
    public var mirror: URL { root.appendingPathComponent("Scrapers/mirror") }

    /// Loads and validates the ledger; nothing is written when it is invalid.
    public func loadLedger() throws(LedgerInvalid) -> Ledger {
        try LedgerLoader.load(workspace: root)
    }

    public func openStore() throws -> Store {
        try Store(path: databasePath)
    }
}
