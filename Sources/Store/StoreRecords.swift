import Deeds
import Foundation
import GRDB

// Rows of tracker's tables as GRDB records: a value the code does not know (a format, a stance) fails to
// decode with the row named, instead of being read as something else.

/// A row of `document`: a source document with its raw bytes (zlib), or a joined SyncFeed deed (no bytes).
struct DocumentRecord: Codable, FetchableRecord, PersistableRecord {
    static let databaseTableName = "document"
    static let databaseColumnDecodingStrategy = DatabaseColumnDecodingStrategy.convertFromSnakeCase
    static let databaseColumnEncodingStrategy = DatabaseColumnEncodingStrategy.convertToSnakeCase

    var id: Int64?
    var key: String
    var name: String
    var format: DocumentFormat
    var version: String?
    var hash: String
    var size: Int
    var raw: Data
    var ingestedAt: String

    mutating func didInsert(_ inserted: InsertionSuccess) {
        id = inserted.rowID
    }
}

/// A row of `tk_dirty`: a root (zaak or toezegging) whose deed must be joined again.
struct DirtyRootRecord: Codable, FetchableRecord, PersistableRecord {
    static let databaseTableName = "tk_dirty"
    static let databaseColumnDecodingStrategy = DatabaseColumnDecodingStrategy.convertFromSnakeCase
    static let databaseColumnEncodingStrategy = DatabaseColumnEncodingStrategy.convertToSnakeCase

    var rootId: String
    var source: String
}

/// A row of `tk_enclosure`: the file behind an entity (a Verslag's VLOS report) still to fetch.
struct EnclosureRecord: Codable, FetchableRecord, PersistableRecord {
    static let databaseTableName = "tk_enclosure"
    static let databaseColumnDecodingStrategy = DatabaseColumnDecodingStrategy.convertFromSnakeCase
    static let databaseColumnEncodingStrategy = DatabaseColumnEncodingStrategy.convertToSnakeCase

    var entityId: String
    var url: String
    var source: String
    var attempts: Int
    var error: String?
}

/// Where a stored entity's entry stands in its page, for reading it again.
struct EntityLocationRecord: Decodable, FetchableRecord {
    var id: String
    var source: String
    var start: Int
    var length: Int
}
