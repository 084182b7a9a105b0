import Core
import Deeds
import Foundation
import Ledger

/// A deed linked to a pledge, as the scorer takes it in.
package struct Evidence: Sendable, Hashable {
    package var link: Link
    package var deed: Deed
    /// The deed that took this one's place (an amended motion), from whose day this one no longer counts.
    package var replacedBy: Replacement?

    package init(link: Link, deed: Deed, replacedBy: Replacement? = nil) {
        self.link = link
        self.deed = deed
        self.replacedBy = replacedBy
    }
}

/// What one linked deed did to a pledge's score, and why.
package struct Contribution: Sendable, Hashable {
    /// Whether the deed counts.
    package enum Standing: String, Sendable, Hashable, CaseIterable {
        /// Counted: its rule's points and decision apply.
        case counted
        /// Dated before the pledge: shown as the pledge's prior record, never counted.
        case prior = "prior-record"
        /// Linked below the rubric's evidence line and not confirmed by an analyst.
        case belowEvidence = "below-evidence"
        /// Dated on or after the end of the term the pledge was made in.
        case afterTerm = "after-term"
    }

    package var link: Link
    package var deed: String
    package var day: Day
    package var standing: Standing
    /// The rule that applied (counted deeds only; nil when no rule matched).
    package var rule: Rubric.Rule?
    /// Points after weighting (analyst-confirmed links weigh more); 0 unless counted.
    package var points: Int
    /// The status this deed decided: an analyst's (`decisiveReview`), or its rule's when the rule's milestone bears
    /// on the pledge's `kept_by`.
    package var decision: Rubric.Decision?
    /// The analyst's review that marked this deed decisive, at this moment of it.
    package var decisiveReview: Review?
    /// The day a later moment of the same deed takes this one's place (a motion's decision after the day it was
    /// submitted), or another deed does (an amended motion, `replacedBy`): it counts before that day only. Nil for
    /// a bill's steps, which add up.
    package var until: Day? = nil

    /// Whether it is among the contributions as of `day`.
    package func stands(asOf day: Day) -> Bool { self.day <= day && until.map { day < $0 } ?? true }

    /// Whether an analyst confirmed the link.
    package var reviewed: Bool { link.method == .review }
}

/// How a pledge's status was reached, beyond the sum of points.
package enum StatusSource: Sendable, Hashable {
    /// The counted deeds' points and the rubric's thresholds (not rated, in progress, stalled).
    case evidence
    /// A rule of the rubric decided it on this deed.
    case rule(deed: String, rule: String)
    /// An analyst marked this deed decisive (a review with `decides`).
    case review(deed: String, review: Review)
    /// An analyst's verdict.
    case verdict(Verdict)
    /// The term of the government that made the pledge ended.
    case endOfTerm(Rubric.Term)
}

/// How far a pledge has come and what that means for rights, as of a day.
package struct PledgeScore: Sendable, Hashable {
    package typealias Status = FulfilmentStatus

    package var pledge: String
    package var themes: [String]
    package var status: Status
    /// Why it is broken; nil unless `status` is `broken`.
    package var reason: BrokenReason?
    /// 0–100.
    package var progress: Int
    /// The rights direction's sign times progress / 100: positive is good for rights, negative a loss.
    package var rightsEffect: Double
    package var direction: RightsAssessment.Direction
    package var source: StatusSource
    /// Every linked deed up to `asOf` (undated deeds never count), strongest link first.
    package var contributions: [Contribution]
    /// For each party that voted on a counted, decided deed: how it voted against the pledge's stance.
    package var consistency: [PartyConsistency]
    package var asOf: Day
    package var rubric: String
    /// A digest of the pledge's ledger record as scoring reads it: a run keeps it, so a diff can name
    /// ledger edits (a new `kept_by`, a verdict, a changed rights direction).
    package var ledgerFingerprint: String

    /// The counted deeds, strongest link first.
    package var counted: [Contribution] { contributions.filter { $0.standing == .counted } }
    /// The deeds dated before the pledge, strongest link first.
    package var priorRecord: [Contribution] { contributions.filter { $0.standing == .prior } }
    /// The links of the counted deeds, strongest first.
    package var links: [Link] { counted.map(\.link) }

    /// Whether the pledge was made after the day scored: it is listed, as not rated, but a report of that day
    /// counts it nowhere.
    package func isLater(in ledger: Ledger) -> Bool { ledger.pledge(pledge).map { $0.date > asOf } ?? false }
}
