import Foundation
import Ledger
import Text

// Which asking word bears on a pledge phrase, for `StanceReader`: the one before it or after it, unless the
// phrase is only a setting, a complement, a topic or a cause of another noun, or stands in a relative clause.

extension StanceReader {
    /// The direction the nearest asking word gives the pledge phrase at `position..<end`: one just before it (only
    /// `isLinking` words between them), else one after it within `directionReachAfter` words, unless the phrase
    /// completes a noun with "van" (`completing`) that does not stand for it. A negation is read before this: "niet
    /// uitbreiden van vreemdelingendetentie" denies the phrase.
    static func direction(
        of position: Int, end: Int, in clause: FoldedText,
        directions: [AskingWord], subject: Bool = false
    ) -> AskingWord? {
        if asksNothingOf(clause, at: position) { return nil }
        let bare = directions.first(where: \.isBareSubject)
        let before = directions.filter {
            !$0.isBareSubject && $0.end <= position && linksAcross(clause.words[$0.end..<position], after: $0.words)
        }.max { $0.end < $1.end }
        // A subject line's opening "een" asks for what it names, as a bare noun does, unless a verb follows, which
        // asks something of it: "over een herhaalde asielaanvraag slechts in behandeling nemen indien …".
        if let before, !(before.isOpeningEen && holdsVerb(clause, from: end)) {
            return governed(before, of: position, in: clause, directions: directions)
        }
        // An asking word after a phrase that completes a noun with "van" asks of that noun: "ondermijning van de
        // rechtsstaat als grond voor beëindiging van bekostiging" ends the funding, not the rule of law.
        if let van = completing(clause, at: position, end: end, after: -1),
            !transparentHeads.contains(clause.words[van - 1])
        {
            return nil
        }
        // A phrase right after a noun in a prepositional phrase names what kind of thing that noun is, and an asking
        // word after both asks of the noun: "de mogelijkheid tot een derde waarnemer uit het handelingskader
        // preventief fouilleren te schrappen" scraps the observer, not the searches. Not the government a dictum
        // addresses ("verzoekt de regering preventief fouilleren af te schaffen"), nor a noun that says what kind of
        // thing the phrase is: "het instrument preventief fouilleren kan worden verruimd".
        if position >= 3, articles.contains(clause.words[position - 2]) || isAdjective(clause.words[position - 2]),
            nounMarkers.contains(clause.words[position - 3]) && !articles.contains(clause.words[position - 3]),
            modifiesNoun(clause.words[position - 1]),
            !transparentHeads.contains(clause.words[position - 1]),
            !appositiveHeads.contains(clause.words[position - 1]),
            !directions.contains(where: { $0.start < position && $0.end >= position })
        {
            return nil
        }
        // A phrase "over" which a noun is (its topic) asks nothing of the ask after both: "de uitspraak van het hof
        // over etnisch profileren onverkort uit te voeren" carries out the judgment.
        if topic(of: position, in: clause) { return nil }
        // Nor one that is a cause ("studenten die gedupeerd zijn vanwege de fraudeaanpak door DUO financieel
        // compenseren" compensates the students): an ask before it is read as ever.
        if cause(of: position, in: clause) { return nil }
        // "Voor" a thing there is no place, however far the words run: "uitspreken dat voor institutioneel racisme
        // binnen de Belastingdienst Toeslagen en alle andere onderdelen van de overheid geen plaats is".
        if position >= 1, clause.words[position - 1] == "voor",
            let noPlace = directions.first(where: { $0.start >= end && noPlace.contains($0.words) })
        {
            return noPlace
        }
        // A phrase that is only the setting or complement of a noun before it ("de boetes voor overtredingen
        // tijdens demonstraties te verhogen", "de eigen bijdrage voor rechtsbijstand te verhogen") is not what an
        // asking word after both asks of: that is the noun.
        if complements(position, end, in: clause) { return nil }
        // A phrase after "uit" is where something comes out of, and an ask after it asks of that: "de evacuatie van
        // migranten uit Libische detentiecentra ondersteunen" supports no detention.
        // Goods from a place stand for it: "de import van producten uit illegale nederzettingen te verbieden".
        if let origin = wordBefore(clause, position), origin >= 1, clause.words[origin] == "uit",
            namesPeople(clause.words[origin - 1])
        {
            return nil
        }
        // After the phrase, an asking word with an article before it is a noun of its own ("de opvang van
        // vluchtelingen in Griekenland en de uitvoering van de terugnameafspraken"), which asks nothing of it.
        // Nor one in a relative clause after it, which says what the people or things named do: "demonstranten die de
        // snelweg blokkeren".
        // Nor one joined to it by "en" or "of" right after it, an ask beside it: "alle illegalen vastzetten of
        // uitzetten".
        // Whether the phrase stands in a relative clause, asked once and only where a dictum's ask follows (below).
        var relative: Bool?
        func inRelativeClause() -> Bool {
            if relative == nil { relative = withinRelativeClause(position, in: clause, directions: directions) }
            return relative!
        }
        let after = directions.filter {
            $0.start >= end && $0.start - end < directionReachAfter && $0.joinedTo == nil
                && !headsNoun(clause, $0) && !modifiers.contains($0.words)
                && !actsItself(clause, from: end, on: $0)
                && !insideRelativeClause(clause, from: end, to: $0.start)
                && !($0.start == end + 1 && ["en", "of"].contains(clause.words[end]))
                // Nor a dictum's ask ("te" and the verb) after a relative clause the phrase stands in: it asks of the
                // noun the clause is on ("het wetsvoorstel dat vluchtelingen en subsidiair beschermden verschillende
                // rechten geeft in te trekken").
                && (!(clause.words[$0.start..<$0.end].contains("te")
                    || ($0.start >= 1 && clause.words[$0.start - 1] == "te"))
                    || !inRelativeClause())
        }
        .min { $0.start < $1.start }
        if let after { return governed(after, of: position, in: clause, directions: directions) }
        // A subject line's final infinitive asks of all it follows, unless a clause of its own starts between:
        // "over de huisvestingsopgave voor statushouders en de bijbehorende taakstellingen voor gemeenten afschaffen".
        if subject, let final = directions.last(where: { $0.end == clause.words.count && $0.start >= end }),
            final.words.hasSuffix("en"), !clause.words[end..<final.start].contains(where: clauseStarts.contains)
        {
            return final
        }
        // A subject line that ends in the phrase as its verb asks for it: "over veiligelanders direct uitzetten".
        // (`holdsVerb` of the phrase's one word, with no linking word or word in "-en" before it).
        if subject, end == clause.words.count, end - position == 1, position >= 1,
            clause.words[position].utf8.count > 4, holdsVerb(clause, from: position),
            !isLinking(clause.words[position - 1]), !clause.words[position - 1].hasSuffix("en")
        {
            return .bareSubject
        }
        // Last, a subject line that opens with the phrase, or with only linking words before it, asks for it:
        // "over opvang van asielzoekers bij hoger beroep", "over medische opvang van asielzoekers", "over een
        // VN-tribunaal voor de neerhaling van MH17", "over een internationaal tribunaal". Not where a verb
        // follows the phrase (`holdsVerb`), which asks something of it ("over overlastgevende asielzoekers op het
        // vliegtuig naar het land van herkomst zetten", "over asielaanvragen afhandelen in partnerlanden"), nor of
        // people: "over asielzoekers uit Libië" is about them, not a call for more of them; nor of a wrong named as
        // one: "over etnisch profileren door de Koninklijke Marechaussee" is the subject, not a call for it.
        // Nor where the phrase is all the subject line says: "over supersnelrecht" names a topic.
        if let bare, position > 0 || end < clause.words.count,
            clause.words[..<position].allSatisfy({
                isLinking($0) || uninflectedAdjective($0) || hyphenPrefixes.contains($0)
            }),
            !holdsVerb(clause, from: end),
            !clause.words[end...].contains(where: lightVerbs.contains),
            !namesPeople(clause, position, end),
            !clause.words[position..<end].contains(where: wrongs.contains)
        {
            return bare
        }
        return nil
    }

