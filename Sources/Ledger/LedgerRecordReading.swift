import Core
import Foundation
import Text

// Reading pledges and standards from their YAML records. Each reader reports every problem it
// finds to the `YAMLReader` and returns nil when the record is unusable.

extension Pledge {
    static let fields = [
        "id", "actor", "parties", "level", "date", "themes", "text", "quotation", "source", "kept_when", "deadline",
        "rights", "hints", "meets", "note", "kept_by", "verdict",
    ]

    static func read(_ node: YAMLNodeRef, _ reader: YAMLReader, known: KnownIDs) -> Pledge? {
        guard let unnamed = reader.fields(node, of: "a pledge", allowed: fields) else { return nil }
        let id = unnamed.string("id", expected: "a slug such as asiel-buitengrenzen")
        let what = "pledge '\(id ?? "?")'"
        let fields = unnamed.named(what)
        let actor = fields.string(
            "actor",
            expected:
                "kabinet, a party, gemeente:<id>, gemeente:<id>:college, gemeente:<id>:burgemeester or gemeente:<id>:<partij>"
        )
        let level = fields.choice("level", from: Level.allCases.map(\.rawValue))
        let date = fields.day("date")
        // A typo such as 2062 for 2026 hides a pledge from every letter and score until that day.
        if let date, date > Day.today() {
            reader.warn(
                fields.value("date"),
                "\(what) is dated \(date), after today; expected the day it was made (it counts from that day on)")
        }
        let themes = fields.strings("themes", required: true, expected: "theme ids from Commitments/themes.yaml")
        known.checkThemes(themes, of: what, reader)
        let text = fields.string("text", expected: "the pledge's words (the quotation)")
        let quotation = fields.choice("quotation", from: ["exact", "paraphrase"])
        let source = Citation.read(fields.value("source"), of: what, reader, known: known)
        if !fields.has("source") { reader.report(node, "\(what) has no 'source'; expected document: and section:") }
        let keptWhen = fields.string("kept_when", expected: "a testable criterion for the pledge being kept")
        let deadline = fields.day("deadline", required: false)
        if let deadline, let date, deadline < date {
            reader.report(
                fields.value("deadline"),
                "\(what) has deadline \(deadline), before its date \(date); expected a day on or after the pledge was made"
            )
        }
        let rights = RightsAssessment.read(fields.value("rights"), of: what, reader, known: known)
        if !fields.has("rights") { reader.report(node, "\(what) has no 'rights'; expected direction:, reason:, by:") }
        let hints = LinkHints.read(
            fields.value("hints"), of: what, municipality: actor.flatMap(MunicipalActor.init)?.municipality, reader)
        let meets = fields.strings("meets", expected: "ids of standards the pledge meets")
        known.checkStandards(meets, of: what, reader)
        let keptBy = KeptBy.read(fields.value("kept_by"), of: what, reader)
        let verdict = Verdict.read(fields.value("verdict"), pledge: id ?? "?", of: what, reader)
        if let actor, let municipality = known.municipality, actor != "gemeente:\(municipality)",
            !actor.hasPrefix("gemeente:\(municipality):")
        {
            reader.report(
                fields.value("actor"),
                "\(what) is in the folder of municipality '\(municipality)' but its actor is '\(actor)'; expected gemeente:\(municipality) or gemeente:\(municipality):<partij>"
            )
        }
        if let actor, actor.hasPrefix("gemeente"), MunicipalActor(actor) == nil {
            reader.report(
                fields.value("actor"),
                "\(what) has actor '\(actor)'; expected gemeente:<id>, gemeente:<id>:college, gemeente:<id>:burgemeester or gemeente:<id>:<partij>"
            )
        }
        // A typo must not make a party of its own: `kabniet` for kabinet, `colege` for college.
        let named = fields.strings("parties").map(\.0)
        if let actor, actor != "kabinet", !actor.hasPrefix("gemeente"),
            actor.lowercased() == "kabinet" || (actor.first.map { !$0.isUppercase && !$0.isNumber } ?? false)
        {
            reader.report(
                fields.value("actor"),
                "\(what) has actor '\(actor)'; expected kabinet or a party's name as it is written (VVD, GroenLinks)"
                    + (closestMatch(to: actor.lowercased(), in: ["kabinet"]).map { " (did you mean '\($0)'?)" } ?? ""))
        }
        if let actor, let municipal = MunicipalActor(actor), case .party(let slug) = municipal.role,
            slug != slug.lowercased() || (!named.isEmpty && !named.contains { MunicipalActor.slug(slug, names: $0) })
                || (named.isEmpty && closestMatch(to: slug, in: ["college", "burgemeester"]) != nil)
        {
            let roles = ["college", "burgemeester"] + named.map { $0.lowercased().filter(\.isLetter) }
            reader.report(
                fields.value("actor"),
                "\(what) has actor '\(actor)', whose '\(slug)' is neither college, burgemeester nor a lower-case slug of one of its parties (\(named.joined(separator: ", "))); expected gemeente:\(municipal.municipality):<partij> such as gemeente:\(municipal.municipality):\(roles.last ?? "groenlinks")"
                    + (closestMatch(to: slug.lowercased(), in: roles).map { " (did you mean '\($0)'?)" } ?? ""))
        }
        if let actor, MunicipalActor(actor)?.role == .college, !fields.has("parties") {
            reader.report(
                fields.value("actor"),
                "\(what) is the college's pledge but names no parties; expected parties: the coalition parties of the college"
            )
        }
        if let actor, let level {
            let municipal = actor.hasPrefix("gemeente:")
            if municipal != (level == Level.municipal.rawValue) {
                reader.report(
                    fields.value("level"),
                    "\(what) has actor '\(actor)' but level '\(level)'; expected level \(municipal ? "municipal" : "national")"
                )
            }
        }
        guard let id, let actor, let level, let date, !themes.isEmpty, let text, let quotation, let source,
            let keptWhen,
            let rights
        else { return nil }
        var parties = fields.strings("parties").map(\.0)
        if parties.isEmpty {
            // A party's pledge is its own; the cabinet, a municipality and a mayor name their parties explicitly.
            switch MunicipalActor(actor)?.role {
            case .party(let party): parties = [party]
            case .some: break
            case nil: if actor != "kabinet" { parties = [actor] }
            }
        }
        return Pledge(
            id: id, actor: actor, parties: parties, level: Level(rawValue: level)!, date: date, themes: themes.map(\.0),
            text: text, quotation: Quotation(rawValue: quotation)!, source: source, keptWhen: keptWhen,
            deadline: deadline, rights: rights, hints: hints ?? LinkHints(), meets: meets.map(\.0),
            keptBy: keptBy, verdict: verdict, location: reader.location(node))
    }
}

