import Core
import Foundation
import GRDB
import Ledger

/// A link read from a row of the `link` table (columns `pledge_id`, `deed_id`, `confidence`, `stance`, `method`,
/// `explanation`).
func decodeLink(_ row: Row) throws -> Link {
    try decodeLink(
        pledge: row["pledge_id"], deed: row["deed_id"], confidence: row["confidence"], stance: row["stance"],
        method: row["method"], explanation: row["explanation"])
}

/// A link from the columns of the `link` table; a stance or method the code does not know fails to decode instead
/// of being read as something else.
func decodeLink(
    pledge: String, deed: String, confidence: Double, stance: String, method: String, explanation: String
) throws -> Link {
    guard let stance = Link.Stance(rawValue: stance), let method = Link.Method(rawValue: method) else {
        throw CompactReader.Malformed()
    }
    return Link(
        pledge: pledge, deed: deed, confidence: confidence, stance: stance, method: method, explanation: explanation)
}

extension Store {
    /// What the stored links were computed from: a fingerprint of the ledger and the linker, and the deeds'
    /// version they take in (deeds with a higher `seq` changed since).
    package func linkState() throws(StoreError) -> (fingerprint: String?, seq: Int) {
        let fingerprint = try meta("links.fingerprint")
        return (fingerprint, Int(try meta("links.seq") ?? "") ?? 0)
    }

    package func setLinkState(fingerprint: String, seq: Int) throws(StoreError) {
        try write { db in
            try setMeta("links.fingerprint", fingerprint, db)
            try setMeta("links.seq", String(seq), db)
        }
    }

    /// Begins a full relink: the new links go to a table of their own (no keys, no indexes, so each insert is
    /// cheap) while the links in use stay as they are until `finishLinkRebuild` puts the new ones in place. A
    /// relink that stops half-way leaves the old links and their state, and the next run starts it again.
    ///
    /// The table is a temporary one of this connection: SQLite writes it outside the write-ahead log, so the
    /// new links are written once to the log (and once to the database when it is checkpointed) instead of
    /// twice; a relink that stops half-way leaves nothing behind.
    package func beginLinkRebuild() throws(StoreError) {
        try write { db in
            // A table of the same name in the database itself is what a relink of an older tracker left.
            try db.execute(sql: "DROP TABLE IF EXISTS main.link_rebuild")
            try db.execute(sql: "DROP TABLE IF EXISTS temp.link_rebuild")
            try db.execute(
                sql: """
                    CREATE TEMP TABLE link_rebuild (
                        pledge_id TEXT NOT NULL, deed_id TEXT NOT NULL, confidence REAL NOT NULL, stance TEXT NOT NULL,
                        method TEXT NOT NULL, explanation TEXT NOT NULL)
                    """)
        }
    }

    /// Adds links of a full relink (see `beginLinkRebuild`).
    package func addRebuiltLinks(_ links: [Link]) throws(StoreError) {
        try write { db in
            try Self.insert(links, into: "link_rebuild", db)
        }
    }

    /// Replaces every link with those of the full relink, and records what they were computed from, in one
    /// transaction.
    ///
    /// The link table is made anew from its own stored definition and filled in key order, its other indexes made
    /// after, which is several times faster than deleting the old rows and inserting the new ones one by one into
    /// its indexes. Each row is checked against `deed` as it is copied, so SQLite's per-row foreign-key check (and
    /// its row-by-row delete when the old table is dropped) can be left out for this one transaction.
    package func finishLinkRebuild(fingerprint: String, seq: Int) throws(StoreError) {
        do {
            try queue.writeWithoutTransaction { db in
                let schema = try Row.fetchAll(
                    db,
                    sql: """
                        SELECT type, sql FROM sqlite_master WHERE tbl_name = 'link' AND sql IS NOT NULL ORDER BY name
                        """)
                let table = schema.filter { $0["type"] == "table" }.map { $0["sql"] as String }
                let indexes = schema.filter { $0["type"] != "table" }.map { $0["sql"] as String }
                try db.execute(sql: "PRAGMA foreign_keys = OFF")
                defer { try? db.execute(sql: "PRAGMA foreign_keys = ON") }
                try db.inTransaction {
                    try db.execute(sql: "DROP TABLE link")
                    for statement in table { try db.execute(sql: statement) }
                    try db.execute(
                        sql: """
                            INSERT INTO link SELECT r.* FROM temp.link_rebuild r
                            WHERE EXISTS (SELECT 1 FROM deed WHERE deed.id = r.deed_id)
                            ORDER BY r.pledge_id, r.deed_id
                            """)
                    // An index made over the filled table is sorted once; kept up row by row in the key's order
                    // it takes twice as long.
                    for statement in indexes { try db.execute(sql: statement) }
                    try db.execute(sql: "DROP TABLE temp.link_rebuild")
                    try setMeta("links.fingerprint", fingerprint, db)
                    try setMeta("links.seq", String(seq), db)
                    return .commit
                }
            }
        } catch {
            throw StoreError(path: path, error)
        }
    }

