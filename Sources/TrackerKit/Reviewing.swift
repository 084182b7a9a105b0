import Core
import Deeds
import Foundation
import Ledger
import Linking
import Publishing
import Scoring
import Store

/// `tracker review` as library functions: the queue, recording decisions in `Commitments/reviews/`, and
/// relinking so the decisions take effect.
package struct Reviewing: Sendable {
    package let workspace: Workspace
    /// The ledger as it was when the session started, or after the last `relink`.
    package private(set) var ledger: Ledger
    package let store: Store

    /// Checks the workspace (an invalid ledger stops here) and opens the existing database.
    package init(workspace: Workspace) throws {
        self.workspace = workspace
        (ledger, _, _) = try Validation.require(workspace)
        store = try workspace.openExistingStore()
        // Decisions a merge kept twice, or a merge tool's copy, decide links the analysts did not choose.
        for problem in ledger.reviewWarnings { Notices.post(problem.description) }
    }

    /// The links waiting for a decision (`ReviewQueue`).
    package func queue(minConfidence: Double, pledge: String? = nil, theme: String? = nil, since: Day? = nil) throws
        -> [ReviewItem]
    {
        let selection = try Selection(pledge: pledge, theme: theme, in: ledger)
        ScoringContext.noticeStaleness(ledger: ledger, store: store)
        return try ReviewQueue.items(
            ledger: ledger, store: store, minConfidence: minConfidence, selection: selection, since: since)
    }

    /// Appends `decision` to its pledge's file; nothing is written for an unknown pledge or deed, and a file
    /// the record cannot be appended to is left as it was.
    ///
    /// A confirmation that says nothing of the stance keeps the one an analyst gave the link before (marking a
    /// deed decisive is about the pledge's status, not a new reading of the deed). A confirmation that says nothing
    /// of the status keeps the link's decisive mark the same way (a new stance or note is no new judgement of the
    /// pledge's status), unless `removingMark` asks to take it away; a rejection always takes it away, and says so.
    ///
    /// - Returns: the file's path relative to the workspace, the decision as recorded, and warnings: a review of
    ///   the same link dated later overrules it, a deed marked decisive decides nothing, a decisive mark is kept or
    ///   taken away.
    @discardableResult
    package func record(_ asked: ReviewDecision, removingMark: Bool = false) throws -> (
        file: String, decision: ReviewDecision, warnings: [String], written: Bool
    ) {
        var decision = asked
        var markWarning: String?
        if let earlier = ledger.reviews.decision(pledge: decision.pledge, deed: decision.deed),
            earlier.verdict == .confirmed
        {
            if decision.verdict == .confirmed, decision.stance == nil { decision.stance = earlier.stance }
            if let mark = earlier.decides, asked.decides == nil {
                // Whose the mark is: the analyst who marked it, not one who confirmed the link since.
                let marked = ledger.reviews.marking(pledge: decision.pledge, deed: decision.deed) ?? earlier
                let whose = "het doorslaggevende oordeel van \(marked.by) van \(marked.on)"
                let was = "(was: \(Dutch.decision(mark)); \(marked.location.file):\(marked.location.line))"
                if decision.verdict == .rejected {
                    markWarning = "deze verwerping neemt \(whose) \(was) weg"
                } else if removingMark {
                    markWarning = "deze bevestiging neemt \(whose) \(was) weg"
                } else {
                    decision.decides = mark
                    markWarning =
                        "\(whose) (\(marked.location.file):\(marked.location.line)) blijft staan en is in deze beslissing overgenomen; --not-decisive neemt het weg"
                }
            }
        }
        _ = try Selection(pledge: decision.pledge, theme: nil, in: ledger)
        // A decision is recorded and then linked: an account that may not write the database would be left with a
        // review its links do not yet show.
        if store.readOnly {
            throw StoreError(
                path: store.path,
                reason: .failed(
                    "this account may not write it, and a decision is linked as it is recorded; expected a database file (and folder) it may write (nothing was recorded)"
                ))
        }
        // Links a newer tracker computed are not this one's to redo: recorded, the decision could not be linked.
        if let newer = LinkingRun.newerLinker(try store.linkState().fingerprint) {
            throw RequestError(
                "the database's links were computed by a newer tracker (linker \(newer), this tracker's is \(Linker.version)); use the newer tracker to record the decision (nothing was recorded)"
            )
        }
        if let pledge = ledger.pledge(decision.pledge),
            let mismatch = Review.levelMismatch(
                deed: decision.deed, pledge: pledge.id, municipality: pledge.municipality)
        {
            throw RequestError("a review cannot link across levels of government: " + mismatch)
        }
        if try store.existingDeeds(among: [decision.deed]).isEmpty {
            var message = "unknown deed '\(decision.deed)'"
            if let close = closestMatch(to: decision.deed, in: Array(try store.deedIDs())) {
                message += "; did you mean '\(close)'?"
            }
            throw RequestError(message + " (`tracker deeds` lists the deeds in the database)")
        }
        // The same decision again (an analyst confirming twice in a day, by the walk or by hand) adds nothing: a
        // second identical record would read as what a git merge left behind.
        if let current = ledger.reviews.decision(pledge: decision.pledge, deed: decision.deed),
            current.repeats(
                decision.verdict, stance: decision.stance, decides: decision.decides, note: decision.note,
                by: decision.by, on: decision.on)
        {
            return (
                current.location.file, decision,
                ["deze beslissing staat er al (\(current.location.file):\(current.location.line)); niets toegevoegd"],
                false
            )
        }
        let file = ReviewFile(workspace: workspace, pledge: decision.pledge)
        // The ledger as it reads with the record appended: checked here, and asked who decides the link.
        let appended = try file.withLock {
            let before = try file.append(decision)
            let (ledger, found) = LedgerLoader.validate(workspace: workspace.root)
            let problems = found.filter { $0.severity == .error && $0.location.file == file.path }
            if !problems.isEmpty {
                file.restore(before)
                throw RequestError(
                    "could not append the review to \(file.path), which is left as it was:\n"
                        + problems.map(\.description).joined(separator: "\n")
                        + "\nexpected a block list under 'reviews:' ('- pledge: …' items)")
            }
            return ledger
        }
        return (
            file.path, decision,
            [
                markWarning, overruled(decision, in: file.path, reviews: appended?.reviews),
                try decisiveWarning(decision),
            ]
            .compactMap { $0 },
            true
        )
    }

    /// Who overrules the decision just recorded, if a review of the same link decides it instead (one dated later:
    /// the latest decision holds), in Dutch for the terminal.
    private func overruled(_ decision: ReviewDecision, in path: String, reviews: Reviews?) -> String? {
        guard let holding = reviews?.decision(pledge: decision.pledge, deed: decision.deed),
            holding.location.file != path || holding.on != decision.on || holding.by != decision.by
                || holding.verdict != decision.verdict
        else { return nil }
        let verdict = holding.verdict == .confirmed ? "bevestiging" : "verwerping"
        let other =
            "de \(verdict) door \(holding.by) van \(holding.on) (\(holding.location.file):\(holding.location.line))"
        // The latest day decides; on the same day the record later in the reviews' order (file name, then line).
        if holding.on > decision.on {
            return
                "deze beslissing telt niet: \(other) is later gedateerd en gaat voor; pas die aan of verwijder haar als zij niet klopt, dan telt deze"
        }
        return
            "deze beslissing telt niet: \(other) is van dezelfde dag en staat later in de volgorde van de beoordelingen (bestandsnaam, dan regel), en gaat daarom voor; verwijder die als zij niet klopt (een bestand dat een merge achterliet: het hele bestand), dan telt deze"
    }

    /// Why a deed marked decisive decides nothing, if it does not, in Dutch for the terminal: it has no date, or none
    /// of its days falls within the pledge's time (before the pledge, after the end of its term). Nil when it can.
    private func decisiveWarning(_ decision: ReviewDecision) throws -> String? {
        guard decision.decides != nil, let pledge = ledger.pledge(decision.pledge),
            let deed = try store.deed(id: decision.deed)
        else { return nil }
        if deed.day == nil, deed.stages.allSatisfy({ $0.date == nil }) {
            return "\(deed.id) heeft geen datum, telt dus op geen enkel moment mee en beslist niets"
        }
        if !Scorer.canCount(deed, pledge: pledge, terms: ledger.rubric?.terms ?? []) {
            return
                "\(deed.id) valt buiten de tijd van \(pledge.id) (vóór de belofte van \(pledge.date) of na het einde van haar termijn) en beslist dus niets"
        }
        return nil
    }

    /// Reloads the ledger with the decisions recorded and links again: every deed, since the reviews changed.
    @discardableResult
    package mutating func relink() throws -> LinkingRun.Report {
        ledger = try workspace.loadLedger()
        let report = try LinkingRun(ledger: ledger, store: store).run()
        // The log is kept beside the database (`Store.checkpoint`): emptied here, the next command does not read
        // the relink's links from it again.
        try? store.checkpoint()
        return report
    }
}
