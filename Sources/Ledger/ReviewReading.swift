import Core
import Foundation

// Reading reviews from `Commitments/reviews/*.yaml`. A review of a pledge the ledger does not have is an
// error; whether its deed is in the database is checked where the database is (TrackerKit's Validation).

extension Review {
    static let fields = ["pledge", "deed", "verdict", "stance", "decides", "reason", "note", "by", "on"]

    /// One record of a `reviews:` list, or nil when it is unusable (every problem reported to `reader`).
    ///
    /// - Parameters:
    ///   - pledges: the ids of the ledger's pledges, each with its municipality (nil: a national pledge).
    ///   - named: the ids of every pledge record, also those with problems (not reported again here).
    static func read(_ node: YAMLNodeRef, _ reader: YAMLReader, pledges: [String: String?], named: Set<String>)
        -> Review?
    {
        guard let fields = reader.fields(node, of: "a review", allowed: fields) else { return nil }
        let pledge = fields.string("pledge", expected: "the id of a pledge of the ledger")
        let deed = fields.string("deed", expected: "a deed id such as kst-30950-440 (tracker deeds lists them)")
        let what = "the review of \(pledge ?? "?") → \(deed ?? "?")"
        let described = fields.named(what)
        let verdict = described.choice("verdict", from: Verdict.allCases.map(\.rawValue))
        let stance = described.choice("stance", from: Link.Stance.allCases.map(\.rawValue), required: false)
        // A deed ends no term: the end of a term breaks a pledge by the rubric's terms, not by a deed.
        let decides = Rubric.Decision.read(
            described, of: what, reasons: BrokenReason.allCases.filter { $0 != .endOfTerm })
        let note = described.string("note", required: false)
        let by = described.string("by", expected: "who decided")
        let on = described.day("on")
        if let on, on > Day.today() {
            reader.warn(described.value("on"), "\(what) is dated \(on), after today; expected the day of the decision")
        }
        if let pledge, pledges[pledge] == nil, !named.contains(pledge) {
            var message =
                "unknown pledge '\(pledge)' in a review; expected the id of a pledge in Commitments/national/ or Commitments/municipal/"
            if let close = closestMatch(to: pledge, in: Array(pledges.keys)) {
                message += " (did you mean '\(close)'?)"
            }
            reader.report(fields.value("pledge"), message)
        }
        var acrossLevels = false
        if let pledge, let deed, let municipality = pledges[pledge],
            let mismatch = Review.levelMismatch(deed: deed, pledge: pledge, municipality: municipality)
        {
            // A warning, the record ignored: trackers before 6 December 2026 wrote such reviews, and one left in
            // a team's files must not stop every command until someone removes it.
            reader.warn(
                fields.value("deed"),
                "\(what) cannot hold and is ignored: \(mismatch); remove this record (a deed counts only for pledges of its own level)"
            )
            acrossLevels = true
        }
        if let deed, deed.contains(where: \.isWhitespace) {
            reader.report(
                fields.value("deed"),
                "deed '\(deed)' of \(what) is not a deed id; expected an id without spaces such as kst-30950-440")
        }
        if verdict == Verdict.rejected.rawValue, let stance {
            reader.warn(
                fields.value("stance"),
                "\(what) rejects the link, so its stance '\(stance)' has no effect; expected a stance only with verdict: confirmed"
            )
        }
        if decides.given, verdict == Verdict.rejected.rawValue {
            reader.report(
                fields.value("decides"),
                "\(what) rejects the link and marks its deed decisive; expected decides: only with verdict: confirmed")
        }
        guard let pledge, pledges[pledge] != nil, let deed, !deed.contains(where: \.isWhitespace), let verdict,
            let by, let on, !acrossLevels,
            !(decides.given && verdict == Verdict.rejected.rawValue)
        else { return nil }
        return Review(
            pledge: pledge, deed: deed, verdict: Verdict(rawValue: verdict)!, stance: stance.flatMap(Link.Stance.init),
            decides: decides.decision, note: note, by: by, on: on, location: reader.location(node))
    }
}

extension Review {
    /// Why a deed is not one of a pledge's level of government, if it is not: a council's deeds (`gemeente:ID:…`)
    /// are its municipality's pledges' deeds, all others national pledges', as the linker has it.
    package static func levelMismatch(deed: String, pledge: String, municipality: String?) -> String? {
        let council = deed.hasPrefix("gemeente:") ? deed.split(separator: ":").dropFirst().first.map(String.init) : nil
        switch (council, municipality) {
        case (nil, nil): return nil
        case (let council?, nil):
            return
                "deed '\(deed)' is one of the council of \(council), and '\(pledge)' a national pledge; expected a deed of the Tweede Kamer or the government"
        case (nil, let municipality?):
            return
                "deed '\(deed)' is a national one, and '\(pledge)' a pledge of \(municipality); expected a deed of its council, gemeente:\(municipality):<item>"
        case (let council?, let municipality?):
            return council == municipality
                ? nil
                : "deed '\(deed)' is one of the council of \(council), and '\(pledge)' a pledge of \(municipality); expected a deed of its council, gemeente:\(municipality):<item>"
        }
    }
}
