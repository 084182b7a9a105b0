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
    public static func utc(_ text: String) -> String? {
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        guard let match = trimmed.wholeMatch(of: /(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2}):(\d{2})(\.\d+)?(Z|[+-]\d{2}:\d{2})?/) else {
            return nil
        }
        var components = DateComponents()
        components.year = Int(match.1)
        components.month = Int(match.2)
        components.day = Int(match.3)
        components.hour = Int(match.4)
        components.minute = Int(match.5)
        components.second = Int(match.6)
        var calendar = Calendar(identifier: .gregorian)
        if let zone = match.8 {
            if zone == "Z" {
                calendar.timeZone = TimeZone(identifier: "UTC")!
            } else {
                let sign = zone.hasPrefix("-") ? -1 : 1
                let parts = zone.dropFirst().split(separator: ":")
                let seconds = sign * (Int(parts[0])! * 3600 + Int(parts[1])! * 60)
                calendar.timeZone = TimeZone(secondsFromGMT: seconds)!
            }
        } else {
            calendar.timeZone = TimeZone(identifier: "Europe/Amsterdam") ?? TimeZone(identifier: "UTC")!
        }
        guard let date = calendar.date(from: components) else { return nil }
        let formatter = ISO8601DateFormatter()
        formatter.formatOptions = [.withInternetDateTime]
        return formatter.string(from: date)
    }
}
