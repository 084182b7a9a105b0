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
    /// Whether `author` names one: a copy without an author says so in its place ("niet vermeld in de kopie").
    package var namesAuthor: Bool { !author.hasPrefix("niet vermeld") }
    package var date: Day?
    package var kind: Kind
    package var url: String?
    /// A copy of the text under `Commitments/sources/`, used to check exact quotations.
    package var file: String?
    /// Where the copy came from (for files kept in the repository).
    package var provenance: String?
    /// For a secondary document: the primary document it quotes or describes.
    package var quotes: String?
    /// The document's quotable items (a letter's asks, an agreement's plans, a guide's elements), which
    /// pledges, standards and facts represent by naming them in their citation (`items:`).
    package var items: [Item] = []
    package var location: SourceLocation

    /// One quotable item of a source document.
    package struct Item: Sendable, Hashable, Identifiable {
        package var id: String
        /// A few of the item's words, exactly as the document has them (checked against its copy).
        package var text: String
        package var section: String?
        package var location: SourceLocation

        static let fields = ["id", "text", "section"]
    }

    static let fields = ["id", "title", "author", "date", "kind", "url", "file", "provenance", "quotes", "items"]

    static func read(_ node: YAMLNodeRef, _ reader: YAMLReader) -> SourceDocument? {
        guard let fields = reader.fields(node, of: "a source document", allowed: fields) else { return nil }
        let id = fields.string("id", expected: "a slug")
        let what = "source document '\(id ?? "?")'"
        let scoped = fields.named(what)
        let title = scoped.string("title")
        let author = scoped.string("author", expected: "the organisation or person who wrote it")
        let date = scoped.day("date", required: false)
        let kind = scoped.choice("kind", from: ["primary", "secondary"])
        var items: [Item] = []
        for node in reader.items(scoped.value("items"), of: "the items of \(what)") {
            guard let item = reader.fields(node, of: "an item of \(what)", allowed: Item.fields) else { continue }
            let itemID = item.string("id", expected: "a slug naming the item")
            let text = item.string("text", expected: "a few of the item's words, exactly as the document has them")
            guard let itemID, let text else { continue }
            if !Identifiers.isSlug(itemID) {
                reader.report(
                    node, "item id '\(itemID)' of \(what) is not a slug; expected lower-case words joined by hyphens")
            } else if items.contains(where: { $0.id == itemID }) {
                reader.report(node, "duplicate item id '\(itemID)' in \(what)")
                continue
            }
            items.append(
                Item(
                    id: itemID, text: text, section: item.string("section", required: false),
                    location: reader.location(node)))
        }
        // A document's address goes into letters and the feed as a link: one that is not an address is an error.
        let url = scoped.string("url", required: false)
        if let url,
            URL(string: url).map({ ["http", "https"].contains($0.scheme?.lowercased() ?? "") && $0.host != nil })
                != true
        {
            reader.report(scoped.value("url"), "'url' of \(what) is '\(url)'; expected an http(s) URL")
        }
        guard let id, let title, let author, let kind else { return nil }
        return SourceDocument(
            id: id, title: title, author: author, date: date, kind: Kind(rawValue: kind)!,
            url: url, file: scoped.string("file", required: false),
            provenance: scoped.string("provenance", required: false), quotes: scoped.string("quotes", required: false),
            items: items, location: reader.location(node))
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
    /// Ids of the cited document's items that the record represents.
    package var items: [String] = []
    package var location: SourceLocation

    static let fields = ["document", "section", "page", "verified", "items"]

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
        let items = fields.strings("items", expected: "ids of the document's items in Commitments/sources.yaml")
        if let known = known.items[document] {
            for (item, node) in items where !known.contains(item) {
                reader.report(
                    node,
                    "unknown item '\(item)' of document '\(document)' in the source of \(what); expected one of its items in Commitments/sources.yaml"
                )
            }
        }
        return Citation(
            document: document, section: fields.string("section", required: false),
            page: fields.string("page", required: false), verified: fields.bool("verified", required: false) ?? false,
            items: items.map(\.0), location: fields.location("document"))
    }
}
