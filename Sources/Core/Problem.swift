/// A position in a reviewed file (ledger, source definition, labels), for messages an analyst can act on.
package struct SourceLocation: Sendable, Hashable, Codable, CustomStringConvertible {
    package var file: String
    package var line: Int
    package var column: Int

    package init(file: String, line: Int, column: Int) {
        self.file = file
        self.line = line
        self.column = column
    }

    /// `file:line:column`; a problem with the file as a whole (line 0: missing, unreadable) is just `file`.
    package var description: String { line > 0 ? "\(file):\(line):\(column)" : file }
}

/// One problem in a reviewed file: where it is, what is wrong and what was expected.
package struct Problem: Error, Sendable, Hashable, Comparable, CustomStringConvertible {
    package enum Severity: String, Sendable, Hashable {
        /// The file cannot be used as it is: commands that write stop.
        case error
        /// Worth a look, but nothing is wrong enough to stop (a review of a deed not in the database).
        case warning
    }

    package var location: SourceLocation
    package var message: String
    package var severity: Severity

    package init(_ location: SourceLocation, _ message: String, severity: Severity = .error) {
        self.location = location
        self.message = message
        self.severity = severity
    }

    /// `file:line:column: message`, the form compilers and editors understand (warnings say so).
    package var description: String {
        severity == .warning ? "\(location): warning: \(message)" : "\(location): \(message)"
    }

    package static func < (lhs: Problem, rhs: Problem) -> Bool {
        (lhs.location.file, lhs.location.line, lhs.location.column, lhs.message)
            < (rhs.location.file, rhs.location.line, rhs.location.column, rhs.message)
    }
}