extension RightsAssessment {
    static let fields = ["direction", "standard", "reason", "by", "on"]

    static func read(_ node: YAMLNodeRef?, of what: String, _ reader: YAMLReader, known: KnownIDs) -> RightsAssessment?
    {
        guard let fields = reader.fields(node, of: "the rights assessment of \(what)", allowed: fields) else {
            return nil
        }
        let direction = fields.choice("direction", from: Direction.allCases.map(\.rawValue))
        let reason = fields.string("reason", expected: "the reasoning in one line")
        let by = fields.string("by", expected: "who assessed it")
        let on = fields.day("on", required: false)
        let standard = fields.string("standard", required: false)
        if let standard, !known.standards.contains(standard) {
            reader.report(
                fields.value("standard"),
                "unknown standard '\(standard)' in the rights assessment of \(what); expected the id of a standard in Commitments/standards/"
            )
        }
        guard let direction, let reason, let by else { return nil }
        return RightsAssessment(
            direction: Direction(rawValue: direction)!, standard: standard,
            reason: reason, assessedBy: by, assessedOn: on,
            standardLocation: fields.value("standard").map { reader.location($0) })
    }
}

extension LinkHints {
    static let fields = [
        "phrases", "dossiers", "zaken", "kamerstukken", "council_documents", "exclude", "supports", "opposes",
        "wants", "counter_phrases", "theme_wide", "phrases_on_theme", "counter_phrases_on_theme", "other_deeds",
    ]

