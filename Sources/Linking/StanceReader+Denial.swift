import Foundation
import Ledger
import Text

// What denies, stops or undoes an ask, for `StanceReader`: negations and where they reach, removals after a
// hint, and the nouns that stand for what completes them.

extension StanceReader {
    /// Nouns that stand for what completes them with "van": stopping the use of risk profiling stops risk profiling,
    /// not punishing differently on the basis of ethnicity uses less of it.
    static let transparentHeads: Set<String> = Set([
        "gebruik", "inzet", "toepassing", "praktijk", "praktijken", "vorm", "vormen", "basis", "grond",
        // Receiving, admitting, resettling people stands for more of them here: "stoppen met de opvang van
        // uitgeprocedeerde asielzoekers" asks fewer of them.
        "opvang", "toelating", "komst", "hervestiging", "herplaatsing", "relocatie", "overname",
        // The inflow of people stands for them: "de instroom van asielzoekers fors te beperken".
        "instroom", "toestroom",
        // Trade in a thing stands for it: "de aankoop van Israëlische wapens op te schorten"; so do goods from a
        // place: "de import van producten uit illegale nederzettingen te verbieden".
        "aankoop", "levering", "export", "uitvoer", "import", "invoer", "producten", "goederen",
        // How long it lasts stands for it: "de maximale duur van vreemdelingendetentie te verkorten".
        "duur", "termijn",
        // A place or priority for people stands for them: "geen voorrang voor statushouders", "beëindigen van de
        // voorrangsregeling voor asielzoekers".
        "voorrang", "voorrangsregeling", "voorrangspositie", "voorrangsstatus", "voorrangstatus", "plek", "plekken",
        "plaats", "plaatsen",
        // The possibilities of a thing stand for it: "de mogelijkheden voor gezinshereniging niet verder te beperken";
        // so do the plans for it: "de plannen voor een politiestrafbeschikking niet door te zetten".
        "mogelijkheid", "mogelijkheden", "plannen", "plan", "noodplan", "actieplan",
        // The money for a thing stands for it: "de vergoeding van tolken niet te verlagen" (`feeNouns`).
        "financiering", "budget",
    ]).union(adviceNouns).union(feeNouns)

    /// What stops an action a hint names as a noun ("uitbreiding"), after it and what completes it: a "niet" ("de
    /// uitbreiding van de vreemdelingendetentie niet door te zetten") or an ask of less as a verb ("de plannen voor
    /// uitbreiding van de vreemdelingendetentie te schrappen", "on hold te zetten"), within `directionReachAfter`
    /// words and the same ask (no "en" or "of", no clause of its own and no preposition but "van", or the "aan" or
    /// "voor" of money given, between: "de steun aan UNRWA te stoppen").
    static func stopped(
        _ clause: FoldedText, hint: FoldedPhrase, at position: Int, directions: () -> [AskingWord]
    ) -> (words: String, end: Int)? {
        // A noun or adjective: not a verb ("-en"), whose own object follows it.
        let word = clause.words[position]
        guard hint.words.count == 1, word.hasSuffix("ing") || !word.hasSuffix("en") else { return nil }
        let end = position + 1
        let reach = min(clause.words.count, end + directionReachAfter)
        var index = end
        while index < reach {
            let next = clause.words[index]
            // A verb, not a noun ("een expliciet verbod op"): its last word is an infinitive.
            // Not an infinitive with "van" after it, a noun of its own: "het apart strafbaar stellen van het met
            // trekkers blokkeren van snelwegen".
            if let ask = directions().first(where: {
                $0.start == index && $0.wants == .less && !$0.isBareSubject
                    && !articles.contains(clause.words[index - 1]) && clause.words[$0.end - 1].hasSuffix("en")
                    && ($0.end >= clause.words.count || clause.words[$0.end] != "van")
            }) {
                return (ask.words, ask.end)
            }
            // Only through what completes it with "van": a "niet" after another preposition is of what follows
            // that ("strafbaarstelling bij niet meewerken aan uitzetting").
            if next == "en" || next == "of" || clauseStarts.contains(next) || conditions.contains(next)
                || (next != "van" && !givenTo(word, next) && complementPrepositions.contains(next))
            {
                return nil
            }
            if plainNegations.contains(next) { return (next, index + 1) }
            index += 1
        }
        return nil
    }

