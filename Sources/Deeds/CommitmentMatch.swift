import Foundation
import Text

/// Matches commitments read from what was said in a debate to the Kamer's own record of them, so that the
/// record wins.
///
/// A spoken commitment (`tk:activiteit:2025A04940:toezegging:1`, from a VLOS report) and a registered one
/// (`tk:toezegging:TZ…`, a SyncFeed `Toezegging`) are the same commitment when both name the same activity
/// (`refs.activities`) and their words largely agree: of the stemmed content words of the shorter text, at
/// least half occur in the other. Each is matched once, best agreement first. The registered commitment
/// then stands for both: it keeps its id, text and status, and takes from the spoken one what it lacks
/// (the minister, the dossiers of the debate); the spoken one is set aside.
package enum CommitmentMatch {
    /// The least share of shared content words for two commitments of one activity to be the same.
    package static let threshold = 0.5

    /// The deeds with every spoken commitment that a registered one stands for removed and folded into it,
    /// and, for each commitment removed, the id of the one that stands for it now.
    package static func preferringRecorded(_ deeds: [Deed]) -> (deeds: [Deed], replaced: [String: String]) {
        let replaced = matches(in: deeds)
        guard !replaced.isEmpty else { return (deeds, [:]) }
        let spoken = Dictionary(
            deeds.filter { replaced[$0.id] != nil }.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
        let absorbed = Dictionary(grouping: replaced.keys.sorted(), by: { replaced[$0]! })
        let result: [Deed] = deeds.compactMap { deed in
            guard replaced[deed.id] == nil else { return nil }
            guard let folded = absorbed[deed.id] else { return deed }
            var recorded = deed
            for id in folded {
                guard let words = spoken[id] else { continue }
                if recorded.actors.isEmpty { recorded.actors = words.actors }
                recorded.refs = recorded.refs.merged(with: words.refs)
                if recorded.date == nil { recorded.date = words.date }
            }
            return recorded
        }
        return (result, replaced)
    }

    /// Spoken commitment id → the id of the registered commitment it is.
    package static func matches(in deeds: [Deed]) -> [String: String] {
        let commitments = deeds.filter { $0.kind == .commitment && !$0.refs.activities.isEmpty }
        let recorded = commitments.filter { $0.source.format == .syncfeed }
        let spoken = commitments.filter { $0.source.format != .syncfeed }
        var candidates: [(score: Double, spoken: String, recorded: String)] = []
        for said in spoken {
            let words = stems(said.text)
            for record in recorded where !Set(record.refs.activities).isDisjoint(with: said.refs.activities) {
                let score = agreement(words, stems(record.text))
                if score >= threshold { candidates.append((score, said.id, record.id)) }
            }
        }
        candidates.sort { ($1.score, $0.spoken, $0.recorded) < ($0.score, $1.spoken, $1.recorded) }
        var matched: [String: String] = [:]
        var taken: Set<String> = []
        for candidate in candidates where matched[candidate.spoken] == nil && !taken.contains(candidate.recorded) {
            matched[candidate.spoken] = candidate.recorded
            taken.insert(candidate.recorded)
        }
        return matched
    }

    /// The share of the shorter text's content stems that the other text has too.
    static func agreement(_ lhs: Set<String>, _ rhs: Set<String>) -> Double {
        let smaller = min(lhs.count, rhs.count)
        return smaller == 0 ? 0 : Double(lhs.intersection(rhs).count) / Double(smaller)
    }

    private static func stems(_ text: String) -> Set<String> {
        Set(DutchText.contentWords(text).map(DutchStemmer.shared.stem))
    }
}
