import Core
import Deeds
import Foundation
import Ledger
import Linking
import Scoring
import Store

/// What scoring reads: the ledger with its rubric, and the links and deeds in the store.
///
/// One pledge's evidence is read by the link table's key and each deed by id, so scoring one pledge does not
/// read the other deeds.
struct ScoringContext: Sendable {
    let ledger: Ledger
    let rubric: Rubric
    let store: Store

    init(ledger: Ledger, store: Store) throws {
        guard let rubric = ledger.rubric else {
            throw RequestError(
                "no Commitments/rubric.yaml in the workspace; expected the scoring rubric (docs/scoring.md explains it)"
            )
        }
        self.ledger = ledger
        self.rubric = rubric
        self.store = store
    }

    /// The context of a read command, which says (once it is done) when the stored links are older than the ledger
    /// or the deeds: what it shows comes from the links as stored. Not for scoring right after linking (the run a
    /// command records) nor for timing one pledge (`make bench`).
    init(reading ledger: Ledger, store: Store) throws {
        try self.init(ledger: ledger, store: store)
        Self.noticeStaleness(ledger: ledger, store: store)
        for problem in Validation.checkReviewedDeeds(ledger, store: store) { Notices.post(problem.description) }
        for problem in ledger.reviewWarnings { Notices.post(problem.description) }
    }

    /// Says (once the command is done) when the stored links are older than the ledger or the deeds: every command
    /// that shows stored links (the scoring commands, `links`, the review queue).
    static func noticeStaleness(ledger: Ledger, store: Store) {
        if let stale = try? LinkingRun.staleness(ledger: ledger, store: store) {
            // Links a newer tracker computed are not this one's to redo: `update` would refuse.
            let redo = stale.hasSuffix("use the newer tracker") ? "" : ", and `tracker update` links the deeds again"
            Notices.post("warning: \(stale); this reads the links as stored\(redo)")
        }
    }

    /// The context of a read command: never creates a database.
    init(workspace: Workspace) throws {
        try self.init(reading: try workspace.loadLedger(), store: try workspace.openExistingStore())
    }

    var scorer: Scorer { Scorer(rubric: rubric, reviews: ledger.reviews) }

    /// The evidence of every pledge: the links that can count (at the rubric's evidence line or confirmed by an
    /// analyst) and the deeds they name, each read once.
    func evidence() throws -> [Evidence] {
        let links = try store.links().filter(canCount)
        let ids = Set(links.map(\.deed)).sorted()
        let deeds = try store.deeds(ids: ids)
        let replaced = try store.replacements(of: ids)
        return try preferringRecorded(
            links.compactMap { link in
                deeds[link.deed].map { Evidence(link: link, deed: $0, replacedBy: replaced[link.deed]) }
            })
    }

    /// A commitment as spoken in a debate that the Kamer also registered counts as the registered one, once per
    /// pledge (its strongest link), with what the spoken form adds (`CommitmentMatch`).
    func preferringRecorded(_ evidence: [Evidence]) throws -> [Evidence] {
        let spoken = evidence.contains {
            $0.deed.kind == .commitment && $0.deed.source.format != .syncfeed && !$0.deed.refs.activities.isEmpty
        }
        guard spoken else { return evidence }
        let (commitments, replaced) = CommitmentMatch.preferringRecorded(try store.commitmentDeeds())
        guard !replaced.isEmpty else { return evidence }
        let merged = Dictionary(commitments.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        var strongest: [String: Evidence] = [:]
        var order: [String] = []
        for var item in evidence {
            item.link.deed = replaced[item.deed.id] ?? item.deed.id
            item.deed = merged[item.link.deed] ?? item.deed
            let key = "\(item.link.pledge)\u{0}\(item.link.deed)"
            if let known = strongest[key] {
                if item.link.confidence > known.link.confidence { strongest[key] = item }
            } else {
                strongest[key] = item
                order.append(key)
            }
        }
        return order.compactMap { strongest[$0] }
    }

    /// Whether a link can count: at the evidence line, or confirmed by an analyst.
    func canCount(_ link: Link) -> Bool {
        link.confidence >= rubric.evidenceConfidence || link.method == .review
    }

    /// The evidence of one pledge, read by the link table's key: by default only the links that can count (at the
    /// rubric's evidence line or confirmed by an analyst), each deed by id; with `all`, every link.
    func evidence(pledge: String, all: Bool = false) throws -> [Evidence] {
        let found = try store.evidence(pledge: pledge, minimumConfidence: all ? 0 : rubric.evidenceConfidence)
        let replaced = try store.replacements(of: found.map(\.1.id))
        return try preferringRecorded(found.map { Evidence(link: $0, deed: $1, replacedBy: replaced[$1.id]) })
    }

    /// The rights alerts per theme as of `asOf`: deeds whose title or operative text carries a theme's terms (as
    /// linking recorded them; the newest `limit` per theme) and that no pledge on the theme is linked to at the
    /// evidence line with a stance.
    func alerts(asOf: Day, links: [Link], limit: Int = 10_000) throws -> [String: [RightsAlert]] {
        let carried = try store.themeTerms(countedAsOf: asOf, limit: limit)
        let deeds = Set(carried.map(\.terms.deed))
        let finder = RightsAlerts(evidenceConfidence: rubric.evidenceConfidence)
        return finder.alerts(ledger, carried: carried, links: links.filter { deeds.contains($0.deed) }, asOf: asOf)
    }
}
