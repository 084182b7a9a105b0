import ArgumentParser
import Core
import Foundation
import Ledger
import Publishing
import Scoring
import TrackerKit

extension Tracker {
    struct Scorecard: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Score every pledge and theme: fulfilment, rights effect, parties' votes, rights alerts.",
            discussion: """
                Scores are computed by Commitments/rubric.yaml from the deeds dated up to --as-of; deeds dated before \
                a pledge are its prior record, shown and never counted. docs/scoring.md explains the rubric.
                """)

        @OptionGroup var global: GlobalOptions
        @Option(help: "Score as of this date (YYYY-MM-DD; default today).") var asOf: Day?
        @Option(help: "Rows per pledge or per theme (JSON; the terminal report is by theme either way).")
        var by: ScorecardUnit = .pledge
        @Option(help: "Only pledges on this theme, with the theme's own figures.")
        var theme: String?
        @Option(help: "table, json, csv (one row per pledge) or html (a page with charts over time).")
        var format: ScorecardFormat = .table
        @Option(help: "Write to this file (whole, or not at all) instead of printing.") var out: String?

        func validate() throws {
            if format == .csv || format == .html, by == .theme {
                throw ValidationError(
                    "--format \(format.rawValue) gives one row per pledge; --by theme has table and json")
            }
        }

        func run() throws {
            let day = asOf ?? Day.today()
            let card = { try reporting { try ScoreQueries.scorecard(global.resolved, asOf: day, theme: theme) } }
            let rows = { (card: TrackerKit.Scorecard) in
                card.scores.map { ScoreView($0, run: card.run?.id, ledger: card.ledger, deeds: card.deeds) }
            }
            let text: String
            switch (format, by) {
            case (.html, _):
                text = try reporting { try PublishQueries.scorecardPage(global.resolved, asOf: day, theme: theme) }
            case (.json, .pledge):
                text = try JSONOutput.encode(rows(try card())) + "\n"
            case (.csv, _):
                text = ScoreView.csv(rows(try card()))
            case (.json, .theme):
                let card = try card()
                text =
                    try JSONOutput.encode(
                        card.themes.map {
                            ThemeScoreView($0, asOf: card.asOf, rubric: card.rubric.version, run: card.run?.id)
                        }) + "\n"
            case (.table, _):
                let card = try card()
                // On a terminal the table fits its width; into a file it is as wide as a plain terminal.
                text =
                    ScorecardText(
                        ledger: card.ledger, rubric: card.rubric, scores: card.scores, themes: card.themes,
                        deeds: card.deeds, deedCount: card.deedCount,
                        run: card.run.map { .init(id: $0.id, time: $0.time) }, width: out == nil ? Terminal.width : 80
                    ).render() + "\n"
            }
            try emit(text, to: out)
        }
    }

    struct Explain: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Show the evidence behind a pledge's score, deed by deed, with the rubric rule that applied.")

        @OptionGroup var global: GlobalOptions
        @Argument(help: "The pledge's id (tracker pledges lists them).") var pledge: String
        @Option(help: "Score as of this date (YYYY-MM-DD; default today).") var asOf: Day?
        @Option(help: "table or json.") var format: OutputFormat = .table

        func run() throws {
            let explanation = try reporting {
                try ScoreQueries.explain(global.resolved, pledge: pledge, asOf: asOf ?? Day.today())
            }
            switch format {
            case .json:
                print(
                    try JSONOutput.encode(
                        ExplainView(explanation.pledge, score: explanation.score, deeds: explanation.deeds)))
            case .table:
                print(
                    ExplainText(
                        pledge: explanation.pledge, score: explanation.score, rubric: explanation.rubric,
                        deeds: explanation.deeds, width: Terminal.width
                    ).render())
            }
        }
    }

    struct Timeline: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "The series over time: each pledge's score at the end of every month from its date to now.")

        @OptionGroup var global: GlobalOptions
        @Option(help: "Only this pledge.") var pledge: String?
        @Option(help: "Only pledges on this theme.") var theme: String?
        @Option(help: "The step of the series (month).") var by: TimelineStep = .month
        @Option(help: "End the series on this date (YYYY-MM-DD; default today).") var until: Day?
        @Option(help: "table, json or csv.") var format: SeriesFormat = .table

        func run() throws {
            let points = try reporting {
                try ScoreQueries.timeline(global.resolved, pledge: pledge, theme: theme, until: until ?? Day.today())
            }
            switch format {
            case .json: print(try JSONOutput.encode(points.map(TimelineView.init)))
            case .csv: print(TimelineView.csv(points))
            case .table: print(TimelineText(points: points, width: Terminal.width).render())
            }
        }
    }

    struct Diff: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "What changed between two runs and why: the pledges that moved and the deeds that moved them.",
            discussion: """
                Without RUN the last two runs are compared; with one RUN, that run and the one before it. \
                `tracker runs` lists the runs.
                """)

        @OptionGroup var global: GlobalOptions
        @Argument(help: "Up to two run ids (default: the last two runs).") var runs: [Int64] = []
        @Option(help: "table or json.") var format: OutputFormat = .table

        func validate() throws {
            if runs.count > 2 { throw ValidationError("diff compares two runs; give at most two run ids") }
        }

        func run() throws {
            let comparison = try reporting { try ScoreQueries.diff(global.resolved, runs: runs) }
            let from = comparison.from, to = comparison.to
            switch format {
            case .json:
                print(
                    try JSONOutput.encode(
                        comparison.changes.map {
                            ScoreChangeView(
                                $0, from: from, to: to, deeds: comparison.deeds, reviews: comparison.reviews)
                        }))
            case .table:
                print(
                    DiffText(
                        from: from, to: to, changes: comparison.changes, deeds: comparison.deeds,
                        reviews: comparison.reviews, width: Terminal.width
                    )
                    .render())
            }
        }
    }

    struct Runs: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "List the recorded runs: when, which command, and the inputs their scores came from.")

        @OptionGroup var global: GlobalOptions
        @Option(help: "table or json.") var format: OutputFormat = .table

        func run() throws {
            let runs = try reporting { try ScoreQueries.runs(global.resolved) }
            switch format {
            case .json: print(try JSONOutput.encode(runs))
            case .table:
                // To the minute and eight hex digits of each hash, so the table fits 80 columns; JSON has them whole.
                var table = TextTable(headers: [
                    "RUN", "TIJD (UTC)", "OPDRACHT", "STAND PER", "RUBRIC", "REGISTER", "DADEN",
                ])
                for run in runs {
                    let minute =
                        run.time.count >= 16 ? run.time.prefix(16).replacingOccurrences(of: "T", with: " ") : run.time
                    table.append([
                        String(run.id), minute, run.command, run.asOf, "\(run.rubric) \(run.rubricHash.prefix(8))",
                        String(run.ledgerHash.prefix(8)), String(run.deedsHash.prefix(8)),
                    ])
                }
                print(table.render(width: Terminal.width))
            }
        }
    }
}
