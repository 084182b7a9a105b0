import Core
import Foundation

@_implementationOnly import CLibXML2

/// A parsed XML or HTML document; the libxml2 tree is freed when the last reference goes.
///
/// Queries return `MarkupNode` values that keep their document alive, so no C pointer
/// outlives the tree it points into. Not thread-safe: parse and query on one task.
package final class MarkupDocument {
    /// The document's name as given by the caller (file path or URL), used in diagnostics.
    package let name: String
    /// Warnings and recoverable errors libxml2 reported while parsing.
    package let diagnostics: [MarkupDiagnostic]
    /// Namespace prefixes available to XPath; filled from the root element's declarations.
    package private(set) var namespaces: [String: String] = [:]

    /// The libxml2 tree, kept type-erased: no libxml2 type is part of Markup's layout (see Package.swift).
    private let handle: OpaquePointer
    var pointer: xmlDocPtr { xmlDocPtr(handle) }

    init(pointer: xmlDocPtr, name: String, diagnostics: [MarkupDiagnostic]) {
        handle = OpaquePointer(pointer)
        self.name = name
        self.diagnostics = diagnostics
        if let root = xmlDocGetRootElement(pointer) {
            var ns = root.pointee.nsDef
            while let current = ns {
                if let prefix = current.pointee.prefix, let href = current.pointee.href {
                    namespaces[String(cString: prefix)] = String(cString: href)
                }
                ns = current.pointee.next
            }
        }
    }

    deinit {
        xmlFreeDoc(pointer)
    }

    /// The name of the document's first element, read from its prolog without parsing (nil when there is none).
    package static func rootName(of data: Data) -> String? {
        data.withUnsafeBytes { LibXML.prolog($0).root }
    }

    /// Parses an XML document from memory with network access and entity loading off.
    ///
    /// - Throws: `MarkupError` naming the line and column of the first fatal problem.
    package static func xml(_ data: Data, name: String) throws(MarkupError) -> MarkupDocument {
        guard data.count < Int(Int32.max) else {
            throw MarkupError(
                document: name,
                diagnostics: [.init(severity: .fatal, line: 0, column: 0, message: "document larger than 2 GB")])
        }
        if let entity = data.withUnsafeBytes { LibXML.declaredEntity(in: $0) } {
            throw MarkupError(document: name, diagnostics: [entity])
        }
        let (parsed, diagnostics) = LibXML.collectingDiagnostics { () -> xmlDocPtr? in
            data.withUnsafeBytes { buffer -> xmlDocPtr? in
                guard let base = buffer.baseAddress else { return nil }
                return xmlReadMemory(
                    base.assumingMemoryBound(to: CChar.self), Int32(buffer.count), name, nil, LibXML.xmlOptions)
            }
        }
        guard let parsed else {
            let reported =
                diagnostics.isEmpty
                ? [MarkupDiagnostic(severity: .fatal, line: 1, column: 1, message: "Document is empty")]
                : diagnostics
            throw MarkupError(document: name, diagnostics: reported)
        }
        if diagnostics.contains(where: { $0.severity == .fatal }) {
            xmlFreeDoc(parsed)
            throw MarkupError(document: name, diagnostics: diagnostics)
        }
        return MarkupDocument(pointer: parsed, name: name, diagnostics: diagnostics)
    }

    /// Parses an HTML document from memory, recovering from tag soup as browsers do.
    ///
    /// - Parameter encoding: the charset from HTTP headers, or `nil` to honour `<meta charset>`.
    package static func html(_ data: Data, name: String, encoding: String? = nil) throws(MarkupError) -> MarkupDocument
    {
        let (parsed, diagnostics) = LibXML.collectingDiagnostics { () -> xmlDocPtr? in
            data.withUnsafeBytes { buffer -> xmlDocPtr? in
                guard let base = buffer.baseAddress, buffer.count < Int(Int32.max) else { return nil }
                return htmlReadMemory(
                    base.assumingMemoryBound(to: CChar.self), Int32(buffer.count), name, encoding, LibXML.htmlOptions)
            }
        }
        guard let parsed, xmlDocGetRootElement(parsed) != nil else {
            throw MarkupError(
                document: name,
                diagnostics: diagnostics.isEmpty
                    ? [MarkupDiagnostic(severity: .fatal, line: 1, column: 1, message: "no HTML content")] : diagnostics
            )
        }
        // Tag soup is reported as errors and read on; a fatal report means libxml2 stopped reading (a page nested
        // deeper than 256 elements): the rest of the page is missing, and reading it as whole would drop what it held.
        if let stop = diagnostics.first(where: { $0.severity == .fatal }) {
            xmlFreeDoc(parsed)
            var halted = stop
            halted.message += " (the page was not read whole; expected a page libxml2 can read to its end)"
            throw MarkupError(document: name, diagnostics: [halted])
        }
        return MarkupDocument(
            pointer: parsed, name: name,
            diagnostics: diagnostics.map {
                var d = $0
                d.severity = .warning
                return d
            })
    }

    /// Makes `prefix` usable in XPath expressions for namespace `uri` (needed for default namespaces).
    package func register(prefix: String, namespace uri: String) {
        namespaces[prefix] = uri
    }

    /// The document element.
    package var root: MarkupNode? {
        return xmlDocGetRootElement(pointer).map { MarkupNode(document: self, pointer: $0) }
    }

    /// Evaluates `xpath` against the whole document.
    package func select(_ xpath: String) throws(MarkupError) -> [MarkupNode] {
        try evaluate(XPathQuery(xpath), context: nil).nodes
    }

    func evaluate(_ query: XPathQuery, context: xmlNodePtr?) throws(MarkupError) -> XPathValue {
        let (value, diagnostics) = LibXML.collectingDiagnostics { () -> XPathValue? in
            guard let xpathContext = xmlXPathNewContext(pointer) else { return nil }
            defer { xmlXPathFreeContext(xpathContext) }
            for (prefix, uri) in namespaces {
                xmlXPathRegisterNs(xpathContext, prefix, uri)
            }
            if let context { xpathContext.pointee.node = context }
            guard let result = xmlXPathCompiledEval(query.compiled, xpathContext) else { return nil }
            defer { xmlXPathFreeObject(result) }
            return XPathValue(result.pointee, document: self)
        }
        guard let value else {
            throw MarkupError(
                document: "XPath \(query.expression) on \(name)",
                diagnostics: diagnostics.isEmpty
                    ? [.init(severity: .error, line: 0, column: 0, message: "could not be evaluated")] : diagnostics)
        }
        return value
    }
}

