import Core
import Foundation

/// Checks that a quotation marked exact occurs in the text of the document it cites.
///
/// Both sides are normalised first: typographic quotes and dashes become plain ones, hyphens
/// and hyphenation at line ends are ignored, and whitespace runs count as one space. An
/// ellipsis (`…`, `...`, `[…]`) in the quotation marks an omission: the parts around it must
/// occur in order.
package struct QuotationCheck: Sendable {
    private let normalizedSource: String

    package init(sourceText: String) {
        normalizedSource = QuotationCheck.normalize(sourceText)
    }

    /// True when every part of `quotation` occurs in the source, in order.
    package func contains(_ quotation: String) -> Bool {
        var searchStart = normalizedSource.startIndex
        for part in QuotationCheck.parts(of: quotation) {
            guard let range = normalizedSource.range(of: part, range: searchStart..<normalizedSource.endIndex) else {
                return false
            }
            searchStart = range.upperBound
        }
        return true
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
                // Hyphens and dashes are dropped with the whitespace around them, so a word broken
                // at a line end ("ID-\ncontroles") equals the unbroken one ("ID-controles").
                pendingSpace = false
                while let last = result.last, last == " " { result.removeLast() }
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
