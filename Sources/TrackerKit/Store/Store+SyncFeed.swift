import Foundation
import GRDB

extension Store {
    /// What applying one SyncFeed page changed.
    public struct PageResult: Sendable, Hashable {
        public var entries = 0
        /// Entities new or newer than the stored version.
        public var changed = 0
        /// Tombstones applied.
        public var deleted = 0
        /// Entries whose content could not be read (kept aside with their error).
        public var rejected: [String] = []
    }

    /// Where `source`/`category` continues, or nil before the first run.
    public func cursor(source: String, category: String) throws -> String? {
        try queue.read { db in
            try String.fetchOne(db, sql: "SELECT value FROM sync_cursor WHERE source = ? AND category = ?", arguments: [source, category])
        }
    }

    /// Stores a page's entities, keeps unreadable entries aside and moves the cursor — in one transaction,
    /// so a crash leaves either the whole page or none of it.
    public func apply(_ page: SyncFeedPage, source: String, category: String, url: String, cursor: String?) throws -> PageResult {
        try queue.write { db in
            var result = PageResult(entries: page.entries.count)
            for entry in page.entries {
                guard let entity = entry.entity else {
                    let message = "\(url): entry \(entry.atomID): \(entry.problem ?? "unreadable")"
                    result.rejected.append(message)
                    try db.execute(
                        sql: "INSERT OR IGNORE INTO rejected_document (name, hash, error, line, raw, rejected_at) VALUES (?, ?, ?, NULL, ?, ?)",
                        arguments: ["\(url)#\(entry.atomID)", SHA256.hex(entry.raw), message, Compression.compress(entry.raw), Store.timestamp()])
                    continue
                }
                let stored = try String.fetchOne(db, sql: "SELECT updated FROM tk_entity WHERE id = ?", arguments: [entity.id])
                if let stored, stored >= entity.updated { continue }  // an older or the same version
                let graph = StoreEntityGraph(db: db)
                // Roots affected before the change (a besluit may move to another zaak) and after it.
                var roots = try graph.entity(entity.id).map { try SyncFeedDeeds.affectedRoots(of: $0, graph: graph) } ?? []
                try db.execute(
                    sql: """
                        INSERT INTO tk_entity (id, type, updated, deleted, payload, raw, source) VALUES (?, ?, ?, ?, ?, ?, ?)
                        ON CONFLICT(id) DO UPDATE SET type = excluded.type, updated = excluded.updated,
                            deleted = excluded.deleted, payload = excluded.payload, raw = excluded.raw, source = excluded.source
                        """,
                    arguments: [
                        entity.id, entity.type, entity.updated, entity.deleted,
                        String(decoding: try Store.encoder.encode(entity), as: UTF8.self), Compression.compress(entry.raw), source,
                    ])
                try db.execute(sql: "DELETE FROM tk_ref WHERE entity_id = ?", arguments: [entity.id])
                for (name, targets) in entity.refs {
                    for target in targets {
                        try db.execute(sql: "INSERT INTO tk_ref (entity_id, name, target) VALUES (?, ?, ?)", arguments: [entity.id, name, target])
                    }
                }
                roots += try SyncFeedDeeds.affectedRoots(of: entity, graph: graph)
                for root in Set(roots) {
                    try db.execute(sql: "INSERT OR IGNORE INTO tk_dirty (root_id, source) VALUES (?, ?)", arguments: [root, source])
                }
                if let enclosure = entry.enclosure, !entity.deleted, entity.type == "verslag" {
                    try db.execute(
                        sql: "INSERT OR REPLACE INTO tk_enclosure (entity_id, url, source, attempts, error) VALUES (?, ?, ?, 0, NULL)",
                        arguments: [entity.id, enclosure, source])
                }
                result.changed += 1
                if entity.deleted { result.deleted += 1 }
            }
            if let cursor { try setCursor(source: source, category: category, value: cursor, db) }
            return result
        }
    }

    func setCursor(source: String, category: String, value: String, _ db: Database) throws {
        try db.execute(
            sql: """
                INSERT INTO sync_cursor (source, category, value, updated_at) VALUES (?, ?, ?, ?)
                ON CONFLICT(source, category) DO UPDATE SET value = excluded.value, updated_at = excluded.updated_at
                """,
            arguments: [source, category, value, Store.timestamp()])
    }

