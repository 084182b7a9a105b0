import Core
import Deeds
import Foundation
import Ledger
import Scoring

/// A briefing letter's content, ready for a template: per theme what was promised, what was done since a day,
/// our judgement and our call, every claim with a footnote to a deed or a source, and what the letter was made
/// from. The words around it are the template's (`Templates/letter.*.mustache`); the values are plain strings,
/// numbers, flags and lists, as Mustache reads them.
package struct LetterContent: Sendable {
    package var subject: String
    /// The letter's date: the day it is as of, written out.
    package var date: String
    package var aanhef: String
    /// `de Tweede Kamer`, `de vaste commissie voor Justitie en Veiligheid`, `de gemeenteraad van Utrecht`.
    package var recipient: String
    package var national: Bool
    package var municipal: Bool
    /// `het kabinet`, `het gemeentebestuur van Utrecht`: who is held to the pledges.
    package var government: String
    /// Who made the pledges followed: the government, or for a council whose parties pledged too `het
    /// gemeentebestuur en partijen in de gemeenteraad van Den Helder`.
    package var pledgers: String
    package var hasSince: Bool
    /// `1 januari 2025`, or empty.
    package var since: String
    package var themeNames: String
    /// `over dit thema` or `over deze thema's`.
    package var onThemes: String
    package var pledgeCount: Int
    /// `1 belofte` or `4 beloften`, and `deze belofte` or `deze beloften`: what the letter follows.
    package var pledgesText: String
    package var thesePledges: String
    /// How many deeds the letter reports, over all themes.
    package var deedCount: Int
    /// How many of the letter's links between a deed and a pledge an analyst has confirmed, and how many no analyst
    /// has reviewed yet (`Commitments/reviews/`): each deed's footnote says which.
    package var confirmedLinks: Int
    package var unreviewedLinks: Int
    package var hasNews: Bool
    /// The terms that had ended by the letter's day whose pledges on its themes the letter leaves out, each in one
    /// sentence with the pledges' end state: a letter holds the government in office to its own pledges.
    package var endedTerms: [EndedTerm]
    package var themes: [ThemeSection]
    package var footnotes: [Footnote]
    package var hasFootnotes: Bool
    package var footer: Footer

    package struct EndedTerm: Sendable {
        /// `De 17 beloften van PVV, VVD, NSC en BBB over deze thema's laten wij hier buiten beschouwing: de termijn
        /// van hun kabinet eindigde op 23 februari 2026. Hun stand nu: 17 gebroken.`
        package var text: String
        package var note: Int
    }

    package struct ThemeSection: Sendable {
        package var id: String
        package var name: String
        package var hasNews: Bool
        /// Whether the recipient has pledges on the theme: they are quoted, judged and asked about, with deeds or
        /// without.
        package var hasPledges: Bool
        /// Without pledges, the section's one sentence; with pledges but no news, the sentence under Wat is gedaan.
        package var quiet: String
        package var promises: [Promise]
        package var deeds: [DeedItem]
        package var judgements: [Judgement]
        package var asks: [Ask]
        package var hasAsks: Bool
        /// `Wij vragen u het kabinet te houden aan wat deze norm vraagt:` (or these standards ask).
        package var asksLead: String
        package var hasOthers: Bool
        /// One sentence on the theme's pledges without news.
        package var others: String
    }

    package struct Promise: Sendable {
        /// `De coalitie van PVV, VVD, NSC en BBB, 16 mei 2024`.
        package var who: String
        package var text: String
        package var paraphrase: Bool
        /// The words in quotation marks when they are the source's own, without when they are a paraphrase (the
        /// templates then say "zakelijk weergegeven").
        package var quoted: String
        package var note: Int
    }

    package struct DeedItem: Sendable {
        package var date: String
        package var kind: String
        package var reference: String
        package var title: String
        /// `.` after the quoted title, or nothing when the title ends a sentence itself (`… voor een azc.`).
        package var titleEnd: String
        /// Outcome, the cabinet's advice and the pledging parties' votes, as sentences; may be empty.
        package var facts: String
        package var hasFacts: Bool
        /// `Deze daad steunt de belofte “…”.` for each pledge it bears on.
        package var bearing: String
        package var note: Int
    }

    package struct Judgement: Sendable {
        package var pledge: String
        /// The pledge's words in quotation marks, or without them for a paraphrase.
        package var pledgeQuoted: String
        package var status: String
        package var progress: Int
        package var rightsEffect: String
        /// `Deze belofte bevordert de mensenrechten`, `… bedreigt …`, `… heeft een gemengd effect op …`.
        package var direction: String
        package var reason: String
        package var reasonNote: Int
        package var hasStandard: Bool
        package var standard: String
        package var standardQuoted: String
        package var standardParaphrase: Bool
        /// Whose standard it is: the author of its source, as in "Onze oproep".
        package var standardBy: String
        package var standardNote: Int
    }

    package struct Ask: Sendable {
        /// Who asks it: the author of the standard's source (`Amnesty International Nederland`, `Bureau van de
        /// Europese Unie voor de grondrechten (FRA)`).
        package var by: String
        package var text: String
        package var paraphrase: Bool
        package var quoted: String
        package var note: Int
    }

    package struct Footnote: Sendable {
        package var number: Int
        package var text: String
        package var hasURL: Bool
        package var url: String
        /// A command that shows the claim again (`tracker explain …`), set apart as code by the templates.
        package var hasCommand: Bool
        package var command: String
        /// The command's words, for HTML that breaks a line between them and never inside one (`--as-of`).
        package var commandWords: [Word]
    }

    package struct Word: Sendable {
        package var text: String
        package var first: Bool
    }

    package struct Footer: Sendable {
        package var asOf: String
        package var hasRun: Bool
        package var run: String
        package var rubric: String
        package var rubricHash: String
        package var ledgerHash: String
        package var deedsHash: String
        package var codeVersion: String
        /// The command that makes the letter again.
        package var command: String
    }
}

