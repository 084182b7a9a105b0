import Core
import Foundation

/// A municipality the ledger follows, with the facts about its human-rights policy that sources state.
///
/// Lives in `Commitments/municipal/<id>/municipality.yaml`; the municipality's pledges (election
/// programmes, coalition agreement) sit next to it, one file per source document.
package struct Municipality: Sendable, Hashable, Identifiable {
    /// A sourced statement about the municipality ("Utrecht has its own human-rights strategy").
    package struct Fact: Sendable, Hashable {
        package var text: String
        /// When the fact held, as precisely as the source says: `2021`, `2021-11` or `2021-11-16`.
        package var date: String
        package var quotation: Pledge.Quotation
        package var source: Citation
        /// Standards the fact shows the municipality meets (e.g. a human-rights-city commitment).
        package var meets: [String]
        package var location: SourceLocation
    }

    /// The slug used in actors: `gemeente:<id>`.
    package var id: String
    package var name: String
    package var facts: [Fact]
    package var location: SourceLocation

    static let fields = ["id", "name", "facts"]
    static let factFields = ["text", "date", "quotation", "source", "meets"]

    static func read(_ node: YAMLNodeRef, _ reader: YAMLReader, known: KnownIDs) -> Municipality? {
        guard let unnamed = reader.fields(node, of: "a municipality", allowed: fields) else { return nil }
        let id = unnamed.string("id", expected: "the municipality's slug, as in gemeente:<id>")
        let what = "municipality '\(id ?? "?")'"
        let fields = unnamed.named(what)
        let name = fields.string("name", expected: "the municipality's name")
        var facts: [Fact] = []
        for item in reader.items(fields.value("facts"), of: "the facts of \(what)") {
            guard let factFields = reader.fields(item, of: "a fact about \(what)", allowed: factFields) else {
                continue
            }
            let text = factFields.string("text", expected: "the fact, quoted or paraphrased")
            let date = factFields.string(
                "date", expected: "when the fact held, as precisely as the source says: YYYY, YYYY-MM or YYYY-MM-DD")
            if let date, !Self.isPartialDate(date) {
                reader.report(
                    factFields.value("date"),
                    "'date' of a fact about \(what) is '\(date)'; expected YYYY, YYYY-MM or YYYY-MM-DD")
            }
            let quotation = factFields.choice("quotation", from: ["exact", "paraphrase"])
            let source = Citation.read(factFields.value("source"), of: "a fact about \(what)", reader, known: known)
            if !factFields.has("source") {
                reader.report(item, "a fact about \(what) has no 'source'; expected document: and section:")
            }
            let meets = factFields.strings("meets")
            known.checkStandards(meets, of: "a fact about \(what)", reader)
            guard let text, let date, let quotation, let source else { continue }
            facts.append(
                Fact(
                    text: text, date: date, quotation: Pledge.Quotation(rawValue: quotation)!, source: source,
                    meets: meets.map(\.0),
                    location: reader.location(item)))
        }
        guard let id, let name else { return nil }
        return Municipality(id: id, name: name, facts: facts, location: reader.location(node))
    }

    // Made once: a regex literal in a function is parsed and compiled again at every call (scripts/check-regex.py).
    nonisolated(unsafe) private static let partialDate = /(\d{4})(-(\d{2}))?(-(\d{2}))?/

    /// `YYYY`, `YYYY-MM` or `YYYY-MM-DD`, each part in range.
    static func isPartialDate(_ text: String) -> Bool {
        guard let match = text.wholeMatch(of: partialDate) else { return false }
        if match.5 != nil { return Day(text) != nil }
        if let month = match.3.flatMap({ Int($0) }) { return (1...12).contains(month) }
        return true
    }
}
