import ArgumentParser
import Core
import Foundation
import Harvest
import TrackerKit

extension Tracker {
    struct Update: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Fetch, parse, link and score: bring the database up to date.",
            discussion: """
                Without options every source in Scrapers/ is harvested over the network, each from where \
                the previous run stopped. --offline ingests the bundled snapshot in Scrapers/mirror/ instead.
                """)

        @OptionGroup var global: GlobalOptions

        @Flag(name: .long, help: "Use the bundled offline snapshot in Scrapers/mirror/ instead of the network.")
        var offline = false

        @Option(name: .long, help: "Use the documents in this folder instead of the network.")
        var mirror: String?

        @Option(name: .customLong("source"), help: "Harvest only this source (repeatable; default: all in Scrapers/).")
        var sources: [String] = []

        @Option(
            name: .customLong("endpoint"),
            help: "Point a source at another base URL: NAME=URL (repeatable; mirrors, tests).")
        var endpoints: [SourceEndpoint] = []
        @Option(help: "Score the recorded run as of this day (YYYY-MM-DD; default today).") var asOf: Day?
        @Flag(
            help:
                "Store a document or page even when it gives fewer deeds, or less of one, than its stored version (by default refused as probably cut off, and kept aside)."
        )
        var acceptLoss = false

        func validate() throws {
            if offline || mirror != nil, !sources.isEmpty || !endpoints.isEmpty {
                throw ValidationError(
                    "--source and --endpoint apply to network harvesting; leave them out with --offline or --mirror")
            }
            try checkRunDay(asOf)
        }

        func run() async throws {
            let pipeline = Pipeline(workspace: global.resolved, asOf: asOf ?? .today(), acceptingLoss: acceptLoss)
            let summary: RunSummary
            if offline || mirror != nil {
                summary = try reporting {
                    try pipeline.updateOffline(mirror: mirror.map { URL(fileURLWithPath: $0) })
                }
            } else {
                let display = ProgressLine(enabled: !global.quiet && isatty(STDERR_FILENO) != 0)
                summary = try await reporting {
                    try await pipeline.update(
                        sources: sources, endpoints: endpoints, progress: display.show)
                }
                display.finish()
            }
            report(summary, quiet: global.quiet, verbose: global.verbose)
            if summary.hasErrors { throw ExitCode(1) }
        }
    }

    struct Rebuild: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract:
                "Re-derive every deed from the raw sources kept in the database, without the network, then link every deed again."
        )

        @OptionGroup var global: GlobalOptions
        @Option(help: "Score the recorded run as of this day (YYYY-MM-DD; default today).") var asOf: Day?

        func validate() throws { try checkRunDay(asOf) }

        func run() throws {
            let (result, summary) = try reporting {
                try Pipeline(workspace: global.resolved, asOf: asOf ?? .today()).rebuild()
            }
            reportWarnings(summary, quiet: global.quiet)
            for failure in result.failures { printError("error: \(failure)") }
            if !global.quiet {
                print(
                    "rebuilt from \(result.documents) documents and \(result.entities) SyncFeed entities; \(result.changedDeeds.count) deeds changed"
                )
                if let run = summary.run { print(run.line) }
                print("database: \(summary.counts); \(summary.linking.pledges) pledges linked")
            }
            if !result.failures.isEmpty { throw ExitCode(1) }
        }
    }

    struct Ingest: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Add local documents (format detected from content), then re-link.",
            discussion: "Reads officielebekendmakingen Kamerstuk XML and Tweede Kamer VLOS reports.")

        @OptionGroup var global: GlobalOptions

        @Argument(help: "XML files to ingest.")
        var files: [String]
        @Option(help: "Score the recorded run as of this day (YYYY-MM-DD; default today).") var asOf: Day?
        @Flag(
            help:
                "Store a document or page even when it gives fewer deeds, or less of one, than its stored version (by default refused as probably cut off, and kept aside)."
        )
        var acceptLoss = false

        func validate() throws { try checkRunDay(asOf) }

        func run() throws {
            let summary = try reporting {
                try Pipeline(workspace: global.resolved, asOf: asOf ?? .today(), acceptingLoss: acceptLoss).ingest(
                    files: files.map { URL(fileURLWithPath: $0) })
            }
            report(summary, quiet: global.quiet, verbose: global.verbose)
            if summary.hasErrors { throw ExitCode(1) }
        }
    }
}

