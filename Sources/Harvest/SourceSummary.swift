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
    package var added: [String] = []
    package var changed: [String] = []
    package var removed: [String] = []
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
        added += result.added
        changed += result.changed
        removed += result.removed
    }

    mutating func absorb(_ result: Store.IngestResult) {
        added += result.addedDeeds
        removed += result.removedDeeds
        changed += result.updatedDeeds
    }
}
