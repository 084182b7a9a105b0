import Core
import Deeds
import Foundation
import Ledger
import Scoring

// The stable JSON of scoring: `scorecard`, `scorecard --by theme`, `explain`, `timeline`, `diff`, `runs`.
// Keys and values are English; docs/cli.md lists them.

/// One party's votes against a pledge (or a theme's pledges).
package struct ConsistencyView: Encodable, Sendable {
    var party: String
    /// Whether the party made the pledge.
    var pledged: Bool
    var votes: Int
    var inLine: Int
    var against: Int
    var other: Int
    /// Of the votes, those the party said it cast by mistake (`vergissing`).
    var mistaken: Int
    @Null var seats: Int?
    var deeds: [String]
    /// In a theme's rows, the municipality whose council the party sits in; null for the Tweede Kamer's parties and
    /// in a pledge's rows.
    @Null var council: String?

    init(_ record: PartyConsistency) {
        party = record.party
        council = record.council
        pledged = record.pledged
        votes = record.votes
        inLine = record.inLine
        against = record.against
        other = record.other
        mistaken = record.mistaken
        seats = record.seats
        deeds = record.deeds
    }
}

/// A scorecard row: the scores with what a reader needs beside the ids (the pledge's words and source, the
/// standard, each deed's title and official address), so a row stands alone.
package struct ScoreView: Encodable, Sendable {
    /// A deed the row names by id, with its title, official address and what it did to the score.
    struct DeedSummary: Encodable, Sendable {
        var id: String
        /// The day the deed counts from.
        var date: String
        var kind: String
        var title: String
        /// The official document (`DeedReference.url`), or null when none is known.
        @Null var url: String?
        /// The number to look it up by, in Dutch (`Kamerstuk 30950, nr. 458`).
        var reference: String
        var stance: String
        var confidence: Double
        var method: String
        @Null var rule: String?
        var points: Int
        /// The deed's outcome as the source words it (`Aangenomen`), and the cabinet's advice.
        @Null var outcome: String?
        @Null var cabinetAppraisal: String?

        init(_ part: Contribution, deed: Deed?) {
            let deed = deed?.asStood(on: part.day)
            id = part.deed
            date = part.day.description
            kind = deed?.kind.rawValue ?? ""
            title = deed?.title ?? ""
            url = deed.flatMap(DeedReference.url) ?? DeedReference.url(id: part.deed)
            reference = deed.map(DeedReference.number) ?? DeedReference.number(id: part.deed)
            stance = part.link.stance.rawValue
            confidence = part.link.confidence
            method = part.link.method.rawValue
            rule = part.standing == .counted ? part.rule?.id : nil
            points = part.points
            outcome = deed?.outcome?.label
            cabinetAppraisal = deed?.cabinetAppraisal
        }
    }

    /// The standard a pledge is judged against.
    struct StandardSummary: Encodable, Sendable {
        var id: String
        var text: String
        var source: CitationView
    }

    var pledge: String
    var themes: [String]
    var actor: String
    var parties: [String]
    /// The pledge's words and where they are found.
    var text: String
    var quotation: String
    var source: CitationView
    /// The day the pledge was made.
    var pledgeDate: String
    /// Whether it was made after `as_of`: listed as not rated, but in none of a report's figures.
    var later: Bool
    var status: String
    /// Why a broken pledge is broken.
    @Null var reason: String?
    var progress: Int
    var rightsEffect: Double
    var rightsDirection: String
    @Null var standard: StandardSummary?
    /// The number of deeds counted.
    var links: Int
    /// The counted deeds, strongest link first.
    var deeds: [String]
    /// The same deeds, in the same order, with their titles and addresses.
    var countedDeeds: [DeedSummary]
    /// The linked deeds dated before the pledge, strongest link first: shown, never counted.
    var priorRecord: [String]
    var priorDeeds: [DeedSummary]
    var consistency: [ConsistencyView]
    var asOf: String
    var rubric: String
    /// The recorded run these scores are, when one was recorded with the same inputs and day.
    @Null var run: Int64?

    /// - Parameters:
    ///   - ledger: the ledger the score was computed from (it has the pledge).
    ///   - deeds: the deeds the score names, by id (one missing is shown by its id alone).
    package init(_ score: PledgeScore, run: Int64?, ledger: Ledger, deeds: [String: Deed]) {
        let pledge = ledger.pledge(score.pledge)!
        self.pledge = score.pledge
        themes = score.themes
        actor = pledge.actor
        parties = pledge.parties
        text = pledge.text
        quotation = pledge.quotation.rawValue
        source = CitationView(pledge.source, ledger: ledger)
        pledgeDate = pledge.date.description
        later = score.isLater(in: ledger)
        status = score.status.rawValue
        reason = score.reason?.rawValue
        progress = score.progress
        rightsEffect = score.rightsEffect
        rightsDirection = score.direction.rawValue
        standard = pledge.rights.standard.flatMap(ledger.standard).map {
            StandardSummary(id: $0.id, text: $0.text, source: CitationView($0.source, ledger: ledger))
        }
        links = score.counted.count
        self.deeds = score.counted.map(\.deed)
        countedDeeds = score.counted.map { DeedSummary($0, deed: deeds[$0.deed]) }
        priorRecord = score.priorRecord.map(\.deed)
        priorDeeds = score.priorRecord.map { DeedSummary($0, deed: deeds[$0.deed]) }
        consistency = score.consistency.map(ConsistencyView.init)
        asOf = score.asOf.description
        rubric = score.rubric
        self.run = run
    }

    /// The CSV form: one record per pledge; lists of deed ids and addresses separated by spaces, parties and
    /// themes by "; " (docs/cli.md lists the columns).
    package static func csv(_ rows: [ScoreView]) -> String {
        var table = CSVTable(header: [
            "pledge", "actor", "parties", "themes", "status", "reason", "progress", "rights_effect",
            "rights_direction", "standard", "links", "deeds", "deed_urls", "prior_record", "text", "source_title",
            "source_section", "source_url", "as_of", "rubric", "run", "pledge_date", "later",
        ])
        for row in rows {
            table.append([
                row.pledge, row.actor, row.parties.joined(separator: "; "), row.themes.joined(separator: "; "),
                row.status, row.reason ?? "", String(row.progress), String(row.rightsEffect), row.rightsDirection,
                row.standard?.id ?? "", String(row.links), row.deeds.joined(separator: " "),
                row.countedDeeds.map { $0.url ?? "" }.joined(separator: " "), row.priorRecord.joined(separator: " "),
                row.text, row.source.title ?? "", row.source.section ?? "", row.source.url ?? "", row.asOf, row.rubric,
                row.run.map(String.init) ?? "", row.pledgeDate, String(row.later),
            ])
        }
        return table.render()
    }
}

