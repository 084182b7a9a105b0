import Core
import Foundation
import Markup

/// One Tweede Kamer data-warehouse entity (Zaak, Besluit, Stemming, …) from the SyncFeed.
///
/// Kept generic: every child element's text by local name, every `ref` attribute by local name.
/// Entities arrive with either `tk:` or `ns1:` prefixes, zoned or unzoned timestamps, and
/// `verwijderd` in any letter case; reading by local name handles all of them.
package struct TKEntity: Sendable, Hashable, Codable {
    /// The entity type as the XML root's local name, lower-camel case (`zaak`, `besluit`, `zaakActor`).
    package var type: String
    package var id: String
    /// `bijgewerkt` normalised to UTC (`2023-08-29T11:09:59Z`), for ordering versions.
    package var updated: String
    /// True for a tombstone: the entity was deleted at the source.
    package var deleted: Bool
    /// Child element texts by local name (first occurrence), e.g. `nummer`, `soort`, `onderwerp`.
    package var fields: [String: String]
    /// Every text of an element that occurs more than once (the live feed repeats e.g.
    /// `kamerbriefNakoming` on a Toezegging, where the schema allows one).
    package var repeated: [String: [String]] = [:]
    /// Referenced entity ids by the referring element's local name, e.g. `zaak`, `besluit`, `fractie`.
    package var refs: [String: [String]]

    package static let namespace = "http://www.tweedekamer.nl/xsd/tkData/v1-0"

    package func field(_ name: String) -> String? { fields[name] }
    /// All texts of an element, in order.
    package func values(_ name: String) -> [String] { repeated[name] ?? fields[name].map { [$0] } ?? [] }
    package func ref(_ name: String) -> String? { refs[name]?.first }

    /// Reads an entity element (copied out of a feed page or a stored entity's XML).
    ///
    /// - Throws: `DocumentProblem` when the element lacks an id or the id is not a GUID.
    package init(_ element: MarkupElement, document: String) throws {
        type = element.name
        guard let id = element.attribute("id")?.trimmingSpaces(), TKEntity.isGUID(id) else {
            throw DocumentProblem(
                document: document, line: element.line,
                message:
                    "<\(element.name)> entity without a valid id attribute; expected a GUID such as 808fcd50-a0dc-4f60-8b9d-c404a2eb5b2e"
            )
        }
        self.id = id.lowercased()
        let rawUpdated = TKEntity.attribute(element, "bijgewerkt") ?? ""
        updated = TKEntity.utc(rawUpdated) ?? rawUpdated
        deleted = (TKEntity.attribute(element, "verwijderd") ?? "false").lowercased() == "true"
        var fields: [String: String] = [:]
        var repeated: [String: [String]] = [:]
        var refs: [String: [String]] = [:]
        for child in element.children {
            let name = child.name
            if let ref = child.attribute("ref") {
                refs[name, default: []].append(ref.lowercased())
            } else if child.attribute("nil", namespace: "http://www.w3.org/2001/XMLSchema-instance") != "true" {
                let text = child.text.collapsingWhitespace()
                guard !text.isEmpty else { continue }
                if let first = fields[name] {
                    repeated[name, default: [first]].append(text)
                } else {
                    fields[name] = text
                }
            }
        }
        self.fields = fields
        self.refs = refs
        self.repeated = repeated
    }

    package init(
        type: String, id: String, updated: String, deleted: Bool, fields: [String: String], refs: [String: [String]]
    ) {
        self.type = type
        self.id = id
        self.updated = updated
        self.deleted = deleted
        self.fields = fields
        self.refs = refs
    }

    /// True for `8-4-4-4-12` hex digits, the form of every data-warehouse id.
    static func isGUID(_ text: String) -> Bool {
        let bytes = Array(text.utf8)
        guard bytes.count == 36 else { return false }
        for (index, byte) in bytes.enumerated() {
            if [8, 13, 18, 23].contains(index) {
                guard byte == UInt8(ascii: "-") else { return false }
            } else {
                guard (48...57).contains(byte) || (65...70).contains(byte) || (97...102).contains(byte) else {
                    return false
                }
            }
        }
        return true
    }

    /// An attribute in the tkData namespace, or without one (both occur).
    static func attribute(_ element: MarkupElement, _ name: String) -> String? {
        element.attribute(name, namespace: namespace) ?? element.attribute(name)
    }

    /// `2023-08-29T11:09:59Z`, `2023-08-29T13:09:59.5+02:00` or an unzoned `2023-08-29T13:09:59`
    /// (Dutch local time) → UTC `2023-08-29T11:09:59Z`. Nil when unreadable.
    ///
    /// Computed with civil-date arithmetic rather than a date formatter: it runs for every entity.
    package static func utc(_ text: String) -> String? {
        // Hand-parsed: a Regex here would be compiled again for every entity.
        let bytes = Array(text.trimmingSpaces().utf8)
        func number(_ from: Int, _ count: Int) -> Int? {
            from + count <= bytes.count ? Day.number(bytes[from..<from + count]) : nil
        }
        guard bytes.count >= 19, bytes[4] == UInt8(ascii: "-"), bytes[7] == UInt8(ascii: "-"),
            bytes[10] == UInt8(ascii: "T"),
            bytes[13] == UInt8(ascii: ":"), bytes[16] == UInt8(ascii: ":"),
            let year = number(0, 4), let month = number(5, 2), let day = number(8, 2), let hour = number(11, 2),
            let minute = number(14, 2), let second = number(17, 2), (1...12).contains(month), (1...31).contains(day),
            hour < 24, minute < 60, second < 61
        else { return nil }
        var index = 19
        if index < bytes.count, bytes[index] == UInt8(ascii: ".") {
            index += 1
            while index < bytes.count, (48...57).contains(bytes[index]) { index += 1 }
        }
        let local = CivilCalendar.days(year, month, day) * 86_400 + hour * 3600 + minute * 60 + second
        let offset: Int
        if index == bytes.count {
            // Dutch local time: the offset of the moment one hour before, which is right except in
            // the hour clocks go back (then either reading is a valid instant).
            offset = amsterdam.secondsFromGMT(for: Date(timeIntervalSince1970: Double(local - 3600)))
        } else if bytes[index] == UInt8(ascii: "Z"), index + 1 == bytes.count {
            offset = 0
        } else if bytes.count == index + 6, bytes[index] == UInt8(ascii: "+") || bytes[index] == UInt8(ascii: "-"),
            bytes[index + 3] == UInt8(ascii: ":"), let hours = number(index + 1, 2), let minutes = number(index + 4, 2)
        {
            offset = (bytes[index] == UInt8(ascii: "-") ? -1 : 1) * (hours * 3600 + minutes * 60)
        } else {
            return nil
        }
        let utc = local - offset
        let days = Int((Double(utc) / 86_400).rounded(.down))
        let (y, m, d) = CivilCalendar.date(fromDays: days)
        let rest = utc - days * 86_400
        return CivilCalendar.iso(
            year: y, month: m, day: d, hour: rest / 3600, minute: rest % 3600 / 60, second: rest % 60)
    }

    static let amsterdam = TimeZone(identifier: "Europe/Amsterdam") ?? TimeZone(identifier: "UTC")!
}

