import Foundation

/// A document that parsed as XML but does not have the shape its format requires.
package struct DocumentProblem: Error, Sendable, Hashable, LocalizedError {
    package var document: String
    /// The line of the document the problem is at; nil when it is not at one line (a rule that selected nothing).
    package var line: Int?
    package var message: String

    package init(document: String, line: Int?, message: String) {
        self.document = document
        self.line = line
        self.message = message
    }

    package var errorDescription: String? { "\(document)\(line.map { ":\($0)" } ?? ""): \(message)" }
}
