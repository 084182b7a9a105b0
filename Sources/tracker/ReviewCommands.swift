import ArgumentParser
import Core
import Foundation
import Ledger
import Publishing
import TrackerKit

extension Tracker {
    struct ReviewCommand: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "review",
            abstract:
                "Review links: the queue of unreviewed links, or confirm, reject or mark decisive one (Commitments/reviews/).",
            discussion: """
                `tracker review` (that is, `review queue`) walks through the queue on a terminal (confirm, reject, \
                skip, set the stance or a note, mark the deed decisive, stop) and prints it otherwise; `review list` \
                always prints it. \
                Decisions are appended to Commitments/reviews/<pledge>.yaml, then every deed is linked again.
                """,
            subcommands: [Queue.self, List.self, Confirm.self, Reject.self, Stance.self, Decisive.self],
            defaultSubcommand: Queue.self)
    }

    /// Which links the queue holds, and how many to show.
    struct QueueOptions: ParsableArguments {
        @Option(help: "Only links at or above this confidence (0–1).")
        var minConfidence = 0.5

        @Option(help: "Only links to this pledge.")
        var pledge: String?

        @Option(help: "Only links to pledges on this theme.")
        var theme: String?

        @Option(
            help:
                "Only links to deeds with a moment (submitted, voted, a bill's step) on this day or later (YYYY-MM-DD), as a letter's --since reports them."
        )
        var since: Day?

        @Option(help: "Show at most this many links (`list` default: 20; the walk: all).")
        var limit: Int?

        func validate() throws {
            guard (0...1).contains(minConfidence) else {
                throw ValidationError("--min-confidence must be between 0 and 1, e.g. 0.5")
            }
            if let limit, limit < 1 { throw ValidationError("--limit must be at least 1") }
        }
    }
}

extension Tracker.ReviewCommand {
    struct Queue: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Walk through the queue on a terminal (or with --interactive); print it otherwise.")

        @OptionGroup var global: GlobalOptions
        @OptionGroup var queue: Tracker.QueueOptions

        @Flag(help: "Walk through the queue, also when standard input is not a terminal.")
        var interactive = false

        @Option(help: "Who decides (default: $TRACKER_ANALYST, else the login name).")
        var by: String?

