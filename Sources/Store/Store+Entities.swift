import Core
import Deeds
import Foundation
import GRDB

extension Store {
    /// One entry of a SyncFeed page as Harvest read it: an entity with its raw XML, or what was wrong with it.
    package struct EntityEntry: Sendable {
        /// The entry's Atom id, for messages.
        package var atomID: String
        package var entity: TKEntity?
        /// The entity XML as received (the whole entry when there is no entity).
        package var raw: Data
        /// Why the entity could not be read.
        package var problem: String?
        /// `rel="enclosure"`: the file behind the entity (a Verslag's VLOS report).
        package var enclosure: String?

        package init(atomID: String, entity: TKEntity?, raw: Data, problem: String?, enclosure: String?) {
            self.atomID = atomID
            self.entity = entity
            self.raw = raw
            self.problem = problem
            self.enclosure = enclosure
        }
    }

    /// What storing one SyncFeed page changed.
    package struct PageResult: Sendable, Hashable {
        package var entries = 0
        /// Entities new or newer than the stored version.
        package var changed = 0
        /// Tombstones applied.
        package var deleted = 0
        /// Entries whose content could not be read (kept aside with their error).
        package var rejected: [String] = []
    }

    /// The roots (zaken, toezeggingen) whose deed may change when an entity changes, as the join knows them.
    package typealias AffectedRoots = (_ graph: any TKEntityGraph, _ entity: TKEntity) throws -> [String]

    /// Stores a page's entities, keeps unreadable entries aside, marks the roots to join again and moves
    /// the cursor — in one transaction, so a crash leaves either the whole page or none of it.
    ///
    /// `affected` is asked for an entity's roots before it changes (a besluit may move to another zaak)
    /// and after.
    package func store(
        _ entries: [EntityEntry], source: String, category: String, url: String, cursor: String?,
        affected: AffectedRoots
    ) throws(StoreError) -> PageResult {
        try write { db in
            var result = PageResult(entries: entries.count)
            let graph = StoredEntityGraph(db: db)
            for entry in entries {
                guard let entity = entry.entity else {
                    let message = "\(url): entry \(entry.atomID): \(entry.problem ?? "unreadable")"
                    result.rejected.append(message)
                    try reject(name: "\(url)#\(entry.atomID)", raw: entry.raw, error: message, line: nil, db)
                    continue
                }
                let stored = try String.fetchOne(
                    db, sql: "SELECT updated FROM tk_entity WHERE id = ?", arguments: [entity.id])
                if let stored, stored >= entity.updated { continue }  // an older or the same version
                var roots = try graph.entity(entity.id).map { try affected(graph, $0) } ?? []
                try save(entity, raw: entry.raw, source: source, db)
                roots += try affected(graph, entity)
                try markDirty(Set(roots), source: source, db)
                if let enclosure = entry.enclosure, !entity.deleted, entity.type == "verslag" {
                    try EnclosureRecord(entityId: entity.id, url: enclosure, source: source, attempts: 0, error: nil)
                        .save(db)
                }
                result.changed += 1
                if entity.deleted { result.deleted += 1 }
            }
            if let cursor { try setCursor(source: source, category: category, value: cursor, db) }
            return result
        }
    }

    /// Writes an entity, its raw XML and its references (replacing a stored version).
    private func save(_ entity: TKEntity, raw: Data, source: String, _ db: Database) throws {
        try db.execute(
            sql: """
                INSERT INTO tk_entity (id, type, updated, deleted, payload, raw, source) VALUES (?, ?, ?, ?, ?, ?, ?)
                ON CONFLICT(id) DO UPDATE SET type = excluded.type, updated = excluded.updated,
                    deleted = excluded.deleted, payload = excluded.payload, raw = excluded.raw, source = excluded.source
                """,
            arguments: [
                entity.id, entity.type, entity.updated, entity.deleted, try JSONCoding.string(entity),
                Compression.compress(raw), source,
            ])
        try saveReferences(entity, db)
    }