    /// Whether the words from `after` to the phrase at `position` are a noun and a preposition, so that the phrase is
    /// only where that noun is ("gezichtsherkenning bij demonstraties"): the noun is no linking word, no person and
    /// none that stands for the phrase.
    static func setting(
        of position: Int, after: Int, in clause: FoldedText, with prepositions: Set<String> = settingPrepositions
    ) -> Bool {
        var index = position - 1
        while index > after, articles.contains(clause.words[index]) || isLinking(clause.words[index]),
            !prepositions.contains(clause.words[index])
        {
            index -= 1
        }
        guard index > after + 1, prepositions.contains(clause.words[index]) else { return false }
        // A word in "-e" right before a preposition is a noun ("de eigen bijdrage voor"), not an adjective.
        var nounIndex = index - 1
        while nounIndex > after + 1, ["meer", "nog", "ook"].contains(clause.words[nounIndex]) { nounIndex -= 1 }
        let noun = clause.words[nounIndex]
        // Money out of a thing is spent from it, not given to it: "geen middelen uit het Mensenrechtenfonds".
        return (!linkingWords.contains(noun) || clause.words[index] == "uit") && !articles.contains(noun)
            && noun.utf8.count > 3 && (!namesPeople(noun) || clause.words[index] == "uit")
            && !transparentHeads.contains(noun)
            && !appositiveHeads.contains(noun)
    }

