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