    private func saveReferences(_ entity: TKEntity, _ db: Database) throws {
        try db.execute(sql: "DELETE FROM tk_ref WHERE entity_id = ?", arguments: [entity.id])
        for (name, targets) in entity.refs.sorted(by: { $0.key < $1.key }) {
            for target in targets {
                try db.execute(
                    sql: "INSERT INTO tk_ref (entity_id, name, target) VALUES (?, ?, ?)",
                    arguments: [entity.id, name, target])
            }
        }
    }

    private func markDirty(_ roots: Set<String>, source: String, _ db: Database) throws {
        for root in roots.sorted() {
            try DirtyRootRecord(rootId: root, source: source).insert(db, onConflict: .ignore)
        }
    }

    /// What joining entities into deeds changed.
    package struct JoinResult: Sendable, Hashable {
        package var added: [String] = []
        package var changed: [String] = []
        package var removed: [String] = []
    }

    /// Joins every root marked dirty into its deed with `join`, a batch of roots per transaction; a root
    /// leaves the dirty list in the transaction that stores its deed.
    ///
    /// `join` sees the stored entities read-only and returns the finished deed (nil: the root makes no
    /// deed, or is deleted; its deed then goes, or keeps only what other documents say).
    package func joinDirtyRoots(
        batch: Int = 200, _ join: (_ graph: any TKEntityGraph, _ root: TKEntity, _ source: String) throws -> Deed?
    ) throws(StoreError) -> JoinResult {
        var result = JoinResult()
        let dirty = try read { db in try DirtyRootRecord.order(Column("root_id")).fetchAll(db) }
        for start in stride(from: 0, to: dirty.count, by: batch) {
            try write { db in
                let graph = StoredEntityGraph(db: db)
                for dirtyRoot in dirty[start..<min(start + batch, dirty.count)] {
                    let source = dirtyRoot.source
                    try dirtyRoot.delete(db)
                    guard let root = try graph.entity(dirtyRoot.rootId) else { continue }
                    let key = "syncfeed:\(root.type):\(root.id)"
                    guard let deed = try join(graph, root, source) else {
                        for (id, change) in try removeDocument(key: key, db) {
                            if change == .removed { result.removed.append(id) } else { result.changed.append(id) }
                        }
                        continue
                    }
                    // Replacing the document also re-merges a deed under its old id (when the dossier became
                    // known, tk:zaak:… turns into kst-…), which then has no observations left.
                    let document = ReadDocument(
                        name: source, key: key, version: nil, format: .syncfeed, hash: deed.source.hash, deeds: [deed])
                    let ingested = try ingest(document, raw: Data(), db)
                    result.added += ingested.addedDeeds
                    result.removed += ingested.removedDeeds
                    result.changed += ingested.updatedDeeds
                }
            }
        }
        return result
    }

    /// Files behind entities still to be fetched (a Verslag's VLOS report).
    package func pendingEnclosures(source: String) throws(StoreError) -> [(entity: String, url: String)] {
        try read { db in
            try EnclosureRecord.filter(Column("source") == source).order(Column("entity_id")).fetchAll(db)
                .map { ($0.entityId, $0.url) }
        }
    }

    /// Marks an enclosure fetched (removes it) or failed (keeps it for the next run, with the error).
    package func enclosure(_ entity: String, failed error: String?) throws(StoreError) {
        try write { db in
            guard var record = try EnclosureRecord.filter(Column("entity_id") == entity).fetchOne(db) else { return }
            if let error {
                record.attempts += 1
                record.error = error
                try record.update(db)
            } else {
                try record.delete(db)
            }
        }
    }

    // MARK: Re-deriving from the kept raw sources

    /// A stored document's identity and raw bytes, for reading it again.
    package struct StoredDocument: Sendable {
        package var id: Int64
        package var key: String
        package var name: String
        package var format: DocumentFormat
        package var raw: Data
    }

    /// Every stored document that has bytes of its own (not the joined SyncFeed deeds), in storage order.
    package func storedDocuments() throws -> [StoredDocument] {
        let records = try read { db in
            try DocumentRecord.filter(Column("format") != DocumentFormat.syncfeed.rawValue).order(Column("id"))
                .fetchAll(db)
        }
        return try records.map { record in
            StoredDocument(
                id: record.id ?? 0, key: record.key, name: record.name, format: record.format,
                raw: try Compression.decompress(record.raw))
        }
    }