    /// Whether the phrase at `position..<end` is the setting or complement of a noun before it (`setting` with
    /// `complementPrepositions` but "van", which `completing` reads), and names no people.
    static func complements(_ position: Int, _ end: Int, in clause: FoldedText) -> Bool {
        let prepositions = complementPrepositions.subtracting(["van"])
        guard !namesPeople(clause, position, end),
            setting(of: position, after: -1, in: clause, with: prepositions)
        else { return false }
        // Money or room given to a thing stands for it ("de bijdrage aan het Internationaal Strafhof te verhogen",
        // "meer capaciteit voor vreemdelingendetentie te realiseren"); a fee for it does not ("de eigen bijdrage voor
        // rechtsbijstand").
        if let given = clause.words[..<position].lastIndex(where: prepositions.contains), given >= 1,
            givenTo(clause.words[given - 1], clause.words[given])
        {
            return false
        }
        // Not a verb's: "organisaties die opkomen voor de rechtsstaat financieel ondersteunen".
        var index = position - 1
        while index > 0, !prepositions.contains(clause.words[index]) { index -= 1 }
        guard index >= 2 else { return true }
        let word = clause.words[index - 1], before = clause.words[index - 2]
        return !(word.hasSuffix("en") && !nounMarkers.contains(before) && !isAdjective(before))
    }

    /// Nouns of a regime or measure, which a negation before them denies rather than what they are for.
    static let regimeNouns: Set<String> = ["regime", "stelsel", "kader", "regeling", "wet", "wetsvoorstel", "aanpak"]

    /// The prepositions that place a noun in the setting of a phrase after them.
    static let settingPrepositions: Set<String> = [
        "bij", "tijdens", "in", "rond", "rondom", "op", "naar", "uit", "tegen",
    ]
    /// The prepositions by which a phrase completes a noun before it.
    static let complementPrepositions = settingPrepositions.union(["voor", "van", "aan", "tussen"])

    /// Whether a word right before a pledge phrase, after an article or an adjective, is a noun the phrase names a
    /// kind of ("uit het handelingskader preventief fouilleren"): no article, preposition, conjunction, number,
    /// adjective or other word that may stand between an ask and its object, and no infinitive or plural in "-en".
    static func modifiesNoun(_ word: String) -> Bool {
        word.utf8.count > 3 && !isLinking(word) && !nounMarkers.contains(word) && !clauseStarts.contains(word)
            && !word.hasSuffix("en") && !["niet", "geen", "meer", "ook", "dat", "die", "wel"].contains(word)
    }

    /// Nouns that name what kind of thing the phrase after them is: the phrase stands in apposition to them.
    static let appositiveHeads: Set<String> = [
        "instrument", "middel", "maatregel", "fenomeen", "verschijnsel", "bevoegdheid",
    ]

    /// Words that name a wrong as a wrong: a subject line that opens with one names what it is about, never what it
    /// asks for (`direction`).
    static let wrongs: Set<String> = [
        "discriminatie", "discriminerend", "discriminerende", "racisme", "racistisch", "racistische", "etnisch",
        "etnische", "genocide", "oorlogsmisdaden", "oorlogsmisdrijven", "straffeloosheid", "schending", "schendingen",
        "geweld", "intimidatie", "vooringenomenheid",
    ]

