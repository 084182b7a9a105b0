import Foundation
import GRDB

extension Store {
    /// All deeds, newest first, then by id; optionally only those dated up to `asOf`.
    public func deeds(asOf: Day? = nil) throws -> [Deed] {
        try queue.read { db in
            let payloads: [String]
            if let asOf {
                payloads = try String.fetchAll(
                    db, sql: "SELECT payload FROM deed WHERE date IS NULL OR date <= ? ORDER BY date DESC, id",
                    arguments: [asOf.description])
            } else {
                payloads = try String.fetchAll(db, sql: "SELECT payload FROM deed ORDER BY date DESC, id")
            }
            return try payloads.map { try JSONDecoder().decode(Deed.self, from: Data($0.utf8)) }
        }
    }

    public func deed(id: String) throws -> Deed? {
        try queue.read { db in
            try String.fetchOne(db, sql: "SELECT payload FROM deed WHERE id = ?", arguments: [id])
                .map { try JSONDecoder().decode(Deed.self, from: Data($0.utf8)) }
        }
    }

    /// Full-text ranking of deeds against folded search terms (any of them, each as a prefix).
    ///
    /// - Returns: deed ids with SQLite FTS5's bm25 score made positive (higher is better), best first.
    public func rank(terms: [String], limit: Int = 50) throws -> [(deed: String, score: Double)] {
        let tokens = Set(terms.flatMap { DutchText.words($0) }.filter { $0.count >= 3 })
        guard !tokens.isEmpty else { return [] }
        let query = tokens.sorted().map { "\"\($0)\"*" }.joined(separator: " OR ")
        return try queue.read { db in
            try Row.fetchAll(
                db,
                sql: "SELECT deed_id, bm25(deed_search, 0.0, 2.0, 1.0) AS rank FROM deed_search WHERE deed_search MATCH ? ORDER BY rank, deed_id LIMIT ?",
                arguments: [query, limit]
            ).map { row in (row["deed_id"] as String, -(row["rank"] as Double)) }
        }
    }
}
