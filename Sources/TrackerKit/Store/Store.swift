import Foundation
import GRDB

/// The SQLite database behind tracker: source documents, deeds, their full-text index and links.
///
/// Everything written by one command happens in transactions, so a crash leaves the database
/// as it was after the last committed step.
public final class Store: Sendable {
    let queue: DatabaseQueue
    /// The database file, or ":memory:".
    public let path: String

    /// Opens (creating when needed) the database at `path` and brings its schema up to date.
    public init(path: String) throws {
        self.path = path
        if path != ":memory:" {
            try FileManager.default.createDirectory(
                at: URL(fileURLWithPath: path).deletingLastPathComponent(), withIntermediateDirectories: true)
        }
        var configuration = Configuration()
        configuration.foreignKeysEnabled = true
        configuration.busyMode = .timeout(10)
        // Write-ahead logging with synchronous=NORMAL: every transaction is still atomic, and one that
        // committed survives a crash or kill of the process; only a power cut may lose the last few,
        // never half of one. Without it each commit waits for several fsyncs.
        configuration.prepareDatabase { db in
            try db.execute(sql: "PRAGMA synchronous = NORMAL")
        }
        queue = path == ":memory:" ? try DatabaseQueue(configuration: configuration) : try DatabaseQueue(path: path, configuration: configuration)
        if path != ":memory:" {
            try queue.writeWithoutTransaction { db in _ = try String.fetchOne(db, sql: "PRAGMA journal_mode = WAL") }
        }
        try Store.migrator.migrate(queue)
    }

    /// Every schema change, registered in one place and applied in order.
    static var migrator: DatabaseMigrator {
        var migrator = DatabaseMigrator()
        migrator.registerMigration("v1: documents, deeds, search, links") { db in
            try db.execute(
                sql: """
                    CREATE TABLE document (
                        id INTEGER PRIMARY KEY,
                        key TEXT NOT NULL UNIQUE,         -- identity at the source (ob:kst-30950-440, vlos:<meeting>)
                        name TEXT NOT NULL,               -- file path or URL as ingested
                        format TEXT NOT NULL,
                        version TEXT,
                        hash TEXT NOT NULL,               -- SHA-256 of the raw bytes
                        size INTEGER NOT NULL,
                        raw BLOB NOT NULL,                -- zlib-compressed raw bytes, for rebuilds without the network
                        ingested_at TEXT NOT NULL
                    );
                    CREATE TABLE observation (
                        document_id INTEGER NOT NULL REFERENCES document(id) ON DELETE CASCADE,
                        position INTEGER NOT NULL,
                        deed_id TEXT NOT NULL,
                        payload TEXT NOT NULL,            -- the Deed as this document shows it (JSON)
                        PRIMARY KEY (document_id, position)
                    );
                    CREATE INDEX observation_deed ON observation(deed_id);
                    CREATE TABLE deed (
                        id TEXT PRIMARY KEY,
                        kind TEXT NOT NULL,
                        date TEXT,
                        title TEXT NOT NULL,
                        source_hash TEXT NOT NULL,
                        payload TEXT NOT NULL             -- the merged Deed (JSON)
                    );
                    CREATE INDEX deed_date ON deed(date);
                    -- Folded text (lower case, no diacritics, punctuation as spaces) of each deed.
                    CREATE VIRTUAL TABLE deed_search USING fts5(
                        deed_id UNINDEXED, title, body, tokenize = 'unicode61 remove_diacritics 2'
                    );
                    CREATE TABLE link (
                        pledge_id TEXT NOT NULL,
                        deed_id TEXT NOT NULL REFERENCES deed(id) ON DELETE CASCADE,
                        confidence REAL NOT NULL,
                        stance TEXT NOT NULL,
                        method TEXT NOT NULL,
                        explanation TEXT NOT NULL,
                        PRIMARY KEY (pledge_id, deed_id)
                    );
                    CREATE INDEX link_deed ON link(deed_id);
                    -- Documents that could not be read, kept aside with their error.
                    CREATE TABLE rejected_document (
                        id INTEGER PRIMARY KEY,
                        name TEXT NOT NULL,
                        hash TEXT NOT NULL,
                        error TEXT NOT NULL,
                        line INTEGER,
                        raw BLOB NOT NULL,
                        rejected_at TEXT NOT NULL,
                        UNIQUE (name, hash)
                    );
                    """)
        }
        migrator.registerMigration("v2: SyncFeed entities, cursors, HTTP validators") { db in
            try db.execute(
                sql: """
                    -- Tweede Kamer data-warehouse entities as the SyncFeed delivered them (latest version).
                    CREATE TABLE tk_entity (
                        id TEXT PRIMARY KEY,
                        type TEXT NOT NULL,
                        updated TEXT NOT NULL,            -- bijgewerkt, in UTC
                        deleted INTEGER NOT NULL,         -- a tombstone
                        payload TEXT NOT NULL,            -- TKEntity (JSON)
                        raw BLOB NOT NULL,                -- zlib-compressed entity XML as received
                        source TEXT NOT NULL
                    );
                    CREATE INDEX tk_entity_type ON tk_entity(type);
                    CREATE TABLE tk_ref (
                        entity_id TEXT NOT NULL REFERENCES tk_entity(id) ON DELETE CASCADE,
                        name TEXT NOT NULL,
                        target TEXT NOT NULL
                    );
                    CREATE INDEX tk_ref_target ON tk_ref(target, name);
                    CREATE INDEX tk_ref_entity ON tk_ref(entity_id);
                    -- Zaken and toezeggingen whose deed must be joined again.
                    CREATE TABLE tk_dirty (root_id TEXT PRIMARY KEY, source TEXT NOT NULL);
                    -- Files behind entities (a Verslag's VLOS report) still to fetch.
                    CREATE TABLE tk_enclosure (
                        entity_id TEXT PRIMARY KEY,
                        url TEXT NOT NULL,
                        source TEXT NOT NULL,
                        attempts INTEGER NOT NULL DEFAULT 0,
                        error TEXT
                    );
                    -- Where each source and category continues (SyncFeed next link, SRU date, page fingerprint).
                    CREATE TABLE sync_cursor (
                        source TEXT NOT NULL,
                        category TEXT NOT NULL,
                        value TEXT NOT NULL,
                        updated_at TEXT NOT NULL,
                        PRIMARY KEY (source, category)
                    );
                    -- ETag and Last-Modified per URL, for conditional requests.
                    CREATE TABLE http_validator (url TEXT PRIMARY KEY, etag TEXT, last_modified TEXT);
                    """)
        }
        migrator.registerMigration("v3: meta") { db in
            // Small facts about the database: the deed version (bumped on every deed change) and the
            // deed version and ledger fingerprint the stored links were computed from.
            try db.execute(sql: "CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)")
        }
        return migrator
    }

