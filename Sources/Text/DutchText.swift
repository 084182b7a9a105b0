import Foundation

/// Folding and phrase matching for Dutch parliamentary text.
///
/// Folding lower-cases, removes diacritics (`geëist` → `geeist`), and turns every run of
/// non-letters into one space, so `VN-Vluchtelingenverdrag` reads as `vn vluchtelingenverdrag`.
package enum DutchText {
    /// Lower-case words without diacritics or punctuation, separated by single spaces.
    package static func fold(_ text: String) -> String {
        words(text).joined(separator: " ")
    }

    /// The folded words of `text`.
    ///
    /// One pass over the scalars: ASCII folds by hand, other scalars through `foldScalar`, whose answers
    /// for the Latin letters and punctuation of Dutch text (up to U+2FFF) are looked up in a table.
    package static func words(_ text: String) -> [String] {
        var words: [String] = []
        var bytes: [UInt8] = []
        bytes.reserveCapacity(32)
        for scalar in text.unicodeScalars {
            let value = scalar.value
            switch value {
            case 0x30...0x39, 0x61...0x7A: bytes.append(UInt8(value))
            case 0x41...0x5A: bytes.append(UInt8(value + 32))
            case 0..<0x80:
                if !bytes.isEmpty {
                    words.append(String(decoding: bytes, as: UTF8.self))
                    bytes.removeAll(keepingCapacity: true)
                }
            default:
                let folded = value < FoldTable.limit ? FoldTable.shared.entries[Int(value)] : foldScalar(scalar)
                if let folded {
                    bytes.append(contentsOf: folded)
                } else if !bytes.isEmpty {
                    words.append(String(decoding: bytes, as: UTF8.self))
                    bytes.removeAll(keepingCapacity: true)
                }
            }
        }
        if !bytes.isEmpty { words.append(String(decoding: bytes, as: UTF8.self)) }
        return words
    }

    /// What `foldScalar` gives for every scalar below `limit`, computed once.
    private final class FoldTable: Sendable {
        static let limit: UInt32 = 0x2100  // Latin, Greek, Cyrillic, and the general punctuation
        static let shared = FoldTable()
        let entries: [[UInt8]?]

        private init() {
            entries = (0..<Self.limit).map { value in
                Unicode.Scalar(value).flatMap(DutchText.foldScalar)
            }
        }
    }

    /// The UTF-8 of the letters/digits a scalar folds to, or nil for a separator. Combining marks fold to nothing.
    fileprivate static func foldScalar(_ scalar: Unicode.Scalar) -> [UInt8]? {
        if scalar.isASCII {
            let value = scalar.value
            switch value {
            case 0x30...0x39, 0x61...0x7A: return [UInt8(value)]
            case 0x41...0x5A: return [UInt8(value + 32)]
            default: return nil
            }
        }
        let properties = scalar.properties
        if properties.generalCategory == .nonspacingMark { return [] }
        guard properties.isAlphabetic || properties.numericType != nil else { return nil }
        // Decompose (é → e + ´) and keep the base letters, lower-cased.
        let decomposed = String(scalar).decomposedStringWithCanonicalMapping.lowercased()
        var result: [UInt8] = []
        for part in decomposed.unicodeScalars where part.properties.generalCategory != .nonspacingMark {
            result.append(contentsOf: String(part).utf8)
        }
        return result
    }
}

extension DutchText {
    /// Dutch function words and parliamentary boilerplate that say nothing about a subject.
    package static let stopwords: Set<String> = [
        "aan", "als", "alle", "alleen", "ander", "andere", "bij", "daar", "dan", "dat", "deze", "die", "dit", "door",
        "een", "eigen", "en", "er", "geen", "heeft", "hebben", "het", "hier", "hij", "hoe", "hun", "ieder", "iets",
        "in", "is", "kan", "komt", "kunnen", "maar", "meer", "met", "moet", "moeten", "na", "naar", "niet", "nog",
        "nu", "of", "om", "omdat", "ons", "onze", "ook", "op", "over", "per", "te", "ten", "ter", "tot", "uit",
        "van", "veel", "voor", "waar", "wat", "wel", "welke", "worden", "wordt", "zal", "zich", "zij", "zijn",
        "zo", "zoals", "zodat", "zonder", "zou", "zullen", "mensen", "nederland", "kabinet", "regering", "coalitie",
        "akkoord", "coalitieakkoord", "amnesty", "kamer", "verzoekt", "overwegende", "constaterende", "motie",
        "gehoord", "beraadslaging", "orde", "dag", "gaat", "plan", "plannen", "maken", "komen", "krijgen",
    ]

    /// The words of `text` that can carry its subject: folded, at least four letters, no stopwords.
    package static func contentWords(_ text: String) -> [String] {
        words(text).filter { $0.count >= 4 && !stopwords.contains($0) }
    }
}
