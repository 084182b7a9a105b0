import Foundation

@_implementationOnly import CLibXML2

/// One-time libxml2 set-up and the per-call collection of its error reports.
enum LibXML {
    /// Parse options for XML: no network, big line numbers; never NOENT or DTDLOAD (XXE).
    static let xmlOptions = Int32(XML_PARSE_NONET.rawValue | XML_PARSE_BIG_LINES.rawValue | XML_PARSE_NOCDATA.rawValue)
    /// Parse options for HTML: recover from tag soup, no network; errors reach our handler, not stderr.
    static let htmlOptions = Int32(
        HTML_PARSE_RECOVER.rawValue | HTML_PARSE_NONET.rawValue | HTML_PARSE_NOWARNING.rawValue)

    private static let initialized: Bool = {
        xmlInitParser()
        // Refuse every external entity, DTD or XInclude load: documents come from the
        // outside world and must never make the parser read local files (XXE). Only a schema
        // being compiled from local files (on the thread compiling it) may load its includes.
        xmlSetExternalEntityLoader { url, id, context in
            // The loader runs on the thread that parses, so a thread-local flag says whether it may.
            guard Thread.current.threadDictionary[LibXML.trustKey] as? Bool == true else { return nil }
            return xmlNoNetExternalEntityLoader(url, id, context)
        }
        return true
    }()

    private static let trustKey = "tracker.markup.trustLocalFiles"

    /// Runs `body` with local file loading allowed on this thread only (compiling a trusted schema).
    static func trustingLocalFiles<T>(_ body: () throws -> T) rethrows -> T {
        ensureInitialized()
        Thread.current.threadDictionary[trustKey] = true
        defer { Thread.current.threadDictionary[trustKey] = nil }
        return try body()
    }

    /// Where the document type of `bytes` declares an entity (`<!ENTITY` in its internal subset), if it does.
    /// `whole`: whether `bytes` is the whole document (a file streamed from disk is looked at by its first megabyte:
    /// an internal subset that does not end within it is refused, as it cannot be seen to declare nothing).
    static func declaredEntity(in bytes: UnsafeRawBufferPointer, whole: Bool = true) -> MarkupDiagnostic? {
        // A document in UTF-16 is looked at in UTF-8: its bytes never spell `<!ENTITY` in ASCII.
        if bytes.count >= 2,
            [(0xFE, 0xFF), (0xFF, 0xFE), (0x00, 0x3C), (0x3C, 0x00)].contains(where: {
                bytes[0] == $0.0 && bytes[1] == $0.1
            })
        {
            let bigEndian = bytes[0] == 0xFE || bytes[0] == 0x00
            var even = Data(bytes)
            if even.count % 2 == 1 { even.removeLast() }
            guard let text = String(data: even, encoding: bigEndian ? .utf16BigEndian : .utf16LittleEndian) else {
                return MarkupDiagnostic(
                    severity: .fatal, line: 1, column: 1,
                    message: "not valid UTF-16; expected a document in UTF-8 or UTF-16")
            }
            let utf8 = Data(text.utf8)
            return utf8.withUnsafeBytes { declaredEntity(in: $0, whole: whole) }
        }
        if let refused = foreignEncoding(bytes) { return refused }
        return prolog(bytes, whole: whole).entity
    }

    // Made once: a regex literal in a function is parsed and compiled again at every call (scripts/check-regex.py).
    nonisolated(unsafe) private static let encodingDeclaration = /encoding\s*=\s*["']([^"']*)["']/