/// A recorded run is kept for good and compared by `diff`: its day must have come (a mistyped year, 2099, would
/// record scores of a day no deed has reached).
func checkRunDay(_ asOf: Day?) throws {
    if let asOf, asOf > Day.today() {
        throw ValidationError("--as-of \(asOf) is after today; a recorded run scores as of a day that has come")
    }
}

/// One line per document or source, then the totals; errors go to standard error.
func report(_ summary: RunSummary, quiet: Bool, verbose: Bool = false) {
    reportWarnings(summary, quiet: quiet)
    if !quiet, let rederived = summary.rederived {
        // After an upgrade: the documents below may say "unchanged" while their deeds were read again first.
        print(
            "re-read: every kept document, by this tracker's readers (the database's deeds were read by older ones); \(rederived) deed\(rederived == 1 ? "" : "s") changed"
        )
    }
    for source in summary.sources {
        for error in source.errors { printError("error: \(error)") }
        if !quiet { print(source.line) }
        if verbose {
            for (ids, label) in [(source.added, "new"), (source.changed, "changed"), (source.removed, "removed")] {
                for id in ids.listed { print("  \(label): \(id)") }
                if ids.count > ids.listed.count { print("  … and \(ids.count - ids.listed.count) more \(label)") }
            }
        }
    }
    for document in summary.documents {
        if let error = document.error {
            printError("rejected: \(error)")
        } else if !quiet {
            let change = document.change?.rawValue ?? "?"
            print(
                "\(change): \(document.name) (\(document.format?.rawValue ?? "?"), \(document.deeds) deeds, \(document.changedDeeds.count) changed)"
            )
        }
    }
    if verbose { print(summary.linking.line) }
    if !quiet, let run = summary.run { print(run.line) }
    if !quiet {
        let linkedPledges = summary.linking.pledges
        if summary.sources.isEmpty {
            print(
                "\(summary.documents.count - summary.failures.count) of \(summary.documents.count) documents read; database: \(summary.counts); \(linkedPledges) pledges linked"
            )
        } else {
            print("database: \(summary.counts); \(linkedPledges) pledges linked")
        }
    }
}

/// A single self-overwriting status line on a terminal's standard error; silent otherwise.
final class ProgressLine: @unchecked Sendable {
    // @unchecked: `lock` guards the width of the last line.
    private let enabled: Bool
    private let lock = NSLock()
    private var width = 0

    init(enabled: Bool) {
        self.enabled = enabled
    }

    func show(_ text: String) {
        guard enabled else { return }
        lock.withLock {
            // One column short of the terminal's width, so the line never wraps and \r returns to its start.
            var size = winsize()
            let columns = ioctl(STDERR_FILENO, UInt(TIOCGWINSZ), &size) == 0 && size.ws_col > 1 ? Int(size.ws_col) : 80
            let line = String(text.prefix(columns - 1))
            FileHandle.standardError.write(
                Data(("\r" + line + String(repeating: " ", count: max(0, width - line.count))).utf8))
            width = line.count
        }
    }

    func finish() {
        guard enabled else { return }
        lock.withLock {
            if width > 0 {
                FileHandle.standardError.write(Data(("\r" + String(repeating: " ", count: width) + "\r").utf8))
            }
            width = 0
        }
    }
}

/// The ledger's and sources' warnings, as `tracker validate` gives them, before what the command did.
func reportWarnings(_ summary: RunSummary, quiet: Bool) {
    guard !quiet else { return }
    for warning in summary.warnings { printError(warning.description) }
}
