import Core
import Deeds
import Foundation
import Ledger

/// A real motion with its operative text, labelled by hand: the motions of 2023–2025 in
/// `Tests/Fixtures/linking/later-motions.yaml` (after the 2008–2022 corpus, held out) and the dictum set
/// `eval/dictums.yaml` (2008–2025, split into a tune and a test part). Provenance is in each file. A record may be
/// another kind of deed (`kind`: a letter, an amendment, a bill), as in `eval/deeds.yaml`: it is linked as one.
package struct DictumMotion: Sendable {
    /// The motion as a harvest makes it: the subject line as its title (else the Kamerstuk's heading), the
    /// dictum as its operative text (a later motion may have only its subject line), the dossier's number and title.
    package var deed: Deed
    /// The themes it bears on; empty: none of the five; nil: ambiguous, left out of measurement.
    package var themes: Set<String>?
    /// Its stance towards the one pledge of its theme it bears on most directly, labelled by hand from the dictum.
    package var stance: LabelledMotion.StanceLabel?
    /// Its Zaak in the 2008–2022 corpus, where the dictum set found it there.
    package var zaak: String?
    /// `tune` or `test` in the dictum set; nil in the later motions, which are all held out.
    package var split: String?

    /// Reads the set; every problem with its line.
    package static func load(_ url: URL) throws -> [DictumMotion] {
        try readMotions(
            url, of: "the motions with a dictum",
            allowed: [
                "id", "zaak", "kind", "subject", "dossier_number", "dossier_title", "date", "dictum", "url", "themes",
                "stance", "split", "note",
            ]
        ) { fields, reader in
            // A later motion whose dictum was not found stands by its subject line, as a Zaak without one does.
            let subject = fields.string("subject", required: false)
            let dictum = fields.string("dictum", required: subject == nil)
            guard let id = fields.string("id"), subject != nil || dictum != nil else { return nil }
            let deedID = id.hasPrefix("kst-") ? id : "tk:zaak:\(id)"
            let dossier = fields.string("dossier_number", required: false)
            let kind = fields.choice("kind", from: kinds.map(\.rawValue), required: false).flatMap(Deed.Kind.init)
            let deed = Deed(
                id: deedID, kind: kind ?? .motion, date: fields.day("date", required: false),
                title: subject ?? "Motie", text: "", dictum: dictum,
                refs: Deed.References(dossiers: dossier.map { [$0] } ?? []),
                dossierTitle: fields.string("dossier_title", required: false),
                source: Deed.Source(
                    format: id.hasPrefix("kst-") ? .officielePublicatie : .syncfeed, document: id,
                    url: fields.string("url", required: false), hash: "0"))
            let themes = fields.value("themes") == nil ? nil : Set(fields.strings("themes").map(\.0))
            let stance = LabelledMotion.StanceLabel.read(fields, motion: id, reader: reader)
            let split = fields.choice("split", from: ["tune", "test"], required: false)
            return DictumMotion(
                deed: deed, themes: themes, stance: stance, zaak: fields.string("zaak", required: false), split: split)
        }
    }

    /// The kinds of deed a labelled record may be: those a Zaak of the Tweede Kamer is harvested as.
    static let kinds: [Deed.Kind] = [.motion, .amendment, .bill, .letter]

    /// The motion as `MotionEvaluation` judges it: one on none of the five themes counts among the unrelated ones.
    package var labelled: LabelledMotion {
        LabelledMotion(
            zaak: deed.id, subject: deed.title, group: themes?.isEmpty == true ? .random : .theme, themes: themes,
            stance: stance, split: split ?? "later")
    }
}
