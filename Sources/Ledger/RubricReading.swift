import Core
import Foundation
import Text

// Reading `Commitments/rubric.yaml`. Like every ledger file, each problem is reported with its position and
// what was expected, and a rubric with problems is not used.

extension Rubric {
    static let fields = [
        "version", "evidence", "stalled_after_months", "progress", "milestones", "terms", "rules",
    ]

    /// Reads the `rubric:` mapping; nil when it is unusable (every problem is on `reader`).
    static func read(_ node: YAMLNodeRef, _ reader: YAMLReader, fingerprint: String) -> Rubric? {
        guard let fields = reader.fields(node, of: "the rubric", allowed: fields) else { return nil }
        let version = fields.string("version", expected: "the rubric's version, such as \"1.0\"")
        let evidence = reader.fields(
            fields.value("evidence"), of: "the rubric's evidence", allowed: ["confidence", "review_weight"])
        if !fields.has("evidence") {
            reader.report(node, "the rubric has no 'evidence'; expected confidence: and review_weight:")
        }
        let confidence = evidence?.number("confidence", in: 0...1, expected: "a link confidence between 0 and 1")
        let reviewWeight = evidence?.number(
            "review_weight", in: 1...10, expected: "how many times an analyst-confirmed link counts, 1 or more")
        let stalled = fields.number(
            "stalled_after_months", in: 1...120, expected: "a number of months, such as 6"
        ).map { Int($0) }
        let progress = ProgressScale.read(fields.value("progress"), reader)
        if !fields.has("progress") {
            reader.report(node, "the rubric has no 'progress'; expected cap:, kept:, partial:, broken:")
        }
        let milestones = readMilestones(fields.value("milestones"), reader)
        if !fields.has("milestones") {
            reader.report(node, "the rubric has no 'milestones'; expected lists of milestones")
        }
        let known = Set(milestones.joined())
        var terms: [Term] = []
        for item in reader.items(fields.value("terms"), of: "'terms' of the rubric") {
            guard let term = Term.read(item, reader) else { continue }
            // One end per government: a second term of the same id or the same actor and parties would be passed
            // over in silence (the scorer takes the first that covers a pledge).
            if let first = terms.first(where: { $0.id == term.id }) {
                reader.report(item, "duplicate term id '\(term.id)'; it is already defined at \(first.location)")
                continue
            }
            if let first = terms.first(where: { $0.actor == term.actor && Set($0.parties) == Set(term.parties) }) {
                reader.report(
                    item,
                    "term '\(term.id)' ends the same government as term '\(first.id)' (\(first.location)): actor \(term.actor), parties \(term.parties.joined(separator: ", ")); expected one term per government"
                )
                continue
            }
            terms.append(term)
        }
        var rules: [Rule] = []
        var seen: [String: SourceLocation] = [:]
        for item in reader.items(fields.value("rules"), of: "'rules' of the rubric") {
            guard let rule = Rule.read(item, reader, milestones: known) else { continue }
            if let first = seen[rule.id] {
                reader.report(item, "duplicate rule id '\(rule.id)'; it is already defined at \(first)")
                continue
            }
            seen[rule.id] = rule.location
            rules.append(rule)
        }
        if rules.isEmpty {
            reader.report(fields.value("rules") ?? node, "the rubric has no rules; expected a list under 'rules:'")
        }
        guard let version, let confidence, let reviewWeight, let stalled, let progress else { return nil }
        return Rubric(
            version: version, evidenceConfidence: confidence, reviewWeight: reviewWeight, stalledAfterMonths: stalled,
            progress: progress, milestones: milestones, terms: terms, rules: rules, fingerprint: fingerprint,
            location: reader.location(node))
    }

    private static func readMilestones(_ node: YAMLNodeRef?, _ reader: YAMLReader) -> [[String]] {
        var chains: [[String]] = []
        var seen: Set<String> = []
        for item in reader.items(node, of: "'milestones' of the rubric") {
            var chain: [String] = []
            let steps = YAMLReader.isNull(item) ? [] : (reader.scalarOrItems(item))
            for (name, step) in steps {
                if !Identifiers.isSlug(name) {
                    reader.report(
                        step, "milestone '\(name)' is not a slug; expected lower-case words joined by hyphens")
                } else if !seen.insert(name).inserted {
                    reader.report(step, "milestone '\(name)' appears twice; each milestone belongs to one chain")
                } else {
                    chain.append(name)
                }
            }
            if !chain.isEmpty { chains.append(chain) }
        }
        return chains
    }
}

