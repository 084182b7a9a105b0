import Foundation
import Ledger
import Text

// Finding the asking words of a clause, for `StanceReader`: where they stand, and where a study, an obstacle,
// a flaw or a conclusion makes a word ask nothing.

extension StanceReader {
    /// The numbers of `askingWords` by how a word can start them (`FoldedPhrase.firstKey`: a short first word as
    /// itself, a longer one by its stem; asking words are whole words, so no compound heads).
    static let askingWordsByStart: [String: [Int]] = Dictionary(
        grouping: askingWords.indices,
        by: { number in
            let key = askingWords[number].phrase.firstKey
            return key.word.map { "=" + $0 } ?? key.stem ?? ""
        })

    /// Nouns of what follows from a thing or what is learned of it: a thing after them and "van" is studied, not
    /// asked for ("de gevolgen van de verlaging van het Mensenrechtenfonds in kaart brengen" asks no cut).
    static let studyNouns: Set<String> = [
        "gevolgen", "gevolg", "effecten", "effect", "impact", "consequenties", "evaluatie", "resultaten", "uitkomsten",
        "houdbaarheid", "verkenning", "analyse", "inventarisatie",
    ]

    /// Words that make what follows them a topic to learn or report on: "onderzoek naar", "in kaart brengen van"
    /// (`studied`). What follows "informeren over" is not read at all (`OperativeText.reportedTopic`).
    static let studyFrames: [[String]] = [
        ["onderzoek", "naar"], ["brief", "over"], ["cijfers", "over"], ["rapportage", "over"],
        // Asking the Raad van State's view: "een voorlichting van de Raad van State over de houdbaarheid van noodrecht".
        ["voorlichting", "over"],
        // Asking about it: "de Raad van State om voorlichting vragen over de inzet van noodrecht".
        ["vragen", "over"],
        ["debat", "over"], ["inzicht", "in"], ["kaart", "brengen", "van"],
        ["kaart", "te", "brengen", "van"], ["zaken", "rond"], ["zaken", "over"], ["zaken", "van"],
    ]

    /// The chances of a thing a study weighs (`studied`).
    static let prospects: Set<String> = [
        "mogelijkheid", "mogelijkheden", "optie", "opties", "haalbaarheid", "wenselijkheid", "kansen",
    ]

    /// Nouns of what stands in the way of a thing (`obstacle`).
    static let obstacleNouns: Set<String> = [
        "belemmering", "belemmeringen", "hindernis", "hindernissen", "drempel", "drempels", "obstakel", "obstakels",
        "barriere", "barrieres",
    ]

    /// Whether a word is an obstacle noun, or a compound it heads ("wekenbeperking", "toetredingsdrempel").
    static func isObstacle(_ word: String) -> Bool {
        obstacleNouns.contains(word)
            || obstacleNouns.contains { word.utf8.count >= $0.utf8.count + 3 && word.hasSuffix($0) }
    }

    /// Where the obstacle noun stands that the words at `position` are what it is in the way of: the noun, "voor" or
    /// "bij", then at most six words without "en", "of" or a clause of their own ("hindernissen voor het in de zorg
    /// inzetten van statushouders").
    static func obstacle(before position: Int, in clause: FoldedText) -> Int? {
        var index = position - 1
        while index >= 1, position - index <= 7 {
            let word = clause.words[index]
            if ["voor", "bij"].contains(word), isObstacle(clause.words[index - 1]) { return index - 1 }
            if word == "en" || word == "of" || clauseStarts.contains(word) || conditions.contains(word) { return nil }
            index -= 1
        }
        return nil
    }

    /// Whether a verb of studying follows `end` as a dictum's verb ("te onderzoeken", `studyVerbs`), as
    /// `verbIndex(among:after:in:)` finds it.
    static func studiedAfter(_ end: Int, in clause: FoldedText) -> Bool {
        guard let index = verbIndex(among: studyVerbs, after: end, in: clause) else { return false }
        return index >= 1 && clause.words[index - 1] == "te"
    }

    /// The verbs of studying a thing (`studiedAfter`).
    static let studyVerbs: Set<String> = [
        "onderzoeken", "verkennen", "evalueren", "bezien", "inventariseren", "analyseren", "bestuderen",
    ]

