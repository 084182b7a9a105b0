import Core
import Foundation

/// A plain-text table for the terminal: left-aligned columns, one header row.
package struct TextTable: Sendable {
    package var headers: [String]
    package var rows: [[String]] = []
    /// Per column, the widest a cell may be before it is cut with "…".
    package var maxWidths: [Int?]

    package init(headers: [String], maxWidths: [Int?] = []) {
        self.headers = headers
        self.maxWidths = maxWidths
    }

    package mutating func append(_ row: [String]) {
        rows.append(row)
    }

    package func render() -> String {
        let cut = ([headers] + rows).map { row in
            row.enumerated().map { index, cell in
                let limit = index < maxWidths.count ? maxWidths[index] : nil
                return TextTable.truncate(cell.collapsingWhitespace(), to: limit)
            }
        }
        var widths = [Int](repeating: 0, count: headers.count)
        for row in cut {
            for (index, cell) in row.enumerated() where index < widths.count {
                widths[index] = max(widths[index], cell.count)
            }
        }
        return cut.map { row in
            row.enumerated().map { index, cell in
                index == row.count - 1 ? cell : cell.padding(toLength: widths[index], withPad: " ", startingAt: 0)
            }.joined(separator: "  ")
        }.joined(separator: "\n")
    }

    static func truncate(_ text: String, to limit: Int?) -> String {
        guard let limit, text.count > limit else { return text }
        return String(text.prefix(limit - 1)) + "…"
    }
}
