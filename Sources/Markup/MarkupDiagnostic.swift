import Foundation

/// One problem libxml2 reported while reading a document, with its position.
package struct MarkupDiagnostic: Sendable, Hashable, CustomStringConvertible {
    /// How bad the problem is; `fatal` means the document could not be read at all.
    package enum Severity: String, Sendable, Hashable {
        case warning, error, fatal
    }

    package var severity: Severity
    package var line: Int
    package var column: Int
    package var message: String
    /// libxml2's numeric error code (e.g. 801 for an unknown HTML5 tag).
    package var code: Int

    package init(severity: Severity, line: Int, column: Int, message: String, code: Int = 0) {
        self.severity = severity
        self.line = line
        self.column = column
        self.message = message
        self.code = code
    }

    package var description: String { "\(line):\(column): \(severity.rawValue): \(message)" }
}

/// A document that could not be read, or an XPath expression that could not be evaluated.
package struct MarkupError: Error, Sendable, Hashable, LocalizedError {
    /// The document's name as the caller gave it (usually a file path or URL).
    package var document: String
    /// The problems found; the first one of the highest severity comes first.
    package var diagnostics: [MarkupDiagnostic]

    package init(document: String, diagnostics: [MarkupDiagnostic]) {
        self.document = document
        self.diagnostics = diagnostics.sorted { lhs, rhs in rank(lhs.severity) > rank(rhs.severity) }
    }

    /// The line of the first (worst) problem, or 0 when unknown.
    package var line: Int { diagnostics.first?.line ?? 0 }

    package var errorDescription: String? {
        guard let first = diagnostics.first else { return "\(document): could not be read" }
        return "\(document):\(first.line):\(first.column): \(first.message)"
    }
}

private func rank(_ severity: MarkupDiagnostic.Severity) -> Int {
    switch severity {
    case .warning: 0
    case .error: 1
    case .fatal: 2
    }
}