    /// The signal of a hint denied and the denial taken away in turn: "ontkend door 'opschorting', teruggedraaid door
    /// 'op te heffen'".
    static func undone(by denier: String, again: String) -> String {
        "ontkend door '\(denier)', teruggedraaid door '\(again)'"
    }

    /// The asks of less that govern the words at `position` from before them, nearest first, each across linking
    /// words only (`linksAcross`) to the next: "opschorting" in "de opschorting van de bijdrage aan UNRWA", "opschorting"
    /// and "opheffen" in "het opheffen van de opschorting van de financiering". At most two: each turns the ask round.
    static func lessBefore(_ position: Int, in clause: FoldedText, directions: [AskingWord]) -> [AskingWord] {
        var chain: [AskingWord] = []
        var at = position
        while chain.count < 2,
            let governor = directions.filter({
                $0.wants == .less && !$0.isBareSubject && $0.end <= at && linksAcross(clause.words[$0.end..<at])
                // The nearest, and of those ending together the longest: "uit te sluiten", not "sluiten".
            }).max(by: { ($0.end, $1.start) < ($1.end, $0.start) }),
            // What replaces a thing is not asked less of by the replacing (`replacingVerbs`).
            replacingVerbs[governor.words]?.contains(clause.words[at]) != true
        {
            chain.append(governor)
            at = governor.start
        }
        return chain
    }

    /// Words after a hint that take away what it names: "de beperkingen wegnemen", "het verbod opheffen".
    static let removals: [[String]] = [
        ["wegnemen"], ["weg", "te", "nemen"], ["opheffen"], ["op", "te", "heffen"],
        // Scrapping, abolishing and withdrawing it, or taking it out of a bill: "de strafbaarstelling van illegaliteit
        // te schrappen", "het strafbaar stellen van illegaliteit uit het wetsvoorstel te halen".
        ["schrappen"], ["te", "schrappen"], ["afschaffen"], ["af", "te", "schaffen"], ["intrekken"],
        ["in", "te", "trekken"], ["uit", "het", "wetsvoorstel", "te", "halen"],
        ["uit", "het", "wetsvoorstel", "halen"],
        ["uit", "de", "wet", "te", "halen"], ["uit", "de", "wet", "halen"],
        // Undoing it, or turning it back: "het besluit … op te schorten ongedaan maken".
        ["ongedaan", "maken"], ["ongedaan", "te", "maken"], ["terugdraaien"], ["terug", "te", "draaien"],
        // Taking back a proposal: "het voorstel tot intrekking van de Spreidingswet terug te nemen".
        ["terugnemen"], ["terug", "te", "nemen"],
        // Letting it go: "de voorgenomen uitbreiding van de rechterlijke controle op de wetgever te laten varen".
        ["laten", "varen"], ["te", "laten", "varen"],
    ]
    /// Words after a pledge phrase that deny it: "etniciteit niet laten gebruiken", "etniciteit geen indicator meer".
    static let trailingNegations: [[String]] = [["niet"], ["geen"]]
    /// The words of quantity a negation reaches its ask across, however far the phrase the ask governs: "afzien van
    /// elke vorm van bezuiniging op".
    static let quantity = furtherWords.union(["de", "het", "een", "vorm", "soort", "van"])
    /// The words of quantity that may stand between a negation and the ask it denies: "geen verdere beperkingen".
    static let furtherWords: Set<String> = ["verdere", "nieuwe", "extra", "elke", "iedere", "ieder", "enige"]
    /// The one-word negations of a verb: "niet", "nooit", "nimmer" ("niet meer", "niet te beperken").
    static let plainNegations: Set<String> = ["niet", "nooit", "nimmer"]