    /// Why `bytes` (not UTF-16) cannot be looked at byte by byte, if it cannot: a document in UCS-4 or EBCDIC, or
    /// one whose declaration switches to such an encoding, spells `<!ENTITY` in other bytes than ASCII's. The
    /// sources write UTF-8; ISO-8859 and Windows-125x keep ASCII's bytes and are read.
    private static func foreignEncoding(_ bytes: UnsafeRawBufferPointer) -> MarkupDiagnostic? {
        // Spaces and a UTF-8 byte order mark, in either order (libxml2 says which it will not have).
        var index = 0
        while index < bytes.count {
            if [0x20, 0x09, 0x0A, 0x0D].contains(bytes[index]) {
                index += 1
            } else if index + 2 < bytes.count, bytes[index] == 0xEF, bytes[index + 1] == 0xBB, bytes[index + 2] == 0xBF
            {
                index += 3
            } else {
                break
            }
        }
        guard index < bytes.count else { return nil }
        guard bytes[index] == 0x3C else {
            return MarkupDiagnostic(
                severity: .fatal, line: 1, column: 1,
                message:
                    "the document does not begin with '<' in UTF-8 or UTF-16 (UCS-4, EBCDIC); expected a document in UTF-8 or UTF-16"
            )
        }
        // The declaration, if any: `<?xml … encoding="…"?>` in its first bytes.
        let head = String(
            decoding: UnsafeRawBufferPointer(rebasing: bytes[index..<min(bytes.count, index + 512)]), as: UTF8.self)
        guard head.hasPrefix("<?xml"), let end = head.range(of: "?>"),
            let declared = head[..<end.lowerBound].firstMatch(of: encodingDeclaration)
        else { return nil }
        let name = declared.1.lowercased()
        let readable =
            ["utf-8", "utf8", "utf-16", "utf16", "us-ascii", "ascii", "latin1", "latin-1"].contains(name)
            || name.hasPrefix("iso-8859-") || name.hasPrefix("windows-125") || name.hasPrefix("cp125")
        guard !readable else { return nil }
        return MarkupDiagnostic(
            severity: .fatal, line: 1, column: 1,
            message:
                "the document declares the encoding '\(declared.1)'; expected UTF-8, UTF-16, ISO-8859 or Windows-125x")
    }

    /// The prolog of `bytes` read without parsing: the first `<!ENTITY` its document type declares, and the name of
    /// the element it leads to.
    ///
    /// libxml2 expands a document's own (internal) entities in attribute values even without XML_PARSE_NOENT, so a
    /// small document can grow a hundred megabytes of title; and in text it drops them silently. Documents from
    /// the sources never declare entities, so one that does is refused before it is parsed. Only the prolog is read
    /// (the declaration, comments, processing instructions and the document type), never the body.
    static func prolog(_ bytes: UnsafeRawBufferPointer, whole: Bool = true) -> (
        entity: MarkupDiagnostic?, root: String?
    ) {
        let count = bytes.count
        func starts(_ text: StaticString, at index: Int) -> Bool {
            let length = text.utf8CodeUnitCount
            guard index + length <= count else { return false }
            for offset in 0..<length where bytes[index + offset] != text.utf8Start[offset] { return false }
            return true
        }
        func end(of text: StaticString, from index: Int) -> Int? {
            var index = index
            while index < count {
                if starts(text, at: index) { return index + text.utf8CodeUnitCount }
                index += 1
            }
            return nil
        }
        func diagnostic(at index: Int, _ message: String) -> MarkupDiagnostic {
            var line = 1
            var lineStart = 0
            for place in 0..<index where bytes[place] == 0x0A {
                line += 1
                lineStart = place + 1
            }
            return MarkupDiagnostic(severity: .fatal, line: line, column: index - lineStart + 1, message: message)
        }
        let declares =
            "the document type declares an entity; expected a document without entity declarations (tracker expands no entities)"
        var index = starts("\u{FEFF}", at: 0) ? 3 : 0
        while index < count {
            let byte = bytes[index]
            if byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D {
                index += 1
            } else if starts("<?", at: index) {
                guard let next = end(of: "?>", from: index + 2) else { return (nil, nil) }
                index = next
            } else if starts("<!--", at: index) {
                guard let next = end(of: "-->", from: index + 4) else { return (nil, nil) }
                index = next
            } else if starts("<!DOCTYPE", at: index) {
                // To the '>' that closes it, outside the internal subset's brackets and outside quotes.
                var depth = 0
                var quote: UInt8?
                index += 9
                while index < count {
                    let byte = bytes[index]
                    if let open = quote {
                        if byte == open { quote = nil }
                    } else if byte == 0x22 || byte == 0x27 {
                        quote = byte
                    } else if byte == 0x5B {
                        if depth == 0 {
                            // An internal subset: quotes, comments and processing instructions in it could hide a
                            // declaration from a reading this simple, so any `<!ENTITY` after it counts, wherever
                            // it stands (documents of the sources have no internal subset at all).
                            if let after = end(of: "<!ENTITY", from: index) {
                                return (diagnostic(at: after - 8, declares), nil)
                            }
                            if !whole {
                                return (
                                    diagnostic(
                                        at: index,
                                        "the document type has an internal subset not seen whole in the first megabyte; expected a document without entity declarations (tracker expands no entities)"
                                    ), nil
                                )
                            }
                        }
                        depth += 1
                    } else if byte == 0x5D {
                        depth -= 1
                    } else if byte == 0x3E, depth <= 0 {
                        break
                    }
                    index += 1
                }
                index += 1
            } else if bytes[index] == 0x3C, index + 1 < count, bytes[index + 1] != 0x21 {
                // The first element: its name runs to a space, '>' or '/'.
                var end = index + 1
                while end < count, ![0x20, 0x09, 0x0A, 0x0D, 0x3E, 0x2F].contains(bytes[end]) { end += 1 }
                let name = String(decoding: UnsafeRawBufferPointer(rebasing: bytes[(index + 1)..<end]), as: UTF8.self)
                return (nil, name.isEmpty ? nil : name)
            } else {
                return (nil, nil)
            }
        }
        return (nil, nil)
    }

