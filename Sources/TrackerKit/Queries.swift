import Core
import Deeds
import Foundation
import Ledger
import Store

/// What a list command asks for (`--pledge`, `--theme`), checked against the ledger: a name it does not
/// know is an error with a suggestion, never an empty list.
package struct Selection: Sendable {
    package var pledge: String?
    package var theme: String?

    /// - Throws: `RequestError` for a pledge or theme the ledger does not have.
    package init(pledge: String?, theme: String?, in ledger: Ledger) throws {
        if let pledge, ledger.pledge(pledge) == nil {
            throw RequestError(
                Self.unknown("pledge", pledge, among: ledger.pledges.map(\.id), listedBy: "tracker pledges"))
        }
        if let theme, ledger.theme(theme) == nil {
            throw RequestError(Self.unknown("theme", theme, among: ledger.themes.map(\.id), listedBy: nil))
        }
        self.pledge = pledge
        self.theme = theme
    }

    /// True when neither a pledge nor a theme was asked for.
    package var isEmpty: Bool { pledge == nil && theme == nil }

    package func includes(_ pledge: Pledge) -> Bool {
        (self.pledge.map { pledge.id == $0 } ?? true) && (theme.map { pledge.themes.contains($0) } ?? true)
    }

    /// The ids of the selected pledges of `ledger`.
    package func pledgeIDs(of ledger: Ledger) -> Set<String> {
        Set(ledger.pledges.filter(includes).map(\.id))
    }

    private static func unknown(_ kind: String, _ name: String, among known: [String], listedBy command: String?)
        -> String
    {
        var message = "unknown \(kind) '\(name)'"
        let close = closestMatch(to: name, in: known)
        if let command {
            if let close { message += "; did you mean '\(close)'?" }
            message += " (`\(command)` lists them)"
        } else {
            if let close { message += " (did you mean '\(close)'?)" }
            message += "; the \(kind)s are: \(known.joined(separator: ", "))"
        }
        return message
    }
}

/// The read commands as library functions: they never create a database.
package enum Queries {
    /// The deeds in the database, newest first; with a selection, only those linked to its pledges.
    ///
    /// A commitment the Kamer registered stands for the same commitment as spoken in the debate
    /// (`CommitmentMatch`): the spoken one is not listed beside it.
    package static func deeds(_ workspace: Workspace, pledge: String?, theme: String?) throws -> [Deed] {
        let store = try workspace.openExistingStore()
        guard pledge != nil || theme != nil else { return CommitmentMatch.preferringRecorded(try store.deeds()).deeds }
        let ledger = try workspace.loadLedger()
        let selection = try Selection(pledge: pledge, theme: theme, in: ledger)
        return CommitmentMatch.preferringRecorded(try store.deeds(linkedTo: selection.pledgeIDs(of: ledger))).deeds
    }

    /// The links to the selected pledges, strongest first.
    /// The links to the selected pledges, with the deeds they point at (for the outcome and the cabinet's advice).
    package static func links(
        _ workspace: Workspace, pledge: String?, theme: String?, minConfidence: Double = 0
    ) throws -> (Ledger, [Link], [String: Deed]) {
        let ledger = try workspace.loadLedger()
        for problem in ledger.reviewWarnings { Notices.post(problem.description) }
        let selection = try Selection(pledge: pledge, theme: theme, in: ledger)
        let wanted = selection.pledgeIDs(of: ledger)
        let store = try workspace.openExistingStore()
        ScoringContext.noticeStaleness(ledger: ledger, store: store)
        let links = try store.links(pledge: pledge).filter {
            wanted.contains($0.pledge) && ($0.confidence >= minConfidence || $0.method == .review)
        }
        // Only the deeds the links name (all deeds of the linked pledges were read before: 5,500 of the corpus for
        // a list of twenty).
        return (ledger, links, try store.deeds(ids: Set(links.map(\.deed)).sorted()))
    }
}
