import ArgumentParser
import Core
import Foundation
import Harvest
import Ledger
import TrackerKit

@main
struct Tracker: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "tracker",
        abstract: "Holds governments to their words on human rights: pledges, deeds, links and scores.",
        discussion: """
            The ledger of pledges lives in Commitments/ (YAML), source definitions and the offline \
            snapshot in Scrapers/. Deeds are read from official parliamentary documents and stored in \
            an SQLite database (default: WORKSPACE/.tracker/ledger.sqlite). Options follow the \
            subcommand: tracker scorecard --workspace DIR.
            """,
        subcommands: [
            Update.self, Ingest.self, Rebuild.self, Validate.self, Pledges.self, Standards.self, Deeds.self, Links.self,
            ReviewCommand.self, Scorecard.self, Explain.self, Timeline.self, Diff.self, Runs.self, Feed.self,
            Letter.self, AnnualReport.self, Publish.self, Serve.self,
        ]
    )

    /// Parses and runs, first catching a mistyped subcommand so it can be named with a suggestion.
    static func main() async {
        let arguments = Array(CommandLine.arguments.dropFirst())
        let names = configuration.subcommands.map { $0._commandName }
        // Options before the command (`tracker --workspace DIR pledges`) are the root's, which has none: say how to
        // write them, after everything else (options may follow a subcommand's arguments), the values of the
        // options that take one not mistaken for the command.
        if let first = arguments.first, first.hasPrefix("--"), !["--help", "--version"].contains(first) {
            var index = 0
            while index < arguments.count, arguments[index].hasPrefix("-") {
                index += ["--workspace", "--db"].contains(arguments[index]) ? 2 : 1
            }
            if index < arguments.count, names.contains(arguments[index]) {
                let written = arguments[index...] + arguments[..<index]
                printError("error: options follow the command; expected tracker \(written.joined(separator: " "))")
                Foundation.exit(ExitCode.validationFailure.rawValue)
            }
        }
        if let first = arguments.first, !first.hasPrefix("-"), first != "help" {
            if !names.contains(first) {
                var message = "error: unknown command '\(first)'"
                if let close = closestMatch(to: first, in: names) { message += "; did you mean '\(close)'?" }
                printError(message + "\nthe commands are: \(names.joined(separator: ", ")) (tracker --help)")
                Foundation.exit(ExitCode.validationFailure.rawValue)
            }
        }
        do {
            var command = try parseAsRoot(arguments)
            if var command = command as? AsyncParsableCommand {
                try await command.run()
            } else {
                try command.run()
            }
        } catch {
            exit(withError: error)
        }
    }
}

/// Options every command takes, after the command's name.
struct GlobalOptions: ParsableArguments {
    @Option(name: .long, help: "The folder holding Commitments/ and Scrapers/ (default: current directory).")
    var workspace: String?

    @Option(name: .long, help: "The SQLite database (default: WORKSPACE/.tracker/ledger.sqlite).")
    var db: String?

    @Flag(name: .long, help: "Print only errors.")
    var quiet = false

    @Flag(name: .long, help: "Print more detail.")
    var verbose = false

    var resolved: Workspace {
        Workspace(root: workspace.map { URL(fileURLWithPath: $0) }, database: db)
    }
}

/// Writes to standard error.
func printError(_ message: String) {
    FileHandle.standardError.write(Data((message + "\n").utf8))
}

/// Runs `body`, turning tracker's own errors into readable messages and exit code 1.
func reporting<T>(_ body: () throws -> T) throws -> T {
    defer { printNotices() }
    do {
        return try body()
    } catch {
        throw reported(error)
    }
}

/// `reporting` for async work.
func reporting<T>(_ body: () async throws -> T) async throws -> T {
    defer { printNotices() }
    do {
        return try await body()
    } catch {
        throw reported(error)
    }
}

/// What the library noticed while it read (stale links), on standard error.
func printNotices() {
    for notice in Notices.drain() { printError(notice) }
}

/// Prints an error the way tracker reports errors and returns the exit code to throw.
func reported(_ error: any Error) -> any Error {
    switch error {
    case let error as ExitCode:
        return error
    case let error as LedgerInvalid:
        printError(error.errorDescription ?? "the ledger is invalid")
    case let error as SourcesInvalid:
        printError(error.errorDescription ?? "the source definitions are invalid")
    case let error as LocalizedError:
        printError("error: \(error.errorDescription ?? "\(error)")")
    default:
        printError("error: \(error)")
    }
    return ExitCode(1)
}
