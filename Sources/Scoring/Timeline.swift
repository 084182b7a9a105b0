import Core
import Deeds
import Foundation
import Ledger

/// A pledge's score at the end of one month.
package struct TimelinePoint: Sendable, Hashable {
    package var pledge: String
    /// `2026-01`.
    package var month: String
    /// The month's last day, or the series' end in its last month.
    package var asOf: Day
    package var status: FulfilmentStatus
    package var reason: BrokenReason?
    package var progress: Int
    package var rightsEffect: Double
    /// How many deeds counted by then, as the scorecard counts them (a bill at each of its steps).
    package var counted: Int
    /// The deeds that counted anew in this month: first counted, or at a later moment (a motion's vote, a bill's
    /// next step), so that the month a score moves names the deed that moved it.
    package var newDeeds: [String]
}

extension Scorer {
    /// The monthly series of one pledge from the month of its date to `until`: the score as of each month's
    /// last day (as of `until` in the last month), each from the deeds dated up to then.
    package func timeline(_ pledge: Pledge, evidence: [Evidence], until: Day, verdicts: [Verdict] = [])
        -> [TimelinePoint]
    {
        timeline(prepare(pledge, evidence: evidence), until: until, verdicts: verdicts)
    }

    /// A pledge's score as of `asOf` and its series up to then, with its evidence matched to the rubric once.
    package func scoreAndTimeline(_ pledge: Pledge, evidence: [Evidence], asOf: Day, verdicts: [Verdict] = [])
        -> (score: PledgeScore, timeline: [TimelinePoint])
    {
        let prepared = prepare(pledge, evidence: evidence)
        return (
            score(prepared, asOf: asOf, verdicts: verdicts, consistency: true),
            timeline(prepared, until: asOf, verdicts: verdicts)
        )
    }

    private func timeline(_ prepared: Prepared, until: Day, verdicts: [Verdict]) -> [TimelinePoint] {
        let pledge = prepared.pledge
        guard pledge.date <= until else { return [] }
        // One pass over the deeds in day order, adding each to the tally in the month it counts from (their
        // places sorted, not the contributions themselves: each is a large value, and moving it costs).
        let contributions = prepared.contributions
        let keys = contributions.map { ($0.day, $0.deed) }
        let byDay = keys.indices.sorted { keys[$0] < keys[$1] }
        var tally = Tally()
        var next = 0
        var points: [TimelinePoint] = []
        var replaced: [Int] = []  // added contributions a later moment of their deed will take the place of
        var month = pledge.date.startOfMonth
        while month <= until {
            let asOf = min(month.endOfMonth, until)
            var new: Set<String> = []
            while next < byDay.count, contributions[byDay[next]].day <= asOf {
                let before = tally.counted
                tally.add(contributions[byDay[next]])
                if tally.counted > before { new.insert(contributions[byDay[next]].deed) }
                if contributions[byDay[next]].until != nil { replaced.append(byDay[next]) }
                next += 1
            }
            for place in replaced where contributions[place].until! <= asOf {
                let gone = contributions[place]
                tally.remove(gone)
                // The decisive deed was the one replaced (rare): the tally is made again from what stands.
                if let decisive = tally.decisive, (decisive.deed, decisive.day) == (gone.deed, gone.day) {
                    tally = Tally()
                    for index in byDay.prefix(next) where contributions[index].stands(asOf: asOf) {
                        tally.add(contributions[index])
                    }
                }
            }
            replaced.removeAll { contributions[$0].until! <= asOf }
            let outcome = outcome(tally, prepared, asOf: asOf, verdicts: verdicts)
            points.append(
                TimelinePoint(
                    pledge: pledge.id, month: asOf.monthLabel, asOf: asOf, status: outcome.status,
                    reason: outcome.reason, progress: outcome.progress,
                    rightsEffect: Double(pledge.rights.direction.sign * outcome.progress) / 100,
                    counted: tally.counted, newDeeds: new.sorted()))
            month = month.adding(months: 1)
        }
        return points
    }
}
