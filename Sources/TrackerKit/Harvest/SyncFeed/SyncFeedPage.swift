import Foundation

/// One page of the Tweede Kamer SyncFeed (Atom): its entries and where the next page is.
public struct SyncFeedPage: Sendable {
    public struct Entry: Sendable {
        /// The entry's Atom id.
        public var atomID: String
        /// The entity, or nil when the entry's content could not be read (see `problem`).
        public var entity: TKEntity?
        /// The entity XML as received, kept so deeds can be re-derived without the network.
        public var raw: Data
        /// The entry's own `rel="next"` link: where to continue after this entry.
        public var next: String?
        /// `rel="enclosure"`: the file behind the entity (e.g. a Verslag's VLOS XML).
        public var enclosure: String?
        /// Why the entity could not be read.
        public var problem: String?
    }

    public var entries: [Entry]
    /// The feed's `rel="next"` link.
    public var next: String?

    /// Where to continue after this page: the last entry's next link, else the feed's.
    public var continuation: String? { entries.last?.next ?? next }

    /// Reads a page, streaming entry by entry; namespaces (Atom, tkData, any prefix) are matched by local name.
    ///
    /// - Throws: `MarkupError` when the page is not well-formed XML: the page is then not used at all.
    public static func read(_ data: Data, url: String) throws -> SyncFeedPage {
        let stream = try MarkupStream(data: data, name: url)
        var entries: [Entry] = []
        var feedNext: String?
        let next = try XPathQuery("string(*[local-name()='link'][@rel='next']/@href)")
        let enclosure = try XPathQuery("string(*[local-name()='link'][@rel='enclosure']/@href)")
        let id = try XPathQuery("string(*[local-name()='id'])")
        let entity = try XPathQuery("*[local-name()='content']/*")
        // Entries are expanded one at a time and skipped as a whole, so a `link` the reader
        // meets outside them is the feed's own.
        try stream.forEachElement(named: ["entry", "link"]) { element in
            guard element.name == "entry" else {
                if element.attribute("rel") == "next", feedNext == nil { feedNext = element.attribute("href") }
                return
            }
            let entry = element
            let entryNext = try entry.evaluate(next).string
            let entryEnclosure = try entry.evaluate(enclosure).string
            var record = Entry(
                atomID: try entry.evaluate(id).string.collapsingWhitespace(), entity: nil, raw: Data(),
                next: entryNext.isEmpty ? nil : entryNext, enclosure: entryEnclosure.isEmpty ? nil : entryEnclosure)
            if let element = try entry.evaluate(entity).nodes.first {
                record.raw = element.xml
                do {
                    record.entity = try TKEntity(element)
                } catch let problem as DocumentProblem {
                    record.problem = problem.message
                }
            } else {
                record.raw = entry.xml
                record.problem = "entry without entity content; expected <content> holding one tkData element"
            }
            entries.append(record)
        }
        return SyncFeedPage(entries: entries, next: feedNext)
    }
}
