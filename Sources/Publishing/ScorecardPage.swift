import Core
import Deeds
import Foundation
import Ledger
import Scoring

/// The scorecard as a web page's content (`Templates/scorecard.html.mustache`), in Dutch: per theme both axes, a
/// chart of its pledges' progress month by month, and each pledge with its status, progress, rights effect and
/// its own small series. The charts are inline SVG, drawn here, so the page reads without JavaScript and prints.
package struct ScorecardPage: Sendable {
    package var date: String
    /// `42 beloften: 3 vastgelopen, 39 nog niet in gang.`, and how many were made after the day: `Na deze dag gedaan
    /// en hier niet meegeteld: 33 beloften.`
    package var summary: String
    /// How many of the links that count an analyst confirmed (`Dutch.confirmedLinks`); empty when none count.
    package var confirmed: String
    package var deedCount: Int
    package var themes: [ThemeSection]
    package var provenance: Provenance
    package var hasRun: Bool
    package var run: String

    package struct ThemeSection: Sendable {
        package var id: String
        package var name: String
        /// The theme's both axes and its pledges' statuses, in one sentence.
        package var summary: String
        /// The parties' votes on the theme's deeds, or empty.
        package var votes: String
        package var hasVotes: Bool
        /// The progress chart (SVG), or empty when no pledge on the theme has made any progress.
        package var chart: String
        package var hasChart: Bool
        /// Under the chart: which line is which pledge.
        package var legend: [LegendEntry]
        /// Why there is no chart, or how many pledges it leaves out.
        package var chartNote: String
        package var hasChartNote: Bool
        package var pledges: [Row]
        /// The theme's rights alerts, the newest first, at most `ScorecardPage.alertsShown`.
        package var alerts: [Alert]
        package var hasAlerts: Bool
        /// `2 daden op dit thema die geen belofte op het thema steunen of tegenwerken`.
        package var alertSummary: String
        /// How many alerts are not listed, and where to find them; empty when all are.
        package var moreAlerts: String
        package var hasMoreAlerts: Bool
    }

    /// A rights alert as the page lists it.
    package struct Alert: Sendable {
        package var deed: String
        package var date: String
        package var title: String
        package var terms: String
    }

    /// How many of a theme's rights alerts the page lists.
    static let alertsShown = 10

    package struct LegendEntry: Sendable {
        package var pledge: String
        package var color: String
        /// The line's dash pattern (`stroke-dasharray`; `none`: solid), as drawn.
        package var dash: String
    }

    package struct Row: Sendable {
        package var id: String
        package var text: String
        package var actor: String
        package var status: String
        /// A CSS class per status (`kept`, `in-progress`, …).
        package var statusClass: String
        /// The progress, or "–" for a pledge made after the card's day, which has none yet.
        package var progress: String
        package var rightsEffect: String
        /// `bevordert`, `bedreigt`, `gemengd`.
        package var direction: String
        package var counted: Int
        package var prior: Int
        package var hasPrior: Bool
        /// The pledge's progress month by month (SVG), from its date to the day of the card.
        package var sparkline: String
    }

    /// - Parameters:
    ///   - timelines: each pledge's monthly series up to the card's day (`Scorer.timeline`), by pledge id.
    package init(
        ledger: Ledger, scores: [PledgeScore], themes: [ThemeScore], timelines: [String: [TimelinePoint]],
        deedCount: Int, asOf: Day, provenance: Provenance
    ) {
        date = Dutch.date(asOf)
        self.deedCount = deedCount
        self.provenance = provenance
        hasRun = provenance.run != nil
        run = provenance.run.map(String.init) ?? ""
        let made = scores.filter { !$0.isLater(in: ledger) }
        summary =
            scores.isEmpty
            ? Dutch.noPledges(themes: themes, ledger: ledger)
            : made.isEmpty
                ? "Nog geen belofte gedaan op deze dag."
                : "\(Dutch.count(made.count, "belofte", "beloften")): \(Dutch.statusCounts(made.map(\.status)))."
        if made.count < scores.count {
            summary += " " + Dutch.laterPledges(scores.count - made.count)
        }
        let counted = scores.flatMap(\.counted)
        confirmed = counted.isEmpty ? "" : Dutch.confirmedLinks(counted.filter(\.reviewed).count, of: counted.count)
        let byID = Dictionary(scores.map { ($0.pledge, $0) }, uniquingKeysWith: { first, _ in first })
        self.themes = themes.filter { !$0.pledges.isEmpty }.map { theme in
            let scored = theme.pledges.compactMap { byID[$0] }
            let chart = ProgressChart(
                series: scored.map { ($0.pledge, timelines[$0.pledge] ?? []) }, until: asOf)
            let drawn = chart.drawn.count
            let flat = scored.count - drawn
            let note =
                drawn == 0
                ? "Nog geen voortgang: geen belofte op dit thema heeft een meegetelde daad die haar vooruit brengt."
                : flat == 0 ? "" : "\(Dutch.count(flat, "belofte", "beloften")) zonder voortgang niet getekend."
            let votes = Dutch.consistency(theme.consistency, theme: true) ?? ""
            return ThemeSection(
                id: theme.theme, name: ledger.themeName(theme.theme),
                summary: Dutch.capitalized(Dutch.themeSummary(theme)),
                votes: votes, hasVotes: !votes.isEmpty, chart: chart.svg(), hasChart: drawn > 0,
                legend: chart.drawn.map { LegendEntry(pledge: $0.pledge, color: $0.color, dash: $0.dash) },
                chartNote: note,
                hasChartNote: !note.isEmpty,
                pledges: scored.map { score in
                    let pledge = ledger.pledge(score.pledge)
                    let later = score.isLater(in: ledger)
                    return Row(
                        id: score.pledge, text: pledge?.text ?? "",
                        actor: pledge.map { Dutch.actor($0, ledger: ledger) } ?? "",
                        status: later
                            ? pledge.map(Dutch.madeLater) ?? "" : Dutch.status(score.status, reason: score.reason),
                        statusClass: later ? "later" : score.status.rawValue,
                        progress: later ? "–" : String(score.progress),
                        rightsEffect: later ? "–" : Dutch.signed(score.rightsEffect),
                        direction: Dutch.direction(score.direction),
                        counted: score.counted.count, prior: score.priorRecord.count,
                        hasPrior: !score.priorRecord.isEmpty,
                        sparkline: Sparkline(points: timelines[score.pledge] ?? []).svg())
                },
                alerts: theme.alerts.prefix(Self.alertsShown).map {
                    Alert(
                        deed: $0.deed, date: Dutch.date($0.day), title: Dutch.shortened($0.title),
                        terms: $0.terms.joined(separator: ", "))
                },
                hasAlerts: !theme.alerts.isEmpty, alertSummary: Dutch.alertCount(theme.alerts.count),
                moreAlerts: theme.alerts.count > Self.alertsShown
                    ? "En \(theme.alerts.count - Self.alertsShown) meer: tracker scorecard --by theme --format json."
                    : "",
                hasMoreAlerts: theme.alerts.count > Self.alertsShown)
        }
    }
}

