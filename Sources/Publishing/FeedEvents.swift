import Core
import Deeds
import Foundation
import Ledger
import Scoring

/// A recorded run as the feed reads it: when, as of which day, and every pledge's score.
package struct RunHistory: Sendable {
    package var id: Int64
    /// When it ran (UTC, RFC 3339).
    package var time: String
    package var asOf: Day
    package var rubric: String
    package var rubricFingerprint: String
    package var scores: [ScoreSnapshot]
    /// What it scored from: the ledger's, the rubric's and the deeds' fingerprints and the code's version.
    package var inputs: String

    package init(
        id: Int64, time: String, asOf: Day, rubric: String, rubricFingerprint: String, scores: [ScoreSnapshot],
        inputs: String = ""
    ) {
        self.id = id
        self.time = time
        self.asOf = asOf
        self.rubric = rubric
        self.rubricFingerprint = rubricFingerprint
        self.scores = scores
        self.inputs = inputs
    }
}

/// Something a campaign wants to hear about: a deed newly counted for a pledge, a link an analyst confirmed, a
/// status that changed between two runs, or an analyst's note.
package struct FeedEvent: Sendable {
    package enum Kind: String, Sendable, CaseIterable {
        /// A deed linked at or above the evidence line, dated on or after the pledge: it counts.
        case linked
        /// An analyst confirmed the link (`Commitments/reviews/`).
        case confirmed
        /// The pledge's status differs between two consecutive recorded runs, or the end of its term broke it.
        case status
        /// An analyst's note: a rejected link with a note, or a verdict on the whole pledge.
        case note
    }

    /// A status with its reason.
    package struct Standing: Sendable, Hashable {
        package var status: FulfilmentStatus
        package var reason: BrokenReason?
    }

    /// Stable across runs and databases: made of the kind, the pledge and the deed (and for a status change its
    /// statuses and day), never of the order of runs.
    package var id: String
    package var kind: Kind
    package var day: Day
    /// `date_published`: the day at midnight UTC (for a status change, its later run's day).
    package var published: String
    package var pledge: Pledge
    package var deedID: String?
    package var deed: Deed?
    package var stance: Link.Stance?
    package var before: Standing?
    package var after: Standing?
    package var progress: Int?
    package var rightsEffect: Double?
    /// The rule that applied to the deed and its points.
    package var rule: String?
    package var points: Int?
    /// The run that first recorded the event (the deed counted, the link confirmed, the status changed).
    package var run: Int64?
    /// Who wrote the note or confirmed the link, and the note.
    package var by: String?
    package var note: String?
    /// For a deed's events: the link's confidence today, and whether an analyst confirmed it (`Commitments/reviews/`)
    /// or only tracker read it.
    package var confidence: Double? = nil
    package var reviewed: Bool? = nil
    /// For a confirmation that marked the deed decisive: what it decides.
    package var decides: Rubric.Decision? = nil
    /// `date_modified`: for a deed's `linked` item, the day of the analyst's decision on its link (a confirmation,
    /// a stance) after the deed's day, which changed what the item says.
    package var modified: Day? = nil
    /// For a confirmation that kept a decisive mark another analyst made: whose mark it is, and its day.
    package var markedBy: String? = nil
    package var markedOn: Day? = nil
    /// For a status change at the end of the pledge's term: the term, whose end broke the pledge.
    package var term: Rubric.Term? = nil
}

