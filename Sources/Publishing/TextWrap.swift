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
        lines(
            items: text.split(whereSeparator: \.isWhitespace).map(String.init), separator: " ", first: first, rest: rest
        )
    }

    /// `items` packed into lines of at most `width` columns, `separator` between two on a line, each item kept whole
    /// on one line where it fits on one ("daad kst-36704-69 · zekerheid 0,93"); one longer than a line starts a line
    /// and is broken at its spaces, and a word longer than a line stands on a line of its own. A word that fits in
    /// the width but not after the indent (a long id) starts its line with as much of the indent as leaves room for
    /// it, so it still stands apart from a heading at the margin; one longer than the width is never cut.
    package func lines(items: [String], separator: String, first: String = "", rest: String? = nil) -> [String] {
        let rest = rest ?? String(repeating: " ", count: first.count)
        var lines: [String] = []
        var line = first
        var lineHasWord = false
        func breakLine() {
            lines.append(line)
            line = rest
            lineHasWord = false
        }
        func add(_ word: some StringProtocol, after separator: String) {
            if lineHasWord, line.count + separator.count + word.count > width { breakLine() }
            if !lineHasWord, line.count + word.count > width, word.count <= width, line.allSatisfy(\.isWhitespace) {
                line = String(repeating: " ", count: width - word.count)
            }
            line += (lineHasWord ? separator : "") + word
            lineHasWord = true
        }
        for item in items {
            let words = item.split(separator: " ")
            guard words.count > 1, rest.count + item.count > width else {
                add(item, after: separator)
                continue
            }
            if lineHasWord { breakLine() }
            for word in words { add(word, after: " ") }
        }
        lines.append(line)
        return lines
    }

    /// `lines(…)` joined by newlines.
    package func wrap(_ text: String, first: String = "", rest: String? = nil) -> String {
        lines(text, first: first, rest: rest).joined(separator: "\n")
    }
}