    static func read(_ node: YAMLNodeRef?, of what: String, municipality: String?, _ reader: YAMLReader) -> LinkHints? {
        guard let fields = reader.fields(node, of: "the link hints of \(what)", allowed: fields) else { return nil }
        var hints = LinkHints()
        let phrases = fields.strings("phrases")
        let counterPhrases = fields.strings("counter_phrases")
        let onTheme = fields.strings("phrases_on_theme")
        let counterOnTheme = fields.strings("counter_phrases_on_theme")
        let exclude = fields.strings("exclude")
        let excluded = exclude.map { FoldedPhrase($0.0) }
        for (phrase, item) in phrases + counterPhrases + onTheme + counterOnTheme + exclude + fields.strings("supports")
            + fields.strings("opposes") + fields.strings("other_deeds")
        {
            let folded = FoldedPhrase(phrase)
            if !folded.isUsable {
                reader.report(
                    item, "link hint '\(phrase)' of \(what) can never match; expected at least three letters or digits")
            }
        }
        for (phrase, item) in phrases + counterPhrases + onTheme + counterOnTheme {
            let folded = FoldedPhrase(phrase)
            if let blocker = excluded.first(where: { FoldedText(folded.folded).contains($0) && $0.isUsable }) {
                reader.report(
                    item,
                    "link hint '\(phrase)' of \(what) can never match: every deed containing it also contains the exclusion '\(blocker.original)'"
                )
            }
        }
        hints.phrases = phrases.map(\.0)
        hints.exclude = exclude.map(\.0)
        hints.supports = fields.strings("supports").map(\.0)
        hints.opposes = fields.strings("opposes").map(\.0)
        hints.otherDeeds = fields.strings("other_deeds").map(\.0)
        hints.wants = fields.choice("wants", from: LinkHints.Wants.allCases.map(\.rawValue), required: false)
            .flatMap(LinkHints.Wants.init)
        hints.counterPhrases = counterPhrases.map(\.0)
        hints.phrasesOnTheme = onTheme.map(\.0)
        hints.counterPhrasesOnTheme = counterOnTheme.map(\.0)
        if hints.wants == nil, let first = (counterPhrases + counterOnTheme).first {
            reader.report(
                first.1,
                "counter_phrases of \(what) say nothing without `wants`; expected `wants: less` or `wants: more` beside them"
            )
        }
        hints.themeWide = fields.bool("theme_wide", required: false) ?? false
        for (dossier, item) in fields.strings("dossiers") {
            if !Identifiers.isDossier(dossier) {
                reader.report(
                    item,
                    "dossier '\(dossier)' of \(what) can never match; expected a Kamerstuk dossier number such as 30950 or 36740-VII"
                )
            }
            hints.dossiers.append(dossier)
        }
        for (zaak, item) in fields.strings("zaken") {
            if !Identifiers.isZaak(zaak) {
                reader.report(
                    item, "zaak '\(zaak)' of \(what) can never match; expected a zaak number such as 2025Z05049")
            }
            hints.zaken.append(zaak)
        }
        for (kamerstuk, item) in fields.strings("kamerstukken") {
            if !Identifiers.isKamerstuk(kamerstuk) {
                reader.report(
                    item, "kamerstuk '\(kamerstuk)' of \(what) can never match; expected an id such as kst-30950-440")
            }
            hints.kamerstukken.append(kamerstuk)
        }
        hints.councilDocuments = CouncilReference.read(
            fields.value("council_documents"), of: what, municipality: municipality, reader)
        return hints
    }
}

