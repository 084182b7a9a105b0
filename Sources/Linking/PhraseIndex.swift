import Text

/// Many phrases indexed by how a text's word can start them, so a text is read once for all of them.
///
/// Finds exactly what `FoldedText.contains` finds, phrase by phrase: a word starts a phrase when it equals a
/// short first word, when its stem equals the first stem, or (first words of five letters or more) when its
/// stem ends in it after three letters or more: a compound's head; and (`opensCompounds` phrases) when the word
/// starts with it and goes on for three letters or more: a compound's first part.
struct PhraseIndex: Sendable {
    let phrases: [FoldedPhrase]
    private var byWord: [String: [Int]] = [:]
    private var byStem: [String: [Int]] = [:]
    private var byHead: [String: [Int]] = [:]
    private var shortestHead = Int.max
    /// The byte lengths of the compound heads, and their last three bytes: a word's stem is looked up as a
    /// head only where it ends like one, and only at those lengths.
    private var headLengths: [Int] = []
    private var headTails: Set<UInt32> = []
    /// The phrases that open compounds, by their word, and the byte lengths of those words.
    private var byOpening: [String: [Int]] = [:]
    private var openingLengths: [Int] = []

    init(_ phrases: [FoldedPhrase]) {
        self.phrases = phrases
        for (index, phrase) in phrases.enumerated() {
            if phrase.opensCompounds, let word = phrase.words.first {
                byOpening[word, default: []].append(index)
                if !openingLengths.contains(word.utf8.count) { openingLengths.append(word.utf8.count) }
                continue
            }
            let key = phrase.firstKey
            if let word = key.word { byWord[word, default: []].append(index) }
            if let stem = key.stem {
                byStem[stem, default: []].append(index)
                if key.compoundHead {
                    byHead[stem, default: []].append(index)
                    shortestHead = min(shortestHead, stem.utf8.count)
                    if !headLengths.contains(stem.utf8.count) { headLengths.append(stem.utf8.count) }
                    headTails.insert(Self.tail(Array(stem.utf8)))
                }
            }
        }
    }

    /// The indices of the phrases that occur in `text`.
    func matches(in text: FoldedText) -> Set<Int> {
        matches(in: text, starts: text.words.indices.map { starts(word: text.words[$0], stem: text.stems[$0]) })
    }

    /// The indices of the phrases that occur in `text`, given the phrases each of its words can start.
    func matches(in text: FoldedText, starts: [[Int]]) -> Set<Int> {
        var found: Set<Int> = []
        for (position, candidates) in starts.enumerated() {
            for candidate in candidates
            where !found.contains(candidate) && text.matches(phrases[candidate], at: position) {
                found.insert(candidate)
            }
        }
        return found
    }

