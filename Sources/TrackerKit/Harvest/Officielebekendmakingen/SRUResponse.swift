import Foundation

/// A page of results from the officielebekendmakingen SRU service (`repository.overheid.nl/sru`).
///
/// Elements are matched by local name: the live service qualifies them with the SRU, GZD and
/// OWMS namespaces, copies passed around are often stripped of them.
public struct SRUResponse: Sendable {
    public struct Record: Sendable, Hashable {
        /// `kst-30950-440`.
        public var identifier: String
        /// When the publication last changed (`YYYY-MM-DD`).
        public var modified: String?
        public var type: String?
        public var title: String?
        /// The document's XML manifestation.
        public var xml: String?
    }

    public var numberOfRecords: Int
    public var records: [Record]
    public var nextRecordPosition: Int?

    public static func read(_ data: Data, url: String) throws -> SRUResponse {
        let document = try MarkupDocument.xml(data, name: url)
        guard let root = document.root else { throw DocumentProblem(document: url, line: 1, message: "empty SRU response") }
        if let message = try root.string("//*[local-name()='diagnostic']/*[local-name()='message']") {
            throw DocumentProblem(document: url, line: root.line, message: "the SRU service reports: \(message)")
        }
        guard root.name == "searchRetrieveResponse" else {
            throw DocumentProblem(
                document: url, line: root.line,
                message: "unexpected root element <\(root.name)>; expected an SRU <searchRetrieveResponse>")
        }
        var records: [Record] = []
        for record in try root.select("//*[local-name()='record'][.//*[local-name()='gzd']]") {
            let kern = "(.//*[local-name()='owmskern'])[1]/*[local-name()="
            guard let identifier = try record.string(kern + "'identifier']") else { continue }
            let xml =
                try record.string(".//*[local-name()='enrichedData']/*[local-name()='itemUrl'][@manifestation='xml']")
                ?? record.string(".//*[local-name()='enrichedData']/*[local-name()='url']")
            records.append(
                Record(
                    identifier: identifier, modified: try record.string(kern + "'modified']"),
                    type: try record.string(kern + "'type']"), title: try record.string(kern + "'title']"), xml: xml))
        }
        return SRUResponse(
            numberOfRecords: Int(try root.string("//*[local-name()='numberOfRecords']") ?? "") ?? records.count,
            records: records,
            nextRecordPosition: Int(try root.string("//*[local-name()='nextRecordPosition']") ?? ""))
    }
}

/// The RSS feed of zoek.officielebekendmakingen.nl: a cheap signal that something new was published.
public struct PublicationFeed: Sendable {
    public struct Item: Sendable, Hashable {
        public var title: String
        public var link: String
        public var published: Date?
    }

    public var items: [Item]

    /// The newest publication time, if any item has one.
    public var newest: Date? { items.compactMap(\.published).max() }

    public static func read(_ data: Data, url: String) throws -> PublicationFeed {
        let document = try MarkupDocument.xml(data, name: url)
        guard let root = document.root else { return PublicationFeed(items: []) }
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.dateFormat = "EEE, dd MMM yyyy HH:mm:ss Z"
        let items = try root.select("//*[local-name()='item']").map { item in
            Item(
                title: try item.string("*[local-name()='title']") ?? "", link: try item.string("*[local-name()='link']") ?? "",
                published: try item.string("*[local-name()='pubDate']").flatMap { formatter.date(from: $0) })
        }
        return PublicationFeed(items: items)
    }
}
