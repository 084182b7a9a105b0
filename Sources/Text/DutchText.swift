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
    package static func words(_ text: String) -> [String] {
        var words: [String] = []
        // ASCII letters and digits fold byte by byte; anything else goes through the Unicode path.
        var bytes: [UInt8] = []
        var ascii = true
        for byte in text.utf8 {
            switch byte {
            case 0x30...0x39, 0x61...0x7A: bytes.append(byte)
            case 0x41...0x5A: bytes.append(byte + 32)
            case 0x80...: ascii = false
            default:
                if !bytes.isEmpty {
                    words.append(String(decoding: bytes, as: UTF8.self))
                    bytes.removeAll(keepingCapacity: true)
                }
            }
            if !ascii { break }
        }
        if ascii {
            if !bytes.isEmpty { words.append(String(decoding: bytes, as: UTF8.self)) }
            return words
        }
        words.removeAll()
        var current = String.UnicodeScalarView()
        func flush() {
            if !current.isEmpty {
                words.append(String(current))
                current.removeAll(keepingCapacity: true)
            }
        }
        for scalar in text.unicodeScalars {
            if let folded = foldScalar(scalar) {
                current.append(contentsOf: folded)
            } else {
                flush()
            }
        }
        flush()
        return words
    }

    /// The letters/digits a scalar folds to, or nil for a separator. Combining marks fold to nothing.
    private static func foldScalar(_ scalar: Unicode.Scalar) -> String.UnicodeScalarView? {
        if scalar.isASCII {
            let value = scalar.value
            switch value {
            case 0x30...0x39, 0x61...0x7A: return String.UnicodeScalarView([scalar])
            case 0x41...0x5A: return String.UnicodeScalarView([Unicode.Scalar(value + 32)!])
            default: return nil
            }
        }
        let properties = scalar.properties
        if properties.generalCategory == .nonspacingMark { return String.UnicodeScalarView() }
        guard properties.isAlphabetic || properties.numericType != nil else { return nil }
        // Decompose (é → e + ´) and keep the base letters, lower-cased.
        let decomposed = String(scalar).decomposedStringWithCanonicalMapping.lowercased()
        var result = String.UnicodeScalarView()
        for part in decomposed.unicodeScalars where part.properties.generalCategory != .nonspacingMark {
            result.append(part)
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
