import Core
import Deeds
import Foundation
import Ledger
import Text

/// What the rubric's conditions read of a deed: its kind, the decision, the stage of a bill, the state of a
/// commitment and the cabinet's advice, derived once from what `Deed` holds.
///
/// A bill's steps (`Deed.stages`) are read by `moments`: each dated step is a moment of its own.
package struct DeedFacts: Sendable {
    package var kind: String
    package var outcome: Rubric.Outcome
    package var stage: Rubric.Stage?
    package var commitment: Rubric.CommitmentState?
    /// The cabinet's advice, lower case without surrounding spaces (`oordeel kamer`).
    package var appraisal: String?

    package init(_ deed: Deed) {
        kind = deed.kind.rawValue
        outcome = Self.outcome(deed.outcome?.result)
        stage = Self.stage(of: deed)
        commitment = deed.status.flatMap(Self.commitment)
        appraisal = deed.cabinetAppraisal.map { $0.lowercased().trimmingCharacters(in: .whitespacesAndNewlines) }
    }

    /// The moments a deed can count at, each with what it showed then.
    ///
    /// A bill (`wetsvoorstel:<dossier>`) carries the steps it took, each dated by the document that attests
    /// it: every dated step is a moment of its own, so a bill submitted before a pledge and made law after it
    /// counts at the Staatsblad's date, and `--as-of` between two steps sees only the first. An undated step
    /// cannot be placed in time and counts at no moment. Any other deed has one moment, its `day`, or two when it
    /// was decided on a later day (a motion submitted on the 19th and adopted on the 25th): undecided from its day
    /// until the decision, which then takes its place (`Contribution.until`), so `--as-of` in between does not see
    /// a vote that had not yet been held, and after it the deed counts once. A bill's moment carries the step it is.
    package static func moments(_ deed: Deed) -> [(day: Day, facts: DeedFacts, step: Deed.Stage?)] {
        let dated = deed.stages.compactMap { stage in stage.date.map { (day: $0, stage: stage) } }
        guard !dated.isEmpty else {
            guard let day = deed.day else { return [] }
            let facts = DeedFacts(deed)
            if let decided = deed.outcome?.date, decided > day, facts.outcome != .undecided {
                var before = facts
                before.outcome = .undecided
                return [(day, before, nil), (decided, facts, nil)]
            }
            return [(day, facts, nil)]
        }
        return dated.sorted { ($0.day, $0.stage.step) < ($1.day, $1.stage.step) }.map { moment in
            var facts = DeedFacts(deed)
            (facts.stage, facts.outcome) = Self.reading(moment.stage.step)
            return (moment.day, facts, moment.stage)
        }
    }

    /// A bill's step as the rubric reads it: the chamber (or the Staatsblad) and what it decided.
    static func reading(_ step: Deed.Stage.Step) -> (Rubric.Stage?, Rubric.Outcome) {
        switch step {
        case .submitted: (nil, .undecided)
        case .adoptedByTweedeKamer: (.tweedeKamer, .adopted)
        case .rejectedByTweedeKamer: (.tweedeKamer, .rejected)
        case .adoptedByEersteKamer: (.eersteKamer, .adopted)
        case .rejectedByEersteKamer: (.eersteKamer, .rejected)
        case .withdrawn: (nil, .withdrawn)
        case .staatsblad: (.staatsblad, .adopted)
        }
    }

    static func outcome(_ result: Deed.Outcome.Result?) -> Rubric.Outcome {
        switch result {
        case .adopted: .adopted
        case .rejected: .rejected
        case .tied: .tied
        case .withdrawn: .withdrawn
        case .unknown, nil: .undecided
        }
    }

    /// The stage a deed shows of a bill, from what a deed holds today: a law in the Staatsblad ("Wet van …",
    /// `kind: law`) is the law made — not any other Staatsblad publication, such as the decree that sets the day a
    /// law takes effect; a decision on an Eerste Kamer document (`kst-<dossier>-<letters>`, the Eerste Kamer numbers
    /// its papers with letters) is the Eerste Kamer's; any other decided bill is the Tweede Kamer's.
    static func stage(of deed: Deed) -> Rubric.Stage? {
        if deed.kind == .law { return .staatsblad }
        guard deed.kind == .bill, let outcome = deed.outcome, outcome.result != .unknown else { return nil }
        if deed.id.wholeMatch(of: eersteKamerPaper) != nil { return .eersteKamer }
        return .tweedeKamer
    }

    /// An Eerste Kamer paper's id (made once: a regex literal in a function is parsed again at every call).
    nonisolated(unsafe) private static let eersteKamerPaper = /kst-[0-9]+(-[A-Z0-9]+)?-[A-Z]+/

    /// `Openstaand`, `Voldaan`, `Deels voldaan`, `Vervallen`, as the Tweede Kamer words a commitment's state.
    static func commitment(_ status: String) -> Rubric.CommitmentState? {
        switch status.lowercased().trimmingCharacters(in: .whitespaces) {
        case "openstaand", "open": .open
        case "voldaan": .fulfilled
        case "deels voldaan", "gedeeltelijk voldaan": .partlyFulfilled
        case "vervallen", "niet voldaan": .lapsed
        default: nil
        }
    }
}

/// A rule with its title phrases folded once, for matching many deeds.
struct CompiledRule: Sendable {
    let rule: Rubric.Rule
    let title: [FoldedPhrase]
    let appraisals: [String]

    init(_ rule: Rubric.Rule) {
        self.rule = rule
        title = rule.when.title.map(FoldedPhrase.init)
        appraisals = rule.when.appraisals.map { $0.lowercased().trimmingCharacters(in: .whitespaces) }
    }

    /// Whether a deed with these facts, linked with this stance, meets the rule's condition.
    func matches(_ facts: DeedFacts, stance: Link.Stance, title deedTitle: () -> FoldedText) -> Bool {
        let when = rule.when
        if !when.kinds.isEmpty, !when.kinds.contains(facts.kind) { return false }
        if !when.stances.isEmpty, !when.stances.contains(stance) { return false }
        if !when.outcomes.isEmpty, !when.outcomes.contains(facts.outcome) { return false }
        if !when.stages.isEmpty, !facts.stage.map(when.stages.contains).orFalse { return false }
        if !when.commitments.isEmpty, !facts.commitment.map(when.commitments.contains).orFalse { return false }
        if !appraisals.isEmpty {
            let advice = facts.appraisal ?? "geen"
            if !appraisals.contains(where: { advice.hasPrefix($0) }) { return false }
        }
        if !title.isEmpty {
            let text = deedTitle()
            if !title.contains(where: text.contains) { return false }
        }
        return true
    }
}

extension Optional where Wrapped == Bool {
    var orFalse: Bool { self ?? false }
}