    /// Whether the words at `position` follow a `studyNouns` noun and "van", or a `studyFrames` frame, with an
    /// article between or none; or a verb of studying follows them (`studiedAfter`).
    static func studied(_ clause: FoldedText, at position: Int) -> Bool {
        if studiedAfter(position + 1, in: clause) { return true }
        var index = position - 1
        if index >= 0, articles.contains(clause.words[index]) { index -= 1 }
        // What a study weighs the chances of is studied too: "een juridische verkenning van de mogelijkheden tot
        // herziening van het Verdrag", "een onderzoek naar de haalbaarheid van een constitutioneel hof".
        if index >= 2, ["tot", "van", "voor", "om"].contains(clause.words[index]),
            prospects.contains(clause.words[index - 1])
        {
            index -= 2
            if articles.contains(clause.words[index]) { index -= 1 }
        }
        guard index >= 0 else { return false }
        if index >= 1 && clause.words[index] == "van" && studyNouns.contains(clause.words[index - 1]) { return true }
        return studyFrames.contains { frame in
            index + 1 >= frame.count && clause.words[(index + 1 - frame.count)...index].elementsEqual(frame)
        }
    }

    /// Adjectives that name a flaw of what follows them ("ongeschikte noodopvanglocaties"): less of a flawed thing
    /// the pledge wants more of is more of it done well.
    static let flaws: Set<String> = [
        "ongeschikte", "ongeschikt", "onveilige", "onveilig", "inhumane", "inhumaan", "mensonwaardige",
        "mensonwaardig", "slechte", "gebrekkige", "ontoereikende", "overvolle", "ongezonde", "onhygienische",
    ]

    /// The flaw named with the phrase at `position..<end`, if any: an adjective before it ("voor kinderen ongeschikte
    /// noodopvanglocaties uitfaseren" asks for better reception, not less of it) or a makeshift place after it
    /// ("stoppen met opvang in tenten, hotelschepen en evenementenhallen").
    static func flaw(of position: Int, end: Int, in clause: FoldedText) -> String? {
        if position >= 1, flaws.contains(clause.words[position - 1]) { return clause.words[position - 1] }
        guard end + 1 < clause.words.count, ["in", "op"].contains(clause.words[end]),
            makeshiftPlaces.contains(clause.words[end + 1])
        else { return nil }
        return "\(clause.words[end]) \(clause.words[end + 1])"
    }

    /// Makeshift places of reception (`flaws` after the phrase): less reception in them is more of it done well.
    static let makeshiftPlaces: Set<String> = [
        "tenten", "tent", "sporthallen", "sporthal", "hotelschepen", "hotelschip", "cruiseschepen", "cruiseschip",
        "evenementenhallen", "evenementenhal", "paviljoens", "paviljoen",
    ]

    /// Whether "sluiten" at `position` concludes an agreement rather than closes a thing: "contracten van minimaal tien
    /// jaar kunnen sluiten voor tijdelijke opvanglocaties", "een akkoord te sluiten".
    static func concludes(_ clause: FoldedText, at position: Int) -> Bool {
        guard clause.stems[position] == "sluit" || clause.words[position] == "gesloten" else { return false }
        // By stem, or a compound's head ("huurcontracten", "werkafspraken"), within the six words before.
        return clause.stems[max(0, position - 6)..<position].contains { stem in
            agreements.contains { stem == $0 || (stem.hasSuffix($0) && stem.utf8.count >= $0.utf8.count + 3) }
        }
    }
    /// The stems of the nouns for agreements one concludes ("sluit").
    static let agreements = ["contract", "overeenkomst", "akkoord", "deal", "verdrag", "convenant", "afsprak", "pact"]

    /// Whether the asking word `asking` heads a noun of its own: an article before it, or an article and an
    /// adjective before a noun ("voor een betere inzet van publieke middelen"; not a verb after a noun in "-e": "de
    /// belemmeringen voor werken tijdens de asielprocedure weg te nemen").
    static func headsNoun(_ clause: FoldedText, _ asking: AskingWord) -> Bool {
        let position = asking.start
        guard position >= 1 else { return false }
        if articles.contains(clause.words[position - 1]) { return true }
        let words = clause.words[position..<asking.end]
        return position >= 2 && !words.contains("te") && !words[position].hasSuffix("en")
            && isAdjective(clause.words[position - 1]) && articles.contains(clause.words[position - 2])
    }