/// A compiled XPath expression, reusable across documents.
package final class XPathQuery: @unchecked Sendable {
    // @unchecked: the compiled expression is immutable after creation and libxml2 only reads it during evaluation.
    package let expression: String
    /// An opaque pointer (`xmlXPathCompExprPtr`): no libxml2 type is part of Markup's layout.
    let compiled: OpaquePointer

    /// Compiles `expression`; throws with libxml2's message when the syntax is wrong.
    package init(_ expression: String) throws(MarkupError) {
        let (compiled, diagnostics) = LibXML.collectingDiagnostics { xmlXPathCompile(expression) }
        guard let compiled else {
            throw MarkupError(
                document: "XPath \(expression)",
                diagnostics: diagnostics.isEmpty
                    ? [.init(severity: .error, line: 0, column: 0, message: "invalid expression")] : diagnostics)
        }
        self.expression = expression
        self.compiled = compiled
    }

    /// Compiles a rule written by hand (a source definition's): as `init`, and refused as well when it calls a
    /// function XPath 1.0 lacks or names a variable, which libxml2 compiles but only refuses when it evaluates them.
    /// The readers' own expressions, compiled at every call, are not searched again.
    package static func checked(_ expression: String) throws(MarkupError) -> XPathQuery {
        let query = try XPathQuery(expression)
        if let problem = unsupported(expression) {
            throw MarkupError(
                document: "XPath \(expression)",
                diagnostics: [.init(severity: .error, line: 0, column: 0, message: problem)])
        }
        return query
    }

    deinit { xmlXPathFreeCompExpr(compiled) }

    /// The functions of XPath 1.0's core library, which libxml2 evaluates (with no others registered).
    static let functions: Set<String> = [
        "last", "position", "count", "id", "local-name", "namespace-uri", "name", "string", "concat", "starts-with",
        "contains", "substring-before", "substring-after", "substring", "string-length", "normalize-space",
        "translate", "boolean", "not", "true", "false", "lang", "number", "sum", "floor", "ceiling", "round",
    ]
    /// Names followed by "(" that are not function calls: node tests and (before a parenthesis) operators.
    static let notFunctions: Set<String> = [
        "node", "text", "comment", "processing-instruction", "and", "or", "div", "mod",
    ]
    /// A name before "(", and a variable reference (made once: a regex literal in a function is compiled at every
    /// call).
    nonisolated(unsafe) static let call = /([A-Za-z_][A-Za-z0-9_.\-]*(?::[A-Za-z_][A-Za-z0-9_.\-]*)?)\s*\(/
    nonisolated(unsafe) static let variable = /\$([A-Za-z_][A-Za-z0-9_.\-]*)/

    /// What in `expression` only fails when evaluated: a function XPath 1.0 lacks (`string-join()`, an XPath 2.0
    /// function) or a variable (`$titel`); nil when there is none. String literals are left out of the search.
    static func unsupported(_ expression: String) -> String? {
        var code = ""
        var quote: Character?
        for character in expression {
            if let open = quote {
                if character == open { quote = nil }
                code.append(character == open ? character : " ")
            } else {
                if character == "'" || character == "\"" { quote = character }
                code.append(character)
            }
        }
        for match in code.matches(of: call) {
            let name = String(match.1)
            let before = code[..<match.range.lowerBound].last
            // A name right after ":" is a node test's local part (`child::text()`), after "@" an attribute's.
            if before == ":" || before == "@" || notFunctions.contains(name) || functions.contains(name) { continue }
            return
                "\(name)() is not a function of XPath 1.0, the XPath libxml2 evaluates; expected one of \(functions.sorted().map { "\($0)()" }.joined(separator: ", "))"
        }
        if let match = code.firstMatch(of: variable) {
            return
                "$\(match.1) is a variable, and no variables are set when the rules are evaluated; expected the expression it stands for"
        }
        return nil
    }
}

/// The result of an XPath evaluation, copied out of libxml2.
package enum XPathValue {
    case nodes([MarkupNode])
    case string(String)
    case number(Double)
    case boolean(Bool)

    init?(_ object: xmlXPathObject, document: MarkupDocument) {
        switch object.type {
        case XPATH_NODESET:
            var nodes: [MarkupNode] = []
            if let set = object.nodesetval {
                let count = Int(set.pointee.nodeNr)
                nodes.reserveCapacity(count)
                for index in 0..<count {
                    if let node = set.pointee.nodeTab[index] {
                        nodes.append(MarkupNode(document: document, pointer: node))
                    }
                }
            }
            self = .nodes(nodes)
        case XPATH_STRING:
            self = .string(object.stringval.map { String(cString: $0) } ?? "")
        case XPATH_NUMBER:
            self = .number(object.floatval)
        case XPATH_BOOLEAN:
            self = .boolean(object.boolval != 0)
        default:
            return nil
        }
    }

    /// The node-set, or an empty list for scalar results.
    package var nodes: [MarkupNode] {
        if case .nodes(let nodes) = self { return nodes }
        return []
    }

    /// The XPath string-value of the result (first node's text for a node-set).
    package var string: String {
        switch self {
        case .nodes(let nodes): nodes.first?.text ?? ""
        case .string(let value): value
        case .number(let value): value.rounded() == value ? String(Int(value)) : String(value)
        case .boolean(let value): value ? "true" : "false"
        }
    }
}
