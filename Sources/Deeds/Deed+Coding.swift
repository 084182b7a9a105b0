import Core
import Foundation

extension Deed {
    /// The keys of a deed in JSON (internal, not private: the synthesised `encode(to:)` in Deed.swift uses them).
    enum CodingKeys: String, CodingKey {
        case id, kind, date, title, text, dictum, actors, refs, outcome, cabinetAppraisal, status, dossierTitle, stages
        case replaces, source
    }

    /// Reads a deed in JSON, also one written before `stages` existed (the JSON payloads an old database is
    /// migrated from), as a deed without stages.
    package init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        self.init(
            id: try container.decode(String.self, forKey: .id),
            kind: try container.decode(Kind.self, forKey: .kind),
            date: try container.decodeIfPresent(Day.self, forKey: .date),
            title: try container.decode(String.self, forKey: .title),
            text: try container.decode(String.self, forKey: .text),
            dictum: try container.decodeIfPresent(String.self, forKey: .dictum),
            actors: try container.decode([Actor].self, forKey: .actors),
            refs: try container.decode(References.self, forKey: .refs),
            outcome: try container.decodeIfPresent(Outcome.self, forKey: .outcome),
            cabinetAppraisal: try container.decodeIfPresent(String.self, forKey: .cabinetAppraisal),
            status: try container.decodeIfPresent(String.self, forKey: .status),
            dossierTitle: try container.decodeIfPresent(String.self, forKey: .dossierTitle),
            stages: try container.decodeIfPresent([Stage].self, forKey: .stages) ?? [],
            source: try container.decode(Source.self, forKey: .source))
        replaces = try container.decodeIfPresent([String].self, forKey: .replaces) ?? []
    }
}
