import Core
import Deeds
import Foundation
import Ledger
import Text

/// Finds the pledges a deed bears on, with a confidence, a stance and an explanation.
///
/// Evidence, strongest first: the deed is a Kamerstuk or zaak the pledge names; the pledge's
/// phrases occur in the deed (in its title, its operative text, elsewhere, or the title of its dossier); the words
/// of the pledge's themes occur; the deed is in a dossier the pledge names; the pledge's words weigh in the
/// deed's text (a bm25 score over the deed index's statistics). A theme-wide pledge (`hints.theme_wide`) takes
/// the terms that name its theme as phrases, and two of the theme's context terms together count as one. Each piece adds weight, and
/// confidence is `1 − e^(−weight)`, so agreeing evidence raises it and nothing reaches 1. Without a
/// phrase or a reference, a link stays below 0.5: it shows the deed is on the pledge's subject, and
/// the scorer does not count it as evidence.
///
/// The stance is what the deed's operative text asks of the pledge (`StanceReader`), and the explanation is
/// Dutch, for the analyst: which zinsneden, themawoorden, dossier or reference matched, and why the stand.
///
/// A deed is read once for all pledges: every phrase of the ledger is in one `PhraseIndex`, and only
/// pledges with some evidence are weighed. Deeds of the Tweede Kamer link to national pledges only,
/// a council's deeds to that municipality's pledges only.
package struct Linker: Sendable {
    /// Changes whenever the way links are computed changes, so stored links are computed again.
    package static let version = "44"

    package let ledger: Ledger
    package let settings: LinkSettings
    private let profiles: [PledgeProfile]
    private let index: PhraseIndex
    /// Which profiles use each phrase as one of their phrases, exclusions or stance signals.
    private let phraseOwners: [Int: [Int]]
    /// Which themes use each phrase as a term, and the profiles of each theme.
    private let termThemes: [Int: [String]]
    /// Each theme's terms by their phrase numbers, in the ledger's order, with the words as written there.
    private let orderedThemeTerms: [(theme: String, terms: [(number: Int, original: String)])]
    /// Where each phrase stands among `orderedThemeTerms`: the theme's place and the term's place in it.
    private let termPlaces: [Int: [(theme: Int, place: Int)]]
    private let themeProfiles: [String: [Int]]
    private let referenceOwners: [String: [Int]]
    private let dossierOwners: [String: [Int]]
    /// The stems the full-text score weighs, numbered: a deed's words are counted by these numbers.
    private let searchVocabulary: [String]
    private let searchNumbers: [String: Int]
    /// Each profile's search stems by their numbers.
    private let profileSearchNumbers: [[Int]]
    /// Word readers with what they learned of each word, lent to one worker at a time.
    private let readers = ReaderPool()
    /// For a one-word context term, the context terms of which it can be the compound head ("rechter" of
    /// "strafrechter"), or which are of its word family (`sameFamily`): found with one of them, it may be the same
    /// word, so the two are no pair.
    private let nestedContext: [Int: Set<Int>]
    /// The phrases that are some theme's terms.
    private let allThemeTerms: Set<Int>
    /// The names of bodies within which a term is part of the name (`Theme.names`).
    private let bodyNames: Set<Int>

    /// Whether two one-word stems are of one word family: the first eight letters of either (all of it, if
    /// shorter) stand within the other ("discrimin" in "rassendiscriminatie", "protest" in "protester").
    static func sameFamily(_ one: String, _ other: String) -> Bool {
        other.contains(one.prefix(8)) || one.contains(other.prefix(8))
    }

    package init(ledger: Ledger, settings: LinkSettings = LinkSettings()) {
        self.ledger = ledger
        self.settings = settings
        var phrases: [FoldedPhrase] = []
        var ids: [String: Int] = [:]
        func id(_ text: String) -> Int { id(FoldedPhrase(text)) }
        // A stance hint that is a verb matches whole words only (`StanceReader.hint`), a phrase of its own.
        func hint(_ text: String) -> Int { id(StanceReader.hint(text)) }
        func id(_ phrase: FoldedPhrase) -> Int {
            let key =
                (phrase.wholeWords ? "=" : "") + (phrase.asWritten ? "\"" : "") + (phrase.opensCompounds ? "<" : "")
                + phrase.folded
            if let known = ids[key] { return known }
            ids[key] = phrases.count
            phrases.append(phrase)
            return phrases.count - 1
        }
        // Every term of a theme weighs for its pledges; the terms that name it are also the phrases of its
        // theme-wide pledges and the words of its rights alerts.
        var themeTerms: [String: [Int]] = [:]
        var namingTerms: [String: [Int]] = [:]
        var contextTerms: [String: [Int]] = [:]
        var contextPlaces: [[Int]] = []
        var termThemes: [Int: [String]] = [:]
        var orderedTerms: [(theme: String, terms: [(number: Int, original: String)])] = []
        for theme in ledger.themes {
            let numbered =
                theme.terms.map { (number: id($0), original: $0) }
                + theme.writtenTerms.map { (number: id(FoldedPhrase($0, asWritten: true)), original: $0) }
                + theme.openingTerms.map { (number: id(.opening($0)), original: $0) }
            namingTerms[theme.id] = Array(Set(numbered.map(\.number))).sorted()
            let written = theme.writtenContextTerms.map { id(FoldedPhrase($0, asWritten: true)) }
            let places = Array(Set(theme.contextPlaces.map(id))).sorted()
            contextPlaces.append(places)
            contextTerms[theme.id] = Array(Set(theme.contextTerms.map(id) + written + places)).sorted()
            let terms = Array(Set(numbered.map(\.number) + contextTerms[theme.id, default: []])).sorted()
            themeTerms[theme.id] = terms
            for term in terms { termThemes[term, default: []].append(theme.id) }
            var seen: Set<Int> = []
            orderedTerms.append((theme.id, numbered.filter { seen.insert($0.number).inserted }))
        }
        var profiles: [PledgeProfile] = []
        var phraseOwners: [Int: [Int]] = [:]
        var themeProfiles: [String: [Int]] = [:]
        var referenceOwners: [String: [Int]] = [:]
        var dossierOwners: [String: [Int]] = [:]
        for (number, pledge) in ledger.pledges.enumerated() {
            let hints = pledge.hints
            let onThemePhrases = hints.phrasesOnTheme + hints.counterPhrasesOnTheme
            let own = (hints.phrases + hints.counterPhrases + onThemePhrases).map(id)
            // A theme-wide pledge takes its themes' terms as phrases of its own.
            let themeWide = hints.themeWide ? Set(pledge.themes.flatMap { namingTerms[$0] ?? [] }) : []
            let profile = PledgeProfile(
                pledge: pledge, phrases: own + themeWide.subtracting(own).sorted(), themeWidePhrases: themeWide,
                themeWideContext: hints.themeWide ? Set(pledge.themes.flatMap { contextTerms[$0] ?? [] }) : [],
                exclude: hints.exclude.map(id),
                supports: hints.supports.map(hint), opposes: hints.opposes.map(hint),
                stanceReader: StanceReader(hints),
                themeTerms: Set(pledge.themes.flatMap { themeTerms[$0] ?? [] }),
                onTheme: Set(onThemePhrases.map(id)).subtracting((hints.phrases + hints.counterPhrases).map(id)),
                namingTerms: onThemePhrases.isEmpty ? [] : Set(pledge.themes.flatMap { namingTerms[$0] ?? [] }),
                searchStems: Set(
                    ((hints.phrases + hints.counterPhrases + onThemePhrases).flatMap(DutchText.contentWords)
                        + DutchText.contentWords(pledge.text))
                        .map(DutchStemmer.shared.stem)),
                table: phrases)
            for phrase in profile.phrases + profile.exclude { phraseOwners[phrase, default: []].append(number) }
            for theme in pledge.themes { themeProfiles[theme, default: []].append(number) }
            for reference in hints.kamerstukken + hints.zaken + hints.councilDocuments.map(\.id) {
                referenceOwners[reference, default: []].append(number)
            }
            for dossier in hints.dossiers { dossierOwners[dossier, default: []].append(number) }
            profiles.append(profile)
        }
        self.profiles = profiles
        self.bodyNames = Set(ledger.themes.flatMap(\.names).map(id))
        self.index = PhraseIndex(phrases)
        let context = Set(contextTerms.values.joined())
        var nested: [Int: Set<Int>] = [:]
        for inner in context where phrases[inner].stems.count == 1 {
            let head = phrases[inner].stems[0]
            for outer in context where outer != inner {
                // Two words of one family ("discriminerend", "rassendiscriminatie"; two spellings of one stem,
                // "discriminatoir", "discriminatoire") say one thing twice, never a pair: the first eight letters of
                // one's stem within the other's. The first of them stands for both.
                if outer < inner, phrases[outer].stems.count == 1, Self.sameFamily(head, phrases[outer].stems[0]) {
                    nested[inner, default: []].insert(outer)
                    continue
                }
                guard let last = phrases[outer].stems.last, last.count > head.count, last.hasSuffix(head) else {
                    continue
                }
                nested[inner, default: []].insert(outer)
            }
        }
        // Two places of one theme say where twice, no pair: the first stands for both.
        for places in contextPlaces {
            for (index, inner) in places.enumerated() {
                nested[inner, default: []].formUnion(places[..<index])
            }
        }
        self.nestedContext = nested
        self.allThemeTerms = Set(termThemes.keys)
        self.phraseOwners = phraseOwners
        self.termThemes = termThemes
        self.orderedThemeTerms = orderedTerms
        var termPlaces: [Int: [(theme: Int, place: Int)]] = [:]
        for (theme, ordered) in orderedTerms.enumerated() {
            for (place, term) in ordered.terms.enumerated() {
                termPlaces[term.number, default: []].append((theme, place))
            }
        }
        self.termPlaces = termPlaces
        self.themeProfiles = themeProfiles
        self.referenceOwners = referenceOwners
        self.dossierOwners = dossierOwners
        let vocabulary = profiles.reduce(into: Set<String>()) { $0.formUnion($1.searchStems) }.sorted()
        let numbers = Dictionary(uniqueKeysWithValues: vocabulary.enumerated().map { ($1, $0) })
        searchVocabulary = vocabulary
        searchNumbers = numbers
        profileSearchNumbers = profiles.map { profile in profile.searchStems.compactMap { numbers[$0] }.sorted() }
    }

    /// The stems the full-text score weighs, for every pledge: the content words of its phrases and text.
    ///
    /// Theme terms are left out on purpose: every pledge of a theme shares them, so they cannot
    /// tell which of those pledges a deed is about.
    package var searchStems: Set<String> { Set(searchVocabulary) }

    /// Links `deed` to every pledge it bears on with at least the minimum confidence.
    ///
    /// - Parameter statistics: how many deeds hold each stem, for the full-text score; without them there is none.
    package func links(for deed: Deed, statistics: TermStatistics? = nil) -> [Link] {
        links(for: [deed], statistics: statistics)
    }

    /// Links a batch of deeds on every core, in the order of `deeds`: the same links as one deed at a time.
    package func links(for deeds: [Deed], statistics: TermStatistics? = nil) -> [Link] {
        read(deeds, statistics: statistics).links
    }

    /// Links a batch of deeds on every core, and says which theme terms each one's title or operative text
    /// carries (for rights alerts), in the order of `deeds`.
    package func read(_ deeds: [Deed], statistics: TermStatistics? = nil) -> (
        links: [Link], themeTerms: [ThemeTerms]
    ) {
        let weights = statistics.map { statistics in searchVocabulary.map { statistics.weight(of: $0) ?? 0 } }
        let parts = deeds.concurrentChunks { _, part in
            readers.borrow { reader in
                part.map { deed in
                    let text = DeedText(
                        deed, index: index, terms: allThemeTerms, names: bodyNames, reader: reader,
                        searchNumbers: searchNumbers)
                    return (
                        links(for: deed, text: text, weights: weights, reader: reader),
                        themeTerms(of: deed.id, text: text)
                    )
                }
            }
        }
        return (parts.flatMap(\.0), parts.flatMap(\.1))
    }

    /// The theme terms in the deed's title or operative text, per theme, in the ledger's order.
    private func themeTerms(of deed: String, text: DeedText) -> [ThemeTerms] {
        // The few phrases found are looked up, rather than every term of every theme tried.
        var found: [(theme: Int, place: Int)] = []
        for phrase in text.ownTerms(operative: true) { found += termPlaces[phrase] ?? [] }
        guard !found.isEmpty else { return [] }
        return Dictionary(grouping: found, by: \.theme).sorted { $0.key < $1.key }.map { theme, places in
            let terms = orderedThemeTerms[theme].terms
            return ThemeTerms(
                deed: deed, theme: orderedThemeTerms[theme].theme,
                terms: places.map(\.place).sorted().map { terms[$0].original })
        }
    }

    /// - Parameter weights: each search stem's inverse document frequency, by its number; nil: no full-text score.
    private func links(for deed: Deed, text: DeedText, weights: [Double]?, reader: WordReader) -> [Link] {
        let level = DeedLevel(deed)
        var candidates: Set<Int> = []
        for phrase in text.matched { candidates.formUnion(phraseOwners[phrase] ?? []) }
        // The deed's words that are some theme's terms: each candidate's own are among these few.
        var themeWords: [Int] = []
        for term in text.ownTerms(operative: false) {
            guard let themes = termThemes[term] else { continue }
            themeWords.append(term)
            for theme in themes { candidates.formUnion(themeProfiles[theme] ?? []) }
        }
        themeWords.sort()
        for reference in [deed.id] + deed.refs.documents + deed.refs.zaken {
            candidates.formUnion(referenceOwners[reference] ?? [])
        }
        for dossier in deed.refs.dossiers { candidates.formUnion(dossierOwners[dossier] ?? []) }
        let weighed = candidates.sorted().compactMap { number -> (Int, Evidence)? in
            let profile = profiles[number]
            guard level.admits(profile.pledge),
                let evidence = evidence(profile, deed: deed, text: text, themeWords: themeWords)
            else {
                return nil
            }
            return (number, evidence)
        }
        // What the deed asks, read once for all its links: a motion's dictum, or its subject line.
        let operative =
            weighed.isEmpty
            ? nil
            : OperativeText(title: deed.title, dictum: deed.dictum) {
                reader.read($0, index: index, searchNumbers: searchNumbers).text
            }
        let scores = weighed.map { number, _ in
            weights.map { text.score(profileSearchNumbers[number], weights: $0) } ?? 0
        }
        let best = scores.max() ?? 0
        return zip(weighed, scores).compactMap { item, score in
            let fulltext = best > 0 ? min(1, score / settings.fulltextSaturation) * (score / best) : 0
            return link(
                profiles[item.0], deed: deed, text: text, operative: operative, evidence: item.1, fulltext: fulltext)
        }
    }

    /// What a deed shows of a pledge before the full-text score: weight, reasons and the strongest method.
    private struct Evidence {
        var weight = 0.0
        var reasons: [String] = []
        var method = Link.Method.fulltext
    }

    /// The context terms among `found` that are words of their own: one found with a term it may be the same word as
    /// (`nestedContext`: its compound, its family) is that term.
    private func distinctContext(_ found: [Int]) -> [Int] {
        found.filter { !(nestedContext[$0] ?? []).contains(where: found.contains) }
    }

    /// - Parameter themeWords: the phrases of the deed's title and text that are terms of some theme, in order.
    private func evidence(_ profile: PledgeProfile, deed: Deed, text: DeedText, themeWords: [Int]) -> Evidence? {
        let pledge = profile.pledge
        if profile.exclude.contains(where: text.all.contains) { return nil }
        var evidence = Evidence()
        let namedDocument = pledge.hints.kamerstukken.first { $0 == deed.id || deed.refs.documents.contains($0) }
        let namedZaak = pledge.hints.zaken.first { deed.refs.zaken.contains($0) }
        let namedCouncilDocument = pledge.hints.councilDocuments.first { $0.id == deed.id }
            .map { "\($0.kind.rawValue) \($0.id)" }
        if let reference = namedDocument ?? namedZaak ?? namedCouncilDocument {
            evidence.weight += settings.referenceWeight
            evidence.reasons.append("de belofte noemt \(reference)")
            evidence.method = .reference
        }
        var phraseHits: [String] = []
        var filedUnder: [String] = []
        var namesTheme = false
        var found = text.matched.compactMap { phrase in profile.phrasePositions[phrase].map { ($0, phrase) } }
        // A phrase on theme counts only where the deed names one of the pledge's themes.
        if !profile.onTheme.isEmpty, found.contains(where: { profile.onTheme.contains($0.1) }),
            !text.matched.contains(where: profile.namingTerms.contains)
        {
            found.removeAll { profile.onTheme.contains($0.1) }
        }
        let foundPhrases = found.map(\.1)
        for phrase in found.sorted(by: { $0.0 < $1.0 }).map(\.1) {
            let original = index.phrases[phrase].original
            let themeWide = profile.themeWidePhrases.contains(phrase)
            let kind = themeWide ? "themawoord " : ""
            // Within a longer phrase of the pledge found in the same part, it is that finding, not one of its own.
            let outer = profile.nestedIn[phrase] ?? []
            func alone(in part: Set<Int>) -> Bool {
                !outer.contains { part.contains($0) && foundPhrases.contains($0) }
            }
            if text.dossierTitle.contains(phrase) {
                if alone(in: text.dossierTitle) { filedUnder.append("\(kind)'\(original)'") }
                namesTheme = namesTheme || themeWide
            }
            if text.title.contains(phrase) {
                guard alone(in: text.title) else { continue }
                evidence.weight += settings.titleWeight
                phraseHits.append("\(kind)'\(original)' in de titel")
            } else if let dictum = text.dictum, dictum.contains(phrase) {
                guard alone(in: dictum) else { continue }
                evidence.weight += settings.dictumWeight
                phraseHits.append("\(kind)'\(original)' in het dictum")
            } else if text.body.contains(phrase) {
                guard alone(in: text.body) else { continue }
                evidence.weight += settings.bodyWeight
                phraseHits.append("\(kind)'\(original)' in de tekst")
            }
        }
        // Two words that bear on the theme in context, together in the title or the operative text, name it
        // ("openbareordeverstoringen door dierenrechtenactivisten"): evidence for a theme-wide pledge.
        var paired: [Int] = []
        for (part, weight, place) in [
            (text.title, settings.titleWeight, "de titel"), (text.dictum ?? [], settings.dictumWeight, "het dictum"),
        ] {
            let found =
                profile.themeWideContext.isEmpty ? [] : part.filter(profile.themeWideContext.contains).sorted()
            let together = distinctContext(found)
            guard together.count >= 2 else { continue }
            evidence.weight += weight
            phraseHits.append(
                "themawoorden " + together.map { "'\(index.phrases[$0].original)'" }.joined(separator: " en ")
                    + " samen in \(place)")
            if evidence.method == .fulltext { evidence.method = .phrase }
            paired = together
            break
        }
        // One in the title and one in the title of the dossier it is filed under: the debate gives the word its
        // sense ("het opnemen van verhoren" under the bill on access to an advocaat).
        if paired.isEmpty, !profile.themeWideContext.isEmpty,
            text.dossierTitle.contains(where: profile.themeWideContext.contains)
        {
            let inTitle = text.title.filter(profile.themeWideContext.contains).sorted()
            let inDossier = distinctContext(
                text.dossierTitle.filter { profile.themeWideContext.contains($0) && !inTitle.contains($0) }.sorted())
            if let own = distinctContext(inTitle).first,
                let debate = inDossier.first(where: { distinctContext([own, $0]).count == 2 })
            {
                evidence.weight += settings.titleWeight
                phraseHits.append(
                    "themawoord '\(index.phrases[own].original)' in de titel met '\(index.phrases[debate].original)' in de dossiertitel"
                )
                if evidence.method == .fulltext { evidence.method = .phrase }
                paired = [own]
            }
        }
        if !phraseHits.isEmpty {
            evidence.reasons.append("zinsneden: " + phraseHits.joined(separator: ", "))
            if evidence.method == .fulltext { evidence.method = .phrase }
        }
        // The dossier a deed is filed under, counted once: when it names the theme of a theme-wide pledge, the deed
        // is on the theme whatever its own words; a specific pledge's phrase there only says the debate is near it.
        if !filedUnder.isEmpty {
            evidence.weight += namesTheme ? settings.dossierThemeWeight : settings.dossierWeight
            evidence.reasons.append("dossiertitel noemt " + filedUnder.joined(separator: ", "))
            if namesTheme, evidence.method == .fulltext { evidence.method = .phrase }
        }
        let terms = themeWords.filter { term in
            profile.themeTerms.contains(term) && profile.phrasePositions[term] == nil && !paired.contains(term)
                && !(profile.nestedIn[term] ?? []).contains(where: foundPhrases.contains)
        }
        if !terms.isEmpty {
            let titleTerms = terms.filter(text.title.contains).count
            evidence.weight += min(
                settings.themeTermCap,
                Double(terms.count + titleTerms) * settings.themeTermWeight)
            evidence.reasons.append("themawoorden: " + terms.map { index.phrases[$0].original }.joined(separator: ", "))
        }
        if let dossier = pledge.hints.dossiers.first(where: deed.refs.dossiers.contains) {
            evidence.weight += settings.dossierWeight
            evidence.reasons.append("dossier \(dossier)")
        }
        return evidence.weight > 0 ? evidence : nil
    }

    private func link(
        _ profile: PledgeProfile, deed: Deed, text: DeedText, operative: OperativeText?, evidence: Evidence,
        fulltext: Double
    ) -> Link? {
        var evidence = evidence
        // The full-text score refines evidence found above; on its own it links nothing.
        if fulltext > 0 {
            evidence.weight += fulltext * settings.fulltextWeight
            evidence.reasons.append(
                "tekstscore " + Self.twoDecimals(fulltext))
        }
        var confidence = 1 - exp(-evidence.weight)
        // Theme words, a dossier and the full-text score say a deed is on the pledge's subject, not that
        // it is about the pledge: without a phrase or a reference the link stays below the evidence line,
        // scaled rather than cut so the stronger of two such links still ranks first.
        if evidence.method == .fulltext { confidence = settings.weakEvidenceCap * (1 - exp(-2 * evidence.weight)) }
        confidence = (confidence * 1000).rounded() / 1000
        guard confidence >= settings.minimumConfidence else { return nil }
        let stance = stance(profile, text, operative: operative)
        if let reason = stance.reason { evidence.reasons.append(reason) }
        return Link(
            pledge: profile.pledge.id, deed: deed.id, confidence: confidence, stance: stance.stance,
            method: evidence.method, explanation: evidence.reasons.joined(separator: "; "))
    }

    /// A share from 0 to 1 with two decimals and a decimal comma ("0,37"), written out by hand: `String(format:)`
    /// costs more than the rest of a link's explanation, and a full relink writes hundreds of thousands.
    package static func twoDecimals(_ share: Double) -> String {
        // printf rounds the double's exact value, ties to even. The product rounds once more: where it lands on a
        // tie (0.995 × 100 = 99.5), its exact remainder (one fused multiply-add) says which way the value lies.
        let product = share * 100
        var rounded = product.rounded(.toNearestOrEven)
        if product - product.rounded(.down) == 0.5 {
            let remainder = (-product).addingProduct(share, 100)
            if remainder != 0 { rounded = remainder < 0 ? product.rounded(.down) : product.rounded(.up) }
        }
        let hundredths = Int(rounded)
        let fraction = hundredths % 100
        return "\(hundredths / 100),\(fraction < 10 ? "0" : "")\(fraction)"
    }

    /// Each signal once, in the order first read, with how often it was read where more than once: a hint asked for
    /// in two clauses reads "'opvang' (2 keer)", not "'opvang', 'opvang'".
    package static func counted(_ signals: [String]) -> [String] {
        var counts: [String: Int] = [:]
        for signal in signals { counts[signal, default: 0] += 1 }
        var seen: Set<String> = []
        return signals.compactMap { signal in
            guard seen.insert(signal).inserted else { return nil }
            let count = counts[signal]!
            return count > 1 ? "\(signal) (\(count) keer)" : signal
        }
    }

    /// What the deed asks of the pledge, and why, in Dutch (nil: `mentions` for want of a signal).
    ///
    /// From the operative text when the deed has one (`StanceReader`: the pledge's `supports` and `opposes`
    /// hints, with the negations before them); otherwise from the hints anywhere in the deed, both or neither
    /// leaving `mentions`. A deed on a motion that is not the motion itself ("Reactie op de motie …", "Uitvoering
    /// van motie …") is `mentions`: its title says what the motion asked, not what the deed does; so is a deed that
    /// announces a document is late ("Uitstel toezending …"), or one known by its title alone that names a document
    /// about its topic ("Rapport …", "Reactie op …", "Uitnodiging …").
    private func stance(_ profile: PledgeProfile, _ text: DeedText, operative: OperativeText?) -> (
        stance: Link.Stance, reason: String?
    ) {
        if let operative {
            let reading = profile.stanceReader.read(operative)
            guard !reading.signals.isEmpty else { return (.mentions, nil) }
            let part = operative.part == .dictum ? "het dictum" : "het onderwerp"
            return (
                reading.stance,
                "stand \(reading.stance.dutch): " + Self.counted(reading.signals).joined(separator: ", ")
                    + " in \(part)"
            )
        }
        if text.aboutAnother { return (.mentions, nil) }
        let supports = profile.supports.filter(text.all.contains)
        let opposes = profile.opposes.filter(text.all.contains)
        let quoted = { (phrases: [Int]) in phrases.map { "'\(index.phrases[$0].original)'" }.joined(separator: ", ") }
        switch (supports.isEmpty, opposes.isEmpty) {
        case (false, true): return (.supports, "stand steunt: \(quoted(supports)) in de tekst")
        case (true, false): return (.opposes, "stand werkt tegen: \(quoted(opposes)) in de tekst")
        case (false, false): return (.mentions, "stand noemt: \(quoted(supports + opposes)) in de tekst")
        case (true, true): return (.mentions, nil)
        }
    }
}