    /// Whether the clause holds, from `start` on, what reads as an infinitive: a word in "-en" that no article,
    /// preposition, conjunction, number or adjective stands before ("asielaanvragen afhandelen in partnerlanden";
    /// "rechtsbijstand voor on- en minvermogenden" holds only nouns).
    static func holdsVerb(_ clause: FoldedText, from start: Int) -> Bool {
        for index in max(start, 1)..<max(clause.words.count, 1) {
            // A clause of its own says something of someone else: "… die een aanvraag hebben ingediend".
            if relativeStarts.contains(clause.words[index]) { return false }
            let word = clause.words[index]
            guard word.hasSuffix("en"), word.utf8.count > 3, !nounMarkers.contains(word), !nonVerbsInEn.contains(word)
            else { continue }
            let before = clause.words[index - 1]
            if nounMarkers.contains(before) || before.first.map({ $0.isNumber }) == true || isAdjective(before) {
                continue
            }
            return true
        }
        return false
    }

    /// The `clauseStarts` that open a relative or subordinate clause for certain: not "als" and "of", which may join
    /// words, nor "om", "wat" and "hoe", whose clause asks of the phrase before it.
    static let relativeStarts = clauseStarts.subtracting(["als", "of", "om", "wat", "hoe"])

    /// Words after which a word in "-en" is a noun: the articles, the prepositions (`prepositions`,
    /// `prepositionsInE` and more), conjunctions and possessives.
    static let nounMarkers = articles.union(prepositions).union(prepositionsInE).union([
        "naar", "over", "door", "tegen", "zonder", "en", "of", "alle", "zijn", "haar", "hun", "vanuit", "binnen",
        "buiten", "na", "onder", "per", "tussen", "vanaf", "via", "volgens", "tijdens", "wegens", "rond", "zoals",
    ])

    /// Whether the phrase at `position` is what a noun before it is about: "over" after that noun, with only articles
    /// and adjectives between ("de uitspraak van het hof over etnisch profileren").
    static func topic(of position: Int, in clause: FoldedText) -> Bool {
        guard let index = wordBefore(clause, position), index >= 1, clause.words[index] == "over" else { return false }
        let noun = clause.words[index - 1]
        guard noun.utf8.count >= 3, !isLinking(noun), !nounMarkers.contains(noun) else { return false }
        // A word in "-en" is a plural noun after an article or adjective ("onterechte angstbeelden over
        // vluchtelingen", "de zorgen over asielzoekers"), otherwise a verb ("praten over").
        guard noun.hasSuffix("en") else { return true }
        guard index >= 2 else { return false }
        let before = clause.words[index - 2]
        return articles.contains(before) || isAdjective(before)
    }

    /// Whether the phrase at `position` follows a preposition of cause ("vanwege", "wegens"), past articles and
    /// adjectives.
    static func cause(of position: Int, in clause: FoldedText) -> Bool {
        wordBefore(clause, position).map { ["vanwege", "wegens"].contains(clause.words[$0]) } ?? false
    }

    /// An asking word in a relative clause on the noun an ask of less governs asks the opposite through it: "sancties
    /// tegen bedrijven die bijdragen aan de bouw van illegale nederzettingen" asks for fewer settlements built,
    /// "sancties tegen instanties die etnisch profileren toestaan" for less profiling. Where the governing ask is one
    /// of more, the clause's own ask stands: "steun aan organisaties die etnisch profileren bestrijden". The phrase
    /// (at `position`) and the asking word are both in the clause, which opens at most six words after the ask of
    /// less.
    static func governed(
        _ asking: AskingWord, of position: Int, in clause: FoldedText, directions: [AskingWord]
    ) -> AskingWord {
        let start = min(asking.start, position)
        guard
            let outer = directions.filter({ !$0.isBareSubject && $0.end < start }).max(by: { $0.end < $1.end }),
            outer.wants == .less,
            let pronoun = (outer.end..<start).last(where: { relativePronouns.contains(clause.words[$0]) }),
            pronoun - outer.end <= 6,
            // "Of" joins the nouns here ("bedrijven of organisaties die"), no question.
            !clause.words[outer.end..<pronoun].contains(where: { $0 != "of" && clauseStarts.contains($0) }),
            !clause.words[(pronoun + 1)..<start].contains(where: clauseStarts.contains)
        else { return asking }
        return AskingWord(
            start: outer.start, end: asking.end, wants: asking.wants.opposite,
            words: "\(outer.words) … \(asking.words)")
    }

