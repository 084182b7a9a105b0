import Core
import Deeds
import Foundation
import Ledger
import Scoring

/// The scorecard as a terminal report, in Dutch: the counts it rests on, then per theme both axes, the parties'
/// votes, each pledge with its deeds, and the rights alerts; wrapped to the terminal's width.
package struct ScorecardText: Sendable {
    package var ledger: Ledger
    package var scores: [PledgeScore]
    package var themes: [ThemeScore]
    package var deeds: [String: Deed]
    /// How many deeds the database holds that count as of the day (dated on or before it).
    package var deedCount: Int
    package var rubric: Rubric
    package var run: RunLabel?
    package var wrap: TextWrap
    /// How many deeds of each kind (counted, prior record, alerts) to show before "… en N meer".
    package var shown = 3

    /// The run the scores are, for the header.
    package struct RunLabel: Sendable {
        package var id: Int64
        package var time: String

        package init(id: Int64, time: String) {
            self.id = id
            self.time = time
        }
    }

    package init(
        ledger: Ledger, rubric: Rubric, scores: [PledgeScore], themes: [ThemeScore], deeds: [String: Deed],
        deedCount: Int, run: RunLabel?, width: Int
    ) {
        self.ledger = ledger
        self.rubric = rubric
        self.scores = scores
        self.themes = themes
        self.deeds = deeds
        self.deedCount = deedCount
        self.run = run
        wrap = TextWrap(width: width)
    }

    package func render() -> String {
        guard let asOf = scores.first?.asOf else { return Dutch.noPledges(themes: themes, ledger: ledger) }
        var lines = header(asOf: asOf)
        let byID = Dictionary(scores.map { ($0.pledge, $0) }, uniquingKeysWith: { first, _ in first })
        for theme in themes where !theme.pledges.isEmpty {
            lines.append("")
            lines += themeLines(theme)
            for pledge in theme.pledges {
                guard let score = byID[pledge] else { continue }
                lines.append("")
                lines += pledgeLines(score)
            }
            lines += alertLines(theme)
        }
        return lines.joined(separator: "\n")
    }

    private func header(asOf: Day) -> [String] {
        var lines = wrap.lines("Scorekaart mensenrechten, stand per \(asOf)")
        var source = "Rubric \(rubric.version)"
        if let run { source += "; run \(run.id) van \(run.time)" }
        source += "; \(Dutch.count(deedCount, "daad", "daden")) in de database gedateerd tot en met \(asOf)."
        lines += wrap.lines(source)
        let rows = themes.reduce(0) { $0 + $1.pledges.count }
        let made = scores.filter { !$0.isLater(in: ledger) }
        var pledges =
            "Beloften: \(made.count)" + (made.isEmpty ? "" : " (\(Dutch.statusCounts(made.map(\.status))))") + "."
        if made.count < scores.count {
            pledges += " " + Dutch.laterPledges(scores.count - made.count)
        }
        if rows != scores.count {
            pledges += " Een belofte op meer thema's staat onder elk van die thema's: \(rows) keer hieronder."
        }
        lines += wrap.lines(pledges)
        let counted = Set(scores.flatMap { $0.counted.map(\.deed) })
        let prior = Set(scores.flatMap { $0.priorRecord.map(\.deed) })
        let withCounted = scores.filter { !$0.counted.isEmpty }.count
        let withPrior = scores.filter { !$0.priorRecord.isEmpty }.count
        lines += wrap.lines(
            "Meegeteld: \(Dutch.count(counted.count, "daad", "daden")) bij \(Dutch.count(withCounted, "belofte", "beloften")) (gekoppeld met zekerheid van ten minste \(Dutch.decimal(rubric.evidenceConfidence)) of bevestigd door een analist, en gedateerd op of na de belofte)."
        )
        // How much of what counts an analyst stands behind (Commitments/reviews/); the rest is the linker's reading.
        let links = scores.flatMap(\.counted)
        if !links.isEmpty {
            let confirmed = links.filter(\.reviewed).count
            let review = confirmed == links.count ? "" : " Beoordelen: tracker review list."
            lines += wrap.lines(Dutch.confirmedLinks(confirmed, of: links.count) + review)
        }
        lines += wrap.lines(
            "Eerder: \(Dutch.count(prior.count, "daad", "daden")) bij \(Dutch.count(withPrior, "belofte", "beloften")) (gedateerd vóór de belofte; getoond, niet meegeteld)."
        )
        return lines
    }

    private func themeLines(_ theme: ThemeScore) -> [String] {
        let name = ledger.themeName(theme.theme)
        var lines = wrap.lines("== \(name) [\(theme.theme)]")
        lines += wrap.lines(
            "Thema: " + Dutch.themeSummary(theme)
        )
        lines += consistencyLines(theme.consistency, indent: "", theme: true)
        return lines
    }

    private func consistencyLines(_ records: [PartyConsistency], indent: String, theme: Bool = false) -> [String] {
        guard let text = Dutch.consistency(records, theme: theme) else { return [] }
        return wrap.lines(text, first: indent)
    }

    private func pledgeLines(_ score: PledgeScore) -> [String] {
        var lines = wrap.lines(score.pledge)
        if score.isLater(in: ledger), let pledge = ledger.pledge(score.pledge) {
            lines += wrap.lines("\(Dutch.madeLater(pledge)): nog geen stand", first: "  ")
            return lines + deedLines(score.priorRecord, title: "eerder, niet meegeteld", score: score, counted: false)
        }
        var summary =
            "\(Dutch.status(score.status, reason: score.reason)); voortgang \(score.progress); rechteneffect \(Dutch.signed(score.rightsEffect)) (de belofte \(Dutch.effectOnRights(score.direction)))"
        switch score.source {
        case .verdict(let verdict): summary += "; oordeel van \(verdict.by) van \(verdict.on)"
        case .review(let deed, let review): summary += "; \(deed) doorslaggevend volgens \(review.by) van \(review.on)"
        default: break
        }
        lines += wrap.lines(summary, first: "  ")
        if score.consistency.contains(where: { $0.votes > 0 }) {
            lines += consistencyLines(score.consistency, indent: "  ")
        }
        lines += deedLines(score.counted, title: "meegeteld", score: score, counted: true)
        lines += deedLines(score.priorRecord, title: "eerder, niet meegeteld", score: score, counted: false)
        return lines
    }

    private func deedLines(_ parts: [Contribution], title: String, score: PledgeScore, counted: Bool) -> [String] {
        guard !parts.isEmpty else { return [] }
        var lines = wrap.lines("\(title): \(Dutch.count(parts.count, "daad", "daden"))", first: "  ")
        for part in parts.prefix(shown) {
            let deed = deeds.stood(part)
            var text = "\(part.deed) \(part.day) \(Dutch.shortened(deed?.title ?? ""))"
            if let outcome = deed?.outcome { text += " (\(outcome.label.lowercased()))" }
            // A motion titled by its members alone says what it asks by its dictum, as in a letter and the feed.
            if let asked = deed.flatMap(Dutch.askedBy) { text += " " + asked }
            text += " [\(Dutch.stance(part.link.stance)), \(Dutch.decimal(part.link.confidence))"
            if counted { text += "; \(part.points >= 0 ? "+" : "")\(part.points) \(part.rule?.id ?? "geen regel")" }
            text += "]"
            lines += wrap.lines(text, first: "    ", rest: "      ")
        }
        if parts.count > shown {
            lines += wrap.lines(
                "… en \(parts.count - shown) meer (tracker explain \(score.pledge))", first: "    ", rest: "      ")
        }
        return lines
    }

    private func alertLines(_ theme: ThemeScore) -> [String] {
        guard !theme.alerts.isEmpty else { return [] }
        var lines = [""]
        lines += wrap.lines(
            "Signalen: \(Dutch.alertCount(theme.alerts.count))"
        )
        for alert in theme.alerts.prefix(shown) {
            lines += wrap.lines(
                "\(alert.deed) \(alert.day) \(Dutch.shortened(alert.title)) (termen: \(alert.terms.joined(separator: ", ")))",
                first: "  ", rest: "    ")
        }
        if theme.alerts.count > shown {
            lines += wrap.lines(
                "… en \(theme.alerts.count - shown) meer (tracker scorecard --by theme --format json)", first: "  ",
                rest: "    ")
        }
        return lines
    }
}
