import Core
import Deeds
import Foundation
import Ledger
import Text

/// Scores pledges by the rubric: fulfilment status and progress from the deeds linked to a pledge, and the
/// rights effect of that progress.
///
/// For each linked deed up to the as-of day: a deed dated before the pledge is its prior record (shown, never
/// counted); a link below the rubric's evidence line counts only when an analyst confirmed it; a counted deed
/// gets the points of the first rule it meets (an analyst-confirmed link's weighted by `review_weight`), and
/// that rule decides the status when its milestone bears on the pledge's `kept_by`, or an analyst's review that
/// marks the deed decisive does (at the step of it the analyst saw). The latest decision wins;
/// an analyst's verdict wins over all; a pledge whose term ended undecided is broken. Otherwise a pledge with a
/// counted deed that supports or opposes it is in progress (stalled when the latest is too old); deeds that only
/// mention it are evidence of attention, not of progress. `docs/scoring.md` has the whole of it.
package struct Scorer: Sendable {
    /// Changes whenever the way scores are computed from a rubric changes; a run records it.
    package static let version = "2"

    package let rubric: Rubric
    private let rules: [CompiledRule]
    /// The analysts' reviews: a confirmed one that marks its deed decisive (`decides`) decides the status.
    package let reviews: Reviews

    package init(rubric: Rubric, reviews: Reviews = Reviews()) {
        self.rubric = rubric
        rules = rubric.rules.map(CompiledRule.init)
        self.reviews = reviews
    }

    /// Scores one pledge from its evidence (links to other pledges are ignored) as of `asOf`.
    ///
    /// - Parameter verdicts: analysts' verdicts on the pledge besides its own `verdict:`; the latest one dated on
    ///   or before `asOf` holds.
    package func score(_ pledge: Pledge, evidence: [Evidence], asOf: Day, verdicts: [Verdict] = []) -> PledgeScore {
        score(prepare(pledge, evidence: evidence), asOf: asOf, verdicts: verdicts, consistency: true)
    }

    /// A pledge's evidence matched to the rubric once: the rule that applies to a deed does not depend on the
    /// as-of day, so a timeline matches each deed once and then only filters by day.
    struct Prepared {
        let pledge: Pledge
        let term: Rubric.Term?
        /// Every dated deed's contribution, strongest link first.
        let contributions: [Contribution]
        /// The evidence the contributions come from, and the place in it of each one's.
        let evidence: [Evidence]
        let sources: [Int]
        let fingerprint: String

        /// The deed of the contribution at `place`.
        func deed(_ place: Int) -> Deed { evidence[sources[place]].deed }
    }

    func prepare(_ pledge: Pledge, evidence: [Evidence]) -> Prepared {
        let term = Rubric.Term.covering(pledge, in: rubric.terms)
        var contributions: [Contribution] = []
        var sources: [Int] = []
        // The deeds that can count for the pledge (as the scorecard's evidence has them, whatever explain lists).
        let present = Set(
            evidence.lazy.filter {
                $0.link.pledge == pledge.id
                    && ($0.link.confidence >= self.rubric.evidenceConfidence || $0.link.method == .review)
            }.map(\.deed.id))
        for (source, item) in evidence.enumerated() where item.link.pledge == pledge.id {
            let moments = DeedFacts.moments(item.deed)
            let marked = decisiveReview(item.link).map { ($0, Self.decisiveMoment(moments.map(\.day), review: $0)) }
            var parts = moments.enumerated().map { place, moment in
                let review = marked.flatMap { $0.1 == place ? $0.0 : nil }
                return contribution(
                    item, day: moment.day, facts: moment.facts, pledge: pledge, term: term, review: review)
            }
            // A bill's steps add up; any other deed's decision takes the place of the deed as submitted — where it
            // counts (a motion voted on after its term ended keeps counting as submitted), and with an analyst's
            // decisive mark made before the vote, which holds on.
            if item.deed.stages.isEmpty, parts.count == 2,
                parts[1].standing == .counted || parts[0].standing != .counted
            {
                parts[0].until = parts[1].day
                if let review = parts[0].decisiveReview, parts[1].decisiveReview == nil {
                    (parts[1].decisiveReview, parts[1].decision) = (review, parts[0].decision)
                }
            }
            // A law in the Staatsblad that names its bill is also that bill's step `staatsblad` (`Deed.Stage`): where
            // the law itself can count for the pledge, it counts as the deed it is (listed, reviewed, dated as
            // published), and the bill's step of it not a second time — unless an analyst marked that step decisive.
            parts = zip(moments, parts).filter { moment, part in
                guard let step = moment.step, step.step == .staatsblad else { return true }
                return !present.contains(step.document) || part.decisiveReview != nil
            }.map(\.1)
            // An amended motion takes the place of the one it replaces for a pledge it counts for too: that one
            // counts until the amended one was made, and nothing of it after (both are linked and would otherwise
            // count twice). A link an analyst confirmed stays as the analyst decided it.
            if let replacement = item.replacedBy, item.link.method != .review, present.contains(replacement.deed) {
                parts = parts.filter { $0.day < replacement.day }.map { part in
                    var part = part
                    if part.until.map({ $0 > replacement.day }) ?? true { part.until = replacement.day }
                    return part
                }
            }
            contributions += parts
            sources += Array(repeating: source, count: parts.count)
        }
        // Their places sorted, not the values: a contribution is large, and each move costs.
        let keys = contributions.map { (-$0.link.confidence, $0.deed, $0.day) }
        let order = keys.indices.sorted { keys[$0] < keys[$1] }
        return Prepared(
            pledge: pledge, term: term, contributions: order.map { contributions[$0] }, evidence: evidence,
            sources: order.map { sources[$0] }, fingerprint: Self.fingerprint(pledge))
    }

    /// Scores a prepared pledge, taking in the deeds dated on or before `asOf`; parties' votes only when asked.
    func score(_ prepared: Prepared, asOf: Day, verdicts: [Verdict], consistency: Bool) -> PledgeScore {
        let pledge = prepared.pledge
        let places = prepared.contributions.indices.filter { prepared.contributions[$0].stands(asOf: asOf) }
        let contributions = places.map { prepared.contributions[$0] }
        var tally = Tally()
        for contribution in contributions { tally.add(contribution) }
        let outcome = outcome(tally, prepared, asOf: asOf, verdicts: verdicts)
        let counted =
            consistency
            ? places.filter { prepared.contributions[$0].standing == .counted }.map {
                (prepared.contributions[$0], prepared.deed($0))
            } : []
        return PledgeScore(
            pledge: pledge.id, themes: pledge.themes, status: outcome.status, reason: outcome.reason,
            progress: outcome.progress, rightsEffect: Double(pledge.rights.direction.sign * outcome.progress) / 100,
            direction: pledge.rights.direction, source: outcome.source, contributions: contributions,
            consistency: consistency ? PartyConsistency.records(pledging: pledge.parties, counted: counted) : [],
            asOf: asOf, rubric: rubric.version, ledgerFingerprint: prepared.fingerprint)
    }

    /// What the counted deeds up to a day add up to: all a status needs.
    struct Tally {
        var points = 0
        var counted = 0
        /// The latest deed that decided (by day, then id).
        var decisive: Contribution?
        /// The day of the latest counted deed that supports or opposes the pledge.
        var lastActive: Day?

        /// Takes out a contribution a later moment of its deed replaced (its points and count; the day it made
        /// active is before the later moment's, which takes its place as the latest).
        mutating func remove(_ contribution: Contribution) {
            guard contribution.standing == .counted else { return }
            points -= contribution.points
            counted -= 1
        }

        mutating func add(_ contribution: Contribution) {
            guard contribution.standing == .counted else { return }
            points += contribution.points
            counted += 1
            // On one day an analyst's decision wins over a rule's.
            let order = { (part: Contribution) in (part.day, part.decisiveReview == nil ? 0 : 1, part.deed) }
            if contribution.decision != nil, decisive.map({ order($0) < order(contribution) }) ?? true {
                decisive = contribution
            }
            if contribution.link.stance != .mentions, lastActive.map({ $0 < contribution.day }) ?? true {
                lastActive = contribution.day
            }
        }
    }

    /// The status, reason, progress and source of a tally as of a day: the latest decision, else stalled or in
    /// progress by the latest active deed, else not rated; the end of a term; an analyst's verdict over all.
    func outcome(_ tally: Tally, _ prepared: Prepared, asOf: Day, verdicts: [Verdict]) -> (
        status: FulfilmentStatus, reason: BrokenReason?, progress: Int, source: StatusSource
    ) {
        let pledge = prepared.pledge, term = prepared.term
        var progress = min(max(tally.points, 0), rubric.progress.cap)
        var status: FulfilmentStatus
        var reason: BrokenReason?
        var source = StatusSource.evidence
        if let contribution = tally.decisive, let decision = contribution.decision {
            status = decision.status
            if case .broken(let why) = decision { reason = why }
            source =
                contribution.decisiveReview.map { .review(deed: contribution.deed, review: $0) }
                ?? .rule(deed: contribution.deed, rule: contribution.rule?.id ?? "")
        } else if let last = tally.lastActive {
            let end = term.map { min($0.ends, asOf) } ?? asOf
            status = last.adding(months: rubric.stalledAfterMonths) < end ? .stalled : .inProgress
        } else {
            status = .notRated
        }
        if let term, term.ends <= asOf, ![.kept, .partial, .broken].contains(status) {
            status = .broken
            reason = .endOfTerm
            source = .endOfTerm(term)
        }
        let verdict = (verdicts + [pledge.verdict].compactMap { $0 })
            .filter { $0.pledge == pledge.id && $0.on <= asOf }
            .max { ($0.on, $0.location.description) < ($1.on, $1.location.description) }
        if let verdict {
            status = verdict.status
            reason = verdict.reason
            source = .verdict(verdict)
        }
        switch status {
        case .kept: progress = rubric.progress.kept
        case .partial: progress = max(progress, rubric.progress.partial)
        case .broken: progress = rubric.progress.broken
        default: break
        }
        return (status, status == .broken ? reason : nil, progress, source)
    }

    /// Scores every pledge of the ledger, in ledger order.
    package func scorecard(_ ledger: Ledger, evidence: [Evidence], asOf: Day, verdicts: [Verdict] = []) -> [PledgeScore]
    {
        let byPledge = Dictionary(grouping: evidence, by: \.link.pledge)
        let verdictsByPledge = Dictionary(grouping: verdicts, by: \.pledge)
        return ledger.pledges.map {
            score($0, evidence: byPledge[$0.id] ?? [], asOf: asOf, verdicts: verdictsByPledge[$0.id] ?? [])
        }
    }

    /// Where a deed's moment on `day` stands by its date alone: before the pledge it is the pledge's prior record, on
    /// or after the end of the pledge's term it is too late; else it counts (if its link is evidence).
    package static func standing(on day: Day, pledge: Pledge, term: Rubric.Term?) -> Contribution.Standing {
        if day < pledge.date { return .prior }
        if let term, day >= term.ends { return .afterTerm }
        return .counted
    }

    /// Whether a deed can count for a pledge by its dates, once its link is evidence: some moment of it (a bill counts
    /// at each step it took) falls within the pledge's time, as `score` counts it.
    package static func canCount(_ deed: Deed, pledge: Pledge, terms: [Rubric.Term]) -> Bool {
        let term = Rubric.Term.covering(pledge, in: terms)
        return DeedFacts.moments(deed).contains { standing(on: $0.day, pledge: pledge, term: term) == .counted }
    }

    /// The analyst's review that marked the link's deed decisive, as it stands (`Reviews.marking`: who judged the
    /// status, not who last confirmed the link).
    private func decisiveReview(_ link: Link) -> Review? {
        guard link.method == .review else { return nil }
        return reviews.marking(pledge: link.pledge, deed: link.deed)
    }

    /// Which of a deed's moments (by day, ascending) an analyst's decision is about: the deed as the analyst saw
    /// it, that is its latest step on or before the review's day (a bill's later steps were not seen), else its
    /// first.
    static func decisiveMoment(_ days: [Day], review: Review) -> Int {
        days.lastIndex { $0 <= review.on } ?? 0
    }

    private func contribution(
        _ item: Evidence, day: Day, facts: DeedFacts, pledge: Pledge, term: Rubric.Term?, review: Review?
    ) -> Contribution {
        var contribution = Contribution(
            link: item.link, deed: item.deed.id, day: day, standing: .counted, rule: nil, points: 0, decision: nil,
            decisiveReview: nil)
        if item.link.method != .review, item.link.confidence < rubric.evidenceConfidence {
            contribution.standing = .belowEvidence
        } else {
            contribution.standing = Self.standing(on: day, pledge: pledge, term: term)
        }
        guard contribution.standing == .counted else { return contribution }
        if let review {
            contribution.decision = review.decides
            contribution.decisiveReview = review
        }
        var title: FoldedText?
        let titleText = {
            if let title { return title }
            title = FoldedText(item.deed.title)
            return title!
        }
        guard let match = rules.first(where: { $0.matches(facts, stance: item.link.stance, title: titleText) }) else {
            return contribution
        }
        let rule = match.rule
        contribution.rule = rule
        let weight = item.link.method == .review ? rubric.reviewWeight : 1
        contribution.points = Int((Double(rule.progress) * weight).rounded())
        if review == nil { contribution.decision = decision(of: rule, deed: item.deed, pledge: pledge) }
        return contribution
    }

    /// The status a rule decides for this pledge: only when the pledge says which milestone keeps it, the deed
    /// is within its dossiers, and the rule's milestone is that one (kept, partial) or a step on the way to it
    /// (broken).
    private func decision(of rule: Rubric.Rule, deed: Deed, pledge: Pledge) -> Rubric.Decision? {
        guard let decides = rule.decides, let milestone = rule.milestone, let keptBy = pledge.keptBy,
            keptBy.covers(dossiers: deed.refs.dossiers)
        else { return nil }
        switch decides {
        case .kept, .partial: return milestone == keptBy.milestone ? decides : nil
        case .broken: return rubric.chain(upTo: keptBy.milestone).contains(milestone) ? decides : nil
        }
    }

    /// A digest of what scoring reads of a pledge's record.
    static func fingerprint(_ pledge: Pledge) -> String {
        var hasher = Digest.Hasher()
        let verdict = pledge.verdict.map {
            [$0.status.rawValue, $0.reason?.rawValue ?? "", $0.on.description, $0.by, $0.deeds.joined(separator: ",")]
        }
        let parts: [String] =
            [
                pledge.id, pledge.date.description, pledge.actor, pledge.parties.joined(separator: ","),
                pledge.themes.joined(separator: ","), pledge.rights.direction.rawValue, pledge.keptWhen,
                pledge.keptBy.map { "\($0.milestone) \($0.dossiers.joined(separator: ","))" } ?? "",
            ] + (verdict ?? [])
        for part in parts {
            hasher.update(part)
            hasher.update(Data([0]))
        }
        return hasher.hex()
    }
}
