import Core
import Foundation

@_implementationOnly import CLibXML2

/// A node of a parsed document; holds its document so the underlying tree stays alive.
///
/// Not `Sendable`: it points into libxml2's tree and is used on the task that parsed the document.
/// Readers copy what they need into values (`element`, `text`, `string(_:)`) before they return.
package struct MarkupNode {
    let document: MarkupDocument
    /// Type-erased, as every libxml2 pointer Markup keeps (see Package.swift).
    private let handle: OpaquePointer
    var pointer: xmlNodePtr { xmlNodePtr(handle) }

    init(document: MarkupDocument, pointer: xmlNodePtr) {
        self.document = document
        handle = OpaquePointer(pointer)
    }

    private var node: xmlNode { pointer.pointee }

    /// The local name (without prefix); lower case for HTML.
    package var name: String { node.name.map { String(cString: $0) } ?? "" }

    /// The namespace URI, if the node is in one.
    package var namespaceURI: String? { node.ns?.pointee.href.map { String(cString: $0) } }

    /// True for element nodes (as opposed to text, attribute or comment nodes).
    package var isElement: Bool { node.type == XML_ELEMENT_NODE }

    /// The line in the source document where the node starts.
    package var line: Int { Int(xmlGetLineNo(pointer)) }

    /// The document this node belongs to.
    package var documentName: String { document.name }

    /// The value of an attribute, by local name and optional namespace URI.
    package func attribute(_ name: String, namespace: String? = nil) -> String? {
        let value = namespace.map { xmlGetNsProp(pointer, name, $0) } ?? xmlGetNoNsProp(pointer, name)
        guard let value else { return nil }
        defer { tracker_xml_free(value) }
        return String(cString: value)
    }

    /// The text of the node and its descendants, in document order.
    ///
    /// Only text and CDATA are read: entity references are skipped, so no entity content
    /// (internal or external) ever reaches the caller.
    package var text: String {
        var bytes: [UInt8] = []
        MarkupElement.collectText(pointer, into: &bytes)
        return String(decoding: bytes, as: UTF8.self)
    }

    /// `text` with runs of whitespace collapsed to one space and the ends trimmed.
    package var normalizedText: String { text.collapsingWhitespace() }

    /// The node serialised as XML (with the namespace declarations it needs), as UTF-8 bytes.
    package var xml: Data { MarkupElement.serialize(pointer) }

    /// The element and everything below it, copied out of libxml2 as values.
    package var element: MarkupElement { MarkupElement(copying: pointer, xmlAtDepth: nil) }

    /// The element children, in order.
    package var children: [MarkupNode] {
        var result: [MarkupNode] = []
        var child = node.children
        while let current = child {
            if current.pointee.type == XML_ELEMENT_NODE {
                result.append(MarkupNode(document: document, pointer: current))
            }
            child = current.pointee.next
        }
        return result
    }

    /// Evaluates `xpath` with this node as the context node.
    package func select(_ xpath: String) throws(MarkupError) -> [MarkupNode] {
        try document.evaluate(XPathQuery(xpath), context: pointer).nodes
    }

    /// Evaluates a compiled query with this node as the context node.
    package func evaluate(_ query: XPathQuery) throws(MarkupError) -> XPathValue {
        try document.evaluate(query, context: pointer)
    }

    /// The normalised text of the first node `xpath` selects, or nil when it selects nothing or only blanks.
    package func string(_ xpath: String) throws(MarkupError) -> String? {
        let value = try document.evaluate(XPathQuery(xpath), context: pointer)
        let text: String
        switch value {
        case .nodes(let nodes):
            guard let first = nodes.first else { return nil }
            text = first.normalizedText
        default:
            text = value.string.collapsingWhitespace()
        }
        return text.isEmpty ? nil : text
    }

    /// The normalised texts of every node `xpath` selects, blanks left out.
    package func strings(_ xpath: String) throws(MarkupError) -> [String] {
        try select(xpath).map(\.normalizedText).filter { !$0.isEmpty }
    }
}
