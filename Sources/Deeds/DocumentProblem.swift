import Foundation

/// A document that parsed as XML but does not have the shape its format requires.
package struct DocumentProblem: Error, Sendable, Hashable, LocalizedError {
    package var document: String
    package var line: Int
    package var message: String

    package init(document: String, line: Int, message: String) {
        self.document = document
        self.line = line
        self.message = message
    }

    package var errorDescription: String? { "\(document):\(line): \(message)" }
}
