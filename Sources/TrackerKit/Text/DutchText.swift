import Foundation

/// Folding and phrase matching for Dutch parliamentary text.
///
/// Folding lower-cases, removes diacritics (`geëist` → `geeist`), and turns every run of
/// non-letters into one space, so `VN-Vluchtelingenverdrag` reads as `vn vluchtelingenverdrag`.
public enum DutchText {
    /// Lower-case words without diacritics or punctuation, separated by single spaces.
    public static func fold(_ text: String) -> String {
        words(text).joined(separator: " ")
    }

    /// The folded words of `text`.
    public static func words(_ text: String) -> [String] {
        var words: [String] = []
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
    public static let stopwords: Set<String> = [
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
    public static func contentWords(_ text: String) -> [String] {
        words(text).filter { $0.count >= 4 && !stopwords.contains($0) }
    }
}

/// A text prepared for repeated phrase matching: its folded words, once.
public struct FoldedText: Sendable {
    public let words: [String]

    public init(_ text: String) {
        words = DutchText.words(text)
    }

    /// How many times `phrase` occurs.
    ///
    /// Each phrase word matches a text word that starts with it, so inflections match
    /// (`etnisch profiler` finds `etnische profilering`). A first phrase word of five letters or
    /// more also matches inside a compound (`profilering` in `risicoprofilering`,
    /// `detentie` in `vreemdelingendetentie`). Words of up to three letters must match exactly
    /// (`vn`, `ind`, `coa`).
    public func occurrences(of phrase: FoldedPhrase) -> Int {
        let parts = phrase.words
        guard !parts.isEmpty, parts.count <= words.count else { return 0 }
        var count = 0
        var index = 0
        while index + parts.count <= words.count {
            if FoldedText.word(words[index], matches: parts[0], first: true) {
                var all = true
                for offset in 1..<parts.count where !FoldedText.word(words[index + offset], matches: parts[offset], first: false) {
                    all = false
                    break
                }
                if all {
                    count += 1
                    index += parts.count
                    continue
                }
            }
            index += 1
        }
        return count
    }

    public func contains(_ phrase: FoldedPhrase) -> Bool { occurrences(of: phrase) > 0 }

    static func word(_ word: String, matches part: String, first: Bool) -> Bool {
        let (w, p) = (word.utf8, part.utf8)
        if p.count <= 3 { return word == part }
        guard w.count >= p.count else { return false }
        if w.starts(with: p) { return true }
        guard first, p.count >= 5, w.count > p.count else { return false }
        // A compound: the part inside the word. Folded words are ASCII or plain UTF-8, so bytes will do.
        let bytes = Array(w), needle = Array(p)
        for start in 1...(bytes.count - needle.count) where bytes[start] == needle[0] {
            if bytes[start..<start + needle.count].elementsEqual(needle) { return true }
        }
        return false
    }
}

/// A phrase folded once for matching against many texts.
public struct FoldedPhrase: Sendable, Hashable {
    /// The phrase as the analyst wrote it.
    public let original: String
    public let words: [String]

    public init(_ phrase: String) {
        original = phrase
        words = DutchText.words(phrase)
    }

    /// The folded phrase as one string (`etnisch profileren`).
    public var folded: String { words.joined(separator: " ") }

    /// A phrase with fewer than three letters in all can match almost anything, or nothing.
    public var isUsable: Bool { words.reduce(0) { $0 + $1.count } >= 3 }
}
