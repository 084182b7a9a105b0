import Core
import Deeds
import Foundation
import GRDB

extension Store {
    /// All deeds, newest first, then by id; with `asOf`, only those that count as of that day (`Deed.counts`).
    package func deeds(asOf: Day? = nil) throws(StoreError) -> [Deed] {
        try read { db in
            let payloads: [Data]
            if let asOf {
                payloads = try Data.fetchAll(
                    db, sql: "SELECT payload FROM deed WHERE day <= ? ORDER BY date DESC, id",
                    arguments: [asOf.description])
            } else {
                payloads = try Data.fetchAll(db, sql: "SELECT payload FROM deed ORDER BY date DESC, id")
            }
            return try payloads.map(Deed.init(stored:))
        }
    }

    /// The commitments (toezeggingen), by id, through their own index (`deed_commitment`, migration v9): they are a
    /// handful among hundreds of thousands of deeds, and scoring a pledge with a spoken one among its evidence reads
    /// them all.
    package func commitmentDeeds() throws(StoreError) -> [Deed] {
        try read { db in try Data.fetchAll(db, sql: Self.commitmentQuery).map(Deed.init(stored:)) }
    }

    /// The query of `commitmentDeeds`. The kind is written out: SQLite uses a partial index only for a query whose
    /// own words imply the index's WHERE.
    static let commitmentQuery = "SELECT payload FROM deed WHERE kind = 'commitment' ORDER BY id"

    /// The deeds linked to any of `pledges`, newest first, then by id.
    package func deeds(linkedTo pledges: Set<String>) throws(StoreError) -> [Deed] {
        guard !pledges.isEmpty else { return [] }
        return try read { db in
            let marks = Array(repeating: "?", count: pledges.count).joined(separator: ", ")
            let payloads = try Data.fetchAll(
                db,
                sql: """
                    SELECT payload FROM deed WHERE id IN (SELECT deed_id FROM link WHERE pledge_id IN (\(marks)))
                    ORDER BY date DESC, id
                    """,
                arguments: StatementArguments(pledges.sorted()))
            return try payloads.map(Deed.init(stored:))
        }
    }

    /// The deeds with these ids that the database holds, by id, read in one transaction (a scorecard reads
    /// thousands: one transaction each cost a third of its time).
    package func deeds(ids: some Collection<String>) throws(StoreError) -> [String: Deed] {
        try read { db in
            var deeds: [String: Deed] = [:]
            let statement = try db.cachedStatement(sql: "SELECT payload FROM deed WHERE id = ?")
            for id in ids {
                if let payload = try Data.fetchOne(statement, arguments: [id]) { deeds[id] = try Deed(stored: payload) }
            }
            return deeds
        }
    }

    /// Of these deeds, the ones a stored deed replaces (an amended motion, `Deed.replaces`), each with its
    /// replacement and the day the replacement was made; of several replacements, the earliest.
    package func replacements(of ids: some Collection<String>) throws(StoreError) -> [String: Replacement] {
        // 500 ids to a query: a query per deed was a sixth of scoring a pledge with thousands of linked deeds.
        let all = Array(ids)
        return try read { db in
            var found: [String: Replacement] = [:]
            for start in stride(from: 0, to: all.count, by: 500) {
                let chunk = all[start..<min(start + 500, all.count)]
                let rows = try Row.fetchCursor(
                    db,
                    sql: """
                        SELECT r.replaced_id, r.replacement_id, d.day FROM deed_replacement r
                        JOIN deed d ON d.id = r.replacement_id
                        WHERE r.replaced_id IN (\(chunk.map { _ in "?" }.joined(separator: ",")))
                        AND d.day IS NOT NULL
                        """, arguments: StatementArguments(Array(chunk)))
                while let row = try rows.next() {
                    guard let day = Day(row[2] as String) else { continue }
                    let replaced: String = row[0], candidate = Replacement(deed: row[1], day: day)
                    // Of several, the earliest (then the first by id), as one ordered query per deed chose.
                    if let kept = found[replaced], (kept.day, kept.deed) <= (candidate.day, candidate.deed) { continue }
                    found[replaced] = candidate
                }
            }
            return found
        }
    }

    package func deed(id: String) throws(StoreError) -> Deed? {
        try read { db in
            try Data.fetchOne(db, sql: "SELECT payload FROM deed WHERE id = ?", arguments: [id]).map(Deed.init(stored:))
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

    /// Deeds in storage order, `batch` at a time; with `changedAfter`, only those changed since that version.
    ///
    /// Reads one batch per transaction, so memory stays flat however many deeds there are (two batches at most).
    /// The next batch is read and decoded on another thread while `body` works on this one, so `body` must not
    /// add, change or remove deeds.
    package func forEachDeed(changedAfter seq: Int? = nil, batch: Int, _ body: ([Deed]) throws -> Void) throws {
        /// The batch after `row`, and the row to go on from; nil after the last.
        let read = { @Sendable (after: Int64) throws -> (deeds: [Deed], last: Int64)? in
            let rows = try self.read { db in
                try Row.fetchAll(
                    try db.cachedStatement(
                        sql: "SELECT row, payload FROM deed WHERE row > ? AND seq > ? ORDER BY row LIMIT ?"),
                    arguments: [after, seq ?? -1, batch])
            }
            guard let last = rows.last else { return nil }
            // Decoding is a good part of a full relink's time, and every deed decodes alone: on every core.
            let payloads: [Data] = rows.map { $0["payload"] }
            return (try payloads.concurrentMap { try Deed(stored: $0) }, last["row"])
        }
        var current = try read(0)
        while let (deeds, last) = current {
            let next = Ahead { try read(last) }
            do {
                try body(deeds)
            } catch {
                _ = try? next.value()
                throw error
            }
            current = try next.value()
        }
    }

    /// How many deeds changed since version `seq`.
    package func deedCount(changedAfter seq: Int) throws(StoreError) -> Int {
        try read { db in try Int.fetchOne(db, sql: "SELECT count(*) FROM deed WHERE seq > ?", arguments: [seq]) ?? 0 }
    }

    /// How many deeds the index holds, and in how many of them each of `stems` occurs (the index's own terms).
    package func termStatistics(_ stems: Set<String>) throws(StoreError) -> (documents: Int, frequencies: [String: Int])
    {
        try read { db in
            let documents = try Int.fetchOne(db, sql: "SELECT count(*) FROM deed") ?? 0
            let lookup = try db.cachedStatement(sql: "SELECT doc FROM deed_vocab WHERE term = ?")
            var frequencies: [String: Int] = [:]
            for stem in stems.sorted() {
                if let count = try Int.fetchOne(lookup, arguments: [stem]) { frequencies[stem] = count }
            }
            return (documents, frequencies)
        }
    }
}
