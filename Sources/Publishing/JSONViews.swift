import Core
import Deeds
import Foundation
import Ledger
import Scoring

// The stable JSON shapes of `--format json` (docs/cli.md). Keys are snake_case; a list
// command prints one JSON array. Documented in docs/cli.md.

/// An optional that is written as `null` when absent, so every documented key is always present.
@propertyWrapper
package struct Null<Value: Encodable & Sendable>: Encodable, Sendable {
    package var wrappedValue: Value?

    package init(wrappedValue: Value?) {
        self.wrappedValue = wrappedValue
    }

    package func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        if let wrappedValue { try container.encode(wrappedValue) } else { try container.encodeNil() }
    }
}

/// Encodes values the way every JSON output of tracker does: sorted keys, snake_case, pretty.
package enum JSONOutput {
    package static func encode<T: Encodable>(_ value: T) throws -> String {
        String(decoding: try encoder.encode(value), as: UTF8.self)
    }

    private static var encoder: JSONEncoder {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        encoder.keyEncodingStrategy = .convertToSnakeCase
        return encoder
    }

    /// The same text as `encode(items.map(view))`, written element by element to `write`: a list of 154,608 deeds
    /// no longer needs all its views and all its JSON in memory at once (859 MB).
    package static func writeArray<Item, View: Encodable>(
        _ items: some Collection<Item>, as view: (Item) -> View, to write: (String) -> Void
    ) throws {
        guard !items.isEmpty else { return write(try encode([View]())) }
        let encoder = encoder
        var buffer: [UInt8] = Array("[\n".utf8)
        buffer.reserveCapacity(1 << 16)
        var first = true
        for item in items {
            if !first { buffer += [UInt8(ascii: ","), UInt8(ascii: "\n")] }
            first = false
            // Each line one level deeper, as the whole array's encoding has it; an empty line (`[\n\n]`) stays empty.
            let encoded = try encoder.encode(view(item))
            var lineStart = true
            for byte in encoded {
                if lineStart, byte != UInt8(ascii: "\n") { buffer += [UInt8(ascii: " "), UInt8(ascii: " ")] }
                buffer.append(byte)
                lineStart = byte == UInt8(ascii: "\n")
            }
            if buffer.count >= 1 << 16 {
                write(String(decoding: buffer, as: UTF8.self))
                buffer.removeAll(keepingCapacity: true)
            }
        }
        buffer += Array("\n]".utf8)
        write(String(decoding: buffer, as: UTF8.self))
    }
}

package struct CitationView: Encodable, Sendable {
    var document: String
    @Null var title: String?
    @Null var author: String?
    @Null var kind: String?
    @Null var url: String?
    @Null var section: String?
    @Null var page: String?
    @Null var quotes: String?
    var verified: Bool
    /// The document's items the record represents.
    var items: [String]

    init(_ citation: Citation, ledger: Ledger) {
        let document = ledger.document(citation.document)
        self.document = citation.document
        title = document?.title
        author = document?.author
        kind = document?.kind.rawValue
        url = document?.url
        section = citation.section
        page = citation.page
        quotes = document?.quotes
        verified = citation.verified
        items = citation.items
    }
}

package struct PledgeView: Encodable, Sendable {
    struct Rights: Encodable, Sendable {
        var direction: String
        @Null var standard: String?
        var reason: String
        var by: String
        @Null var on: String?
    }

    struct CouncilDocument: Encodable, Sendable {
        var kind: String
        var id: String
    }

    struct Hints: Encodable, Sendable {
        var phrases: [String]
        var dossiers: [String]
        var zaken: [String]
        var kamerstukken: [String]
        var councilDocuments: [CouncilDocument]
        var exclude: [String]
        var supports: [String]
        var opposes: [String]
        @Null var wants: String?
        var counterPhrases: [String]
        var phrasesOnTheme: [String]
        var counterPhrasesOnTheme: [String]
        var themeWide: Bool
    }

    var id: String
    var actor: String
    var parties: [String]
    var level: String
    var date: String
    var themes: [String]
    var text: String
    var quotation: String
    var source: CitationView
    var keptWhen: String
    @Null var deadline: String?
    var rights: Rights
    var hints: Hints

    package init(_ pledge: Pledge, ledger: Ledger) {
        id = pledge.id
        actor = pledge.actor
        parties = pledge.parties
        level = pledge.level.rawValue
        date = pledge.date.description
        themes = pledge.themes
        text = pledge.text
        quotation = pledge.quotation.rawValue
        source = CitationView(pledge.source, ledger: ledger)
        keptWhen = pledge.keptWhen
        deadline = pledge.deadline?.description
        rights = Rights(
            direction: pledge.rights.direction.rawValue, standard: pledge.rights.standard, reason: pledge.rights.reason,
            by: pledge.rights.assessedBy, on: pledge.rights.assessedOn?.description)
        let h = pledge.hints
        hints = Hints(
            phrases: h.phrases, dossiers: h.dossiers, zaken: h.zaken, kamerstukken: h.kamerstukken,
            councilDocuments: h.councilDocuments.map { CouncilDocument(kind: $0.kind.rawValue, id: $0.id) },
            exclude: h.exclude, supports: h.supports, opposes: h.opposes, wants: h.wants?.rawValue,
            counterPhrases: h.counterPhrases, phrasesOnTheme: h.phrasesOnTheme,
            counterPhrasesOnTheme: h.counterPhrasesOnTheme, themeWide: h.themeWide)
    }
}

