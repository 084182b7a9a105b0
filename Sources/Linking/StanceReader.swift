import Foundation
import Ledger
import Text

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

    /// The pledge's `other_deeds`: words that make a deed another one than the pledge's.
    let otherDeeds: [FoldedPhrase]
    /// The pledge's phrases, each with what the pledge wants of it: its `phrases` what it `wants`, its
    /// `counter_phrases` the opposite. Empty without `wants`.
    let subject: [(phrase: FoldedPhrase, wants: LinkHints.Wants, counter: Bool)]
    /// The phrases and hints above that say their own negation ("niet uitbreiden", "afzien van"), found once: asked
    /// for every phrase in every clause, scanning for them was 30% of a full relink of the corpus.
    let negating: Set<FoldedPhrase>
    /// The phrases of `subject`, and the `supports` and `opposes` hints (with their present and split forms), by how
    /// a word can start them: a clause's words are looked up once for all of them, where trying each at every word
    /// was a quarter of a relink.
    let subjectIndex: PhraseIndex
    let supportsIndex: PhraseIndex
    let opposesIndex: PhraseIndex

    package init(
        supports: [FoldedPhrase], opposes: [FoldedPhrase], subject: [FoldedPhrase] = [], wants: LinkHints.Wants? = nil,
        counter: [FoldedPhrase] = [], otherDeeds: [FoldedPhrase] = []
    ) {
        let supports = Self.withPresentForms(Self.withSplitForms(supports))
        let opposes = Self.withPresentForms(Self.withSplitForms(opposes))
        self.otherDeeds = Self.withPresentForms(Self.withSplitForms(otherDeeds))
        if let wants {
            let other = wants.opposite
            self.subject = subject.map { ($0, wants, false) } + counter.map { ($0, other, true) }
        } else {
            self.subject = []
        }
        negating = Set((supports + opposes + self.subject.map(\.phrase)).filter(\.holdsNegation))
        subjectIndex = PhraseIndex(self.subject.map(\.phrase))
        supportsIndex = PhraseIndex(supports)
        opposesIndex = PhraseIndex(opposes)
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
            // Only the phrases found, in their order (most of a pledge's are not in a clause).
            let subjectAt = subjectIndex.occurrences(in: clause)
            for number in subjectAt.keys.sorted() {
                let phrase = subject[number].phrase
                guard phrase.isUsable, !negating.contains(phrase) else { continue }
                for position in subjectAt[number]! {
                    spans.append((position, position + phrase.words.count, number))
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
            for (index, isSupport) in [(supportsIndex, true), (opposesIndex, false)] {
                var side: Set<Int> = []
                let hintAt = index.occurrences(in: clause)
                for number in hintAt.keys.sorted() {
                    let phrase = index.phrases[number]
                    guard phrase.isUsable else { continue }
                    // Two hints of one side that match the same words ("afschaffen", "afschaffing") are one signal.
                    for position in hintAt[number]!
                    where !side.contains(position)
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
                        let negation = negating.contains(phrase) ? nil : negation(before: position)
                        if let negation { denials.append(negation) }
                        let negated = negation?.words
                        // A noun (not a verb in "-en", whose object follows it) heads what follows it, and a removal
                        // after all it governs takes it away, as it does a phrase (below): "de opschorting van besluiten
                        // over de financiering van de UNRWA opheffen".
                        let hinted = clause.words[position]
                        let noun = phrase.words.count == 1 && (hinted.hasSuffix("ing") || !hinted.hasSuffix("en"))
                        let removal =
                            negating.contains(phrase)
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
                        if !negating.contains(phrase), negated == nil, noun {
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
                        if !negating.contains(phrase), denier == nil, undone == nil,
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
                    + (counter ? " (de belofte wil er \(wants == .more ? "meer" : "minder") van)" : "")
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

    private static func quote(_ clause: FoldedText, _ position: Int, _ phrase: FoldedPhrase) -> String {
        "'\(clause.words[position..<(position + phrase.words.count)].joined(separator: " "))'"
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
