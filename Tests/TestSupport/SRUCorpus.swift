import Core
import Foundation
import Markup

/// An officielebekendmakingen SRU service on 127.0.0.1 over the real Kamerstukken of the snapshot.
///
/// Records follow the structure of the captured real record (Tests/Fixtures/sru-excerpt/):
/// `gzd/originalData/meta/owmskern` with identifier, title, type and modified, and
/// `gzd/enrichedData/itemUrl[@manifestation='xml']` pointing at the document, which it also serves.
package final class SRUServer: @unchecked Sendable {
    // @unchecked: `documents` is fixed after init; the HTTP server reads it from its threads.
    package struct Document: Sendable {
        package var identifier: String
        package var title: String
        package var type: String
        package var modified: String
        package var dossier: String?
        package var data: Data
    }

    package let documents: [Document]
    package let rss: Data
    let missing: Set<String>
    private var server: LocalHTTPServer!

    /// - Parameters:
    ///   - damage: documents (by identifier) served with other bytes than the mirror's: a fault.
    ///   - missing: documents (by identifier) listed by the search whose XML answers 404.
    ///   - modified: documents (by identifier) listed as modified on another day than their own: a new version.
    package init(
        pageSize: Int = 4, damage: [String: @Sendable (Data) -> Data] = [:], missing: Set<String> = [],
        modified: [String: String] = [:]
    ) throws {
        let folder = SyncFeedCorpus.root.appendingPathComponent("Scrapers/mirror/officielebekendmakingen")
        var documents: [Document] = []
        for name in try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted()
        where name.hasSuffix(".xml") {
            let data = try Data(contentsOf: folder.appendingPathComponent(name))
            let root = try MarkupDocument.xml(data, name: name).root!
            func meta(_ key: String) throws -> String? { try root.string("metadata/meta[@name='\(key)']/@content") }
            // The external-metadata style carries no dates inline: the body's proposal date stands in.
            let date =
                try meta("DCTERMS.available") ?? meta("DCTERMS.issued") ?? root.string(".//datum/@isodatum")
                ?? "2025-01-01"
            documents.append(
                Document(
                    identifier: String(name.dropLast(4)),
                    title: try meta("DC.title") ?? root.string(".//stuk/titel") ?? name,
                    type: try meta("DC.type") ?? "Kamerstuk", modified: modified[String(name.dropLast(4))] ?? date,
                    dossier: try meta("OVERHEIDop.dossiernummer")
                        ?? root.string(".//dossiernr")?.replacingOccurrences(of: "\u{00A0}", with: "")
                        .replacingOccurrences(of: " ", with: ""),
                    data: damage[String(name.dropLast(4))].map { $0(data) } ?? data))
        }
        self.documents = documents.sorted { ($0.modified, $0.identifier) < ($1.modified, $1.identifier) }
        rss = try Data(
            contentsOf: SyncFeedCorpus.root.appendingPathComponent(
                "Tests/Fixtures/rss/zoek_officielebekendmakingen_rss_2022-05-02.xml"))
        self.missing = missing
        server = try LocalHTTPServer { [unowned self] request in self.answer(request, pageSize: pageSize) }
    }

    package var endpoint: String { server.url("/sru") }
    package func url(_ path: String) -> String { server.url(path) }
    package var rssURL: String { server.url("/rss") }
    package var requests: [LocalHTTPServer.Request] { server.requests }
    package func stop() { server.stop() }

    /// The records a query selects: `dt.modified>=DAY` and any `w.dossiernummer=="N"` clauses.
    func selected(_ query: String) -> [Document] {
        let since = query.firstMatch(of: /dt\.modified>=(\d{4}-\d{2}-\d{2})/).map { String($0.1) } ?? "0000"
        let dossiers = Set(query.matches(of: /w\.dossiernummer=="([^"]+)"/).map { String($0.1) })
        return documents.filter { $0.modified >= since && (dossiers.isEmpty || dossiers.contains($0.dossier ?? "")) }
    }

    private func answer(_ request: LocalHTTPServer.Request, pageSize: Int) -> LocalHTTPServer.Reply {
        if request.path == "/rss" {
            if request.headers["if-none-match"] == "\"rss-2022-05-02\"" { return LocalHTTPServer.Reply(status: 304) }
            return LocalHTTPServer.Reply(
                headers: ["Content-Type": "application/rss+xml", "ETag": "\"rss-2022-05-02\""], body: rss)
        }
        if request.path.hasPrefix("/documents/"),
            let document = documents.first(where: { "/documents/\($0.identifier).xml" == request.path })
        {
            if missing.contains(document.identifier) { return LocalHTTPServer.Reply(status: 404) }
            return LocalHTTPServer.Reply(headers: ["Content-Type": "application/xml"], body: document.data)
        }
        guard request.path == "/sru", request.query["operation"] == "searchRetrieve" else {
            return LocalHTTPServer.Reply(status: 404)
        }
        let all = selected(request.query["query"] ?? "")
        let start = max(1, Int(request.query["startRecord"] ?? "1") ?? 1)
        let page = Array(all.dropFirst(start - 1).prefix(Int(request.query["maximumRecords"] ?? "") ?? pageSize))
        var xml = """
            <?xml version="1.0" encoding="UTF-8"?>
            <sru:searchRetrieveResponse xmlns:sru="http://docs.oasis-open.org/ns/search-ws/sruResponse" xmlns:gzd="http://standaarden.overheid.nl/sru" xmlns:dcterms="http://purl.org/dc/terms/" xmlns:overheidwetgeving="http://standaarden.overheid.nl/wetgeving/">
            <sru:version>2.0</sru:version>
            <sru:numberOfRecords>\(all.count)</sru:numberOfRecords>
            <sru:records>

            """
        for (offset, document) in page.enumerated() {
            let item = server.url("/documents/\(document.identifier).xml")
            xml += """
                <sru:record><sru:recordSchema>http://standaarden.overheid.nl/sru/</sru:recordSchema><sru:recordPacking>xml</sru:recordPacking><sru:recordData>
                <gzd:gzd><gzd:originalData><overheidwetgeving:meta><overheidwetgeving:owmskern>
                <dcterms:identifier>\(document.identifier)</dcterms:identifier>
                <dcterms:title>\(escape(document.title))</dcterms:title>
                <dcterms:type scheme="OVERHEIDop.Parlementair">\(escape(document.type))</dcterms:type>
                <dcterms:creator scheme="OVERHEID.StatenGeneraal">Tweede Kamer der Staten-Generaal</dcterms:creator>
                <dcterms:modified>\(document.modified)</dcterms:modified>
                </overheidwetgeving:owmskern></overheidwetgeving:meta></gzd:originalData>
                <gzd:enrichedData><gzd:url>\(item)</gzd:url><gzd:itemUrl manifestation="xml">\(item)</gzd:itemUrl></gzd:enrichedData>
                </gzd:gzd></sru:recordData><sru:recordPosition>\(start + offset)</sru:recordPosition></sru:record>

                """
        }
        xml += "</sru:records>\n"
        if start + page.count <= all.count {
            xml += "<sru:nextRecordPosition>\(start + page.count)</sru:nextRecordPosition>\n"
        }
        xml += "</sru:searchRetrieveResponse>\n"
        return .xml(xml)
    }

    private func escape(_ text: String) -> String {
        text.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;")
    }
}