extension CouncilReference {
    // Made once: a regex literal in a function is parsed and compiled again at every call (scripts/check-regex.py).
    nonisolated(unsafe) private static let councilDocumentID = /gemeente:[a-z0-9-]+:[A-Za-z0-9._-]+/

    static let fields = ["kind", "id"]

    /// The council documents a municipal pledge names; each id must be a deed of the pledge's own municipality.
    static func read(_ node: YAMLNodeRef?, of what: String, municipality: String?, _ reader: YAMLReader)
        -> [CouncilReference]
    {
        var references: [CouncilReference] = []
        for item in reader.items(node, of: "'council_documents' of \(what)") {
            guard let fields = reader.fields(item, of: "a council document of \(what)", allowed: Self.fields),
                let kind = fields.choice("kind", from: Kind.allCases.map(\.rawValue)),
                let id = fields.string("id", expected: "the council deed's id, gemeente:<id>:<item>")
            else { continue }
            guard let municipality else {
                reader.report(item, "\(what) is not a municipal pledge, so it cannot name council documents")
                continue
            }
            if id.wholeMatch(of: councilDocumentID) == nil
                || !id.hasPrefix("gemeente:\(municipality):")
            {
                reader.report(
                    fields.value("id"),
                    "council document '\(id)' of \(what) can never match; expected a deed of its own municipality, gemeente:\(municipality):<item>"
                )
            }
            references.append(CouncilReference(kind: Kind(rawValue: kind)!, id: id))
        }
        return references
    }
}

extension Standard {
    static let fields = ["id", "themes", "text", "quotation", "source", "instruments", "scope", "note"]

    static func read(_ node: YAMLNodeRef, _ reader: YAMLReader, known: KnownIDs) -> Standard? {
        guard let unnamed = reader.fields(node, of: "a standard", allowed: fields) else { return nil }
        let id = unnamed.string("id", expected: "a slug")
        let what = "standard '\(id ?? "?")'"
        let fields = unnamed.named(what)
        let themes = fields.strings("themes", required: true, expected: "theme ids from Commitments/themes.yaml")
        known.checkThemes(themes, of: what, reader)
        let text = fields.string("text", expected: "the standard's words")
        let quotation = fields.choice("quotation", from: ["exact", "paraphrase"])
        let source = Citation.read(fields.value("source"), of: what, reader, known: known)
        if !fields.has("source") { reader.report(node, "\(what) has no 'source'; expected document: and section:") }
        let instruments = fields.strings("instruments").map(\.0)
        let scope = fields.choice("scope", from: Scope.allCases.map(\.rawValue), required: false) ?? "any"
        guard let id, !themes.isEmpty, let text, let quotation, let source else { return nil }
        return Standard(
            id: id, themes: themes.map(\.0), text: text, quotation: Pledge.Quotation(rawValue: quotation)!,
            source: source, instruments: instruments, scope: Scope(rawValue: scope)!, location: reader.location(node))
    }
}

/// The ids a record may refer to, for checking references while reading.
struct KnownIDs {
    var themes: Set<String> = []
    var documents: Set<String> = []
    /// The item ids of each document that lists items.
    var items: [String: Set<String>] = [:]
    var standards: Set<String> = []
    /// The municipality whose folder is being read, if any.
    var municipality: String?

    func checkStandards(_ standards: [(String, YAMLNodeRef)], of what: String, _ reader: YAMLReader) {
        for (standard, node) in standards where !self.standards.contains(standard) {
            reader.report(
                node,
                "unknown standard '\(standard)' in \(what); expected the id of a standard in Commitments/standards/")
        }
    }

    func checkThemes(_ themes: [(String, YAMLNodeRef)], of what: String, _ reader: YAMLReader) {
        for (theme, node) in themes where !self.themes.contains(theme) {
            reader.report(
                node,
                "unknown theme '\(theme)' in \(what); expected one of: \(self.themes.sorted().joined(separator: ", "))")
        }
    }
}
