import ArgumentParser
import Core
import Foundation
import Publishing
import TrackerKit

extension Tracker {
    struct Feed: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "A JSON Feed 1.1 for campaigns: deeds newly counted, links confirmed, status changes, notes.",
            discussion: """
                One item per event, newest first, in Dutch, with a `_tracker` object for programs (docs/cli.md, \
                docs/schemas/feed.schema.json). Item ids stay the same from run to run: the same event keeps its id.
                """)

        @OptionGroup var global: GlobalOptions
        @Option(help: "Only events of pledges on this theme.") var theme: String?
        @Option(help: "Only events on or after this date (YYYY-MM-DD).") var since: Day?
        @Option(help: "Events and scores up to this date (YYYY-MM-DD; default today).") var asOf: Day?
        @Option(help: "Write the feed to this file (default: standard output).") var out: String?

        func validate() throws {
            if let since, let asOf, since > asOf {
                throw ValidationError("--since \(since) is after --as-of \(asOf); expected a day on or before it")
            }
        }

        func run() throws {
            let text = try reporting {
                let feed = try PublishQueries.feed(
                    global.resolved, asOf: asOf ?? Day.today(), since: since, theme: theme)
                return try JSONOutput.encode(feed) + "\n"
            }
            try emit(text, to: out)
        }
    }
}

extension Tracker {
    struct Letter: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "A Dutch briefing letter to the Tweede Kamer, one of its committees or a municipal council.",
            discussion: """
                Per theme: what was promised (quoted, with its source), what was done since --since (each deed with \
                its date, number, official URL, outcome, the cabinet's advice and the pledging parties' votes), our \
                judgement and our call (the standard's ask). Every claim has a footnote; a deed's says whether an \
                analyst confirmed its links or only tracker read them, and standard error says how many no analyst \
                has reviewed. The footer names the run, rubric and ledger hash. The words are Mustache templates in \
                WORKSPACE/Templates/ (--templates).
                """)

        @OptionGroup var global: GlobalOptions
        @Option(help: "tweede-kamer, commissie:NAME (e.g. commissie:justitie-en-veiligheid) or gemeente:ID.")
        var to: String
        @Option(help: "A theme to write about (repeat for more; default: the recipient's themes with pledges).")
        var theme: [String] = []
        @Option(help: "Report the deeds from this date on (YYYY-MM-DD; default: all).") var since: Day?
        @Option(help: "Scores and deeds up to this date (YYYY-MM-DD; default today).") var asOf: Day?
        @Option(help: "md or html.") var format: LetterFormat = .md
        @Option(help: "The folder of Mustache templates (default: WORKSPACE/Templates).") var templates: String?
        @Option(help: "Write the letter to this file (default: standard output).") var out: String?

        func validate() throws {
            if let since, let asOf, since > asOf {
                throw ValidationError("--since \(since) is after --as-of \(asOf); expected a day on or before it")
            }
        }

        func run() throws {
            let letter = try reporting {
                try PublishQueries.letter(
                    global.resolved, to: to, themes: theme, since: since, asOf: asOf ?? Day.today(), format: format,
                    templates: templates.map { URL(fileURLWithPath: $0) })
            }
            try emit(letter.text, to: out)
            var list = "tracker review list"
            if theme.count == 1 { list += " --theme \(theme[0])" }
            if let since { list += " --since \(since)" }
            if !global.quiet { noteUnreviewed(letter, in: "deze brief", list: list) }
        }
    }

    struct AnnualReport: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "annual-report",
            abstract: "A municipality's human-rights report over one year, in Dutch (the FRA guide's jaarverslag).",
            discussion: """
                Every pledge of the municipality with its status and progress on 1 January and at the end of the \
                year (a table), then per theme what was promised, what was done in the year, our judgement and our \
                call, with footnotes as in a letter. Scored as of 31 December, or --as-of (today) while the year \
                runs. The words are the Mustache templates jaarverslag.md.mustache and jaarverslag.html.mustache in \
                WORKSPACE/Templates/ (--templates), which share the letter's theme sections and notes.
                """)

        @OptionGroup var global: GlobalOptions
        @Option(
            help:
                "The municipality, by its id in the ledger (e.g. utrecht, or gemeente:utrecht as letter --to takes it)."
        )
        var municipality: String
        @Option(help: "The calendar year (e.g. 2025).") var year: Int
        @Option(help: "While the year runs: scores and deeds up to this date (YYYY-MM-DD; default today).")
        var asOf: Day?
        @Option(help: "md or html.") var format: LetterFormat = .md
        @Option(help: "The folder of Mustache templates (default: WORKSPACE/Templates).") var templates: String?
        @Option(help: "Write the report to this file (default: standard output).") var out: String?

        func validate() throws {
            guard (1000...9999).contains(year) else {
                throw ValidationError("--year \(year) is not a year; expected four digits, such as 2025")
            }
        }

        func run() throws {
            let report = try reporting {
                try PublishQueries.annualReport(
                    global.resolved, municipality: municipality, year: year, asOf: asOf ?? Day.today(), format: format,
                    templates: templates.map { URL(fileURLWithPath: $0) })
            }
            try emit(report.text, to: out)
            if !global.quiet {
                noteUnreviewed(report, in: "dit verslag", list: "tracker review list --since \(year)-01-01")
            }
        }
    }
}

