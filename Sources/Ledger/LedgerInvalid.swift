import Core
import Foundation

/// The ledger could not be loaded; every problem found is listed, in file order.
package struct LedgerInvalid: Error, Sendable, LocalizedError {
    package var problems: [Problem]

    package init(problems: [Problem]) {
        self.problems = problems.sorted()
    }

    package var errorDescription: String? {
        let count = problems.count
        return problems.map(\.description).joined(separator: "\n")
            + "\n\(count) problem\(count == 1 ? "" : "s") in the ledger; nothing was written."
    }
}