/// One theme's chart: the progress (0–100) of each of its pledges at the end of every month, as steps, from the
/// earliest pledge's month to the card's day. Pledges that never moved are left out (the page says how many).
struct ProgressChart {
    struct Line {
        var pledge: String
        var color: String
        var dash: String
        var points: [TimelinePoint]
        /// How far the line is drawn off its values, in pixels, so that pledges with the same steps stay visible
        /// side by side instead of one hiding the others.
        var offset: Double
    }

    /// Colours that stay apart for most kinds of colour blindness (Okabe and Ito), the orange and the sky blue
    /// darkened to a contrast of at least 3:1 on white (WCAG 1.4.11; theirs were 2.3:1); further lines are grey.
    static let palette = ["#0072B2", "#D55E00", "#009E73", "#CC79A7", "#B07800", "#2E86C1", "#000000", "#8C6D1F"]
    /// The lines after the palette's: grey with 4.5:1 on white.
    static let grey = "#767676"
    /// A dash pattern per line beside its colour, so lines stay apart in grey print and for any eyes.
    static let dashes = ["none", "7 3", "2 2.5", "9 3 2 3", "4 4", "12 3", "1 3", "6 2 2 2 2 2"]
    /// The pixels between two lines drawn on the same values.
    static let spacing = 1.5
    static let width = 640.0, height = 220.0
    static let left = 36.0, right = 12.0, top = 12.0, bottom = 30.0

