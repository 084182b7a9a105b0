import Core
import Deeds
import Foundation
import Ledger
import Publishing
import Scoring
import Store

/// The scorecard as of a day: both axes per pledge and per theme, and what the report needs beside them.
package struct Scorecard: Sendable {
    package var ledger: Ledger
    package var rubric: Rubric
    package var asOf: Day
    package var scores: [PledgeScore]
    package var themes: [ThemeScore]
    /// The deeds the scores and alerts name, by id.
    package var deeds: [String: Deed]
    /// How many deeds in the database count as of `asOf`.
    package var deedCount: Int
    /// The recorded run these scores are: the latest run with the same inputs and day, if any.
    package var run: RunDescription?
}

extension Scorecard {
    /// The scorecard of one theme (`scorecard --theme`, checked by the caller): the pledges on it and its own
    /// figures; all without one.
    func only(theme: String?) -> Scorecard {
        guard let theme else { return self }
        var card = self
        card.scores = scores.filter { $0.themes.contains(theme) }
        card.themes = themes.filter { $0.theme == theme }
        return card
    }
}

/// One pledge's score with every linked deed, for `tracker explain`.
package struct Explanation: Sendable {
    package var pledge: Pledge
    package var rubric: Rubric
    package var score: PledgeScore
    package var deeds: [String: Deed]
}

/// Two runs and the pledges that changed between them, for `tracker diff`.
package struct RunComparison: Sendable {
    package var from: RunDescription
    package var to: RunDescription
    package var changes: [ScoreChange]
    /// The deeds the changes name, by id (those still in the database).
    package var deeds: [String: Deed]
    /// The analysts' decisions as the ledger holds them now, to name who confirmed or rejected a link (none when
    /// the ledger cannot be read: diff compares recorded runs and does not need it).
    package var reviews = Reviews([])
}

