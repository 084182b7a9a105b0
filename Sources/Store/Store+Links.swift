import Foundation
import GRDB
import Ledger

/// A row of the `link` table; a stance or method the code does not know fails to decode instead of
/// being read as something else.
struct LinkRecord: Codable, FetchableRecord, PersistableRecord {
    static let databaseTableName = "link"

    var pledgeId: String
    var deedId: String
    var confidence: Double
    var stance: Link.Stance
    var method: Link.Method
    var explanation: String

    static let databaseColumnDecodingStrategy = DatabaseColumnDecodingStrategy.convertFromSnakeCase
    static let databaseColumnEncodingStrategy = DatabaseColumnEncodingStrategy.convertToSnakeCase

    init(_ link: Link) {
        pledgeId = link.pledge
        deedId = link.deed
        confidence = link.confidence
        stance = link.stance
        method = link.method
        explanation = link.explanation
    }

    var link: Link {
        Link(
            pledge: pledgeId, deed: deedId, confidence: confidence, stance: stance, method: method,
            explanation: explanation)
    }
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

    /// Removes every link, before all deeds are linked again.
    package func removeAllLinks() throws(StoreError) {
        try write { db in
            _ = try LinkRecord.deleteAll(db)
            try db.execute(sql: "DELETE FROM meta WHERE key IN ('links.fingerprint', 'links.seq')")
        }
    }

    /// Replaces the links of `deeds` with `links` (which are links of those deeds), in one transaction.
    ///
    /// - Parameter clearFirst: false when the deeds are known to have no links (after `removeAllLinks`), which
    ///   saves a lookup per deed on a full relink.
    package func replaceLinks(of deeds: [String], with links: [Link], clearFirst: Bool = true) throws(StoreError) {
        try write { db in
            if clearFirst {
                let delete = try db.cachedStatement(sql: "DELETE FROM link WHERE deed_id = ?")
                for deed in deeds { try delete.execute(arguments: [deed]) }
            }
            let insert = try db.cachedStatement(
                sql: """
                    INSERT INTO link (pledge_id, deed_id, confidence, stance, method, explanation)
                    VALUES (?, ?, ?, ?, ?, ?)
                    """)
            for link in links {
                try insert.execute(arguments: [
                    link.pledge, link.deed, link.confidence, link.stance.rawValue, link.method.rawValue,
                    link.explanation,
                ])
            }
        }
    }

    /// Links, strongest first; optionally for one pledge only.
    package func links(pledge: String? = nil) throws(StoreError) -> [Link] {
        try read { db in
            var request = LinkRecord.order(Column("confidence").desc, Column("pledge_id"), Column("deed_id"))
            if let pledge { request = request.filter(Column("pledge_id") == pledge) }
            return try request.fetchAll(db).map(\.link)
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
