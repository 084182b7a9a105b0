import Foundation

extension String {
    /// `trimmingCharacters(in: .whitespaces)` (spaces and tabs, any script's; with `newlines`, line ends too),
    /// without Foundation's work for a text that starts and ends with a visible ASCII character: most dates and ids
    /// of every entity, most values of the ledger.
    package func trimmingSpaces(newlines: Bool = false) -> String {
        guard let first = utf8.first, let last = utf8.last else { return self }
        if (0x21..<0x80).contains(first) && (0x21..<0x80).contains(last) { return self }
        return trimmingCharacters(in: newlines ? .whitespacesAndNewlines : .whitespaces)
    }

    /// Collapses runs of whitespace (including non-breaking spaces) to one space and trims the ends.
    package func collapsingWhitespace() -> String {
        if isCollapsed { return self }
        var result = String.UnicodeScalarView()
        var pendingSpace = false
        for scalar in unicodeScalars {
            if String.isWhitespace(scalar) {
                pendingSpace = !result.isEmpty
            } else {
                if pendingSpace { result.append(" ") }
                pendingSpace = false
                result.append(scalar)
            }
        }
        return String(result)
    }

    /// True for ASCII text without leading, trailing, repeated or non-space whitespace: nothing to collapse.
    private var isCollapsed: Bool {
        var previousSpace = true  // a leading space is not collapsed
        for byte in utf8 {
            if byte >= 0x80 { return false }
            if byte == 0x20 {
                if previousSpace { return false }
                previousSpace = true
            } else if (0x09...0x0D).contains(byte) {
                return false
            } else {
                previousSpace = false
            }
        }
        return !previousSpace || isEmpty
    }

    /// ASCII is decided without Unicode tables: this runs for every text of every entity.
    private static func isWhitespace(_ scalar: Unicode.Scalar) -> Bool {
        if scalar.isASCII { return scalar == " " || (0x09...0x0D).contains(scalar.value) }
        return scalar == "\u{00A0}" || scalar.properties.isWhitespace
    }
}