    /// Whether the words between a phrase and an ask of less after it keep that ask from undoing the noun of more
    /// before the phrase: what something is protected "tegen" is a noun of its own ("het beschermen van het Strafhof
    /// tegen Amerikaanse sancties" asks more of the court; "de inzet van noodbevelen tegen demonstranten te beperken"
    /// still asks less of them), and what is asked "in plaats van" another is not asked
    /// ("het faciliteren van demonstraties in plaats van ze te beëindigen").
    static func notUndoing(_ between: ArraySlice<String>) -> Bool {
        if let against = between.lastIndex(of: "tegen"),
            between[(against + 1)...].allSatisfy({ articles.contains($0) || isAdjective($0) })
        {
            return true
        }
        return between.indices.contains {
            $0 > between.startIndex && between[$0] == "plaats" && between[$0 - 1] == "in"
        }
    }

    /// Whether an asking word is a past participle: "ge" first or after a separable particle ("gesloten",
    /// "opgelegd"), ending in "d" or "t". Not an adjective of "on-": "ongewenste stigmatisering" asks less of it.
    static func isPastParticiple(_ word: String) -> Bool {
        (word.hasSuffix("d") || word.hasSuffix("t")) && word.utf8.count > 5
            && (word.hasPrefix("ge") || separableParticles.contains { word.hasPrefix($0 + "ge") })
    }

