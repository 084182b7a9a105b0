import Core
import Foundation
import Ledger
import Linking
import Scoring
import Store

/// Records a run after a command that changes scores: its inputs (rubric, ledger, deeds, code) and every pledge's
/// score, so any score can be traced and two runs compared (`tracker diff`).
package enum RunRecorder {
    /// The code that scores: the scorer's and the linker's versions.
    package static let codeVersion = "tracker scorer \(Scorer.version), linker \(Linker.version)"

    /// What recording did.
    package enum Outcome: Sendable, Hashable {
        /// A new run, and how many pledges' status, progress or rights effect differ from the previous run (nil
        /// for the first run).
        case recorded(RunRecord, changed: Int, since: Int64?)
        /// Same inputs and scores as the latest run: nothing recorded.
        case unchanged(RunRecord)

        /// One line for the summary of a command.
        package var line: String {
            switch self {
            case .recorded(let run, let changed, nil):
                "scores: run \(run.id) recorded (rubric \(run.rubricVersion), as of \(run.asOf)), the first; \(changed) pledge\(changed == 1 ? "" : "s") scored"
            case .recorded(let run, let changed, let since?):
                "scores: run \(run.id) recorded (rubric \(run.rubricVersion), as of \(run.asOf)); \(changed) pledge\(changed == 1 ? "" : "s") changed since run \(since)\(changed > 0 ? " (tracker diff)" : "")"
            case .unchanged(let run): "scores: unchanged since run \(run.id)"
            }
        }
    }

    /// Scores every pledge as of `asOf` and records the run, unless the latest run had the same inputs and
    /// scores. Without a rubric nothing can be scored, and nothing is recorded.
    package static func record(command: String, ledger: Ledger, store: Store, asOf: Day = .today()) throws -> Outcome? {
        guard ledger.rubric != nil else { return nil }
        let context = try ScoringContext(ledger: ledger, store: store)
        let inputs = RunInputs(
            command: command, asOf: asOf, rubricVersion: context.rubric.version,
            rubricHash: context.rubric.fingerprint, ledgerHash: ledger.fingerprint,
            deedsHash: try store.deedSetFingerprint(), codeVersion: codeVersion)
        let latest = try store.latestRun()
        // Scores follow from these inputs alone (the links do too), so the same inputs need no scoring.
        if let latest, inputs.same(as: latest) { return .unchanged(latest) }
        let scores = context.scorer.scorecard(ledger, evidence: try context.evidence(), asOf: asOf)
        let records = scores.map(record)
        let previous = try latest.map { try store.scores(ofRun: $0.id) } ?? []
        if let latest, inputs.same(as: latest), previous == records { return .unchanged(latest) }
        let changed = ScoreChange.between(
            previous.compactMap(snapshot), records.compactMap(snapshot),
            from: .init(
                asOf: latest?.asOf ?? asOf, rubric: latest?.rubricVersion ?? "",
                rubricFingerprint: latest?.rubricHash ?? ""),
            to: .init(asOf: asOf, rubric: inputs.rubricVersion, rubricFingerprint: inputs.rubricHash)
        ).count
        return .recorded(try store.recordRun(inputs, scores: records), changed: changed, since: latest?.id)
    }

    /// A score as the store keeps it.
    static func record(_ score: PledgeScore) -> RunScoreRecord {
        let snapshot = ScoreSnapshot(score)
        return RunScoreRecord(
            pledge: score.pledge, status: score.status.rawValue, reason: score.reason?.rawValue,
            progress: score.progress, rightsEffect: score.rightsEffect, ledgerHash: score.ledgerFingerprint,
            parts: snapshot.parts.map {
                RunScoreRecord.Part(
                    deed: $0.deed, rule: $0.rule, points: $0.points, reviewed: $0.reviewed, decides: $0.decides?.code)
            })
    }

    /// A stored score as the scorer's snapshot; nil for a status this code does not know.
    static func snapshot(_ record: RunScoreRecord) -> ScoreSnapshot? {
        guard let status = FulfilmentStatus(rawValue: record.status) else { return nil }
        return ScoreSnapshot(
            pledge: record.pledge, status: status, reason: record.reason.flatMap(BrokenReason.init),
            progress: record.progress, rightsEffect: record.rightsEffect,
            parts: record.parts.map {
                ScoreSnapshot.Part(
                    deed: $0.deed, rule: $0.rule, points: $0.points, reviewed: $0.reviewed,
                    decides: $0.decides.flatMap(Rubric.Decision.init(code:)))
            },
            ledgerFingerprint: record.ledgerHash)
    }
}
