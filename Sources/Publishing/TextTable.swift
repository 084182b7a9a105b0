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

    /// The table; with `width`, the last column is wrapped at word boundaries to fit the terminal instead of cut:
    /// beside the other columns when at least 24 columns are left there (or its widest cell fits), else on lines of
    /// its own under its row.
    /// Where the other columns are wider than the terminal themselves (long ids), each row becomes a block that
    /// fits: its first cell, then the cells between as "header value" pairs, then the last cell, both indented.
    package func render(width: Int? = nil) -> String {
        let last = headers.count - 1
        let cut = ([headers] + rows).map { row in
            row.enumerated().map { index, cell in
                let limit = width != nil && index == last ? nil : index < maxWidths.count ? maxWidths[index] : nil
                return TextTable.truncate(cell.collapsingWhitespace(), to: limit)
            }
        }
        var widths = [Int](repeating: 0, count: headers.count)
        for row in cut {
            for (index, cell) in row.enumerated() where index < widths.count && (width == nil || index < last) {
                widths[index] = max(widths[index], cell.count)
            }
        }
        let padded = cut.map { row in
            row.enumerated().map { index, cell in
                index == row.count - 1 ? cell : cell.padding(toLength: widths[index], withPad: " ", startingAt: 0)
            }
        }
        guard let width, last > 0 else {
            return padded.map { $0.joined(separator: "  ").trimmingTrailingSpaces() }.joined(separator: "\n")
        }
        let wrap = TextWrap(width: width)
        let offset = widths.dropLast().reduce(0, +) + 2 * last
        if offset - 2 > wrap.width { return blocks(cut.dropFirst(), wrap: wrap) }
        let lastWidth = cut.map { $0.count == headers.count ? $0[last].count : 0 }.max() ?? 0
        return padded.map { cells -> String in
            guard cells.count == headers.count else { return cells.joined(separator: "  ") }
            let lead = cells.dropLast().joined(separator: "  ")
            let lines =
                wrap.width - offset >= 24 || wrap.width - offset >= lastWidth
                ? wrap.lines(cells[last], first: lead + "  ", rest: String(repeating: " ", count: offset))
                : [lead] + (cells[last].isEmpty ? [] : wrap.lines(cells[last], first: "    "))
            return lines.map { $0.trimmingTrailingSpaces() }.joined(separator: "\n")
        }.joined(separator: "\n")
    }

    /// Each row as a block for a terminal narrower than the columns: "BELOFTE" rows read
    /// `etnisch-profileren-aanpakken` / `    daad kst-30950-440 · zekerheid 0,85 · stand steunt` / `    zinsneden: …`.
    private func blocks(_ rows: ArraySlice<[String]>, wrap: TextWrap) -> String {
        let last = headers.count - 1
        return rows.map { cells -> String in
            guard cells.count == headers.count else { return cells.joined(separator: "  ") }
            let pairs = (1..<last).compactMap { index in
                cells[index].isEmpty ? nil : "\(headers[index].lowercased()) \(cells[index])"
            }
            var lines = wrap.lines(cells[0])
            if !pairs.isEmpty { lines += wrap.lines(items: pairs, separator: " · ", first: "    ") }
            if !cells[last].isEmpty { lines += wrap.lines(cells[last], first: "    ") }
            return lines.joined(separator: "\n")
        }.joined(separator: "\n")
    }

    static func truncate(_ text: String, to limit: Int?) -> String {
        guard let limit, text.count > limit else { return text }
        return String(text.prefix(limit - 1)) + "…"
    }
}
