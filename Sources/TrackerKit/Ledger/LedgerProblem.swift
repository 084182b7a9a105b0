import Foundation

/// A position in a ledger or scraper file, for messages an analyst can act on.
public struct SourceLocation: Sendable, Hashable, Codable, CustomStringConvertible {
    public var file: String
    public var line: Int
    public var column: Int

    public init(file: String, line: Int, column: Int) {
        self.file = file
        self.line = line
        self.column = column
    }

    public var description: String { "\(file):\(line):\(column)" }
}

/// One problem in the ledger: where it is, what is wrong and what was expected.
public struct LedgerProblem: Error, Sendable, Hashable, Comparable, CustomStringConvertible, LocalizedError {
    public var location: SourceLocation
    public var message: String

    public init(_ location: SourceLocation, _ message: String) {
        self.location = location
        self.message = message
    }

    /// `file:line:column: message`, the form compilers and editors understand.
    public var description: String { "\(location): \(message)" }
    public var errorDescription: String? { description }

    public static func < (lhs: LedgerProblem, rhs: LedgerProblem) -> Bool {
        (lhs.location.file, lhs.location.line, lhs.location.column, lhs.message)
            < (rhs.location.file, rhs.location.line, rhs.location.column, rhs.message)
    }
}

/// The ledger could not be loaded; every problem found is listed, in file order.
public struct LedgerInvalid: Error, Sendable, LocalizedError {
    public var problems: [LedgerProblem]

    public init(problems: [LedgerProblem]) {
        self.problems = problems.sorted()
    }

    public var errorDescription: String? {
        let count = problems.count
        return problems.map(\.description).joined(separator: "\n")
            + "\n\(count) problem\(count == 1 ? "" : "s") in the ledger; nothing was written."
    }
}
