import Core
import Foundation

/// The source definitions could not be loaded; every problem is listed.
package struct SourcesInvalid: Error, Sendable, LocalizedError {
    package var problems: [Problem]

    package init(problems: [Problem]) {
        self.problems = problems
    }

    package var errorDescription: String? {
        problems.map(\.description).joined(separator: "\n")
            + "\n\(problems.count) problem\(problems.count == 1 ? "" : "s") in Scrapers/; nothing was fetched or written."
    }
}

/// A request to update that cannot be carried out as asked (unknown source, bad endpoint).
package struct UpdateRequestError: Error, Sendable, LocalizedError {
    package var message: String
    package var errorDescription: String? { message }
}