    /// Whether a word at `to` is still in a relative clause opened after `from`: a relative pronoun between them and
    /// no verb in "-en" after it before `to` ("demonstranten die de snelweg blokkeren": the blocking is theirs; "alle
    /// asielzoekers die over land naar Nederland komen tegenhouden": the clause ends at "komen").
    static func insideRelativeClause(_ clause: FoldedText, from: Int, to: Int) -> Bool {
        guard let pronoun = (from..<to).last(where: { relativePronouns.contains(clause.words[$0]) }) else {
            return false
        }
        return !(pronoun + 1..<to).contains { index in
            let word = clause.words[index]
            return word.hasSuffix("en") && word.utf8.count > 3 && !nounMarkers.contains(word)
                && !nounMarkers.contains(clause.words[index - 1]) && !isAdjective(clause.words[index - 1])
        }
    }

    /// The asking word a "niet", "nooit" or "nimmer" after a phrase (within `trailingReach` of `end`) denies, with the
    /// negation: one that starts at most three words after it with only "te", "verder" or "langer" between ("niet te
    /// beperken", "niet verder te verlagen", "nooit acceptabel"). Giving is denied by a "geen" too, with what is
    /// given between ("statushouders geen voorrang meer geven": less for them).
    /// The clause's asking words are found only when a negation is there (`directions`).
    static func deniedAfter(_ end: Int, in clause: FoldedText, directions: () -> [AskingWord]) -> (AskingWord, String)?
    {
        let end = pastComplement(end, in: clause)
        guard
            let negation = (end..<min(clause.words.count, end + trailingReach)).first(where: {
                plainNegations.contains(clause.words[$0]) || clause.words[$0] == "geen"
            }),
            // Not a negation in a clause of its own: "uitgeprocedeerde vreemdelingen die niet meewerken aan hun vertrek".
            !clause.words[end..<negation].contains(where: relativeStarts.contains)
        else { return nil }
        let geen = clause.words[negation] == "geen"
        return directions().filter { word in
            !word.isBareSubject && word.start > negation && word.start - negation <= (geen ? 4 : 3)
                && (geen
                    ? givingStems.contains(clause.stems[word.start])
                    : clause.words[(negation + 1)..<word.start].allSatisfy(Self.betweenNegationAndAsk.contains))
        }.min { $0.start < $1.start }.map { ($0, clause.words[negation]) }
    }

    /// Where the words after a phrase go on past who does it or what completes it (`complementStarts`, an article,
    /// adjectives and a noun); `end` itself where none follows.
    static func pastComplement(_ end: Int, in clause: FoldedText) -> Int {
        let words = clause.words
        guard end < words.count, complementStarts.contains(words[end]) else { return end }
        var index = end + 1
        if index < words.count, articles.contains(words[index]) { index += 1 }
        while index < words.count, isAdjective(words[index]), index - end <= 3 { index += 1 }
        return index < words.count ? index + 1 : end
    }

    /// The prepositions after a phrase that open who does it or what completes it, which a "niet" after them still
    /// follows: "etnisch profileren door de overheid nooit acceptabel is", "de 24-wekeneis voor werkende asielzoekers
    /// niet afschaffen", "het tijdelijke grenstoezicht aan de Schengenbinnengrenzen niet verlengen".
    static let complementStarts: Set<String> = ["door", "voor", "aan", "bij", "op", "in", "van", "tegen"]

    /// The plain negation before an ask at `start`, with only `betweenNegationAndAsk` words between, after `end`.
    static func negation(rightBefore start: Int, after end: Int, in clause: FoldedText) -> String? {
        var index = start - 1
        while index >= end, betweenNegationAndAsk.contains(clause.words[index]) { index -= 1 }
        guard index >= end, plainNegations.contains(clause.words[index]) else { return nil }
        return clause.words[index]
    }

    /// The words that may stand between a "niet" after a phrase and the ask it denies: "de rechtsbijstand niet te
    /// beperken", "niet verder", "niet langer", and the auxiliaries of a declaration ("demonstranten niet mogen worden
    /// geweerd", "niet mag worden beperkt"), and adverbs of how it is done ("demonstranten niet preventief te
    /// arresteren").
    static let betweenNegationAndAsk: Set<String> = [
        "te", "verder", "langer", "meer", "mag", "mogen", "worden", "wordt", "kan", "kunnen", "moet", "moeten",
        "preventief", "zomaar", "massaal", "standaard", "onnodig", "direct", "meteen", "automatisch", "onmiddellijk",
        // Having it done: "een vreedzame demonstratie niet laten ontruimen".
        "laten",
    ]

