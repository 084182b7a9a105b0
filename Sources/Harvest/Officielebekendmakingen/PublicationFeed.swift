import Foundation
import Markup

/// The RSS feed of zoek.officielebekendmakingen.nl: a cheap signal that something new was published.
package struct PublicationFeed: Sendable {
    package struct Item: Sendable, Hashable {
        package var title: String
        package var link: String
        package var published: Date?
    }

    package var items: [Item]

    /// The newest publication time, if any item has one.
    package var newest: Date? { items.compactMap(\.published).max() }

    package static func read(_ data: Data, url: String) throws -> PublicationFeed {
        let document = try MarkupDocument.xml(data, name: url)
        guard let root = document.root else { return PublicationFeed(items: []) }
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.dateFormat = "EEE, dd MMM yyyy HH:mm:ss Z"
        let items = try root.select("//*[local-name()='item']").map { item in
            Item(
                title: try item.string("*[local-name()='title']") ?? "",
                link: try item.string("*[local-name()='link']") ?? "",
                published: try item.string("*[local-name()='pubDate']").flatMap { formatter.date(from: $0) })
        }
        return PublicationFeed(items: items)
    }
}
