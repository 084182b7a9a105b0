import Core
import Foundation
import Markup

/// The `<meta name= scheme= content=>` elements of an officielebekendmakingen publication.
struct PublicationMetadata {
    var entries: [(name: String, scheme: String?, content: String)] = []

    /// Reads the `metadata/meta` children of the document element.
    init(_ root: MarkupNode) throws {
        for node in try root.select("metadata/meta") {
            guard let name = node.attribute("name"), let content = node.attribute("content") else { continue }
            let trimmed = content.collapsingWhitespace()
            if trimmed.isEmpty { continue }
            entries.append((name, node.attribute("scheme"), trimmed))
        }
    }

    /// The first value of `name` (in `scheme`, when one is given).
    func value(_ name: String, scheme: String? = nil) -> String? {
        entries.first { $0.name == name && (scheme == nil || $0.scheme == scheme) }?.content
    }

    /// Every value of `name`, in document order.
    func values(_ name: String) -> [String] {
        entries.filter { $0.name == name }.map(\.content)
    }
}
