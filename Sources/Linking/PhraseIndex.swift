import Text

/// Many phrases indexed by how a text's word can start them, so a text is read once for all of them.
///
/// Finds exactly what `FoldedText.contains` finds, phrase by phrase: a word starts a phrase when it equals a
/// short first word, when its stem equals the first stem, or (first words of five letters or more) when its
/// stem ends in it after three letters or more: a compound's head.
struct PhraseIndex: Sendable {
    let phrases: [FoldedPhrase]
    private var byWord: [String: [Int]] = [:]
    private var byStem: [String: [Int]] = [:]
    private var byHead: [String: [Int]] = [:]
    private var shortestHead = Int.max

    init(_ phrases: [FoldedPhrase]) {
        self.phrases = phrases
        for (index, phrase) in phrases.enumerated() {
            let key = phrase.firstKey
            if let word = key.word { byWord[word, default: []].append(index) }
            if let stem = key.stem {
                byStem[stem, default: []].append(index)
                if key.compoundHead {
                    byHead[stem, default: []].append(index)
                    shortestHead = min(shortestHead, stem.utf8.count)
                }
            }
        }
    }

    /// The indices of the phrases that occur in `text`.
    func matches(in text: FoldedText) -> Set<Int> {
        var found: Set<Int> = []
        for position in text.words.indices {
            for candidate in candidates(word: text.words[position], stem: text.stems[position])
            where !found.contains(candidate) && text.matches(phrases[candidate], at: position) {
                found.insert(candidate)
            }
        }
        return found
    }

    private func candidates(word: String, stem: String) -> [Int] {
        var result = byWord[word] ?? []
        result += byStem[stem] ?? []
        let bytes = Array(stem.utf8)
        // A compound's head: what remains after a first part of three letters or more.
        if bytes.count >= shortestHead + 3, !byHead.isEmpty {
            for start in 3...(bytes.count - shortestHead) {
                if let heads = byHead[String(decoding: bytes[start...], as: UTF8.self)] { result += heads }
            }
        }
        return result
    }
}
