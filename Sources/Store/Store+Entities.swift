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
        /// The entry's XML as received.
        package var raw: Data
        /// Where `raw` stands in the page's bytes, when it was read from them (so the page is kept once).
        package var range: Range<Int>?
        /// Why the entity could not be read.
        package var problem: String?
        /// `rel="enclosure"`: the file behind the entity (a Verslag's VLOS report).
        package var enclosure: String?

        package init(
            atomID: String, entity: TKEntity?, raw: Data, range: Range<Int>? = nil, problem: String?,
            enclosure: String?
        ) {
            self.atomID = atomID
            self.entity = entity
            self.raw = raw
            self.range = range
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
    /// The page's bytes are kept once, compressed; each entity points at its entry in them. `affected` is
    /// asked for an entity's roots before it changes (a besluit may move to another zaak) and after.
    package func store(
        _ entries: [EntityEntry], page: Data, source: String, category: String, url: String, cursor: String?,
        affected: AffectedRoots
    ) throws(StoreError) -> PageResult {
        try write { db in
            var result = PageResult(entries: entries.count)
            let graph = StoredEntityGraph(db: db)
            var pageID: Int64?
            var released: Set<Int64> = []
            for entry in entries {
                guard let entity = entry.entity else {
                    let message = "\(url): entry \(entry.atomID): \(entry.problem ?? "unreadable")"
                    result.rejected.append(message)
                    try reject(name: "\(url)#\(entry.atomID)", raw: entry.raw, error: message, line: nil, db)
                    continue
                }
                let stored = try Row.fetchOne(
                    try db.cachedStatement(sql: "SELECT updated, page_id FROM tk_entity WHERE id = ?"),
                    arguments: [entity.id])
                if let stored, stored["updated"] as String >= entity.updated { continue }  // older or the same
                var roots = stored == nil ? [] : try graph.entity(entity.id).map { try affected(graph, $0) } ?? []
                let location: (page: Int64, range: Range<Int>)
                if let range = entry.range {
                    if pageID == nil { pageID = try savePage(page, source: source, url: url, db) }
                    location = (pageID!, range)
                } else {
                    location = (try savePage(entry.raw, source: source, url: url, db), 0..<entry.raw.count)
                }
                try save(entity, at: location, hash: Digest.sha256(entry.raw), source: source, db)
                if let old = stored?["page_id"] as Int64?, old != location.page { released.insert(old) }
                roots += try affected(graph, entity)
                try markDirty(Set(roots), source: source, db)
                if let enclosure = entry.enclosure, !entity.deleted, entity.type == "verslag" {
                    try EnclosureRecord(entityId: entity.id, url: enclosure, source: source, attempts: 0, error: nil)
                        .save(db)
                }
                result.changed += 1
                if entity.deleted { result.deleted += 1 }
            }
            try dropUnreferenced(pages: released, db)
            if let cursor { try setCursor(source: source, category: category, value: cursor, db) }
            return result
        }
    }

    /// Keeps a page's bytes, compressed; returns its id.
    private func savePage(_ raw: Data, source: String, url: String, _ db: Database) throws -> Int64 {
        try db.cachedStatement(
            sql: "INSERT INTO tk_page (source, url, raw, fetched_at) VALUES (?, ?, ?, ?)"
        ).execute(arguments: [source, url, Compression.compress(raw), CivilCalendar.timestamp()])
        return db.lastInsertedRowID
    }

    /// Pages no stored entity points into any more hold only older versions: they go.
    private func dropUnreferenced(pages: Set<Int64>, _ db: Database) throws {
        for page in pages.sorted() {
            try db.cachedStatement(
                sql: "DELETE FROM tk_page WHERE id = ? AND NOT EXISTS (SELECT 1 FROM tk_entity WHERE page_id = ?)"
            ).execute(arguments: [page, page])
        }
    }

    /// Writes an entity, where its raw XML is and its references (replacing a stored version).
    private func save(
        _ entity: TKEntity, at location: (page: Int64, range: Range<Int>), hash: String, source: String,
        _ db: Database
    ) throws {
        try db.cachedStatement(
            sql: """
                INSERT INTO tk_entity (id, type, updated, deleted, payload, page_id, start, length, raw_hash, source)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                ON CONFLICT(id) DO UPDATE SET type = excluded.type, updated = excluded.updated,
                    deleted = excluded.deleted, payload = excluded.payload, page_id = excluded.page_id,
                    start = excluded.start, length = excluded.length, raw_hash = excluded.raw_hash,
                    source = excluded.source
                """
        ).execute(arguments: [
            entity.id, entity.type, entity.updated, entity.deleted, entity.stored, location.page,
            location.range.lowerBound, location.range.count, hash, source,
        ])
        try saveReferences(entity, db)
    }

    private func saveReferences(_ entity: TKEntity, _ db: Database) throws {
        try db.cachedStatement(sql: "DELETE FROM tk_ref WHERE entity_id = ?").execute(arguments: [entity.id])
        let insert = try db.cachedStatement(sql: "INSERT INTO tk_ref (entity_id, name, target) VALUES (?, ?, ?)")
        for (name, targets) in entity.refs.sorted(by: { $0.key < $1.key }) {
            for target in targets { try insert.execute(arguments: [entity.id, name, target]) }
        }
    }

    private func markDirty(_ roots: Set<String>, source: String, _ db: Database) throws {
        let insert = try db.cachedStatement(sql: "INSERT OR IGNORE INTO tk_dirty (root_id, source) VALUES (?, ?)")
        for root in roots.sorted() { try insert.execute(arguments: [root, source]) }
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
    /// `join` gets the batch's roots (with the source that delivered them) and the stored entities read-only,
    /// and returns each root's finished deed, in order (nil: the root makes no deed, or is deleted; its deed
    /// then goes, or keeps only what other documents say).
    package func joinDirtyRoots(
        batch: Int = 500,
        _ join: (_ roots: [(root: TKEntity, source: String)], _ graph: any TKEntityBatchSource) throws -> [Deed?]
    ) throws(StoreError) -> JoinResult {
        var result = JoinResult()
        while true {
            let done: Bool = try write { db in
                let dirty = try DirtyRootRecord.order(Column("root_id")).limit(batch).fetchAll(db)
                guard !dirty.isEmpty else { return true }
                let graph = StoredEntityGraph(db: db)
                let delete = try db.cachedStatement(sql: "DELETE FROM tk_dirty WHERE root_id = ?")
                for root in dirty { try delete.execute(arguments: [root.rootId]) }
                let found = Dictionary(
                    try graph.entities(Set(dirty.map(\.rootId))).map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
                let roots = dirty.compactMap { root in found[root.rootId].map { ($0, root.source) } }
                let deeds = try join(roots, graph)
                try store(joined: zip(roots, deeds).map { ($0.0, $0.1, $1) }, into: &result, db)
                return false
            }
            if done { return result }
        }
    }

    /// Stores what a batch of roots joined into (or that they join into nothing any more).
    ///
    /// The common case, a root joined for the first time into a deed no other document tells of, costs three
    /// inserts (document, observation, deed); what the batch needs to know to tell that case is read in a few
    /// queries for the whole batch. Everything else takes the general path of `ingest`.
    private func store(
        joined batch: [(root: TKEntity, source: String, deed: Deed?)], into result: inout JoinResult, _ db: Database
    ) throws {
        let keys = batch.map { "syncfeed:\($0.root.type):\($0.root.id)" }
        let stored = try Dictionary(
            chunkedRows(db, Set(keys), sql: "SELECT key, hash FROM document WHERE key IN (%@)").map {
                ($0["key"] as String, $0["hash"] as String)
            }, uniquingKeysWith: { a, _ in a })
        let ids = Set(batch.compactMap { $0.deed?.id })
        let observed = Set(
            try chunkedRows(db, ids, sql: "SELECT DISTINCT deed_id FROM observation WHERE deed_id IN (%@)").map {
                $0["deed_id"] as String
            })
        let existing = Set(
            try chunkedRows(db, ids, sql: "SELECT id FROM deed WHERE id IN (%@)").map { $0["id"] as String })
        var fresh: [(key: String, source: String, deed: Deed)] = []
        var claimed: Set<String> = []
        for ((_, source, deed), key) in zip(batch, keys) {
            guard let deed else {
                guard stored[key] != nil else { continue }
                for (id, change) in try removeDocument(key: key, db) {
                    if change == .removed { result.removed.append(id) } else { result.changed.append(id) }
                }
                continue
            }
            if stored[key] == deed.source.hash { continue }  // joined exactly so before
            if stored[key] == nil, !observed.contains(deed.id), !existing.contains(deed.id),
                claimed.insert(deed.id).inserted
            {
                fresh.append((key, source, deed))
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
        guard !fresh.isEmpty else { return }
        // One version number per new deed, taken for the whole batch at once.
        let last =
            try Int.fetchOne(
                db,
                sql: "UPDATE meta SET value = CAST(value AS INTEGER) + ? WHERE key = 'deeds.version' RETURNING value",
                arguments: [fresh.count]) ?? fresh.count
        let document = try db.cachedStatement(
            sql: """
                INSERT INTO document (key, name, format, version, hash, size, raw, ingested_at)
                VALUES (?, ?, ?, NULL, ?, 0, X'', ?)
                """)
        let observation = try db.cachedStatement(
            sql: "INSERT INTO observation (document_id, position, deed_id, payload) VALUES (?, 0, ?, ?)")
        let insert = try db.cachedStatement(
            sql: """
                INSERT INTO deed (id, kind, date, day, title, body, source_hash, seq, payload)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
                """)
        let now = CivilCalendar.timestamp()
        var digest = try keptSetDigest(at: last - fresh.count, db)
        for (offset, (key, source, deed)) in fresh.enumerated() {
            let payload = deed.stored
            try document.execute(arguments: [key, source, DocumentFormat.syncfeed.rawValue, deed.source.hash, now])
            try observation.execute(arguments: [db.lastInsertedRowID, deed.id, payload])
            // A single observation merges into itself, but for what merging tidies (sorted references, a date
            // taken from the decision): store what merging gives, as the general path would.
            let merged = Deed.merge([deed]) ?? deed
            let stored = merged == deed ? payload : merged.stored
            try insert.execute(arguments: [
                merged.id, merged.kind.rawValue, merged.date?.description, merged.day?.description, merged.title,
                merged.text, merged.source.hash, last - fresh.count + offset + 1, stored,
            ])
            if !merged.replaces.isEmpty { try saveReplacements(of: merged, db) }
            digest?.insert(Self.setElement(merged, size: stored.count))
            result.added.append(deed.id)
        }
        if let digest { try keepSetDigest(digest, at: last, db) }
    }

    /// Rows of `sql` (with `%@` standing for the placeholders) over `values`, in chunks below SQLite's limit.
    private func chunkedRows(_ db: Database, _ values: Set<String>, sql: String) throws -> [Row] {
        let sorted = values.sorted()
        var rows: [Row] = []
        for start in stride(from: 0, to: sorted.count, by: 500) {
            let chunk = Array(sorted[start..<min(start + 500, sorted.count)])
            let marks = Array(repeating: "?", count: chunk.count).joined(separator: ",")
            rows += try Row.fetchAll(
                db, sql: sql.replacingOccurrences(of: "%@", with: marks), arguments: StatementArguments(chunk))
        }
        return rows
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
            if let document = try Row.fetchOne(
                db, sql: "SELECT key, format FROM document WHERE id = ?", arguments: [documentID]),
                document["format"] as String == DocumentFormat.councilPage.rawValue
            {
                try refuseTakenCouncilIDs(deeds, key: document["key"], db)
            }
            var touched = Set(
                try String.fetchAll(
                    db, sql: "SELECT deed_id FROM observation WHERE document_id = ?", arguments: [documentID]))
            try db.execute(sql: "DELETE FROM observation WHERE document_id = ?", arguments: [documentID])
            try insertObservations(deeds, documentID: documentID, db)
            touched.formUnion(deeds.map(\.id))
            return try touched.sorted().filter { try remerge($0, db) != nil }
        }
    }

    /// Where a stored entity's entry stands in its page.
    package struct EntityLocation: Sendable {
        package var id: String
        package var source: String
        package var range: Range<Int>
    }

    /// Every stored SyncFeed page, decompressed, with the entities whose current entry it holds, page by page.
    package func forEachStoredPage(_ body: (_ raw: Data, _ entities: [EntityLocation]) throws -> Void) throws {
        let pages = try read { db in try Int64.fetchAll(db, sql: "SELECT id FROM tk_page ORDER BY id") }
        for page in pages {
            let (compressed, records) = try read { db in
                (
                    try Data.fetchOne(db, sql: "SELECT raw FROM tk_page WHERE id = ?", arguments: [page]) ?? Data(),
                    try EntityLocationRecord.fetchAll(
                        db, sql: "SELECT id, source, start, length FROM tk_entity WHERE page_id = ? ORDER BY start",
                        arguments: [page])
                )
            }
            let raw = try Compression.decompress(compressed)
            let locations = try records.map { record in
                guard record.start >= 0, record.start + record.length <= raw.count else {
                    throw StoreError(path: path, reason: .failed("entity \(record.id) points outside its page"))
                }
                return EntityLocation(
                    id: record.id, source: record.source, range: record.start..<record.start + record.length)
            }
            try body(raw, locations)
        }
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

    /// Stores entities read again from their raw XML (their reading may have changed), in one transaction, and
    /// marks those that are roots (`isRoot`) for joining.
    package func refresh(_ entities: [(entity: TKEntity, source: String)], isRoot: (TKEntity) -> Bool)
        throws(StoreError)
    {
        try write { db in
            let update = try db.cachedStatement(
                sql: "UPDATE tk_entity SET type = ?, updated = ?, deleted = ?, payload = ? WHERE id = ?")
            for (entity, source) in entities {
                try update.execute(arguments: [entity.type, entity.updated, entity.deleted, entity.stored, entity.id])
                try saveReferences(entity, db)
                if isRoot(entity) { try markDirty([entity.id], source: source, db) }
            }
        }
    }

    /// Re-merges deeds from their observations; returns those whose stored form changed.
    package func remerge(_ deedIDs: [String]) throws(StoreError) -> [String] {
        try write { db in try deedIDs.filter { try remerge($0, db) != nil } }
    }
}

/// The stored entities, seen read-only through the connection of one transaction.
///
/// Remembers the raw-source hash of every entity it hands out, so a join can name exactly what it read.
final class StoredEntityGraph: TKEntityBatchSource {
    let db: Database
    private var hashes: [String: String] = [:]

    init(db: Database) {
        self.db = db
    }

    func entity(_ id: String) throws -> TKEntity? {
        try Row.fetchOne(
            try db.cachedStatement(sql: "SELECT payload, raw_hash FROM tk_entity WHERE id = ?"), arguments: [id]
        ).map(read)
    }

    func referrers(to target: String, type: String, via: String) throws -> [TKEntity] {
        try Row.fetchAll(
            try db.cachedStatement(
                sql: """
                    SELECT e.payload, e.raw_hash FROM tk_ref r JOIN tk_entity e ON e.id = r.entity_id
                    WHERE r.target = ? AND r.name = ? AND e.type = ? AND e.deleted = 0 ORDER BY e.id
                    """),
            arguments: [target, via, type]
        ).map(read)
    }

    func entities(_ ids: Set<String>) throws -> [TKEntity] {
        try chunked(ids) { marks, arguments in
            try Row.fetchAll(
                db, sql: "SELECT payload, raw_hash FROM tk_entity WHERE id IN (\(marks))", arguments: arguments)
        }
    }

    func referrers(to targets: Set<String>, via: String) throws -> [TKEntity] {
        try chunked(targets) { marks, arguments in
            try Row.fetchAll(
                db,
                sql: """
                    SELECT DISTINCT e.payload, e.raw_hash, e.id FROM tk_ref r JOIN tk_entity e ON e.id = r.entity_id
                    WHERE r.name = ? AND r.target IN (\(marks)) AND e.deleted = 0
                    """,
                arguments: [via] + arguments)
        }
    }

    func hashes(of entities: [TKEntity]) throws -> [String: String] {
        Dictionary(uniqueKeysWithValues: try Set(entities.map(\.id)).map { ($0, try hash($0)) })
    }

    func sourceHashes(_ ids: [String]) throws -> [String] {
        try Set(ids).sorted().map(hash)
    }

    private func hash(_ id: String) throws -> String {
        if let known = hashes[id] { return known }
        guard let hash = try String.fetchOne(db, sql: "SELECT raw_hash FROM tk_entity WHERE id = ?", arguments: [id])
        else { throw StoreError(path: "", reason: .failed("entity \(id) is not stored")) }
        return hash
    }

    /// Runs `query` over `ids` in chunks below SQLite's limit on bound values.
    private func chunked(_ ids: Set<String>, _ query: (String, StatementArguments) throws -> [Row]) throws -> [TKEntity]
    {
        let sorted = ids.sorted()
        var entities: [TKEntity] = []
        for start in stride(from: 0, to: sorted.count, by: 500) {
            let chunk = Array(sorted[start..<min(start + 500, sorted.count)])
            let marks = Array(repeating: "?", count: chunk.count).joined(separator: ",")
            entities += try query(marks, StatementArguments(chunk)).map(read)
        }
        return entities
    }

    private func read(_ row: Row) throws -> TKEntity {
        let entity = try TKEntity(stored: row["payload"])
        hashes[entity.id] = row["raw_hash"]
        return entity
    }
}
