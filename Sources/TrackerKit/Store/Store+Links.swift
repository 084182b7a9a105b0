import Foundation
import GRDB

extension Store {
    /// Replaces every automatic link with `links`, in one transaction, noting what they were computed from.
    public func replaceLinks(_ links: [Link], ledger fingerprint: String, deedVersion: Int) throws {
        try queue.write { db in
            try setMeta("links.ledger", fingerprint, db)
            try setMeta("links.deeds", String(deedVersion), db)
            try db.execute(sql: "DELETE FROM link")
            for link in links {
                try db.execute(
                    sql: "INSERT INTO link (pledge_id, deed_id, confidence, stance, method, explanation) VALUES (?, ?, ?, ?, ?, ?)",
                    arguments: [link.pledge, link.deed, link.confidence, link.stance.rawValue, link.method.rawValue, link.explanation])
            }
        }
    }

    /// True when the stored links were computed from this ledger and the deeds as they are now.
    public func linksAreCurrent(ledger fingerprint: String) throws -> Bool {
        try meta("links.ledger") == fingerprint && meta("links.deeds") == String(deedVersion())
    }

    /// Links, strongest first; optionally for one pledge only.
    public func links(pledge: String? = nil) throws -> [Link] {
        try queue.read { db in
            let rows: [Row]
            let order = "ORDER BY confidence DESC, pledge_id, deed_id"
            if let pledge {
                rows = try Row.fetchAll(db, sql: "SELECT * FROM link WHERE pledge_id = ? \(order)", arguments: [pledge])
            } else {
                rows = try Row.fetchAll(db, sql: "SELECT * FROM link \(order)")
            }
            return rows.map { row in
                Link(
                    pledge: row["pledge_id"], deed: row["deed_id"], confidence: row["confidence"],
                    stance: Link.Stance(rawValue: row["stance"]) ?? .mentions,
                    method: Link.Method(rawValue: row["method"]) ?? .fulltext, explanation: row["explanation"])
            }
        }
    }
}