/// The scoring commands as library functions; like every read command they never create a database.
package enum ScoreQueries {
    /// Every pledge and theme scored from the deeds that count as of `asOf`.
    /// - Parameter theme: only this theme's pledges and figures (`scorecard --theme`); an unknown one is refused
    ///   before anything is scored.
    package static func scorecard(_ workspace: Workspace, asOf: Day, theme: String? = nil) throws -> Scorecard {
        let context = try ScoringContext(workspace: workspace)
        _ = try Selection(pledge: nil, theme: theme, in: context.ledger)
        return try scorecard(context, evidence: try context.evidence(), asOf: asOf).only(theme: theme)
    }

    /// The scorecard from a context and its evidence already read.
    static func scorecard(_ context: ScoringContext, evidence: [Evidence], asOf: Day) throws -> Scorecard {
        let scores = context.scorer.scorecard(context.ledger, evidence: evidence, asOf: asOf)
        let links = try context.store.links()
        let alerts = try context.alerts(asOf: asOf, links: links)
        var deeds = Dictionary(evidence.map { ($0.deed.id, $0.deed) }, uniquingKeysWith: { first, _ in first })
        let alerted = Set(alerts.values.joined().map(\.deed)).filter { deeds[$0] == nil }
        deeds.merge(try context.store.deeds(ids: alerted.sorted()), uniquingKeysWith: { first, _ in first })
        return Scorecard(
            ledger: context.ledger, rubric: context.rubric, asOf: asOf, scores: scores,
            themes: ThemeScore.summaries(context.ledger, scores: scores, alerts: alerts), deeds: deeds,
            deedCount: try context.store.deedCount(countedAsOf: asOf),
            run: try matchingRun(context, asOf: asOf, scores: scores).map(RunDescription.init))
    }

    /// One pledge as of `asOf`, with every deed linked to it.
    package static func explain(_ workspace: Workspace, pledge id: String, asOf: Day) throws -> Explanation {
        let ledger = try workspace.loadLedger()
        _ = try Selection(pledge: id, theme: nil, in: ledger)
        let context = try ScoringContext(reading: ledger, store: try workspace.openExistingStore())
        let pledge = ledger.pledge(id)!
        let evidence = try context.evidence(pledge: id, all: true)
        return Explanation(
            pledge: pledge, rubric: context.rubric,
            score: context.scorer.score(pledge, evidence: evidence, asOf: asOf),
            deeds: Dictionary(evidence.map { ($0.deed.id, $0.deed) }, uniquingKeysWith: { first, _ in first }))
    }

    /// One pledge's score as of `asOf` and its monthly series up to then, with the ledger already loaded and the
    /// store open: the work of `explain` and `timeline --pledge` after start-up, and what `make bench` times.
    package static func pledge(_ id: String, ledger: Ledger, store: Store, asOf: Day) throws -> (
        score: PledgeScore, timeline: [TimelinePoint]
    ) {
        _ = try Selection(pledge: id, theme: nil, in: ledger)
        let context = try ScoringContext(ledger: ledger, store: store)
        let pledge = ledger.pledge(id)!
        return context.scorer.scoreAndTimeline(pledge, evidence: try context.evidence(pledge: id), asOf: asOf)
    }

    /// The monthly series of the selected pledges (all without a selection), each from its date to `until`.
    package static func timeline(_ workspace: Workspace, pledge: String?, theme: String?, until: Day) throws
        -> [TimelinePoint]
    {
        let ledger = try workspace.loadLedger()
        let selection = try Selection(pledge: pledge, theme: theme, in: ledger)
        let context = try ScoringContext(reading: ledger, store: try workspace.openExistingStore())
        let pledges = ledger.pledges.filter(selection.includes)
        let evidence: [String: [Evidence]]
        if let pledge {
            evidence = [pledge: try context.evidence(pledge: pledge)]
        } else {
            evidence = Dictionary(grouping: try context.evidence(), by: \.link.pledge)
        }
        return timeline(pledges, evidence: evidence, scorer: context.scorer, until: until)
    }

    /// The monthly series of `pledges` from evidence already read, grouped by pledge.
    static func timeline(_ pledges: [Pledge], evidence: [String: [Evidence]], scorer: Scorer, until: Day)
        -> [TimelinePoint]
    {
        pledges.flatMap { scorer.timeline($0, evidence: evidence[$0.id] ?? [], until: until) }
    }

    /// The recorded runs, oldest first.
    package static func runs(_ workspace: Workspace) throws -> [RunDescription] {
        try workspace.openExistingStore().runs().map(RunDescription.init)
    }

    /// The pledges that changed between two runs (default: the last two) and what moved them.
    package static func diff(_ workspace: Workspace, runs ids: [Int64]) throws -> RunComparison {
        let store = try workspace.openExistingStore()
        let runs: [RunRecord]
        if ids.isEmpty {
            let all = try store.runs()
            guard all.count >= 2 else {
                throw RequestError(
                    "\(all.count == 0 ? "no run is" : "only one run is") recorded in \(store.path); diff compares two (update, ingest and rebuild record one each)"
                )
            }
            runs = Array(all.suffix(2))
        } else {
            runs = try ids.map { id in
                guard let run = try store.run(id: id) else {
                    let known = try store.runs().map { String($0.id) }
                    throw RequestError(
                        "no run \(id) in \(store.path); the runs are: \(known.isEmpty ? "none" : known.joined(separator: ", ")) (tracker runs)"
                    )
                }
                return run
            }
        }
        let from = ids.count == 1 ? try previous(of: runs[0], in: store) : runs[0]
        let to = ids.count == 1 ? runs[0] : runs[1]
        let changes = ScoreChange.between(
            try store.scores(ofRun: from.id).compactMap(RunRecorder.snapshot),
            try store.scores(ofRun: to.id).compactMap(RunRecorder.snapshot),
            from: .init(asOf: from.asOf, rubric: from.rubricVersion, rubricFingerprint: from.rubricHash),
            to: .init(asOf: to.asOf, rubric: to.rubricVersion, rubricFingerprint: to.rubricHash))
        let named = changes.flatMap { change in
            change.causes.compactMap { cause -> String? in if case .deed(let id, _, _) = cause { id } else { nil } }
        }
        let deeds = try store.deeds(ids: Set(named).sorted())
        return RunComparison(
            from: RunDescription(from), to: RunDescription(to), changes: changes, deeds: deeds,
            reviews: (try? workspace.loadLedger())?.reviews ?? Reviews([]))
    }

    /// The run before `run`, for `diff RUN`.
    private static func previous(of run: RunRecord, in store: Store) throws -> RunRecord {
        guard let earlier = try store.runs().last(where: { $0.id < run.id }) else {
            throw RequestError("run \(run.id) is the first run; diff RUN compares it with the run before it")
        }
        return earlier
    }

    /// The latest run with the same inputs and day whose scores equal these.
    private static func matchingRun(_ context: ScoringContext, asOf: Day, scores: [PledgeScore]) throws -> RunRecord? {
        guard let run = try context.store.latestRun(), run.asOf == asOf,
            run.ledgerHash == context.ledger.fingerprint, run.rubricHash == context.rubric.fingerprint,
            run.codeVersion == RunRecorder.codeVersion, run.deedsHash == (try context.store.deedSetFingerprint()),
            try context.store.scores(ofRun: run.id) == scores.map(RunRecorder.record)
        else { return nil }
        return run
    }
}

extension RunDescription {
    /// A recorded run as the reports show it.
    package init(_ run: RunRecord) {
        self.init(
            id: run.id, time: run.time, command: run.command, asOf: run.asOf, rubric: run.rubricVersion,
            rubricHash: run.rubricHash, ledgerHash: run.ledgerHash, deedsHash: run.deedsHash,
            codeVersion: run.codeVersion)
    }
}