    /// Replaces what a stored document says with `deeds` (read again from its bytes); returns the deeds that changed.
    package func replaceObservations(of documentID: Int64, with deeds: [Deed]) throws(StoreError) -> [String] {
        try write { db in
            var touched = Set(
                try String.fetchAll(
                    db, sql: "SELECT deed_id FROM observation WHERE document_id = ?", arguments: [documentID]))
            try db.execute(sql: "DELETE FROM observation WHERE document_id = ?", arguments: [documentID])
            try insertObservations(deeds, documentID: documentID, db)
            touched.formUnion(deeds.map(\.id))
            return try touched.sorted().filter { try remerge($0, db) != nil }
        }
    }

    /// Every stored SyncFeed entity's id, source and raw XML, in id order.
    package func storedEntities() throws -> [(id: String, source: String, raw: Data)] {
        let records = try read { db in
            try EntitySourceRecord.fetchAll(db, sql: "SELECT id, source, raw FROM tk_entity ORDER BY id")
        }
        return try records.map { ($0.id, $0.source, try Compression.decompress($0.raw)) }
    }

    /// Drops every joined SyncFeed deed document, so all joins are stored afresh; returns the deeds they made.
    package func forgetJoins() throws(StoreError) -> [String] {
        try write { db in
            let ids = try String.fetchAll(
                db,
                sql: """
                    SELECT DISTINCT o.deed_id FROM observation o JOIN document d ON d.id = o.document_id
                    WHERE d.format = ?
                    """,
                arguments: [DocumentFormat.syncfeed.rawValue])
            try db.execute(sql: "DELETE FROM document WHERE format = ?", arguments: [DocumentFormat.syncfeed.rawValue])
            return ids
        }
    }

    /// Stores an entity read again from its own raw XML (its reading may have changed) and marks it for
    /// joining when it is a root.
    package func refresh(_ entity: TKEntity, source: String, isRoot: Bool) throws(StoreError) {
        try write { db in
            try db.execute(
                sql: "UPDATE tk_entity SET type = ?, updated = ?, deleted = ?, payload = ? WHERE id = ?",
                arguments: [entity.type, entity.updated, entity.deleted, try JSONCoding.string(entity), entity.id])
            try saveReferences(entity, db)
            if isRoot { try markDirty([entity.id], source: source, db) }
        }
    }

    /// Re-merges deeds from their observations; returns those whose stored form changed.
    package func remerge(_ deedIDs: [String]) throws(StoreError) -> [String] {
        try write { db in try deedIDs.filter { try remerge($0, db) != nil } }
    }
}

/// The stored entities, seen read-only through the connection of one transaction.
struct StoredEntityGraph: TKEntityGraph {
    let db: Database

    func entity(_ id: String) throws -> TKEntity? {
        try String.fetchOne(try db.cachedStatement(sql: "SELECT payload FROM tk_entity WHERE id = ?"), arguments: [id])
            .map { try JSONCoding.decode(TKEntity.self, from: $0) }
    }

    func referrers(to target: String, type: String, via: String) throws -> [TKEntity] {
        try String.fetchAll(
            try db.cachedStatement(
                sql: """
                    SELECT e.payload FROM tk_ref r JOIN tk_entity e ON e.id = r.entity_id
                    WHERE r.target = ? AND r.name = ? AND e.type = ? AND e.deleted = 0 ORDER BY e.id
                    """),
            arguments: [target, via, type]
        ).map { try JSONCoding.decode(TKEntity.self, from: $0) }
    }

    func raw(_ ids: [String]) throws -> Data {
        let unique = Array(Set(ids)).sorted()
        let marks = Array(repeating: "?", count: unique.count).joined(separator: ",")
        let compressed = try Data.fetchAll(
            db, sql: "SELECT raw FROM tk_entity WHERE id IN (\(marks)) ORDER BY id",
            arguments: StatementArguments(unique))
        return try compressed.reduce(into: Data()) { $0.append(try Compression.decompress($1)) }
    }
}