    /// The asking words that allow a thing, and the words before them that make the allowing a restriction
    /// ("alleen toestaan als …").
    static let permitting: Set<String> = Set([
        "toestaan", "toe te staan", "toegestaan", "toelaten", "toe te laten", "toegelaten", "mogelijk maken",
        "mogelijk te maken",
    ]).union(permittedOnlyRestricted)
    static let restricting: Set<String> = ["alleen", "uitsluitend", "slechts", "enkel"]
    /// The conditions that make an ask of more with "only" before it a restriction (`directionWords`).
    static let restrictingConditions: Set<String> = ["als", "indien", "mits", "wanneer", "zolang"]
    /// How many words before what it allows a restricting word may stand (`directionWords`).
    static let restrictionReach = 6
    /// The permitting words that ask nothing unless restricted (`directionWords`): "asielaanvragen sneller in
    /// behandeling nemen" asks for no more of them.
    static let permittedOnlyRestricted: Set<String> = [
        "in behandeling nemen", "in behandeling te nemen", "in behandeling genomen",
    ]

    /// The asking words that say there is no place for a thing ("voor racisme is geen plaats").
    static let noPlace: Set<String> = ["geen plaats", "geen plek", "geen ruimte"]

    /// The words that open a relative clause on the noun before them.
    /// Whether the words at `position` stand in a relative clause on a noun before them: "dat" after an article and a
    /// noun ("het wetsvoorstel dat …"), or a relative pronoun, at most `negationReach` words before, with no asking
    /// word between it and them.
    static func withinRelativeClause(_ position: Int, in clause: FoldedText, directions: [AskingWord]) -> Bool {
        for index in stride(from: position - 1, through: max(0, position - negationReach), by: -1) {
            let word = clause.words[index]
            if directions.contains(where: { !$0.isBareSubject && $0.start >= index && $0.start < position }) {
                return false
            }
            if relativePronouns.contains(word) { return true }
            if word == "dat" { return index >= 2 && articles.contains(clause.words[index - 2]) }
            if clauseStarts.contains(word) { return false }
        }
        return false
    }

    static let relativePronouns: Set<String> = [
        "die", "welke", "waarin", "waarmee", "waarbij", "waardoor", "wiens", "wier",
    ]

    /// Asking words that judge what they follow as wrong: after a noun of less they turn it round like any ask of
    /// less, with or without an article before the noun.
    static let judgements: Set<String> = [
        "onwenselijk", "ongewenst", "onacceptabel", "onaanvaardbaar", "ontoelaatbaar", "verwerpelijk", "onterecht",
        "onrechtmatig",
    ]

    /// Whether the words at `position` follow "zonder", with only articles and adjectives between: what is missing.
    static func missing(_ clause: FoldedText, at position: Int) -> Bool {
        wordBefore(clause, position).map { clause.words[$0] == "zonder" } ?? false
    }

    /// Whether the "zonder" before the words at `position` follows people (`namesPeople`): "vreemdelingen zonder
    /// verblijfsrecht", "mensen zonder papieren" describes who they are.
    static func withoutDescribesPeople(_ clause: FoldedText, before position: Int) -> Bool {
        guard let zonder = wordBefore(clause, position), zonder >= 1 else { return false }
        return namesPeople(clause.words[zonder - 1])
    }

    /// The place of the word before `position` once articles and adjectives are passed over, if any.
    static func wordBefore(_ clause: FoldedText, _ position: Int) -> Int? {
        var before = position - 1
        while before >= 0, articles.contains(clause.words[before]) || isAdjective(clause.words[before]) { before -= 1 }
        return before >= 0 ? before : nil
    }