    /// The asking words of a clause, with their direction, where they start and end; in the order of `askingWords`,
    /// then of position. A subject line that names what it is about with "een" (`opensSubject`: the clause is the
    /// start of one) asks for it, before any other asking word: "over een opt-out op het gebied van immigratie en
    /// asiel", "over een vertrekmoratorium voor Iraanse asielzoekers".
    static func directionWords(in clause: FoldedText, opensSubject: Bool = false) -> [AskingWord] {
        var found: [AskingWord] = []
        if opensSubject, let first = clause.words.first {
            if first == "een" {
                found.append(.openingEen)
            } else if !articles.contains(first) {
                // A subject line that opens with a bare noun names what it asks for; read last (`direction`).
                found.append(.bareSubject)
            }
        }
        var candidates: [(number: Int, position: Int)] = []
        for position in clause.words.indices {
            // Export and import are nouns of trade, not the stems of carrying out and bringing in (`namesTrade`).
            let keys =
                tradeNouns.contains(clause.words[position])
                ? ["=" + clause.words[position]] : ["=" + clause.words[position], clause.stems[position]]
            for key in keys {
                for number in askingWordsByStart[key] ?? [] { candidates.append((number, position)) }
            }
        }
        for (number, position) in candidates.sorted(by: { ($0.number, $0.position) < ($1.number, $1.position) }) {
            let (phrase, wants) = askingWords[number]
            // Whole words only (`FoldedPhrase.wholeWords`): "handhaving" asks more, "wetshandhaving" asks nothing.
            // A present participle is no ask: "uitsluitend" (only) is not "uitsluiten" (to exclude).
            guard clause.matches(phrase, at: position), !namesDisability(clause, at: position),
                !concludes(clause, at: position),
                !noLonger(clause, at: position), !studied(clause, at: position),
                // Whether there is any is a question, not a claim: "onderzoeken of er sprake is van etnisch profileren".
                phrase.words.first != "sprake" || !Self.askedWhether(clause, at: position),
                !(phrase.words.count == 1 && clause.words[position].hasSuffix("end")
                    && !phrase.words[0].hasSuffix("end")),
                // Nor an adjective of what can be done: "handhaafbaarheid" (enforceability) is not "handhaven".
                !(phrase.words.count == 1
                    && ["baar", "bare", "baarheid"].contains(where: clause.words[position].hasSuffix)
                    && !phrase.words[0].contains("baar")),
                !matchedAsWritten.contains(phrase.folded) || clause.words[position] == phrase.folded,
                // A word in the name of a law or directive asks nothing: "de Richtlijn Tijdelijke Bescherming voor
                // derdelanders uit de Oekraïne".
                !(position >= 1 && namingHeads.contains(clause.words[position - 1])),
                !(position >= 2 && namingHeads.contains(clause.words[position - 2])
                    && isAdjective(clause.words[position - 1])),
                // A past participle inflected before a noun describes it: "elke door de politie opgelegde
                // strafbeschikking" asks nothing of imposing.
                !(phrase.words.count == 1 && isPastParticiple(phrase.words[0])
                    && clause.words[position] == phrase.words[0] + "e")
            else { continue }
            let end = position + phrase.words.count
            // Allowing a thing only (under a condition) restricts it: "risicoprofilering alleen toe te staan als er
            // sprake is van een objectieve rechtvaardiging".
            // Any ask of more with "only" right before it and a condition after it restricts too: "aan derdelanders
            // enkel bescherming bieden als daartoe voldoende noodzaak bestaat".
            let restricted =
                wants == .more && position >= 1
                && restricting.contains(clause.words[position - 1])
                && (position < 2 || clause.words[position - 2] != "niet")
                && (permitting.contains(phrase.folded)
                    || clause.words[end...].contains(where: restrictingConditions.contains))
            // So does allowing it with "only" before what is allowed: "in asielzaken uitsluitend beroep bij één
            // instantie mogelijk maken", "een herhaalde asielaanvraag slechts in behandeling nemen indien …".
            let restrictedBefore =
                restricted || wants != .more || !permitting.contains(phrase.folded)
                ? nil
                : (max(0, position - restrictionReach)..<max(0, position - 1)).last(where: { at in
                    restricting.contains(clause.words[at]) && (at < 1 || clause.words[at - 1] != "niet")
                        && !clause.words[(at + 1)..<position].contains(where: {
                            clauseStarts.contains($0) || ["en", "of", "maar", "niet"].contains($0)
                        })
                })
            // Taking an application into consideration is allowing it only where so restricted.
            if !restricted, restrictedBefore == nil, permittedOnlyRestricted.contains(phrase.folded) { continue }
            if let restrictedBefore {
                found.append(
                    AskingWord(
                        start: position, end: end, wants: .less,
                        words: "\(clause.words[restrictedBefore]) … \(phrase.folded)", allowing: phrase.folded))
                continue
            }
            found.append(
                AskingWord(
                    start: restricted ? position - 1 : position, end: end, wants: restricted ? .less : wants,
                    words: clause.words[(restricted ? position - 1 : position)..<end].joined(separator: " ")))
        }
        // Taking a thing out of where it is, the verb last with where between: "de derde waarnemer bij preventief
        // fouilleren uit het handelingskader politie halen" asks for no observer, "criminele asielzoekers het land uit
        // zetten" for fewer of them (the separable verbs "uithalen", "uitzetten" split by what they take out of, or
        // written apart).
        for position in clause.words.indices where removing.contains(clause.words[position]) {
            guard
                let out = (max(0, position - 5)..<position).last(where: { clause.words[$0] == "uit" }),
                // Not where to: "asielzoekers uit Syrië naar Nederland halen" brings them.
                !clause.words[(out + 1)..<position].contains(where: { clauseStarts.contains($0) || $0 == "naar" })
            else { continue }
            found.append(
                AskingWord(start: out, end: position + 1, wants: .less, words: "uit … \(clause.words[position])"))
        }
        for position in clause.words.indices {
            let word = clause.words[position]
            // Making use of a thing asks more of it, with modal verbs between: "gebruik moeten kunnen blijven maken van
            // nationaliteit en afkomst als selectiecriterium". Not "gebruik te maken van" alone, read as ever through
            // "gebruik" ("geen gebruik te maken van noodrecht om een asielcrisis af te kondigen").
            if word == "gebruik",
                let maken = ((position + 1)..<min(clause.words.count - 1, position + 5)).first(where: {
                    clause.words[$0] == "maken" && clause.words[$0 + 1] == "van"
                }),
                clause.words[(position + 1)..<maken].allSatisfy(modalWords.contains),
                clause.words[(position + 1)..<maken].contains(where: { $0 != "te" })
            {
                found.append(
                    AskingWord(
                        start: position, end: maken + 2, wants: .more,
                        words: clause.words[position..<(maken + 2)].joined(separator: " ")))
            }
            // Measures against a thing with words between ask less of it, as "maatregelen tegen" does: "aanvullende
            // internationale maatregelen nodig zijn tegen Israëls annexatiebeleid".
            if measureNouns.contains(word), position + 2 < clause.words.count,
                let against = ((position + 2)..<min(clause.words.count, position + 5)).first(where: {
                    clause.words[$0] == "tegen"
                }),
                clause.words[(position + 1)..<against].allSatisfy(measureVerbs.contains)
            {
                found.append(
                    AskingWord(
                        start: against, end: against + 1, wants: .less, words: "\(word) … tegen", joinedTo: position))
            }
            // Bringing a thing in line with another asks more of the other: "het aanpassen van de werkinstructies van
            // de marechaussee aan de uitspraak van het gerechtshof over etnisch profileren".
            if let prepositions = conformingVerbs[word],
                let to = governedPreposition(among: prepositions, after: position, in: clause), to > position + 1
            {
                found.append(
                    AskingWord(
                        start: to, end: to + 1, wants: .more, words: "\(word) … \(clause.words[to])",
                        joinedTo: position))
            }
            // Replacing a thing by another asks less of the one and more of the other: "proactieve controles vervangen
            // door controles op basis van een redelijke verdenking", "het ontmoedigingsbeleid omzetten naar een
            // verhinderingsbeleid". The verb asks of what it follows or governs, the preposition of what it
            // introduces.
            if let prepositions = replacingVerbs[word],
                let by = governedPreposition(among: prepositions, after: position, in: clause)
            {
                found.append(AskingWord(start: position, end: position + 1, wants: .less, words: word))
                found.append(
                    AskingWord(
                        start: by, end: by + 1, wants: .more, words: "\(word) … \(clause.words[by])", joinedTo: position
                    ))
            }
        }
        return found
    }

