import Core
import Foundation
import Ledger

/// Analyst labels of real deeds: the themes each bears on (empty: none), or nil when ambiguous.
package struct LinkLabels: Sendable {
    package var deeds: [String: Set<String>?]

    /// Reads a labels file (`deeds:` mapping deed ids to theme lists or `ambiguous`).
    package static func load(_ url: URL) throws -> LinkLabels {
        guard let data = FileManager.default.contents(atPath: url.path) else {
            throw LedgerInvalid(problems: [
                Problem(SourceLocation(file: url.path, line: 0, column: 0), "file is missing")
            ])
        }
        let reader = YAMLReader(file: url.lastPathComponent, text: String(decoding: data, as: UTF8.self))
        var deeds: [String: Set<String>?] = [:]
        if let root = reader.root, let fields = reader.fields(root, of: "the labels", allowed: ["deeds"]),
            case .mapping(let mapping)? = fields.value("deeds")
        {
            for (key, value) in mapping {
                guard case .scalar(let id) = key else { continue }
                if case .scalar(let word) = value, word.string == "ambiguous" {
                    deeds[id.string] = .some(nil)
                } else {
                    let themes = reader.items(value, of: "the themes of \(id.string)").compactMap { node -> String? in
                        if case .scalar(let theme) = node { return theme.string }
                        return nil
                    }
                    deeds[id.string] = Set(themes)
                }
            }
        }
        guard reader.problems.isEmpty else { throw LedgerInvalid(problems: reader.problems) }
        return LinkLabels(deeds: deeds)
    }
}

/// Precision and recall of the linker on labelled deeds.
///
/// Precision counts links at or above the threshold: a link is right when its pledge has one of the
/// deed's labelled themes. Recall counts labelled (deed, theme) pairs: found when some link at or
/// above the threshold goes to a pledge with that theme.
package struct LinkEvaluation: Sendable {
    package var threshold: Double
    package var rightLinks = 0
    package var links = 0
    package var foundPairs = 0
    package var pairs = 0
    /// Labelled theme deeds whose strongest link (of any confidence) is to a pledge of one of their themes.
    package var topCorrect = 0
    package var themed = 0
    /// Unrelated deeds with a link at or above the threshold.
    package var unrelatedLinked: [String] = []

    package var precision: Double { links == 0 ? 1 : Double(rightLinks) / Double(links) }
    package var recall: Double { pairs == 0 ? 1 : Double(foundPairs) / Double(pairs) }

    package init(labels: LinkLabels, links all: [Link], ledger: Ledger, threshold: Double) {
        self.threshold = threshold
        let themesOf = Dictionary(uniqueKeysWithValues: ledger.pledges.map { ($0.id, Set($0.themes)) })
        let byDeed = Dictionary(grouping: all, by: \.deed)
        for (deed, label) in labels.deeds.sorted(by: { $0.key < $1.key }) {
            guard let expected = label else { continue }
            let deedLinks = byDeed[deed] ?? []
            let strong = deedLinks.filter { $0.confidence >= threshold }
            links += strong.count
            rightLinks += strong.filter { !(themesOf[$0.pledge] ?? []).isDisjoint(with: expected) }.count
            let found = Set(strong.flatMap { themesOf[$0.pledge] ?? [] })
            pairs += expected.count
            foundPairs += expected.intersection(found).count
            if expected.isEmpty {
                if !strong.isEmpty { unrelatedLinked.append(deed) }
            } else {
                themed += 1
                let best = deedLinks.max { ($0.confidence, $1.pledge) < ($1.confidence, $0.pledge) }
                if let best, !(themesOf[best.pledge] ?? []).isDisjoint(with: expected) { topCorrect += 1 }
            }
        }
    }

    package var summary: String {
        String(
            format:
                "threshold %.2f: precision %.2f (%d of %d links), recall %.2f (%d of %d deed-themes); strongest link on a labelled theme for %d of %d themed deeds; %d unrelated deeds linked",
            threshold, precision, rightLinks, links, recall, foundPairs, pairs, topCorrect, themed,
            unrelatedLinked.count)
    }
}