/// The weights and thresholds of linking; `docs/ledger.md` ("How hints drive linking") lists them and must agree.
package struct LinkSettings: Sendable, Hashable {
    package var referenceWeight = 3.5
    package var titleWeight = 1.0
    package var dictumWeight = 0.8
    package var bodyWeight = 0.35
    package var themeTermWeight = 0.12
    package var themeTermCap = 0.4
    package var dossierWeight = 0.3
    /// A term that names a theme in the title of the deed's dossier, for the theme's theme-wide pledges: alone it
    /// reaches the evidence line (0.53).
    package var dossierThemeWeight = 0.75
    /// Added in proportion to the deed's full-text score, only on top of other evidence.
    package var fulltextWeight = 0.3
    /// Without a phrase or reference match, confidence is scaled by this, so it stays below it.
    package var weakEvidenceCap = 0.49
    /// The bm25 score at which the full-text score reaches 1.
    package var fulltextSaturation = 12.0
    /// The floor: a link below it is not stored.
    package var minimumConfidence = 0.2

    package init() {}
}

/// A pledge's hints as phrase numbers of the linker's index (a class: weighed for many deeds, never copied).
private final class PledgeProfile: Sendable {
    let pledge: Pledge
    let phrases: [Int]
    /// The terms that name its themes, when the pledge is theme-wide: phrases of its own.
    let themeWidePhrases: Set<Int>
    /// The terms that bear on its themes in context, when the pledge is theme-wide: two together name the theme.
    let themeWideContext: Set<Int>
    let exclude: [Int]
    let supports: [Int]
    let opposes: [Int]
    let stanceReader: StanceReader
    /// The terms and context terms of its themes.
    let themeTerms: Set<Int>
    /// Its `phrases_on_theme` and `counter_phrases_on_theme`: phrases only where the deed names one of its themes by
    /// one of `namingTerms`.
    let onTheme: Set<Int>
    let namingTerms: Set<Int>
    let searchStems: Set<String>
    /// Where each phrase stands in `phrases`, so a deed's few matched phrases are looked up rather than every
    /// phrase of the pledge tried, and reasons still come in the ledger's order.
    let phrasePositions: [Int: Int]
    /// The pledge's phrases and theme terms that lie within longer phrases of its own, with those ("opvang" in
    /// "opvang van asielzoekers" and, as a compound's head, in "asielopvang"; the term "rechter" in "kinderrechter"),
    /// or have the stems of an earlier one: found together they are one finding.
    let nestedIn: [Int: [Int]]

