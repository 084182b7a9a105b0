import Core
import Foundation

/// An analyst's decision on a link between a pledge and a deed, kept in `Commitments/reviews/`.
///
/// Reviews are files, not database rows: they survive `update`, relinking and `rebuild`, and show up in
/// diffs. The linker applies them (`Linking/ReviewedLinks.swift`): a rejected link is never stored, a
/// confirmed one always is, as evidence, and the analyst's stance wins. A confirmed review may also mark its
/// deed decisive (`decides`): the scorer then takes the analyst's decision on the pledge's status from that deed
/// (`Scoring/Scorer.swift`), as it takes a rubric rule's.
package struct Review: Sendable, Hashable {
    /// What the analyst decided.
    package enum Verdict: String, Sendable, Hashable, CaseIterable {
        /// The deed bears on the pledge: the link counts as evidence whatever the linker's confidence.
        case confirmed
        /// The deed does not bear on the pledge: the link never comes back.
        case rejected
    }

    package var pledge: String
    package var deed: String
    package var verdict: Verdict
    /// The analyst's stance, which replaces the linker's; nil keeps the linker's.
    package var stance: Link.Stance?
    /// The status the deed decides for the pledge (kept, partly kept, broken with a reason), when the analyst
    /// marks it decisive; only with `confirmed`.
    package var decides: Rubric.Decision?
    package var note: String?
    /// Who decided.
    package var by: String
    /// When.
    package var on: Day
    package var location: SourceLocation

    package init(
        pledge: String, deed: String, verdict: Verdict, stance: Link.Stance? = nil, decides: Rubric.Decision? = nil,
        note: String? = nil, by: String, on: Day, location: SourceLocation
    ) {
        self.pledge = pledge
        self.deed = deed
        self.verdict = verdict
        self.stance = stance
        self.decides = decides
        self.note = note
        self.by = by
        self.on = on
        self.location = location
    }

    /// Which of two reviews of the same link decides it: the later `on`, then the one further down
    /// (in path order), so a record appended to a file replaces the ones above it.
    package static func isDecidedBefore(_ lhs: Review, _ rhs: Review) -> Bool {
        (lhs.on, lhs.location.file, lhs.location.line, lhs.location.column)
            < (rhs.on, rhs.location.file, rhs.location.line, rhs.location.column)
    }
}

/// Every review of the ledger, and the one that decides each link.
package struct Reviews: Sendable {
    /// All records, in the order they were read (path order, then file order).
    package let records: [Review]
    /// The deciding review of each link, by deed, then pledge.
    private let decisions: [String: [String: Review]]

    package init(_ records: [Review] = []) {
        self.records = records
        var decisions: [String: [String: Review]] = [:]
        for review in records {
            if let current = decisions[review.deed]?[review.pledge], !Review.isDecidedBefore(current, review) {
                continue
            }
            decisions[review.deed, default: [:]][review.pledge] = review
        }
        self.decisions = decisions
    }

    /// The review that decides the link of `pledge` and `deed`, if any.
    package func decision(pledge: String, deed: String) -> Review? {
        decisions[deed]?[pledge]
    }

    /// The deciding reviews of one deed's links, by pledge.
    package func decisions(deed: String) -> [String: Review] {
        decisions[deed] ?? [:]
    }

    /// The ids of every deed some review names.
    package var deeds: Set<String> { Set(decisions.keys) }
}