    /// What joining entities into deeds changed.
    public struct DeriveResult: Sendable, Hashable {
        public var added: [String] = []
        public var changed: [String] = []
        public var removed: [String] = []
    }

    /// Joins every zaak or toezegging marked dirty into its deed, a batch of roots per transaction; a
    /// root leaves the dirty list in the transaction that stores its deed.
    public func deriveSyncFeedDeeds(batch: Int = 200) throws -> DeriveResult {
        var result = DeriveResult()
        let dirty = try queue.read { db in try Row.fetchAll(db, sql: "SELECT root_id, source FROM tk_dirty ORDER BY root_id") }
        for start in stride(from: 0, to: dirty.count, by: batch) {
            try queue.write { db in
                for row in dirty[start..<min(start + batch, dirty.count)] {
                    try derive(root: row["root_id"], source: row["source"], into: &result, db)
                }
            }
        }
        return result
    }

    /// Joins one root into its deed (or removes the deed of a deleted root) and takes it off the dirty list.
    private func derive(root rootID: String, source: String, into result: inout DeriveResult, _ db: Database) throws {
        defer { _ = try? db.execute(sql: "DELETE FROM tk_dirty WHERE root_id = ?", arguments: [rootID]) }
        let graph = StoreEntityGraph(db: db)
        guard let root = try graph.entity(rootID) else { return }
        let key = "syncfeed:\(root.type):\(root.id)"
        guard let (deed, used) = try SyncFeedDeeds.deed(for: root, graph: graph, source: source) else {
            // A deleted or no longer deed-making root: its deed goes, or keeps only what other documents say.
            for id in try removeDocument(key: key, db) {
                if try deedExists(id, db) { result.changed.append(id) } else { result.removed.append(id) }
            }
            return
        }
        let raws = try Data.fetchAll(
            db, sql: "SELECT raw FROM tk_entity WHERE id IN (\(used.map { _ in "?" }.joined(separator: ","))) ORDER BY id",
            arguments: StatementArguments(used.map(\.id)))
        let raw = try raws.map(Compression.decompress).reduce(Data(), +)
        let document = ReadDocument(
            name: source, key: key, version: used.map(\.updated).max(), format: .syncfeed, hash: deed.source.hash,
            deeds: [deed])
        // Replacing the document also re-merges a deed under its old id (when the dossier became
        // known, tk:zaak:… turns into kst-…), which then has no observations left.
        let ingested = try ingest(document, raw: raw, db)
        result.added += ingested.addedDeeds
        result.removed += ingested.removedDeeds
        result.changed += ingested.updatedDeeds
    }

    /// Files behind entities still to be fetched (a Verslag's VLOS report).
    public func pendingEnclosures(source: String) throws -> [(entity: String, url: String)] {
        try queue.read { db in
            try Row.fetchAll(db, sql: "SELECT entity_id, url FROM tk_enclosure WHERE source = ? ORDER BY entity_id", arguments: [source])
                .map { ($0["entity_id"], $0["url"]) }
        }
    }

    /// Marks an enclosure fetched (removes it) or failed (keeps it for the next run, with the error).
    public func enclosure(_ entity: String, failed error: String?) throws {
        try queue.write { db in
            if let error {
                try db.execute(sql: "UPDATE tk_enclosure SET attempts = attempts + 1, error = ? WHERE entity_id = ?", arguments: [error, entity])
            } else {
                try db.execute(sql: "DELETE FROM tk_enclosure WHERE entity_id = ?", arguments: [entity])
            }
        }
    }
}

/// The stored entities, seen through one database connection.
struct StoreEntityGraph: TKEntityGraph {
    let db: Database

    func entity(_ id: String) throws -> TKEntity? {
        try String.fetchOne(db, sql: "SELECT payload FROM tk_entity WHERE id = ?", arguments: [id])
            .map { try JSONDecoder().decode(TKEntity.self, from: Data($0.utf8)) }
    }

    func referrers(to target: String, type: String, via: String) throws -> [TKEntity] {
        try String.fetchAll(
            db,
            sql: """
                SELECT e.payload FROM tk_ref r JOIN tk_entity e ON e.id = r.entity_id
                WHERE r.target = ? AND r.name = ? AND e.type = ? AND e.deleted = 0 ORDER BY e.id
                """,
            arguments: [target, via, type]
        ).map { try JSONDecoder().decode(TKEntity.self, from: Data($0.utf8)) }
    }
}
