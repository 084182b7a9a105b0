import Core
import Deeds
import Foundation
import Ledger
import Scoring

/// A recorded run as the reports show it (`tracker runs`, the header of `tracker diff`).
package struct RunDescription: Encodable, Sendable, Hashable {
    package var id: Int64
    package var time: String
    package var command: String
    package var asOf: String
    package var rubric: String
    package var rubricHash: String
    package var ledgerHash: String
    package var deedsHash: String
    package var codeVersion: String

    package init(
        id: Int64, time: String, command: String, asOf: Day, rubric: String, rubricHash: String, ledgerHash: String,
        deedsHash: String, codeVersion: String
    ) {
        self.id = id
        self.time = time
        self.command = command
        self.asOf = asOf.description
        self.rubric = rubric
        self.rubricHash = rubricHash
        self.ledgerHash = ledgerHash
        self.deedsHash = deedsHash
        self.codeVersion = codeVersion
    }

    /// `run 2 (2026-12-03T10:00:00Z, ingest)`.
    package var label: String { "run \(id) (\(time), \(command))" }
}

/// A row of `tracker diff --format json`: one pledge that changed between two runs.
package struct ScoreChangeView: Encodable, Sendable {
    struct Side: Encodable, Sendable {
        var status: String
        @Null var reason: String?
        var progress: Int
        var rightsEffect: Double
    }

    struct Part: Encodable, Sendable {
        @Null var rule: String?
        var points: Int
        var reviewed: Bool
        /// What the deed decides by an analyst's review: `kept`, `partial`, `broken:<reason>`, or null.
        @Null var decides: String?
    }

    struct Cause: Encodable, Sendable {
        /// `deed`, `review`, `ledger`, `rubric` or `time`.
        var kind: String
        @Null var deed: String? = nil
        @Null var title: String? = nil
        @Null var before: Part? = nil
        @Null var after: Part? = nil
        @Null var from: String? = nil
        @Null var to: String? = nil
        /// The analyst whose decision it was, and its day (a `review` cause, when the ledger names one).
        @Null var by: String? = nil
        @Null var on: String? = nil
    }

    var pledge: String
    var fromRun: Int64
    var toRun: Int64
    @Null var before: Side?
    @Null var after: Side?
    var causes: [Cause]

    package init(
        _ change: ScoreChange, from: RunDescription, to: RunDescription, deeds: [String: Deed],
        reviews: Reviews = Reviews([])
    ) {
        pledge = change.pledge
        fromRun = from.id
        toRun = to.id
        before = change.before.map(Self.side)
        after = change.after.map(Self.side)
        causes = change.causes.map { cause in
            switch cause {
            case .deed(let deed, let before, let after):
                // A review: an analyst confirmed (or no longer confirms) the link, or made it, or marked the deed
                // decisive (or no longer does).
                let decided = DiffText.decision(reviews, pledge: change.pledge, deed: deed, before, after)
                let review =
                    (before?.reviewed ?? false) != (after?.reviewed ?? false) || before?.decides != after?.decides
                    || decided != nil
                return Cause(
                    kind: review ? "review" : "deed", deed: deed, title: deeds[deed]?.title,
                    before: before.map(Self.part),
                    after: after.map(Self.part), by: decided?.by, on: decided?.on.description)
            case .ledger: return Cause(kind: "ledger")
            case .rubric(let old, let new): return Cause(kind: "rubric", from: old, to: new)
            case .time(let old, let new): return Cause(kind: "time", from: old.description, to: new.description)
            }
        }
    }

    private static func side(_ snapshot: ScoreSnapshot) -> Side {
        Side(
            status: snapshot.status.rawValue, reason: snapshot.reason?.rawValue, progress: snapshot.progress,
            rightsEffect: snapshot.rightsEffect)
    }

    private static func part(_ part: ScoreSnapshot.Part) -> Part {
        Part(rule: part.rule, points: part.points, reviewed: part.reviewed, decides: part.decides?.code)
    }
}