    /// Whether the phrase ending at `end` is who acts in the asking word `verb`, which has an object of its own after
    /// it: a modal right after the phrase, no passive "worden" before the verb, and a preposition ending the verb or
    /// right after it ("zodat het COA kan stoppen met opvang in tenten" is the COA's own stopping; "preventief
    /// fouilleren kan worden verruimd" asks more of the searches, "etnisch profileren moet leiden tot ontslag" less of
    /// the profiling).
    static func actsItself(_ clause: FoldedText, from end: Int, on verb: AskingWord) -> Bool {
        guard end < verb.start, modals.contains(clause.words[end]),
            verb.words.split(separator: " ").last.map({ prepositions.contains(String($0)) }) == true
                || (verb.end < clause.words.count && prepositions.contains(clause.words[verb.end]))
        else { return false }
        return !clause.words[end..<verb.start].contains { ["worden", "wordt", "word", "werd", "werden"].contains($0) }
    }
    /// The modal verbs after which a phrase is who acts (`actsItself`).
    static let modals: Set<String> = [
        "kan", "kunnen", "moet", "moeten", "mag", "mogen", "zal", "zullen", "wil", "willen",
    ]

    /// The verbs of sending people somewhere, and their participles (`sending`).
    static let sendingVerbs: Set<String> = [
        "sturen", "terugsturen", "doorsturen", "overbrengen", "overplaatsen", "verplaatsen", "deporteren",
        "gestuurd", "teruggestuurd", "doorgestuurd", "overgebracht", "overgeplaatst", "verplaatst", "gedeporteerd",
    ]

    /// The words that say the phrase at `position..<end` is where people are sent: "naar" before it (past articles
    /// and adjectives) and a sending verb within `directionReachAfter` words after it, no clause, "en" or "of"
    /// between ("afgewezen asielzoekers naar return hubs in landen buiten de EU sturen") or right before "naar", or "in"
    /// before it and a placing verb (`placing`); nil otherwise.
    static func sending(to position: Int, end: Int, in clause: FoldedText) -> String? {
        guard let before = wordBefore(clause, position) else { return nil }
        if clause.words[before] == "in" { return placing(in: before, end: end, clause: clause) }
        guard clause.words[before] == "naar" else { return nil }
        // The verb may come first: "geen uitgeprocedeerde asielzoekers over te brengen naar return hubs", "te sturen
        // naar".
        if before >= 1, sendingVerbs.contains(clause.words[before - 1]) || clause.words[before - 1] == "brengen" {
            return "\(clause.words[before - 1]) naar"
        }
        return verb(among: sendingVerbs, after: end, in: clause).map { "naar … \($0)" }
    }

    /// The first of `verbs` within `directionReachAfter` words from `end`, with no clause of its own, "en" or "of"
    /// before it (`sending`, `placing`).
    static func verb(among verbs: Set<String>, after end: Int, in clause: FoldedText) -> String? {
        verbIndex(among: verbs, after: end, in: clause).map { clause.words[$0] }
    }

    /// Where the verb `verb(among:after:in:)` finds stands.
    static func verbIndex(among verbs: Set<String>, after end: Int, in clause: FoldedText) -> Int? {
        for index in end..<min(clause.words.count, end + directionReachAfter) {
            let word = clause.words[index]
            if clauseStarts.contains(word) || word == "en" || word == "of" { return nil }
            if verbs.contains(word) { return index }
        }
        return nil
    }

    /// Where people are placed: a placing verb (`placingVerbs`) before "in" with only who is placed between ("het
    /// plaatsen van overlastgevende asielzoekers in een extra begeleidings- en toezichtlocatie"), or after the place
    /// ("asielzoekers in een toezichtlocatie te plaatsen"), no clause, "en" or "of" between.
    static func placing(in preposition: Int, end: Int, clause: FoldedText) -> String? {
        var index = preposition - 1
        while index >= 0, preposition - index <= directionReachAfter {
            let word = clause.words[index]
            if placingVerbs.contains(word) { return "\(word) … in" }
            if clauseStarts.contains(word) || word == "en" || word == "of" || plainNegations.contains(word)
                || word == "geen"
            {
                break
            }
            index -= 1
        }
        return verb(among: placingVerbs, after: end, in: clause).map { "in … \($0)" }
    }

    /// The verbs of placing people somewhere (`placing`), as written.
    static let placingVerbs: Set<String> = [
        "plaatsen", "onderbrengen", "huisvesten", "geplaatst", "ondergebracht", "gehuisvest",
    ]

    /// Whether the words at `position` stand in a condition on the ask (after one of `conditions`).
    static func inCondition(_ clause: FoldedText, at position: Int) -> Bool {
        clause.words[..<position].contains(where: conditions.contains)
    }

    /// Words that open a condition on the ask: what follows them says when it holds (`read`).
    static let conditions: Set<String> = ["zolang", "indien", "tenzij", "totdat", "zodra", "mits"]