    /// The first of `prepositions` within `directionReachAfter` words after the verb at `position`, with no new
    /// clause and no "en" between: the preposition the verb goes with ("vervangen … door", "aanpassen … aan").
    static func governedPreposition(among prepositions: Set<String>, after position: Int, in clause: FoldedText) -> Int?
    {
        guard
            let found = ((position + 1)..<min(clause.words.count, position + directionReachAfter)).first(where: {
                prepositions.contains(clause.words[$0])
            }),
            !clause.words[(position + 1)..<found].contains(where: { clauseStarts.contains($0) || $0 == "en" })
        else { return nil }
        return found
    }

    /// Measures, which ask less of what they are "tegen" with verbs between (`directionWords`).
    static let measureNouns: Set<String> = ["maatregelen", "maatregel", "sancties", "stappen"]
    /// The verbs that may stand between a measure and "tegen": "maatregelen nodig zijn tegen", "sancties te nemen tegen".
    static let measureVerbs: Set<String> = [
        "nodig", "zijn", "is", "te", "nemen", "treffen", "worden", "genomen", "getroffen", "instellen", "ingesteld",
    ]

    /// The words that may stand between "gebruik" and "maken van" (`directionWords`).
    static let modalWords: Set<String> = [
        "te", "moeten", "moet", "kunnen", "kan", "blijven", "blijft", "mogen", "mag", "zullen", "zal", "gaan",
    ]

    /// Verbs of bringing a thing in line with another, with the prepositions that introduce the other
    /// (`directionWords`).
    static let conformingVerbs: [String: Set<String>] = [
        "aanpassen": ["aan"], "aanpassing": ["aan"], "afstemmen": ["op"], "afstemming": ["op"],
    ]

    /// Verbs of replacing a thing, with the prepositions that introduce what replaces it (`directionWords`). Not
    /// "omzetten in", which is also transposing a directive into law.
    static let replacingVerbs: [String: Set<String>] = [
        "vervangen": ["door"], "vervangt": ["door"], "vervanging": ["door"], "omzetten": ["naar"],
        "omvormen": ["tot", "naar"], "ombouwen": ["tot", "naar"],
    ]

    /// Verbs that take a thing out of where an "uit" before them names (`directionWords`).
    static let removing: Set<String> = ["halen", "zetten", "gooien", "lichten"]
}
