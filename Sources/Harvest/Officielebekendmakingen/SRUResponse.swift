import Core
import Deeds
import Foundation
import Markup

/// A page of results from the officielebekendmakingen SRU service (`repository.overheid.nl/sru`).
///
/// Elements are matched by local name: the live service qualifies them with the SRU, GZD and
/// OWMS namespaces, copies passed around are often stripped of them.
package struct SRUResponse: Sendable {
    package struct Record: Sendable, Hashable {
        /// `kst-30950-440`.
        package var identifier: String
        /// When the publication last changed (`YYYY-MM-DD`).
        package var modified: String?
        package var type: String?
        package var title: String?
        /// The document's XML manifestation.
        package var xml: String?
    }

    package var numberOfRecords: Int
    package var records: [Record]
    package var nextRecordPosition: Int?

    package static func read(_ data: Data, url: String) throws -> SRUResponse {
        let document = try MarkupDocument.xml(data, name: url)
        guard let root = document.root else {
            throw DocumentProblem(document: url, line: 1, message: "empty SRU response")
        }
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
