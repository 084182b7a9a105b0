import Foundation
@testable import TrackerKit

/// Paths to the repository's real documents and the test-only fixtures.
enum Fixtures {
    /// The repository root, found from this file's location.
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()
    static let mirror = root.appendingPathComponent("Scrapers/mirror")
    static let tests = root.appendingPathComponent("Tests/Fixtures")

    /// A Kamerstuk from the offline snapshot, e.g. `kamerstuk("kst-30950-440")`.
    static func kamerstuk(_ id: String) -> URL {
        mirror.appendingPathComponent("officielebekendmakingen/\(id).xml")
    }

    /// A VLOS report from the offline snapshot, by the first block of its meeting id.
    static func vlos(_ prefix: String) -> URL {
        let folder = mirror.appendingPathComponent("tweedekamer/vlos")
        let name = try! FileManager.default.contentsOfDirectory(atPath: folder.path).first { $0.hasPrefix("vlos_\(prefix)") }!
        return folder.appendingPathComponent(name)
    }

    static func data(_ url: URL) -> Data {
        FileManager.default.contents(atPath: url.path)!
    }

    /// Reads a document with the production reader.
    static func read(_ url: URL) throws -> ReadDocument {
        try DocumentReader.read(data(url), name: url.lastPathComponent)
    }

    /// A fresh temporary folder, removed when the process ends is not guaranteed: callers clean up.
    static func temporaryFolder() -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("tracker-tests-\(UUID().uuidString)")
        try! FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }
}