extension Rubric.ProgressScale {
    static func read(_ node: YAMLNodeRef?, _ reader: YAMLReader) -> Rubric.ProgressScale? {
        guard
            let fields = reader.fields(
                node, of: "the rubric's progress", allowed: ["cap", "kept", "partial", "broken"])
        else { return nil }
        let values = ["cap", "kept", "partial", "broken"].map {
            fields.number($0, in: 0...100, expected: "a whole number from 0 to 100").map { Int($0) }
        }
        guard let cap = values[0], let kept = values[1], let partial = values[2], let broken = values[3] else {
            return nil
        }
        if cap > kept {
            reader.report(fields.value("cap"), "progress cap \(cap) is above kept \(kept); expected cap ≤ kept")
        }
        return .init(cap: cap, kept: kept, partial: partial, broken: broken)
    }
}

extension Rubric.Term {
    static func read(_ node: YAMLNodeRef, _ reader: YAMLReader) -> Rubric.Term? {
        guard
            let fields = reader.fields(
                node, of: "a term of the rubric", allowed: ["id", "actor", "parties", "ends", "note"])
        else { return nil }
        let id = fields.string("id", expected: "a slug such as kabinet-schoof")
        let actor = fields.string("actor", expected: "the pledges' actor, such as kabinet")
        let parties = fields.strings("parties", required: true, expected: "the parties of the government").map(\.0)
        let ends = fields.day("ends")
        guard let id, let actor, let ends, !parties.isEmpty else { return nil }
        return .init(id: id, actor: actor, parties: parties, ends: ends, location: reader.location(node))
    }
}

extension Rubric.Rule {
    static let fields = ["id", "label", "when", "progress", "milestone", "decides", "reason"]
    static let conditions = ["kinds", "stance", "outcome", "stage", "commitment", "appraisal", "title"]

    static func read(_ node: YAMLNodeRef, _ reader: YAMLReader, milestones: Set<String>) -> Rubric.Rule? {
        guard let unnamed = reader.fields(node, of: "a rule of the rubric", allowed: fields) else { return nil }
        let id = unnamed.string("id", expected: "a slug such as motie-aangenomen-steunt")
        let what = "rule '\(id ?? "?")'"
        let fields = unnamed.named(what)
        if let id, !Identifiers.isSlug(id) {
            reader.report(
                fields.value("id"), "\(what) has an id that is not a slug; expected lower-case words joined by hyphens")
        }
        let label = fields.string("label", expected: "one line in Dutch saying what the rule counts")
        let progress = fields.number("progress", in: -100...100, expected: "points from -100 to 100").map { Int($0) }
        let when = readCondition(fields.value("when"), of: what, reader)
        if !fields.has("when") { reader.report(node, "\(what) has no 'when'; expected the condition a deed must meet") }
        let milestone = fields.string("milestone", required: false)
        if let milestone, !milestones.contains(milestone) {
            var message =
                "\(what) reaches unknown milestone '\(milestone)'; expected one of the rubric's milestones: \(milestones.sorted().joined(separator: ", "))"
            if let close = closestMatch(to: milestone, in: Array(milestones)) {
                message += " (did you mean '\(close)'?)"
            }
            reader.report(fields.value("milestone"), message)
        }
        let decision = Rubric.Decision.read(fields, of: what, reasons: BrokenReason.allCases)
        if decision.given, milestone == nil {
            reader.report(
                fields.value("decides"),
                "\(what) decides a status but reaches no milestone; expected milestone: the step that decides it")
        }
        guard let id, let label, let progress, let when else { return nil }
        return Rubric.Rule(
            id: id, label: label, when: when, progress: progress, milestone: milestone, decides: decision.decision,
            location: reader.location(node))
    }

