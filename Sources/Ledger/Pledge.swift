import Core
import Foundation

/// A promise made by a government, a party or a municipality, with its words, source and rights assessment.
package struct Pledge: Sendable, Hashable, Identifiable {
    package enum Level: String, Sendable, Hashable, CaseIterable {
        case national, municipal
    }

    /// Whether the words are the source's own verbatim text or a faithful paraphrase.
    package enum Quotation: String, Sendable, Hashable {
        case exact, paraphrase
    }

    package var id: String
    /// `kabinet`, a party (`VVD`), `gemeente:<id>`, `gemeente:<id>:college`, `gemeente:<id>:burgemeester`
    /// or `gemeente:<id>:<partij>`.
    package var actor: String
    /// The parties that made the pledge (coalition parties for `kabinet`); used for words-vs-votes.
    package var parties: [String]
    package var level: Level
    package var date: Day
    package var themes: [String]
    /// The pledge's words.
    package var text: String
    package var quotation: Quotation
    package var source: Citation
    /// A testable criterion: what would count as the pledge being kept.
    package var keptWhen: String
    package var deadline: Day?
    package var rights: RightsAssessment
    package var hints: LinkHints
    /// Ids of standards the pledge meets, when it answers an organisation's ask or a benchmark.
    package var meets: [String] = []
    /// Which milestone of the rubric keeps the pledge (`kept_by:`), when `kept_when` names one.
    package var keptBy: KeptBy?
    /// An analyst's verdict on the whole pledge (`verdict:`), when there is one.
    package var verdict: Verdict?
    package var location: SourceLocation

    /// The municipality for municipal pledges (`utrecht` for `gemeente:utrecht:d66`).
    package var municipality: String? { MunicipalActor(actor)?.municipality }
}

/// A municipal actor, read from `gemeente:<id>[:<role or party>]`.
package struct MunicipalActor: Sendable, Hashable {
    package enum Role: Sendable, Hashable {
        /// `gemeente:<id>`: the municipality as a whole (council decision, coalition agreement).
        case municipality
        /// `gemeente:<id>:college`: the college of mayor and aldermen.
        case college
        /// `gemeente:<id>:burgemeester`: the mayor, who holds the powers over demonstrations and public order.
        case mayor
        /// `gemeente:<id>:<partij>`: a party in the municipality (its election programme).
        case party(String)
    }

    package var municipality: String
    package var role: Role

    /// Whether a party slug (`pvdd`, `groenlinks`) names `party`: its letters, or its words' initials (`pvdd` for
    /// Partij voor de Dieren).
    package static func slug(_ slug: String, names party: String) -> Bool {
        let letters = slug.lowercased().filter(\.isLetter)
        let words = party.lowercased().split { !$0.isLetter }
        return words.joined() == letters || String(words.compactMap(\.first)) == letters
    }

    /// Nil for an actor that is not `gemeente:…`.
    package init?(_ actor: String) {
        let parts = actor.split(separator: ":", omittingEmptySubsequences: false).map(String.init)
        guard parts.count >= 2, parts.count <= 3, parts[0] == "gemeente", !parts[1].isEmpty else { return nil }
        municipality = parts[1]
        switch parts.count == 3 ? parts[2] : nil {
        case nil: role = .municipality
        case "college": role = .college
        case "burgemeester": role = .mayor
        case let party?: role = .party(party)
        }
    }
}

/// How a pledge bears on human rights, as assessed by an analyst against a standard.
package struct RightsAssessment: Sendable, Hashable {
    package enum Direction: String, Sendable, Hashable, CaseIterable {
        case advances, threatens, mixed

        /// +1 for advances, -1 for threatens, 0 for mixed: the sign of the rights effect of progress.
        package var sign: Int {
            switch self {
            case .advances: 1
            case .threatens: -1
            case .mixed: 0
            }
        }
    }

    package var direction: Direction
    /// Id of the standard the pledge is judged against, if any.
    package var standard: String?
    /// The reasoning, in one line.
    package var reason: String
    package var assessedBy: String
    package var assessedOn: Day?
    /// Where `standard:` is written, for problems about the standard named.
    package var standardLocation: SourceLocation?
}

/// What lets the linker find deeds that bear on a pledge.
package struct LinkHints: Sendable, Hashable {
    /// Dutch phrases (and compounds or variants) that signal a deed is about the pledge.
    package var phrases: [String] = []
    /// Kamerstuk dossier numbers (`30950`, `36740-VII`).
    package var dossiers: [String] = []
    /// Zaak numbers (`2025Z05049`).
    package var zaken: [String] = []
    /// Deed ids that certainly bear on the pledge (`kst-30950-440`).
    package var kamerstukken: [String] = []
    /// Council documents (motions, council proposals, decisions) that certainly bear on a municipal pledge.
    package var councilDocuments: [CouncilReference] = []
    /// Phrases that rule a deed out even when other hints match.
    package var exclude: [String] = []
    /// Phrases in a deed's operative text that signal it moves the pledge forward.
    package var supports: [String] = []
    /// Phrases in a deed's operative text that signal it works against the pledge.
    package var opposes: [String] = []
    /// Phrases in a deed's operative text that make it a different deed from the pledge's, though on its subject:
    /// leaving the Refugee Convention is not amending it. A deed that asks one is linked with stance `mentions`,
    /// whatever else its words ask.
    package var otherDeeds: [String] = []
    /// Whether the pledge wants less or more of what its phrases name: a deed whose operative text denies one
    /// of them ("geen risicoprofielen …", "etniciteit niet laten gebruiken") then supports (`less`) or opposes
    /// (`more`) the pledge. Nil: a denied phrase says nothing of the stance.
    package var wants: Wants?
    /// Phrases that name what works the other way: the pledge wants the opposite of `wants` of them. A pledge that
    /// wants less ethnic profiling wants more of a "derde waarnemer" or a "stopformulier", so a deed that denies one
    /// of these opposes it. They link a deed like `phrases`; they need `wants`.
    package var counterPhrases: [String] = []
    /// Phrases that count like `phrases` only where the deed also names one of the pledge's themes (a term of the
    /// theme in its title, text, dictum or dossier title): words too common alone ("opt-out" is also one for health
    /// care in trade treaties).
    package var phrasesOnTheme: [String] = []
    /// Counter phrases that count only where the deed also names one of the pledge's themes, as `phrasesOnTheme`:
    /// "uitzetten" is a deportation beside an asylum word, and otherwise a tenant's eviction or switching off.
    package var counterPhrasesOnTheme: [String] = []
    /// Whether the pledge is its themes' general commitment (the coalition's words on demonstration rights as a
    /// whole, not one measure): every term of its themes then counts as one of its phrases, so a deed that names
    /// the theme in its title or operative text is evidence for it, while the specific pledges keep their phrases.
    package var themeWide = false

    package enum Wants: String, Sendable, Hashable, CaseIterable {
        case less, more

        /// The other way: what asking the opposite of this asks.
        package var opposite: Wants { self == .less ? .more : .less }
    }

    package init() {}
}

/// A council document a municipal pledge names: a motion, a council proposal or a decision, by the id
/// its deed has in tracker (`gemeente:<id>:<item>`, as `tracker deeds` lists it).
package struct CouncilReference: Sendable, Hashable {
    package enum Kind: String, Sendable, Hashable, CaseIterable {
        case motie, amendement, raadsvoorstel, besluit, agendapunt
    }

    package var kind: Kind
    package var id: String

    package init(kind: Kind, id: String) {
        self.kind = kind
        self.id = id
    }
}
