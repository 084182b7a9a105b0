import Foundation

@_implementationOnly import CLibXML2

/// An element copied out of libxml2 with everything below it: names, attributes, text, as plain values.
///
/// What a streamed reader hands out, so nothing that points into libxml2's memory outlives the call.
package struct MarkupElement: Sendable, Hashable {
    package struct Attribute: Sendable, Hashable {
        package var name: String
        package var namespaceURI: String?
        package var value: String
    }

    /// The local name (without prefix).
    package var name: String
    package var namespaceURI: String?
    package var attributes: [Attribute]
    /// The element children, in order.
    package var children: [MarkupElement]
    /// Text and children in document order, so `text` can be put together only when it is asked for.
    private var content: [Content]
    /// The line in the source document where the element starts.
    package var line: Int
    /// The element's XML when the reader was asked for it: its bytes as they stand in the source, or (when
    /// they cannot be told apart there) serialised with the namespace declarations it needs.
    package var xml: Data?
    /// Where `xml` stands in the source's bytes, when it was read from them.
    package var sourceRange: Range<Int>?

    private enum Content: Sendable, Hashable {
        case text(String)
        case child(Int)
    }

    /// The text of the element and its descendants, in document order (entity references skipped).
    package var text: String {
        var result = ""
        append(to: &result)
        return result
    }

    private func append(to result: inout String) {
        for part in content {
            switch part {
            case .text(let text): result += text
            case .child(let index): children[index].append(to: &result)
            }
        }
    }

    /// The value of an attribute, by local name and optional namespace URI.
    package func attribute(_ name: String, namespace: String? = nil) -> String? {
        attributes.first { $0.name == name && (namespace == nil || $0.namespaceURI == namespace) }?.value
    }

    /// The first child with local name `name`.
    package func child(_ name: String) -> MarkupElement? {
        children.first { $0.name == name }
    }

    /// Every child with local name `name`.
    package func children(_ name: String) -> [MarkupElement] {
        children.filter { $0.name == name }
    }

    /// Copies `node` and its subtree; elements `xmlAtDepth` levels below it also carry their serialised XML.
    init(copying node: xmlNodePtr, xmlAtDepth: Int?, depth: Int = 0) {
        let raw = node.pointee
        name = raw.name.map { String(cString: $0) } ?? ""
        namespaceURI = raw.ns?.pointee.href.map { String(cString: $0) }
        line = Int(xmlGetLineNo(node))
        var attributes: [Attribute] = []
        var property = raw.properties
        while let current = property {
            var value = ""
            var child = current.pointee.children
            while let text = child {
                if let content = text.pointee.content { value += String(cString: content) }
                child = text.pointee.next
            }
            attributes.append(
                Attribute(
                    name: current.pointee.name.map { String(cString: $0) } ?? "",
                    namespaceURI: current.pointee.ns?.pointee.href.map { String(cString: $0) }, value: value))
            property = current.pointee.next
        }
        self.attributes = attributes
        var children: [MarkupElement] = []
        var content: [Content] = []
        var child = raw.children
        while let current = child {
            switch current.pointee.type {
            case XML_ELEMENT_NODE:
                content.append(.child(children.count))
                children.append(MarkupElement(copying: current, xmlAtDepth: xmlAtDepth, depth: depth + 1))
            case XML_TEXT_NODE, XML_CDATA_SECTION_NODE:
                if let text = current.pointee.content { content.append(.text(String(cString: text))) }
            default:
                break  // entity references, comments, processing instructions: never read into text
            }
            child = current.pointee.next
        }
        self.children = children
        self.content = content
        xml = depth == xmlAtDepth ? MarkupElement.serialize(node) : nil
    }

    /// Appends the text and CDATA below `node`; entity references are skipped, so no entity content
    /// (internal or external) ever reaches the caller.
    static func collectText(_ node: xmlNodePtr, into bytes: inout [UInt8]) {
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

    /// `node` serialised as XML, with every namespace it uses declared, so the bytes stand alone.
    static func serialize(_ node: xmlNodePtr) -> Data {
        guard let buffer = xmlBufferCreate() else { return Data() }
        defer { xmlBufferFree(buffer) }
        // A copy in a document of its own carries every namespace it uses, also those declared
        // on ancestors.
        guard let standalone = xmlNewDoc("1.0") else { return Data() }
        defer { xmlFreeDoc(standalone) }
        guard let copy = xmlDocCopyNode(node, standalone, 1) else { return Data() }
        xmlDocSetRootElement(standalone, copy)
        xmlReconciliateNs(standalone, copy)
        let length = xmlNodeDump(buffer, standalone, copy, 0, 0)
        guard length >= 0, let content = xmlBufferContent(buffer) else { return Data() }
        return Data(bytes: content, count: Int(xmlBufferLength(buffer)))
    }
}
