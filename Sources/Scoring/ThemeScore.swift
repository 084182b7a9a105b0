import Core
import Deeds
import Foundation
import Ledger
import Text

/// Both axes for one theme: how far its pledges have come and what that does to rights, the parties' votes
/// against their pledges, and the deeds on the theme that no pledge covers.
package struct ThemeScore: Sendable, Hashable {
    package var theme: String
    /// The pledges on the theme, in ledger order (each listed with its score, a pledge made after the day as not
    /// rated).
    package var pledges: [String]
    /// Of `pledges`, those made after the day scored: listed, but not in the figures below, as a letter of that day
    /// leaves them out.
    package var later: [String]
    /// How many of the others have each status.
    package var statuses: [FulfilmentStatus: Int]
    /// The mean progress of the pledges made by the day, rounded.
    package var progress: Int
    /// The sum of the pledges' rights effects: below zero, the theme's pledges together cost rights.
    package var rightsEffect: Double
    /// Each party's votes on the theme's pledges, added up: a party that made a pledge on the theme on its own
    /// pledges only, the pledging parties first. Parties are told apart by where they sit: the Tweede Kamer's, then
    /// each council's (`PartyConsistency.council`), so a council's SP that made a municipal pledge is not the
    /// Tweede Kamer's SP, whose votes count as another party's.
    package var consistency: [PartyConsistency]
    package var alerts: [RightsAlert]

    /// Sums the scores of the pledges on each theme of the ledger, in ledger order: of the pledges made on or before
    /// the day scored, as a letter of that day counts them (a pledge made later is listed as not rated, but neither
    /// its status nor its parties weigh in the theme's figures).
    package static func summaries(_ ledger: Ledger, scores: [PledgeScore], alerts: [String: [RightsAlert]])
        -> [ThemeScore]
    {
        let pledges = Dictionary(ledger.pledges.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        // Where the parties of a pledge's votes sit: nil for the Tweede Kamer, else the council's municipality.
        func council(_ score: PledgeScore) -> String? {
            guard let id = pledges[score.pledge]?.municipality else { return nil }
            return ledger.municipality(id)?.name ?? id
        }
        return ledger.themes.map { theme in
            let listed = scores.filter { $0.themes.contains(theme.id) }
            let themed = listed.filter { !$0.isLater(in: ledger) }
            let later = listed.filter { $0.isLater(in: ledger) }.map(\.pledge)
            var statuses: [FulfilmentStatus: Int] = [:]
            for score in themed { statuses[score.status, default: 0] += 1 }
            let progress =
                themed.isEmpty
                ? 0 : Int((Double(themed.reduce(0) { $0 + $1.progress }) / Double(themed.count)).rounded())
            let effect = (themed.reduce(0) { $0 + $1.rightsEffect } * 100).rounded() / 100
            // A party that made a pledge on the theme is held to its own pledges; the others' alignment is
            // taken over all the theme's pledges.
            let records = themed.flatMap { score in
                score.consistency.map { record in
                    var placed = record
                    placed.council = council(score)
                    return placed
                }
            }
            func key(_ record: PartyConsistency) -> String {
                (record.council.map { "\($0)|" } ?? "") + PartyConsistency.key(record.party)
            }
            let pledging = Set(records.filter(\.pledged).map(key))
            var parties: [String: PartyConsistency] = [:]
            var order: [String] = []
            for record in records {
                let key = key(record)
                if pledging.contains(key), !record.pledged { continue }
                if let known = parties[key] {
                    parties[key] = known.adding(record)
                } else {
                    parties[key] = record
                    order.append(key)
                }
            }
            let pledged = order.filter { parties[$0]!.pledged }
            let others = order.filter { !parties[$0]!.pledged }.sorted {
                (parties[$0]!.council ?? "", parties[$0]!.party) < (parties[$1]!.council ?? "", parties[$1]!.party)
            }
            return ThemeScore(
                theme: theme.id, pledges: listed.map(\.pledge), later: later, statuses: statuses, progress: progress,
                rightsEffect: effect, consistency: (pledged + others).map { parties[$0]! },
                alerts: alerts[theme.id] ?? [])
        }
    }
}

/// A deed on a theme that fits none of the theme's pledges: a rights alert.
package struct RightsAlert: Sendable, Hashable {
    package var theme: String
    package var deed: String
    package var day: Day
    package var title: String
    /// The theme's terms found in the deed's title or operative text.
    package var terms: [String]
}

/// Finds rights alerts: deeds whose title or operative text (a motion's dictum) carries one of a theme's terms,
/// and which fit no pledge on that theme: no such pledge is linked to them at or above the rubric's evidence
/// line (or by an analyst) with a stance. A deed the linker found only mentioning a pledge does not fit it: the
/// motion to leave the Refugee Convention mentions the pledge to amend it, and is an alert.
package struct RightsAlerts: Sendable {
    private let evidenceConfidence: Double

    package init(evidenceConfidence: Double) {
        self.evidenceConfidence = evidenceConfidence
    }

    /// The alerts per theme among the deeds that carry a theme's terms (as the linker read them), counted as of
    /// `asOf`, newest first.
    ///
    /// - Parameters:
    ///   - carried: the theme terms of deeds, each with the deed's day and title (`Store.themeTerms`).
    ///   - links: the links of those deeds, to know which pledges they fit.
    package func alerts(
        _ ledger: Ledger, carried: [(terms: ThemeTerms, day: Day, title: String)], links: [Link], asOf: Day
    ) -> [String: [RightsAlert]] {
        var fitted: [String: Set<String>] = [:]
        for link in links
        where link.stance != .mentions && (link.confidence >= evidenceConfidence || link.method == .review) {
            // A pledge made after the day fitted nothing then: the deed was an alert on that day.
            guard let pledge = ledger.pledge(link.pledge), pledge.date <= asOf else { continue }
            for theme in pledge.themes { fitted[link.deed, default: []].insert(theme) }
        }
        var alerts: [String: [RightsAlert]] = [:]
        for item in carried where item.day <= asOf && !(fitted[item.terms.deed]?.contains(item.terms.theme) ?? false) {
            alerts[item.terms.theme, default: []].append(
                RightsAlert(
                    theme: item.terms.theme, deed: item.terms.deed, day: item.day, title: item.title,
                    terms: item.terms.terms))
        }
        return alerts.mapValues { $0.sorted { ($0.day, $1.deed) > ($1.day, $0.deed) } }
    }
}
