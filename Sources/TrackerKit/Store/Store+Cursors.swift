import Foundation
import GRDB

extension Store {
    /// Sets where `source`/`category` continues, on its own.
    public func setCursor(source: String, category: String, value: String) throws {
        try queue.write { db in try setCursor(source: source, category: category, value: value, db) }
    }

    /// Ingests a document and moves a cursor in one transaction: both or neither.
    public func ingest(_ document: ReadDocument, raw: Data, cursor: (source: String, category: String, value: String)) throws -> IngestResult {
        try queue.write { db in
            let result = try ingest(document, raw: raw, db)
            try setCursor(source: cursor.source, category: cursor.category, value: cursor.value, db)
            return result
        }
    }

    /// The version stamp stored with a document, when the document is known.
    public func documentVersion(key: String) throws -> String?? {
        try queue.read { db in
            try Row.fetchOne(db, sql: "SELECT version FROM document WHERE key = ?", arguments: [key]).map { $0["version"] as String? }
        }
    }

    /// The ETag and Last-Modified a server gave for `url` last time.
    public func validators(for url: String) throws -> [String: String] {
        try queue.read { db in
            guard let row = try Row.fetchOne(db, sql: "SELECT etag, last_modified FROM http_validator WHERE url = ?", arguments: [url]) else {
                return [:]
            }
            var headers: [String: String] = [:]
            if let etag: String = row["etag"] { headers["If-None-Match"] = etag }
            if let modified: String = row["last_modified"] { headers["If-Modified-Since"] = modified }
            return headers
        }
    }

    /// Remembers a response's validators for the next conditional request.
    public func saveValidators(url: String, response: HTTPResponse) throws {
        let etag = response.headers["etag"], modified = response.headers["last-modified"]
        guard etag != nil || modified != nil else { return }
        try queue.write { db in
            try db.execute(
                sql: "INSERT OR REPLACE INTO http_validator (url, etag, last_modified) VALUES (?, ?, ?)",
                arguments: [url, etag, modified])
        }
    }

    /// The ids of all stored deeds.
    public func deedIDs() throws -> Set<String> {
        try queue.read { db in Set(try String.fetchAll(db, sql: "SELECT id FROM deed")) }
    }
}
