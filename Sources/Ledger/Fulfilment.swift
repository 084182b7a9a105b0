import Core
import Foundation

/// A pledge's fulfilment status: the six statuses of `docs/scoring.md`, shared by the rubric, analysts'
/// verdicts and the scorer.
package enum FulfilmentStatus: String, Sendable, Hashable, CaseIterable, Codable {
    /// No counted evidence yet.
    case notRated = "not-rated"
    /// Counted deeds move the pledge, and it is neither done nor decided.
    case inProgress = "in-progress"
    /// There was counted evidence, but none for the rubric's number of months.
    case stalled
    /// Done in part or in a weaker form.
    case partial
    /// The pledge's `kept_by` milestone was reached (or an analyst says so).
    case kept
    /// The pledge will not be kept; always with a `BrokenReason`.
    case broken
}

/// Why a pledge is broken (the list PolitiFact and the Polimeter use for "Promise Broken").
package enum BrokenReason: String, Sendable, Hashable, CaseIterable, Codable {
    /// The deed that would have kept it was voted down.
    case noMajority = "no-majority"
    /// Done, then undone (a repeal, a motion that reverses it).
    case reversed
    /// A court stopped it.
    case blockedByCourt = "blocked-by-court"
    /// The government let it go (a commitment that lapsed, a bill withdrawn).
    case dropped
    /// The term of the government that made it ended before it was kept.
    case endOfTerm = "end-of-term"
}

/// What `kept_when` means in deeds: the milestone of the rubric that keeps the pledge, optionally only in
/// the named dossiers (`kept_by:` of a pledge).
package struct KeptBy: Sendable, Hashable {
    /// A milestone of the rubric's `milestones` (`staatsblad`, `motie-aangenomen`, …).
    package var milestone: String
    /// Kamerstuk dossiers the deed must be in; empty means any deed linked to the pledge.
    package var dossiers: [String]
    package var location: SourceLocation

    package init(milestone: String, dossiers: [String] = [], location: SourceLocation) {
        self.milestone = milestone
        self.dossiers = dossiers
        self.location = location
    }

    /// Whether a deed in `deedDossiers` is within the pledge's criterion.
    package func covers(dossiers deedDossiers: [String]) -> Bool {
        dossiers.isEmpty || deedDossiers.contains(where: dossiers.contains)
    }
}

/// An analyst's verdict on a whole pledge: it overrides the rubric from its day on.
///
/// A verdict is read from the pledge's `verdict:` field, and the scorer takes further ones besides it. Analysts'
/// reviews in `Commitments/reviews/` decide through one deed instead (`Review.decides`).
package struct Verdict: Sendable, Hashable {
    package var pledge: String
    package var status: FulfilmentStatus
    /// Required for `broken`, absent otherwise.
    package var reason: BrokenReason?
    /// From this day on the verdict holds.
    package var on: Day
    package var by: String
    /// The deeds the verdict rests on, if any.
    package var deeds: [String]
    package var note: String?
    package var location: SourceLocation

    package init(
        pledge: String, status: FulfilmentStatus, reason: BrokenReason? = nil, on: Day, by: String,
        deeds: [String] = [], note: String? = nil, location: SourceLocation
    ) {
        self.pledge = pledge
        self.status = status
        self.reason = reason
        self.on = on
        self.by = by
        self.deeds = deeds
        self.note = note
        self.location = location
    }
}
