import Core
import Deeds
import Foundation
import Ledger

/// One link of the review queue as the analyst reads it in the terminal, in Dutch: the deed's title,
/// operative text (or, without one, its text), outcome, cabinet's advice and votes, and why it was linked.
package struct ReviewText: Sendable {
    package var link: Link
    package var pledge: Pledge
    package var deed: Deed?
    /// The pledge's links at or above the evidence line.
    package var pledgeEvidence: Int
    /// How much of a long text to show.
    package var textLimit = 700

    package init(link: Link, pledge: Pledge, deed: Deed?, pledgeEvidence: Int) {
        self.link = link
        self.pledge = pledge
        self.deed = deed
        self.pledgeEvidence = pledgeEvidence
    }

    /// The block for item `number` of the queue; every line after the first is indented.
    package func render(number: Int) -> String {
        var lines = [
            "\(number). \(link.pledge) ← \(link.deed)",
            "zekerheid \(Dutch.decimal(link.confidence)) · \(link.stance.dutch) · gevonden via \(link.method.dutch) · "
                + "bewijs voor deze toezegging: \(pledgeEvidence) \(pledgeEvidence == 1 ? "koppeling" : "koppelingen")",
            "toezegging: \(cut(pledge.text))",
        ]
        guard let deed else {
            return (lines + ["daad: niet meer in de database", "waarom: \(link.explanation)"]).joined(
                separator: "\n   ")
        }
        lines.append("daad: \(deed.kind.dutch), \(deed.date?.description ?? "zonder datum")")
        lines.append("titel: \(cut(deed.title))")
        if let dossier = deed.dossierTitle { lines.append("dossier: \(cut(dossier))") }
        if let dictum = deed.dictum, !dictum.isEmpty {
            lines.append("dictum: \(cut(dictum))")
        } else {
            // No operative part (a letter, a zaak known by its subject line): what the deed says instead.
            lines.append("dictum: —")
            if !deed.text.isEmpty { lines.append("tekst: \(cut(deed.text))") }
        }
        lines.append("uitkomst: \(outcome(deed.outcome))")
        lines.append("kabinet: \(deed.cabinetAppraisal ?? "—")")
        lines.append("stemmen: \(votes(deed.outcome?.votes ?? []))")
        lines.append("waarom: \(link.explanation)")
        return lines.joined(separator: "\n   ")
    }

    private func cut(_ text: String) -> String {
        TextTable.truncate(text.collapsingWhitespace(), to: textLimit)
    }

    private func outcome(_ outcome: Deed.Outcome?) -> String {
        guard let outcome else { return "nog niet besloten" }
        return "\(outcome.label.lowercased())" + (outcome.date.map { " op \($0)" } ?? "")
    }

    /// `voor (88 zetels): GL-PvdA, D66; tegen (62 zetels): PVV`; seats only when every group's are known.
    private func votes(_ votes: [Deed.Vote]) -> String {
        guard !votes.isEmpty else { return "—" }
        let choices: [Deed.Vote.Choice] = [.voor, .tegen, .onthouden, .afwezig, .onbekend]
        return choices.compactMap { choice -> String? in
            let cast = votes.filter { $0.choice == choice }
            guard !cast.isEmpty else { return nil }
            let seats = cast.compactMap(\.seats)
            let count = seats.count == cast.count ? " (\(seats.reduce(0, +)) zetels)" : ""
            return "\(choice.rawValue)\(count): " + cast.map { $0.member ?? $0.group }.joined(separator: ", ")
        }.joined(separator: "; ")
    }
}
