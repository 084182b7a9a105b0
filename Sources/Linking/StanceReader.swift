import Foundation
import Ledger
import Text

/// What a deed asks, in the words that say it: a motion's dictum, or for a motion known only by its subject line
/// (a Zaak without a dictum), the subject after "over".
///
/// The considerations of a motion ("constaterende dat …", "overwegende dat …") describe the situation, not the ask,
/// so they are never part of it (`MotionText` keeps them out of the dictum); nor is what the House asks to be told
/// about (`reportedTopic`).
package struct OperativeText: Sendable {
    /// Where the operative words come from, for the explanation.
    package enum Part: String, Sendable, Hashable {
        case dictum, subject
    }

    package let part: Part
    /// The operative words, cut into clauses: at `;`, `:`, `.`, `!`, `?` and line ends, and before "maar", which
    /// ends what a "geen" or "niet" before it denies ("geen terugkeerhubs maar opvang in de regio").
    package let clauses: [FoldedText]
    /// The negations of each clause (`StanceReader.negationStarts`), found once for all the pledges a deed is read for.
    let negations: [[StanceReader.Negation]]

    /// The operative text of a deed, or nil when it has none (a letter, a bill, a motion title without "over").
    package init?(title: String, dictum: String?, fold: (String) -> FoldedText) {
        let source: String
        if let dictum, !dictum.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty {
            part = .dictum
            source = dictum
        } else if let subject = Self.subject(of: title) {
            part = .subject
            source = subject
        } else {
            return nil
        }
        clauses = Self.clauses(of: source, fold: fold)
        negations = clauses.map(StanceReader.negationStarts)
    }

    /// Where a clause's words start to name what the government is asked to report on, after "informeren over",
    /// "inlichten over", "rapporteren over" or "informeren of" (or "hoeveel", "welke" …: `questions`; who is told may
    /// stand between), or after the report a clause opens by asking for ("een brief over"); nil when they name none.
    static func reportedTopic(in words: [String]) -> Int? {
        // A clause that asks for a letter or overview names its topic, nothing more: "een brief over de stand van
        // uitvoering van de arrestatiebevelen".
        let opening = words.first.map(StanceReader.articles.contains) == true ? 1 : 0
        if words.count > opening + 1, reports.contains(words[opening]), words[opening + 1] == "over" {
            return opening + 2
        }
        // Further on, an overview or a letter asked for with "een" names its topic after "van" or "over", past what is
        // done with it: "bij de Kamer een overzicht in te dienen van welke EU-lidstaten hun ambassade in Jeruzalem
        // hebben gevestigd", "jaarlijks een overzicht te publiceren van het aantal verboden demonstraties".
        for index in words.indices.dropFirst() where words[index - 1] == "een" && reports.contains(words[index]) {
            let reach = words[(index + 1)..<min(words.count, index + 7)]
            // Not "een overzicht van alternatieven voor verhoging van griffierechten" right after it: what the overview
            // is of may be what is asked.
            if let of = reach.firstIndex(where: { $0 == "van" || $0 == "over" }), of > index + 1,
                reach[..<of].allSatisfy({ reportHandling.contains($0) })
            {
                return of + 1
            }
        }
        for index in words.indices.dropLast()
        where ["informeren", "inlichten", "rapporteren"].contains(words[index]) {
            // Who is told may stand between: "het informeren van de Kamer over de ervaringen met …".
            var next = index + 1
            while next < words.count - 1, toldWords.contains(words[next]) { next += 1 }
            if words[next] == "over" || (questions.contains(words[next]) && words[index] == "informeren") {
                return next + 1
            }
        }
        // A question explained or studied is no ask either: "per brief uiteen te zetten op welke wijze Nederland …
        // uitvoering geeft aan artikel 90 van de Grondwet", "te onderzoeken welke knelpunten gemeenten ervaren bij het
        // realiseren van reguliere opvanglocaties".
        for index in words.indices.dropLast()
        where ["uiteenzetten", "onderzoeken", "nagaan", "na", "evalueren"].contains(words[index])
            || (words[index] == "zetten" && index >= 2 && words[index - 2] == "uiteen")
        {
            var next = index + 1
            if words[index] == "na", next < words.count - 1, words[next] == "te", words[next + 1] == "gaan" {
                next += 2
            } else if words[index] == "na" {
                continue
            }
            guard next < words.count else { continue }
            // How a thing is done is asked to explain; how it can be done, to study, is a plan to do it: "te
            // onderzoeken hoe de asielinstroom kan worden verminderd" asks less of it.
            // An evaluation asks how a thing works, not how to do it: "het evalueren hoe de Wet openbare manifestaties
            // het demonstratierecht in de praktijk waarborgt".
            let explained = ["uiteenzetten", "zetten", "evalueren"].contains(words[index])
            if explained, next + 1 < words.count, words[next] == "op", words[next + 1] == "welke" { return next + 2 }
            if studiedQuestions.contains(words[next]) || (explained && ["hoe", "of"].contains(words[next])) {
                return next + 1
            }
            // Whether a thing happens or is needed is a question too ("onderzoeken of de voorgenomen aanscherpingen van
            // het toelatingsbeleid de asielinstroom daadwerkelijk beperken"); whether it can be done stays a plan
            // ("onderzoeken of … mogelijk is", "of … kan worden ingevoerd").
            if words[next] == "of", !words[(next + 1)...].contains(where: feasibility.contains) { return next + 1 }
        }
        // A study or a map of how much or how far a thing goes names its topic: "onderzoek naar de mate waarin etnisch
        // profileren voorkomt", "een overzicht van het aantal verboden en beperkte demonstraties", "het in kaart
        // brengen van de gevolgen van Amerikaanse sancties tegen het Internationaal Strafhof".
        for index in words.indices.dropLast(2)
        where studies.contains(words[index])
            || (index >= 2 && words[(index - 2)...index] == ["in", "kaart", "brengen"])
        {
            let of = index + 1
            guard ["naar", "van"].contains(words[of]), of + 2 < words.count,
                StanceReader.articles.contains(words[of + 1]), measures.contains(words[of + 2])
            else { continue }
            return of + 3
        }
        return nil
    }

    /// The words of a question whether a thing can be done (`reportedTopic`), which keeps the ask it weighs.
    static let feasibility: Set<String> = ["mogelijk", "mogelijkheden", "kan", "kunnen", "haalbaar", "toegestaan"]

    /// Studies and maps that name a measure of their topic after "naar" or "van" (`reportedTopic`), besides "in kaart
    /// brengen".
    static let studies: Set<String> = ["onderzoek", "overzicht", "inventarisatie"]

    /// What a study measures of its topic (`reportedTopic`): "de mate waarin", "het aantal", "de omvang van".
    static let measures: Set<String> = [
        "mate", "aantal", "omvang", "gevolgen", "effecten", "oorzaken", "redenen", "ervaringen",
    ]

    /// The words that open the reason given for an ask, which asks nothing itself (`clauses`).
    static let reasons: Set<String> = ["omdat", "aangezien"]

    /// The words that open a question the Kamer is to be told the answer to (`reportedTopic`): "de Kamer te informeren
    /// hoeveel betogingen door burgemeesters zijn verboden".
    static let questions: Set<String> = ["of", "hoeveel", "welke", "hoe", "waarom", "wanneer", "wat"]

    /// The words that open a question a study or an explanation is asked to answer (`reportedTopic`): not "hoe", whose
    /// study of how a thing can be done keeps the ask it weighs ("onderzoeken hoe … kan worden verruimd"), nor "of",
    /// read apart (whether a thing can be done keeps it too: `feasibility`).
    static let studiedQuestions: Set<String> = ["hoeveel", "welke", "waarom", "wat", "wanneer"]

    /// What a clause may open by asking for, a report on its topic (`reportedTopic`).
    static let reports: Set<String> = ["brief", "overzicht", "rapportage", "verslag", "notitie", "kabinetsbrief"]

    /// The words between a report asked for and its topic: what is done with it and for whom ("in te dienen", "te
    /// publiceren", "aan de Kamer te sturen").
    static let reportHandling: Set<String> = [
        "in", "te", "dienen", "indienen", "publiceren", "sturen", "zenden", "toesturen", "toezenden", "toe", "geven",
        "verstrekken", "op", "stellen", "opstellen", "aan", "bij", "de", "kamer", "jaarlijks", "halfjaarlijks",
    ]

    /// The words that name who is told, between "informeren" and "over": "het informeren van de Tweede Kamer over".
    static let toldWords: Set<String> = ["van", "de", "het", "tweede", "kamer", "parlement", "aan"]

    /// The words that may stand before "motie" in the subject line of an amended motion.
    static let amending: Set<String> = ["gewijzigde", "gew", "gew.", "nader", "tweede", "derde", "vierde"]

    /// The ask of a motion's subject line: what follows "over", without a trailing "(t.v.v. 34775-V-23)";
    /// nil when the title is not a motion's or names no subject.
    package static func subject(of title: String) -> String? {
        let words = title.split(whereSeparator: \.isWhitespace)
        // "Motie …", "Motie-Teeven …", and an amended one: "Gewijzigde motie", "Gew. motie", "Nader gewijzigde
        // motie", "Tweede nader gewijzigde motie" …
        guard let motie = words.firstIndex(where: { !amending.contains($0.lowercased()) }),
            words[motie].lowercased() == "motie" || words[motie].lowercased().hasPrefix("motie-"),
            let over = words.firstIndex(where: { $0.utf8.count == 4 && $0.lowercased() == "over" })
        else { return nil }
        var subject = words[(over + 1)...].joined(separator: " ")
        if let open = subject.range(of: "(t.v.v.", options: [.backwards, .caseInsensitive]) {
            subject = String(subject[..<open.lowerBound])
        }
        subject = subject.trimmingCharacters(in: .whitespaces)
        return subject.isEmpty ? nil : subject
    }

    /// Whether a title names a motion ("Reactie op de motie van het lid …", "Uitvoering moties …", "Motie-Teeven"):
    /// asked of a deed without an operative text, a letter or answer on a motion.
    package static func refersToMotion(_ title: String) -> Bool { namesMotion(DutchText.words(title)) }

    /// Whether folded words (`DutchText.words`, which ends a word at a hyphen: "Motie-Teeven") hold "motie" or
    /// "moties" as a word of their own.
    static func namesMotion(_ words: [String]) -> Bool { words.contains { $0 == "motie" || $0 == "moties" } }

    /// Whether a deed's folded title speaks of another document rather than asking anything itself: it names a
    /// motion (`namesMotion`) or announces that a document comes later ("Uitstel toezending evaluatie
    /// (super)snelrecht jaarwisseling", "Uitstelbrief …").
    static func speaksOfAnother(_ words: [String]) -> Bool {
        namesMotion(words) || words.first.map(announcingDelay.contains) == true
    }
    static let announcingDelay: Set<String> = ["uitstel", "uitstelbrief"]

    static func clauses(of text: String, fold: (String) -> FoldedText) -> [FoldedText] {
        let separators: Set<Character> = [";", ":", ".", "!", "?", "\n"]
        var result: [FoldedText] = []
        // "niet-EU-landen", "niet-Oekraïense vluchtelingen": a prefix of one word, not a negation of the clause.
        var text = text.replacingOccurrences(of: #"(?i)\bniet-(?=\w)"#, with: "niet", options: .regularExpression)
        // "roept de regering op, de griffierechten te verhogen": the particle of "oproepen" (and of "opdragen") is no
        // preposition before what is asked ("op de griffierechten").
        if text.range(of: "roept", options: .caseInsensitive) != nil
            || text.range(of: "draagt", options: .caseInsensitive) != nil
        {
            text = text.replacingOccurrences(
                of: #"(?i)\b(roept|draagt)(\s+(?:de|het)(?:\s+\(?toekomstige\)?)?\s+\w+)\s+op\b"#, with: "$1$2",
                options: .regularExpression)
        }
        // The country doing it, between a verb and its preposition, says who acts, not what is asked: "het
        // terugtrekken van Nederland uit het Statuut van Rome" asks as "het terugtrekken uit" does, "het aansluiten van
        // Nederland bij de zaak van Zuid-Afrika" as "het aansluiten bij".
        if text.range(of: "van Nederland ", options: .caseInsensitive) != nil {
            text = text.replacingOccurrences(
                of: #"(?i)\b(\w+en) van Nederland (uit|bij|tot|aan|in|met|op)\b"#, with: "$1 $2",
                options: .regularExpression)
        }
        // A point inside a number ("2.500 alleenstaande minderjarige asielzoekers", "18.00 uur") or an abbreviation
        // ("m.b.t.", "o.a.") ends no clause; "i.p.v." is "in plaats van", a negation.
        if text.utf8.contains(UInt8(ascii: ".")) {
            text = text.replacingOccurrences(of: #"(?<=\d)\.(?=\d)"#, with: "", options: .regularExpression)
            text = text.replacingOccurrences(
                of: #"(?i)\bi\.p\.v\."#, with: "in plaats van", options: .regularExpression)
            text = text.replacingOccurrences(
                of: #"(?i)\b([a-z])\.([a-z])\.(?:([a-z])\.)?"#, with: "$1$2$3", options: .regularExpression)
        }
        for piece in text.split(whereSeparator: separators.contains) {
            var folded = fold(String(piece))
            // What the House asks to be told about is not asked: "de Kamer voorafgaand informeren over mogelijke
            // voornemens tot betaling of hervatting van hulpgeld aan UNRWA" asks for no payment.
            if let told = reportedTopic(in: folded.words) {
                folded = FoldedText(words: Array(folded.words[..<told]), stems: Array(folded.stems[..<told]))
            }
            // Nor is the reason given for the ask: "het eenstatusstelsel in stand te houden, omdat de invoering van twee
            // statussen tot meer juridische procedures leidt".
            if let reason = folded.words.firstIndex(where: reasons.contains), reason > 0 {
                folded = FoldedText(words: Array(folded.words[..<reason]), stems: Array(folded.stems[..<reason]))
            }
            var start = 0
            for index in folded.words.indices where folded.words[index] == "maar" && index > start {
                result.append(
                    FoldedText(words: Array(folded.words[start..<index]), stems: Array(folded.stems[start..<index])))
                start = index
            }
            if start < folded.words.count {
                result.append(FoldedText(words: Array(folded.words[start...]), stems: Array(folded.stems[start...])))
            }
        }
        return result
    }
}

/// Reads a deed's stance towards one pledge from its operative text and the pledge's `supports` and `opposes` hints.
///
/// Each hint found in a clause is a signal for its side, unless a negation before it in the clause denies it ("niet",
/// "geen", "nooit", "nimmer", "af te zien van", "afzien van", "stoppen met", "ongedaan maken", "in plaats van",
/// "onmogelijk maken"; at most `negationReach` words before it, not across a purpose clause "om … te", and "maar" ends
/// a clause): a denied `supports` hint is a signal against the pledge, a denied `opposes` hint one for it. "zich uit
/// tegen", "keert zich tegen", "verzet zich tegen", "afstand nemen van", "heroverwegen van", "uitstel van" and
/// "alternatieven voor" are negations too; a hint followed by what takes it away ("de beperkingen wegnemen", "het
/// verbod opheffen") is denied, and an ask undone after it ("het besluit om de rechtsbijstand te beperken ongedaan
/// maken") is turned round. "niet alleen", "niet enkel", "al dan niet" and a "niet-" prefix ("niet-EU-landen") deny
/// nothing. A hint that holds a negation itself ("niet uitbreiden", "geen financiering") is read as written. More
/// signals for one side than for the other decide the stance; none, or as many each way, leave it `mentions` for an
/// analyst.
///
/// The pledge's own phrases name its subject. Where the ledger says whether the pledge wants less or more of it
/// (`wants`), a denied phrase is a signal too: "geen risicoprofielen waarvan etniciteit deel uitmaakt" supports a
/// pledge that wants less ethnic profiling and opposes one that wants more immigration detention. A phrase is denied by
/// a negation before it, as above, or by "niet" or "geen" at most `trailingReach` words after it ("etniciteit niet
/// laten gebruiken", "etniciteit geen indicator meer"); a negation ending in "van" denies only the noun right after
/// it ("afzien van dwang bij de opvang" denies no reception). A phrase that is not denied is read by the asking word that
/// governs it, if any: right before it, with only "van", "de", "het" and the like or an adjective between (`isLinking`:
/// "bestrijden van etnisch profileren", "uitbreiding van de vreemdelingendetentie", "intrekken van tijdelijke
/// asielvergunningen"; ties with someone stand for them: "een verbod op economische relaties met nieuwe Israëlische
/// nederzettingen"; a subject line that starts with "een" asks for what it names: "over een opt-out op het gebied
/// van immigratie", unless a verb follows; so does one that opens with a bare noun, last of all: "over opvang van
/// asielzoekers bij hoger beroep", not of people, before a verb, nor as all the subject line says), or at most
/// `directionReachAfter` words after it
/// ("preventief fouilleren kan worden verruimd"; in a subject line also the infinitive it ends with, unless a clause of
/// its own starts between; not when the phrase completes another noun with "van"); asking for less of it supports a
/// pledge that wants less, asking for more supports one that wants more. A separable verb, asking word or hint, is
/// found split around "te" too ("af te schaffen", "terug te sturen"); a phrase after "als" is a predicate, and one
/// after "stichting" part of a name: nothing is asked of them. A hint of the pledge near the phrase speaks for it
/// instead, except one within the phrase ("strafbaarstelling" in "strafbaarstelling van illegaliteit", "verbod" in
/// "demonstratieverbod"), which speaks only where nothing asks of the phrase. A negation before an asking word that stands
/// before the phrase denies the ask, not the phrase: "niet schorsen van voorlopige hechtenis" asks more of it; where the first asking word after the negation is not the one
/// that governs the phrase, or followed by it ("niet verlagen van het percentage op te nemen vluchtelingen"), the
/// phrase gives no signal. A negation of a phrase that completes a noun with "van" denies that noun, not the phrase
/// ("het detineren van uitgeprocedeerde asielzoekers niet tot uitvoering brengen" gives no signal), unless the noun
/// stands for what completes it (`transparentHeads`: "stoppen met het gebruik van risicoprofilering"). People complete
/// a noun with "voor" the same way: "geen taallessen voor asielzoekers" denies a benefit, not the people ("geen
/// voorrang voor statushouders" passes on: a place or priority stands for them). The pledge's `counter_phrases` are
/// read the same way, with the opposite of `wants`.
package struct StanceReader: Sendable {
    /// The stance read and the signals that decided it, in Dutch, for the explanation.
    package struct Reading: Sendable, Hashable {
        package var stance: Link.Stance
        package var signals: [String]

        package init(stance: Link.Stance, signals: [String]) {
            self.stance = stance
            self.signals = signals
        }
    }

    /// How many words before a hint a negation still denies it.
    package static let negationReach = 8
    /// How many words after a pledge phrase a "niet" or "geen" still denies it.
    package static let trailingReach = 3
    /// Negations, as folded word sequences.
    static let negations: [[String]] = [
        ["niet"], ["geen"], ["nooit"], ["nimmer"], ["af", "te", "zien", "van"], ["afzien", "van"], ["stoppen", "met"],
        ["ongedaan", "maken"], ["ongedaan", "te", "maken"], ["in", "plaats", "van"], ["onmogelijk", "maken"],
        ["onmogelijk", "te", "maken"],
        // Speaking out against, opposing: "spreekt zich uit tegen het criminaliseren van …".
        ["zich", "uit", "tegen"], ["zich", "uit", "te", "spreken", "tegen"], ["keert", "zich", "tegen"],
        ["verzet", "zich", "tegen"], ["zich", "te", "verzetten", "tegen"], ["verzetten", "tegen"],
        ["uitspreken", "tegen"], ["uit", "te", "spreken", "tegen"],
        ["afstand", "nemen", "van"], ["afstand", "te", "nemen", "van"], ["neemt", "afstand", "van"],
        // Reconsidering a measure asks to undo it: "heroverwegen van intrekkingen van asielvergunningen"; putting it
        // off asks not to do it now: "uitstel van de bezuinigingen op de rechtsbijstand".
        ["heroverwegen", "van"], ["heroverweging", "van"], ["uitstel", "van"], ["uitstellen", "van"],
        // So does assessing it again: "een herbeoordeling van de tijdelijke verblijfsvergunningen van Syriërs".
        ["herbeoordeling", "van"], ["herbeoordelen", "van"],
        // An alternative to a thing is asked instead of it: "alternatieven voor verhoging van griffierechten".
        ["alternatieven", "voor"], ["alternatief", "voor"],
        // Ending a thing: "een einde maken aan het gebruik van etniciteit" (as "stoppen met").
        ["een", "einde", "maken", "aan"], ["een", "einde", "te", "maken", "aan"], ["maakt", "een", "einde", "aan"],
        ["een", "einde", "aan"], ["een", "eind", "maken", "aan"], ["een", "eind", "te", "maken", "aan"],
        ["een", "eind", "aan"],
        // Halting it: "pas op de plaats te maken met de uitbreiding van de vreemdelingendetentie".
        ["pas", "op", "de", "plaats", "maken", "met"], ["pas", "op", "de", "plaats", "te", "maken", "met"],
        // Dropping it: "het laten vallen van de ambitie om het Verdrag van Genève te herzien".
        ["laten", "vallen", "van"],
    ]
    /// Negations that ask for something instead of a noun, and so do not pass through it to what completes it: an
    /// alternative replaces the form ("kleinschalige alternatieven voor de opvang van alleenstaande minderjarige
    /// vreemdelingen" asks no fewer children), not what the noun stands for.
    static let replacing: Set<String> = ["alternatieven voor", "alternatief voor"]
    /// Words after "niet" that make it no negation ("niet alleen X maar ook Y").
    static let notNegating: Set<String> = ["alleen", "enkel", "slechts", "uitsluitend"]

    let supports: [FoldedPhrase]
    let opposes: [FoldedPhrase]
    /// The pledge's `other_deeds`: words that make a deed another one than the pledge's.
    let otherDeeds: [FoldedPhrase]
    /// The pledge's phrases, each with what the pledge wants of it: its `phrases` what it `wants`, its
    /// `counter_phrases` the opposite. Empty without `wants`.
    let subject: [(phrase: FoldedPhrase, wants: LinkHints.Wants, counter: Bool)]

    package init(
        supports: [FoldedPhrase], opposes: [FoldedPhrase], subject: [FoldedPhrase] = [], wants: LinkHints.Wants? = nil,
        counter: [FoldedPhrase] = [], otherDeeds: [FoldedPhrase] = []
    ) {
        self.supports = Self.withPresentForms(Self.withSplitForms(supports))
        self.opposes = Self.withPresentForms(Self.withSplitForms(opposes))
        self.otherDeeds = Self.withPresentForms(Self.withSplitForms(otherDeeds))
        if let wants {
            let other = wants.opposite
            self.subject = subject.map { ($0, wants, false) } + counter.map { ($0, other, true) }
        } else {
            self.subject = []
        }
    }

    /// The reader of a pledge's hints.
    package init(_ hints: LinkHints) {
        self.init(
            supports: hints.supports.map(Self.hint), opposes: hints.opposes.map(Self.hint),
            subject: (hints.phrases + hints.phrasesOnTheme).map(FoldedPhrase.init), wants: hints.wants,
            counter: (hints.counterPhrases + hints.counterPhrasesOnTheme).map(FoldedPhrase.init),
            otherDeeds: hints.otherDeeds.map(Self.hint))
    }

    /// A `supports` or `opposes` hint as it matches: a verb (one word in "-en") only as a whole word, for the noun
    /// its stem heads in a compound names another thing ("sluiten" in "ontwerpbesluit", "korten" in
    /// "lerarentekort", "behouden" in "behandelvoorbehoud"); a noun also as a compound's head, which names a kind of
    /// it ("opvang" in "noodopvang", "grensprocedure" in "buitengrensprocedure").
    package static func hint(_ text: String) -> FoldedPhrase {
        let phrase = FoldedPhrase(text)
        guard phrase.words.count == 1, let word = phrase.words.first, word.hasSuffix("en") || word.hasSuffix("ing")
        else { return phrase }
        return FoldedPhrase(text, wholeWords: true)
    }

    package func read(_ text: OperativeText) -> Reading {
        // A deed that asks another thing than the pledge's ("het opzeggen van het VN-Vluchtelingenverdrag" for a
        // pledge to amend it) mentions the pledge, whatever else it asks.
        if let other = otherDeeds.first(where: { phrase in text.clauses.contains { $0.contains(phrase) } }) {
            return Reading(stance: .mentions, signals: ["'\(other.original)' (een andere daad)"])
        }
        var forPledge: [String] = []
        var against: [String] = []
        for (number, (clause, negations)) in zip(text.clauses, text.negations).enumerated() {
            let opensSubject = text.part == .subject && number == 0
            /// The negation that denies the words at `position`: the nearest before it within reach, unless a
            /// purpose clause ("niet gebruiken om fraude te bestrijden") or, for a pledge phrase, a hint
            /// ("ongedaan maken van de beperking van vreemdelingenbewaring") stands between them.
            func negation(before position: Int, hints: [Int] = []) -> Negation? {
                // Not one that holds the words themselves ("te voorkomen dat" holds the hint "voorkomen").
                guard let negation = negations.last(where: { $0.end < position }),
                    position - negation.end <= Self.negationReach,
                    !Self.purposeClause(in: clause.words[(negation.end + 1)..<position]),
                    !Self.relativeClause(clause, negation: negation, before: position),
                    !hints.contains(where: { $0 > negation.end && $0 < position })
                else { return nil }
                return negation
            }
            func denier(of position: Int) -> String? { negation(before: position)?.words }
            // The pledge's phrases in the clause; one within a longer one ("rechtsstaat" in "democratische
            // rechtsstaat"), or on the same words as a longer one (a compound's head: "opvang" in "crisisnoodopvang")
            // or an earlier one, is that one and gives no signal of its own.
            var spans: [(start: Int, end: Int, number: Int)] = []
            for (number, entry) in subject.enumerated() where entry.phrase.isUsable && !entry.phrase.holdsNegation {
                for position in clause.words.indices where clause.matches(entry.phrase, at: position) {
                    spans.append((position, position + entry.phrase.words.count, number))
                }
            }
            // The asking words of the clause, found when a hint or a phrase of the pledge first needs them (most
            // links never do).
            var directions: [AskingWord]?
            func askingWords() -> [AskingWord] {
                if directions == nil { directions = Self.directionWords(in: clause, opensSubject: opensSubject) }
                return directions!
            }
            // Hints within a phrase (below), with where the phrases that hold them start, their signal and whether
            // it is for the pledge; and the phrases read with a signal of their own, by where they start.
            var heading: [(spans: [Int], signal: String, forPledge: Bool)] = []
            var readSpans: Set<Int> = []
            // The other hints, with their signal; those that govern a phrase as its asking word are read through it
            // (`consumed`, below).
            var plain: [(start: Int, signal: String, forPledge: Bool, denied: Bool)] = []
            var consumed: Set<Int> = []
            // The negations that deny a hint: a hint that is such a negation's own words is the denial, not a signal
            // of its own ("stoppen met het registreren van politiecontroles" stops the registration; its "stoppen" is
            // no stop of what the pledge wants less of).
            var denials: [Negation] = []
            for (phrases, isSupport) in [(supports, true), (opposes, false)] {
                var side: Set<Int> = []
                for phrase in phrases where phrase.isUsable {
                    // Two hints of one side that match the same words ("afschaffen", "afschaffing") are one signal.
                    for position in clause.words.indices
                    where !side.contains(position) && clause.matches(phrase, at: position)
                        && !Self.namesDisability(clause, at: position) && !Self.studied(clause, at: position)
                        && !Self.namesTrade(clause, at: position, phrase)
                        // A hint in a condition says when the ask holds, not what it asks: "zolang het de voorlopige
                        // maatregelen van het Internationaal Gerechtshof niet naleeft".
                        && !Self.inCondition(clause, at: position)
                        // Nor one after "zonder", which names what is missing: "boetes op te leggen zonder
                        // tussenkomst van de rechter" asks for no intervention.
                        && !Self.missing(clause, at: position)
                        // Nor an asking word that asks of fraud: "bij de bestrijding van toeslagenfraude" is what
                        // selection serves, not a stand on it.
                        && !Self.asksOfFraud(clause, after: position + phrase.words.count)
                    {
                        side.insert(position)
                        let negation = phrase.holdsNegation ? nil : negation(before: position)
                        if let negation { denials.append(negation) }
                        let negated = negation?.words
                        // A noun (not a verb in "-en", whose object follows it) heads what follows it, and a removal
                        // after all it governs takes it away, as it does a phrase (below): "de opschorting van besluiten
                        // over de financiering van de UNRWA opheffen".
                        let hinted = clause.words[position]
                        let noun = phrase.words.count == 1 && (hinted.hasSuffix("ing") || !hinted.hasSuffix("en"))
                        let removal =
                            phrase.holdsNegation
                            ? nil
                            : Self.trailing(Self.removals, after: position + phrase.words.count, in: clause)
                                ?? (noun
                                    ? Self.trailing(
                                        Self.removals, after: position + 1, in: clause, reach: Self.directionReachAfter)
                                    : nil)
                        var denier = negated ?? removal
                        var undone: String?
                        // A negation of an ask of less right before the hint undoes that ask, not the hint: "niet bij
                        // voorbaat uit te sluiten van de bescherming" asks for it.
                        if let negation,
                            let less = Self.lessBefore(position, in: clause, directions: askingWords()).first,
                            less.start > negation.end
                        {
                            denier = nil
                            undone = Self.undone(by: negation.words, again: less.words)
                        }
                        // A noun governed by an ask of less before it is asked less of, as a phrase is: "de
                        // opschorting van de bijdrage aan UNRWA te handhaven"; each further ask of less before, or a
                        // removal after them, turns it round again: "de opschorting van de financiering van UNRWA op
                        // te heffen", "het opheffen van de opschorting" ask for it.
                        if !phrase.holdsNegation, negated == nil, noun {
                            let chain =
                                Self.lessBefore(position, in: clause, directions: askingWords()).map { $0.words }
                                + (removal.map { [$0] } ?? [])
                            if chain.count % 2 == 1 {
                                denier = chain.joined(separator: "', '")
                            } else if !chain.isEmpty {
                                denier = nil
                                undone = Self.undone(by: chain[0], again: chain[1...].joined(separator: "', '"))
                            }
                        }
                        if !phrase.holdsNegation, denier == nil, undone == nil,
                            let stop = Self.stopped(clause, hint: phrase, at: position, directions: askingWords)
                        {
                            // What stops it taken away in turn asks for it again: "het besluit om de financiering
                            // voor UNRWA op te schorten ongedaan maken".
                            if let again = Self.trailing(Self.removals, after: stop.end, in: clause) {
                                undone = Self.undone(by: stop.words, again: again)
                            } else {
                                denier = stop.words
                            }
                        }
                        let found = Self.quote(clause, position, phrase)
                        let signal =
                            denier.map { "\(found) ontkend door '\($0)'" } ?? undone.map { "\(found) \($0)" } ?? found
                        // A hint within a phrase of the pledge is that phrase's word: the phrase is read by what asks
                        // of it, and the hint speaks only where nothing does ("de strafbaarstelling van illegaliteit in
                        // te trekken" asks less of it, where the hint "strafbaarstelling" would read for it; "het
                        // afschaffen van bezuinigingen op posten", where "bezuinigen" would read against the network;
                        // "over het strafbaar stellen van illegaliteit" and "over het reserveren van financiële
                        // middelen voor kleinschalige opvang" are read by the hint). Not a verb that is the whole
                        // phrase, an ask itself: "alle illegalen vastzetten of uitzetten".
                        let hintEnd = position + phrase.words.count
                        let word = clause.words[position]
                        let within = spans.filter {
                            $0.start <= position && $0.end >= hintEnd
                                && ($0.end - $0.start > hintEnd - position || !word.hasSuffix("en"))
                        }
                        if !within.isEmpty {
                            // Inside the name of what the pledge wants less of, a hint for it is that name's word, no
                            // signal: "de fraudeaanpak door DUO" is the wrong, not a way of tackling it.
                            if isSupport,
                                within.allSatisfy({ subject[$0.number].wants == .less && !subject[$0.number].counter })
                            {
                                continue
                            }
                            heading.append((within.map(\.start), signal, isSupport == (denier == nil)))
                            continue
                        }
                        plain.append((position, signal, isSupport == (denier == nil), denier != nil))
                    }
                }
            }
            // Where this clause's signals of its phrases begin: its hints read plainly go before them.
            let (phraseSignalsFor, phraseSignalsAgainst) = (forPledge.count, against.count)
            let distinct = spans.filter { span in
                !spans.contains { other in
                    guard other.start <= span.start && other.end >= span.end else { return false }
                    if other.end - other.start != span.end - span.start {
                        return other.end - other.start > span.end - span.start
                    }
                    let (length, otherLength) = (
                        subject[span.number].phrase.folded.utf8.count, subject[other.number].phrase.folded.utf8.count
                    )
                    return otherLength > length || (otherLength == length && other.number < span.number)
                }
            }
            // A replacing verb whose preposition introduces a phrase of the pledge asks for that one: what gives way to
            // it is no ask of its own ("het ontmoedigingsbeleid omzetten naar een verhinderingsbeleid" asks for the
            // stronger policy, not less of the one it replaces).
            let replacedFor: Set<Int> =
                clause.words.contains(where: { Self.replacingVerbs[$0] != nil })
                ? Set(
                    distinct.compactMap { span in
                        guard
                            let verb = Self.direction(
                                of: span.start, end: span.end, in: clause, directions: askingWords(),
                                subject: opensSubject)?.joinedTo,
                            Self.replacingVerbs[clause.words[verb]] != nil
                        else { return nil }
                        return verb
                    }) : []
            for span in distinct {
                let signals = forPledge.count + against.count
                defer { if forPledge.count + against.count > signals { readSpans.insert(span.start) } }
                let (phrase, wants, counter) = subject[span.number]
                let position = span.start
                let end = span.end
                // In a relative clause, a "niet" after the phrase denies the clause's verb, said of someone else:
                // "het weigeren van asielzoekers die artikel 1 Grondwet niet onderschrijven".
                // Nor does one after people deny them, but what is done to them: "demonstranten niet preventief te
                // arresteren".
                // What the clause asks to study it asks nothing of: "alternatieven voor vreemdelingenbewaring te
                // onderzoeken".
                if Self.studiedAfter(end, in: clause) { continue }
                let people = Self.namesPeople(clause, position, end)
                // In a condition, a "niet" after the phrase is the condition's, said of someone else: "zolang het de
                // voorlopige maatregelen van het Internationaal Gerechtshof niet naleeft".
                // So are the people the phrase completes: "deelnemers aan vreedzame demonstraties niet langer verplicht
                // worden zich te legitimeren" denies the duty, not the demonstrations.
                let ofPeople =
                    position >= 2 && ["aan", "van", "bij"].contains(clause.words[position - 1])
                    && Self.namesPeople(clause.words[position - 2])
                let after =
                    position >= 1 && clause.words[position - 1] == "die"
                        || people || ofPeople || Self.inCondition(clause, at: position)
                    ? nil : Self.trailing(Self.trailingNegations, after: end, in: clause)
                // A counter phrase says why less of it works against the pledge: it wants more of it.
                let quoted =
                    Self.quote(clause, position, phrase)
                    + (counter ? " (de toezegging wil er \(wants == .more ? "meer" : "minder") van)" : "")
                /// The asking word that governs the phrase, if any.
                func asking() -> AskingWord? {
                    Self.direction(
                        of: position, end: end, in: clause, directions: askingWords(), subject: opensSubject)
                }
                // A flaw named with what the pledge wants more of turns the ask round (`flaw`).
                let flaw = wants == .more ? Self.flaw(of: position, end: end, in: clause) : nil
                let flawed = flaw != nil
                /// A signal that the deed asks less or more of the phrase: for the pledge when that is what it
                /// wants.
                func add(_ signal: String, asking direction: LinkHints.Wants) {
                    let direction = flawed ? direction.opposite : direction
                    let signal = flaw.map { "\(signal), maar '\($0)'" } ?? signal
                    if direction == wants { forPledge.append(signal) } else { against.append(signal) }
                }
                /// A signal that `words` ask less or more of the phrase, in Dutch: "'x' minder door 'y'".
                func asks(_ direction: LinkHints.Wants, by words: String) {
                    add("\(quoted) \(direction == .less ? "minder" : "meer") door '\(words)'", asking: direction)
                }
                /// An asking word denied: the deed asks the opposite of it.
                func addDenied(_ asked: AskingWord, by denier: String) {
                    asks(asked.wants.opposite, by: "\(denier) \(asked.words)")
                }
                // A phrase after "zonder" names what is missing: what is asked is done without it, less of it
                // ("het direct nemen van een asielbesluit zonder voorafgaande zienswijze"). A negation before it
                // denies what is done, not the phrase: "stoppen met … zonder …" asks nothing of it.
                // People without it are named by it, not asked of: "informatie over vreemdelingen zonder
                // verblijfsrecht".
                if Self.missing(clause, at: position) {
                    if negation(before: position) == nil, !Self.withoutDescribesPeople(clause, before: position) {
                        asks(.less, by: "zonder")
                    }
                    continue
                }
                // A phrase an obstacle is for is asked the opposite of what is asked of the obstacle: "wegnemen van
                // wettelijke en administratieve hindernissen voor het in de zorg inzetten van statushouders", "de
                // belemmeringen voor werken tijdens de asielprocedure weg te nemen" ask more of it.
                if let obstacle = Self.obstacle(before: position, in: clause) {
                    if let asked = Self.direction(
                        of: obstacle, end: end, in: clause, directions: askingWords(), subject: opensSubject),
                        !asked.isBareSubject
                    {
                        asks(asked.wants.opposite, by: "\(asked.words) \(clause.words[obstacle])")
                        if plain.contains(where: { $0.start == asked.start }) { consumed.insert(asked.start) }
                    }
                    continue
                }
                // Sending people to it asks more of it, and a negation of the sending less: "geen afgewezen
                // asielzoekers naar return hubs in landen buiten de EU sturen" asks for no hubs.
                if let sending = Self.sending(to: position, end: end, in: clause) {
                    if let denier = negation(before: position)?.words {
                        asks(.less, by: "\(denier) \(sending)")
                    } else {
                        asks(.more, by: sending)
                    }
                    continue
                }
                let denied = negation(before: position, hints: plain.map(\.start))
                // A negation out of reach of the phrase still denies the ask that governs it where only words of
                // quantity stand between them: "afzien van elke vorm van bezuiniging op het activiteitenbudget van het
                // COA" asks for no cut.
                if denied == nil, let asked = asking(), !asked.isBareSubject, asked.end <= position,
                    let far = negations.last(where: { $0.end < asked.start }),
                    position - far.end > Self.negationReach,
                    clause.words[(far.end + 1)..<asked.start].allSatisfy(Self.quantity.contains)
                {
                    addDenied(asked, by: far.words)
                    continue
                }
                if let denied, askingWords().contains(where: { $0.start > denied.end && $0.start < position }) {
                    // The negation denies the asking word between them, not the phrase: "geen uitbreiding van
                    // vreemdelingendetentie" asks less of it; "niet verlagen van het percentage op te nemen
                    // vluchtelingen" asks nothing of the phrase itself. The negation denies the first asking
                    // word after it, and the one that governs the phrase only where asking words alone (and
                    // articles) stand between the two ("geen extra uitbreiding van", "niet mee te werken aan de
                    // oprichting van terugkeerhubs"): in "niet verlagen van het percentage op te nemen
                    // vluchtelingen" it denies the lowering, not the taking in.
                    if let asked = asking(), asked.start > denied.end, asked.end <= position,
                        let first = askingWords().filter({ $0.start > denied.end }).min(by: { $0.start < $1.start }),
                        (first.start..<asked.start).allSatisfy({ at in
                            askingWords().contains { $0.start <= at && at < $0.end }
                                || Self.articles.contains(clause.words[at])
                                // And words of quantity: "geen verdere beperkingen van de toelating van asielzoekers".
                                || Self.furtherWords.contains(clause.words[at])
                        })
                    {
                        addDenied(asked, by: denied.words)
                        continue
                    }
                    // Denied giving passes on to whom it is given: "het niet verlenen van opvang aan uitgeprocedeerde
                    // asielzoekers" asks less for them; any other asking word between leaves the phrase unread.
                    let between = askingWords().filter { $0.start > denied.end && $0.start < position }
                    guard between.allSatisfy({ Self.givingStems.contains(clause.stems[$0.start]) }) else { continue }
                }
                // A "niet" or "nooit" after the phrase with an asking word right after it denies that ask: "de
                // rechtsbijstand voor asielzoekers niet te beperken" asks no less of it, "etnisch profileren nooit
                // acceptabel is" none of it.
                // Not where the phrase completes a noun before it: the ask is the noun's ("de eigen bijdrage voor
                // rechtsbijstand niet te verhogen").
                // A hint that is the ask denied here is read through the phrase: "crisisnoodopvang niet te
                // beperken", where the denied hint "beperken" would read plainly against a pledge that wants less of
                // it.
                if denied == nil, !Self.complements(position, end, in: clause), !ofPeople,
                    let (asked, denier) = Self.deniedAfter(end, in: clause, directions: askingWords)
                {
                    addDenied(asked, by: denier)
                    // The hint may hold the negation too: "niet uitbreiden".
                    for hint in plain where hint.start >= end && hint.start < asked.end { consumed.insert(hint.start) }
                    continue
                }
                if let denier = denied?.words ?? after {
                    // A phrase after "van" completes the noun before it, and the negation (a "niet" after the
                    // phrase, or one before that noun) denies the noun or the verb it is the object of: "de
                    // plannen tot het detineren van uitgeprocedeerde asielzoekers niet tot uitvoering te
                    // brengen" asks nothing of the asylum seekers. Where an asking word governs the phrase, its
                    // ask is denied; a noun that stands for the phrase (`transparentHeads`) passes a negation
                    // before it on: "stoppen met het gebruik van risicoprofilering".
                    // A "niet" after a phrase that completes a noun with a preposition denies the noun: "de eigen
                    // bijdrage voor rechtsbijstand niet verhogen" asks no less legal aid.
                    if denied == nil, !people,
                        Self.setting(of: position, after: -1, in: clause, with: Self.complementPrepositions)
                    {
                        continue
                    }
                    if let van = Self.completing(clause, at: position, end: end, after: denied?.end ?? -1),
                        denied == nil || !Self.transparentHeads.contains(clause.words[van - 1])
                            || denied.map({ Self.replacing.contains($0.words) }) == true
                    {
                        guard let asked = asking(), asked.end <= position else { continue }
                        addDenied(asked, by: denier)
                        continue
                    }
                    // A negation ending in "van" denies the noun right after it, adjectives and all ("afstand nemen
                    // van een verplichte en automatische spreiding"), not what follows another noun ("afzien van
                    // dwang bij de opvang van Oekraïense vluchtelingen").
                    if let denied, denied.words.hasSuffix(" van"),
                        !clause.words[(denied.end + 1)..<position].allSatisfy({
                            Self.isLinking($0) || $0 == "en" || $0 == "of" || Self.transparentHeads.contains($0)
                        })
                    {
                        continue
                    }
                    // Any negation denies a noun the phrase is only the setting of, after a preposition: "geen
                    // gezichtsherkenning bij demonstraties" denies the surveillance. Not people in it: "geen kinderen
                    // in vreemdelingendetentie" asks less detention; but people out of it are denied themselves:
                    // "geen vreemdelingen meer uit COA-locaties verwijderen" asks no less reception.
                    if let denied, Self.setting(of: position, after: denied.end, in: clause) { continue }
                    // Nor what a regime or measure is for: "geen apart regime voor zogenoemde ordeverstorende acties in
                    // te voeren" denies the regime, not the actions.
                    if let denied, !people,
                        Self.setting(of: position, after: denied.end, in: clause, with: ["voor"]),
                        (denied.end + 1..<position).contains(where: { Self.regimeNouns.contains(clause.words[$0]) })
                    {
                        continue
                    }
                    add("\(quoted) ontkend door '\(denier)'", asking: .less)
                    // A hint that is the negation itself ("af te zien van") speaks through the phrase it denies.
                    if let denied, plain.contains(where: { $0.start == denied.start }) { consumed.insert(denied.start) }
                    continue
                }
                // What the words around it ask of it: less ("bestrijden van etnisch profileren") or more
                // ("uitbreiding van vreemdelingendetentie").
                let hintNear = plain.contains {
                    $0.start >= position - Self.negationReach && $0.start < end + Self.directionReachAfter
                }
                // A hint that is the asking word governing the phrase asks of the phrase, and is read through it:
                // "het versterken van nederzettingen" asks more of what the pledge wants less of. Not one denied:
                // "ongedaan maken van de beperking van vreemdelingenbewaring" is read by the hint.
                var governing = asking()
                // Not where what is allowed is itself one of a kind, the restriction said already: "uitsluitend beroep
                // bij één instantie mogelijk maken" asks for the single instance (`directionWords`).
                if let asked = governing, let allowing = asked.allowing, phrase.words.contains("een") {
                    governing = AskingWord(start: asked.start, end: asked.end, wants: .more, words: allowing)
                }
                let governedByHint =
                    governing.map { asked in
                        !asked.isBareSubject && plain.contains { $0.start == asked.start && !$0.denied }
                    } ?? false
                if hintNear && !governedByHint { continue }
                guard let asked = governing, !replacedFor.contains(asked.start) || asked.wants == .more else {
                    continue
                }
                // What is asked after a phrase that completes people is asked of them: "het vastleggen van
                // identiteitsgegevens van deelnemers aan vreedzame demonstraties niet toe te staan".
                if ofPeople, asked.start >= end { continue }
                if governedByHint { consumed.insert(asked.start) }
                if asked.isBareSubject {
                    add("\(quoted) gevraagd", asking: asked.wants)
                    continue
                }
                // An ask of less turns the governing ask round: one before it ("het terugdraaien van de
                // bezuinigingen op de rechtspraak" asks more of it, "het opschorten van uitzettingen van
                // asielzoekers" more of them), or one after the phrase, as a dictum has it, where the governing ask
                // is a noun of less (an article before it) and nothing joins a second ask between ("de bezuinigingen
                // op de rechtsbijstand terug te draaien"; not "intrekken verblijfsvergunning en uitzetten").
                if asked.end <= position {
                    // A judgement of the noun needs no article before it: "spreekt uit dat bezuinigingen op de
                    // rechtsbijstand onwenselijk zijn".
                    let after =
                        asked.start >= 1
                        ? askingWords().first(where: {
                            $0.wants == .less && !$0.isBareSubject && $0.start >= end
                                && $0.start - end < Self.directionReachAfter
                                && !Self.articles.contains(clause.words[$0.start - 1])
                                && (Self.articles.contains(clause.words[asked.start - 1])
                                    || Self.judgements.contains($0.words))
                                && !clause.words[end..<$0.start].contains(where: { $0 == "en" || $0 == "of" })
                                && !Self.insideRelativeClause(clause, from: end, to: $0.start)
                                && !Self.notUndoing(clause.words[end..<$0.start])
                        }) : nil
                    // And the asks of less before it, each turning it round again: "het opheffen van de opschorting
                    // van de steun aan UNRWA", "de opschorting van de financiering van UNRWA op te heffen".
                    let before = Self.lessBefore(asked.start, in: clause, directions: askingWords())
                    // Undone in turn after it: "het besluit om de financiering voor UNRWA op te schorten ongedaan
                    // maken" asks for it again.
                    // With no ask after it, a removal further on takes the ask before it away: "de inperking van de
                    // gesubsidieerde rechtshulp voor asielzoekers met een kansloze aanvraag ongedaan te maken".
                    let again =
                        after.map { Self.trailing(Self.removals, after: $0.end, in: clause) }
                        ?? Self.trailing(Self.removals, after: end, in: clause, reach: Self.directionReachAfter)
                    let turns = before.count + (after == nil ? 0 : 1) + (again == nil ? 0 : 1)
                    if turns > 0 {
                        let words =
                            before.reversed().map(\.words) + [asked.words] + [after?.words, again].compactMap { $0 }
                        asks(turns % 2 == 0 ? asked.wants : asked.wants.opposite, by: words.joined(separator: " "))
                        continue
                    }
                }
                // An ask after the phrase undone in turn: "het besluit om de rechtsbijstand te beperken ongedaan
                // maken" asks for it.
                if asked.start >= end, let again = Self.trailing(Self.removals, after: asked.end, in: clause) {
                    asks(asked.wants.opposite, by: "\(asked.words) \(again)")
                    continue
                }
                // A negation right before an ask after the phrase denies it however far the phrase is: "het
                // ontmoedigingsbeleid voor handel met bedrijven in bezet gebied niet langer voortzetten".
                if asked.start >= end, let denier = Self.negation(rightBefore: asked.start, after: end, in: clause) {
                    addDenied(asked, by: denier)
                    continue
                }
                asks(asked.wants, by: asked.words)
            }
            for hint in plain where !hint.denied {
                if denials.contains(where: { $0.start <= hint.start && hint.start <= $0.end }) {
                    consumed.insert(hint.start)
                }
            }
            let unread = plain.filter { !consumed.contains($0.start) }
            forPledge.insert(contentsOf: unread.filter(\.forPledge).map(\.signal), at: phraseSignalsFor)
            against.insert(contentsOf: unread.filter { !$0.forPledge }.map(\.signal), at: phraseSignalsAgainst)
            for hint in heading where !hint.spans.contains(where: readSpans.contains) {
                if hint.forPledge { forPledge.append(hint.signal) } else { against.append(hint.signal) }
            }
        }
        if forPledge.count > against.count { return Reading(stance: .supports, signals: forPledge) }
        if against.count > forPledge.count { return Reading(stance: .opposes, signals: against) }
        return Reading(stance: .mentions, signals: forPledge + against)
    }

    /// Words that ask for less of what they name ("bestrijden van", "verbod op", "… afschaffen") or more of it
    /// ("uitbreiding van", "versterken", "… waarborgen"), as stems: the direction a deed asks of a pledge's subject.
    /// A separable verb's split form and weak participle are derived (`withSplitForms`): "afschaffen" gives "af te
    /// schaffen" and "afgeschaft"; a strong verb's participle ("ingetrokken") is listed.
    static let lessWords: [FoldedPhrase] = [
        "tegengaan", "bestrijden", "bestrijding", "voorkomen", "verbieden", "verbod op", "uitbannen",
        "stoppen", "beeindigen", "afschaffen", "afschaffing", "terugdringen", "terugbrengen van het aantal", "beperken",
        "beperking",
        "inperken",
        "verminderen", "vermindering", "aanpakken", "aanpak van", "schrappen", "intrekken", "intrekking", "opheffen",
        "ontmoedigen", "onwenselijk", "ongewenst", "geen plaats", "geen ruimte", "uitsluiten", "verlagen", "ontslag",
        "sanctie",
        "ontdoen van",
        "beperkt", "verboden", "teruggedrongen", "geschrapt", "ingetrokken", "bestreden", "uitgesloten",
        // Curbing a thing: "paal en perk te stellen aan risicoprofilering".
        "paal en perk stellen aan", "opschorten", "opschorting", "terugdraaien", "opzeggen", "opzegging", "afbouwen",
        "afbouw", "uitfaseren",
        "bezuinigen", "bezuiniging", "bezuinigd", "korting op",
        "schorsen", "schorsing", "geschorst", "minder", "lager", "lagere", "geen plek", "blokkeren", "geblokkeerd",
        // Measures against a thing ask for less of it: "maatregelen tegen het nederzettingenbeleid".
        "maatregelen tegen", "handelsmaatregelen tegen", "drukmiddelen tegen", "sancties tegen", "optreden tegen",
        // Freezing it: "het bevriezen van de Nederlandse bijdrage aan het Internationaal Strafhof", "bevroren houden".
        "bevriezen", "bevriezing", "bevroren houden",
        // Letting it go, or lapse: "de voorgenomen uitbreiding van de rechterlijke controle te laten varen", "waarmee
        // het toetsingsverbod vervalt".
        "laten varen", "vervallen", "vervalt", "laten vervallen",
        // Keeping it out of sight: "demonstraties buiten het zicht van de NAVO-top laten plaatsvinden".
        "buiten het zicht", "buiten zicht- en hoorafstand", "buiten zicht en hoorafstand",
        // Barring people from entry: "een inreisverbod voor gewelddadige kolonisten".
        "inreisverbod voor", "inreisverboden voor", "inreisverbod instellen voor",
        "verkleinen", "verkleining", "reduceren", "reductie", "stopzetten", "stopzetting", "stopgezet",
        // "stopzetten" split: its particle is no separable particle `withSplitForms` knows.
        "stop te zetten", "stop zetten", "tegenhouden",
        "weren",
        // Violating or hollowing out a thing asks less of it: "niet schenden van gemaakte afspraken". Not
        // "ondermijnen": "ondermijning van de rechtsstaat als grond voor beëindiging van bekostiging" names a ground
        // (a stem matches verb and noun alike).
        "schenden", "geschonden", "uithollen",
        // Weakening it: "de procedurele waarborgen in de asielprocedure niet af te zwakken".
        "afzwakken", "afzwakking", "verzwakken", "verzwakking", "afgezwakt", "verzwakt",
        // Tampering with it: "niet te tornen aan de rechtsbijstand voor asielzoekers" asks no less of it; so does
        // making it harder: "gezinshereniging te bemoeilijken".
        "tornen aan", "te tornen aan", "getornd aan", "bemoeilijken", "moeilijker maken",
        // Rejecting a thing asks less of it: "asielverzoeken sneller afwijzen". Not the participle: "afgewezen
        // asielzoekers" are people, not an ask. Denying a thing to someone asks less of it too: "de toegang tot de
        // arbeidsmarkt ontzeggen".
        "afwijzen", "afwijzing", "ontzeggen", "ontzegging",
        // A cap asks less: "uitspreken wat het maximum aantal asielzoekers is dat Nederland aankan".
        "maximum", "maximumaantal", "plafond",
        // Closing a thing asks less of it: "alle asielzoekerscentra in Nederland direct sluiten", "geen
        // rechtspraaklocaties sluiten". Not "afsluiten" (a separable verb of its own: "hermetisch afsluiten").
        "sluiten", "sluiting",
        // Catching up on a backlog asks less of it: "achterstanden bij zedenzaken in te lopen".
        "inlopen", "wegwerken",
        // Dismissing someone asks less of them: "de Nationaal Coördinator … de laan uit te sturen".
        "ontslaan", "de laan uitsturen", "de laan uit sturen",
        // Removing a thing asks less of it: "het weghalen van de rechtsprekende taak bij de Raad van State", "geen
        // vreemdelingen meer uit COA-locaties verwijderen"; so do curbing it, halting it and a moratorium on it.
        "verwijderen", "verwijdering", "wegnemen", "weghalen", "elimineren", "uitroeien", "aan banden leggen",
        "halt toeroepen", "moratorium op",
        // The fight against a thing, and a plan, policy or law against it: "de strijd tegen straffeloosheid".
        "strijd tegen", "actieplan tegen", "beleid tegen", "wetgeving tegen", "campagne tegen",
        // Condemning and denouncing a thing ask less of it: "het veroordelen van de aanslagen op religieuze
        // minderheden", "discriminatie van Papoea's aan de kaak blijven stellen".
        "veroordelen", "aan de kaak",
        // Refusing and deporting people ask fewer of them: "het weigeren van asielzoekers uit veilige landen", "het
        // sneller uitzetten van criminele asielzoekers"; so does having them return: "Syrische vluchtelingen actief
        // te laten terugkeren naar Syrië" (as a verb only: "teruggekeerde" people are who came back).
        "weigeren", "weigering", "uitzetten", "terugkeren",
        // So does locking them up: "het opsluiten van overlastgevende asielzoekers".
        "opsluiten",
        // Withdrawing from a thing asks less of it: "zich te onttrekken aan het Statuut van Rome".
        "onttrekken aan", "terugtrekken uit", "uittreden uit",
        // Punishing a thing asks less of it; a ban set up on it too: "een verbod in te stellen op het gebruik van
        // etniciteit". Not "aantasten": "te onderzoeken of … de grondrechten … aantast" asks whether, not less.
        "bestraffen", "bestraffing", "beboeten",
        // Punishing it harder: "hogere straffen voor het blokkeren van snelwegen".
        "straffen voor", "strafverzwaring voor", "zwaarder straffen",
        "verbod instellen op",
        // A ban on trade with a thing: "een handelsverbod voor producten en diensten van en naar de illegale
        // Israëlische nederzettingen".
        "handelsverbod voor", "handelsverbod op", "handelsverbod met",
        // Making a thing a crime asks less of it: "etnisch profileren strafbaar stellen"; so does calling it
        // unacceptable: "uitspreken dat etnisch profileren onacceptabel is"; and ceasing it: "het staken van".
        "strafbaar stellen", "strafbaarstelling", "strafbaar maken", "onacceptabel", "onaanvaardbaar", "ontoelaatbaar",
        "verwerpelijk", "verwerpelijkheid", "staken",
        // Putting it on hold or in the freezer: "de uitbreiding van de vreemdelingendetentie on hold te zetten".
        "on hold zetten", "in de ijskast zetten",
        // Bringing it to a minimum, halving it, taking it apart, cutting it short: "etnisch profileren te
        // minimaliseren", "de maximale duur van vreemdelingendetentie te verkorten".
        "minimaliseren", "halveren", "ontmantelen", "verkorten", "verkorting",
        // Breaking through it: "het doorbreken van het onschendbaarheidsbeginsel van wetten".
        "doorbreken",
        // Tolerating none of it: "zero tolerance voor etnisch profileren", "nultolerantie ten aanzien van".
        "zero tolerance", "zerotolerance", "nultolerantie", "nultolerantie ten aanzien van",
        "zero tolerance ten aanzien van",
        // Ignoring or setting aside a thing asks less of it: "het advies van het Internationaal Gerechtshof naast zich
        // neer te leggen"; so does arresting people: "het arresteren van klimaatactivisten".
        "negeren", "naast zich neerleggen", "terzijde schuiven", "terzijde te schuiven", "in de wind slaan",
        "arresteren", "arrestatie van", "arrestaties van",
        // Prosecuting: "verdachten van oorlogsmisdaden te vervolgen". As written (`verbsOnly`): its stem is that of
        // "vervolg" (a sequel: "een vervolg geven aan de aanbevelingen").
        "vervolgen",
        // Preventing it: "economische activiteiten in illegaal bezet Palestijns gebied verhinderen".
        "verhinderen", "verhindering", "verhinderd",
        // Taking it out of use, clearing it away, putting it off, treating it as not binding: "het risicomodel van
        // DUO definitief buiten gebruik stellen", "een vreedzame demonstratie niet laten ontruimen", "de uitbreiding van de
        // politiestrafbeschikking uitstellen", "het advies van het Internationaal Gerechtshof als vrijblijvend
        // beschouwen"; measures in return against it: "tegenmaatregelen tegen de Amerikaanse sancties".
        "buiten gebruik stellen", "buiten gebruik te stellen", "buiten gebruik gesteld", "buiten werking stellen",
        "buiten werking te stellen", "ontruimen", "ontruiming", "ontruimd", "uitstellen", "vrijblijvend",
        "tegenmaatregelen tegen",
        // Troops withdrawn from a place ask less of its occupation: "de terugtrekking van Israëlische troepen uit alle
        // bezette Palestijnse gebieden" (`occupiers`).
        "terugtrekking",
    ].map { FoldedPhrase($0, wholeWords: true) }
    static let moreWords: [FoldedPhrase] = [
        "uitbreiden", "uitbreiding", "verruimen", "verruiming", "invoeren", "invoering", "intensiveren", "versterken",
        "versterking", "meer", "vaker", "toestaan", "mogelijk maken", "stimuleren", "behouden",
        // Tightening a rule asks more of it: "het aanscherpen van de meldplicht voor demonstraties"; so does saying a
        // thing must be possible: "spreekt uit dat de politie moet kunnen selecteren op uiterlijk".
        "aanscherpen", "aanscherping", "moet kunnen", "moeten kunnen",
        // Bringing a law into force asks more of it: "de Asielnoodmaatregelenwet zo spoedig mogelijk in werking te
        // laten treden" (the name "Wet invoering tweestatusstelsel" asks nothing itself).
        // Not the noun "inwerkingtreding", mostly a date: "sinds de inwerkingtreding van de wet".
        "in werking laten treden", "in werking treden",
        // Taking a thing as the starting point or guide asks to follow it, and so does calling it binding: "het advies
        // van het Internationaal Gerechtshof als uitgangspunt te nemen", "… niet bindend is en geen leidraad mag zijn"
        // denies both.
        "als uitgangspunt nemen", "tot uitgangspunt nemen", "uitgangspunt", "leidraad", "bindend",
        // Taking an application into consideration, an ask only where restricted (`permittedOnlyRestricted`).
        "in behandeling nemen", "in behandeling genomen",
        "waarborgen", "garanderen", "borgen", "beschermen", "bescherming", "bevorderen", "verbeteren", "herstellen",
        // Keeping it standing: "grondrechten ook in crisiswetgeving volledig overeind moeten blijven"; letting it rise:
        // "de griffierechten niet verder laten stijgen".
        "overeind", "laten stijgen",
        // Stretching it: "het niet verder oprekken van de gronden om veroordeelde statushouders ongewenst te verklaren";
        // imposing it: "het laten opleggen van strafbeschikkingen door agenten"; going along with it: "het meegaan met
        // de Amerikaanse sancties tegen medewerkers van het Strafhof".
        "oprekken", "opleggen", "meegaan met",
        // Weighing a thing in a decision asks for it to count: "het niet langer laten meewegen van huidskleur bij
        // controles" asks it not to.
        "meewegen", "laten meewegen",
        // Bringing a thing in line with a ruling asks more of the ruling: "de werkinstructies van de marechaussee in
        // lijn brengen met het arrest van het hof"; raising a fee with prices: "de uurtarieven van sociaal advocaten
        // jaarlijks indexeren".
        "in lijn brengen met", "in overeenstemming brengen met", "indexeren", "indexering",
        // Minimum standards for a thing ask it done well, more of it: "minimale eisen hanteren voor de
        // opvanglocaties waar kinderen verblijven". Not "eisen stellen aan": stricter demands on people ask less.
        "minimale eisen", "minimumeisen", "minimumnormen", "kwaliteitseisen", "kwaliteitsnormen",
        "minimale eisen hanteren voor", "minimumeisen hanteren voor", "minimumnormen hanteren voor",
        // Sparing a thing from cuts keeps it: "het Juridisch Loket ontzien bij nieuwe besparingsvoorstellen"; so does
        // keeping it going: "de gesubsidieerde rechtsbijstand voor asielzoekers in stand te houden".
        "ontzien", "in stand houden", "in stand gehouden", "overeind houden",
        // Declaring a thing: "per direct de asielcrisis uit te roepen", "een noodverordening af te kondigen"; saying
        // there is one: "spreekt uit dat er sprake is van een asielcrisis" ("geen sprake van" denies it).
        "uitroepen", "afkondigen", "uitgeroepen", "afgekondigd", "sprake van", "sprake is van", "sprake zijn van",
        // Following it up: "de aanbevelingen op te volgen"; calling it indispensable: "spreekt uit dat UNRWA onmisbaar
        // is voor de humanitaire hulp in Gaza".
        "opvolgen", "onmisbaar", "onmisbare", "essentieel", "essentiele", "cruciaal", "cruciale",
        "uitvoeren", "naleven", "na te leven", "nageleefd", "naleving", "steunen", "ondersteunen", "financieren",
        "vergoeden", "verhogen", "verlengen",
        // Keeping it as it is: "dat artikel 120 van de Grondwet ongewijzigd moet blijven".
        "ongewijzigd",
        // Steps towards it: "geen stappen te zetten naar rechterlijke toetsing van wetten aan de Grondwet".
        "stappen zetten naar", "stappen te zetten naar", "stappen naar", "stappen richting", "stap naar",
        "verruimd", "versterkt", "gewaarborgd", "gegarandeerd", "geborgd", "beschermd",
        "verbeterd", "hersteld", "verlengd", "toegestaan", "geintensiveerd",
        "handhaven", "handhaving", "toegang tot", "realiseren", "faciliteren", "aanbieden",
        "gehandhaafd", "gerealiseerd", "gefaciliteerd", "extra", "ophogen",
        // More on top of what there is: "additionele plekken voor hervestigde statushouders", "een hoger bedrag voor
        // de eerste opvang".
        "additionele", "aanvullende", "hoger", "hogere",
        // Wider: "een ruimer kinderpardon", "ruimere bevoegdheden voor preventief fouilleren"; enough of it: "voldoende
        // opvangplekken".
        "ruimer", "ruimere", "voldoende",
        // Acceptable asks for it, and never acceptable for none: "etnisch profileren nooit acceptabel is".
        "acceptabel", "aanvaardbaar", "toelaatbaar",
        "bepleiten", "pleiten voor", "aandringen op", "bepleit", "toelaten", "toelating", "toegelaten", "overnemen",
        "overgenomen", "compenseren", "gecompenseerd", "verplicht stellen", "verplicht gesteld",
        "verankeren", "verankering", "verankerd", "vastleggen", "opnemen",
        "inzetten voor", "inzet voor", "voortzetten", "voortzetting",
        // Deploying a means asks more of it: "waterkanonnen in te zetten tegen klimaatactivisten", "de inzet van
        // preventief fouilleren". The verb as written (`verbsOnly`): "inzet" alone is also a stance, "de Nederlandse
        // inzet".
        "inzetten", "inzet van",
        // Pushing it through: "de plannen voor een politiestrafbeschikking niet door te zetten" asks none of it.
        "doorzetten",
        "continueren", "toevoegen aan", "vergroten", "vergroting", "vergroot", "verdubbelen", "verdubbeling",
        // Widening and speeding it up: "de opvang te verbreden", "de hervestiging te versnellen".
        "verbreden", "verbreding", "versnellen", "versnelling",
        // Resuming a thing asks more of it: "de export van F-35-onderdelen naar Israël te hervatten"; holding on to
        // it keeps it: "vast te houden aan het toetsingsverbod".
        "hervatten", "hervatting", "vasthouden aan",
        // Keeping to it: "zich onverkort te houden aan de voorlopige maatregelen van het Internationaal Gerechtshof".
        "houden aan", "te houden aan",
        "investeren in", "investering in", "inzetten op", "uitbouwen", "opschalen", "hervestigen", "herplaatsen",
        // Spending money or attention on it: "een deel van de 200 miljoen euro besteden aan de aanbevelingen van de
        // commissie-Van der Meer II".
        "besteden aan", "te besteden aan",
        // Setting a thing up asks more of it: "een humanitair toelatingsprogramma voor Afghanen op te zetten", "de
        // oprichting van een terugkeerhub"; so do making it easier and working with it: "de ongewenstverklaring van
        // criminele vreemdelingen te vergemakkelijken", "niet mee te werken aan de oprichting van terugkeerhubs".
        "opzetten", "oprichten", "oprichting", "opgericht", "vergemakkelijken", "makkelijker maken",
        "eenvoudiger maken", "meewerken aan", "medewerking aan", "medewerking verlenen aan",
        // Joining it: "het aansluiten bij de zaak van Zuid-Afrika tegen Israël"; securing it in a negotiation: "een
        // opt-out voor een aantal Europese richtlijnen bedingen".
        "aansluiten bij", "aansluiting bij", "aansluiten in", "bedingen",
        "aandacht vragen voor", "bieden", "een veilig thuis",
        // Inviting people asks more of them coming: "het uitnodigen van 250 Syrische vluchtelingen". As written
        // (`verbsOnly`): "stoppen met uitnodigende woorden over vluchtelingen" stops the words.
        "uitnodigen",
        // Meeting or providing for a thing asks more of it: "voor 1 augustus 2022 voldoen aan de minimumeisen voor
        // opvang", "voorzien in de minimale eisen voor opvangvoorzieningen"; so does arriving at it or seeing to it:
        // "te komen tot opvang die voor langdurige bewoning door kinderen geschikt is", "te zorgen voor voldoende
        // opvang" (with "te": "de medische zorg voor asielzoekers" is a noun).
        "voldoen aan", "voorzien in", "komen tot", "te zorgen voor", "zorg te dragen voor",
        // Opening a thing up asks more of it: "het Juridisch Loket openstellen voor middeninkomens"; so does bringing
        // it back: "grenscontroles herintroduceren op basis van artikel 25 Schengengrenscode".
        "openstellen", "open te stellen", "openstelling", "herintroduceren", "herintroductie", "herinvoeren",
        "herinvoering",
        // Designating, putting to use and making available ask more of what they are for: "aanwijzen van locaties
        // voor opvang", "ingebruikname van rijksvastgoed voor de opvang", "opvangplaatsen … ter beschikking te stellen
        // voor asielzoekers".
        "aanwijzen", "ingebruikname", "ter beschikking stellen", "beschikbaar stellen", "beschikbaar maken",
        // Proposals and plans for a thing ask more of it: "voorstellen voor rechtsbijstand aan militairen".
        "voorstellen voor", "voorstel voor", "plan voor", "plannen voor",
        // Delivering what was promised: "opleveren van alle toegezegde opvangplekken".
        "opleveren", "oplevering",
        // Paying it out asks more of what it is for: "het voor UNRWA gereserveerde bedrag direct uitkeren".
        "uitkeren", "uitbetalen", "uitbetaling",
        // Hurrying a thing asks more of it, sooner: "haast te maken met een aparte en robuuste opvangvoorziening".
        "haast maken met",
        // Taking part in a thing asks more of it: "participeren in het tijdelijk humanitair toelatingsprogramma".
        "participeren in", "deelnemen aan", "deelname aan",
        // Eligibility for a thing asks more of it: "gewortelde kinderen in aanmerking laten komen voor een kinderpardon".
        "in aanmerking komen voor", "in aanmerking laten komen voor",
        // Only the verb split around "te", or as a noun with "het": "opvangen" would match the noun "opvang" by its
        // stem, which is a "de" word ("het opvangen van kinderen uit Moria").
        "op te vangen", "het opvangen van", "naar Nederland halen", "naar Nederland te halen",
        // Building, opening and keeping open ask more of what they are for: "het bouwen van nieuwe azc's", "het
        // openhouden van rechtspraaklocaties"; releasing people asks more of them free: "het vrijlaten van
        // gearresteerde demonstranten".
        "bouwen", "bouw van", "openhouden", "open houden", "heropenen", "vrijlaten", "vrijlating",
        "vrij te laten",
    ].map { FoldedPhrase($0, wholeWords: true) }
    /// Issuing and granting a thing ask more of it ("nimmer verstrekken van verblijfsvergunningen aan vreemdelingen
    /// die een misdrijf hebben gepleegd" asks fewer, "tijdelijk verlenen van een verblijfsvergunning asiel" more);
    /// a negation of one passes on to whom it is given (`givingStems`).
    static let giving = ["verstrekken", "verstrekking", "verlenen", "verlening", "toekennen", "toekenning", "geven"]
        .map { FoldedPhrase($0, wholeWords: true) }
    /// Asking words that say how much of the noun after them is asked ("minder asielzoekers", "lager
    /// politiepersoneel"): they match as written, never by their stem ("minderheid" is no "minder"), and bear only
    /// on a phrase after them.
    static let modifiers: Set<String> = [
        "minder", "lager", "lagere", "meer", "extra", "additionele", "aanvullende", "hoger", "hogere", "ruimer",
        "ruimere", "voldoende",
    ]
    /// Verbs that ask only as verbs: their noun of the same stem names a plan, not an ask ("een gecoördineerde
    /// aanpak voor de herplaatsing van vluchtelingen" asks no less relocation; "aanpak van" is listed for tackling).
    /// They match as written, never by their stem, and give no participle (`withSplitForms`): "uitnodigende woorden"
    /// and "uitgenodigde vluchtelingen" name words and people, "aanwijzingen van pushbacks" are signs of them.
    static let verbsOnly: Set<String> = [
        "aanpakken", "uitnodigen", "aanwijzen", "staken", "terugkeren", "vervolgen", "inzetten",
        // Paying for a thing, not the fee: "vergoedingen" is a noun of money (`feeNouns`).
        "vergoeden",
    ]
    /// The stems of `giving`, to tell them among a clause's asking words.
    static let givingStems = Set(giving.map { $0.stems[0] })
    /// Participles of verbs that split nowhere, so none is derived (`withSplitForms`), asking less or more: "hoe de
    /// asielinstroom kan worden verminderd". They ask only as written: inflected before a noun they describe it ("in
    /// tijden van verhoogde asielinstroom" asks nothing).
    static let lessParticiples = [
        "verminderd", "verlaagd", "beeindigd", "gestopt", "verkleind", "gereduceerd", "gehalveerd", "geweerd",
        "teruggebracht", "gearresteerd", "genegeerd",
        // Unjust or unlawful, as written: "spreekt uit dat het arrestatiebevel tegen de Israëlische premier onterecht
        // is"; inflected before a noun they describe it ("bij onterechte claims").
        "onterecht", "onrechtmatig",
    ]
    static let moreParticiples = ["verhoogd", "verdubbeld", "gestimuleerd", "bevorderd", "opgevolgd"]
    static let participles = Set(lessParticiples + moreParticiples)
    /// The asking words matched as written, never by their stem: `modifiers`, `verbsOnly` and `participles` (and,
    /// as whole words with a stem of three letters, "weren": `FoldedPhrase.wholeWords`).
    static let matchedAsWritten = modifiers.union(verbsOnly).union(participles)
    /// The articles: after a pledge phrase, an asking word with one before it heads a noun of its own.
    static let articles: Set<String> = ["de", "het", "een"]
    /// How many words after a pledge phrase an asking word still bears on it ("preventief fouilleren kan worden
    /// verruimd", "alle asielzoekers die over land naar Nederland komen tegenhouden"); at ten, a dictum's later asks
    /// reach phrases they do not bear on.
    static let directionReachAfter = 8
    /// The words that may stand between an asking word and the pledge phrase after it, besides numbers and
    /// adjectives (`isLinking`): "bestrijden van het etnisch profileren" asks less of it, "terugdringen van isolatie
    /// in vreemdelingendetentie" asks nothing of detention itself.
    static let linkingWords: Set<String> = Set([
        "van", "de", "het", "een", "op", "aan", "alle", "te", "voor", "tot",
        // The money for something, and who may have it: "extra budget voor de sociale advocatuur", "bezuiniging op de
        // rechtspraak", "verhogen van de tarieven van sociaal advocaten", "verruimen van de inkomensgrenzen voor
        // gesubsidieerde rechtsbijstand".
        "budget", "geld", "middelen", "uitgaven", "inkomensgrens", "inkomensgrenzen", "bedrag", "bedragen", "begroting",
        // Priority or a place for someone: "beëindigen van de voorrang voor statushouders" asks less for them,
        // "additionele plekken voor hervestigde statushouders" more.
        "voorrang", "voorrangsregeling", "voorrangspositie", "voorrangsstatus", "voorrangstatus", "plek", "plekken",
        "plaatsen",
        // The powers to do a thing: "ruimere bevoegdheden voor preventief fouilleren".
        "bevoegdheid", "bevoegdheden",
        // Buildings and sites for something: "het per direct aanwijzen van locaties voor opvang", "ingebruikname van
        // rijksvastgoed voor de opvang van Oekraïense ontheemden".
        "locatie", "locaties", "gebouw", "gebouwen", "pand", "panden", "vastgoed", "rijksvastgoed",
        // The risk of something: "ontdoen van risico's op vooringenomenheid" asks less of the bias (folding
        // reads "risico's" as "risico s").
        "risico", "s",
        // Strong past participles keep their "-en" as adjectives: "opschorten van gedwongen uitzettingen naar
        // ebolagebieden", "terugsturen van afgewezen asielzoekers".
        "gedwongen", "afgewezen", "uitgewezen", "toegelaten", "gesloten", "ingesloten",
        // How many: "opnemen van minstens 400 vluchtelingen", "terugbrengen van het aantal eerste asielaanvragen",
        // "het verhogen van het quotum voor hervestiging".
        "aantal", "quotum", "percentage", "minstens", "ten", "minste", "maximaal", "circa", "ruim",
        // An adjective without its "-e" before a neuter noun: "een tijdelijk humanitair toelatingsprogramma".
        "tijdelijk",
    ]).union(feeNouns)

    /// Whether the words between an asking word and a phrase after it all let the ask through (`isLinking`), or are
    /// ties with what the phrase names: "een verbod op economische relaties met nieuwe Israëlische nederzettingen"
    /// asks less of the settlements, "intensiveren van de samenwerking met het Strafhof" more of the court.
    static func linksAcross(_ words: ArraySlice<String>, after asking: String = "") -> Bool {
        for index in words.indices where !isLinking(words[index]) {
            // An adjective without its "-e" before a neuter noun after "een": "een ambitieus hervestigingsprogramma".
            let afterEen = index > words.startIndex ? words[index - 1] == "een" : asking.hasSuffix("een")
            if afterEen, uninflectedAdjective(words[index]) { continue }
            // A law or scheme named by the phrase right after it: "verlenging van de Tijdelijke wet bestuurlijke
            // maatregelen terrorismebestrijding".
            if index == words.endIndex - 1, namingHeads.contains(words[index]) { continue }
            // A proposal to do the thing, right before what it proposes (`proposals`): "het intrekken van het
            // wetsvoorstel tot invoering van een tweestatusstelsel".
            if index == words.endIndex - 2, proposals.contains(words[index]),
                ["tot", "ter", "voor"].contains(words[index + 1])
            {
                continue
            }
            // The use of or trade in a thing stands for it: "het stoppen van de export van F-35-onderdelen". Not the
            // other `transparentHeads`: "inzetten voor opvang van Eritrese vluchtelingen in de regio" asks for none
            // of them here, "bestrijden van elke vorm van shariarechtspraak" no less of the courts.
            if passingHeads.contains(words[index]), index + 1 < words.endIndex, words[index + 1] == "van" {
                continue
            }
            // Trade to and from a place: "een handelsverbod voor producten en diensten van en naar de illegale
            // Israëlische nederzettingen".
            if ["en", "naar"].contains(words[index]) {
                let van = words[index] == "en" ? index - 1 : index - 2
                if van - 1 >= words.startIndex, van + 2 < words.endIndex, words[van] == "van",
                    words[van + 1] == "en", words[van + 2] == "naar", tradedNouns.contains(words[van - 1])
                {
                    continue
                }
            }
            // Nouns of trade joined, which pass together as one does: "een verbod op de invoer en verkoop van goederen
            // en diensten uit de illegale nederzettingen".
            if inTradeRun(words[index]) {
                var first = index
                while first > words.startIndex, inTradeRun(words[first - 1]) { first -= 1 }
                var next = index
                while next < words.endIndex, inTradeRun(words[next]) { next += 1 }
                let run = words[first..<next]
                if run.filter(tradedNouns.contains).count >= 2, tradedNouns.contains(run.first!),
                    tradedNouns.contains(run.last!), next < words.endIndex,
                    words[next] == "van" || (words[next] == "uit" && run.contains(where: goodsHeads.contains))
                {
                    continue
                }
            }
            // A noun that stands for what follows its preposition, and that preposition (`standsFor`): "de bijdrage
            // aan het Internationaal Strafhof", "extra plaatsen in de ebtl", "producten uit nederzettingen",
            // "economische relaties met nieuwe Israëlische nederzettingen".
            if index + 1 < words.endIndex, standsFor(words[index], words[index + 1]) { continue }
            if index > words.startIndex, standsFor(words[index - 1], words[index]) { continue }
            // The first part of a compound written with a hyphen, split off by folding: "een VN-tribunaal", "het
            // beperken van de OM-strafbeschikking".
            if index == words.endIndex - 1, hyphenPrefixes.contains(words[index]) { continue }
            // Two adjectives joined: "haast te maken met een aparte en robuuste opvangvoorziening".
            let joined =
                (words[index] == "en" || words[index] == "of") && index > words.startIndex
                && index + 1 < words.endIndex && isAdjective(words[index - 1]) && isAdjective(words[index + 1])
            if !joined { return false }
        }
        return true
    }

    /// Whether a word has an adjective's ending that drops no "-e" before a neuter noun ("ambitieus", "structureel",
    /// "humanitair" is listed as `tijdelijk` is).
    static func uninflectedAdjective(_ word: String) -> Bool {
        word.utf8.count > 5
            && ["ieus", "eel", "aal", "ief", "isch", "lijk", "baar", "zaam"].contains(where: word.hasSuffix)
    }

    /// Whether a noun before this preposition stands for what follows it (`linksAcross`): money or room given to it
    /// (`givenTo`), goods from a place ("uit"), ties with someone ("met").
    static func standsFor(_ head: String, _ preposition: String) -> Bool {
        givenTo(head, preposition) || (preposition == "uit" && (goodsHeads.contains(head) || occupiers.contains(head)))
            || (preposition == "met" && relationNouns.contains(head))
            || (preposition == "over" && decisionHeads.contains(head))
    }

    /// Decisions, which stand for what they are about after "over" (`standsFor`): "de opschorting van besluiten over
    /// de financiering van de UNRWA opheffen" asks for the funding.
    static let decisionHeads: Set<String> = ["besluit", "besluiten", "besluitvorming"]

    /// Troops, who stand for the occupation of the place they leave after "uit" (`standsFor`).
    static let occupiers: Set<String> = ["troepen", "strijdkrachten", "militairen", "leger", "kolonisten"]

    /// The nouns of trade and of what is traded, which pass an ask on to what they trade in when joined by "en" or
    /// "of" (`linksAcross`).
    static let tradedNouns = goodsHeads.union([
        "uitvoer", "export", "doorvoer", "verkoop", "promotie", "handel", "aankoop", "levering", "diensten",
    ])

    /// Whether a word belongs to a run of nouns of trade joined by "en" or "of" (`linksAcross`).
    static func inTradeRun(_ word: String) -> Bool { tradedNouns.contains(word) || word == "en" || word == "of" }

    /// Goods, which stand for the place they come from after "uit" (`standsFor`).
    static let goodsHeads: Set<String> = ["producten", "goederen", "import", "invoer"]

    /// Abbreviations folding splits off a compound written with a hyphen ("VN-tribunaal", "OM-strafbeschikking"),
    /// part of the name that follows.
    static let hyphenPrefixes: Set<String> = ["vn", "eu", "om"]

    /// The nouns of a proposal to do a thing, which an ask reaches through before "tot", "ter" or "voor" and what it
    /// proposes (`linksAcross`): "het intrekken van het wetsvoorstel tot invoering van …".
    static let proposals: Set<String> = [
        "wetsvoorstel", "voorstel", "plan", "plannen", "voornemen", "besluit", "initiatiefwetsvoorstel",
    ]

    /// The nouns a name follows: a law, scheme or decree called by the phrase after it (`linksAcross`).
    static let namingHeads: Set<String> = [
        "wet", "regeling", "besluit", "richtlijn", "verordening", "wetsvoorstel", "initiatiefwetsvoorstel",
    ]

    /// The nouns of using and trading a thing, which an asking word reaches through to it (`linksAcross`).
    static let passingHeads: Set<String> = Set([
        "gebruik", "inzet", "toepassing", "aankoop", "levering", "export", "uitvoer", "doorvoer", "import", "invoer",
        // What makes a body or scheme work stands for it: "zich in te zetten voor de onafhankelijkheid van het
        // Internationaal Strafhof", "de financiering van de rechtsbijstand te verhogen".
        "onafhankelijkheid", "functioneren", "financiering", "positie", "integriteit", "effectiviteit", "gezag",
    ]).union(adviceNouns)

    /// What a body advises, which stands for it (`passingHeads`, `transparentHeads`): "het uitvoeren van scenario 1
    /// van de commissie-Van der Meer", "het opvolgen van het advies van de commissie-Van der Meer".
    static let adviceNouns: Set<String> = ["advies", "adviezen", "aanbeveling", "aanbevelingen", "scenario"]

    /// The fees paid for a thing (`linkingWords`, `transparentHeads`): "verhogen van de tarieven van sociaal
    /// advocaten", "de tarieven van sociaal advocaten verhogen".
    static let feeNouns: Set<String> = [
        "tarief", "tarieven", "uurtarief", "uurtarieven", "punttarief", "punttarieven", "vergoeding", "vergoedingen",
    ]

    /// The nouns of money given to a thing, which an asking word reaches through to it before "aan" or "voor"
    /// (`linksAcross`).
    static let fundingHeads: Set<String> = ["bijdrage", "subsidie", "subsidies", "financiering", "capaciteit", "steun"]

    /// Whether a `fundingHeads` noun before this preposition is money or room given to what follows: "aan" always,
    /// "voor" but for a contribution, which before "voor" is a fee ("de eigen bijdrage voor rechtsbijstand"); or a
    /// `roomHeads` noun room in it.
    static func givenTo(_ head: String, _ preposition: String) -> Bool {
        fundingHeads.contains(head) && (preposition == "aan" || (preposition == "voor" && head != "bijdrage"))
            || (roomHeads.contains(head) && preposition == "in")
    }

    /// The room in a place, which stands for it before "in": "extra plaatsen in de extra begeleidings- en
    /// toezichtlocatie".
    static let roomHeads: Set<String> = ["plaatsen", "plekken", "capaciteit", "bedden"]

    /// Nouns of ties with someone, and of trials with something, which stand for them before "met" (`standsFor`).
    static let relationNouns: Set<String> = [
        "relatie", "relaties", "betrekkingen", "handel", "handelsrelaties", "banden", "samenwerking", "contacten",
        "contact",
        // Trials done with a thing stand for it too: "het beëindigen van alle projecten met het Systeem Risico
        // Indicatie", "het stoppen van de pilot met bodycams".
        "project", "projecten", "pilot", "pilots", "experiment", "experimenten", "proef", "proeven",
    ]

    /// Whether a word may stand between an asking word and the phrase it governs: one of `linkingWords`, a number
    /// ("opnemen van minstens 400 vluchtelingen") or an attributive adjective ("intrekken van tijdelijke
    /// asielvergunningen"): a word of more than three letters that ends in "e", not in "ie" (a noun: "een visie op
    /// de toegang tot het recht").
    static func isLinking(_ word: String) -> Bool {
        // Money named by what it is for or whose it is: "bezuiniging op het activiteitenbudget van het COA", "geen
        // belastinggeld voor het herstel van de Gazastrook".
        if linkingWords.contains(word) || word.hasSuffix("budget") || word.hasSuffix("budgetten")
            || word.hasSuffix("geld")
        {
            return true
        }
        let bytes = word.utf8
        guard let last = bytes.last else { return false }
        if last == UInt8(ascii: "e") { return isAdjective(word) }
        return bytes.allSatisfy { ($0 >= UInt8(ascii: "0") && $0 <= UInt8(ascii: "9")) || $0 == UInt8(ascii: ".") }
    }

    /// Whether a word reads as an attributive adjective: more than three letters ending in "e", not in "ie" (a noun:
    /// "visie"), and not a preposition that ends so (`prepositionsInE`).
    static func isAdjective(_ word: String) -> Bool {
        word.utf8.count > 3 && word.hasSuffix("e") && !word.hasSuffix("ie") && !prepositionsInE.contains(word)
    }

    /// Prepositions that end in "e" like an adjective, and start a phrase of their own: "voorkomen dat huurcontracten
    /// worden opgezegd vanwege opvang van Oekraïense vluchtelingen" asks nothing less of the reception.
    static let prepositionsInE: Set<String> = ["vanwege", "inzake", "gedurende", "betreffende", "aangaande"]

    /// A word that asks for less or more of what it names, where it stands in its clause (`end`: the position after it).
    struct AskingWord {
        let start: Int
        let end: Int
        let wants: LinkHints.Wants
        let words: String
        /// For a preposition that asks as part of a verb or noun before it ("vervangen … door", "aanpassen … aan",
        /// "maatregelen … tegen"), where that verb or noun stands: it asks only of what follows it.
        var joinedTo: Int? = nil
        /// For "only" some words before an allowing verb ("uitsluitend … mogelijk maken"), the allowing words: what
        /// is asked where the allowed thing is one of a kind already (`read`).
        var allowing: String? = nil

        /// The request a subject line makes by opening with a bare noun: no word of its own, read last
        /// (`direction`).
        static let bareSubject = AskingWord(start: 0, end: 0, wants: .more, words: "")
        var isBareSubject: Bool { start == end }
        /// The request a subject line makes by opening with "een": "over een opt-out op het gebied van immigratie".
        static let openingEen = AskingWord(start: 0, end: 1, wants: .more, words: "een")
        var isOpeningEen: Bool { start == 0 && end == 1 && words == "een" }
    }

    /// The asking words, less then more, each with its direction and its place in that order.
    static let askingWords: [(phrase: FoldedPhrase, wants: LinkHints.Wants)] =
        withSplitForms(lessWords + lessParticiples.map { FoldedPhrase($0, wholeWords: true) }).map { ($0, .less) }
        + withSplitForms(moreWords + giving + moreParticiples.map { FoldedPhrase($0, wholeWords: true) }).map {
            ($0, .more)
        }

    /// The particles that split from a Dutch separable verb around "te" in the infinitive a dictum asks with:
    /// "afschaffen" is "de asielvergunning voor onbepaalde tijd af te schaffen", "terugsturen" is "terug te sturen".
    static let separableParticles = [
        "terug", "voort", "tegen", "vast", "over", "door", "neer", "aan", "toe", "uit", "weg", "mee", "bij", "af", "in",
        "op",
    ]

    /// `phrases`, each followed by its split form where it holds a separable verb ("intrekken van" and "in te
    /// trekken van", "verblijfsvergunning intrekken" and "verblijfsvergunning in te trekken"), and by its past
    /// participle as a weak verb makes it ("terugsturen": "teruggestuurd", "aanscherpen": "aangescherpt"). A verb
    /// that only looks separable ("intensiveren"), or a strong one ("intrekken": not "ingetrekt"), gives a form no
    /// text has. A phrase whose verb follows other words takes "te" before it as a dictum's infinitive does
    /// ("strafbaar stellen": "strafbaar te stellen", "in aanmerking laten komen voor": "in aanmerking te laten komen
    /// voor"); and a verb asked to go on takes "blijven" ("in te blijven zetten op", "over in blijven zetten op",
    /// "aandacht te blijven vragen voor"), which asks what the verb asks.
    package static func withSplitForms(_ phrases: [FoldedPhrase]) -> [FoldedPhrase] {
        var all = phrases
        var known = Set(phrases.map(\.folded))
        func add(_ words: [String], like phrase: FoldedPhrase) {
            let variant = FoldedPhrase(words.joined(separator: " "), wholeWords: phrase.wholeWords)
            if known.insert(variant.folded).inserted { all.append(variant) }
        }
        for phrase in phrases {
            for (isParticiple, form) in [(false, splitForm), (true, participle)] {
                // A verb that asks only as a verb has no participle that asks: "uitgenodigde vluchtelingen" are people.
                if isParticiple && verbsOnly.contains(phrase.folded) { continue }
                var changed = false
                let words = phrase.words.map { word -> String in
                    // An infinitive in "-aan" ("toestaan") splits, but is a strong verb: its participle is listed.
                    guard word.hasSuffix("en") || (!isParticiple && word.hasSuffix("aan")),
                        let (particle, root) = separable(word)
                    else { return word }
                    changed = true
                    return form(particle, root)
                }
                if changed { add(words, like: phrase) }
            }
            // Not of a participle: "ingetrokken" gives no "in blijven getrokken".
            if let index = phrase.words.firstIndex(where: { $0.hasSuffix("en") && separable($0) != nil }),
                let (particle, root) = separable(phrase.words[index]), !root.hasPrefix("ge")
            {
                for inserted in [
                    [particle, "te", "blijven", infinitive(root)], [particle, "blijven", infinitive(root)],
                ] {
                    add(Array(phrase.words[..<index]) + inserted + phrase.words[(index + 1)...], like: phrase)
                }
            } else if let index = infinitiveAfterWords(phrase.words) {
                for inserted in [["te"], ["te", "blijven"], ["blijven"]] {
                    add(Array(phrase.words[..<index]) + inserted + phrase.words[index...], like: phrase)
                }
            }
        }
        return all
    }

    /// A separable verb's particle and its infinitive without the ending "en" or "n" ("afschaffen": "af", "schaff";
    /// "toestaan": "toe", "sta"), or nil for a word with no particle `separableParticles` knows and four letters
    /// after it.
    static func separable(_ word: String) -> (particle: String, root: String)? {
        guard
            let particle = separableParticles.first(where: {
                word.hasPrefix($0) && word.utf8.count >= $0.utf8.count + 4
            })
        else { return nil }
        return (particle, String(word.dropFirst(particle.count).dropLast(2)))
    }

    /// Where "te" goes in a phrase whose verb follows other words: before its last word in "-en" or "-aan" that is
    /// no preposition, participle or noun after a preposition, article or adjective ("aan banden leggen", "in de
    /// wind slaan"), and before a "laten" or "blijven" that verb follows ("in aanmerking laten komen voor"); nil
    /// where the verb comes first, is separable (`withSplitForms` splits it) or has its "te" already.
    static func infinitiveAfterWords(_ words: [String]) -> Int? {
        guard
            var index = words.indices.last(where: {
                $0 >= 1 && words[$0].utf8.count >= 5
                    && (words[$0].hasSuffix("en") || words[$0].hasSuffix("aan"))
                    && !nonVerbsInEn.contains(words[$0])
            })
        else { return nil }
        if index >= 2, ["laten", "blijven"].contains(words[index - 1]) { index -= 1 }
        let before = words[index - 1]
        guard before != "te", !words[index].hasPrefix("ge"), separable(words[index]) == nil,
            !articles.contains(before), !prepositions.contains(before), !isAdjective(before)
        else { return nil }
        return index
    }

    /// Words in "-en" that are no verb (`infinitiveAfterWords`, `holdsVerb`): prepositions ("strijd tegen",
    /// "wetgeving tegen"), "geen", "alleen", "even" and numbers ("een verblijfsstatus voor 1F'ers na tien jaar geen
    /// veroordeling" names what it asks for).
    static let nonVerbsInEn: Set<String> = [
        "tegen", "binnen", "buiten", "boven", "tussen", "zonder", "jegens", "geen", "alleen", "even", "tien", "zeven",
        "negen", "veertien", "zeventien", "negentien",
    ]

    /// A one-word verb hint also in the present tense of one, as a declaration has it: "spreekt uit dat Nederland
    /// uitspraken van het Internationaal Gerechtshof altijd respecteert" (from "respecteren"); a separable one as a
    /// clause after "dat" joins it ("uitvoert").
    static func withPresentForms(_ phrases: [FoldedPhrase]) -> [FoldedPhrase] {
        var all = phrases
        var known = Set(phrases.map(\.folded))
        for phrase in phrases where phrase.wholeWords && phrase.words.count == 1 {
            let word = phrase.words[0]
            // A separable verb too, joined as a clause after "dat" has it: "dat Nederland arrestatiebevelen van het
            // Internationaal Strafhof altijd uitvoert".
            guard word.hasSuffix("en"), word.utf8.count > 5 else { continue }
            let present = presentTense(String(word.dropLast(2)))
            let variant = FoldedPhrase(present, wholeWords: true)
            if known.insert(variant.folded).inserted { all.append(variant) }
        }
        return all
    }

    /// The present tense of a weak verb for "hij" from its infinitive without "en": "respecter" gives "respecteert",
    /// "verbied" "verbiedt", "bescherm" "beschermt" (the stem as `participle` makes it, then "t" unless it ends in one).
    package static func presentTense(_ root: String) -> String {
        let participle = participle("", root)
        var stem = String(participle.dropFirst(2))
        if let last = stem.last, last == "t" || last == "d", !root.hasSuffix(String(last)) { stem.removeLast() }
        return stem.hasSuffix("t") ? stem : stem + "t"
    }

    /// "af te schaffen" from "af" and "schaff"; "toe te staan" from "toe" and "sta" (an infinitive in "-aan" ends in
    /// "-n", not "-en": "toestaan", "doorgaan").
    static func splitForm(_ particle: String, _ root: String) -> String { "\(particle) te \(infinitive(root))" }

    /// An infinitive from its root: "schaff" gives "schaffen", "sta" "staan".
    static func infinitive(_ root: String) -> String { root + (root.hasSuffix("a") ? "an" : "en") }

    /// The past participle of a weak separable verb from its particle and its infinitive without "en":
    /// "terug" and "stur" give "teruggestuurd", "aan" and "scherp" give "aangescherpt", "uit" and "faser" give
    /// "uitgefaseerd". The stem drops a doubled consonant ("schaff": "schaf") and doubles a single vowel in an open
    /// syllable ("stur": "stuur"); the ending is "t" after a consonant of 't kofschip, "d" after others, none after
    /// "t" or "d".
    package static func participle(_ particle: String, _ root: String) -> String {
        var stem = Array(root)
        let vowels: Set<Character> = ["a", "e", "i", "o", "u", "y"]
        if stem.count >= 2, stem[stem.count - 1] == stem[stem.count - 2], !vowels.contains(stem[stem.count - 1]) {
            stem.removeLast()
        } else if stem.count >= 3, !vowels.contains(stem[stem.count - 1]), vowels.contains(stem[stem.count - 2]),
            !vowels.contains(stem[stem.count - 3]), stem[stem.count - 2] != "i"
        {
            stem.insert(stem[stem.count - 2], at: stem.count - 1)
        }
        if stem.last == "v" { stem[stem.count - 1] = "f" }
        if stem.last == "z" { stem[stem.count - 1] = "s" }
        let last = stem.last ?? "d"
        let ending = last == "t" || last == "d" ? "" : "tkfschp".contains(last) ? "t" : "d"
        return particle + "ge" + String(stem) + ending
    }

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

    private static func quote(_ clause: FoldedText, _ position: Int, _ phrase: FoldedPhrase) -> String {
        "'\(clause.words[position..<(position + phrase.words.count)].joined(separator: " "))'"
    }

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

extension FoldedPhrase {
    /// Whether the phrase says its own negation ("niet uitbreiden", "geen financiering", "afzien van").
    fileprivate var holdsNegation: Bool {
        StanceReader.negations.contains { negation in
            words.count >= negation.count
                && words.indices.contains { start in
                    start + negation.count <= words.count && Array(words[start..<(start + negation.count)]) == negation
                }
        }
    }
}
