import Foundation

/// One Tweede Kamer data-warehouse entity (Zaak, Besluit, Stemming, …) from the SyncFeed.
///
/// Kept generic: every child element's text by local name, every `ref` attribute by local name.
/// Entities arrive with either `tk:` or `ns1:` prefixes, zoned or unzoned timestamps, and
/// `verwijderd` in any letter case; reading by local name handles all of them.
public struct TKEntity: Sendable, Hashable, Codable {
    /// The entity type as the XML root's local name, lower-camel case (`zaak`, `besluit`, `zaakActor`).
    public var type: String
    public var id: String
    /// `bijgewerkt` normalised to UTC (`2023-08-29T11:09:59Z`), for ordering versions.
    public var updated: String
    /// True for a tombstone: the entity was deleted at the source.
    public var deleted: Bool
    /// Child element texts by local name (first occurrence), e.g. `nummer`, `soort`, `onderwerp`.
    public var fields: [String: String]
    /// Every text of an element that occurs more than once (the live feed repeats e.g.
    /// `kamerbriefNakoming` on a Toezegging, where the schema allows one).
    public var repeated: [String: [String]] = [:]
    /// Referenced entity ids by the referring element's local name, e.g. `zaak`, `besluit`, `fractie`.
    public var refs: [String: [String]]

    public static let namespace = "http://www.tweedekamer.nl/xsd/tkData/v1-0"

    public func field(_ name: String) -> String? { fields[name] }
    /// All texts of an element, in order.
    public func values(_ name: String) -> [String] { repeated[name] ?? fields[name].map { [$0] } ?? [] }
    public func ref(_ name: String) -> String? { refs[name]?.first }

    /// Reads an entity element.
    ///
    /// - Throws: `DocumentProblem` when the element lacks an id or the id is not a GUID.
    public init(_ element: MarkupNode) throws {
        type = element.name
        guard let id = element.attribute("id")?.trimmingCharacters(in: .whitespaces), id.wholeMatch(of: TKEntity.guid) != nil
        else {
            throw DocumentProblem(
                document: element.documentName, line: element.line,
                message: "<\(element.name)> entity without a valid id attribute; expected a GUID such as 808fcd50-a0dc-4f60-8b9d-c404a2eb5b2e")
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
                let text = child.normalizedText
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

    public init(type: String, id: String, updated: String, deleted: Bool, fields: [String: String], refs: [String: [String]]) {
        self.type = type
        self.id = id
        self.updated = updated
        self.deleted = deleted
        self.fields = fields
        self.refs = refs
    }

    nonisolated(unsafe) static let guid = /[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}/

    /// An attribute in the tkData namespace, or without one (both occur).
    static func attribute(_ element: MarkupNode, _ name: String) -> String? {
        element.attribute(name, namespace: namespace) ?? element.attribute(name)
    }

    /// `2023-08-29T11:09:59Z`, `2023-08-29T13:09:59.5+02:00` or an unzoned `2023-08-29T13:09:59`
    /// (Dutch local time) → UTC `2023-08-29T11:09:59Z`. Nil when unreadable.
    ///
    /// Computed with civil-date arithmetic rather than a date formatter: it runs for every entity.
    public static func utc(_ text: String) -> String? {
        // Hand-parsed: a Regex here would be compiled again for every entity.
        let bytes = Array(text.trimmingCharacters(in: .whitespaces).utf8)
        func number(_ from: Int, _ count: Int) -> Int? {
            guard from + count <= bytes.count else { return nil }
            var value = 0
            for byte in bytes[from..<from + count] {
                guard (48...57).contains(byte) else { return nil }
                value = value * 10 + Int(byte - 48)
            }
            return value
        }
        guard bytes.count >= 19, bytes[4] == UInt8(ascii: "-"), bytes[7] == UInt8(ascii: "-"), bytes[10] == UInt8(ascii: "T"),
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
        let local = daysFromCivil(year, month, day) * 86_400 + hour * 3600 + minute * 60 + second
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
        let (y, m, d) = civilFromDays(days)
        let rest = utc - days * 86_400
        return String(format: "%04d-%02d-%02dT%02d:%02d:%02dZ", y, m, d, rest / 3600, rest % 3600 / 60, rest % 60)
    }

    static let amsterdam = TimeZone(identifier: "Europe/Amsterdam") ?? TimeZone(identifier: "UTC")!

    /// Days since 1970-01-01 of a proleptic Gregorian date (Howard Hinnant's algorithm).
    static func daysFromCivil(_ year: Int, _ month: Int, _ day: Int) -> Int {
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yearOfEra = y - era * 400
        let dayOfYear = (153 * (month + (month > 2 ? -3 : 9)) + 2) / 5 + day - 1
        let dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear
        return era * 146_097 + dayOfEra - 719_468
    }

    /// The date of a day count since 1970-01-01.
    static func civilFromDays(_ days: Int) -> (Int, Int, Int) {
        let z = days + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let dayOfEra = z - era * 146_097
        let yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36_524 - dayOfEra / 146_096) / 365
        let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
        let mp = (5 * dayOfYear + 2) / 153
        let day = dayOfYear - (153 * mp + 2) / 5 + 1
        let month = mp < 10 ? mp + 3 : mp - 9
        return (yearOfEra + era * 400 + (month <= 2 ? 1 : 0), month, day)
    }
}
