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

    /// The record that made a link's decisive mark as it stands: of the records of the link in the order they decide,
    /// the first of the unbroken run of confirmations with the same `decides` that ends at the deciding one. A later
    /// `review confirm` or `review stance` keeps the mark (it copies `decides`), but the judgement of the status is
    /// still the analyst's who marked it, with their day and note. Nil when the link's deciding review marks nothing.
    package func marking(pledge: String, deed: String) -> Review? {
        guard let deciding = decision(pledge: pledge, deed: deed), deciding.verdict == .confirmed,
            let decides = deciding.decides
        else { return nil }
        let link = records.filter { $0.pledge == pledge && $0.deed == deed && !Review.isDecidedBefore(deciding, $0) }
            .sorted(by: Review.isDecidedBefore)
        var first = deciding
        for review in link.reversed() {
            guard review.verdict == .confirmed, review.decides == decides else { break }
            first = review
        }
        return first
    }
}

extension Reviews {
    /// Records of one link on one day that disagree (verdict, stance or decides; by two analysts, or in two files) or
    /// repeat one another exactly: a git merge that kept both sides, or a file a merge tool left behind. On the same day the record later in the
    /// reviews' order (file name, then line) decides, which the analysts did not choose. Each is a warning at the
    /// later record, naming the earlier one.
    package var clashes: [Problem] {
        var last: [String: Review] = [:]
        var problems: [Problem] = []
        for review in records {
            let key = "\(review.pledge)\u{0}\(review.deed)\u{0}\(review.on)"
            defer { last[key] = review }
            guard let earlier = last[key] else { continue }
            let what = "the review of \(review.pledge) → \(review.deed) of \(review.on)"
            let other = "\(earlier.location.file):\(earlier.location.line)"
            if review.verdict == earlier.verdict, review.stance == earlier.stance, review.decides == earlier.decides {
                guard
                    review.repeats(
                        earlier.verdict, stance: earlier.stance, decides: earlier.decides, note: earlier.note,
                        by: earlier.by, on: earlier.on)
                else { continue }
                problems.append(
                    Problem(
                        review.location,
                        "\(what) repeats the one at \(other) exactly (a git merge may have kept both); expected each decision once: remove one",
                        severity: .warning))
            } else if review.by != earlier.by || review.location.file != earlier.location.file {
                // An analyst who changes their mind on the same day appends below their own record, as documented;
                // two analysts' records, or two files, are what a merge leaves.
                problems.append(
                    Problem(
                        review.location,
                        "\(what) by \(review.by) (\(review.summary)) disagrees with the one of the same day by \(earlier.by) at \(other) (\(earlier.summary)); this one decides only because it comes later in the reviews' order (file name, then line); expected one decision per link and day (a git merge may have kept both): remove the record that does not stand",
                        severity: .warning))
            }
        }
        return problems
    }
}

extension Review {
    /// Whether this record says exactly what the other would: verdict, stance, mark, note, analyst and day alike (a
    /// repeat a merge kept, or the same decision asked for again).
    package func repeats(
        _ verdict: Verdict, stance: Link.Stance?, decides: Rubric.Decision?, note: String?, by: String, on: Day
    ) -> Bool {
        (self.verdict, self.stance, self.decides, self.note, self.by, self.on) == (
            verdict, stance, decides, note, by, on
        )
    }

    /// What the record decides, in the YAML's words: `rejected`, `confirmed, stance: opposes, decides: partial`.
    var summary: String {
        var parts = [verdict.rawValue]
        if let stance { parts.append("stance: \(stance.rawValue)") }
        if let decides { parts.append("decides: \(decides.code)") }
        return parts.joined(separator: ", ")
    }
}
