import Core
import Deeds
import Foundation
import Ledger
import Text

/// Both axes for one theme: how far its pledges have come and what that does to rights, the parties' votes
/// against their pledges, and the deeds on the theme that no pledge covers.
package struct ThemeScore: Sendable, Hashable {
    package var theme: String
    /// The pledges on the theme, in ledger order.
    package var pledges: [String]
    /// How many of them have each status.
    package var statuses: [FulfilmentStatus: Int]
    /// The pledges' mean progress, rounded.
    package var progress: Int
    /// The sum of the pledges' rights effects: below zero, the theme's pledges together cost rights.
    package var rightsEffect: Double
    /// Each party's votes on the theme's pledges, added up: a party that made a pledge on the theme on its own
    /// pledges only, the pledging parties first.
    package var consistency: [PartyConsistency]
    package var alerts: [RightsAlert]

    /// Sums the scores of the pledges on each theme of the ledger, in ledger order.
    package static func summaries(_ ledger: Ledger, scores: [PledgeScore], alerts: [String: [RightsAlert]])
        -> [ThemeScore]
    {
        ledger.themes.map { theme in
            let themed = scores.filter { $0.themes.contains(theme.id) }
            var statuses: [FulfilmentStatus: Int] = [:]
            for score in themed { statuses[score.status, default: 0] += 1 }
            let progress =
                themed.isEmpty
                ? 0 : Int((Double(themed.reduce(0) { $0 + $1.progress }) / Double(themed.count)).rounded())
            let effect = (themed.reduce(0) { $0 + $1.rightsEffect } * 100).rounded() / 100
            // A party that made a pledge on the theme is held to its own pledges; the others' alignment is
            // taken over all the theme's pledges.
            let pledging = Set(themed.flatMap(\.consistency).filter(\.pledged).map { PartyConsistency.key($0.party) })
            var parties: [String: PartyConsistency] = [:]
            var order: [String] = []
            for record in themed.flatMap(\.consistency) {
                let key = PartyConsistency.key(record.party)
                if pledging.contains(key), !record.pledged { continue }
                if let known = parties[key] {
                    parties[key] = known.adding(record)
                } else {
                    parties[key] = record
                    order.append(key)
                }
            }
            let pledged = order.filter { parties[$0]!.pledged }
            let others = order.filter { !parties[$0]!.pledged }.sorted { parties[$0]!.party < parties[$1]!.party }
            return ThemeScore(
                theme: theme.id, pledges: themed.map(\.pledge), statuses: statuses, progress: progress,
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
            for theme in ledger.pledge(link.pledge)?.themes ?? [] { fitted[link.deed, default: []].insert(theme) }
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