    let drawn: [Line]
    let months: [Day]

    init(series: [(pledge: String, points: [TimelinePoint])], until: Day) {
        let moving = series.filter { $0.points.contains { $0.progress > 0 } }
        let middle = Double(moving.count - 1) / 2
        drawn = moving.enumerated().map { index, entry in
            Line(
                pledge: entry.pledge, color: index < Self.palette.count ? Self.palette[index] : Self.grey,
                dash: Self.dashes[index % Self.dashes.count], points: entry.points,
                offset: (Double(index) - middle) * Self.spacing)
        }
        let first = moving.compactMap { $0.points.first?.asOf.startOfMonth }.min() ?? until.startOfMonth
        var months: [Day] = []
        var month = first
        while month <= until {
            months.append(month)
            month = month.adding(months: 1)
        }
        self.months = months
    }

    func x(_ month: Int) -> Double {
        let span = Double(max(months.count - 1, 1))
        return Self.left + (Self.width - Self.left - Self.right) * Double(month) / span
    }

    static func y(_ progress: Int) -> Double { top + (height - top - bottom) * (1 - Double(progress) / 100) }

    func svg() -> String {
        guard !drawn.isEmpty else { return "" }
        let index = Dictionary(months.enumerated().map { ($1.monthLabel, $0) }, uniquingKeysWith: { a, _ in a })
        // What the lines show, in words: each pledge's progress from the month it changed (WCAG 1.1.1).
        let label =
            "Voortgang per belofte per maand, van \(Dutch.monthName(months[0])) tot en met \(Dutch.monthName(months[months.count - 1])): "
            + drawn.map { "\($0.pledge) \(progressChanges($0.points))" }.joined(separator: "; ") + "."
        var svg =
            "<svg class=\"grafiek\" viewBox=\"0 0 \(Self.width.svg) \(Self.height.svg)\" role=\"img\" aria-label=\"\(HTML.escape(label))\" xmlns=\"http://www.w3.org/2000/svg\">"
        for progress in stride(from: 0, through: 100, by: 25) {
            let y = Self.y(progress).svg
            svg +=
                "<line class=\"raster\" x1=\"\(Self.left.svg)\" x2=\"\((Self.width - Self.right).svg)\" y1=\"\(y)\" y2=\"\(y)\"/>"
            svg +=
                "<text class=\"as\" x=\"\((Self.left - 6).svg)\" y=\"\(y)\" dy=\"0.35em\" text-anchor=\"end\">\(progress)</text>"
        }
        for (position, month) in months.enumerated() where isTick(position) {
            let x = x(position).svg
            // The last month's label ends at its tick, so it is not cut off at the chart's right edge.
            let anchor = position == months.count - 1 && months.count > 1 ? "end" : "middle"
            svg +=
                "<line class=\"streep\" x1=\"\(x)\" x2=\"\(x)\" y1=\"\((Self.height - Self.bottom).svg)\" y2=\"\((Self.height - Self.bottom + 4).svg)\"/>"
            svg +=
                "<text class=\"as\" x=\"\(x)\" y=\"\((Self.height - 10).svg)\" text-anchor=\"\(anchor)\">\(HTML.escape(tickLabel(month)))</text>"
        }
        for line in drawn.reversed() {
            let steps = line.points.compactMap { point in index[point.month].map { ($0, point.progress) } }
            let path = stepPath(steps, x: x, y: { Self.y($0) + line.offset })
            guard !path.isEmpty else { continue }
            svg +=
                "<path class=\"lijn\" d=\"\(path)\" stroke=\"\(line.color)\" stroke-dasharray=\"\(line.dash)\"><title>\(HTML.escape(line.pledge)): voortgang \(progressChanges(line.points))</title></path>"
        }
        return svg + "</svg>"
    }

