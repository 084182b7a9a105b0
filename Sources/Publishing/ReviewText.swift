import Core
import Deeds
import Foundation
import Ledger

/// One link of the review queue as the analyst reads it in the terminal, in Dutch: the pledge's words and what would
/// keep it, the deed's title, operative text (or, without one, its text), outcome, cabinet's advice and votes, and why it was linked.
package struct ReviewText: Sendable {
    package var link: Link
    package var pledge: Pledge
    package var deed: Deed?
    /// The pledge's links at or above the evidence line to deeds that can count.
    package var pledgeEvidence: Int
    /// Whether the deed is dated on or after the pledge, so that the link can count for its score.
    package var counts: Bool
    /// How much of a long text to show.
    package var textLimit = 700

    package init(link: Link, pledge: Pledge, deed: Deed?, pledgeEvidence: Int, counts: Bool = true) {
        self.link = link
        self.pledge = pledge
        self.deed = deed
        self.pledgeEvidence = pledgeEvidence
        self.counts = counts
    }

    /// The block for item `number` of the queue; every line after the first is indented. With `width` (the
    /// terminal's columns), each field is broken at spaces to fit, its continuation lines under its value, so the
    /// terminal never breaks a word; without, each field is one line.
    package func render(number: Int, width: Int? = nil) -> String {
        let fields = self.fields()
        let head = "\(number). \(link.pledge) ← \(link.deed)"
        guard let width else { return ([head] + fields).joined(separator: "\n   ") }
        let wrap = TextWrap(width: width)
        var lines = wrap.lines(head, first: "", rest: "   ")
        for field in fields {
            // "titel: …" and "gehouden als: …" continue under the value; a field without a label ("zekerheid 0,62 ·
            // …", whose first colon comes late) under itself.
            let label = field.firstIndex(of: ":").map { field[...$0] }.flatMap {
                $0.contains("·") || $0.split(separator: " ").count > 2 ? nil : $0
            }
            let value = label.map { String(field.dropFirst($0.count)) } ?? field
            let first = "   " + (label.map { "\($0) " } ?? "")
            lines += wrap.lines(value, first: first, rest: String(repeating: " ", count: first.count))
        }
        return lines.joined(separator: "\n")
    }

    /// The lines of the block after its heading, unwrapped.
    private func fields() -> [String] {
        var lines = [
            "zekerheid \(Dutch.decimal(link.confidence)) · \(link.stance.dutch) · gevonden via \(link.method.dutch) · "
                + "bewijs voor deze belofte: \(pledgeEvidence) \(pledgeEvidence == 1 ? "koppeling" : "koppelingen")",
            "belofte: \(cut(pledge.text))",
            // What keeps it: what an analyst weighs before calling a deed decisive.
            "gehouden als: \(cut(pledge.keptWhen))",
        ]
        if !counts {
            // The pledge's prior record (shown on the scorecard as earlier deeds), a deed after the pledge's term, or
            // one without a day: never counted.
            let why = deed?.day.map { day in
                day < pledge.date
                    ? "de daad is van \(day), vóór de belofte van \(pledge.date)"
                    : "de daad is van \(day), na het einde van de termijn van de belofte"
            }
            lines.append("telt niet mee: \(why ?? "de daad heeft geen datum")")
        }
        guard let deed else { return lines + ["daad: niet meer in de database", "waarom: \(link.explanation)"] }
        lines.append("daad: \(deed.kind.dutch), \(DeedReference.day(deed)?.description ?? "zonder datum")")
        lines.append("titel: \(cut(deed.title))")
        if let dossier = deed.dossierTitle { lines.append("dossier: \(cut(dossier))") }
        if let dictum = deed.dictum, !dictum.isEmpty {
            lines.append("dictum: \(cut(dictum))")
        } else {
            // No operative part (a letter, a zaak known by its subject line): what the deed says instead.
            lines.append("dictum: —")
            if !deed.text.isEmpty { lines.append("tekst: \(cut(deed.text))") }
        }
        // A bill as it stands after its latest step (the Eerste Kamer's vote after the Tweede Kamer's), naming the
        // chamber; the groups' votes are the Tweede Kamer's, said so where the outcome shown is another's.
        let stood = deed.standing
        let chamber = stood.outcome.map { Dutch.chamber(stood, deciding: $0) } ?? ""
        lines.append("uitkomst: \(outcome(stood.outcome, chamber: chamber))")
        lines.append("kabinet: \(deed.cabinetAppraisal ?? "—")")
        let house =
            stood.outcome?.date != deed.outcome?.date && !(deed.outcome?.votes.isEmpty ?? true)
            ? " in de Tweede Kamer\(deed.outcome?.date.map { " op \($0)" } ?? "")" : ""
        lines.append("stemmen\(house): \(votes(deed.outcome?.votes ?? []))")
        lines.append("waarom: \(link.explanation)")
        return lines
    }

    private func cut(_ text: String) -> String {
        TextTable.truncate(text.collapsingWhitespace(), to: textLimit)
    }

    private func outcome(_ outcome: Deed.Outcome?, chamber: String) -> String {
        guard let outcome else { return "nog niet besloten" }
        return "\(Dutch.result(outcome))\(chamber)" + (outcome.date.map { " op \($0)" } ?? "")
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