    /// The first of `words` that starts within `trailingReach` words from `end` in the clause, if any.
    /// With a longer `reach` the ask it takes away must be the same: no "en" or "of" between, nor an infinitive or
    /// "om" that asks something else first ("het besluit om de financiering voor UNRWA tot nader order op te schorten
    /// ongedaan maken" takes the suspension away, not the funding).
    static func trailing(
        _ words: [[String]], after end: Int, in clause: FoldedText, reach: Int = trailingReach
    ) -> String? {
        let end = pastComplement(end, in: clause)
        for start in end..<min(clause.words.count, end + reach) {
            if reach > trailingReach, ["en", "of", "te", "om"].contains(clause.words[start]) { return nil }
            // A clause of its own says something of someone else: "vreemdelingen die niet meewerken"; a negation after
            // "en" or "of" denies the next ask, not this one: "aan de EU-buitengrens en niet langer op Nederlands
            // grondgebied".
            if relativeStarts.contains(clause.words[start]) { return nil }
            if start > end, ["en", "of", "maar"].contains(clause.words[start - 1]),
                ["niet", "geen", "nooit"].contains(clause.words[start])
            {
                return nil
            }
            for sequence in words where start + sequence.count <= clause.words.count {
                // "niet alleen" denies nothing ("risicoprofilering niet alleen toe te staan bij …", `notNegating`).
                let next = start + sequence.count
                if clause.words[start..<next].elementsEqual(sequence),
                    sequence != ["niet"] || next >= clause.words.count || !notNegating.contains(clause.words[next]),
                    // Not a negation of what the phrase is called: "nederzettingen niet langer te betitelen als een
                    // obstakel voor vrede" denies the name, not the settlements.
                    !Self.denialOfName(clause, after: next),
                    // Nor of the manner of what is done to it: "garanderen dat geweldloos protest niet met
                    // disproportioneel geweld wordt beantwoord" denies the force, not the protest.
                    sequence != ["niet"] || next >= clause.words.count || clause.words[next] != "met"
                {
                    return sequence.joined(separator: " ")
                }
            }
        }
        return nil
    }

    /// Whether the words from `start`, past the words that may stand between a negation and its ask
    /// (`betweenNegationAndAsk`), are a verb of calling or counting something and "als": "niet langer te betitelen
    /// als een obstakel", "niet aan te merken als".
    static func denialOfName(_ clause: FoldedText, after start: Int) -> Bool {
        var index = start
        while index < clause.words.count,
            betweenNegationAndAsk.contains(clause.words[index])
                || separableParticles.contains(clause.words[index])
        {
            index += 1
        }
        guard index + 1 < clause.words.count, clause.words[index + 1] == "als" else { return false }
        return namingVerbs.contains(clause.words[index])
    }

    /// Verbs of calling or counting something as something (`denialOfName`), with their split forms' roots.
    static let namingVerbs: Set<String> = [
        "betitelen", "bestempelen", "aanmerken", "merken", "beschouwen", "noemen", "kwalificeren", "zien",
        "aanduiden", "duiden", "erkennen",
    ]

    /// Whether the words from `start` name fraud as what an asking word asks of: "van" (an article and adjectives
    /// may follow) and a word with "fraude" in it ("de bestrijding van toeslagenfraude", "aanpak van fraude").
    static func asksOfFraud(_ clause: FoldedText, after start: Int) -> Bool {
        guard start < clause.words.count, clause.words[start] == "van" else { return false }
        for word in clause.words[(start + 1)...] {
            if word.contains("fraude") { return true }
            if !articles.contains(word) && !isAdjective(word) { return false }
        }
        return false
    }

    /// Whether the word at `position` is "beperking" in "met een beperking" or "met beperkingen": people with a
    /// disability ("vluchtelingen met een beperking"), not an ask to limit anything.
    static func namesDisability(_ clause: FoldedText, at position: Int) -> Bool {
        guard clause.words[position].hasPrefix("beperking") else { return false }
        let before = clause.words[..<position].suffix(2)
        return before.last == "met" || Array(before) == ["met", "een"]
    }

    /// Whether the word at `position` is "uitvoer" or "invoer" (export, import) where the hint is a verb whose stem
    /// they share ("uitvoeren", "invoeren": carrying out, bringing in): "geen vergunningen voor de uitvoer van
    /// militaire goederen" carries nothing out.
    static func namesTrade(_ clause: FoldedText, at position: Int, _ hint: FoldedPhrase) -> Bool {
        tradeNouns.contains(clause.words[position]) && hint.words.count == 1 && hint.words[0].hasSuffix("en")
    }
    /// Export and import, which share their stems with carrying out and bringing in (`namesTrade`).
    static let tradeNouns: Set<String> = ["uitvoer", "invoer"]

