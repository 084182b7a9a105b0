import Foundation

/// Lines for a terminal of a given width, broken at spaces and never inside a word.
package struct TextWrap: Sendable {
    /// Columns available; tracker uses `COLUMNS` or the terminal's width, and 80 when it cannot tell.
    package var width: Int

    package init(width: Int) {
        self.width = max(width, 20)
    }

    /// `text` as lines of at most `width` columns: the first starts with `first`, the rest with `rest`.
    ///
    /// A word longer than a whole line (a long URL) stands on a line of its own rather than being cut.
    package func lines(_ text: String, first: String = "", rest: String? = nil) -> [String] {
        let rest = rest ?? String(repeating: " ", count: first.count)
        var lines: [String] = []
        var line = first
        var lineHasWord = false
        for word in text.split(whereSeparator: \.isWhitespace) {
            if lineHasWord, line.count + 1 + word.count > width {
                lines.append(line)
                line = rest
                lineHasWord = false
            }
            line += (lineHasWord ? " " : "") + word
            lineHasWord = true
        }
        lines.append(line)
        return lines
    }

    /// `lines(…)` joined by newlines.
    package func wrap(_ text: String, first: String = "", rest: String? = nil) -> String {
        lines(text, first: first, rest: rest).joined(separator: "\n")
    }
}