    /// The phrases that occur in `text` (as `matches`), and of those among `terms` the ones on words of their own at
    /// least once: not within the words of another of them found there ("Strafhof" in "Internationaal Strafhof"),
    /// nor on the same words as one written longer ("asiel" and "asielzoeker" in "asielzoekers", "protesten" and
    /// "boerenprotest" in "boerenprotesten") or an earlier one of the same stems ("etnisch profileren" and "etnische
    /// profilering"). One word never counts as two terms, nor one term as two. A term within one of `names` ("Asiel"
    /// in "ministerie van Asiel en Migratie") is part of the name: found only where it also stands outside one, and
    /// the names themselves are not found. One pass over the text for both.
    func matches(in text: FoldedText, starts: [[Int]], standingAmong terms: Set<Int>, names: Set<Int>) -> (
        found: Set<Int>, standing: Set<Int>
    ) {
        var found: Set<Int> = []
        // Every occurrence of a term or a name, to tell which stand on words of their own; other phrases only once.
        var occurrences: [(phrase: Int, start: Int, end: Int)] = []
        var named: [(start: Int, end: Int)] = []
        for (position, candidates) in starts.enumerated() {
            for candidate in candidates {
                let isName = names.contains(candidate)
                let isTerm = terms.contains(candidate)
                // A name is never among `found`: each of its occurrences is kept, as a term's are.
                guard isTerm || !found.contains(candidate), text.matches(phrases[candidate], at: position) else {
                    continue
                }
                let end = position + phrases[candidate].words.count
                if isName {
                    named.append((position, end))
                    continue
                }
                found.insert(candidate)
                if isTerm { occurrences.append((candidate, position, end)) }
            }
        }
        if !named.isEmpty {
            let outside = occurrences.filter { term in !named.contains { $0.start <= term.start && term.end <= $0.end }
            }
            found.subtract(Set(occurrences.map(\.phrase)).subtracting(outside.map(\.phrase)))
            occurrences = outside
        }
        guard occurrences.count > 1 else { return (found, Set(occurrences.map(\.phrase))) }
        func covers(_ outer: (phrase: Int, start: Int, end: Int), _ inner: (phrase: Int, start: Int, end: Int)) -> Bool
        {
            guard outer.phrase != inner.phrase, outer.start <= inner.start, inner.end <= outer.end else { return false }
            if outer.end - outer.start != inner.end - inner.start { return true }
            if phrases[outer.phrase].stems == phrases[inner.phrase].stems { return outer.phrase < inner.phrase }
            let outerLength = phrases[outer.phrase].folded.utf8.count
            let innerLength = phrases[inner.phrase].folded.utf8.count
            return outerLength != innerLength ? outerLength > innerLength : outer.phrase < inner.phrase
        }
        // A term in two ways of matching ("asiel" as a word and as a compound's first part) is one term: the first.
        // Only an occurrence starting at most the longest phrase's length before another can cover it, so each is
        // checked against those (a text repeating a term ten thousand times took minutes when checked against all).
        var byStart: [Int: [(phrase: Int, start: Int, end: Int)]] = [:]
        var longest = 0
        for occurrence in occurrences {
            byStart[occurrence.start, default: []].append(occurrence)
            longest = max(longest, occurrence.end - occurrence.start)
        }
        var standing: [String: Int] = [:]
        for occurrence in occurrences {
            let folded = phrases[occurrence.phrase].folded
            if let known = standing[folded], known <= occurrence.phrase { continue }
            let covered = (max(0, occurrence.end - longest)...occurrence.start).contains { start in
                byStart[start]?.contains { covers($0, occurrence) } ?? false
            }
            if !covered { standing[folded] = min(standing[folded] ?? occurrence.phrase, occurrence.phrase) }
        }
        return (found, Set(standing.values))
    }

    /// Where each phrase matches in `text` (`FoldedText.matches`), by the phrase's index: its positions, first to
    /// last (`matches` says only which phrases occur).
    func occurrences(in text: FoldedText) -> [Int: [Int]] {
        var found: [Int: [Int]] = [:]
        for position in text.words.indices {
            // A word can start a phrase under two keys (its word and its stem): once is enough.
            for candidate in starts(word: text.words[position], stem: text.stems[position])
            where found[candidate]?.last != position && text.matches(phrases[candidate], at: position) {
                found[candidate, default: []].append(position)
            }
        }
        return found
    }

    /// The phrases a word (with its stem) can start.
    func starts(word: String, stem: String) -> [Int] {
        var result: [Int] = []
        collect(word: word, stem: stem, into: &result)
        return result
    }

    private func collect(word: String, stem: String, into result: inout [Int]) {
        if let exact = byWord[word] { result += exact }
        if let same = byStem[stem] { result += same }
        // A compound's first part: the word's start, with three letters or more after it.
        if !byOpening.isEmpty {
            var word = word
            word.withUTF8 { bytes in
                for length in openingLengths where bytes.count >= length + 3 {
                    if let opening = byOpening[String(decoding: bytes[..<length], as: UTF8.self)] { result += opening }
                }
            }
        }
        // A compound's head: what remains after a first part of three letters or more.
        guard !byHead.isEmpty else { return }
        var stem = stem
        stem.withUTF8 { bytes in
            guard bytes.count >= shortestHead + 3, headTails.contains(Self.tail(bytes)) else { return }
            for length in headLengths where bytes.count >= length + 3 {
                let head = String(decoding: bytes[(bytes.count - length)...], as: UTF8.self)
                if let heads = byHead[head] { result += heads }
            }
        }
    }

    /// The last three bytes of a stem as one number (stems of heads have five bytes or more).
    private static func tail<Bytes: RandomAccessCollection>(_ bytes: Bytes) -> UInt32
    where Bytes.Element == UInt8, Bytes.Index == Int {
        var value: UInt32 = 0
        for index in (bytes.endIndex - 3)..<bytes.endIndex { value = value << 8 | UInt32(bytes[index]) }
        return value
    }
}