/// Stored SyncFeed entities as the join sees them, so deeds can be joined from entities that arrived
/// in any order, on any run. Read-only: the store provides it inside its own transaction.
package protocol TKEntityGraph {
    func entity(_ id: String) throws -> TKEntity?
    /// Live (not deleted) entities of `type` whose `via` reference points at `target`.
    func referrers(to target: String, type: String, via: String) throws -> [TKEntity]
    /// The SHA-256 of the raw XML (the entry as received) of each of the entities `ids`, in id order.
    func sourceHashes(_ ids: [String]) throws -> [String]
}

/// The stored entities as a store hands them out in batches, for joins that fetch what a batch of roots needs
/// in a few queries instead of a few per root.
package protocol TKEntityBatchSource: TKEntityGraph {
    /// The entities with these ids (those that exist), deleted ones included.
    func entities(_ ids: Set<String>) throws -> [TKEntity]
    /// Live entities whose `via` reference points at any of `targets`.
    func referrers(to targets: Set<String>, via: String) throws -> [TKEntity]
    /// The raw-source hash of each of `entities` (read through this source), by id.
    func hashes(of entities: [TKEntity]) throws -> [String: String]
}

/// Entities held in memory, answering as a graph: what a join of a batch of roots reads.
package struct MemoryEntityGraph: TKEntityGraph {
    private var byID: [String: TKEntity] = [:]
    private var referring: [String: [String: [TKEntity]]] = [:]  // target → via → live referrers
    private let hashes: [String: String]

    /// - Parameter hashes: the raw-source hash of each entity, by id.
    package init(_ entities: [TKEntity], hashes: [String: String]) {
        self.hashes = hashes
        for entity in entities where byID[entity.id] == nil {
            byID[entity.id] = entity
            guard !entity.deleted else { continue }
            for (via, targets) in entity.refs {
                for target in Set(targets) { referring[target, default: [:]][via, default: []].append(entity) }
            }
        }
    }

    package func entity(_ id: String) -> TKEntity? { byID[id] }

    package func referrers(to target: String, type: String, via: String) -> [TKEntity] {
        (referring[target]?[via] ?? []).filter { $0.type == type }.sorted { $0.id < $1.id }
    }

    package func sourceHashes(_ ids: [String]) throws -> [String] {
        try Set(ids).sorted().map { id in
            guard let hash = hashes[id] else {
                throw DocumentProblem(document: id, line: 0, message: "entity \(id) was not read into the join")
            }
            return hash
        }
    }
}
