import Core
import Foundation
import Ledger

/// A pledge's score as a run keeps it: enough to say later what changed and which deeds moved it.
package struct ScoreSnapshot: Sendable, Hashable {
    /// One counted deed as the run saw it.
    package struct Part: Sendable, Hashable {
        package var deed: String
        package var rule: String?
        package var points: Int
        /// Whether an analyst confirmed the link.
        package var reviewed: Bool
        /// What the deed decides by an analyst's review that marked it decisive.
        package var decides: Rubric.Decision?

        package init(deed: String, rule: String?, points: Int, reviewed: Bool, decides: Rubric.Decision? = nil) {
            self.deed = deed
            self.rule = rule
            self.points = points
            self.reviewed = reviewed
            self.decides = decides
        }
    }

    package var pledge: String
    package var status: FulfilmentStatus
    package var reason: BrokenReason?
    package var progress: Int
    package var rightsEffect: Double
    package var parts: [Part]
    package var ledgerFingerprint: String

    package init(
        pledge: String, status: FulfilmentStatus, reason: BrokenReason?, progress: Int, rightsEffect: Double,
        parts: [Part], ledgerFingerprint: String
    ) {
        self.pledge = pledge
        self.status = status
        self.reason = reason
        self.progress = progress
        self.rightsEffect = rightsEffect
        self.parts = parts
        self.ledgerFingerprint = ledgerFingerprint
    }

    package init(_ score: PledgeScore) {
        // Marked on every counted moment of the deed, so a bill's parts agree whichever of them a diff reads.
        let marked = Dictionary(
            score.counted.compactMap { part in
                part.decisiveReview.flatMap { _ in part.decision.map { (part.deed, $0) } }
            },
            uniquingKeysWith: { first, _ in first })
        self.init(
            pledge: score.pledge, status: score.status, reason: score.reason, progress: score.progress,
            rightsEffect: score.rightsEffect,
            parts: score.counted.map {
                Part(
                    deed: $0.deed, rule: $0.rule?.id, points: $0.points, reviewed: $0.reviewed, decides: marked[$0.deed]
                )
            }.sorted { $0.deed < $1.deed },
            ledgerFingerprint: score.ledgerFingerprint)
    }
}

/// What moved a pledge between two runs.
package enum ScoreCause: Sendable, Hashable {
    /// A deed now counts that did not (`before` nil), no longer counts (`after` nil), or counts differently.
    case deed(String, before: ScoreSnapshot.Part?, after: ScoreSnapshot.Part?)
    /// The pledge's ledger record changed (its `kept_by`, verdict, rights direction, date or parties).
    case ledger
    /// The rubric changed.
    case rubric(from: String, to: String)
    /// Nothing in the inputs: only the day moved on (a pledge stalls, a term ends).
    case time(from: Day, to: Day)
}

/// A pledge whose status, progress or rights effect differs between two runs, and why.
package struct ScoreChange: Sendable, Hashable {
    package var pledge: String
    package var before: ScoreSnapshot?
    package var after: ScoreSnapshot?
    package var causes: [ScoreCause]

    /// The runs' inputs the causes are read from.
    package struct RunInputs: Sendable, Hashable {
        package var asOf: Day
        package var rubric: String
        package var rubricFingerprint: String

        package init(asOf: Day, rubric: String, rubricFingerprint: String) {
            self.asOf = asOf
            self.rubric = rubric
            self.rubricFingerprint = rubricFingerprint
        }
    }

    /// The pledges that changed from `before` to `after`, in the order of `after` (pledges gone last).
    package static func between(
        _ before: [ScoreSnapshot], _ after: [ScoreSnapshot], from old: RunInputs, to new: RunInputs
    ) -> [ScoreChange] {
        let previous = Dictionary(before.map { ($0.pledge, $0) }, uniquingKeysWith: { first, _ in first })
        let current = Set(after.map(\.pledge))
        var changes: [ScoreChange] = []
        for snapshot in after {
            let earlier = previous[snapshot.pledge]
            guard let earlier else {
                changes.append(ScoreChange(pledge: snapshot.pledge, before: nil, after: snapshot, causes: [.ledger]))
                continue
            }
            guard
                (earlier.status, earlier.reason, earlier.progress, earlier.rightsEffect)
                    != (snapshot.status, snapshot.reason, snapshot.progress, snapshot.rightsEffect)
            else { continue }
            changes.append(
                ScoreChange(
                    pledge: snapshot.pledge, before: earlier, after: snapshot,
                    causes: causes(earlier, snapshot, old, new)))
        }
        for snapshot in before where !current.contains(snapshot.pledge) {
            changes.append(ScoreChange(pledge: snapshot.pledge, before: snapshot, after: nil, causes: [.ledger]))
        }
        return changes
    }

    /// The deed to name as what moved the pledge's status, when deeds moved it: one an analyst marked decisive (or
    /// no longer) before one that newly counts, before one that counts differently, before one that dropped out;
    /// among those, the one whose points moved most, then one a rubric rule scored (a bill's vote, not the debate
    /// item of the same record, which counts for nothing), then the first by id.
    package var leadingDeed: String? {
        func rank(_ before: ScoreSnapshot.Part?, _ after: ScoreSnapshot.Part?) -> Int {
            if let decides = after?.decides, decides != before?.decides { return 0 }
            if before?.decides != nil, after?.decides == nil { return 1 }
            if before == nil { return 2 }
            return after == nil ? 4 : 3
        }
        var best: (key: (Int, Int, Int), deed: String)?
        for case .deed(let id, let before, let after) in causes {
            let moved = abs((after?.points ?? 0) - (before?.points ?? 0))
            let key = (rank(before, after), -moved, (after ?? before)?.rule == nil ? 1 : 0)
            if best.map({ key < $0.key || (key == $0.key && id < $0.deed) }) ?? true { best = (key, id) }
        }
        return best?.deed
    }

    private static func causes(_ before: ScoreSnapshot, _ after: ScoreSnapshot, _ old: RunInputs, _ new: RunInputs)
        -> [ScoreCause]
    {
        var causes: [ScoreCause] = []
        let earlier = Dictionary(before.parts.map { ($0.deed, $0) }, uniquingKeysWith: { first, _ in first })
        let later = Dictionary(after.parts.map { ($0.deed, $0) }, uniquingKeysWith: { first, _ in first })
        for deed in Set(earlier.keys).union(later.keys).sorted() where earlier[deed] != later[deed] {
            causes.append(.deed(deed, before: earlier[deed], after: later[deed]))
        }
        if before.ledgerFingerprint != after.ledgerFingerprint { causes.append(.ledger) }
        if old.rubricFingerprint != new.rubricFingerprint { causes.append(.rubric(from: old.rubric, to: new.rubric)) }
        if causes.isEmpty { causes.append(.time(from: old.asOf, to: new.asOf)) }
        return causes
    }
}
