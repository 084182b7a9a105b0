import Core
import Deeds
import Foundation
import Ledger
import Store

/// Links the deeds in the store to the ledger: only the deeds that changed since the last run, or all of them
/// when what links are computed from changed (the ledger, its reviews, the way of linking). The analysts'
/// reviews are applied to every batch before it is stored (`ReviewedLinks`).
package struct LinkingRun: Sendable {
    /// What a run did.
    package struct Report: Sendable, Hashable {
        package enum Scope: Sendable, Hashable {
            /// The stored links were computed from this ledger and the deeds as they are.
            case upToDate
            /// Only deeds that changed since the last run were linked.
            case changed(deeds: Int)
            /// Every deed was linked again, and why.
            case all(deeds: Int, reason: String)
        }

        package var scope: Scope
        /// Links now stored, and the pledges they reach.
        package var links: Int
        package var pledges: Int

        /// One line for the summary of a command.
        package var line: String {
            let what: String
            switch scope {
            case .upToDate: what = "links up to date"
            case .changed(let deeds): what = "\(deeds) changed deed\(deeds == 1 ? "" : "s") linked"
            case .all(let deeds, let reason): what = "all \(deeds) deeds linked (\(reason))"
            }
            return "linking: \(what); \(links) links to \(pledges) pledges"
        }
    }

    package let ledger: Ledger
    package let settings: LinkSettings
    package let store: Store
    /// Deeds linked per transaction.
    package var batch = 2000

    package init(ledger: Ledger, store: Store, settings: LinkSettings = LinkSettings()) {
        self.ledger = ledger
        self.settings = settings
        self.store = store
    }

    /// A linker of the run's ledger, made when there is something to link: it folds every pledge's hints, which
    /// was a third of an update with nothing new.
    package func makeLinker() -> Linker { Linker(ledger: ledger, settings: settings) }

    /// What the stored links must have been computed from to be current.
    var fingerprint: String { LinkInputs(ledger: ledger, linker: Linker.version).stored }

    /// Why the stored links are not what linking would store now, if they are not: the ledger, its reviews or the
    /// linker changed since they were computed, or deeds were added or changed after (a command stopped before it
    /// linked). Read commands say so: what they show comes from the links as stored.
    /// (Static: making a linker, which folds every pledge's hints, would cost a read command a third of a second.)
    package static func staleness(ledger: Ledger, store: Store) throws -> String? {
        let state = try store.linkState()
        let inputs = LinkInputs(ledger: ledger, linker: Linker.version)
        if let newer = newerLinker(state.fingerprint) {
            return
                "the stored links were computed by a newer tracker (linker \(newer), this tracker's is \(Linker.version)), which this one cannot link again; use the newer tracker"
        }
        if state.fingerprint != inputs.stored {
            let reason = inputs.reason(from: state.fingerprint)
            guard state.fingerprint != nil else { return "the deeds have never been linked" }
            return "the stored links are older than the ledger (\(reason))"
        }
        let changed = try store.deedCount(changedAfter: state.seq)
        guard changed > 0 else { return nil }
        return "\(changed) deed\(changed == 1 ? " was" : "s were") added or changed after the links were computed"
    }

    /// The version of the linker that computed the stored links, when it is newer than this tracker's.
    package static func newerLinker(_ fingerprint: String?) -> Int? {
        guard let stored = fingerprint.flatMap(LinkInputs.init(stored:)), let theirs = Int(stored.linker),
            let ours = Int(Linker.version), theirs > ours
        else { return nil }
        return theirs
    }

    /// Links what needs linking (everything with `force`) and stores the links, deed batch by deed batch.
    ///
    /// - Parameter made: a linker of this run's ledger made before (`makeLinker`), for a caller that links more than
    ///   once with one ledger (trackerbench times the relink without making the linker, as it did when a run made
    ///   its linker when it was created).
    @discardableResult
    package func run(force: Bool = false, linker made: Linker? = nil) throws -> Report {
        let state = try store.linkState()
        // Links a newer linker stored are not relinked by an older one (a colleague who has not upgraded yet).
        if let newer = Self.newerLinker(state.fingerprint) {
            throw StoreError(
                path: store.path,
                reason: .failed(
                    "linked by a newer tracker (linker \(newer), this tracker's is \(Linker.version)); expected the tracker that wrote it, or a newer one"
                ))
        }
        let version = try store.deedVersion()
        let scope: Report.Scope
        let after: Int?
        if force || state.fingerprint != fingerprint {
            let inputs = LinkInputs(ledger: ledger, linker: Linker.version)
            let reason = force ? "asked for" : inputs.reason(from: state.fingerprint)
            scope = .all(deeds: try store.counts().deeds, reason: reason)
            after = nil
            try store.beginLinkRebuild()
            try store.clearThemeTerms()
        } else if state.seq < version {
            after = state.seq
            scope = .changed(deeds: try store.deedCount(changedAfter: state.seq))
        } else {
            return try report(.upToDate)
        }
        let linker = made ?? makeLinker()
        let statistics = try store.termStatistics(linker.searchStems)
        let terms = TermStatistics(documents: statistics.documents, frequencies: statistics.frequencies)
        let reviewed = ReviewedLinks(ledger.reviews)
        // A batch's links are stored while the next batch is read and linked: writing is SQLite's work on one
        // thread, linking is on every core.
        let writer = BackgroundSequence(label: "tracker.linking.store")
        do {
            try store.forEachDeed(changedAfter: after, batch: batch) { deeds in
                let read = linker.read(deeds, statistics: terms)
                let links = reviewed.apply(read.links, deeds: deeds)
                let ids = deeds.map(\.id)
                try writer.submit { [store] in
                    try store.replaceThemeTerms(of: after == nil ? nil : ids, with: read.themeTerms)
                    if after == nil {
                        try store.addRebuiltLinks(links)
                    } else {
                        try store.replaceLinks(of: ids, with: links)
                    }
                }
            }
        } catch {
            // What was queued before the error is stored or fails; either way the run stops here.
            try? writer.finish()
            throw error
        }
        try writer.finish()
        if after == nil {
            try store.finishLinkRebuild(fingerprint: fingerprint, seq: version)
        } else {
            try store.setLinkState(fingerprint: fingerprint, seq: version)
        }
        return try report(scope)
    }

    private func report(_ scope: Report.Scope) throws -> Report {
        let counts = try store.linkCounts()
        return Report(scope: scope, links: counts.links, pledges: counts.pledges)
    }
}
