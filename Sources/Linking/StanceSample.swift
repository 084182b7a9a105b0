import Core
import Foundation
import Ledger

/// A motion of `eval/stances.yaml`: a corpus motion the linker linked at 0.5 or more to one of the pledges that
/// collect the most motions, drawn by `eval/sample_stances.py` and labelled by hand with its stance towards that
/// pledge from its subject line and dossier title (`eval/SOURCES.md`). Drawn from links, it measures stance given
/// a link, never whether the theme is found.
package struct LabelledStance: Sendable, Hashable {
    package var zaak: String
    package var subject: String
    package var label: LabelledMotion.StanceLabel
    /// `tune` or `test`.
    package var split: String

    /// Reads the set; every problem with its line.
    package static func load(_ url: URL) throws -> [LabelledStance] {
        try readMotions(
            url, of: "the stance sample",
            allowed: ["zaak", "date", "subject", "dossier", "pledge", "stance", "note", "split"]
        ) { fields, _ in
            guard let zaak = fields.string("zaak"), let subject = fields.string("subject"),
                let pledge = fields.string("pledge"),
                let value = fields.choice("stance", from: Link.Stance.allCases.map(\.rawValue))
                    .flatMap(Link.Stance.init),
                let split = fields.choice("split", from: ["tune", "test"])
            else { return nil }
            return LabelledStance(
                zaak: zaak, subject: subject, label: .init(pledge: pledge, value: value), split: split)
        }
    }

    /// The motion as `MotionEvaluation` judges it: its stance only (no themes, so it is left out of recall and
    /// precision).
    package var labelled: LabelledMotion {
        LabelledMotion(zaak: zaak, subject: subject, group: .theme, themes: nil, stance: label, split: split)
    }
}
