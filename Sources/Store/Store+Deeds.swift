import Core
import Deeds
import Foundation
import GRDB

extension Store {
    /// All deeds, newest first, then by id; with `asOf`, only those that count as of that day (`Deed.counts`).
    package func deeds(asOf: Day? = nil) throws(StoreError) -> [Deed] {
        try read { db in
            let payloads: [String]
            if let asOf {
                payloads = try String.fetchAll(
                    db, sql: "SELECT payload FROM deed WHERE day <= ? ORDER BY date DESC, id",
                    arguments: [asOf.description])
            } else {
                payloads = try String.fetchAll(db, sql: "SELECT payload FROM deed ORDER BY date DESC, id")
            }
            return try payloads.map { try JSONCoding.decode(Deed.self, from: $0) }
        }
    }

    /// The deeds linked to any of `pledges`, newest first, then by id.
    package func deeds(linkedTo pledges: Set<String>) throws(StoreError) -> [Deed] {
        guard !pledges.isEmpty else { return [] }
        return try read { db in
            let marks = Array(repeating: "?", count: pledges.count).joined(separator: ", ")
            let payloads = try String.fetchAll(
                db,
                sql: """
                    SELECT payload FROM deed WHERE id IN (SELECT deed_id FROM link WHERE pledge_id IN (\(marks)))
                    ORDER BY date DESC, id
                    """,
                arguments: StatementArguments(pledges.sorted()))
            return try payloads.map { try JSONCoding.decode(Deed.self, from: $0) }
        }
    }

    package func deed(id: String) throws(StoreError) -> Deed? {
        try read { db in
            try String.fetchOne(db, sql: "SELECT payload FROM deed WHERE id = ?", arguments: [id])
                .map { try JSONCoding.decode(Deed.self, from: $0) }
        }
    }

    /// Full-text ranking of deeds against search terms: any of their words, stemmed as the index is.
    ///
    /// - Returns: deed ids with SQLite FTS5's bm25 score made positive (higher is better), best first.
    package func rank(terms: [String], limit: Int = 50) throws(StoreError) -> [(deed: String, score: Double)] {
        guard let pattern = FTS5Pattern(matchingAnyTokenIn: terms.joined(separator: " ")) else { return [] }
        return try read { db in
            try Row.fetchAll(
                db,
                sql: """
                    SELECT deed.id AS deed_id, bm25(deed_search, 2.0, 1.0) AS rank
                    FROM deed_search JOIN deed ON deed.row = deed_search.rowid
                    WHERE deed_search MATCH ? ORDER BY rank, deed.id LIMIT ?
                    """,
                arguments: [pattern, limit]
            ).map { row in (row["deed_id"] as String, -(row["rank"] as Double)) }
        }
    }

    /// The ids of all stored deeds.
    package func deedIDs() throws(StoreError) -> Set<String> {
        try read { db in Set(try String.fetchAll(db, sql: "SELECT id FROM deed")) }
    }
}