    /// A value of the `meta` table.
    public func meta(_ key: String) throws -> String? {
        try queue.read { db in try String.fetchOne(db, sql: "SELECT value FROM meta WHERE key = ?", arguments: [key]) }
    }

    func setMeta(_ key: String, _ value: String, _ db: Database) throws {
        try db.execute(sql: "INSERT OR REPLACE INTO meta (key, value) VALUES (?, ?)", arguments: [key, value])
    }

    /// Bumped in the transaction of every change to a deed, so derived data can tell it is stale.
    public func deedVersion() throws -> Int {
        Int(try meta("deeds.version") ?? "0") ?? 0
    }

    /// How many rows the main tables hold.
    public struct Counts: Sendable, Hashable, CustomStringConvertible {
        public var documents: Int
        public var deeds: Int
        public var links: Int
        public var rejected: Int

        public var description: String {
            "\(documents) documents, \(deeds) deeds, \(links) links, \(rejected) rejected documents"
        }
    }

    public func counts() throws -> Counts {
        try queue.read { db in
            Counts(
                documents: try Int.fetchOne(db, sql: "SELECT count(*) FROM document") ?? 0,
                deeds: try Int.fetchOne(db, sql: "SELECT count(*) FROM deed") ?? 0,
                links: try Int.fetchOne(db, sql: "SELECT count(*) FROM link") ?? 0,
                rejected: try Int.fetchOne(db, sql: "SELECT count(*) FROM rejected_document") ?? 0)
        }
    }

    static let encoder: JSONEncoder = {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        return encoder
    }()

    /// `2026-11-23T12:46:38Z`, for the `*_at` columns.
    static func timestamp(_ date: Date = Date()) -> String {
        let seconds = Int(date.timeIntervalSince1970)
        let days = seconds / 86_400
        let (year, month, day) = TKEntity.civilFromDays(days)
        let rest = seconds - days * 86_400
        return String(format: "%04d-%02d-%02dT%02d:%02d:%02dZ", year, month, day, rest / 3600, rest % 3600 / 60, rest % 60)
    }
}