/// Before a letter or report goes out an analyst should stand behind each link it reports (docs/publishing.md):
/// says on standard error how many no analyst has reviewed, and the command that lists them.
func noteUnreviewed(_ written: PublishQueries.WrittenLetter, in document: String, list: String) {
    guard written.unreviewedLinks > 0 else { return }
    let which =
        switch (written.unreviewedLinks, written.links) {
        case (1, 1): "de enige koppeling in \(document) is"
        case (let some, let all) where some == all: "alle \(all) koppelingen in \(document) zijn"
        case (1, let all): "1 van de \(all) koppelingen in \(document) is"
        case (let some, let all): "\(some) van de \(all) koppelingen in \(document) zijn"
        }
    printError(
        "let op: \(which) nog niet door een analist beoordeeld (de voetnoot van elke daad zegt welke); beoordeel \(written.unreviewedLinks == 1 ? "haar" : "ze") met \(list) en tracker review confirm|reject"
    )
}

extension LetterFormat: ExpressibleByArgument {}

extension Tracker {
    struct Publish: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Write letters, feeds and the scorecard to a folder with an index.html, whole or not at all.",
            discussion: """
                DIR gets the letters to the Tweede Kamer (whole and per theme) and to each council with pledges, in \
                Markdown and HTML; each council's annual reports over every whole year since its first pledge; feed.json and one feed \
                per theme; scorecard.json, scorecard.csv and scorecard.html; and index.html. \
                The same inputs give the same bytes. The files are written into a new folder beside DIR, which then \
                replaces DIR; a folder that publish did not write is never replaced.
                """)

        @OptionGroup var global: GlobalOptions
        @Option(help: "The folder to publish to.") var out: String
        @Option(help: "Scores, deeds and events up to this date (YYYY-MM-DD; default today).") var asOf: Day?
        @Option(help: "Letters and feeds report what happened from this date on (YYYY-MM-DD; default: all).")
        var since: Day?

        func validate() throws {
            if let since, let asOf, since > asOf {
                throw ValidationError("--since \(since) is after --as-of \(asOf); expected a day on or before it")
            }
        }

        func run() throws {
            let folder = URL(fileURLWithPath: out).standardizedFileURL
            let count = try reporting {
                let files = try Publication.files(global.resolved, asOf: asOf ?? Day.today(), since: since)
                try Publication.write(files, to: folder)
                // What a reader finds in the folder; the marker is publish's own.
                return files.keys.filter { $0 != Publication.marker }.count
            }
            if !global.quiet { print("published \(count) files to \(folder.path)") }
        }
    }
}

/// Prints `text` as it is, or writes it to `path` whole.
func emit(_ text: String, to path: String?) throws {
    guard let path else {
        print(text, terminator: "")
        return
    }
    try reporting { try OutputFile.write(text, to: path) }
}