    private static func readCondition(_ node: YAMLNodeRef?, of what: String, _ reader: YAMLReader) -> Rubric.Condition?
    {
        guard let fields = reader.fields(node, of: "the condition of \(what)", allowed: conditions) else { return nil }
        var condition = Rubric.Condition()
        condition.kinds = fields.words("kinds", from: Rubric.deedKinds)
        condition.stances = fields.words("stance", from: Link.Stance.allCases.map(\.rawValue)).compactMap(
            Link.Stance.init)
        condition.outcomes = fields.words("outcome", from: Rubric.Outcome.allCases.map(\.rawValue)).compactMap(
            Rubric.Outcome.init)
        condition.stages = fields.words("stage", from: Rubric.Stage.allCases.map(\.rawValue)).compactMap(
            Rubric.Stage.init)
        condition.commitments = fields.words("commitment", from: Rubric.CommitmentState.allCases.map(\.rawValue))
            .compactMap(Rubric.CommitmentState.init)
        condition.appraisals = fields.strings("appraisal", expected: "the cabinet's advice as the source words it").map(
            \.0)
        for (phrase, item) in fields.strings("title", expected: "phrases of a deed's title") {
            if !FoldedPhrase(phrase).isUsable {
                reader.report(
                    item,
                    "title phrase '\(phrase)' of \(what) can never match; expected at least three letters or digits")
            }
            condition.title.append(phrase)
        }
        return condition
    }
}

extension YAMLFields {
    /// A number within `range`; reports anything else.
    func number(_ key: String, in range: ClosedRange<Double>, expected: String) -> Double? {
        guard let text = string(key, expected: expected) else { return nil }
        guard let value = Double(text), range.contains(value) else {
            reader.report(value(key), "'\(key)' of \(what) is '\(text)'; expected \(expected)")
            return nil
        }
        return value
    }

    /// A list of words, each one of `options` (with a suggestion for a near miss).
    func words(_ key: String, from options: [String]) -> [String] {
        strings(key, expected: "one or more of: \(options.joined(separator: ", "))").compactMap { word, item in
            guard options.contains(word) else {
                var message = "'\(key)' of \(what) has '\(word)'; expected one of: \(options.joined(separator: ", "))"
                if let close = closestMatch(to: word, in: options) { message += " (did you mean '\(close)'?)" }
                reader.report(item, message)
                return nil
            }
            return word
        }
    }
}

extension YAMLReader {
    /// The texts of a scalar or of a flow or block list, each with its node.
    func scalarOrItems(_ node: YAMLNodeRef) -> [(String, YAMLNodeRef)] {
        if case .scalar(let scalar) = node { return [(scalar.string, node)] }
        return items(node, of: "a chain of milestones").compactMap { item in
            guard case .scalar(let scalar) = item else {
                report(item, "each milestone must be a word")
                return nil
            }
            return (scalar.string.trimmingCharacters(in: .whitespaces), item)
        }
    }
}

extension Rubric.Decision {
    /// `decides:` and its `reason:` (for broken, and only then) of a rubric rule or a review, each problem reported
    /// where it is; `given` says whether `decides:` names a status (a broken one without a reason decides nothing).
    static func read(_ fields: YAMLFields, of what: String, reasons: [BrokenReason]) -> (
        decision: Rubric.Decision?, given: Bool
    ) {
        let reader = fields.reader
        let names = reasons.map(\.rawValue)
        let decides = fields.choice("decides", from: ["kept", "partial", "broken"], required: false)
        let reason = fields.choice("reason", from: names, required: false)
        if decides == "broken", reason == nil, !fields.has("reason") {
            reader.report(
                fields.value("decides"),
                "\(what) decides broken without a reason; expected reason: one of \(names.joined(separator: ", "))")
        }
        if let reason, decides != "broken" {
            reader.report(
                fields.value("reason"),
                "\(what) gives reason '\(reason)' but does not decide broken; expected a reason only with decides: broken"
            )
        }
        let decision: Rubric.Decision? =
            switch decides {
            case "kept": .kept
            case "partial": .partial
            case "broken": reason.flatMap(BrokenReason.init(rawValue:)).map { .broken($0) }
            default: nil
            }
        return (decision, decides != nil)
    }
}