/// Builds a letter's content from the scores and the ledger.
package struct LetterBuilder: Sendable {
    package var ledger: Ledger
    package var scorer: Scorer
    /// Every link that can count, with its deed.
    package var evidence: [Evidence]
    package var provenance: Provenance

    package init(ledger: Ledger, scorer: Scorer, evidence: [Evidence], provenance: Provenance) {
        self.ledger = ledger
        self.scorer = scorer
        self.evidence = evidence
        self.provenance = provenance
    }

    /// The letter to `recipient` on `themes` (empty: the recipient's default themes, those with pledges it
    /// concerns), with the deeds counted from `since` (nil: all) up to the as-of day.
    package func letter(to recipient: LetterRecipient, themes asked: [String], since: Day?, format: String)
        -> LetterContent
    {
        let asOf = Day(provenance.asOf)!
        var notes = Footnotes()
        // A pledge made after the letter's day is not yet one to hold anyone to; one of a term ended by then is
        // not one to hold the next government to.
        let terms = scorer.rubric.terms
        let pledges = ledger.pledges.filter { recipient.holds($0, on: asOf, terms: terms) }
        // A theme asked twice is one section.
        let asked = asked.reduce(into: [String]()) { if !$0.contains($1) { $0.append($1) } }
        let themeIDs = asked.isEmpty ? recipient.defaultThemes(ledger, pledges: pledges) : asked
        let byPledge = Dictionary(grouping: evidence, by: \.link.pledge)
        let score = { (pledge: Pledge) in scorer.score(pledge, evidence: byPledge[pledge.id] ?? [], asOf: asOf) }
        let scores = Dictionary(uniqueKeysWithValues: pledges.map { ($0.id, score($0)) })
        let onThemes = themeIDs.count == 1 ? "over dit thema" : "over deze thema's"
        // Said before the themes, so its note comes first.
        // The pledges on its themes that `holds` left out for their term's end, by term.
        var left: [String: [Pledge]] = [:]
        for pledge in ledger.pledges
        where recipient.concerns(pledge) && pledge.date <= asOf && pledge.themes.contains(where: themeIDs.contains) {
            if let term = LetterRecipient.endedTerm(of: pledge, by: asOf, terms: terms) {
                left[term.id, default: []].append(pledge)
            }
        }
        let endedTerms = terms.compactMap { term -> LetterContent.EndedTerm? in
            guard let past = left[term.id] else { return nil }
            // The pledges of the coalition's agreement and of its cabinet alike; their standing now, an analyst's later
            // verdict included.
            let one = past.count == 1
            let which = one ? "De belofte" : "De \(past.count) beloften"
            let whose =
                term.actor == "kabinet"
                ? "\(which) van \(Dutch.list(term.parties)) \(onThemes) laten wij hier buiten beschouwing: de termijn van hun kabinet"
                : "\(which) van \(Dutch.government(term)) \(onThemes) laten wij hier buiten beschouwing: de termijn"
            let standing =
                one
                ? "Haar stand nu: \(Dutch.status(score(past[0]).status))."
                : "Hun stand nu: \(Dutch.statusCounts(past.map { score($0).status }))."
            let text = "\(whose) eindigde op \(Dutch.date(term.ends)). \(standing)"
            let note = notes.number(
                for: "term:\(term.id)",
                text: "De stand van elke belofte, ook van eerdere kabinetten, met de daden die meetellen:", url: nil,
                command: "tracker scorecard --as-of \(asOf)")
            return .init(text: text, note: note)
        }
        let news = scores.mapValues { Self.news($0, since: since) }
        // The deeds the letter can cite: those counted for its pledges in its period, not every linked deed.
        let cited = Set(news.values.flatMap { $0.map(\.deed) })
        var deeds = Dictionary(
            evidence.lazy.filter { cited.contains($0.deed.id) }.map { ($0.deed.id, $0.deed) },
            uniquingKeysWith: { first, _ in first })
        // Titles and dicta are written by others: in Markdown their `*`, `[`, `<` … are text, not markup (a title
        // `[x](javascript:…)` or `<script>` would otherwise be a link or HTML in the letter).
        if format == "md" {
            deeds = deeds.mapValues { deed in
                var shown = deed
                shown.title = Dutch.markdownText(deed.title)
                shown.dictum = deed.dictum.map(Dutch.markdownText)
                return shown
            }
        }
        // Every link the letter reports, over all its themes, by deed: a deed's footnote says of each whether an
        // analyst confirmed it, wherever in the letter the deed is cited first.
        var links: [String: [(pledge: Pledge, link: Link)]] = [:]
        for pledge in pledges where pledge.themes.contains(where: themeIDs.contains) {
            // A link once, however many steps of its deed count (a bill's two votes).
            for part in news[pledge.id] ?? []
            where !(links[part.deed] ?? []).contains(where: { $0.pledge.id == pledge.id }) {
                links[part.deed, default: []].append((pledge, part.link))
            }
        }
        let reported = links.values.flatMap { $0.map(\.link) }
        let sections = themeIDs.map { id in
            section(
                theme: id, pledges: pledges.filter { $0.themes.contains(id) }, scores: scores, news: news,
                deeds: deeds, links: links, since: since, recipient: recipient, notes: &notes)
        }
        var command = "tracker letter --to \(recipient.argument)"
        for theme in asked { command += " --theme \(theme)" }
        if let since { command += " --since \(since)" }
        command += " --as-of \(asOf) --format \(format)"
        let names = sections.map { ledger.theme($0.id)?.nameNL.lowercasedFirst ?? $0.id }
        let followed = Set(
            sections.flatMap { section in pledges.filter { $0.themes.contains(section.id) } }.map(\.id)
        ).count
        return LetterContent(
            subject: subject(recipient, themes: sections),
            date: Dutch.date(asOf), aanhef: aanhef(recipient), recipient: name(recipient),
            national: recipient.isNational, municipal: !recipient.isNational, government: government(recipient),
            pledgers: pledgers(recipient, pledges: pledges.filter { $0.themes.contains(where: themeIDs.contains) }),
            hasSince: since != nil, since: since.map(Dutch.date) ?? "", themeNames: Dutch.themes(names),
            onThemes: onThemes,
            pledgeCount: followed, pledgesText: Dutch.count(followed, "belofte", "beloften"),
            thesePledges: followed == 1 ? "deze belofte" : "deze beloften",
            deedCount: Set(sections.flatMap { $0.deeds.map(\.reference) }).count,
            confirmedLinks: reported.filter { $0.method == .review }.count,
            unreviewedLinks: reported.filter { $0.method != .review }.count,
            hasNews: sections.contains(where: \.hasNews), endedTerms: endedTerms, themes: sections,
            footnotes: notes.list,
            hasFootnotes: !notes.list.isEmpty,
            footer: LetterContent.Footer(
                asOf: Dutch.date(asOf), hasRun: provenance.run != nil, run: provenance.run.map(String.init) ?? "",
                rubric: provenance.rubric, rubricHash: provenance.rubricHash, ledgerHash: provenance.ledgerHash,
                deedsHash: provenance.deedsHash, codeVersion: provenance.codeVersion, command: command))
    }

    /// What a letter reports of a pledge: the deeds counted for it from `since` on (nil: all).
    static func news(_ score: PledgeScore, since: Day?) -> [Contribution] {
        score.counted.filter { part in since.map { part.day >= $0 } ?? true }
    }

    private func section(
        theme id: String, pledges: [Pledge], scores: [String: PledgeScore], news byPledge: [String: [Contribution]],
        deeds: [String: Deed], links: [String: [(pledge: Pledge, link: Link)]], since: Day?,
        recipient: LetterRecipient, notes: inout Footnotes
    ) -> LetterContent.ThemeSection {
        let name = ledger.themeName(id)
        // The news: deeds counted for the theme's pledges, from `since` on.
        var news: [(Pledge, Contribution)] = []
        for pledge in pledges {
            for part in byPledge[pledge.id] ?? [] { news.append((pledge, part)) }
        }
        let period = since.map { "sinds \(Dutch.date($0))" } ?? "tot nu toe"
        guard !pledges.isEmpty else {
            return .init(
                id: id, name: name, hasNews: false, hasPledges: false,
                quiet:
                    "Over \(name.lowercasedFirst) staan in ons register geen beloften van \(government(recipient)).",
                promises: [], deeds: [], judgements: [], asks: [], hasAsks: false, asksLead: "", hasOthers: false,
                others: "")
        }
        // With news, the pledges it bears on; without, every pledge on the theme: what was promised, judged and
        // asked is the letter's point even before a deed.
        let shown = news.isEmpty ? pledges : pledges.filter { pledge in news.contains { $0.0.id == pledge.id } }
        let promises = shown.map { pledge in
            LetterContent.Promise(
                who:
                    "\(Dutch.capitalized(Dutch.actor(pledge, ledger: ledger))), \(Dutch.date(pledge.date))\(Dutch.accordingTo(pledge, ledger: ledger))",
                text: Dutch.innerQuotes(pledge.text), paraphrase: pledge.quotation == .paraphrase,
                quoted: Dutch.quoted(Dutch.innerQuotes(pledge.text), pledge.quotation),
                note: notes.number(
                    for: "source:\(pledge.id)", text: sourceNote(pledge.source, quoting: true), url: url(pledge.source))
            )
        }
        // Each deed once per day it counts on (a bill at each step: the Tweede Kamer's vote, the Eerste Kamer's), in
        // the order of the days, with the pledges it bears on.
        struct Moment: Hashable {
            var deed: String
            var day: Day
        }
        var order: [Moment] = []
        var bearings: [Moment: [(Pledge, Contribution)]] = [:]
        for (pledge, part) in news.sorted(by: { ($0.1.day, $0.1.deed) < ($1.1.day, $1.1.deed) }) {
            let moment = Moment(deed: part.deed, day: part.day)
            if bearings[moment] == nil { order.append(moment) }
            bearings[moment, default: []].append((pledge, part))
        }
        let items = order.map { moment in
            // As it stood on the day it counts from: a motion voted on after the letter's day is not yet decided.
            deedItem(
                deed: deeds.stood(bearings[moment]![0].1), id: moment.deed, bearings: bearings[moment]!,
                links: links[moment.deed] ?? [], notes: &notes)
        }
        let judgements = shown.map { judgement($0, score: scores[$0.id]!, notes: &notes) }
        var standards: [Standard] = []
        for pledge in shown {
            for standardID in [pledge.rights.standard].compactMap({ $0 }) + pledge.meets {
                if let standard = ledger.standard(standardID), !standards.contains(where: { $0.id == standardID }) {
                    standards.append(standard)
                }
            }
        }
        if case .municipality = recipient {
            for standard in ledger.standards where standard.scope == .municipal && standard.themes.contains(id) {
                if !standards.contains(where: { $0.id == standard.id }) { standards.append(standard) }
            }
        }
        let asks = standards.filter(recipient.addresses).map { standard in
            LetterContent.Ask(
                by: ledger.document(standard.source.document).map(Dutch.sourceName) ?? standard.source.document,
                text: Dutch.innerQuotes(standard.text), paraphrase: standard.quotation == .paraphrase,
                quoted: Dutch.quoted(Dutch.innerQuotes(standard.text), standard.quotation),
                note: notes.number(
                    for: "source:\(standard.id)", text: sourceNote(standard.source, quoting: false),
                    url: url(standard.source)))
        }
        let others = pledges.count - shown.count
        // No deed of a letter's pledges comes after the end of their term: a letter holds no pledge of a term ended
        // by its day (`LetterRecipient.holds`).
        let subject = pledges.count == 1 ? "Bij deze belofte zijn" : "Bij deze beloften zijn"
        let quiet = news.isEmpty ? "\(subject) \(period) geen daden bekend." : ""
        return .init(
            id: id, name: name, hasNews: !news.isEmpty, hasPledges: true, quiet: quiet, promises: promises,
            deeds: items, judgements: judgements,
            asks: asks, hasAsks: !asks.isEmpty,
            asksLead:
                "Wij vragen u \(government(recipient)) te houden aan wat \(asks.count == 1 ? "deze norm vraagt" : "deze normen vragen"):",
            hasOthers: others > 0,
            others:
                "Bij \(others == 1 ? "de andere belofte" : "de \(others) andere beloften") over \(name.lowercasedFirst) die wij volgen, zijn \(period) geen daden bekend."
        )
    }

    private func deedItem(
        deed: Deed?, id: String, bearings: [(Pledge, Contribution)], links: [(pledge: Pledge, link: Link)],
        notes: inout Footnotes
    ) -> LetterContent.DeedItem {
        let day = bearings[0].1.day
        let reference = deed.map(DeedReference.number) ?? DeedReference.number(id: id)
        let title = Dutch.innerQuotes(deed?.title ?? id)
        var facts: [String] = []
        if let deed {
            if let asked = Dutch.askedBy(deed) { facts.append(asked) }
            // A bill whose step of this day is the law in the Staatsblad: said after its votes, if any.
            let law = deed.kind == .bill ? deed.stages.last { $0.step == .staatsblad && $0.date == day } : nil
            if let outcome = deed.outcome {
                facts.append(
                    "Uitkomst: \(Dutch.result(outcome))\(Dutch.chamber(deed, deciding: outcome)) op \(outcome.date.map(Dutch.date) ?? "een onbekende dag")."
                )
                let parties = bearings.flatMap(\.0.parties).reduce(into: [String]()) {
                    if !$0.contains($1) { $0.append($1) }
                }
                if let votes = Dutch.votes(outcome, parties: parties) {
                    facts.append("Zo stemden de partijen die de belofte deden: \(votes).")
                }
            } else if law == nil, [.motion, .amendment, .bill, .budget].contains(deed.kind) {
                facts.append("Een uitkomst is in onze gegevens nog niet bekend.")
            }
            if let law { facts.append("Tot wet geworden: \(DeedReference.number(id: law.document)).") }
            if let advice = deed.cabinetAppraisal { facts.append("Advies van het kabinet: \(advice).") }
        }
        // One sentence per stance, naming every pledge the deed bears on that way.
        var stances: [Link.Stance] = []
        for (_, part) in bearings where !stances.contains(part.link.stance) { stances.append(part.link.stance) }
        let bearing = stances.map { stance in
            let quoted = bearings.filter { $0.1.link.stance == stance }.map {
                Dutch.pledgeWords($0.0, limit: 120)
            }
            let clause = Dutch.stanceClause(stance)
            let subject =
                quoted.count == 1 ? clause : clause.replacingOccurrences(of: "belofte", with: "beloften")
            let last = quoted.last!.dropLast()
            let end = last.hasSuffix(".") || last.hasSuffix("…") || last.hasSuffix("?") ? "" : "."
            return "Deze daad \(subject) \(Dutch.list(quoted))\(end)"
        }
        let url = deed.flatMap(DeedReference.url) ?? DeedReference.url(id: id)
        let written = deed.map { DeedReference.day($0, counting: day) } ?? day
        let note = notes.number(
            for: "deed:\(id)",
            text:
                "\(Dutch.capitalized(reference)), \(Dutch.date(written)): “\(title)”\(Dutch.sentenceEnd(after: title)) \(reviewNote(links))",
            url: url)
        return .init(
            date: Dutch.date(day), kind: deed?.kind.dutch ?? "daad", reference: reference, title: title,
            titleEnd: Dutch.sentenceEnd(after: title),
            facts: facts.joined(separator: " "), hasFacts: !facts.isEmpty, bearing: bearing.joined(separator: " "),
            note: note)
    }

    /// Who read a deed's links to the letter's pledges: an analyst who confirmed them (`Commitments/reviews/`), or
    /// tracker alone, whose reading no analyst has reviewed yet, with its confidence. One sentence where all were
    /// read alike; per pledge where they differ.
    private func reviewNote(_ links: [(pledge: Pledge, link: Link)]) -> String {
        func confirmation(_ link: Link) -> String? {
            guard link.method == .review, let review = ledger.reviews.decision(pledge: link.pledge, deed: link.deed)
            else { return nil }
            return "door \(review.by) op \(Dutch.date(review.on))"
        }
        let confirmed = links.compactMap { confirmation($0.link) }
        let unreviewed = links.filter { confirmation($0.link) == nil }
        let read = { (links: [(pledge: Pledge, link: Link)]) in
            "door tracker gelezen (zekerheid \(Dutch.list(links.map { Dutch.decimal($0.link.confidence) })))"
        }
        if links.count <= 1 || confirmed.isEmpty || unreviewed.isEmpty {
            let subject =
                links.count == 1 ? "De koppeling aan de belofte is" : "De koppelingen aan de beloften zijn"
            if unreviewed.isEmpty, !confirmed.isEmpty {
                var by: [String] = []
                for item in confirmed where !by.contains(item) { by.append(item) }
                return "\(subject) bevestigd \(Dutch.list(by))."
            }
            return "\(subject) \(read(unreviewed)) en nog niet door een analist beoordeeld."
        }
        return links.map { item in
            let pledge = Dutch.pledgeWords(item.pledge, limit: 60)
            if let by = confirmation(item.link) { return "De koppeling aan \(pledge) is bevestigd \(by)." }
            return "De koppeling aan \(pledge) is \(read([item])) en nog niet door een analist beoordeeld."
        }.joined(separator: " ")
    }

    private func judgement(_ pledge: Pledge, score: PledgeScore, notes: inout Footnotes) -> LetterContent.Judgement {
        let rights = pledge.rights
        var assessed = "Beoordeling van de rechtenrichting door \(rights.assessedBy)"
        if let on = rights.assessedOn { assessed += " op \(Dutch.date(on))" }
        // Whose the status is: the rubric's, or an analyst's where one decided the pledge.
        let decided =
            switch score.source {
            case .review(let deed, let review):
                "status beslist door \(deed), doorslaggevend volgens \(review.by) (\(Dutch.date(review.on)))"
            case .verdict(let verdict): "status volgens het oordeel van \(verdict.by) van \(Dutch.date(verdict.on))"
            default: "status volgens rubric \(provenance.rubric)"
            }
        assessed += " (\(pledge.location.file)); \(decided), stand per \(Dutch.date(Day(provenance.asOf)!)):"
        let standard = rights.standard.flatMap(ledger.standard)
        return .init(
            pledge: Dutch.innerQuotes(Dutch.shortened(pledge.text, limit: 120)),
            pledgeQuoted: Dutch.pledgeWords(pledge, limit: 120),
            status: Dutch.status(score.status, reason: score.reason),
            progress: score.progress, rightsEffect: Dutch.signed(score.rightsEffect),
            direction: Self.directionSentence(rights.direction), reason: rights.reason,
            reasonNote: notes.number(
                for: "judgement:\(pledge.id)", text: assessed, url: nil,
                command: "tracker explain \(pledge.id) --as-of \(provenance.asOf)"),
            hasStandard: standard != nil, standard: Dutch.innerQuotes(standard?.text ?? ""),
            standardQuoted: standard.map { Dutch.quoted(Dutch.innerQuotes($0.text), $0.quotation) } ?? "",
            standardParaphrase: standard?.quotation == .paraphrase,
            standardBy: standard.flatMap { ledger.document($0.source.document) }.map(Dutch.sourceName) ?? "",
            standardNote: standard.map {
                notes.number(for: "source:\($0.id)", text: sourceNote($0.source, quoting: false), url: url($0.source))
            } ?? 0)
    }

    static func directionSentence(_ direction: RightsAssessment.Direction) -> String {
        switch direction {
        case .advances: "Deze belofte bevordert de mensenrechten"
        case .threatens: "Deze belofte bedreigt de mensenrechten"
        case .mixed: "Deze belofte heeft een gemengd effect op de mensenrechten"
        }
    }

    /// `Amnesty International Nederland, “Brief aan de Tweede Kamer …”, Het recht op asiel; geciteerd uit “…”`:
    /// a pledge's words quoting (`quoting`) a document the source quotes say so; a standard's are its source's own.
    private func sourceNote(_ citation: Citation, quoting: Bool) -> String {
        guard let document = ledger.document(citation.document) else { return citation.document }
        // A copy that names no author says so after the title, not in the author's place.
        var text =
            document.namesAuthor
            ? "\(document.author), “\(document.title)”" : "“\(document.title)” (auteur \(document.author))"
        if let date = document.date { text += ", \(Dutch.date(date))" }
        if let section = citation.section { text += ", \(section)" }
        if let page = citation.page { text += ", p. \(page)" }
        if quoting, let quoted = document.quotes.flatMap(ledger.document) {
            text += "; geciteerd uit “\(quoted.title)”"
            if !citation.verified { text += ", nog niet aan de oorspronkelijke tekst getoetst" }
        }
        return text + "."
    }

    private func url(_ citation: Citation) -> String? { ledger.document(citation.document)?.url }

    private func aanhef(_ recipient: LetterRecipient) -> String {
        switch recipient {
        case .tweedeKamer: "Geachte leden van de Tweede Kamer,"
        case .committee(let committee): "Geachte leden van de vaste commissie voor \(committee.name),"
        case .municipality(let id): "Geachte leden van de gemeenteraad van \(municipalityName(id)),"
        }
    }

    private func name(_ recipient: LetterRecipient) -> String {
        switch recipient {
        case .tweedeKamer: "de Tweede Kamer"
        case .committee(let committee): "de vaste commissie voor \(committee.name)"
        case .municipality(let id): "de gemeenteraad van \(municipalityName(id))"
        }
    }

    private func pledgers(_ recipient: LetterRecipient, pledges: [Pledge]) -> String {
        if recipient.isNational {
            // Pledges of more than one government's parties, as between a new coalition's agreement and the end of
            // the old cabinet's term, are named by their parties, first made first: not all are "het kabinet"'s.
            var parties: [[String]] = []
            for (_, pledge) in pledges.enumerated().sorted(by: { ($0.1.date, $0.0) < ($1.1.date, $1.0) })
            where pledge.actor == "kabinet" && !pledge.parties.isEmpty
                && !parties.contains(where: { Set($0) == Set(pledge.parties) })
            {
                parties.append(pledge.parties)
            }
            return parties.count > 1 ? parties.map(Dutch.list).joined(separator: " en van ") : government(recipient)
        }
        guard case .municipality(let id) = recipient,
            pledges.contains(where: { pledge in
                if case .party = MunicipalActor(pledge.actor)?.role { return true }
                return false
            })
        else { return government(recipient) }
        return "het gemeentebestuur en partijen in de gemeenteraad van \(municipalityName(id))"
    }

    private func government(_ recipient: LetterRecipient) -> String {
        switch recipient {
        case .tweedeKamer, .committee: "het kabinet"
        case .municipality(let id): "het gemeentebestuur van \(municipalityName(id))"
        }
    }

    private func subject(_ recipient: LetterRecipient, themes: [LetterContent.ThemeSection]) -> String {
        let scope = themes.count == 1 ? themes[0].name.lowercasedFirst : "mensenrechten"
        return "Woorden en daden: \(scope)"
    }

    private func municipalityName(_ id: String) -> String { ledger.municipality(id)?.name ?? id }
}