    /// Initialises libxml2 once per process; cheap to call again.
    static func ensureInitialized() {
        _ = initialized
    }

    /// Runs `body` with a structured error handler installed on this thread and returns what it reported.
    ///
    /// libxml2's handler is per thread, so set-up, the parse and the reset happen inside one synchronous call.
    static func collectingDiagnostics<T>(_ body: () throws -> T) rethrows -> (T, [MarkupDiagnostic]) {
        ensureInitialized()
        let collector = DiagnosticCollector()
        let context = Unmanaged.passUnretained(collector).toOpaque()
        xmlSetStructuredErrorFunc(context, diagnosticHandler)
        defer { xmlSetStructuredErrorFunc(nil, nil) }
        let result = try withExtendedLifetime(collector) { try body() }
        return (result, collector.diagnostics)
    }
}

/// Accumulates libxml2 error reports; owned by one synchronous parse.
final class DiagnosticCollector {
    var diagnostics: [MarkupDiagnostic] = []
    /// Caps memory on pathological input: later reports add nothing a user can act on.
    let limit = 200

    func append(_ error: UnsafePointer<xmlError>) {
        guard diagnostics.count < limit else { return }
        let raw = error.pointee
        let severity: MarkupDiagnostic.Severity
        switch raw.level {
        case XML_ERR_WARNING: severity = .warning
        case XML_ERR_ERROR: severity = .error
        default: severity = .fatal
        }
        var message = raw.message.map { String(cString: $0) } ?? "unknown error"
        message = message.trimmingCharacters(in: .whitespacesAndNewlines)
        diagnostics.append(
            MarkupDiagnostic(
                severity: severity, line: Int(raw.line), column: Int(raw.int2), message: message,
                code: Int(raw.code)))
    }
}

let diagnosticHandler: xmlStructuredErrorFunc = { context, error in
    guard let context, let error else { return }
    let collector = Unmanaged<DiagnosticCollector>.fromOpaque(context).takeUnretainedValue()
    collector.append(UnsafePointer(error))
}