    init(
        pledge: Pledge, phrases: [Int], themeWidePhrases: Set<Int>, themeWideContext: Set<Int>, exclude: [Int],
        supports: [Int], opposes: [Int], stanceReader: StanceReader,
        themeTerms: Set<Int>, onTheme: Set<Int>, namingTerms: Set<Int>, searchStems: Set<String>,
        table: [FoldedPhrase]
    ) {
        self.pledge = pledge
        self.phrases = phrases
        self.themeWidePhrases = themeWidePhrases
        self.themeWideContext = themeWideContext
        self.exclude = exclude
        self.supports = supports
        self.opposes = opposes
        self.stanceReader = stanceReader
        self.themeTerms = themeTerms
        self.onTheme = onTheme
        self.namingTerms = namingTerms
        self.searchStems = searchStems
        var positions: [Int: Int] = [:]
        for (position, phrase) in phrases.enumerated() where positions[phrase] == nil { positions[phrase] = position }
        phrasePositions = positions
        var nested: [Int: [Int]] = [:]
        let own = positions.keys.sorted()
        let ownTexts = Dictionary(
            uniqueKeysWithValues: own.map { ($0, FoldedText(words: table[$0].words, stems: table[$0].stems)) })
        // A theme term within a phrase ("rechter" in "kinderrechter") is that phrase too.
        for inner in Set(own).union(themeTerms).sorted() {
            for outer in own where outer != inner {
                // Two phrases of the same stems ("etnisch profileren", "etnische profilering") find the same words:
                // the first of them is the finding.
                let same = table[inner].stems == table[outer].stems
                // Otherwise the inner one within the outer, as a deed's text would find it (a compound's head too:
                // "opvang" in "asielopvang"); a term matched as written by its stem too: "protesten" heads
                // "boerenprotest" where a deed writes "boerenprotesten", one word that finds both.
                if same
                    ? outer < inner
                    : ownTexts[outer]!.contains(table[inner])
                        || (table[inner].asWritten && ownTexts[outer]!.contains(FoldedPhrase(table[inner].original)))
                {
                    nested[inner, default: []].append(outer)
                }
            }
        }
        nestedIn = nested
    }
}

