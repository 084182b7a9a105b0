import Foundation

/// A document that parsed as XML but does not have the shape its format requires.
public struct DocumentProblem: Error, Sendable, Hashable, LocalizedError {
    public var document: String
    public var line: Int
    public var message: String

    public init(document: String, line: Int, message: String) {
        self.document = document
        self.line = line
        self.message = message
    }

    public var errorDescription: String? { "\(document):\(line): \(message)" }
}
