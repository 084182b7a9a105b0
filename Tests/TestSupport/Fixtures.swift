import Deeds
import Foundation
import Ledger

/// Paths to the repository's real documents and the test-only fixtures.
package enum Fixtures {
    /// The repository root, found from this file's location.
    package static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()
    package static let mirror = root.appendingPathComponent("Scrapers/mirror")
    package static let tests = root.appendingPathComponent("Tests/Fixtures")
    /// A small workspace of its own (Commitments/ and Scrapers/), copied from the shipped ledger, so that
    /// tests pin behaviour and not the ledger analysts keep editing.
    package static let workspace = tests.appendingPathComponent("workspace")

    /// The test workspace's ledger.
    package static func ledger() throws -> Ledger {
        try LedgerLoader.load(workspace: workspace)
    }

    /// A Kamerstuk from the offline snapshot, e.g. `kamerstuk("kst-30950-440")`.
    package static func kamerstuk(_ id: String) -> URL {
        mirror.appendingPathComponent("officielebekendmakingen/\(id).xml")
    }

    /// A VLOS report from the offline snapshot, by the first block of its meeting id.
    package static func vlos(_ prefix: String) -> URL {
        let folder = mirror.appendingPathComponent("tweedekamer/vlos")
        let name = try! FileManager.default.contentsOfDirectory(atPath: folder.path).first {
            $0.hasPrefix("vlos_\(prefix)")
        }!
        return folder.appendingPathComponent(name)
    }

    /// A VLOS report kept for the tests only (`Tests/Fixtures/tk-vlos/`), by the first block of its meeting id.
    package static func testVLOS(_ prefix: String) -> URL {
        let folder = tests.appendingPathComponent("tk-vlos")
        let name = try! FileManager.default.contentsOfDirectory(atPath: folder.path).first {
            $0.hasPrefix("vlos_\(prefix)")
        }!
        return folder.appendingPathComponent(name)
    }

    /// An item of the plenary record (`Tests/Fixtures/handelingen/`), e.g. `handelingen("h-tk-20172018-61-10")`.
    package static func handelingen(_ id: String) -> URL {
        tests.appendingPathComponent("handelingen/\(id).xml")
    }

    /// A Staatsblad publication (`Tests/Fixtures/staatsblad/`), e.g. `staatsblad("stb-2018-84")`.
    package static func staatsblad(_ id: String) -> URL {
        tests.appendingPathComponent("staatsblad/\(id).xml")
    }

    package static func data(_ url: URL) -> Data {
        FileManager.default.contents(atPath: url.path)!
    }

    /// Reads a document with the production reader.
    package static func read(_ url: URL) throws -> ReadDocument {
        try DocumentReader.read(data(url), name: url.lastPathComponent)
    }

    /// A copy of the test workspace to edit (its ledger, its source definitions), with where its database goes:
    /// beside the copy, so the copy holds only what the repository's workspace holds.
    package static func workspaceCopy() throws -> (root: URL, database: String) {
        let folder = temporaryFolder()
        let root = folder.appendingPathComponent("w")
        try FileManager.default.copyItem(at: workspace, to: root)
        return (root, folder.appendingPathComponent("ledger.sqlite").path)
    }

    /// A fresh temporary folder inside this test process's own folder, which is removed when the process exits.
    package static func temporaryFolder(prefix: String = "tracker-tests") -> URL {
        let url = testProcessFolder.appendingPathComponent("\(prefix)-\(UUID().uuidString)")
        try! FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    /// One folder per test process for every temporary folder the tests make, so that a run leaves nothing behind.
    private static let testProcessFolder: URL = {
        let url = URL(fileURLWithPath: testProcessFolderPath)
        try? FileManager.default.removeItem(at: url)  // left by a crashed run with the same process id
        try! FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        atexit { try? FileManager.default.removeItem(atPath: Fixtures.testProcessFolderPath) }
        return url
    }()
    private static let testProcessFolderPath = FileManager.default.temporaryDirectory.appendingPathComponent(
        "tracker-tests-\(ProcessInfo.processInfo.processIdentifier)"
    ).path
}
