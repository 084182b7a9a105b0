import Core
import Foundation

// Reading a pledge's `kept_by:` and `verdict:`. Whether a milestone exists is checked against the rubric once
// both are read (`LedgerLoader`).

extension KeptBy {
    static let fields = ["milestone", "dossiers"]

    static func read(_ node: YAMLNodeRef?, of what: String, _ reader: YAMLReader) -> KeptBy? {
        guard let fields = reader.fields(node, of: "'kept_by' of \(what)", allowed: fields) else { return nil }
        let milestone = fields.string(
            "milestone", expected: "a milestone of Commitments/rubric.yaml, such as staatsblad")
        var dossiers: [String] = []
        for (dossier, item) in fields.strings("dossiers") {
            if !Identifiers.isDossier(dossier) {
                reader.report(
                    item,
                    "dossier '\(dossier)' in 'kept_by' of \(what) can never match; expected a Kamerstuk dossier number such as 36703"
                )
            }
            dossiers.append(dossier)
        }
        guard let milestone else { return nil }
        return KeptBy(milestone: milestone, dossiers: dossiers, location: fields.location("milestone"))
    }
}

extension Verdict {
    static let fields = ["status", "reason", "on", "by", "deeds", "note"]

    static func read(_ node: YAMLNodeRef?, pledge: String, of what: String, _ reader: YAMLReader) -> Verdict? {
        guard let fields = reader.fields(node, of: "the verdict on \(what)", allowed: fields) else { return nil }
        let statuses = FulfilmentStatus.allCases.filter { $0 != .notRated }.map(\.rawValue)
        let status = fields.choice("status", from: statuses)
        let reason = fields.choice("reason", from: BrokenReason.allCases.map(\.rawValue), required: false)
        let on = fields.day("on")
        let by = fields.string("by", expected: "the analyst who gave the verdict")
        let deeds = fields.strings("deeds", expected: "ids of the deeds the verdict rests on").map(\.0)
        let note = fields.string("note", required: false)
        if status == FulfilmentStatus.broken.rawValue, reason == nil {
            reader.report(
                fields.value("status"),
                "the verdict on \(what) is broken without a reason; expected reason: one of \(BrokenReason.allCases.map(\.rawValue).joined(separator: ", "))"
            )
        }
        if let reason, status != FulfilmentStatus.broken.rawValue {
            reader.report(
                fields.value("reason"),
                "the verdict on \(what) gives reason '\(reason)' but is not broken; expected a reason only with status: broken"
            )
        }
        guard let status, let on, let by else { return nil }
        return Verdict(
            pledge: pledge, status: FulfilmentStatus(rawValue: status)!, reason: reason.flatMap(BrokenReason.init),
            on: on, by: by, deeds: deeds, note: note, location: reader.location(node))
    }
}
