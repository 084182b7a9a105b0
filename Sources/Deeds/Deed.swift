import Core
import Foundation

/// Something an institution did or formally said: a motion, a vote, a letter, a bill, a commitment.
package struct Deed: Sendable, Hashable, Codable, Identifiable {
    package enum Kind: String, Sendable, Hashable, Codable, CaseIterable {
        case motion, amendment, bill, letter, commitment, decision, debate
        /// A budget bill (Zaak soort `Begroting`): where a cut to legal aid or to human-rights programmes is decided.
        case budget
        case councilDecision = "council-decision"
        case agendaItem = "agenda-item"
        /// A law as published in the Staatsblad (`Wet van …`).
        case law
        /// A royal decree or order in council published in the Staatsblad (`Besluit van …`).
        case decree
        case other
    }

    /// Changes whenever the readers derive more or other deeds from the same raw sources (3: the dossier title; 4: a
    /// Kamerstuk's signers in the order they signed, a SyncFeed vote's day from its meeting, a letter's sender
    /// with a comma in its title; 5: a withdrawn bill's step, a motion taken over or held, a VLOS vote on "het
    /// wetsvoorstel" and a reopened vote; a council's `Unaniem aangenomen`, `Aangenomen met algemene stemmen` …
    /// adopted; a council item's title without the agenda's number before it; 6: the Eerste Kamer's decisions on
    /// bills in its plenary record, `aangenomen-`/`verworpen-eerste-kamer`), so a database derived by older readers is
    /// re-read from the raw sources it keeps on its next update.
    package static let derivationVersion = 6

    /// Stable id from the source: `kst-30950-440`, `tk:zaak:2025Z12826`.
    package var id: String
    package var kind: Kind
    /// When the deed was made (a motion: the day it was submitted).
    package var date: Day?
    package var title: String
    /// The full text: a motion's considerations and dictum, a letter's body.
    package var text: String
    /// The operative part, when the source marks it (a motion's "verzoekt de regering …").
    package var dictum: String?
    package var actors: [Actor]
    package var refs: References
    /// The decision taken on the deed, when one is known.
    package var outcome: Outcome?
    /// The cabinet's advice on a motion (`Ontraden`, `Oordeel Kamer`, …).
    package var cabinetAppraisal: String?
    /// The state of a government commitment (`Openstaand`, `Voldaan`, `Deels voldaan`, `Vervallen`).
    package var status: String?
    /// The title of the Kamerstuk dossier the deed is filed under (`Vreemdelingenbeleid`, `Rechtsbijstand`), as
    /// the source gives it: the debate or policy field a motion belongs to, which its subject line may not name.
    package var dossierTitle: String?
    /// A bill's way to law so far, each step with the document that attests it (see `Stage`); empty for
    /// anything but a bill.
    package var stages: [Stage]
    /// The Kamerstukken an amended motion or amendment takes the place of (`kst-36704-73` for "Gewijzigde motie …
    /// (t.v.v. 36704-73)" or "ter vervanging van die gedrukt onder nr. 73"); empty for anything else.
    package var replaces: [String] = []
    package var source: Source

    package init(
        id: String, kind: Kind, date: Day?, title: String, text: String, dictum: String? = nil, actors: [Actor] = [],
        refs: References = References(), outcome: Outcome? = nil, cabinetAppraisal: String? = nil,
        status: String? = nil, dossierTitle: String? = nil, stages: [Stage] = [], source: Source
    ) {
        self.id = id
        self.kind = kind
        self.date = date
        self.title = title
        self.text = text
        self.dictum = dictum
        self.actors = actors
        self.refs = refs
        self.outcome = outcome
        self.cabinetAppraisal = cabinetAppraisal
        self.status = status
        self.dossierTitle = dossierTitle
        self.stages = stages
        self.source = source
    }

    /// A person or body involved in a deed.
    package struct Actor: Sendable, Hashable, Codable {
        package enum Role: String, Sendable, Hashable, Codable {
            case submitter, cosigner, government, committee, speaker
        }

        package var role: Role
        package var name: String
        /// Parliamentary group (fractie), when known.
        package var group: String?

        package init(role: Role, name: String, group: String? = nil) {
            self.role = role
            self.name = name
            self.group = group
        }
    }

    /// Identifiers that tie a deed to others: dossiers, documents, zaken, activities.
    package struct References: Sendable, Hashable, Codable {
        /// Kamerstuk dossier numbers (`30950`, `36740-VII`).
        package var dossiers: [String]
        /// Kamerstuk document ids (`kst-30950-440`).
        package var documents: [String]
        /// Zaak numbers (`2025Z05049`).
        package var zaken: [String]
        /// Tweede Kamer activity numbers (`2025A04940`): the debate a commitment was made in.
        package var activities: [String]

        package init(
            dossiers: [String] = [], documents: [String] = [], zaken: [String] = [], activities: [String] = []
        ) {
            self.dossiers = dossiers
            self.documents = documents
            self.zaken = zaken
            self.activities = activities
        }

        /// Both reference sets together, each list sorted and without duplicates.
        package func merged(with other: References) -> References {
            References(
                dossiers: Array(Set(dossiers + other.dossiers)).sorted(),
                documents: Array(Set(documents + other.documents)).sorted(),
                zaken: Array(Set(zaken + other.zaken)).sorted(),
                activities: Array(Set(activities + other.activities)).sorted())
        }

        private enum CodingKeys: String, CodingKey {
            case dossiers, documents, zaken, activities
        }

        /// Reads references stored before `activities` existed as having none.
        package init(from decoder: any Decoder) throws {
            let container = try decoder.container(keyedBy: CodingKeys.self)
            self.init(
                dossiers: try container.decode([String].self, forKey: .dossiers),
                documents: try container.decode([String].self, forKey: .documents),
                zaken: try container.decode([String].self, forKey: .zaken),
                activities: try container.decodeIfPresent([String].self, forKey: .activities) ?? [])
        }
    }

    /// The result of a decision, with the vote of each parliamentary group.
    package struct Outcome: Sendable, Hashable, Codable {
        package enum Result: String, Sendable, Hashable, Codable {
            case adopted, rejected, tied, withdrawn, unknown
        }

        package var result: Result
        /// The source's own word (`Aangenomen`, `Verworpen`).
        package var label: String
        package var date: Day?
        /// How the decision was taken (`Fractie`, `Hoofdelijk`, `Zonder stemming`).
        package var method: String?
        package var votes: [Vote]

        package init(result: Result, label: String, date: Day?, method: String? = nil, votes: [Vote] = []) {
            self.result = result
            self.label = label
            self.date = date
            self.method = method
            self.votes = votes
        }

        /// Seats per choice, when every vote gives its group's seats (a roll call counts one seat a member).
        package var seats: [Vote.Choice: Int]? {
            var tally: [Vote.Choice: Int] = [:]
            for vote in votes {
                if vote.member != nil {
                    tally[vote.choice, default: 0] += 1
                } else if let seats = vote.seats {
                    tally[vote.choice, default: 0] += seats
                } else {
                    return nil
                }
            }
            return tally
        }

        /// Maps a council's decision as its pages write it: the word alone (`Aangenomen`, `Verworpen.`), or the usual
        /// forms around it — a qualifier before (`Unaniem aangenomen`, `Met algemene stemmen verworpen`,
        /// `Geamendeerd aangenomen`), the thing decided before (`Motie aangenomen`, `Het amendement is verworpen`) and
        /// the vote after (`Aangenomen met algemene stemmen`, `Aangenomen met 25 stemmen voor en 12 tegen`). Anything
        /// else is `unknown`, with its words kept as the label: a negation (`Niet aangenomen`), a second decision
        /// word (`Aangenomen / verworpen`), or another decision (`Aangehouden`, `Overgenomen`).
        ///
        /// The Tweede Kamer's records write the word alone; their readers keep `result(from:)`.
        package static func councilResult(from label: String) -> Result {
            var words = label.lowercased().split { !$0.isLetter && !$0.isNumber }.map(String.init)
            func drop(_ phrase: [String]) -> Bool {
                guard words.starts(with: phrase) else { return false }
                words.removeFirst(phrase.count)
                return true
            }
            // What was decided: `motie`, `het amendement is`.
            _ = drop(["de"]) || drop(["het"])
            if ["motie", "amendement", "voorstel", "raadsvoorstel", "initiatiefvoorstel", "besluit"].contains(
                words.first ?? "")
            {
                words.removeFirst()
                _ = drop(["is"]) || drop(["wordt"]) || drop(["werd"])
            }
            // How: `unaniem`, `met algemene stemmen`, `zonder stemming`, `geamendeerd`, `gewijzigd`.
            while drop(["unaniem"]) || drop(["met", "algemene", "stemmen"]) || drop(["zonder", "stemming"])
                || drop(["geamendeerd"]) || drop(["gewijzigd"])
            {}
            if words == ["stemmen", "staken"] { words.removeFirst() }
            guard let word = words.first else { return .unknown }
            let result = Self.result(from: word)
            // The rest says how the vote went; a negation or a second decision makes the whole unclear.
            let unclear: Set<String> = [
                "niet", "aangenomen", "aanvaard", "verworpen", "staken", "ingetrokken", "aangehouden", "overgenomen",
            ]
            guard words.dropFirst().allSatisfy({ !unclear.contains($0) }) else { return .unknown }
            return result
        }

        /// Maps the Dutch outcome words used in parliamentary records.
        package static func result(from label: String) -> Result {
            switch label.lowercased().trimmingCharacters(in: .whitespaces) {
            case "aangenomen", "aanvaard": .adopted
            case "verworpen": .rejected
            case "staken": .tied
            case "ingetrokken": .withdrawn
            default: .unknown
            }
        }
    }

    /// One group's (or member's) vote.
    package struct Vote: Sendable, Hashable, Codable {
        package enum Choice: String, Sendable, Hashable, Codable {
            case voor, tegen, onthouden, afwezig, onbekend

            package init(label: String) {
                switch label.lowercased().trimmingCharacters(in: .whitespaces) {
                case "voor": self = .voor
                case "tegen": self = .tegen
                case "niet deelgenomen", "afwezig": self = .afwezig
                case "onthouden", "blanco": self = .onthouden
                default: self = .onbekend
                }
            }
        }

        package var group: String
        package var choice: Choice
        /// Seats the group has, when the source gives them.
        package var seats: Int?
        /// The member, for a roll-call (hoofdelijke) vote.
        package var member: String?
        /// The group said afterwards it voted so by mistake (`vergissing`); the vote stands in the official tally.
        package var mistaken: Bool

        package init(group: String, choice: Choice, seats: Int? = nil, member: String? = nil, mistaken: Bool = false) {
            self.group = group
            self.choice = choice
            self.seats = seats
            self.member = member
            self.mistaken = mistaken
        }

        private enum CodingKeys: String, CodingKey {
            case group, choice, seats, member, mistaken
        }

        package init(from decoder: any Decoder) throws {
            let container = try decoder.container(keyedBy: CodingKeys.self)
            group = try container.decode(String.self, forKey: .group)
            choice = try container.decode(Choice.self, forKey: .choice)
            seats = try container.decodeIfPresent(Int.self, forKey: .seats)
            member = try container.decodeIfPresent(String.self, forKey: .member)
            mistaken = try container.decodeIfPresent(Bool.self, forKey: .mistaken) ?? false
        }
    }

    /// The day the deed counts from: when it was made, or when it was decided if that is all that is known.
    ///
    /// The one as-of rule: a deed counts as of a day when it has a `day` on or before it. A deed without
    /// any date counts for no day, so `--as-of` never takes in what cannot be placed in time.
    package var day: Day? { date ?? outcome?.date }

    /// Whether the deed counts as of `asOf` (see `day`).
    package func counts(asOf: Day) -> Bool {
        guard let day else { return false }
        return day <= asOf
    }

    /// Where the deed was read from.
    package struct Source: Sendable, Hashable, Codable {
        /// The document format (`officiele-publicatie`, `vlos`, `tk-syncfeed`, `council-html`).
        package var format: DocumentFormat
        /// The document's name as ingested: a URL or a file name.
        package var document: String
        /// A package URL for the deed, when known.
        package var url: String?
        /// SHA-256 of the raw bytes this deed was read from: the document's bytes, or for a deed
        /// joined from SyncFeed entities, the raw XML of those entities concatenated in id order.
        package var hash: String

        /// Whether `url` is a web address (http, https): the only kind an output links to, as a page written by
        /// others may hold a `javascript:` link that would run in a reader's browser.
        package static func isWebAddress(_ url: String) -> Bool {
            let scheme = url.split(separator: ":", maxSplits: 1).first?.lowercased()
            return scheme == "http" || scheme == "https"
        }

        package init(format: DocumentFormat, document: String, url: String? = nil, hash: String) {
            self.format = format
            self.document = document
            self.url = url
            self.hash = hash
        }
    }
}
