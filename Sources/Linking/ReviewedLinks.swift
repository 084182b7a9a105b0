import Core
import Deeds
import Foundation
import Ledger

/// Applies the analysts' reviews (`Commitments/reviews/`) to the links the linker computed for a batch of deeds.
///
/// A review decides one link, and the analyst wins: a rejected link is dropped, so it never comes back
/// however the linker changes; a confirmed link is kept as evidence whatever its confidence (method
/// `review`, confidence 1, created when the linker found none); a review's stance replaces the linker's.
/// Links no review decides pass unchanged.
package struct ReviewedLinks: Sendable {
    /// The confidence of a confirmed link: an analyst is sure, so it counts at any evidence line.
    package static let confirmedConfidence = 1.0

    package let reviews: Reviews

    package init(_ reviews: Reviews) {
        self.reviews = reviews
    }

    /// The links of `deeds` as the reviews decide them; `links` are the linker's links of those deeds.
    package func apply(_ links: [Link], deeds: [Deed]) -> [Link] {
        var result: [Link] = []
        var decided: Set<String> = []
        for link in links {
            guard let review = reviews.decision(pledge: link.pledge, deed: link.deed) else {
                result.append(link)
                continue
            }
            decided.insert(link.id)
            if review.verdict == .confirmed { result.append(confirmed(link, by: review)) }
        }
        for deed in deeds {
            for (pledge, review) in reviews.decisions(deed: deed.id).sorted(by: { $0.key < $1.key })
            where review.verdict == .confirmed && !decided.contains("\(pledge)→\(deed.id)") {
                result.append(
                    Link(
                        pledge: pledge, deed: deed.id, confidence: Self.confirmedConfidence,
                        stance: review.stance ?? .mentions, method: .review,
                        explanation: "\(Self.decided(by: review)); de linker vond geen koppeling"))
            }
        }
        return result
    }

    /// The linker's link as an analyst confirmed it; the explanation keeps what the linker found.
    private func confirmed(_ link: Link, by review: Review) -> Link {
        var reasons = [Self.decided(by: review)]
        if let stance = review.stance, stance != link.stance {
            reasons.append("stand \(stance.dutch) (de linker: \(link.stance.dutch))")
        }
        let found = String(format: "%.3f", link.confidence).replacingOccurrences(of: ".", with: ",")
        reasons.append("de linker: \(found) via \(link.method.dutch), \(link.explanation)")
        return Link(
            pledge: link.pledge, deed: link.deed, confidence: Self.confirmedConfidence,
            stance: review.stance ?? link.stance, method: .review, explanation: reasons.joined(separator: "; "))
    }

    private static func decided(by review: Review) -> String {
        "bevestigd door \(review.by) op \(review.on)"
    }
}

/// What stored links were computed from, in parts, so a run can say which part changed.
struct LinkInputs: Sendable, Hashable {
    var ledger: String
    /// The ledger's files other than reviews, and its reviews.
    var records: String
    var reviews: String
    var linker: String

    init(ledger: Ledger, linker: String) {
        // The records and the reviews as the linker reads them (not the review files' bytes, which the ledger's
        // fingerprint, kept with each run, covers).
        var hasher = Digest.Hasher()
        hasher.update(ledger.recordsFingerprint + " " + ledger.reviewsFingerprint)
        self.ledger = hasher.hex()
        records = ledger.recordsFingerprint
        reviews = ledger.reviewsFingerprint
        self.linker = linker
    }

    /// Reads the stored form; nil for anything else (a fingerprint stored by an older version).
    init?(stored: String) {
        let words = stored.split(separator: " ").map(String.init)
        guard words.count == 8, words[0] == "ledger", words[2] == "records", words[4] == "reviews",
            words[6] == "linker"
        else { return nil }
        (ledger, records, reviews, linker) = (words[1], words[3], words[5], words[7])
    }

    /// The form kept with the links (`Store.linkState`).
    var stored: String { "ledger \(ledger) records \(records) reviews \(reviews) linker \(linker)" }

    /// Why links computed from `stored` (nil: none are) must all be computed again from these inputs.
    func reason(from stored: String?) -> String {
        guard let stored else { return "first run" }
        if let before = LinkInputs(stored: stored), before.records == records, before.linker == linker,
            before.reviews != reviews
        {
            return "the reviews changed"
        }
        return "the ledger or the linker changed"
    }
}
