import Foundation

/// Something an institution did or formally said: a motion, a vote, a letter, a bill, a commitment.
public struct Deed: Sendable, Hashable, Codable, Identifiable {
    public enum Kind: String, Sendable, Hashable, Codable, CaseIterable {
        case motion, amendment, bill, letter, commitment, decision, debate
        case councilDecision = "council-decision"
        case agendaItem = "agenda-item"
        case other
    }

    /// Stable id from the source: `kst-30950-440`, `tk:zaak:2025Z12826`.
    public var id: String
    public var kind: Kind
    /// When the deed was made (a motion: the day it was submitted).
    public var date: Day?
    public var title: String
    /// The full text: a motion's considerations and dictum, a letter's body.
    public var text: String
    /// The operative part, when the source marks it (a motion's "verzoekt de regering …").
    public var dictum: String?
    public var actors: [Actor]
    public var refs: References
    /// The decision taken on the deed, when one is known.
    public var outcome: Outcome?
    /// The cabinet's advice on a motion (`Ontraden`, `Oordeel Kamer`, …).
    public var cabinetAppraisal: String?
    /// The state of a government commitment (`Openstaand`, `Voldaan`, `Deels voldaan`, `Vervallen`).
    public var status: String?
    public var source: Source

    public init(
        id: String, kind: Kind, date: Day?, title: String, text: String, dictum: String? = nil, actors: [Actor] = [],
        refs: References = References(), outcome: Outcome? = nil, cabinetAppraisal: String? = nil,
        status: String? = nil, source: Source
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
        self.source = source
    }

    /// A person or body involved in a deed.
    public struct Actor: Sendable, Hashable, Codable {
        public enum Role: String, Sendable, Hashable, Codable {
            case submitter, cosigner, government, committee, speaker
        }

        public var role: Role
        public var name: String
        /// Parliamentary group (fractie), when known.
        public var group: String?

        public init(role: Role, name: String, group: String? = nil) {
            self.role = role
            self.name = name
            self.group = group
        }
    }

    /// Identifiers that tie a deed to others: dossiers, documents, zaken.
    public struct References: Sendable, Hashable, Codable {
        /// Kamerstuk dossier numbers (`30950`, `36740-VII`).
        public var dossiers: [String]
        /// Kamerstuk document ids (`kst-30950-440`).
        public var documents: [String]
        /// Zaak numbers (`2025Z05049`).
        public var zaken: [String]

        public init(dossiers: [String] = [], documents: [String] = [], zaken: [String] = []) {
            self.dossiers = dossiers
            self.documents = documents
            self.zaken = zaken
        }

        /// Both reference sets together, each list sorted and without duplicates.
        public func merged(with other: References) -> References {
            References(
                dossiers: Array(Set(dossiers + other.dossiers)).sorted(),
                documents: Array(Set(documents + other.documents)).sorted(),
                zaken: Array(Set(zaken + other.zaken)).sorted())
        }

    }

    /// The result of a decision, with the vote of each parliamentary group.
    public struct Outcome: Sendable, Hashable, Codable {
        public enum Result: String, Sendable, Hashable, Codable {
            case adopted, rejected, tied, withdrawn, unknown
        }

        public var result: Result
        /// The source's own word (`Aangenomen`, `Verworpen`).
        public var label: String
        public var date: Day?
        /// How the decision was taken (`Fractie`, `Hoofdelijk`, `Zonder stemming`).
        public var method: String?
        public var votes: [Vote]

        public init(result: Result, label: String, date: Day?, method: String? = nil, votes: [Vote] = []) {
            self.result = result
            self.label = label
            self.date = date
            self.method = method
            self.votes = votes
        }

        /// Maps the Dutch outcome words used in parliamentary records.
        public static func result(from label: String) -> Result {
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
    public struct Vote: Sendable, Hashable, Codable {
        public enum Choice: String, Sendable, Hashable, Codable {
            case voor, tegen, onthouden, afwezig, onbekend

            public init(label: String) {
                switch label.lowercased().trimmingCharacters(in: .whitespaces) {
                case "voor": self = .voor
                case "tegen": self = .tegen
                case "niet deelgenomen", "afwezig": self = .afwezig
                case "onthouden", "blanco": self = .onthouden
                default: self = .onbekend
                }
            }
        }

        public var group: String
        public var choice: Choice
        /// Seats the group has, when the source gives them.
        public var seats: Int?
        /// The member, for a roll-call (hoofdelijke) vote.
        public var member: String?

        public init(group: String, choice: Choice, seats: Int? = nil, member: String? = nil) {
            self.group = group
            self.choice = choice
            self.seats = seats
            self.member = member
        }
    }

    /// Where the deed was read from.
    public struct Source: Sendable, Hashable, Codable {
        /// The document format (`officiele-publicatie`, `vlos`).
        public var format: String
        /// The document's name as ingested: a URL or a file name.
        public var document: String
        /// A public URL for the deed, when known.
        public var url: String?
        /// SHA-256 of the raw bytes of the document this deed was read from.
        public var hash: String

        public init(format: String, document: String, url: String? = nil, hash: String) {
            self.format = format
            self.document = document
            self.url = url
            self.hash = hash
        }
    }
}