package struct StandardView: Encodable, Sendable {
    var id: String
    var themes: [String]
    var text: String
    var quotation: String
    var source: CitationView
    var instruments: [String]
    var scope: String

    package init(_ standard: Standard, ledger: Ledger) {
        id = standard.id
        themes = standard.themes
        text = standard.text
        quotation = standard.quotation.rawValue
        source = CitationView(standard.source, ledger: ledger)
        instruments = standard.instruments
        scope = standard.scope.rawValue
    }
}

package struct DeedView: Encodable, Sendable {
    struct Outcome: Encodable, Sendable {
        struct Vote: Encodable, Sendable {
            var group: String
            var vote: String
            @Null var seats: Int?
            @Null var member: String?
            /// The group said it voted so by mistake; the vote stands in the official tally.
            var mistaken: Bool
        }

        var result: String
        var label: String
        @Null var date: String?
        @Null var method: String?
        var votes: [Vote]
        /// Seats per choice ({"tegen": 17, "voor": 133}), when every vote gives its seats; else null.
        @Null var tally: [String: Int]?
        /// Groups (or members, in a roll call) per choice: {"tegen": 4, "voor": 11}.
        var tallyGroups: [String: Int]
    }

    /// A step of a bill on its way to law and the document that attests it.
    struct Stage: Encodable, Sendable {
        var stage: String
        @Null var date: String?
        var document: String
    }

    var id: String
    var kind: String
    @Null var date: String?
    var title: String
    var text: String
    @Null var dictum: String?
    var actors: [Actor]
    var refs: Deed.References
    /// The title of the Kamerstuk dossier the deed is filed under.
    @Null var dossierTitle: String?
    @Null var outcome: Outcome?
    @Null var cabinetAppraisal: String?
    /// A government commitment's state (`Openstaand`, `Voldaan`, …).
    @Null var status: String?
    /// A bill's furthest step (`ingediend` … `staatsblad`), or null for anything but a bill.
    @Null var stage: String?
    var stages: [Stage]
    /// The Kamerstukken an amended motion or amendment takes the place of; `[]` for anything else.
    var replaces: [String]
    var source: Source

    /// An actor with every key, `group` null when unknown (the deed's own coding leaves it out).
    struct Actor: Encodable, Sendable {
        var role: String
        var name: String
        @Null var group: String?
    }

    /// Where the deed was read from, with every key: `url` null when the source gives none.
    struct Source: Encodable, Sendable {
        var format: String
        var document: String
        @Null var url: String?
        var hash: String
    }

    package init(_ deed: Deed) {
        id = deed.id
        kind = deed.kind.rawValue
        date = deed.date?.description
        title = deed.title
        text = deed.text
        dictum = deed.dictum
        actors = deed.actors.map { Actor(role: $0.role.rawValue, name: $0.name, group: $0.group) }
        refs = deed.refs
        dossierTitle = deed.dossierTitle
        cabinetAppraisal = deed.cabinetAppraisal
        status = deed.status
        stage = deed.stage?.rawValue
        stages = deed.stages.map { Stage(stage: $0.step.rawValue, date: $0.date?.description, document: $0.document) }
        replaces = deed.replaces
        source = Source(
            format: deed.source.format.rawValue, document: deed.source.document, url: deed.source.url,
            hash: deed.source.hash)
        outcome = deed.outcome.map { outcome in
            Outcome(
                result: outcome.result.rawValue, label: outcome.label, date: outcome.date?.description,
                method: outcome.method,
                votes: outcome.votes.map {
                    .init(
                        group: $0.group, vote: $0.choice.rawValue, seats: $0.seats, member: $0.member,
                        mistaken: $0.mistaken)
                },
                // No votes known (a council decision's outcome alone): no seats to count either.
                tally: outcome.votes.isEmpty
                    ? nil
                    : outcome.seats.map { seats in
                        Dictionary(uniqueKeysWithValues: seats.map { ($0.key.rawValue, $0.value) })
                    },
                tallyGroups: Dictionary(grouping: outcome.votes, by: \.choice.rawValue).mapValues(\.count))
        }
    }
}

package struct LinkView: Encodable, Sendable {
    /// The analyst's decision on a link (`Commitments/reviews/`).
    struct ReviewView: Encodable, Sendable {
        /// `confirmed` (a rejected link is not stored, so `links` never shows one).
        var verdict: String
        /// The analyst's stance, or null when the review kept the linker's.
        @Null var stance: String?
        @Null var note: String?
        var by: String
        var on: String
        /// Where the deciding record is: `Commitments/reviews/<pledge>.yaml:12:5`.
        var record: String
    }

    var pledge: String
    var deed: String
    var themes: [String]
    var confidence: Double
    var stance: String
    var method: String
    var explanation: String
    /// The review that decides this link, or null when no analyst has reviewed it.
    @Null var review: ReviewView?
    /// The deed's outcome (`Aangenomen`, `Verworpen`, …) and the cabinet's advice on it, as `deeds` shows them.
    @Null var outcome: String?
    @Null var cabinetAppraisal: String?

    package init(_ link: Link, ledger: Ledger, deed linked: Deed? = nil) {
        outcome = linked?.outcome?.label
        cabinetAppraisal = linked?.cabinetAppraisal
        pledge = link.pledge
        deed = link.deed
        themes = ledger.pledge(link.pledge)?.themes ?? []
        confidence = link.confidence
        stance = link.stance.rawValue
        method = link.method.rawValue
        explanation = link.explanation
        review = ledger.reviews.decision(pledge: link.pledge, deed: link.deed).map { review in
            ReviewView(
                verdict: review.verdict.rawValue, stance: review.stance?.rawValue, note: review.note, by: review.by,
                on: review.on.description, record: review.location.description)
        }
    }
}
