import Core
import Foundation

/// A human-rights theme the ledger tracks, with the law it rests on.
package struct Theme: Sendable, Hashable, Identifiable {
    package var id: String
    package var nameNL: String
    package var nameEN: String
    package var definition: String
    /// Treaty articles and constitutional provisions (e.g. "Artikel 1 Grondwet", "Artikel 33 Vluchtelingenverdrag").
    package var instruments: [String]
    /// Words that name the theme: a deed that carries one in its title or operative text is on the theme. They
    /// are the phrases of the theme's theme-wide pledges, and raise a rights alert when no pledge is linked.
    package var terms: [String]
    /// Words that bear on the theme only in context ("advocaat", "IND", "hoger beroep"): they weigh for the
    /// theme's pledges as its terms do, below the evidence line, but name nothing on their own.
    package var contextTerms: [String] = []
    /// Words that name the theme as `terms` do, matched only as written, not by their stem: the plural
    /// "protesten" names demonstrations where the singular "protest" is also a diplomatic one.
    package var writtenTerms: [String] = []
    /// Words that bear on the theme in context as `contextTerms` do, matched only as written, not by their stem:
    /// "afkomst" (origin) whose stem "afkomstig" (coming from) shares.
    package var writtenContextTerms: [String] = []
    /// Places that bear on the theme in context as `contextTerms` do, but pair only with a context word that is not
    /// a place: "Gaza" with "humanitair", never "Gaza" with "Rafah" (consular help at the Rafah crossing).
    package var contextPlaces: [String] = []
    /// Words that name the theme as the first part of a compound only, as written: "Dublin" in "Dublinclaimanten"
    /// (the city alone names nothing), "kolonisten" in "kolonistenterreur".
    package var openingTerms: [String] = []
    /// Names of bodies that carry one of the ledger's terms without being on its theme: "ministerie van Asiel en
    /// Migratie" in a royal decree on appointments says who, not what about. A term within one, in a deed's title or
    /// text, is part of the name; a dossier's title is read as it stands (the ministry's budget is the asylum debate).
    package var names: [String] = []
    package var location: SourceLocation

    /// The five themes every ledger must define.
    package static let required = [
        "etnisch-profileren", "vluchtelingenverdrag", "internationaal-strafhof", "demonstratierecht", "eerlijk-proces",
    ]

    static let fields = [
        "id", "name", "definition", "instruments", "terms", "written_terms", "opening_terms", "context_terms",
        "written_context_terms", "context_places", "names",
    ]

    static func read(_ node: YAMLNodeRef, _ reader: YAMLReader) -> Theme? {
        guard let unnamed = reader.fields(node, of: "a theme", allowed: fields) else { return nil }
        let id = unnamed.string("id", expected: "a slug such as etnisch-profileren")
        let what = "theme '\(id ?? "?")'"
        let fields = unnamed.named(what)
        let names = reader.fields(fields.value("name"), of: "the name of \(what)", allowed: ["nl", "en"])
        if !fields.has("name") { reader.report(node, "\(what) has no 'name'; expected nl: and en: names") }
        let nl = names?.string("nl", expected: "the Dutch name")
        let en = names?.string("en", expected: "the English name")
        let definition = fields.string("definition", expected: "a one-paragraph definition")
        let instruments = fields.strings("instruments", required: true, expected: "treaty or constitutional provisions")
        let terms = fields.strings("terms", required: true, expected: "Dutch words that name this theme")
        let contextTerms = fields.strings("context_terms", expected: "Dutch words that bear on this theme in context")
        let writtenTerms = fields.strings(
            "written_terms", expected: "Dutch words that name this theme only as written, not by their stem")
        let writtenContextTerms = fields.strings(
            "written_context_terms", expected: "Dutch words that bear on this theme in context only as written")
        let contextPlaces = fields.strings(
            "context_places", expected: "places that bear on this theme in context, paired only with words of what")
        let openingTerms = fields.strings(
            "opening_terms", expected: "single Dutch words that name this theme as the first part of a compound")
        let bodyNames = fields.strings(
            "names", expected: "names of bodies that carry one of the terms without being on this theme")
        for (term, item) in openingTerms where term.contains(where: { !$0.isLetter && !$0.isNumber }) {
            reader.report(item, "opening term '\(term)' of \(what) is not one word; expected a compound's first part")
        }
        guard let id, let nl, let en, let definition else { return nil }
        return Theme(
            id: id, nameNL: nl, nameEN: en, definition: definition, instruments: instruments.map(\.0),
            terms: terms.map(\.0), contextTerms: contextTerms.map(\.0), writtenTerms: writtenTerms.map(\.0),
            writtenContextTerms: writtenContextTerms.map(\.0), contextPlaces: contextPlaces.map(\.0),
            openingTerms: openingTerms.map(\.0), names: bodyNames.map(\.0), location: reader.location(node))
    }
}
