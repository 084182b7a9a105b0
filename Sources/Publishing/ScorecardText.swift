import Core
import Deeds
import Foundation
import Ledger
import Scoring

/// The scorecard as a terminal report, in Dutch: per theme its pledges, their status and the deeds behind them.
package struct ScorecardText: Sendable {
    package var ledger: Ledger
    package var scores: [PledgeScore]
    package var deeds: [String: Deed]
    /// How many linked deeds to show under each pledge.
    package var deedsPerPledge = 3

    package init(ledger: Ledger, scores: [PledgeScore], deeds: [Deed]) {
        self.ledger = ledger
        self.scores = scores
        self.deeds = Dictionary(deeds.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
    }

    package func render() -> String {
        guard let asOf = scores.first?.asOf else { return "Geen toezeggingen in het register." }
        let rated = scores.filter { $0.status != .notRated }.count
        var lines = [
            "Scorekaart mensenrechten — stand per \(asOf) (rubric \(Scorer.rubricVersion))",
            "\(scores.count) toezeggingen, \(rated) met gekoppelde daden, \(deeds.count) daden in de database",
        ]
        for theme in ledger.themes {
            // A pledge on several themes appears under each of them.
            let themed = scores.filter { $0.themes.contains(theme.id) }
            guard !themed.isEmpty else { continue }
            lines.append("")
            lines.append("\(theme.nameNL) [\(theme.id)]")
            for score in themed {
                let effect = String(format: "%+.2f", score.rightsEffect)
                let direction = ledger.pledge(score.pledge)?.rights.direction.rawValue ?? "?"
                lines.append(
                    "  \(score.pledge)  \(score.status.rawValue)  voortgang \(score.progress)  rechteneffect \(effect) (\(direction))  daden \(score.links.count)"
                )
                for link in score.links.prefix(deedsPerPledge) {
                    guard let deed = deeds[link.deed] else { continue }
                    let outcome = deed.outcome.map { " — \($0.label.lowercased())" } ?? ""
                    let title = TextTable.truncate(deed.title.collapsingWhitespace(), to: 90)
                    lines.append(
                        "      \(deed.id)  \(deed.date?.description ?? "----------")  \(title)\(outcome)  [\(String(format: "%.2f", link.confidence)) \(link.stance.dutch)]"
                    )
                }
                if score.links.count > deedsPerPledge {
                    lines.append(
                        "      … en \(score.links.count - deedsPerPledge) meer (tracker links --pledge \(score.pledge))"
                    )
                }
            }
        }
        return lines.joined(separator: "\n")
    }
}
