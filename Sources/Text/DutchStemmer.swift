import CStemmer
import Foundation

/// Dutch stems from the Snowball stemmer (libstemmer), shared by the full-text index and the linker.
///
/// Words are folded first (`DutchText.words`: lower case, no diacritics). Snowball's Dutch stemmer
/// leaves plurals in `-ies` whole (`demonstraties`, `manifestaties`), so those lose their `s` here as
/// well; and it leaves the `-s` plural of a noun in `-e` whole (`asielprocedures`, `genocides`,
/// `blokkades`), so a word of seven letters or more in `-es` after a consonant is stemmed without its `s`
/// (`asielprocedure`: both `asielprocedur`; "proces" is too short to be touched). It undoubles only "kk", "dd"
/// and "tt" where it takes an ending off, so a plural or verb form that doubles another consonant loses the double
/// here (`processen`, `waterkanonnen`, `opzeggen`, `opzegging`: `proces`, `waterkanon`, `opzeg`); and a stem left
/// ending in "v" or "z" is spelled as its word stands alone (`preventieve`, `buitengrenzen`: `preventief`,
/// `buitengrens`). Both the index and the linker stem through `stem(_:)`, so they agree on every inflection.
package final class DutchStemmer: @unchecked Sendable {
    // @unchecked: a Snowball stemmer keeps its result in a buffer of its own, so every use of
    // `stemmer` holds `lock`; the cache is guarded by the same lock.
    private let stemmer: OpaquePointer
    private let lock = NSLock()
    private var cache: [String: String] = [:]

    /// The stemmer every part of tracker uses.
    package static let shared = DutchStemmer()

    private let caching: Bool

    /// A stemmer of its own, for a thread that stems a lot (the linker's workers): it gives the same stems as
    /// `shared` without waiting for its lock. `caching: false` for a caller that keeps its own cache.
    package init(caching: Bool = true) {
        self.caching = caching
        guard let stemmer = sb_stemmer_new("dutch", "UTF_8") else {
            fatalError("libstemmer has no Dutch stemmer")
        }
        self.stemmer = stemmer
    }

    deinit { sb_stemmer_delete(stemmer) }

    /// The stem of one folded word (`risicoprofileringen` → `risicoprofiler`).
    package func stem(_ word: String) -> String {
        lock.lock()
        defer { lock.unlock() }
        if caching, let known = cache[word] { return known }
        var stem = snowball(word)
        if stem.utf8.count > 5, stem.hasSuffix("ies") {
            stem.removeLast()
        } else if Self.isPluralOfE(word) {
            stem = snowball(String(word.dropLast()))
        } else if Self.endsDoubled(stem, of: word) {
            stem.removeLast()
        }
        // Spelling writes a final "v" and "z" as "f" and "s": where an ending came off, the stem is the word's as it
        // stands alone ("preventieve", "buitengrenzen", "brieven": `preventief`, `buitengrens`, `brief`).
        if word.utf8.count > stem.utf8.count, stem.utf8.count >= 3, let last = stem.utf8.last,
            last == UInt8(ascii: "v") || last == UInt8(ascii: "z")
        {
            stem = String(stem.dropLast()) + (last == UInt8(ascii: "v") ? "f" : "s")
        }
        guard caching else { return stem }
        if cache.count > 200_000 { cache.removeAll(keepingCapacity: true) }
        cache[word] = stem
        return stem
    }

    /// Whether a folded word is the `-s` plural of a noun in `-e`: seven letters or more, ending in a consonant and
    /// "es" ("procedures", "genocides"; not "proces").
    static func isPluralOfE(_ word: String) -> Bool {
        let bytes = word.utf8
        guard bytes.count >= 7 else { return false }
        let last = bytes.index(before: bytes.endIndex)
        let middle = bytes.index(before: last)
        let before = bytes[bytes.index(before: middle)]
        guard bytes[last] == UInt8(ascii: "s"), bytes[middle] == UInt8(ascii: "e") else { return false }
        return before >= UInt8(ascii: "a") && before <= UInt8(ascii: "z") && !"aeiouy".utf8.contains(before)
    }

    /// Whether Snowball took an ending off a word and left a doubled consonant it does not undouble itself (it
    /// does "kk", "dd" and "tt"): `waterkanonn` of "waterkanonnen", `taakstraff` of "taakstraffen", `process` of
    /// "processen", `opzegg` of "opzeggen" and "opzegging", whose singulars and stems stem as `waterkanon`,
    /// `taakstraf`, `proces`, `opzeg`.
    static func endsDoubled(_ stem: String, of word: String) -> Bool {
        let bytes = Array(stem.utf8)
        guard bytes.count >= 3, word.utf8.count > bytes.count else { return false }
        let last = bytes[bytes.count - 1]
        guard last == bytes[bytes.count - 2], last >= UInt8(ascii: "a"), last <= UInt8(ascii: "z") else { return false }
        return !"aeiouy".utf8.contains(last)
    }

    private func snowball(_ word: String) -> String {
        var bytes = Array(word.utf8)
        guard !bytes.isEmpty, bytes.count < Int(Int32.max) else { return word }
        return bytes.withUnsafeMutableBufferPointer { buffer -> String in
            guard let result = sb_stemmer_stem(stemmer, buffer.baseAddress, Int32(buffer.count)) else { return word }
            let length = Int(sb_stemmer_length(stemmer))
            return String(decoding: UnsafeBufferPointer(start: result, count: length), as: UTF8.self)
        }
    }
}