    /// Replaces the links of `deeds` with `links` (which are links of those deeds), in one transaction.
    package func replaceLinks(of deeds: [String], with links: [Link]) throws(StoreError) {
        try write { db in
            let delete = try db.cachedStatement(sql: "DELETE FROM link WHERE deed_id = ?")
            for deed in deeds { try delete.execute(arguments: [deed]) }
            try Self.insert(links, into: "link", db)
        }
    }

    /// Replaces the theme terms of `deeds` with `terms` (which are those deeds' terms), in one transaction; with
    /// `deeds` nil (a full relink, after `clearThemeTerms`), only adds them.
    package func replaceThemeTerms(of deeds: [String]?, with terms: [ThemeTerms]) throws(StoreError) {
        try write { db in
            if let deeds {
                let delete = try db.cachedStatement(sql: "DELETE FROM deed_theme_term WHERE deed_id = ?")
                for deed in deeds { try delete.execute(arguments: [deed]) }
            }
            let insert = try db.cachedStatement(
                sql: "INSERT OR REPLACE INTO deed_theme_term (deed_id, theme, terms) VALUES (?, ?, ?)")
            for item in terms {
                try insert.execute(arguments: [item.deed, item.theme, item.terms.joined(separator: "\n")])
            }
        }
    }

    /// Forgets every deed's theme terms, before a full relink records them again. Until it has, rights alerts
    /// see only the deeds it has reached (a relink stopped half-way is started again by the next run).
    package func clearThemeTerms() throws(StoreError) {
        try write { db in try db.execute(sql: "DELETE FROM deed_theme_term") }
    }

    /// The theme terms of the deeds counted as of `asOf` (dated on or before it), newest first, at most `limit`
    /// per theme, each with the deed's day and title.
    ///
    /// CROSS JOIN keeps the few deeds with theme terms as the outer loop: without statistics (no ANALYZE) SQLite
    /// chose to walk every deed by its day and look each up (154,608 deeds for 4,343 rows; 1.9 s against 0.2 s).
    package func themeTerms(countedAsOf asOf: Day, limit: Int) throws(StoreError) -> [(
        terms: ThemeTerms, day: Day, title: String
    )] {
        try read { db in
            try Row.fetchAll(
                db,
                sql: """
                    SELECT deed_id, theme, terms, day, title FROM (
                        SELECT t.deed_id, t.theme, t.terms, d.day, d.title, row_number() OVER (
                            PARTITION BY t.theme ORDER BY d.day DESC, t.deed_id) AS place
                        FROM deed_theme_term t CROSS JOIN deed d ON d.id = t.deed_id
                        WHERE d.day IS NOT NULL AND d.day <= ?)
                    WHERE place <= ? ORDER BY theme, day DESC, deed_id
                    """,
                arguments: [asOf.description, limit]
            ).compactMap { row in
                guard let day = Day(row["day"] as String) else { return nil }
                let terms = (row["terms"] as String).split(separator: "\n").map(String.init)
                return (ThemeTerms(deed: row["deed_id"], theme: row["theme"], terms: terms), day, row["title"])
            }
        }
    }

    /// Inserts links through one cached statement per table.
    private static func insert(_ links: [Link], into table: String, _ db: Database) throws {
        let insert = try db.cachedStatement(
            sql: """
                INSERT INTO \(table) (pledge_id, deed_id, confidence, stance, method, explanation)
                VALUES (?, ?, ?, ?, ?, ?)
                """)
        for link in links {
            try insert.execute(arguments: [
                link.pledge, link.deed, link.confidence, link.stance.rawValue, link.method.rawValue, link.explanation,
            ])
        }
    }

    /// Links, strongest first; optionally for one pledge only.
    package func links(pledge: String? = nil) throws(StoreError) -> [Link] {
        try read { db in
            let columns = "pledge_id, deed_id, confidence, stance, method, explanation"
            let rows =
                try pledge.map {
                    try Row.fetchAll(
                        db,
                        sql:
                            "SELECT \(columns) FROM link WHERE pledge_id = ? ORDER BY confidence DESC, pledge_id, deed_id",
                        arguments: [$0])
                }
                ?? Row.fetchAll(db, sql: "SELECT \(columns) FROM link ORDER BY confidence DESC, pledge_id, deed_id")
            return try rows.map { try decodeLink($0) }
        }
    }

    /// How many links are stored, and how many pledges they reach.
    package func linkCounts() throws(StoreError) -> (links: Int, pledges: Int) {
        try read { db in
            let row = try Row.fetchOne(
                db, sql: "SELECT count(*) AS links, count(DISTINCT pledge_id) AS pledges FROM link")
            return (row?["links"] ?? 0, row?["pledges"] ?? 0)
        }
    }
}
