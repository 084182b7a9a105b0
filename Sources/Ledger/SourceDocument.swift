import Core
import Foundation

/// A document the ledger cites: a coalition agreement, an election programme, an organisation's letter.
package struct SourceDocument: Sendable, Hashable, Identifiable {
    /// Whether the document is the pledge-maker's own text or another's text quoting or describing it.
    package enum Kind: String, Sendable, Hashable {
        case primary, secondary
    }

    package var id: String
    package var title: String
    package var author: String
    package var date: Day?
    package var kind: Kind
    package var url: String?
    /// A copy of the text under `Commitments/sources/`, used to check exact quotations.
    package var file: String?
    /// Where the copy came from (for files kept in the repository).
    package var provenance: String?
    /// For a secondary document: the primary document it quotes or describes.
    package var quotes: String?
    package var location: SourceLocation

    static let fields = ["id", "title", "author", "date", "kind", "url", "file", "provenance", "quotes"]

    static func read(_ node: YAMLNodeRef, _ reader: YAMLReader) -> SourceDocument? {
        guard let fields = reader.fields(node, of: "a source document", allowed: fields) else { return nil }
        let id = fields.string("id", expected: "a slug")
        let what = "source document '\(id ?? "?")'"
        let scoped = fields.named(what)
        let title = scoped.string("title")
        let author = scoped.string("author", expected: "the organisation or person who wrote it")
        let date = scoped.day("date", required: false)
        let kind = scoped.choice("kind", from: ["primary", "secondary"])
        guard let id, let title, let author, let kind else { return nil }
        return SourceDocument(
            id: id, title: title, author: author, date: date, kind: Kind(rawValue: kind)!,
            url: scoped.string("url", required: false), file: scoped.string("file", required: false),
            provenance: scoped.string("provenance", required: false), quotes: scoped.string("quotes", required: false),
            location: reader.location(node))
    }
}

/// Where a pledge's or standard's words are found.
package struct Citation: Sendable, Hashable {
    /// Id of a `SourceDocument`.
    package var document: String
    package var section: String?
    package var page: String?
    /// True once someone checked the words against the primary text itself.
    package var verified: Bool
    package var location: SourceLocation

    static let fields = ["document", "section", "page", "verified"]

    static func read(_ node: YAMLNodeRef?, of what: String, _ reader: YAMLReader, known: KnownIDs) -> Citation? {
        guard let fields = reader.fields(node, of: "the source of \(what)", allowed: fields) else { return nil }
        guard let document = fields.string("document", expected: "the id of a document in Commitments/sources.yaml")
        else { return nil }
        if !known.documents.contains(document) {
            reader.report(
                fields.value("document"),
                "unknown source document '\(document)' for \(what); expected the id of a document in Commitments/sources.yaml"
            )
        }
        return Citation(
            document: document, section: fields.string("section", required: false),
            page: fields.string("page", required: false), verified: fields.bool("verified", required: false) ?? false,
            location: fields.location("document"))
    }
}
