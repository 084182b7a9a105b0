import CLibXML2
import Foundation

/// A node of a parsed document; holds its document so the underlying tree stays alive.
public struct MarkupNode {
    let document: MarkupDocument
    let pointer: xmlNodePtr

    init(document: MarkupDocument, pointer: xmlNodePtr) {
        self.document = document
        self.pointer = pointer
    }

    private var node: xmlNode {
        precondition(document.isValid, "a streamed element was used after its reader moved on")
        return pointer.pointee
    }

    /// The local name (without prefix); lower case for HTML.
    public var name: String { node.name.map { String(cString: $0) } ?? "" }

    /// The namespace URI, if the node is in one.
    public var namespaceURI: String? { node.ns?.pointee.href.map { String(cString: $0) } }

    /// True for element nodes (as opposed to text, attribute or comment nodes).
    public var isElement: Bool { node.type == XML_ELEMENT_NODE }

    /// The line in the source document where the node starts.
    public var line: Int { Int(xmlGetLineNo(pointer)) }

    /// The document this node belongs to.
    public var documentName: String { document.name }

    /// The value of an attribute, by local name and optional namespace URI.
    public func attribute(_ name: String, namespace: String? = nil) -> String? {
        precondition(document.isValid, "a streamed element was used after its reader moved on")
        let value = namespace.map { xmlGetNsProp(pointer, name, $0) } ?? xmlGetNoNsProp(pointer, name)
        guard let value else { return nil }
        defer { tracker_xml_free(value) }
        return String(cString: value)
    }

    /// All attributes as (local name, namespace URI, value).
    public var attributes: [(name: String, namespace: String?, value: String)] {
        var result: [(String, String?, String)] = []
        var attribute = node.properties
        while let current = attribute {
            let name = current.pointee.name.map { String(cString: $0) } ?? ""
            let ns = current.pointee.ns?.pointee.href.map { String(cString: $0) }
            var value = ""
            var child = current.pointee.children
            while let text = child {
                if let content = text.pointee.content { value += String(cString: content) }
                child = text.pointee.next
            }
            result.append((name, ns, value))
            attribute = current.pointee.next
        }
        return result
    }

    /// The text of the node and its descendants, in document order.
    ///
    /// Only text and CDATA are read: entity references are skipped, so no entity content
    /// (internal or external) ever reaches the caller.
    public var text: String {
        precondition(document.isValid, "a streamed element was used after its reader moved on")
        var bytes: [UInt8] = []
        MarkupNode.collectText(pointer, into: &bytes)
        return String(decoding: bytes, as: UTF8.self)
    }

    /// `text` with runs of whitespace collapsed to one space and the ends trimmed.
    public var normalizedText: String { text.collapsingWhitespace() }

    private static func collectText(_ node: xmlNodePtr, into bytes: inout [UInt8]) {
        switch node.pointee.type {
        case XML_TEXT_NODE, XML_CDATA_SECTION_NODE:
            if let content = node.pointee.content {
                let length = strlen(content)
                content.withMemoryRebound(to: UInt8.self, capacity: length) {
                    bytes.append(contentsOf: UnsafeBufferPointer(start: $0, count: length))
                }
            }
        case XML_ELEMENT_NODE, XML_ATTRIBUTE_NODE, XML_DOCUMENT_NODE, XML_HTML_DOCUMENT_NODE, XML_DOCUMENT_FRAG_NODE:
            var child = node.pointee.children
            while let current = child {
                collectText(current, into: &bytes)
                child = current.pointee.next
            }
        default:
            break  // entity references, comments, processing instructions
        }
    }

    /// The node serialised as XML (with the namespace declarations it needs), as UTF-8 bytes.
    public var xml: Data {
        precondition(document.isValid, "a streamed element was used after its reader moved on")
        guard let buffer = xmlBufferCreate() else { return Data() }
        defer { xmlBufferFree(buffer) }
        // A copy in a document of its own carries every namespace it uses, also those declared
        // on ancestors, so the bytes stand alone.
        guard let standalone = xmlNewDoc("1.0") else { return Data() }
        defer { xmlFreeDoc(standalone) }
        guard let copy = xmlDocCopyNode(pointer, standalone, 1) else { return Data() }
        xmlDocSetRootElement(standalone, copy)
        xmlReconciliateNs(standalone, copy)
        let length = xmlNodeDump(buffer, standalone, copy, 0, 0)
        guard length >= 0, let content = xmlBufferContent(buffer) else { return Data() }
        return Data(bytes: content, count: Int(xmlBufferLength(buffer)))
    }

    /// The element children, in order.
    public var children: [MarkupNode] {
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
    public func select(_ xpath: String) throws(MarkupError) -> [MarkupNode] {
        try document.evaluate(XPathQuery(xpath), context: pointer).nodes
    }

    /// Evaluates a compiled query with this node as the context node.
    public func evaluate(_ query: XPathQuery) throws(MarkupError) -> XPathValue {
        try document.evaluate(query, context: pointer)
    }

    /// The normalised text of the first node `xpath` selects, or nil when it selects nothing or only blanks.
    public func string(_ xpath: String) throws(MarkupError) -> String? {
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
    public func strings(_ xpath: String) throws(MarkupError) -> [String] {
        try select(xpath).map(\.normalizedText).filter { !$0.isEmpty }
    }
}

extension String {
    /// Collapses runs of whitespace (including non-breaking spaces) to one space and trims the ends.
    public func collapsingWhitespace() -> String {
        var result = ""
        result.reserveCapacity(utf8.count)
        var pendingSpace = false
        for scalar in unicodeScalars {
            if scalar.properties.isWhitespace || scalar == "\u{00A0}" {
                pendingSpace = !result.isEmpty
            } else {
                if pendingSpace { result.unicodeScalars.append(" ") }
                pendingSpace = false
                result.unicodeScalars.append(scalar)
            }
        }
        return result
    }
}