    /// Words that start a clause of their own: a subject line's final infinitive does not reach back over them
    /// ("over statushouders die klagen over toegewezen woonruimte of deze zelfs weigeren").
    static let clauseStarts: Set<String> = [
        "die", "dat", "om", "als", "wanneer", "waarin", "waarmee", "waarbij", "zodat", "opdat", "omdat", "indien",
        "wat", "welke", "hoe", "of",
    ]

    /// The verbs a subject line most often asks with, besides a final infinitive: after a bare noun they are the
    /// ask ("over azc-plekken in Gilze en Maastricht geschikt maken voor wachtenden op een verpleeghuisplek").
    static let lightVerbs: Set<String> = [
        "maken", "zetten", "laten", "brengen", "nemen", "stellen", "gaan", "komen", "houden", "doen",
        "krijgen", "leggen", "worden",
    ]

    /// The endings of Dutch nouns for people that a pledge's phrase may end in: asielzoeker(s), vluchteling(en),
    /// statushouder(s), kinderen, migranten, activisten.
    static let personEndings = [
        "zoeker", "zoekers", "ling", "lingen", "houder", "houders", "kind", "kinderen", "migrant", "migranten",
        "activist", "activisten", "ers", "mensen", "gezinnen", "minderjarigen", "demonstrant", "demonstranten",
    ]

    /// The prepositions after a phrase's head ("opvang van asielzoekers", "vertrouwenspersoon voor").
    static let prepositions: Set<String> = ["van", "voor", "op", "aan", "in", "met", "tot", "bij", "uit"]

    /// The head of a phrase: its word before the first preposition ("opvang" of "opvang van asielzoekers"), or its
    /// last word ("asielzoekers" of "overlastgevende asielzoekers").
    static func head(of phrase: ArraySlice<String>) -> String {
        if let preposition = phrase.firstIndex(where: prepositions.contains), preposition > phrase.startIndex {
            return phrase[preposition - 1]
        }
        return phrase.last ?? ""
    }

    /// Whether a word names people by its ending (`personEndings`).
    static func namesPeople(_ word: String) -> Bool { personEndings.contains { word.hasSuffix($0) } }

    /// Whether the phrase at `position..<end` names people, by its head.
    static func namesPeople(_ clause: FoldedText, _ position: Int, _ end: Int) -> Bool {
        namesPeople(head(of: clause.words[position..<end]))
    }

    /// The "van" by which the words at `position..<end` complete a noun before them, right before them, with one
    /// word between ("het detineren van uitgeprocedeerde asielzoekers") or two linking ones ("de overgang van de
    /// medische opvang"); not the "van" of a negation ending at `after` ("af te zien van terugkeerhubs"). People
    /// complete a noun with "voor" too, right after it or after an article: "geen taallessen voor asielzoekers"
    /// denies the lessons, a benefit, not the people.
    static func completing(_ clause: FoldedText, at position: Int, end: Int, after: Int) -> Int? {
        // The noun before "van" is not the negation's own last word ("ongedaan maken van het structurele kinderpardon").
        for van in [position - 1, position - 2, position - 3] where van - 1 > after && van >= 1 {
            // Between "van" and the phrase only an article and adjectives: "de overgang van de medische opvang".
            guard van >= position - 2 || clause.words[(van + 1)..<position].allSatisfy(isLinking) else { break }
            if clause.words[van] == "van" { return van }
            if clause.words[van] == "voor", van == position - 1 || articles.contains(clause.words[position - 1]),
                namesPeople(clause, position, end)
            {
                return van
            }
        }
        return nil
    }

    /// Whether the words at `position` name something no asking word bears on: a predicate after "als", right
    /// before them or with a linking word between ("de erkenning van het slavernijverleden als misdaad tegen de
    /// menselijkheid wettelijk vast te leggen"), or part of an organisation's name after "stichting" ("de subsidie
    /// aan Stichting Vluchteling stopzetten" asks nothing of refugees).
    static func asksNothingOf(_ clause: FoldedText, at position: Int) -> Bool {
        guard position >= 1 else { return false }
        let before = clause.words[position - 1]
        if before == "als" || before == "stichting" { return true }
        return position >= 2 && clause.words[position - 2] == "als" && isLinking(clause.words[position - 1])
    }
}