        func run() throws {
            guard interactive || (isatty(STDIN_FILENO) != 0 && isatty(STDOUT_FILENO) != 0) else {
                return try printQueue(global: global, queue: queue)
            }
            let analyst = try analyst(by)
            let reviewing = try reporting { try Reviewing(workspace: global.resolved) }
            let items = try reporting {
                try reviewing.queue(
                    minConfidence: queue.minConfidence, pledge: queue.pledge, theme: queue.theme, since: queue.since)
            }
            var walk = ReviewWalk(reviewing: reviewing, by: analyst, echo: isatty(STDIN_FILENO) == 0)
            // Decisions written before a failure still take effect: link again, then report the failure.
            var failure: (any Error)?
            do { try walk.run(Array(items.prefix(queue.limit ?? items.count))) } catch { failure = error }
            let count = walk.decisions.count
            if count == 0 {
                print("Geen beslissingen vastgelegd.")
            } else {
                let confirmed = walk.decisions.filter { $0.verdict == .confirmed }.count
                print(
                    "\(count) \(count == 1 ? "beslissing" : "beslissingen") vastgelegd in Commitments/reviews/ (\(confirmed) bevestigd, \(count - confirmed) verworpen)"
                )
                let report = try reporting {
                    do {
                        return try walk.reviewing.relink()
                    } catch {
                        printError(
                            "the decisions are recorded in Commitments/reviews/, but linking again failed; `tracker update` links with them (do not record them again)"
                        )
                        throw error
                    }
                }
                if !global.quiet { print(report.line) }
            }
            if let failure { throw reported(failure) }
        }
    }

    struct List: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Print the queue of unreviewed links, those that would change a score first.",
            discussion: """
                Links that can count (a deed dated on or after its pledge) come first, those of pledges with the \
                fewest evidence links (confidence at least 0.5) before others, since deciding one of them is what \
                moves a pledge's status; then the strongest links. Links to deeds from before their pledge (its prior \
                record, never counted) come last.
                """)

        @OptionGroup var global: GlobalOptions
        @OptionGroup var queue: Tracker.QueueOptions

        func run() throws {
            try printQueue(global: global, queue: queue)
        }
    }

    struct Confirm: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Confirm that a deed bears on a pledge: the link counts as evidence whatever its confidence.",
            aliases: ["accept"])

        @OptionGroup var global: GlobalOptions
        @OptionGroup var decision: DecisionOptions
        @Option(help: "The analyst's stance: supports (steunt), opposes (werkt-tegen) or mentions (noemt).")
        var stance: Link.Stance?
        @Flag(help: "Take away a decisive mark the link has (without it, the mark stays: review decisive set it).")
        var notDecisive = false

        func run() throws {
            try decision.record(.confirmed, stance: stance, removingMark: notDecisive, global: global)
        }
    }

    struct Reject: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Reject a link: the deed does not bear on the pledge, and the link never comes back.")

        @OptionGroup var global: GlobalOptions
        @OptionGroup var decision: DecisionOptions
        // Not in the help (a rejected link has no stance), but said so when given.
        @Option(help: ArgumentHelp(visibility: .hidden)) var stance: Link.Stance?

        func validate() throws {
            if stance != nil {
                throw ValidationError("--stance goes with confirm; a rejected link has no stance")
            }
        }

        func run() throws {
            try decision.record(.rejected, global: global)
        }
    }

    struct Stance: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Set how a deed bears on a pledge: confirms the link with that stance.",
            discussion: """
                tracker review stance PLEDGE DEED supports is tracker review confirm PLEDGE DEED --stance supports: \
                the analyst's stance is a confirmation that the deed bears on the pledge, and it wins over the one \
                tracker read. A later decision on the same link (by its --on day, then the one appended last) \
                replaces an earlier one.
                """)

        @OptionGroup var global: GlobalOptions
        @Argument(help: "The pledge's id.") var pledge: String
        @Argument(help: "The deed's id, e.g. kst-30950-440.") var deed: String
        @Argument(help: "supports (steunt), opposes (werkt-tegen) or mentions (noemt).") var stance: Link.Stance
        @Option(help: "Why, in a sentence.") var note: String?
        @Option(help: "Who decides (default: $TRACKER_ANALYST, else the login name).") var by: String?
        @Option(help: "The day of the decision (YYYY-MM-DD; default today).") var on: Day?
        @Flag(help: "Take away a decisive mark the link has (without it, the mark stays: review decisive set it).")
        var notDecisive = false

        func run() throws {
            try recordDecision(
                pledge: pledge, deed: deed, verdict: .confirmed, stance: stance, note: note, by: by, on: on,
                removingMark: notDecisive, global: global)
        }
    }

    struct Decisive: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract:
                "Mark a deed decisive: it decides the pledge kept, partly kept or broken (and the link is confirmed).",
            discussion: """
                tracker review decisive PLEDGE DEED kept confirms the link and records that this deed decides the \
                pledge's status, as a rule of the rubric decides it at the milestone of a pledge's kept_by; broken \
                takes --reason. The decision counts from the deed's day (a bill's: its latest step on or before the \
                review's day), and a later deed's decision still overtakes it; an analyst's verdict on the whole \
                pledge overrides both. A later review confirm or review stance of the link keeps the mark (and \
                says so); review confirm --not-decisive or review reject takes it away.
                """)

        @OptionGroup var global: GlobalOptions
        @OptionGroup var decision: DecisionOptions
        @Argument(help: "What the deed decides: kept (gehouden), partial (deels) or broken (gebroken).")
        var status: DecisiveStatus
        @Option(help: "The analyst's stance: supports (steunt), opposes (werkt-tegen) or mentions (noemt).")
        var stance: Link.Stance?
        @Option(help: "Why it is broken (required with broken): no-majority, reversed, blocked-by-court or dropped.")
        var reason: BrokenReason?

        func validate() throws {
            if status == .broken, reason == nil {
                throw ValidationError(
                    "broken needs --reason: one of \(BrokenReason.allValueStrings.joined(separator: ", "))")
            }
            if status != .broken, reason != nil {
                throw ValidationError("--reason goes with broken; \(status.rawValue) has none")
            }
        }

        func run() throws {
            let decides: Rubric.Decision =
                switch status {
                case .kept: .kept
                case .partial: .partial
                case .broken: .broken(reason!)
                }
            try decision.record(.confirmed, stance: stance, decides: decides, global: global)
        }
    }

    /// The link decided and what the analyst says about it.
    struct DecisionOptions: ParsableArguments {
        @Argument(help: "The pledge's id.")
        var pledge: String

        @Argument(help: "The deed's id, e.g. kst-30950-440.")
        var deed: String

        @Option(help: "Why, in a sentence.")
        var note: String?

        @Option(help: "Who decides (default: $TRACKER_ANALYST, else the login name).")
        var by: String?

        @Option(help: "The day of the decision (YYYY-MM-DD; default today).")
        var on: Day?

        func validate() throws {
            // A decision dated ahead would overrule every decision on the link until that day.
            if let on, on > Day.today() {
                throw ValidationError("--on \(on) is after today; expected the day of the decision")
            }
        }

        func record(
            _ verdict: Review.Verdict, stance: Link.Stance? = nil, decides: Rubric.Decision? = nil,
            removingMark: Bool = false, global: GlobalOptions
        ) throws {
            try recordDecision(
                pledge: pledge, deed: deed, verdict: verdict, stance: stance, decides: decides, note: note, by: by,
                on: on, removingMark: removingMark, global: global)
        }
    }
}

