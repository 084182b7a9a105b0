import Foundation
import GRDB

extension Store {
    /// What re-deriving everything from the stored raw sources did.
    public struct RebuildResult: Sendable, Hashable {
        public var documents = 0
        public var entities = 0
        /// Deeds whose stored form changed (new readers, fixed parsers).
        public var changedDeeds: [String] = []
        public var failures: [String] = []
    }

    /// Re-reads every stored document and SyncFeed entity from its raw bytes and re-derives every deed,
    /// without the network. `read` turns a document's raw bytes back into deeds (nil: skip it); it gets the
    /// document's format, key and name.
    public func rebuild(
        reading read: (_ format: String, _ key: String, _ name: String, _ raw: Data) throws -> ReadDocument?
    ) throws -> RebuildResult {
        var result = RebuildResult()
        let documents = try queue.read { db in
            try Row.fetchAll(db, sql: "SELECT id, key, name, format, raw FROM document WHERE format != ? ORDER BY id", arguments: [DocumentFormat.syncfeed.rawValue])
        }
        for row in documents {
            let name: String = row["name"]
            let id: Int64 = row["id"]
            do {
                let raw = try Compression.decompress(row["raw"])
                guard let document = try read(row["format"], row["key"], name, raw) else { continue }
                try queue.write { db in
                    var touched = Set(try String.fetchAll(db, sql: "SELECT deed_id FROM observation WHERE document_id = ?", arguments: [id]))
                    try db.execute(sql: "DELETE FROM observation WHERE document_id = ?", arguments: [id])
                    for (position, deed) in document.deeds.enumerated() {
                        try db.execute(
                            sql: "INSERT INTO observation (document_id, position, deed_id, payload) VALUES (?, ?, ?, ?)",
                            arguments: [id, position, deed.id, String(decoding: try Store.encoder.encode(deed), as: UTF8.self)])
                        touched.insert(deed.id)
                    }
                    for deedID in touched.sorted() where try remerge(deedID, db) { result.changedDeeds.append(deedID) }
                }
                result.documents += 1
            } catch {
                result.failures.append("\(name): \((error as? LocalizedError)?.errorDescription ?? "\(error)")")
            }
        }
        // SyncFeed entities: parse the kept XML again, then join every zaak and toezegging anew. The
        // joined documents go first, so the joins are stored afresh even where entity versions are equal.
        let joined = try queue.write { db -> [String] in
            let ids = try String.fetchAll(
                db, sql: "SELECT DISTINCT o.deed_id FROM observation o JOIN document d ON d.id = o.document_id WHERE d.format = ?",
                arguments: [DocumentFormat.syncfeed.rawValue])
            try db.execute(sql: "DELETE FROM document WHERE format = ?", arguments: [DocumentFormat.syncfeed.rawValue])
            return ids
        }
        let entities = try queue.read { db in try Row.fetchAll(db, sql: "SELECT id, raw, source FROM tk_entity ORDER BY id") }
        for row in entities {
            let id: String = row["id"]
            do {
                let raw = try Compression.decompress(row["raw"])
                guard let element = try MarkupDocument.xml(raw, name: id).root else { continue }
                let entity = try TKEntity(element)
                try queue.write { db in
                    try db.execute(
                        sql: "UPDATE tk_entity SET type = ?, updated = ?, deleted = ?, payload = ? WHERE id = ?",
                        arguments: [entity.type, entity.updated, entity.deleted, String(decoding: try Store.encoder.encode(entity), as: UTF8.self), id])
                    try db.execute(sql: "DELETE FROM tk_ref WHERE entity_id = ?", arguments: [id])
                    for (name, targets) in entity.refs {
                        for target in targets {
                            try db.execute(sql: "INSERT INTO tk_ref (entity_id, name, target) VALUES (?, ?, ?)", arguments: [id, name, target])
                        }
                    }
                    if ["zaak", "toezegging"].contains(entity.type) {
                        try db.execute(sql: "INSERT OR IGNORE INTO tk_dirty (root_id, source) VALUES (?, ?)", arguments: [id, row["source"] as String])
                    }
                }
                result.entities += 1
            } catch {
                result.failures.append("entity \(id): \((error as? LocalizedError)?.errorDescription ?? "\(error)")")
            }
        }
        let derived = try deriveSyncFeedDeeds()
        result.changedDeeds += derived.added + derived.changed + derived.removed
        try queue.write { db in
            for deedID in joined where try remerge(deedID, db) { result.changedDeeds.append(deedID) }
        }
        result.changedDeeds = Array(Set(result.changedDeeds)).sorted()
        return result
    }
}
