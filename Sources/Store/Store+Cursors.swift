import Core
import Foundation
import GRDB

/// What a server said identifies the version of a URL it sent, for the next conditional request.
package struct HTTPValidators: Sendable, Hashable, Codable, FetchableRecord, PersistableRecord {
    package static let databaseTableName = "http_validator"

    package var url: String
    package var etag: String?
    package var lastModified: String?

    package static let databaseColumnDecodingStrategy = DatabaseColumnDecodingStrategy.convertFromSnakeCase
    package static let databaseColumnEncodingStrategy = DatabaseColumnEncodingStrategy.convertToSnakeCase

    package init(url: String, etag: String?, lastModified: String?) {
        self.url = url
        self.etag = etag
        self.lastModified = lastModified
    }
}

extension Store {
    /// Where `source`/`category` continues, or nil before the first run.
    package func cursor(source: String, category: String) throws(StoreError) -> String? {
        try read { db in
            try String.fetchOne(
                db, sql: "SELECT value FROM sync_cursor WHERE source = ? AND category = ?",
                arguments: [source, category])
        }
    }

    /// Sets where `source`/`category` continues, on its own.
    package func setCursor(source: String, category: String, value: String) throws(StoreError) {
        try write { db in try setCursor(source: source, category: category, value: value, db) }
    }

    func setCursor(source: String, category: String, value: String, _ db: Database) throws {
        try db.execute(
            sql: """
                INSERT INTO sync_cursor (source, category, value, updated_at) VALUES (?, ?, ?, ?)
                ON CONFLICT(source, category) DO UPDATE SET value = excluded.value, updated_at = excluded.updated_at
                """,
            arguments: [source, category, value, CivilCalendar.timestamp()])
    }

    /// The validators a server gave for `url` last time, if any.
    package func validators(for url: String) throws(StoreError) -> HTTPValidators? {
        try read { db in try HTTPValidators.fetchOne(db, key: url) }
    }

    /// Forgets what the last fetch of `url` by `source` left (its validators and its page's fingerprint), so the
    /// next fetch asks for the whole page and stores it whatever it holds: for a page stored since from elsewhere.
    package func forgetFetch(of url: String, source: String) throws(StoreError) {
        try write { db in
            _ = try HTTPValidators.deleteOne(db, key: url)
            try db.execute(
                sql: "DELETE FROM sync_cursor WHERE source = ? AND category = ?", arguments: [source, url])
        }
    }

    /// Remembers a response's validators for the next conditional request; nothing when there are none.
    package func save(_ validators: HTTPValidators) throws(StoreError) {
        guard validators.etag != nil || validators.lastModified != nil else { return }
        try write { db in try validators.save(db) }
    }
}
