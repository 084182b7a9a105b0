import Core
import Deeds
import Foundation
import Markup
import Store

/// One page of the Tweede Kamer SyncFeed (Atom): its entries and where the next page is.
package struct SyncFeedPage: Sendable {
    /// The page as received.
    package var raw: Data
    /// The entries, each with its entity (or what was wrong with it) and its XML as received.
    package var entries: [Store.EntityEntry]
    /// The last entry's own `rel="next"` link: where to continue after it.
    package var lastEntryNext: String?
    /// The feed's `rel="next"` link.
    package var next: String?

    /// Where to continue after this page: the last entry's next link, else the feed's.
    package var continuation: String? { lastEntryNext ?? next }

    /// Reads a page, streaming entry by entry; namespaces (Atom, tkData, any prefix) are matched by local name.
    ///
    /// - Throws: `MarkupError` when the page is not well-formed XML: the page is then not used at all.
    package static func read(_ data: Data, url: String) throws -> SyncFeedPage {
        // A page that is well-formed but no feed (a maintenance page in HTML) would read as a page without
        // entries, the end of the category: the rest of it would be skipped until the next run.
        if let root = MarkupDocument.rootName(of: data), root.split(separator: ":").last != "feed" {
            throw DocumentProblem(
                document: url, line: 1, message: "the page is <\(root)>, not an Atom feed; expected <feed> with entries"
            )
        }
        let stream = try MarkupStream(data: data, name: url)
        var entries: [Store.EntityEntry] = []
        var lastEntryNext: String?
        var feedNext: String?
        // Entries are expanded one at a time and skipped as a whole, so a `link` the reader
        // meets outside them is the feed's own.
        try stream.forEachElement(named: ["entry", "link"], xmlAtDepth: 0) { element in
            guard element.name == "entry" else {
                if element.attribute("rel") == "next", feedNext == nil { feedNext = element.attribute("href") }
                return
            }
            let (entry, next) = Self.entry(element, url: url)
            entries.append(entry)
            lastEntryNext = next
        }
        return SyncFeedPage(raw: data, entries: entries, lastEntryNext: lastEntryNext, next: feedNext)
    }

    /// One `<entry>`: its id, links and the entity in its `<content>`, with the entry's XML as received.
    static func entry(_ element: MarkupElement, url: String) -> (Store.EntityEntry, next: String?) {
        func link(_ rel: String) -> String? {
            element.children("link").first { $0.attribute("rel") == rel }?.attribute("href").flatMap {
                $0.isEmpty ? nil : $0
            }
        }
        var record = Store.EntityEntry(
            atomID: element.child("id")?.text.collapsingWhitespace() ?? "", entity: nil, raw: element.xml ?? Data(),
            range: element.sourceRange, problem: nil, enclosure: link("enclosure"))
        if let content = element.child("content")?.children.first {
            do {
                record.entity = try TKEntity(content, document: url)
            } catch {
                record.problem = (error as? DocumentProblem)?.message ?? "\(error)"
            }
        } else {
            record.problem = "entry without entity content; expected <content> holding one tkData element"
        }
        return (record, link("next"))
    }

    /// The entity of a stored entry's raw XML (or of a bare entity, as earlier versions kept them).
    package static func entity(fromRaw raw: Data, name: String) throws -> TKEntity {
        guard let root = try MarkupDocument.xml(raw, name: name).root?.element else {
            throw DocumentProblem(document: name, line: 1, message: "empty entity XML")
        }
        guard root.name == "entry" else { return try TKEntity(root, document: name) }
        guard let content = root.child("content")?.children.first else {
            throw DocumentProblem(document: name, line: root.line, message: "entry without entity content")
        }
        return try TKEntity(content, document: name)
    }
}
