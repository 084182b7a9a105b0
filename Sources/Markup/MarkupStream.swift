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
    /// Where the search for the next matched element's source bytes goes on.
    private var sourceCursor = 0
    private let collector = DiagnosticCollector()

    /// Streams a document held in memory.
    package init(data: Data, name: String) throws(MarkupError) {
        LibXML.ensureInitialized()
        if let entity = data.withUnsafeBytes { LibXML.declaredEntity(in: $0) } {
            throw MarkupError(document: name, diagnostics: [entity])
        }
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
        // The prolog is at the start: its first megabyte is enough to see a declared entity.
        if let handle = FileHandle(forReadingAtPath: path) {
            let prolog = (try? handle.read(upToCount: 1 << 20)) ?? Data()
            try? handle.close()
            let whole =
                (try? FileManager.default.attributesOfItem(atPath: path)[.size] as? Int).map {
                    $0 <= prolog.count
                } ?? true
            if let entity = prolog.withUnsafeBytes({ LibXML.declaredEntity(in: $0, whole: whole) }) {
                throw MarkupError(document: path, diagnostics: [entity])
            }
        }
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
    /// levels below each match (0: the match itself) also carry their XML: for the match itself, read from
    /// memory, the bytes as they stand in the source.
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
                var element = MarkupElement(copying: expanded, xmlAtDepth: xmlAtDepth == 0 ? nil : xmlAtDepth)
                if xmlAtDepth == 0 {
                    if let range = sourceRange(), let base = buffer?.baseAddress {
                        element.xml = Data(bytes: base + range.lowerBound, count: range.count)
                        element.sourceRange = range
                    } else {
                        element.xml = MarkupElement.serialize(expanded)
                    }
                }
                try body(element)
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

    /// Where the element the reader stands on is in the source's bytes: found by its qualified name from where
    /// the previous one ended. Nil when that cannot be told (then it is serialised instead).
    private func sourceRange() -> Range<Int>? {
        guard let buffer, let base = buffer.baseAddress, let qualified = xmlTextReaderConstName(reader) else {
            return nil
        }
        let bytes = UnsafeRawBufferPointer(start: base, count: buffer.count).bindMemory(to: UInt8.self)
        let name = Array(UnsafeBufferPointer(start: qualified, count: Int(xmlStrlen(qualified))))
        func isBoundary(_ index: Int) -> Bool {
            index < bytes.count && [UInt8(ascii: ">"), UInt8(ascii: "/"), 32, 9, 10, 13].contains(bytes[index])
        }
        func find(_ needle: [UInt8], from start: Int) -> Int? {
            guard needle.count <= bytes.count, start <= bytes.count - needle.count else { return nil }
            var index = start
            while index <= bytes.count - needle.count {
                if bytes[index] == needle[0], bytes[index..<index + needle.count].elementsEqual(needle) { return index }
                index += 1
            }
            return nil
        }
        var from = sourceCursor
        var start: Int?
        while let found = find([UInt8(ascii: "<")] + name, from: from) {
            if isBoundary(found + 1 + name.count) {
                start = found
                break
            }
            from = found + 1
        }
        guard let start else { return nil }
        let end: Int
        if xmlTextReaderIsEmptyElement(reader) == 1 {
            guard let close = find([UInt8(ascii: ">")], from: start) else { return nil }
            end = close + 1
        } else {
            let closing = [UInt8(ascii: "<"), UInt8(ascii: "/")] + name + [UInt8(ascii: ">")]
            guard let close = find(closing, from: start) else { return nil }
            end = close + closing.count
        }
        sourceCursor = end
        return start..<end
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
