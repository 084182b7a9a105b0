import Foundation
import Store

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
