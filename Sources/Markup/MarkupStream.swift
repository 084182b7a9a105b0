import Foundation

@_implementationOnly import CLibXML2

/// Reads a large XML document element by element (libxml2's xmlTextReader), in flat memory.
///
/// Only the element being handed to the caller is expanded into a tree; everything before it
/// has been freed. Use it for feed pages and dumps that should never be loaded whole.
package final class MarkupStream {
    /// The document's name as given by the caller (file path or URL), used in diagnostics.
    package let name: String
    /// An opaque pointer (`xmlTextReaderPtr`): no libxml2 type is part of Markup's layout.
    private let reader: OpaquePointer
    /// xmlReaderForMemory reads the caller's bytes in place, so they are copied and kept here.
    private let buffer: UnsafeMutableRawBufferPointer?
    private let collector = DiagnosticCollector()

    /// Streams a document held in memory.
    package init(data: Data, name: String) throws(MarkupError) {
        LibXML.ensureInitialized()
        self.name = name
        let copy = UnsafeMutableRawBufferPointer.allocate(byteCount: max(data.count, 1), alignment: 1)
        data.withUnsafeBytes { source in
            if let base = source.baseAddress { copy.baseAddress!.copyMemory(from: base, byteCount: source.count) }
        }
        guard
            let reader = xmlReaderForMemory(
                copy.baseAddress!.assumingMemoryBound(to: CChar.self), Int32(data.count), name, nil, LibXML.xmlOptions)
        else {
            copy.deallocate()
            throw MarkupError(
                document: name,
                diagnostics: [.init(severity: .fatal, line: 0, column: 0, message: "cannot create reader")])
        }
        self.buffer = copy
        self.reader = reader
        installHandler()
    }

    /// Streams a file from disk without reading it into memory first.
    package init(path: String) throws(MarkupError) {
        LibXML.ensureInitialized()
        self.name = path
        guard let reader = xmlReaderForFile(path, nil, LibXML.xmlOptions) else {
            throw MarkupError(
                document: path, diagnostics: [.init(severity: .fatal, line: 0, column: 0, message: "cannot open file")])
        }
        self.buffer = nil
        self.reader = reader
        installHandler()
    }

    deinit {
        xmlFreeTextReader(reader)
        buffer?.deallocate()
    }

    private func installHandler() {
        // A reader has its own handler, independent of the thread's global one.
        xmlTextReaderSetStructuredErrorHandler(
            reader, readerErrorHandler, Unmanaged.passUnretained(collector).toOpaque())
    }

    /// Warnings and errors reported so far.
    package var diagnostics: [MarkupDiagnostic] { collector.diagnostics }

    /// Calls `body` with a copy of every element with local name `name` (and namespace URI `namespace`,
    /// when given), in document order.
    ///
    /// Elements nested inside a matching element are not visited separately. Elements `xmlAtDepth`
    /// levels below each match (0: the match itself) also carry their serialised XML.
    /// - Returns: the number of matching elements visited.
    /// - Throws: `MarkupError` with the line of the first fatal problem; elements before it were delivered.
    @discardableResult
    package func forEachElement(
        named name: String, namespace: String? = nil, xmlAtDepth: Int? = nil,
        _ body: (MarkupElement) throws -> Void
    ) throws -> Int {
        try forEachElement(named: [name], namespace: namespace, xmlAtDepth: xmlAtDepth, body)
    }

    /// Like `forEachElement(named:)`, for elements with any of several local names, in document order.
    @discardableResult
    package func forEachElement(
        named names: Set<String>, namespace: String? = nil, xmlAtDepth: Int? = nil,
        _ body: (MarkupElement) throws -> Void
    ) throws -> Int {
        var visited = 0
        var status = xmlTextReaderRead(reader)
        while status == 1 {
            if xmlTextReaderNodeType(reader) == Int32(XML_READER_TYPE_ELEMENT.rawValue), matches(names, namespace),
                let expanded = xmlTextReaderExpand(reader)
            {
                // Copied before the reader moves on and frees the subtree.
                try body(MarkupElement(copying: expanded, xmlAtDepth: xmlAtDepth))
                visited += 1
                status = xmlTextReaderNext(reader)
            } else {
                status = xmlTextReaderRead(reader)
            }
        }
        if status < 0 || collector.diagnostics.contains(where: { $0.severity == .fatal }) {
            throw MarkupError(
                document: self.name,
                diagnostics: collector.diagnostics.isEmpty
                    ? [.init(severity: .fatal, line: 0, column: 0, message: "read error")] : collector.diagnostics)
        }
        return visited
    }

    private func matches(_ names: Set<String>, _ namespace: String?) -> Bool {
        guard let local = xmlTextReaderConstLocalName(reader), names.contains(String(cString: local)) else {
            return false
        }
        guard let namespace else { return true }
        guard let uri = xmlTextReaderConstNamespaceUri(reader) else { return false }
        return strcmp(uri, namespace) == 0
    }
}

private let readerErrorHandler: xmlStructuredErrorFunc = { context, error in
    guard let context, let error else { return }
    Unmanaged<DiagnosticCollector>.fromOpaque(context).takeUnretainedValue().append(UnsafePointer(error))
}
