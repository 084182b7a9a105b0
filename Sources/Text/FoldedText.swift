/// A text prepared for repeated phrase matching: its folded words and their stems, once.
package struct FoldedText: Sendable {
    package let words: [String]
    /// `DutchStemmer` stems of `words`, position by position.
    package let stems: [String]

    package init(_ text: String, stemmer: DutchStemmer = .shared) {
        words = DutchText.words(text)
        stems = words.map(stemmer.stem)
    }

    /// Words already folded, with their stems (`DutchStemmer`), position by position.
    package init(words: [String], stems: [String]) {
        precondition(words.count == stems.count, "a stem for every word")
        self.words = words
        self.stems = stems
    }

    /// How many times `phrase` occurs.
    ///
    /// Words match when their stems agree, so inflections match both ways (`risicoprofilering` and
    /// `risicoprofileringen`, `demonstratie` and `demonstraties`). The stemmer does not split
    /// compounds, so a phrase's first word of five letters or more also matches as the head of a
    /// Dutch compound, which comes last (`profilering` in `risicoprofilering`, `detentie` in
    /// `vreemdelingendetentie`), never as its first part (`demonstratie` is not in
    /// `demonstratieprojecten`), and only when its stem has four letters or more (`rellen`, stem `rel`, is not in
    /// "structureel"); a `wholeWords` phrase never as a compound's head. Words of up to three letters must
    /// match exactly (`vn`, `ind`, `coa`), and so must the words of an `asWritten` phrase (`protesten` is not in
    /// "protest", but heads "boerenprotesten"). An `opensCompounds` phrase (one word) matches only as the first part
    /// of a compound, as written, with three letters or more after it (`dublin` in "dublinclaimanten", not in
    /// "dublin").
    package func occurrences(of phrase: FoldedPhrase) -> Int {
        let count = phrase.words.count
        guard count > 0, count <= words.count else { return 0 }
        var found = 0
        var index = 0
        while index + count <= words.count {
            var all = true
            for offset in 0..<count where !matches(index + offset, phrase, offset) {
                all = false
                break
            }
            if all {
                found += 1
                index += count
            } else {
                index += 1
            }
        }
        return found
    }

    package func contains(_ phrase: FoldedPhrase) -> Bool { occurrences(of: phrase) > 0 }

    /// Whether `phrase` occurs starting at word `position` (as whole words only for a `wholeWords` phrase: an
    /// asking word "handhaving" is not in "wetshandhaving").
    package func matches(_ phrase: FoldedPhrase, at position: Int) -> Bool {
        guard !phrase.words.isEmpty, position + phrase.words.count <= words.count else { return false }
        for offset in 0..<phrase.words.count where !matches(position + offset, phrase, offset) {
            return false
        }
        return true
    }

    private func matches(_ position: Int, _ phrase: FoldedPhrase, _ offset: Int) -> Bool {
        let part = phrase.words[offset]
        if phrase.opensCompounds {
            let word = words[position]
            return word.utf8.count >= part.utf8.count + 3 && word.hasPrefix(part)
        }
        let stem = stems[position], partStem = phrase.stems[offset]
        // As written: the text's word is the phrase's, or (the first word) ends in it after three letters or more.
        if phrase.asWritten {
            let word = words[position]
            guard word == part || (offset == 0 && word.utf8.count >= part.utf8.count + 3 && word.hasSuffix(part))
            else { return false }
        }
        // A short word, or a whole word of one whose stem is as short, matches as written: the stem of "weren"
        // (keeping out) is "wer", that of "weer" (again) too.
        if part.utf8.count <= 3 || (phrase.wholeWords && phrase.words.count == 1 && partStem.utf8.count <= 3) {
            return words[position] == part
        }
        if stem == partStem { return true }
        // A compound's head: the phrase word ends the text word, after a first part of three letters or more.
        guard offset == 0, phrase.headsCompounds, stem.utf8.count >= partStem.utf8.count + 3 else { return false }
        return stem.hasSuffix(partStem)
    }
}

/// A phrase folded and stemmed once, for matching against many texts.
package struct FoldedPhrase: Sendable, Hashable {
    /// The phrase as the analyst wrote it.
    package let original: String
    package let words: [String]
    package let stems: [String]
    /// Whether the phrase matches only whole words, never as the head of a compound: a stance hint ("sluiten" is
    /// not in "ontwerpbesluit", "bestrijding" not in "terrorismebestrijding").
    package let wholeWords: Bool
    /// Whether the phrase's words match only as written, not by their stem (a theme's `written_terms`): the plural
    /// "protesten" names demonstrations, the singular "protest" also a diplomatic one. The first word still heads a
    /// compound, as written ("boerenprotesten").
    package let asWritten: Bool
    /// Whether the phrase (one word) matches only as the first part of a compound, as written (a theme's
    /// `opening_terms`): "dublin" in "dublinclaimanten", "kolonisten" in "kolonistenterreur"; never the word alone
    /// ("Dublin", the city).
    package let opensCompounds: Bool

    package init(_ phrase: String) { self.init(phrase, wholeWords: false, asWritten: false) }

    package init(_ phrase: String, wholeWords: Bool) { self.init(phrase, wholeWords: wholeWords, asWritten: false) }

    package init(_ phrase: String, asWritten: Bool) { self.init(phrase, wholeWords: false, asWritten: asWritten) }

    /// A one-word phrase that matches as the first part of a compound only (`opensCompounds`).
    package static func opening(_ phrase: String) -> FoldedPhrase {
        let opening = FoldedPhrase(phrase, wholeWords: false, asWritten: false, opensCompounds: true)
        precondition(opening.words.count == 1, "an opening phrase is one word")
        return opening
    }

    private init(_ phrase: String, wholeWords: Bool, asWritten: Bool, opensCompounds: Bool = false) {
        original = phrase
        words = DutchText.words(phrase)
        stems = words.map(DutchStemmer.shared.stem)
        self.wholeWords = wholeWords
        self.asWritten = asWritten
        self.opensCompounds = opensCompounds
    }

    /// Whether the phrase's first word also matches as the head of a compound (`FoldedText.occurrences`): five
    /// letters or more, a stem of four or more, and not a `wholeWords` or `opensCompounds` phrase.
    package var headsCompounds: Bool {
        guard let first = words.first else { return false }
        return !wholeWords && !opensCompounds && first.utf8.count >= 5 && stems[0].utf8.count >= 4
    }

    /// The folded phrase as one string (`etnisch profileren`).
    package var folded: String { words.joined(separator: " ") }

    /// A phrase with fewer than three letters in all can match almost anything, or nothing.
    package var isUsable: Bool { words.reduce(0) { $0 + $1.count } >= 3 }

    /// The keys under which a word of a text can start this phrase: its first word when that is short (which
    /// must match exactly), else its first stem (which the word's stem must equal, or end in for a compound).
    package var firstKey: (word: String?, stem: String?, compoundHead: Bool) {
        guard let first = words.first, !opensCompounds else { return (nil, nil, false) }
        if first.utf8.count <= 3 { return (first, nil, false) }
        return (nil, stems[0], headsCompounds)
    }
}
