import Core
import Deeds
import Foundation
import Ledger
import Publishing
import Scoring
import Store

/// What the feed, the letters and `publish` read: the ledger and its rubric, every link that can count with its
/// deed, the recorded runs, and what the outputs were made from.
package struct PublishingInputs: Sendable {
    package var ledger: Ledger
    package var rubric: Rubric
    package var evidence: [Evidence]
    package var runs: [RunHistory]
    /// Deeds that analysts' reviews name, by id (a rejected link's deed is in no link).
    package var reviewedDeeds: [String: Deed]
    package var provenance: Provenance
    package var asOf: Day
    /// The recorded runs made from the same ledger, rubric, deeds and code, with the day each scored, in the order
    /// recorded: an output names the latest of its own day.
    var sameInputRuns: [(asOf: Day, id: Int64)]
    /// The ledger and the database the inputs were read from, for the scorecard of the same inputs.
    var context: ScoringContext

    package var scorer: Scorer { Scorer(rubric: rubric, reviews: ledger.reviews) }

    package var events: FeedEvents {
        FeedEvents(ledger: ledger, scorer: scorer, evidence: evidence, runs: runs, reviewedDeeds: reviewedDeeds)
    }
}

/// The publishing commands as library functions; like every read command they never create a database.
package enum PublishQueries {
    /// Reads everything publishing needs, as of `asOf` (with `ledger`, when the caller has read it already).
    package static func inputs(_ workspace: Workspace, asOf: Day, ledger: Ledger? = nil) throws -> PublishingInputs {
        let context = try ScoringContext(
            reading: try ledger ?? workspace.loadLedger(), store: try workspace.openExistingStore())
        let store = context.store
        let evidence = try context.evidence()
        let runs = try store.runs().map { run in
            RunHistory(
                id: run.id, time: run.time, asOf: run.asOf, rubric: run.rubricVersion,
                rubricFingerprint: run.rubricHash,
                scores: try store.scores(ofRun: run.id).compactMap(RunRecorder.snapshot),
                inputs: [run.ledgerHash, run.rubricHash, run.deedsHash, run.codeVersion].joined(separator: " "))
        }
        let reviewed = try store.deeds(ids: context.ledger.reviews.deeds.sorted())
        let deedsHash = try store.deedSetFingerprint()
        // A run scored as of another day scored other things: only one of the same day and inputs is named.
        let sameInputs = try store.runs().filter {
            $0.ledgerHash == context.ledger.fingerprint && $0.rubricHash == context.rubric.fingerprint
                && $0.deedsHash == deedsHash && $0.codeVersion == RunRecorder.codeVersion
        }.map { (asOf: $0.asOf, id: $0.id) }
        return PublishingInputs(
            ledger: context.ledger, rubric: context.rubric, evidence: evidence, runs: runs, reviewedDeeds: reviewed,
            provenance: Provenance(
                asOf: asOf, rubric: context.rubric.version, rubricHash: context.rubric.fingerprint,
                ledgerHash: context.ledger.fingerprint, deedsHash: deedsHash, codeVersion: RunRecorder.codeVersion,
                run: sameInputs.last { $0.asOf == asOf }?.id),
            asOf: asOf, sameInputRuns: sameInputs, context: context)
    }

    /// The JSON Feed as of `asOf`: the events of every pledge, or of those on `theme`, from `since` on.
    package static func feed(_ workspace: Workspace, asOf: Day, since: Day?, theme: String?) throws -> FeedView {
        let ledger = try workspace.loadLedger()
        _ = try Selection(pledge: nil, theme: theme, in: ledger)
        try checkPeriod(since: since, asOf: asOf)
        return feed(try inputs(workspace, asOf: asOf, ledger: ledger), since: since, theme: theme)
    }

    /// The feed from inputs already read (`publish` makes one per theme).
    package static func feed(_ inputs: PublishingInputs, since: Day?, theme: String?) -> FeedView {
        let events = inputs.events.events(asOf: inputs.asOf) { pledge in
            theme.map { pledge.themes.contains($0) } ?? true
        }
        return FeedView(
            events: events, ledger: inputs.ledger, theme: theme, since: since, provenance: inputs.provenance)
    }

    /// A letter as written, with how many of the links it reports no analyst has reviewed (of how many).
    package struct WrittenLetter: Sendable {
        package var text: String
        package var unreviewedLinks: Int
        package var links: Int
    }

    /// A briefing letter to `to` (`tweede-kamer`, `commissie:NAME`, `gemeente:ID`) on `themes` (none: the
    /// recipient's), with the deeds counted from `since` up to `asOf`, from the templates in `templates`
    /// (default: the workspace's `Templates/`).
    package static func letter(
        _ workspace: Workspace, to: String, themes: [String], since: Day?, asOf: Day, format: LetterFormat,
        templates: URL? = nil
    ) throws -> WrittenLetter {
        let ledger = try workspace.loadLedger()
        let recipient = try LetterRecipient(to, ledger: ledger)
        for theme in themes { _ = try Selection(pledge: nil, theme: theme, in: ledger) }
        try checkPeriod(since: since, asOf: asOf)
        try checkSubject(recipient, themes: themes, asOf: asOf, ledger: ledger)
        let templates = try LetterTemplates(folder: templates ?? workspace.templates)
        let inputs = try inputs(workspace, asOf: asOf, ledger: ledger)
        let content = letter(inputs, to: recipient, themes: themes, since: since, format: format)
        return WrittenLetter(
            text: templates.render(content, format: format), unreviewedLinks: content.unreviewedLinks,
            links: content.unreviewedLinks + content.confirmedLinks)
    }

    /// A letter is about pledges the recipient holds to account, made by its day and not of a term ended by then: a
    /// theme (asked for, or by default its committee's) none of them is on would make a letter about nothing.
    private static func checkSubject(_ recipient: LetterRecipient, themes: [String], asOf: Day, ledger: Ledger) throws {
        let concerned = ledger.pledges.filter(recipient.concerns)
        let terms = ledger.rubric?.terms ?? []
        let held = concerned.filter { recipient.holds($0, on: asOf, terms: terms) }
        let covered = recipient.defaultThemes(ledger, pledges: held)
        if concerned.isEmpty {
            throw RequestError(
                "\(recipient.argument) holds no pledge of the ledger to account; expected a recipient with pledges in Commitments/"
            )
        }
        for theme in themes where !held.contains(where: { $0.themes.contains(theme) }) {
            if let ended = endedTerms(concerned.filter { $0.themes.contains(theme) }, asOf: asOf, terms: terms) {
                throw RequestError(
                    "no pledge on theme '\(theme)' that \(recipient.argument) holds to account on --as-of \(asOf): \(ended)"
                )
            }
            if let first = concerned.filter({ $0.themes.contains(theme) }).map(\.date).min() {
                throw RequestError(
                    "no pledge on theme '\(theme)' that \(recipient.argument) holds to account was made by --as-of \(asOf); the first was made on \(first)"
                )
            }
            throw RequestError(
                "no pledge on theme '\(theme)' is one \(recipient.argument) holds to account; expected one of its themes: \(covered.isEmpty ? "none" : covered.joined(separator: ", "))"
            )
        }
        guard themes.isEmpty, covered.isEmpty else { return }
        // The pledges on the themes its letter is about (a committee's own), made by the day or later: all of those
        // made by then of ended terms is the reason there is no letter.
        let onThemes = recipient.defaultThemes(ledger, pledges: concerned)
        let candidates = concerned.filter { $0.themes.contains(where: onThemes.contains) }
        if let ended = endedTerms(candidates, asOf: asOf, terms: terms) {
            if case .committee = recipient {
                let made = recipient.defaultThemes(ledger, pledges: candidates.filter { $0.date <= asOf })
                throw RequestError(
                    "no pledge on the themes of \(recipient.argument) (\(made.joined(separator: ", "))) is one it holds to account on --as-of \(asOf): \(ended)"
                )
            }
            throw RequestError("no pledge \(recipient.argument) holds to account on --as-of \(asOf): \(ended)")
        }
        if held.isEmpty, let first = concerned.map(\.date).min() {
            throw RequestError(
                "no pledge \(recipient.argument) holds to account was made by --as-of \(asOf); the first was made on \(first)"
            )
        }
        guard case .committee(let committee) = recipient else { return }
        throw RequestError(
            "no national pledge is on the themes of \(recipient.argument) (\(committee.themes.joined(separator: ", "))); expected --theme with a theme of the ledger's national pledges, or another committee"
        )
    }

    /// Why `pledges` give no letter on `asOf` when those made by then are all of terms ended by then: the terms, and
    /// the day that gives one; nil when some are not, or none was made by then.
    private static func endedTerms(_ pledges: [Pledge], asOf: Day, terms: [Rubric.Term]) -> String? {
        let made = pledges.filter { $0.date <= asOf }
        let ended = made.compactMap { LetterRecipient.endedTerm(of: $0, by: asOf, terms: terms) }
        guard !made.isEmpty, ended.count == made.count else { return nil }
        let named = terms.filter { term in ended.contains(term) }.sorted { ($0.ends, $0.id) < ($1.ends, $1.id) }
        var expected = "expected --as-of before a term's end for a letter on its pledges"
        // The next government's letter lies the other way: from the day its first pledge was made.
        if let next = pledges.map(\.date).filter({ $0 > asOf }).min() {
            expected += ", or from \(next) on, when the next pledge was made"
        }
        return
            "those made by then are of \(named.count == 1 ? "a term" : "terms") that had ended (\(named.map { "\($0.id), \($0.ends)" }.joined(separator: "; "))); \(expected)"
    }

    /// A letter's content from inputs already read (`publish` writes several).
    package static func letter(
        _ inputs: PublishingInputs, to recipient: LetterRecipient, themes: [String], since: Day?, format: LetterFormat
    ) -> LetterContent {
        LetterBuilder(
            ledger: inputs.ledger, scorer: inputs.scorer, evidence: inputs.evidence, provenance: inputs.provenance
        ).letter(to: recipient, themes: themes, since: since, format: format.rawValue)
    }

    /// The human-rights report on `municipality` (an id of the ledger) over `year`, as of the year's last day or
    /// `asOf` (today) when that is earlier, from the templates in `templates` (default: the workspace's `Templates/`).
    ///
    /// - Throws: an unknown municipality (with a suggestion), a year after `asOf`'s, a template missing or broken.
    package static func annualReport(
        _ workspace: Workspace, municipality: String, year: Int, asOf: Day, format: LetterFormat,
        templates: URL? = nil
    ) throws -> WrittenLetter {
        let ledger = try workspace.loadLedger()
        // `gemeente:utrecht`, the form `letter --to` takes, names the municipality too.
        let given =
            municipality.hasPrefix("gemeente:") ? String(municipality.dropFirst("gemeente:".count)) : municipality
        let id = try LetterRecipient.municipality(given, ledger: ledger, prefix: "")
        guard let end = Day(year: year, month: 12, day: 31) else {
            throw RequestError("--year \(year) is not a year; expected four digits, such as 2025")
        }
        guard year <= asOf.year else {
            throw RequestError("--year \(year) has not begun on \(asOf); expected \(asOf.year) or earlier")
        }
        let day = min(end, asOf)
        let first = ledger.pledges.filter { $0.municipality == id }.map(\.date).min()
        guard let first, first <= day else {
            let expected =
                switch first {
                // The year is one the municipality has pledges in; the report's day comes before the first of them.
                case let first? where first.year <= year: "expected --as-of \(first) or later for a report over \(year)"
                case let first?: "expected a year from \(first.year) on"
                case nil: "expected a year once the ledger has a pledge of it"
                }
            throw RequestError(
                "\(id) has no pledge made by \(day)\(first.map { " (its first is of \($0))" } ?? ""); \(expected)")
        }
        let templates = try LetterTemplates(folder: templates ?? workspace.templates)
        let report = annualReport(
            try inputs(workspace, asOf: day, ledger: ledger), municipality: id, year: year, format: format)
        return WrittenLetter(
            text: try templates.render(report, format: format), unreviewedLinks: report.letter.unreviewedLinks,
            links: report.letter.unreviewedLinks + report.letter.confirmedLinks)
    }

    /// The report from inputs already read (`publish` writes one per municipality), as of the year's last day or
    /// the inputs' day when that is earlier.
    package static func annualReport(
        _ inputs: PublishingInputs, municipality: String, year: Int, format: LetterFormat
    ) -> AnnualReport {
        var provenance = inputs.provenance
        let day = min(Day(year: year, month: 12, day: 31)!, inputs.asOf)
        provenance.asOf = day.description
        provenance.run = inputs.sameInputRuns.last { $0.asOf == day }?.id
        return LetterBuilder(
            ledger: inputs.ledger, scorer: inputs.scorer, evidence: inputs.evidence, provenance: provenance
        )
        .annualReport(municipality: municipality, year: year, format: format.rawValue)
    }

    /// The scorecard as a web page (`scorecard --format html`, `publish`), from the templates in `templates`
    /// (default: the workspace's `Templates/`).
    package static func scorecardPage(_ workspace: Workspace, asOf: Day, theme: String? = nil, templates: URL? = nil)
        throws -> String
    {
        let templates = try LetterTemplates(folder: templates ?? workspace.templates)
        let ledger = try workspace.loadLedger()
        // An unknown theme is refused before the evidence is read.
        _ = try Selection(pledge: nil, theme: theme, in: ledger)
        let inputs = try inputs(workspace, asOf: asOf, ledger: ledger)
        return try scorecardPage(inputs, card: try scorecard(inputs).only(theme: theme), templates: templates)
    }

    /// The scorecard of the inputs already read (the same links, deeds and ledger as the letters and feeds).
    package static func scorecard(_ inputs: PublishingInputs) throws -> Scorecard {
        try ScoreQueries.scorecard(inputs.context, evidence: inputs.evidence, asOf: inputs.asOf)
    }

    /// The scorecard page from inputs already read and their scorecard: every pledge's score and its monthly series.
    package static func scorecardPage(_ inputs: PublishingInputs, card: Scorecard, templates: LetterTemplates)
        throws -> String
    {
        let series = ScoreQueries.timeline(
            inputs.ledger.pledges, evidence: Dictionary(grouping: inputs.evidence, by: \.link.pledge),
            scorer: inputs.scorer, until: inputs.asOf)
        let timelines = Dictionary(grouping: series, by: \.pledge)
        let page = ScorecardPage(
            ledger: card.ledger, scores: card.scores, themes: card.themes, timelines: timelines,
            deedCount: card.deedCount, asOf: inputs.asOf, provenance: inputs.provenance)
        guard let html = templates.render(page, template: "scorecard.html") else {
            throw RequestError(
                "no template scorecard.html.mustache in \(templates.folder.path); expected the scorecard page's template (docs/publishing.md)"
            )
        }
        return html
    }

    /// `--since` after `--as-of` asks for a period that cannot hold anything.
    static func checkPeriod(since: Day?, asOf: Day) throws {
        if let since, since > asOf {
            throw RequestError("--since \(since) is after --as-of \(asOf); expected a day on or before it")
        }
    }
}
