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
    /// Replaces every automatic link with `links`, in one transaction, noting what they were computed from.
    package func replaceLinks(_ links: [Link], ledger fingerprint: String, deedVersion: Int) throws(StoreError) {
        try write { db in
            try setMeta("links.ledger", fingerprint, db)
            try setMeta("links.deeds", String(deedVersion), db)
            try LinkRecord.deleteAll(db)
            for link in links { try LinkRecord(link).insert(db) }
        }
    }

    /// True when the stored links were computed from this ledger and the deeds as they are now.
    package func linksAreCurrent(ledger fingerprint: String) throws(StoreError) -> Bool {
        let ledger = try meta("links.ledger")
        let deeds = try meta("links.deeds")
        let version = try deedVersion()
        return ledger == fingerprint && deeds == String(version)
    }

    /// Links, strongest first; optionally for one pledge only.
    package func links(pledge: String? = nil) throws(StoreError) -> [Link] {
        try read { db in
            var request = LinkRecord.order(Column("confidence").desc, Column("pledge_id"), Column("deed_id"))
            if let pledge { request = request.filter(Column("pledge_id") == pledge) }
            return try request.fetchAll(db).map(\.link)
        }
    }
}
