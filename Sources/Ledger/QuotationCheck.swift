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
    private let normalizedSource: String

    package init(sourceText: String) {
        normalizedSource = QuotationCheck.normalize(sourceText)
    }

    /// True when every part of `quotation` occurs in the source, in order, on whole words.
    package func contains(_ quotation: String) -> Bool {
        var searchStart = normalizedSource.startIndex
        for part in QuotationCheck.parts(of: quotation) {
            guard let range = wholeWordRange(of: part, from: searchStart) else { return false }
            searchStart = range.upperBound
        }
        return true
    }

    /// The first occurrence of `part` at or after `start` that neither begins nor ends inside a word.
    private func wholeWordRange(of part: String, from start: String.Index) -> Range<String.Index>? {
        let source = normalizedSource
        var from = start
        while from < source.endIndex, let range = source.range(of: part, range: from..<source.endIndex) {
            let startsWord =
                range.lowerBound == source.startIndex
                || !Self.isWordCharacter(source[source.index(before: range.lowerBound)])
                || !Self.isWordCharacter(source[range.lowerBound])
            let endsWord =
                range.upperBound == source.endIndex || !Self.isWordCharacter(source[range.upperBound])
                || !Self.isWordCharacter(source[source.index(before: range.upperBound)])
            if startsWord && endsWord { return range }
            from = source.index(after: range.lowerBound)
        }
        return nil
    }

    private static func isWordCharacter(_ character: Character) -> Bool {
        character.isLetter || character.isNumber
    }

    static func parts(of quotation: String) -> [String] {
        var text = quotation
        for omission in ["[…]", "[...]", "(…)", "(...)", "…", "..."] {
            text = text.replacingOccurrences(of: omission, with: "\u{0}")
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
                if scalar.properties.isWhitespace || scalar == "\u{00A0}" {
                    if let last = result.last, last != "\u{1}" { pendingSpace = true }
                } else {
                    append(scalar)
                }
            }
        }
        return String(result).replacingOccurrences(of: "\u{1}", with: "")
    }
}
