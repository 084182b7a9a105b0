import Core
import Deeds
import Foundation
import Ledger
import Scoring

/// `tracker explain` in the terminal, in Dutch: the pledge, its criterion, the outcome, and every linked deed
/// with what it added and the rubric rule that applied.
package struct ExplainText: Sendable {
    package var pledge: Pledge
    package var score: PledgeScore
    package var rubric: Rubric
    package var deeds: [String: Deed]
    package var wrap: TextWrap

    package init(pledge: Pledge, score: PledgeScore, rubric: Rubric, deeds: [String: Deed], width: Int) {
        self.pledge = pledge
        self.score = score
        self.rubric = rubric
        self.deeds = deeds
        wrap = TextWrap(width: width)
    }

    /// How many deeds that do not count are listed (the latest); JSON lists every one.
    static let shownUncounted = 20

    package func render() -> String {
        var lines = wrap.lines("Toelichting op \(pledge.id), stand per \(score.asOf) (rubric \(rubric.version))")
        let parties = pledge.parties.isEmpty ? "" : ": \(pledge.parties.joined(separator: ", "))"
        let paraphrase = pledge.quotation == .paraphrase ? ", zakelijk weergegeven" : ""
        lines += wrap.lines(
            "Belofte (\(pledge.date), \(pledge.actor)\(parties)\(paraphrase)): \(pledge.text)", rest: "  ")
        lines += wrap.lines("Gehouden als: \(pledge.keptWhen)", rest: "  ")
        if let keptBy = pledge.keptBy {
            let dossiers =
                keptBy.dossiers.isEmpty ? "" : " in dossier \(keptBy.dossiers.joined(separator: " of "))"
            lines += wrap.lines(
                "Gehouden door: mijlpaal \(keptBy.milestone)\(dossiers) (kept_by); de stappen ernaartoe: \(rubric.chain(upTo: keptBy.milestone).joined(separator: " → ")).",
                rest: "  ")
        } else {
            lines += wrap.lines(
                "Gehouden door: geen mijlpaal (kept_by) in het register, dus alleen een analist maakt de belofte gehouden, deels gehouden of gebroken (met een oordeel, of tracker review decisive).",
                rest: "  ")
        }
        lines += wrap.lines(
            "Rechtenrichting: \(Dutch.direction(pledge.rights.direction))\(pledge.rights.standard.map { " (norm \($0))" } ?? "")",
            rest: "  ")
        lines.append("")
        lines += wrap.lines(
            "Uitkomst: \(Dutch.status(score.status, reason: score.reason)); voortgang \(score.progress); rechteneffect \(Dutch.signed(score.rightsEffect)).",
            rest: "  ")
        lines += wrap.lines("Hoe: \(how())", rest: "  ")
        lines.append("")
        // The deeds that count first, by day; then the others (prior record, below the evidence line, after the
        // term), the latest first and at most `shownUncounted`: a pledge of the corpus has thousands of those, and
        // the few that count came last, after 13,000 lines.
        let parts = score.contributions.sorted { ($0.day, $0.deed) < ($1.day, $1.deed) }
        let counted = parts.filter { $0.standing == .counted }
        let others = parts.filter { $0.standing != .counted }.reversed()
        lines += wrap.lines(
            "Gekoppelde daden tot en met \(score.asOf): \(parts.count), waarvan \(counted.count) meegeteld")
        for part in counted { lines += deedLines(part) }
        for part in others.prefix(Self.shownUncounted) { lines += deedLines(part) }
        if others.count > Self.shownUncounted {
            lines += wrap.lines(
                "… en \(others.count - Self.shownUncounted) oudere niet meegetelde daden (tracker explain \(pledge.id) --format json geeft ze alle)",
                first: "  ", rest: "    ")
        }
        if score.consistency.contains(where: { $0.votes > 0 }) || !pledge.parties.isEmpty {
            lines.append("")
            let text =
                Dutch.consistency(score.consistency)
                ?? "Stemgedrag: de belofte noemt geen partijen en geen partij stemde over een meegetelde daad."
            lines += wrap.lines(
                text + " (Op meegetelde, besliste daden die de belofte steunen of ertegen werken.)", rest: "  ")
        }
        return lines.joined(separator: "\n")
    }

    private func how() -> String {
        let sum = score.counted.reduce(0) { $0 + $1.points }
        let points =
            "de meegetelde daden samen \(sum >= 0 ? "+" : "")\(sum) punten, begrensd tot 0–\(rubric.progress.cap)"
        switch score.source {
        case .evidence:
            switch score.status {
            case .notRated: return "geen meegetelde daad steunt de belofte of gaat ertegen in; \(points)."
            case .stalled:
                // The rule reads only deeds that support or oppose the pledge (docs/scoring.md).
                let bearing = score.counted.filter { $0.link.stance != .mentions }.max { $0.day < $1.day }
                let last = bearing.map { "\($0.deed) van \($0.day)" } ?? "?"
                return
                    "\(points); de laatste meegetelde daad die de belofte steunt of ertegen werkt, is \(last), meer dan \(rubric.stalledAfterMonths) maanden geleden."
            default: return "\(points); geen regel besliste over de belofte."
            }
        case .rule(let deed, let rule):
            return
                "\(deed) besliste volgens regel \(rule) (\(rubric.rule(rule)?.label ?? "")): voortgang \(score.progress); \(points)."
        case .review(let deed, let review):
            var text = "\(deed) besliste volgens het oordeel van \(review.by) van \(review.on) (\(review.location))"
            if let note = review.note { text += ": \(note)" }
            return text + "; voortgang \(score.progress); \(points)."
        case .verdict(let verdict):
            var text = "oordeel van \(verdict.by) van \(verdict.on) (\(verdict.location))"
            if !verdict.deeds.isEmpty { text += " op grond van \(verdict.deeds.joined(separator: ", "))" }
            if let note = verdict.note { text += ": \(note)" }
            return text + "; \(points)."
        case .endOfTerm(let term):
            return "de termijn \(term.id) eindigde op \(term.ends) zonder dat de belofte gehouden was; \(points)."
        }
    }

    private func deedLines(_ part: Contribution) -> [String] {
        let deed = deeds.stood(part)
        var head = "\(part.day) \(part.deed)"
        if let deed { head += " (\(deed.kind.dutch)): \(deed.title.collapsingWhitespace())" }
        if let outcome = deed?.outcome { head += "; \(outcome.label.lowercased())" }
        if let advice = deed?.cabinetAppraisal { head += "; kabinetsappreciatie \(advice)" }
        var lines = wrap.lines(head, first: "  ", rest: "    ")
        var detail =
            "\(Dutch.stance(part.link.stance)), zekerheid \(Dutch.decimal(part.link.confidence)) (\(Dutch.method(part.link.method))); \(Dutch.standing(part.standing))"
        if part.standing == .counted {
            if let rule = part.rule {
                detail += ": \(part.points >= 0 ? "+" : "")\(part.points) volgens \(rule.id) (\(rule.label))"
                if part.reviewed, rule.progress != part.points {
                    detail +=
                        ", \(rule.progress) × \(Dutch.decimal(rubric.reviewWeight, digits: 1)) voor een bevestigde koppeling"
                }
                if let decision = part.decision, part.decisiveReview == nil {
                    detail += "; beslist: \(Dutch.status(decision.status))"
                }
            } else {
                detail += ": geen regel van de rubric past, 0 punten"
            }
            if let review = part.decisiveReview, let decision = part.decision {
                detail += "; doorslaggevend volgens \(review.by) van \(review.on): \(Dutch.decision(decision))"
            }
        }
        lines += wrap.lines(detail, first: "    ", rest: "    ")
        return lines
    }
}