/// A deed's text read once: which indexed phrases occur in each part, and how often each search stem occurs.
private struct DeedText {
    let title: Set<Int>
    let dictum: Set<Int>?
    let body: Set<Int>
    /// The phrases in the title of the deed's dossier.
    let dossierTitle: Set<Int>
    let all: Set<Int>
    /// Every phrase found anywhere: `all`, the dictum and the dossier title.
    let matched: [Int]
    /// Counts of the search stems by their numbers, with the title counted twice, as the index weighs it.
    let stemCounts: [Int: Double]
    /// Whether the title speaks of another document (`OperativeText.speaksOfAnother`: a motion, or one that comes
    /// later), read from the words folded for the phrases, or, for a deed known by its title alone, names a document
    /// about its topic (`OperativeText.namesDocumentOnTopic`: a report, a reaction, an invitation …): it says what
    /// that document is about, not what the deed asks.
    let aboutAnother: Bool
    /// The theme terms on words of their own in the title, the body and the dictum (`PhraseIndex.matches`): not
    /// the words of another term found there ("asiel" in "asielzoekers", "protesten" in "boerenprotesten").
    private let ownInTitle: Set<Int>
    private let ownInBody: Set<Int>
    private let ownInDictum: Set<Int>

    init(
        _ deed: borrowing Deed, index: PhraseIndex, terms: Set<Int>, names: Set<Int>, reader: WordReader,
        searchNumbers: [String: Int]
    ) {
        let title = reader.read(deed.title, index: index, searchNumbers: searchNumbers)
        let body = reader.read(deed.text, index: index, searchNumbers: searchNumbers)
        (self.title, ownInTitle) = index.matches(
            in: title.text, starts: title.starts, standingAmong: terms, names: names)
        // A title that names a document about its topic says nothing of which way the deed goes; where the deed's
        // text is there (a letter's own words), that is read instead.
        aboutAnother =
            OperativeText.speaksOfAnother(title.text.words)
            || (body.text.words.isEmpty && OperativeText.namesDocumentOnTopic(title.text.words, title: deed.title))
        let dictumRead = deed.dictum.map { dictum in
            let read = reader.read(dictum, index: index, searchNumbers: searchNumbers)
            return index.matches(in: read.text, starts: read.starts, standingAmong: terms, names: names)
        }
        dictum = dictumRead?.found
        ownInDictum = dictumRead?.standing ?? []
        (self.body, ownInBody) = index.matches(
            in: body.text, starts: body.starts, standingAmong: terms, names: names)
        dossierTitle =
            deed.dossierTitle.map { reader.phrases(inDossierTitle: $0, index: index, searchNumbers: searchNumbers) }
            ?? []
        // The dossier title counts for phrases only: as a theme word it would tie every pledge of the theme to
        // every deed of a dossier such as Vreemdelingenbeleid. The dictum is part of the text: a harvested
        // motion's body holds it, and a deed given its dictum alone reads the same.
        all = self.title.union(self.body).union(dictum ?? [])
        matched = Array(all.union(dossierTitle))
        var counts: [Int: Double] = [:]
        for number in title.searchNumbers where number >= 0 { counts[number, default: 0] += 2 }
        for number in body.searchNumbers where number >= 0 { counts[number, default: 0] += 1 }
        stemCounts = counts
    }

