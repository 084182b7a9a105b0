import ArgumentParser
import Foundation
import TrackerKit

extension Tracker {
    struct Update: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Fetch, parse, link and score: bring the database up to date.")

        @OptionGroup var global: GlobalOptions

        @Flag(name: .long, help: "Use the bundled offline snapshot in Scrapers/mirror/ instead of the network.")
        var offline = false

        @Option(name: .long, help: "Use the documents in this folder instead of the network.")
        var mirror: String?

        func run() throws {
            guard offline || mirror != nil else {
                printError("error: live harvesting is not available in this version; use --offline or --mirror DIR")
                throw ExitCode(2)
            }
            let summary = try reporting {
                try Pipeline(workspace: global.resolved).updateOffline(mirror: mirror.map { URL(fileURLWithPath: $0) })
            }
            report(summary, quiet: global.quiet)
            if !summary.failures.isEmpty { throw ExitCode(1) }
        }
    }

    struct Ingest: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Add local documents (format detected from content), then re-link.",
            discussion: "Reads officielebekendmakingen Kamerstuk XML and Tweede Kamer VLOS reports.")

        @OptionGroup var global: GlobalOptions

        @Argument(help: "XML files to ingest.")
        var files: [String]

        func run() throws {
            let summary = try reporting {
                try Pipeline(workspace: global.resolved).ingest(files: files.map { URL(fileURLWithPath: $0) })
            }
            report(summary, quiet: global.quiet)
            if !summary.failures.isEmpty { throw ExitCode(1) }
        }
    }
}

/// One line per document, then the totals; errors go to standard error.
func report(_ summary: RunSummary, quiet: Bool) {
    for document in summary.documents {
        if let error = document.error {
            printError("rejected: \(error)")
        } else if !quiet {
            let change = document.change?.rawValue ?? "?"
            print("\(change): \(document.name) (\(document.format?.rawValue ?? "?"), \(document.deeds) deeds, \(document.changedDeeds.count) changed)")
        }
    }
    if !quiet {
        let linkedPledges = Set(summary.links.map(\.pledge)).count
        print("\(summary.documents.count - summary.failures.count) of \(summary.documents.count) documents read; database: \(summary.counts); \(linkedPledges) pledges linked")
    }
}
