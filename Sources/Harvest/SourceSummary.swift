import Foundation
import Store

extension Error {
    /// The error is a host that does not resolve or a refused connection: no use asking on.
    var isUnreachable: Bool { (self as? HTTPError)?.isUnreachable ?? false }
}

/// What one source's run did, for the one-line summary `update` prints per source.
package struct SourceSummary: Sendable {
    package var source: String
    package var pages = 0
    /// Entities or records read (SyncFeed entities, SRU records, council items).
    package var entities = 0
    package var added = DeedIDs()
    package var changed = DeedIDs()
    package var removed = DeedIDs()
    package var errors: [String] = []
    package var seconds: Double = 0

    package init(source: String) {
        self.source = source
    }

    package var line: String {
        let errorText = errors.isEmpty ? "0 errors" : "\(errors.count) error\(errors.count == 1 ? "" : "s")"
        return
            "\(source): \(pages) page\(pages == 1 ? "" : "s"), \(entities) entities, deeds \(added.count) new / \(changed.count) changed / \(removed.count) removed, \(errorText) (\(String(format: "%.1f", seconds)) s)"
    }

    /// Ends the source's run on a host that cannot be reached: one error, with the way out.
    mutating func unreachable(_ error: HTTPError) {
        errors.append(
            "\(source): cannot reach \(error.url.host ?? error.url.absoluteString): \(error.reasonText); "
                + "without a network, `tracker update --offline` ingests the bundled snapshot in Scrapers/mirror/")
    }

    mutating func absorb(_ result: Store.JoinResult) {
        added.append(result.added)
        changed.append(result.changed)
        removed.append(result.removed)
    }

    mutating func absorb(_ result: Store.IngestResult) {
        added.append(result.addedDeeds)
        removed.append(result.removedDeeds)
        changed.append(result.updatedDeeds)
    }
}

/// The deeds a run added, changed or removed: all counted, the first `listed` kept by id (for `--verbose`), so a
/// harvest of half a million deeds does not hold half a million ids until it ends.
package struct DeedIDs: Sendable, Equatable {
    package static let limit = 1_000
    package private(set) var count = 0
    package private(set) var listed: [String] = []

    package init() {}

    package mutating func append(_ ids: [String]) {
        count += ids.count
        listed += ids.prefix(max(0, Self.limit - listed.count))
    }
}
