import ArgumentParser
import Core
import Foundation
import Logging
import Serving
import Synchronization
import TrackerKit

extension Tracker {
    struct Serve: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Serve the published folder over HTTP, read-only: letters, feeds and the scorecard.",
            discussion: """
                The same files as tracker publish writes (index.html, the letters and annual reports, feed.json and a feed per theme, \
                scorecard.html, .json and .csv), made again on the first request after the database, Commitments/ \
                (reviews included) or Templates/ changed, so a new update or tracker review shows at the next \
                reload (a file of Commitments/ edited by hand changes the links at the next tracker update). The \
                database is opened read-only and only GET and HEAD are answered. It listens on 127.0.0.1 (this \
                machine only) unless --host says otherwise; --port 0 takes a free port. The address is printed once \
                the server listens; Ctrl-C stops it. When the site cannot be made (an invalid ledger while you edit \
                it), pages answer 500 with the error and the terminal shows it; the next request after a fix serves \
                again.
                """)

        @OptionGroup var global: GlobalOptions
        @Option(help: "The address to listen on (127.0.0.1: this machine only).") var host = "127.0.0.1"
        @Option(help: "The port to listen on (0: a free port, printed).") var port = 8080
        @Option(help: "Scores, deeds and events up to this date (YYYY-MM-DD; default: today, each day anew).")
        var asOf: Day?
        @Option(help: "Letters and feeds report what happened from this date on (YYYY-MM-DD; default: all).")
        var since: Day?

        func validate() throws {
            guard (0...65535).contains(port) else {
                throw ValidationError("--port \(port) is not a port; expected 0 to 65535 (0: a free one)")
            }
            if let since, let asOf, since > asOf {
                throw ValidationError("--since \(since) is after --as-of \(asOf); expected a day on or before it")
            }
        }

        func run() async throws {
            let workspace = global.resolved
            let verbose = global.verbose
            // Each notice once: the site is made again at every change, and what the notice says stays true.
            let said = Mutex<Set<String>>([])
            let site = Site(workspace: workspace, asOf: asOf, since: since) { event in
                // Stale links, reviews of deeds the database lacks, found while the pages were made.
                for notice in Notices.drain() where said.withLock({ $0.insert(notice).inserted }) {
                    printError(notice)
                }
                switch event {
                case .made(let files, let day, let mended):
                    if mended {
                        printError("the site can be made again: \(files) files as of \(day)")
                    } else if verbose {
                        printError("made the site: \(files) files as of \(day)")
                    }
                case .failed(let problem):
                    printError("error: the site cannot be made; pages answer 500 until this is mended:\n\(problem)")
                }
            }
            // Made once before listening: a workspace that cannot be served stops here, with the error and exit 1.
            if let problem = await site.problem() {
                printError("error: \(problem)")
                throw ExitCode(1)
            }
            var logger = Logger(label: "tracker.serve") { StreamLogHandler.standardError(label: $0) }
            logger.logLevel = verbose ? .info : .warning
            let quiet = global.quiet
            do {
                try await SiteServer.run(site: site, host: host, port: port, logger: logger) { host, port in
                    if !["127.0.0.1", "::1", "localhost"].contains(host) {
                        printError(
                            "note: listening on \(host): whoever can reach this machine on port \(port) can read the site"
                        )
                    }
                    guard !quiet else { return }
                    let shown = host.contains(":") ? "[\(host)]" : host
                    let line = "serving \(workspace.root.path) at http://\(shown):\(port)/ (read-only; Ctrl-C stops)\n"
                    FileHandle.standardOutput.write(Data(line.utf8))
                }
            } catch {
                printError("error: cannot serve on \(host):\(port): \(SiteServer.describe(error))")
                throw ExitCode(1)
            }
        }
    }
}