extension LetterRecipient {
    var isNational: Bool {
        if case .municipality = self { return false }
        return true
    }
}

/// Numbers footnotes in the order they are first cited; the same deed or source keeps its number.
struct Footnotes {
    private var numbers: [String: Int] = [:]
    /// The number of each note by what it says: two keys with the same note (two pledges quoted from one section
    /// of one letter) share one number instead of printing the same note twice.
    private var said: [String: Int] = [:]
    private(set) var list: [LetterContent.Footnote] = []

    mutating func number(for key: String, text: String, url: String?, command: String? = nil) -> Int {
        if let number = numbers[key] { return number }
        let content = [text, url ?? "", command ?? ""].joined(separator: "\u{0}")
        if let number = said[content] {
            numbers[key] = number
            return number
        }
        let number = list.count + 1
        numbers[key] = number
        said[content] = number
        list.append(
            .init(
                number: number, text: text, hasURL: url != nil, url: url ?? "", hasCommand: command != nil,
                command: command ?? "",
                commandWords: (command ?? "").split(separator: " ").enumerated().map {
                    .init(text: String($1), first: $0 == 0)
                }))
        return number
    }
}

extension String {
    /// The text with its first letter in lower case, unless it starts an abbreviation or a name (`VN-…`).
    var lowercasedFirst: String {
        guard let first = first, first.isUppercase else { return self }
        let second = dropFirst().first
        if second?.isUppercase == true { return self }
        let names = ["Internationaal", "Nederland", "Europees"]
        if names.contains(where: hasPrefix) { return self }
        return first.lowercased() + dropFirst()
    }
}