    /// Which months get a label: every January over long spans (labelled by its year alone, so a first month in May
    /// is not labelled as if the year began there), every quarter over a year or two, every month over a few. A
    /// first month between two quarters has no label of its own, which would run into the next quarter's.
    private func isTick(_ position: Int) -> Bool {
        let month = months[position]
        if months.count <= 8 { return true }
        if months.count <= 30 { return (month.month - 1) % 3 == 0 }
        return month.month == 1
    }

    private func tickLabel(_ month: Day) -> String {
        months.count > 30 ? String(month.year) : Dutch.month(month)
    }
}

/// A pledge's own series, small: its progress as steps from its month to the card's day, the end marked.
struct Sparkline {
    static let width = 96.0, height = 22.0, pad = 2.0

    let points: [TimelinePoint]

    func svg() -> String {
        guard !points.isEmpty else { return "" }
        let span = Double(max(points.count - 1, 1))
        func x(_ position: Int) -> Double { Self.pad + (Self.width - 2 * Self.pad) * Double(position) / span }
        func y(_ progress: Int) -> Double { Self.pad + (Self.height - 2 * Self.pad) * (1 - Double(progress) / 100) }
        var path = stepPath(points.enumerated().map { ($0, $1.progress) }, x: x, y: y)
        if points.count == 1 { path += "H\((Self.width - Self.pad).svg)" }
        let end = points[points.count - 1]
        let endX = points.count == 1 ? Self.width - Self.pad : x(points.count - 1)
        return
            "<svg class=\"verloop\" viewBox=\"0 0 \(Self.width.svg) \(Self.height.svg)\" width=\"\(Self.width.svg)\" height=\"\(Self.height.svg)\" role=\"img\" aria-label=\"Voortgang tot \(Dutch.date(end.asOf)): \(progressChanges(points))\" xmlns=\"http://www.w3.org/2000/svg\"><line class=\"basis\" x1=\"\(Self.pad.svg)\" x2=\"\((Self.width - Self.pad).svg)\" y1=\"\(y(0).svg)\" y2=\"\(y(0).svg)\"/><path d=\"\(path)\"/><circle cx=\"\(endX.svg)\" cy=\"\(y(end.progress).svg)\" r=\"2\"/></svg>"
    }
}

/// A series in words, each value from the month it took it: `0 vanaf mei 2024, 5 vanaf juni 2025, 0 vanaf
/// februari 2026`; what a chart's or sparkline's text alternative says.
func progressChanges(_ points: [TimelinePoint]) -> String {
    var changes: [String] = []
    var last: Int?
    for point in points where point.progress != last {
        changes.append("\(point.progress) vanaf \(Dutch.monthName(point.asOf))")
        last = point.progress
    }
    return changes.joined(separator: ", ")
}

/// A series of values as steps: a value holds until the next month that changes it, so only changes are drawn.
private func stepPath(_ steps: [(position: Int, value: Int)], x: (Int) -> Double, y: (Int) -> Double) -> String {
    guard let first = steps.first, let last = steps.last else { return "" }
    var path = "M\(x(first.position).svg) \(y(first.value).svg)"
    var (value, end) = (first.value, first.position)
    for step in steps.dropFirst() where step.value != value {
        path += "H\(x(step.position).svg)V\(y(step.value).svg)"
        (value, end) = (step.value, step.position)
    }
    if end != last.position { path += "H\(x(last.position).svg)" }
    return path
}

extension Double {
    /// A coordinate with at most one decimal, the same on every machine: `36`, `127.5`.
    fileprivate var svg: String {
        let tenths = (self * 10).rounded()
        let whole = Int(tenths) / 10
        let fraction = abs(Int(tenths)) % 10
        if fraction == 0 { return String(whole) }
        return (tenths < 0 && whole == 0 ? "-" : "") + "\(whole).\(fraction)"
    }
}
