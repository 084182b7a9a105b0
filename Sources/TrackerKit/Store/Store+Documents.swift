import Foundation
import GRDB

extension Store {
    /// What ingesting one document changed.
    public struct IngestResult: Sendable, Hashable {
        public enum Change: String, Sendable, Hashable {
            /// The same bytes were ingested before: nothing changed.
            case unchanged
            /// A document not seen before.
            case added
            /// A new version of a known document replaced the old one.
            case replaced
            /// An older version than the one stored: kept out.
            case stale
        }

        public var change: Change
        /// Deeds whose merged form changed (including new and removed ones), in id order.
        public var changedDeeds: [String]
        /// Of those, the deeds that did not exist before.
        public var addedDeeds: [String] = []
        /// Of those, the deeds that no longer exist.
        public var removedDeeds: [String] = []

        /// Of those, the deeds that existed before and still do.
        public var updatedDeeds: [String] {
            changedDeeds.filter { !addedDeeds.contains($0) && !removedDeeds.contains($0) }
        }
    }

    /// Stores a read document and its raw bytes, and re-merges every deed it touches, in one transaction.
    public func ingest(_ document: ReadDocument, raw: Data) throws -> IngestResult {
        try queue.write { db in try ingest(document, raw: raw, db) }
    }

    /// `ingest` inside a transaction the caller holds.
    func ingest(_ document: ReadDocument, raw: Data, _ db: Database) throws -> IngestResult {
        do {
            let existing = try Row.fetchOne(
                db, sql: "SELECT id, hash, version FROM document WHERE key = ?", arguments: [document.key])
            var touched: Set<String> = Set(document.deeds.map(\.id))
            let change: IngestResult.Change
            if let existing {
                let oldHash: String = existing["hash"]
                if oldHash == document.hash { return IngestResult(change: .unchanged, changedDeeds: []) }
                let oldVersion: String? = existing["version"]
                if let oldVersion, let newVersion = document.version, newVersion < oldVersion {
                    return IngestResult(change: .stale, changedDeeds: [])
                }
                let id: Int64 = existing["id"]
                touched.formUnion(try String.fetchAll(db, sql: "SELECT deed_id FROM observation WHERE document_id = ?", arguments: [id]))
                try db.execute(sql: "DELETE FROM document WHERE id = ?", arguments: [id])
                change = .replaced
            } else {
                change = .added
            }
            try db.execute(
                sql: """
                    INSERT INTO document (key, name, format, version, hash, size, raw, ingested_at)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?)
                    """,
                arguments: [
                    document.key, document.name, document.format.rawValue, document.version, document.hash, raw.count,
                    Compression.compress(raw), Store.timestamp(),
                ])
            let documentID = db.lastInsertedRowID
            for (position, deed) in document.deeds.enumerated() {
                try db.execute(
                    sql: "INSERT INTO observation (document_id, position, deed_id, payload) VALUES (?, ?, ?, ?)",
                    arguments: [documentID, position, deed.id, String(decoding: try Store.encoder.encode(deed), as: UTF8.self)])
            }
            var result = IngestResult(change: change, changedDeeds: [])
            for deedID in touched.sorted() {
                let existed = try deedExists(deedID, db)
                guard try remerge(deedID, db) else { continue }
                result.changedDeeds.append(deedID)
                let exists = try deedExists(deedID, db)
                if !existed { result.addedDeeds.append(deedID) }
                if !exists { result.removedDeeds.append(deedID) }
            }
            return result
        }
    }

    func deedExists(_ id: String, _ db: Database) throws -> Bool {
        try Bool.fetchOne(db, sql: "SELECT EXISTS (SELECT 1 FROM deed WHERE id = ?)", arguments: [id]) ?? false
    }

    /// Removes a document and its observations, re-merging the deeds it contributed to; returns those that changed.
    func removeDocument(key: String, _ db: Database) throws -> [String] {
        guard let id = try Int64.fetchOne(db, sql: "SELECT id FROM document WHERE key = ?", arguments: [key]) else { return [] }
        let touched = try String.fetchAll(db, sql: "SELECT DISTINCT deed_id FROM observation WHERE document_id = ?", arguments: [id])
        try db.execute(sql: "DELETE FROM document WHERE id = ?", arguments: [id])
        return try touched.sorted().filter { try remerge($0, db) }
    }

    /// Recomputes one deed from all its observations; returns whether its stored form changed.
    func remerge(_ deedID: String, _ db: Database) throws -> Bool {
        let changed = try remergeDeed(deedID, db)
        if changed {
            try db.execute(
                sql: """
                    INSERT INTO meta (key, value) VALUES ('deeds.version', '1')
                    ON CONFLICT(key) DO UPDATE SET value = CAST(value AS INTEGER) + 1
                    """)
        }
        return changed
    }

    private func remergeDeed(_ deedID: String, _ db: Database) throws -> Bool {
        let payloads = try String.fetchAll(db, sql: "SELECT payload FROM observation WHERE deed_id = ? ORDER BY document_id, position", arguments: [deedID])
        let observations = try payloads.map { try JSONDecoder().decode(Deed.self, from: Data($0.utf8)) }
        let previous = try String.fetchOne(db, sql: "SELECT payload FROM deed WHERE id = ?", arguments: [deedID])
        guard let merged = Deed.merge(observations) else {
            if previous == nil { return false }
            try db.execute(sql: "DELETE FROM deed WHERE id = ?", arguments: [deedID])
            try db.execute(sql: "DELETE FROM deed_search WHERE deed_id = ?", arguments: [deedID])
            return true
        }
        let payload = String(decoding: try Store.encoder.encode(merged), as: UTF8.self)
        if payload == previous { return false }
        try db.execute(
            sql: """
                INSERT INTO deed (id, kind, date, title, source_hash, payload) VALUES (?, ?, ?, ?, ?, ?)
                ON CONFLICT(id) DO UPDATE SET kind = excluded.kind, date = excluded.date, title = excluded.title,
                    source_hash = excluded.source_hash, payload = excluded.payload
                """,
            arguments: [merged.id, merged.kind.rawValue, merged.date?.description, merged.title, merged.source.hash, payload])
        try db.execute(sql: "DELETE FROM deed_search WHERE deed_id = ?", arguments: [deedID])
        try db.execute(
            sql: "INSERT INTO deed_search (deed_id, title, body) VALUES (?, ?, ?)",
            arguments: [merged.id, DutchText.fold(merged.title), DutchText.fold(merged.text)])
        return true
    }

    /// Keeps a document that could not be read, with its error, so nothing is lost; the same bytes are kept once.
    public func reject(name: String, raw: Data, error: String, line: Int?) throws {
        try queue.write { db in
            try db.execute(
                sql: """
                    INSERT OR IGNORE INTO rejected_document (name, hash, error, line, raw, rejected_at)
                    VALUES (?, ?, ?, ?, ?, ?)
                    """,
                arguments: [name, SHA256.hex(raw), error, line, Compression.compress(raw), Store.timestamp()])
        }
    }

    /// The raw bytes of a stored document, decompressed.
    public func rawDocument(key: String) throws -> Data? {
        let compressed = try queue.read { db in try Data.fetchOne(db, sql: "SELECT raw FROM document WHERE key = ?", arguments: [key]) }
        return try compressed.map(Compression.decompress)
    }
}