    /// The theme terms found on words of their own: in the title and the dictum (`operative`), or anywhere.
    func ownTerms(operative: Bool) -> Set<Int> {
        operative ? ownInTitle.union(ownInDictum) : ownInTitle.union(ownInBody).union(ownInDictum)
    }

    /// bm25 without length normalisation: each of the pledge's stems in the deed, by its weight there.
    func score(_ numbers: [Int], weights: [Double]) -> Double {
        var score = 0.0
        for number in numbers {
            guard let count = stemCounts[number] else { continue }
            score += weights[number] * count * (TermStatistics.k1 + 1) / (count + TermStatistics.k1)
        }
        return score
    }
}

/// What the linker needs of a folded word, worked out once: its stem, the phrases it can start, and its number
/// among the search stems (-1: none).
private struct WordFacts {
    let stem: String
    let starts: [Int]
    let searchNumber: Int
}

/// Reads texts into words for one worker at a time, keeping what it learns of each word.
private final class WordReader: @unchecked Sendable {
    // @unchecked: a reader is lent to one worker at a time (`ReaderPool`).
    private let stemmer = DutchStemmer(caching: false)
    private var facts: [String: WordFacts] = [:]
    /// The phrases of each dossier title read so far: a few thousand titles are shared by hundreds of thousands of deeds.
    private var dossierTitles: [String: Set<Int>] = [:]

