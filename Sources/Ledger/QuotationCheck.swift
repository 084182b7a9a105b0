import Core
import Foundation

/// Checks that a quotation marked exact occurs in the text of the document it cites.
///
/// Both sides are normalised first: typographic quotes and dashes become plain ones, hyphens
/// and hyphenation at line ends are ignored, and whitespace runs count as one space. An
/// ellipsis (`…`, `...`, `[…]`) in the quotation marks an omission: the parts around it must
/// occur in order. Every part starts and ends on a whole word: a quotation cannot begin or end
/// in the middle of a word of the source.
package struct QuotationCheck: Sendable {
    /// The normalised source as scalars: searched directly, without Foundation's string search.
    private let source: [Unicode.Scalar]

    package init(sourceText: String) {
        source = Array(QuotationCheck.normalize(sourceText).unicodeScalars)
    }

    /// True when every part of `quotation` occurs in the source, in order, on whole words.
    package func contains(_ quotation: String) -> Bool {
        var from = 0
        for part in QuotationCheck.parts(of: quotation) {
            guard let range = wholeWordRange(of: Array(part.unicodeScalars), from: from) else { return false }
            from = range.upperBound
        }
        return true
    }

    /// The first occurrence of `part` at or after `start` that neither begins nor ends inside a word.
    private func wholeWordRange(of part: [Unicode.Scalar], from start: Int) -> Range<Int>? {
        guard let first = part.first, part.count <= source.count else { return nil }
        var index = start
        while index <= source.count - part.count {
            if source[index] == first, source[index..<index + part.count].elementsEqual(part) {
                let end = index + part.count
                let startsWord =
                    index == 0 || !Self.isWordCharacter(source[index - 1]) || !Self.isWordCharacter(source[index])
                let endsWord =
                    end == source.count || !Self.isWordCharacter(source[end]) || !Self.isWordCharacter(source[end - 1])
                if startsWord && endsWord { return index..<end }
            }
            index += 1
        }
        return nil
    }

    private static func isWordCharacter(_ scalar: Unicode.Scalar) -> Bool {
        if scalar.isASCII {
            let value = scalar.value
            return (0x30...0x39).contains(value) || (0x41...0x5A).contains(value) || (0x61...0x7A).contains(value)
        }
        return scalar.properties.isAlphabetic || scalar.properties.numericType != nil
    }

    static func parts(of quotation: String) -> [String] {
        var text = quotation
        // Every omission mark holds "…" or "...": a quotation without either (most) skips Foundation's search,
        // which took a sixth of loading the ledger.
        let bytes = Array(quotation.utf8)
        let omits =
            bytes.contains(0xE2)
            || bytes.indices.dropLast(2).contains {
                bytes[$0] == 0x2E && bytes[$0 + 1] == 0x2E && bytes[$0 + 2] == 0x2E
            }
        if omits {
            for omission in ["[…]", "[...]", "(…)", "(...)", "…", "..."] {
                text = text.replacingOccurrences(of: omission, with: "\u{0}")
            }
        }
        return text.split(separator: "\u{0}").map { normalize(String($0)) }.filter { !$0.isEmpty }
    }

    static func normalize(_ text: String) -> String {
        var result = String.UnicodeScalarView()
        var pendingSpace = false
        func append(_ scalar: Unicode.Scalar) {
            if pendingSpace, !result.isEmpty { result.append(" ") }
            pendingSpace = false
            result.append(scalar)
        }
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\u{2018}", "\u{2019}", "\u{201A}", "\u{201B}", "\u{2032}", "`", "\u{00B4}":
                append("'")
            case "\u{201C}", "\u{201D}", "\u{201E}", "\u{201F}", "\u{2033}", "\u{00AB}", "\u{00BB}":
                append("\"")
            case "-", "\u{2010}", "\u{2011}", "\u{2012}", "\u{2013}", "\u{2014}", "\u{00AD}":
                if pendingSpace {
                    // A dash after a space separates ("posten – juist", a list's "- item"): it counts
                    // as the space it stands between.
                    break
                }
                // A hyphen right after a word is dropped with the whitespace after it, so a word broken
                // at a line end ("ID-\ncontroles") equals the unbroken one ("ID-controles").
                result.append("\u{1}")
            default:
                let isSpace =
                    scalar.isASCII
                    ? scalar == " " || (0x09...0x0D).contains(scalar.value)
                    : scalar == "\u{00A0}" || scalar.properties.isWhitespace
                if isSpace {
                    if let last = result.last, last != "\u{1}" { pendingSpace = true }
                } else {
                    append(scalar)
                }
            }
        }
        result.removeAll { $0 == "\u{1}" }
        return String(result)
    }
}