/// A theme row of `scorecard --by theme`.
package struct ThemeScoreView: Encodable, Sendable {
    struct Alert: Encodable, Sendable {
        var deed: String
        var date: String
        var title: String
        var terms: [String]
    }

    var theme: String
    var pledges: [String]
    /// How many pledges have each status (every status present, zero or not).
    var statuses: [String: Int]
    /// Of `pledges`, those made after the day: not in `statuses`, `progress`, `rights_effect` or `consistency`.
    var later: [String]
    /// The mean progress of the pledges made by the day; null when there is none, as there is no mean of nothing.
    @Null var progress: Int?
    var rightsEffect: Double
    var consistency: [ConsistencyView]
    var alerts: [Alert]
    var asOf: String
    var rubric: String
    @Null var run: Int64?

    package init(_ theme: ThemeScore, asOf: Day, rubric: String, run: Int64?) {
        self.theme = theme.theme
        pledges = theme.pledges
        later = theme.later
        statuses = Dictionary(
            uniqueKeysWithValues: FulfilmentStatus.allCases.map { ($0.rawValue, theme.statuses[$0] ?? 0) })
        progress = theme.pledges.count > theme.later.count ? theme.progress : nil
        rightsEffect = theme.rightsEffect
        consistency = theme.consistency.map(ConsistencyView.init)
        alerts = theme.alerts.map { Alert(deed: $0.deed, date: $0.day.description, title: $0.title, terms: $0.terms) }
        self.asOf = asOf.description
        self.rubric = rubric
        self.run = run
    }
}