    func phrases(inDossierTitle title: String, index: PhraseIndex, searchNumbers: [String: Int]) -> Set<Int> {
        if let known = dossierTitles[title] { return known }
        if dossierTitles.count > 20_000 { dossierTitles.removeAll(keepingCapacity: true) }
        let found = phrases(in: title, index: index, searchNumbers: searchNumbers)
        dossierTitles[title] = found
        return found
    }

    /// The indexed phrases in `text`.
    func phrases(in text: String, index: PhraseIndex, searchNumbers: [String: Int]) -> Set<Int> {
        let read = read(text, index: index, searchNumbers: searchNumbers)
        return index.matches(in: read.text, starts: read.starts)
    }

    func read(_ text: String, index: PhraseIndex, searchNumbers: [String: Int])
        -> (text: FoldedText, starts: [[Int]], searchNumbers: [Int])
    {
        let words = DutchText.words(text)
        var stems: [String] = []
        var starts: [[Int]] = []
        var numbers: [Int] = []
        stems.reserveCapacity(words.count)
        starts.reserveCapacity(words.count)
        numbers.reserveCapacity(words.count)
        if facts.count > 400_000 { facts.removeAll(keepingCapacity: true) }
        for word in words {
            let known: WordFacts
            if let cached = facts[word] {
                known = cached
            } else {
                let stem = stemmer.stem(word)
                known = WordFacts(
                    stem: stem, starts: index.starts(word: word, stem: stem), searchNumber: searchNumbers[stem] ?? -1)
                facts[word] = known
            }
            stems.append(known.stem)
            starts.append(known.starts)
            numbers.append(known.searchNumber)
        }
        return (FoldedText(words: words, stems: stems), starts, numbers)
    }
}