/// `tracker diff` in the terminal, in Dutch: the two runs, then each pledge that changed and what moved it.
package struct DiffText: Sendable {
    package var from: RunDescription
    package var to: RunDescription
    package var changes: [ScoreChange]
    package var deeds: [String: Deed]
    package var wrap: TextWrap

    package var reviews: Reviews

    package init(
        from: RunDescription, to: RunDescription, changes: [ScoreChange], deeds: [String: Deed],
        reviews: Reviews = Reviews([]), width: Int
    ) {
        self.from = from
        self.to = to
        self.changes = changes
        self.deeds = deeds
        self.reviews = reviews
        wrap = TextWrap(width: width)
    }

    /// The analyst's decision that a deed's change between two runs comes from, as the ledger holds it now: a
    /// rejection for a deed that no longer counts, a confirmation for one now confirmed, the decision that marks
    /// or unmarks it decisive. Nil when the change is the linker's or the deed's own.
    static func decision(
        _ reviews: Reviews, pledge: String, deed: String, _ before: ScoreSnapshot.Part?, _ after: ScoreSnapshot.Part?
    ) -> Review? {
        guard let review = reviews.decision(pledge: pledge, deed: deed) else { return nil }
        switch (before, after) {
        case (.some, nil): return review.verdict == .rejected ? review : nil
        case (let before, let after?):
            let changed = (before?.reviewed ?? false) != after.reviewed || before?.decides != after.decides
            guard changed, review.verdict == .confirmed else { return nil }
            // A decisive mark is the judgement of the analyst who made it, not of one who confirmed the link since.
            if after.decides != nil, before?.decides != after.decides {
                return reviews.marking(pledge: pledge, deed: deed) ?? review
            }
            return review
        case (nil, nil): return nil
        }
    }

    package func render() -> String {
        var lines = wrap.lines("Verschil tussen \(from.label) en \(to.label)")
        var inputs: [String] = []
        inputs.append(from.ledgerHash == to.ledgerHash ? "register ongewijzigd" : "register gewijzigd")
        inputs.append(
            from.rubricHash == to.rubricHash
                ? "rubric \(to.rubric) ongewijzigd" : "rubric \(from.rubric) → \(to.rubric) gewijzigd")
        inputs.append(from.deedsHash == to.deedsHash ? "daden ongewijzigd" : "daden gewijzigd")
        inputs.append(from.asOf == to.asOf ? "stand per \(to.asOf)" : "stand per \(from.asOf) → \(to.asOf)")
        lines += wrap.lines("Invoer: " + inputs.joined(separator: "; ") + ".", rest: "  ")
        guard !changes.isEmpty else {
            lines += wrap.lines("Geen belofte veranderd van status, voortgang of rechteneffect.")
            return lines.joined(separator: "\n")
        }
        lines += wrap.lines("\(Dutch.count(changes.count, "belofte", "beloften")) veranderd:")
        for change in changes {
            lines.append("")
            lines += wrap.lines(change.pledge)
            lines += wrap.lines(movement(change), first: "  ", rest: "    ")
            for cause in change.causes {
                lines += wrap.lines(describe(cause, pledge: change.pledge), first: "  door: ", rest: "    ")
            }
        }
        return lines.joined(separator: "\n")
    }

    private func movement(_ change: ScoreChange) -> String {
        guard let before = change.before else { return "nieuw in het register" }
        guard let after = change.after else { return "niet meer in het register" }
        return
            "\(Dutch.status(before.status, reason: before.reason)) → \(Dutch.status(after.status, reason: after.reason)); voortgang \(before.progress) → \(after.progress); rechteneffect \(Dutch.signed(before.rightsEffect)) → \(Dutch.signed(after.rightsEffect))"
    }

    private func describe(_ cause: ScoreCause, pledge pledgeID: String) -> String {
        switch cause {
        case .deed(let deed, let before, let after):
            let title = deeds[deed].map { " “\($0.title.collapsingWhitespace())”" } ?? ""
            func part(_ part: ScoreSnapshot.Part) -> String {
                "\(part.points >= 0 ? "+" : "")\(part.points) volgens \(part.rule ?? "geen regel")"
            }
            func marked(_ part: ScoreSnapshot.Part) -> String {
                part.decides.map { "; doorslaggevend: \(Dutch.decision($0))" } ?? ""
            }
            // Who decided, when the ledger names the analyst: "A. Analist (6 december 2026)", else "een analist".
            let analyst = Self.decision(reviews, pledge: pledgeID, deed: deed, before, after).map {
                "\($0.by) (\(Dutch.date($0.on)))"
            }
            switch (before, after) {
            case (nil, let after?):
                return
                    "\(deed)\(title) telt nu mee\(after.reviewed ? ", door \(analyst ?? "een analist") gekoppeld" : ""): \(part(after))\(marked(after))"
            case (let before?, nil):
                let why = analyst.map { ": verworpen door \($0)" } ?? ""
                return "\(deed)\(title) telt niet meer mee\(why) (was \(part(before)))"
            case (let before?, let after?) where before.reviewed != after.reviewed:
                return
                    "\(deed)\(title): koppeling \(after.reviewed ? "bevestigd" : "niet meer bevestigd") door \(analyst ?? "een analist"), \(part(before)) → \(part(after))\(marked(after))"
            case (let before?, let after?) where before.decides != after.decides:
                let now = after.decides.map {
                    "door \(analyst ?? "een analist") doorslaggevend genoemd: \(Dutch.decision($0))"
                }
                return
                    "\(deed)\(title): \(now ?? "niet meer doorslaggevend volgens een analist (was \(Dutch.decision(before.decides!)))")"
            case (let before?, let after?): return "\(deed)\(title): \(part(before)) → \(part(after))"
            case (nil, nil): return deed
            }
        case .ledger:
            return
                "het register van deze belofte is gewijzigd (kept_by, oordeel, rechtenrichting, datum of partijen)"
        case .rubric(let old, let new): return "de rubric is gewijzigd (\(old) → \(new))"
        case .time(let old, let new):
            return "alleen de tijd: stand per \(old) → \(new) (geen nieuwe daad, geen wijziging in register of rubric)"
        }
    }
}