    /// Whether the word at `position` is the "meer" of "niet meer", "nooit meer" or "geen … meer" (no longer), which
    /// asks for nothing more: "niet meer toelaten van asielzoekers" and "geen sociale huurwoningen meer weggeven aan
    /// statushouders" deny the phrase.
    static func noLonger(_ clause: FoldedText, at position: Int) -> Bool {
        guard clause.words[position] == "meer", position > 0 else { return false }
        if plainNegations.contains(clause.words[position - 1]) { return true }
        return clause.words[max(0, position - 3)..<position].contains("geen")
    }

    /// Whether words hold the start of a purpose clause, "om … te" ("OM" alone is the Openbaar Ministerie).
    /// Whether "of" (or "in hoeverre", "waar") asks whether what stands at `position` holds, with "er", "nog" or
    /// "binnen …" between: "onderzoeken of binnen overheidsorganisaties nog sprake is van discriminerende algoritmen".
    static func askedWhether(_ clause: FoldedText, at position: Int) -> Bool {
        clause.words[max(0, position - 5)..<position].contains { ["of", "hoeverre", "waar"].contains($0) }
    }

    /// Whether a negation stands in a relative clause that ends before `position`: right after the pronoun, with the
    /// clause's verb (a word in "-en") between it and the words. "uitgeprocedeerde asielzoekers die niet meewerken aan
    /// hun vertrek in vreemdelingenbewaring te stellen" denies their cooperation, not the detention.
    static func relativeClause(_ clause: FoldedText, negation: Negation, before position: Int) -> Bool {
        guard negation.start >= 1, relativePronouns.contains(clause.words[negation.start - 1]),
            negation.end + 1 < position
        else { return false }
        return clause.words[(negation.end + 1)..<position].contains {
            $0.hasSuffix("en") && $0.utf8.count > 4 && !isAdjective($0)
        }
    }

    /// Whether the words hold a purpose clause, "om … te": not one that says what a plan or aim holds ("het laten
    /// vallen van de ambitie om het Verdrag van Genève te herzien" drops the revision).
    static func purposeClause(in words: ArraySlice<String>) -> Bool {
        // A clause of time or cause between says when or why, and the negation stays with its verb: "niet korten van
        // de kinderbijslag dan nadat de jeugdrechter is ingeschakeld" denies no judge.
        if words.contains(where: subordinators.contains) { return true }
        guard let om = words.firstIndex(of: "om") else { return false }
        if om > words.startIndex, contentNouns.contains(words[om - 1]) { return false }
        return words[(om + 1)...].contains("te")
    }

    /// The conjunctions that open a clause of time or cause (`purposeClause`).
    static let subordinators: Set<String> = ["nadat", "voordat", "totdat", "zodra", "omdat", "doordat", "terwijl"]

    /// Nouns whose "om … te" clause is what they hold: a plan, an aim, a decision.
    static let contentNouns: Set<String> = [
        "plan", "plannen", "voornemen", "voornemens", "ambitie", "ambities", "besluit", "idee", "streven", "intentie",
        "wens",
        // An attempt holds what it tries: "af te zien van iedere poging om het Verdrag van Genève open te breken".
        "poging", "pogingen",
        // A proposal holds what it proposes: "het niet steunen van voorstellen om het Vluchtelingenverdrag open te
        // breken".
        "voorstel", "voorstellen",
    ]

    /// A negation in a clause: where its first and last words stand, and its words.
    typealias Negation = (start: Int, end: Int, words: String)

    /// `negations` by their first word, so most words of a clause are passed over with one lookup.
    static let negationsByFirstWord: [String: [[String]]] = Dictionary(grouping: negations) { $0[0] }

    /// Where each negation of a clause starts and ends (the position of its last word).
    static func negationStarts(in clause: FoldedText) -> [Negation] {
        var found: [Negation] = []
        for position in clause.words.indices {
            guard let starting = negationsByFirstWord[clause.words[position]] else { continue }
            for negation in starting where position + negation.count <= clause.words.count {
                guard clause.words[position..<(position + negation.count)].elementsEqual(negation) else { continue }
                let next = position + negation.count
                if negation == ["niet"], next < clause.words.count, notNegating.contains(clause.words[next]) {
                    continue
                }
                // "al dan niet" (whether or not) denies nothing.
                if negation == ["niet"], position >= 2,
                    clause.words[(position - 2)..<position].elementsEqual(["al", "dan"])
                {
                    continue
                }
                found.append((position, next - 1, negation.joined(separator: " ")))
            }
        }
        return found
    }
}