/// Appends an analyst's decision on a link to `Commitments/reviews/` and links every deed again.
func recordDecision(
    pledge: String, deed: String, verdict: Review.Verdict, stance: Link.Stance?, decides: Rubric.Decision? = nil,
    note: String?, by: String?, on: Day?, removingMark: Bool = false, global: GlobalOptions
) throws {
    let decision = ReviewDecision(
        pledge: pledge, deed: deed, verdict: verdict, stance: stance, decides: decides, note: note,
        by: try analyst(by), on: on ?? Day.today())
    var reviewing = try reporting { try Reviewing(workspace: global.resolved) }
    let recorded = try reporting { try reviewing.record(decision, removingMark: removingMark) }
    let stance = recorded.decision.stance.map { " (houding: \($0.dutch))" } ?? ""
    let decisive = recorded.decision.decides.map { ", doorslaggevend: \(Dutch.decision($0))" } ?? ""
    guard recorded.written else {
        // The same decision stands already: nothing written, nothing to link again.
        print("al vastgelegd: \(verdict.dutch): \(pledge) ← \(deed)\(stance)\(decisive), in \(recorded.file)")
        for warning in recorded.warnings { printError("let op: \(warning)") }
        return
    }
    print("\(verdict.dutch): \(pledge) ← \(deed)\(stance)\(decisive), vastgelegd in \(recorded.file)")
    for warning in recorded.warnings { printError("let op: \(warning)") }
    let report = try reporting {
        do {
            return try reviewing.relink()
        } catch {
            // The decision is in the file: recording it again would add a second record.
            printError(
                "the decision is recorded in \(recorded.file), but linking again failed; `tracker update` links with it (do not record it again)"
            )
            throw error
        }
    }
    if !global.quiet { print(report.line) }
}

/// The analyst named by `--by`, `$TRACKER_ANALYST` or the login name (`$USER`, `$LOGNAME`, else the account's).
func analyst(_ by: String?) throws -> String {
    let environment = ProcessInfo.processInfo.environment
    let account = getpwuid(getuid()).flatMap { $0.pointee.pw_name.map { String(cString: $0) } }
    for name in [by, environment["TRACKER_ANALYST"], environment["USER"], environment["LOGNAME"], account] {
        if let name = name?.trimmingCharacters(in: .whitespaces), !name.isEmpty { return name }
    }
    printError("error: who decides? expected --by NAME (or TRACKER_ANALYST in the environment)")
    throw ExitCode(64)
}

/// Prints the review queue in Dutch.
func printQueue(global: GlobalOptions, queue: Tracker.QueueOptions) throws {
    let items = try reporting { () throws -> [ReviewItem] in
        try Reviewing(workspace: global.resolved).queue(
            minConfidence: queue.minConfidence, pledge: queue.pledge, theme: queue.theme, since: queue.since)
    }
    let line = Dutch.decimal(queue.minConfidence)
    guard !items.isEmpty else {
        print("Niets te beoordelen: geen onbeoordeelde koppelingen met zekerheid ≥ \(line).")
        return
    }
    let shown = items.prefix(queue.limit ?? 20)
    let wrap = TextWrap(width: Terminal.width)
    print(
        wrap.wrap(
            "Te beoordelen: \(items.count) \(items.count == 1 ? "koppeling" : "koppelingen") met zekerheid ≥ \(line); eerst wat kan meetellen, bij beloften met het minste bewijs, dan de sterkste koppelingen; daden van vóór hun belofte als laatste."
        ))
    print(
        wrap.wrap(
            "Beslis met: tracker review confirm|reject BELOFTE DAAD [--stance …] [--note …], of tracker review --interactive."
        ))
    for (index, item) in shown.enumerated() {
        print("")
        print(
            ReviewText(
                link: item.link, pledge: item.pledge, deed: item.deed, pledgeEvidence: item.pledgeEvidence,
                counts: item.counts
            )
            .render(number: index + 1, width: Terminal.width))
    }
    if items.count > shown.count {
        print("")
        print("… en \(items.count - shown.count) meer (--limit)")
    }
}
