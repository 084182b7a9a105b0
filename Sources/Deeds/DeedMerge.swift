import Core
import Foundation

extension Deed {
    /// Merges observations of one deed from several documents into the deed.
    ///
    /// The official text (officielebekendmakingen) wins over a meeting report for title, text and
    /// submitters, and of two official texts the deed's own publication (a motion's Kamerstuk) wins over
    /// one that tells of it (the plenary record it was submitted in); references and a bill's stages are
    /// united; the outcome comes from the latest decision. The result depends only on the observations,
    /// not on the order they were ingested in.
    package static func merge(_ observations: [Deed]) -> Deed? {
        let ordered = observations.sorted { lhs, rhs in
            let (l, r) = (lhs.source.format.authority, rhs.source.format.authority)
            if l != r { return l > r }
            let (own, otherOwn) = (lhs.isOwnPublication, rhs.isOwnPublication)
            return own != otherOwn ? own : lhs.source.hash < rhs.source.hash
        }
        guard var merged = ordered.first else { return nil }
        func first<T>(_ value: (Deed) -> T?) -> T? { ordered.lazy.compactMap(value).first }
        // The data warehouse's subject line ("Motie van het lid … over …") is the most informative title.
        merged.title =
            ordered.first { $0.source.format == .syncfeed && !$0.title.isEmpty }?.title
            ?? first { $0.title.isEmpty ? nil : $0.title } ?? merged.title
        merged.text = first { $0.text.isEmpty ? nil : $0.text } ?? ""
        merged.dictum = first { $0.dictum }
        merged.actors = first { $0.actors.isEmpty ? nil : $0.actors } ?? []
        merged.kind = first { $0.kind == .other ? nil : $0.kind } ?? merged.kind
        merged.cabinetAppraisal = first { $0.cabinetAppraisal }
        merged.status = first { $0.status }
        merged.dossierTitle = first { $0.dossierTitle }
        merged.refs = ordered.reduce(References()) { $0.merged(with: $1.refs) }
        merged.stages = Stage.united(ordered.flatMap(\.stages))
        merged.replaces = Array(Set(ordered.flatMap(\.replaces))).sorted()
        // The Tweede Kamer's decision is the bill's outcome, with the groups' votes its pledging parties are held to;
        // the Eerste Kamer's is a step of the bill (`stages`, shown by `asStood`), and its outcome only where no other
        // decision is on record. Its senators' groups are not the Tweede Kamer's.
        let chambers = ordered.filter { !$0.isEersteKamerDecision }.compactMap(\.outcome)
        let outcomes =
            chambers.isEmpty
            ? ordered.compactMap(\.outcome).map { senate in
                var outcome = senate
                outcome.votes = []
                return outcome
            } : chambers
        merged.outcome = outcomes.max { lhs, rhs in
            (lhs.date?.description ?? "", lhs.votes.count) < (rhs.date?.description ?? "", rhs.votes.count)
        }
        merged.date = first { $0.date } ?? merged.outcome?.date
        merged.source = ordered.first { !$0.text.isEmpty }?.source ?? merged.source
        return merged
    }

    /// Whether the observation is the Eerste Kamer's decision on a bill (`EersteKamerDecisions`).
    private var isEersteKamerDecision: Bool { stages.contains { $0.step.isEersteKamer } }

    /// Whether the observation was read from the deed's own publication (`kst-31311-199.html` for
    /// `kst-31311-199`) rather than from a document that tells of it.
    private var isOwnPublication: Bool {
        source.url?.hasSuffix("/\(id).html") ?? false
    }
}

extension Deed {
    /// The deed as it stood on `day`: a decision dated after it not yet taken (a motion submitted on the 19th and
    /// adopted on the 25th reads as submitted on the 20th). What an output shows of a deed at a moment it counted.
    ///
    /// The deed as it stands after its latest dated decision or step: a bill the Eerste Kamer voted on after the
    /// Tweede Kamer with that vote's outcome (`asStood`). What a list of deeds shows as its outcome today.
    package var standing: Deed {
        let latest = ([outcome?.date] + stages.map(\.date)).compactMap { $0 }.max()
        return latest.map { asStood(on: $0) } ?? self
    }

    /// A bill's outcome is the Tweede Kamer's decision, with its votes (`merge`); from the day of a later step of a
    /// chamber (the Eerste Kamer's vote) it stands with that step's outcome, without votes per group, and before its
    /// recorded decision with the outcome of a chamber's step taken by then, if any.
    package func asStood(on day: Day) -> Deed {
        let taken = stages.filter { stage in stage.date.map { $0 <= day } ?? false && stage.step.vote != nil }
        let vote = taken.max(by: { ($0.date!, $0.step) < ($1.date!, $1.step) })
        // The chamber's vote as an outcome, without its votes per group.
        let stepOutcome = vote.map { step in
            let result = step.step.vote!
            return Outcome(result: result, label: result == .adopted ? "Aangenomen" : "Verworpen", date: step.date)
        }
        var deed = self
        if let decided = outcome?.date, decided <= day {
            // The decision on record stands, unless a chamber's vote came after it by then.
            guard let voted = vote?.date, voted > decided else { return self }
            deed.outcome = stepOutcome
        } else if outcome?.date != nil {
            deed.outcome = stepOutcome
        }
        return deed
    }
}