/// Collects the feed's events from the scores, the analysts' reviews and the recorded runs.
package struct FeedEvents: Sendable {
    package var ledger: Ledger
    package var scorer: Scorer
    /// Every link that can count, with its deed.
    package var evidence: [Evidence]
    /// The recorded runs, oldest first.
    package var runs: [RunHistory]
    /// Deeds an analyst's review names that no link carries (a rejected link), by id.
    package var reviewedDeeds: [String: Deed]

    package init(
        ledger: Ledger, scorer: Scorer, evidence: [Evidence], runs: [RunHistory], reviewedDeeds: [String: Deed] = [:]
    ) {
        self.ledger = ledger
        self.scorer = scorer
        self.evidence = evidence
        self.runs = runs
        self.reviewedDeeds = reviewedDeeds
    }

    /// The events up to `asOf` of the pledges `includes` selects, newest first (then by id; two status changes of one
    /// day by their runs, the later run first: a change and its reversal on one day end with the reversal on top).
    package func events(asOf: Day, includes: (Pledge) -> Bool = { _ in true }) -> [FeedEvent] {
        let byPledge = Dictionary(grouping: evidence, by: \.link.pledge)
        var events: [FeedEvent] = []
        for pledge in ledger.pledges where includes(pledge) {
            events += deedEvents(pledge, evidence: byPledge[pledge.id] ?? [], asOf: asOf)
            events += noteEvents(pledge, evidence: byPledge[pledge.id] ?? [], asOf: asOf)
            events += termEvents(pledge, evidence: byPledge[pledge.id] ?? [], asOf: asOf)
        }
        let selected = Set(ledger.pledges.filter(includes).map(\.id))
        // Latest run first: a change made again on the same day (its id again) is told as of its latest run.
        events += statusEvents(asOf: asOf).reversed().filter { selected.contains($0.pledge.id) }
        var seen: Set<String> = []
        var ordered = events.filter { seen.insert($0.id).inserted }.sorted {
            ($0.published, $1.id) > ($1.published, $0.id)
        }
        // Within a day the status items take the places they have by id, in the order of their runs: the later run
        // is the newer status (the ids name statuses, not runs, and a reverted change would sort above its reversal).
        var start = 0
        while start < ordered.count {
            var end = start
            while end < ordered.count, ordered[end].published == ordered[start].published { end += 1 }
            let slots = (start..<end).filter { ordered[$0].kind == .status }
            let byRun = slots.map { ordered[$0] }.sorted { ($1.run ?? 0, $0.id) < ($0.run ?? 0, $1.id) }
            for (slot, event) in zip(slots, byRun) { ordered[slot] = event }
            start = end
        }
        return ordered
    }

    /// A `linked` event for each counted deed, a `confirmed` one for each link an analyst confirmed; each with
    /// the pledge's status the day before and on the day.
    private func deedEvents(_ pledge: Pledge, evidence: [Evidence], asOf: Day) -> [FeedEvent] {
        let deeds = Dictionary(evidence.map { ($0.deed.id, $0.deed) }, uniquingKeysWith: { first, _ in first })
        var moments: [(Contribution, FeedEvent.Kind, Day)] = []
        var seen: Set<String> = []
        let stood = scorer.countedMoments(pledge, evidence: evidence, asOf: asOf)
        for part in stood.sorted(by: { ($0.day, $0.deed) < ($1.day, $1.deed) }) {
            // A bill counts once for each step it took; later steps are told apart by their day.
            let first = seen.insert(part.deed).inserted
            moments.append((part, .linked, part.day))
            if first, part.reviewed, let review = ledger.reviews.decision(pledge: pledge.id, deed: part.deed),
                review.verdict == .confirmed, review.on <= asOf
            {
                moments.append((part, .confirmed, review.on))
            }
        }
        guard !moments.isEmpty else { return [] }
        let days = Array(Set(moments.flatMap { [$0.2.previous, $0.2] })).sorted()
        let scores = Dictionary(
            uniqueKeysWithValues: zip(days, scorer.scores(pledge, evidence: evidence, asOf: days)))
        var counted: Set<String> = []
        return moments.map { part, kind, day in
            let repeated = kind == .linked && !counted.insert(part.deed).inserted
            let before = scores[day.previous]!, after = scores[day]!
            let review = kind == .confirmed ? ledger.reviews.decision(pledge: pledge.id, deed: part.deed) : nil
            // A mark the confirmation kept is the judgement of the analyst who made it (`Reviews.marking`).
            let marking = review?.decides == nil ? nil : ledger.reviews.marking(pledge: pledge.id, deed: part.deed)
            let markedElsewhere = marking.flatMap { $0 == review ? nil : $0 }
            var id = "tracker:\(kind.rawValue):\(pledge.id):\(part.deed)"
            if repeated { id += ":\(day)" }
            let decided = ledger.reviews.decision(pledge: pledge.id, deed: part.deed).map(\.on)
            let modified = kind == .linked ? decided.flatMap { $0 > day && $0 <= asOf ? $0 : nil } : nil
            return FeedEvent(
                id: id, kind: kind, day: day, published: day.rfc3339, pledge: pledge, deedID: part.deed,
                deed: deeds.stood(part), stance: part.link.stance,
                before: .init(status: before.status, reason: before.reason),
                after: .init(status: after.status, reason: after.reason), progress: after.progress,
                rightsEffect: after.rightsEffect, rule: part.rule?.id, points: part.points,
                run: firstRun(pledge: pledge.id, deed: part.deed, reviewed: kind == .confirmed), by: review?.by,
                note: review?.note, confidence: part.link.confidence, reviewed: part.reviewed, decides: review?.decides,
                modified: modified, markedBy: markedElsewhere?.by, markedOn: markedElsewhere?.on)
        }
    }

    /// A `note` event for each rejected link with a note and for the pledge's verdict.
    private func noteEvents(_ pledge: Pledge, evidence: [Evidence], asOf: Day) -> [FeedEvent] {
        var notes: [(day: Day, deed: String?, by: String, text: String)] = []
        for review in ledger.reviews.records where review.pledge == pledge.id && review.on <= asOf {
            guard review.verdict == .rejected,
                ledger.reviews.decision(pledge: review.pledge, deed: review.deed) == review
            else { continue }
            let reason = review.note.map { ": \($0)" } ?? "."
            notes.append((review.on, review.deed, review.by, "De koppeling is verworpen\(reason)"))
        }
        if let verdict = pledge.verdict, verdict.on <= asOf {
            var text = "Oordeel over de hele belofte: \(Dutch.status(verdict.status, reason: verdict.reason))."
            if let note = verdict.note { text += " \(note)" }
            notes.append((verdict.on, nil, verdict.by, text))
        }
        guard !notes.isEmpty else { return [] }
        let days = Array(Set(notes.flatMap { [$0.day.previous, $0.day] })).sorted()
        let scores = Dictionary(uniqueKeysWithValues: zip(days, scorer.scores(pledge, evidence: evidence, asOf: days)))
        let deeds = Dictionary(evidence.map { ($0.deed.id, $0.deed) }, uniquingKeysWith: { first, _ in first })
        return notes.map { note in
            let before = scores[note.day.previous]!, after = scores[note.day]!
            return FeedEvent(
                id: "tracker:note:\(pledge.id):\(note.deed ?? "verdict"):\(note.day)", kind: .note, day: note.day,
                published: note.day.rfc3339, pledge: pledge, deedID: note.deed,
                deed: note.deed.flatMap { deeds[$0] ?? reviewedDeeds[$0] }, stance: nil,
                before: .init(status: before.status, reason: before.reason),
                after: .init(status: after.status, reason: after.reason), progress: after.progress,
                rightsEffect: after.rightsEffect, rule: nil, points: nil, run: nil, by: note.by, note: note.text)
        }
    }

    /// A `status` event on the day the pledge's term ended, when that end changed its status (`broken`,
    /// `end-of-term`): a day the ledger and the rubric give, so a fresh database tells it as one with many runs does.
    private func termEvents(_ pledge: Pledge, evidence: [Evidence], asOf: Day) -> [FeedEvent] {
        guard let (term, before, after) = termEnd(pledge, evidence: evidence), term.ends <= asOf else { return [] }
        return [
            FeedEvent(
                id:
                    "tracker:status:\(pledge.id):\(Self.label(before.status, before.reason)):\(Self.label(after.status, after.reason)):\(term.ends)",
                kind: .status, day: term.ends, published: term.ends.rfc3339, pledge: pledge, deedID: nil, deed: nil,
                stance: nil, before: .init(status: before.status, reason: before.reason),
                after: .init(status: after.status, reason: after.reason), progress: after.progress,
                rightsEffect: after.rightsEffect, rule: nil, points: nil, run: nil, by: nil, note: nil, term: term)
        ]
    }

    /// The end of the pledge's term, with its score the day before and on the day, when that end changed its status.
    private func termEnd(_ pledge: Pledge, evidence: [Evidence]) -> (Rubric.Term, PledgeScore, PledgeScore)? {
        guard let term = Rubric.Term.covering(pledge, in: scorer.rubric.terms) else { return nil }
        let scores = scorer.scores(pledge, evidence: evidence, asOf: [term.ends.previous, term.ends])
        let before = scores[0], after = scores[1]
        guard (before.status, before.reason) != (after.status, after.reason) else { return nil }
        return (term, before, after)
    }

    /// A `status` event for each pledge whose status or reason differs between two consecutive runs scored as of
    /// `asOf` or before, consecutive in the days they score (runs of one day in the order they were recorded): a run
    /// scored for a past day after one for today is no change back to how things stood then. But a run for a past
    /// day recorded after one for a later day from other inputs (an analyst's review in between) is not compared
    /// with it: their difference is what was recorded in between, not what happened between their days.
    private func statusEvents(asOf: Day) -> [FeedEvent] {
        let recorded = runs.filter { $0.asOf <= asOf }.sorted { ($0.asOf, $0.id) < ($1.asOf, $1.id) }
        guard recorded.count >= 2 else { return [] }
        // Each pledge's term end found once; the evidence grouped only when a changed pledge has a term.
        var ends: [String: (Rubric.Term, PledgeScore, PledgeScore)?] = [:]
        var byPledge: [String: [Evidence]]?
        func termEndOf(_ pledge: Pledge) -> (Rubric.Term, PledgeScore, PledgeScore)? {
            if let known = ends[pledge.id] { return known }
            var found: (Rubric.Term, PledgeScore, PledgeScore)?
            if Rubric.Term.covering(pledge, in: scorer.rubric.terms) != nil {
                if byPledge == nil { byPledge = Dictionary(grouping: evidence, by: \.link.pledge) }
                found = termEnd(pledge, evidence: byPledge?[pledge.id] ?? [])
            }
            ends[pledge.id] = .some(found)
            return found
        }
        var events: [FeedEvent] = []
        for (earlier, later) in zip(recorded, recorded.dropFirst())
        where earlier.asOf == later.asOf || earlier.id < later.id || earlier.inputs == later.inputs {
            let changes = ScoreChange.between(
                earlier.scores, later.scores,
                from: .init(asOf: earlier.asOf, rubric: earlier.rubric, rubricFingerprint: earlier.rubricFingerprint),
                to: .init(asOf: later.asOf, rubric: later.rubric, rubricFingerprint: later.rubricFingerprint))
            for change in changes {
                guard let earlierScore = change.before, let after = change.after,
                    let pledge = ledger.pledge(change.pledge)
                else { continue }
                var before = FeedEvent.Standing(status: earlierScore.status, reason: earlierScore.reason)
                // The end of a term between the two runs is told on its own day (`termEvents`): the change of the
                // later run is what came after it (an analyst's later verdict), or nothing.
                if let (term, _, ended) = termEndOf(pledge), earlier.asOf < term.ends, term.ends <= later.asOf {
                    before = FeedEvent.Standing(status: ended.status, reason: ended.reason)
                }
                guard (before.status, before.reason) != (after.status, after.reason) else { continue }
                let deed = change.leadingDeed
                events.append(
                    FeedEvent(
                        id:
                            "tracker:status:\(pledge.id):\(Self.label(before.status, before.reason)):\(Self.label(after.status, after.reason)):\(later.asOf)",
                        // The run's day, as the filters read it: the same in a feed from another database.
                        kind: .status, day: later.asOf, published: later.asOf.rfc3339, pledge: pledge, deedID: deed,
                        deed: deed.flatMap { id in evidence.first { $0.deed.id == id }?.deed }, stance: nil,
                        before: .init(status: before.status, reason: before.reason),
                        after: .init(status: after.status, reason: after.reason), progress: after.progress,
                        rightsEffect: after.rightsEffect, rule: nil, points: nil, run: later.id, by: nil, note: nil))
            }
        }
        return events
    }

    /// `broken-end-of-term`: a status and its reason, as the ids of status items name them.
    private static func label(_ status: FulfilmentStatus, _ reason: BrokenReason?) -> String {
        status.rawValue + (reason.map { "-\($0.rawValue)" } ?? "")
    }

    /// The first run in which the deed counted for the pledge (as an analyst's link, when `reviewed`).
    private func firstRun(pledge: String, deed: String, reviewed: Bool) -> Int64? {
        runs.first { run in
            run.scores.contains { score in
                score.pledge == pledge && score.parts.contains { $0.deed == deed && (!reviewed || $0.reviewed) }
            }
        }?.id
    }
}
