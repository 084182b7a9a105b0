import Core
import Foundation
import Ledger
import Scoring

/// A municipality's human-rights report over one calendar year (the FRA guide's "jaarlijks verslag"), ready for
/// `Templates/jaarverslag.*.mustache`: every pledge of the municipality with its standing at the start and at the end
/// of the year, and per theme the letter's sections for the year (what was promised, what was done from 1 January on,
/// our judgement and what we ask), with the same footnotes.
package struct AnnualReport: Sendable {
    /// The letter to the council over the year: its themes, counts, footnotes and footer (with this report's command).
    package var letter: LetterContent
    package var municipality: String
    package var year: Int
    /// Whether the year was over by the report's day; else the report is the standing so far.
    package var complete: Bool
    /// `31 december 2025`, or the report's day while the year runs.
    package var periodEnd: String
    /// `1 januari 2025`.
    package var periodStart: String
    /// The pledges by theme, in the ledger's order of themes: a pledge under each of its themes, as each of those
    /// themes has its section.
    package var groups: [Group]
    package var hasRows: Bool
    /// How many pledges moved in the year: another status or progress at its end than at its start (a pledge made
    /// during the year did not move).
    package var moved: Int
    /// Stored, not computed: the templates see stored properties only.
    package var hasMoved: Bool
    /// `bij 1 belofte` / `bij 3 beloften` / `bij geen enkele belofte`.
    package var movedText: String
    /// `, waarvan er 2 dit jaar zijn gedaan` (`… in deze periode …` while the year runs), `, waarvan er één …
    /// is gedaan`, `, die dit jaar is gedaan` (the only one), `, die alle dit jaar zijn gedaan`, or empty: the pledges made in
    /// the period, which had no standing to move from.
    package var madeText: String
    /// `is 1 daad bekend die erop betrekking heeft`, `zijn 4 daden bekend die …hebben`, `zijn geen daden bekend …`.
    package var deedsText: String

    package struct Group: Sendable {
        package var theme: String
        package var rows: [Row]
    }

    /// One pledge at the start and at the end of the year.
    package struct Row: Sendable {
        /// The pledge's id in the ledger.
        package var id: String
        package var pledge: String
        package var who: String
        /// `nog niet in gang (0)`, `in uitvoering (40)`: status and progress; for a pledge made during the year:
        /// `nog niet beloofd`.
        package var before: String
        package var after: String
        package var moved: Bool
        /// Deeds of the year counted for the pledge.
        package var deeds: Int
    }
}

extension LetterBuilder {
    /// The report on `municipality` over `year`, as of the builder's day (the year's last day, or an earlier day
    /// while the year runs). The standing at the start is the score as of the last day of the year before.
    package func annualReport(municipality id: String, year: Int, format: String) -> AnnualReport {
        let asOf = Day(provenance.asOf)!
        let start = Day(year: year, month: 1, day: 1)!
        let before = Day(year: year - 1, month: 12, day: 31)!
        let end = Day(year: year, month: 12, day: 31)!
        var letter = letter(to: .municipality(id), themes: [], since: start, format: format)
        letter.subject = "Mensenrechten in \(ledger.municipality(id)?.name ?? id): jaarverslag \(year)"
        letter.footer.command =
            "tracker annual-report --municipality \(id) --year \(year)\(asOf < end ? " --as-of \(asOf)" : "") --format \(format)"

        let pledges = ledger.pledges.filter { $0.municipality == id && $0.date <= asOf }
        let byPledge = Dictionary(grouping: evidence, by: \.link.pledge)
        var groups: [AnnualReport.Group] = []
        for theme in ledger.themes {
            var rows: [AnnualReport.Row] = []
            for pledge in pledges where pledge.themes.contains(theme.id) {
                let evidence = byPledge[pledge.id] ?? []
                let now = scorer.score(pledge, evidence: evidence, asOf: asOf)
                let then = pledge.date <= before ? scorer.score(pledge, evidence: evidence, asOf: before) : nil
                let standing = { (score: PledgeScore) in
                    "\(Dutch.status(score.status, reason: score.reason)) (\(score.progress))"
                }
                rows.append(
                    .init(
                        id: pledge.id, pledge: Dutch.pledgeWords(pledge, limit: 90),
                        who: Dutch.capitalized(Dutch.actor(pledge, ledger: ledger)),
                        before: then.map(standing) ?? "nog niet beloofd", after: standing(now),
                        moved: then.map { ($0.status, $0.progress) != (now.status, now.progress) } ?? false,
                        deeds: Set(Self.news(now, since: start).map(\.deed)).count))
            }
            if !rows.isEmpty { groups.append(.init(theme: theme.nameNL, rows: rows)) }
        }
        // A pledge on two themes is two rows and one pledge.
        let moved = Set(groups.flatMap(\.rows).filter(\.moved).map(\.id)).count
        let made = pledges.filter { $0.date >= start }.count
        let deeds = letter.deedCount
        return AnnualReport(
            letter: letter, municipality: ledger.municipality(id)?.name ?? id, year: year, complete: asOf >= end,
            periodEnd: Dutch.date(asOf), periodStart: Dutch.date(start), groups: groups,
            hasRows: !groups.isEmpty,
            moved: moved, hasMoved: moved > 0,
            movedText: moved == 0
                ? "bij geen enkele belofte" : "bij \(moved) \(moved == 1 ? "belofte" : "beloften")",
            madeText: AnnualReport.made(made, of: letter.pledgeCount, in: asOf >= end ? "dit jaar" : "in deze periode"),
            deedsText: deeds == 1
                ? "is 1 daad bekend die erop betrekking heeft"
                : "zijn \(deeds == 0 ? "geen" : String(deeds)) daden bekend die erop betrekking hebben")
    }

}

extension AnnualReport {
    static func made(_ made: Int, of all: Int, in period: String) -> String {
        switch (made, all) {
        case (0, _): ""
        case (1, 1): ", die \(period) is gedaan"
        case (_, made): ", die alle \(period) zijn gedaan"
        case (1, _): ", waarvan er één \(period) is gedaan"
        default: ", waarvan er \(made) \(period) zijn gedaan"
        }
    }
}