/// The word readers of a linker: each worker borrows one for a chunk of deeds and gives it back.
private final class ReaderPool: @unchecked Sendable {
    // @unchecked: `free` is behind `lock`; a borrowed reader belongs to its borrower alone.
    private let lock = NSLock()
    private var free: [WordReader] = []

    func borrow<T>(_ body: (WordReader) -> T) -> T {
        let reader = lock.withLock { free.popLast() } ?? WordReader()
        defer { lock.withLock { free.append(reader) } }
        return body(reader)
    }
}

/// Which pledges a deed may link to: a council's deeds to its municipality's pledges, all others to national ones.
private struct DeedLevel {
    let municipality: String?

    init(_ deed: borrowing Deed) {
        municipality =
            deed.source.format == .councilPage || deed.id.hasPrefix("gemeente:")
            ? deed.id.split(separator: ":").dropFirst().first.map(String.init) : nil
    }

    func admits(_ pledge: Pledge) -> Bool {
        switch pledge.level {
        case .national: municipality == nil
        case .municipal: municipality != nil && pledge.municipality == municipality
        }
    }
}

/// How many deeds hold each stem: the inverse document frequency of bm25.
package struct TermStatistics: Sendable {
    package let documents: Int
    private let idf: [String: Double]
    /// bm25's saturation of a term's count in a deed.
    static let k1 = 1.2

    package init(documents: Int, frequencies: [String: Int]) {
        self.documents = documents
        idf = frequencies.mapValues { count in
            log(1 + (Double(documents - count) + 0.5) / (Double(count) + 0.5))
        }
    }

    /// A stem's inverse document frequency, or nil when no deed holds it.
    func weight(of stem: String) -> Double? { idf[stem] }
}