/// `tracker explain --format json`: one pledge, every linked deed and what it did.
package struct ExplainView: Encodable, Sendable {
    struct KeptByView: Encodable, Sendable {
        var milestone: String
        var dossiers: [String]
    }

    struct VerdictView: Encodable, Sendable {
        var status: String
        @Null var reason: String?
        var on: String
        var by: String
        var deeds: [String]
        @Null var note: String?
    }

    struct DecidedBy: Encodable, Sendable {
        /// `evidence`, `rule`, `review`, `verdict` or `end-of-term`.
        var kind: String
        @Null var deed: String? = nil
        @Null var rule: String? = nil
        @Null var term: String? = nil
        /// The analyst who marked the deed decisive (`review`), when, and why.
        @Null var by: String? = nil
        @Null var on: String? = nil
        @Null var note: String? = nil
    }

    struct DeedRow: Encodable, Sendable {
        var deed: String
        var date: String
        var kind: String
        var title: String
        @Null var outcome: String?
        @Null var cabinetAppraisal: String?
        var stance: String
        var confidence: Double
        var method: String
        /// `counted`, `prior-record`, `below-evidence` or `after-term`.
        var standing: String
        @Null var rule: String?
        @Null var ruleLabel: String?
        var points: Int
        /// The status the deed decided (`kept`, `partial`, `broken`), if it did.
        @Null var decides: String?
    }

    var pledge: String
    var text: String
    var keptWhen: String
    @Null var keptBy: KeptByView?
    @Null var verdict: VerdictView?
    var rightsDirection: String
    var status: String
    @Null var reason: String?
    var progress: Int
    var rightsEffect: Double
    var decidedBy: DecidedBy
    var deeds: [DeedRow]
    var consistency: [ConsistencyView]
    var asOf: String
    var rubric: String

    package init(_ pledge: Pledge, score: PledgeScore, deeds: [String: Deed]) {
        self.pledge = pledge.id
        text = pledge.text
        keptWhen = pledge.keptWhen
        keptBy = pledge.keptBy.map { KeptByView(milestone: $0.milestone, dossiers: $0.dossiers) }
        verdict = pledge.verdict.map {
            VerdictView(
                status: $0.status.rawValue, reason: $0.reason?.rawValue, on: $0.on.description, by: $0.by,
                deeds: $0.deeds, note: $0.note)
        }
        rightsDirection = pledge.rights.direction.rawValue
        status = score.status.rawValue
        reason = score.reason?.rawValue
        progress = score.progress
        rightsEffect = score.rightsEffect
        switch score.source {
        case .evidence: decidedBy = DecidedBy(kind: "evidence")
        case .rule(let deed, let rule): decidedBy = DecidedBy(kind: "rule", deed: deed, rule: rule)
        case .review(let deed, let review):
            decidedBy = DecidedBy(
                kind: "review", deed: deed, by: review.by, on: review.on.description, note: review.note)
        case .verdict(let verdict):
            decidedBy = DecidedBy(kind: "verdict", by: verdict.by, on: verdict.on.description, note: verdict.note)
        case .endOfTerm(let term): decidedBy = DecidedBy(kind: "end-of-term", term: term.id)
        }
        self.deeds = ExplainOrder.contributions(score).map { part in
            let deed = deeds.stood(part)
            return DeedRow(
                deed: part.deed, date: part.day.description, kind: deed?.kind.rawValue ?? "", title: deed?.title ?? "",
                outcome: deed?.outcome?.result.rawValue, cabinetAppraisal: deed?.cabinetAppraisal,
                stance: part.link.stance.rawValue, confidence: part.link.confidence, method: part.link.method.rawValue,
                standing: part.standing.rawValue, rule: part.rule?.id, ruleLabel: part.rule?.label, points: part.points,
                decides: part.decision?.status.rawValue)
        }
        consistency = score.consistency.map(ConsistencyView.init)
        asOf = score.asOf.description
        rubric = score.rubric
    }
}

/// The order `explain` lists deeds in: counted first, then prior record, then the rest; each by day.
enum ExplainOrder {
    static func contributions(_ score: PledgeScore) -> [Contribution] {
        let rank: [Contribution.Standing: Int] = [.counted: 0, .prior: 1, .afterTerm: 2, .belowEvidence: 3]
        return score.contributions.sorted {
            (rank[$0.standing]!, $0.day, $0.deed) < (rank[$1.standing]!, $1.day, $1.deed)
        }
    }
}

/// A row of `tracker timeline --format json`.
package struct TimelineView: Encodable, Sendable {
    var pledge: String
    var month: String
    var asOf: String
    var status: String
    @Null var reason: String?
    var progress: Int
    var rightsEffect: Double
    /// How many deeds counted by then.
    var counted: Int
    /// The deeds first counted this month.
    var newDeeds: [String]

    package init(_ point: TimelinePoint) {
        pledge = point.pledge
        month = point.month
        asOf = point.asOf.description
        status = point.status.rawValue
        reason = point.reason?.rawValue
        progress = point.progress
        rightsEffect = point.rightsEffect
        counted = point.counted
        newDeeds = point.newDeeds
    }

    /// The CSV form: a header line, then one line per point (fields with commas or quotes quoted).
    package static func csv(_ points: [TimelinePoint]) -> String {
        var lines = ["pledge,month,as_of,status,reason,progress,rights_effect,counted,new_deeds"]
        for point in points {
            let fields = [
                point.pledge, point.month, point.asOf.description, point.status.rawValue, point.reason?.rawValue ?? "",
                String(point.progress), String(point.rightsEffect), String(point.counted),
                point.newDeeds.joined(separator: " "),
            ]
            lines.append(fields.map(csvField).joined(separator: ","))
        }
        return lines.joined(separator: "\n")
    }

    private static func csvField(_ field: String) -> String {
        guard field.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" }) else { return field }
        return "\"" + field.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }
}
