import Core
import Deeds
import Foundation
import Store

/// Re-derives every deed from the raw sources kept in the store, without the network: each document is
/// read again by the reader of its format, each SyncFeed entity parsed again and every root joined anew,
/// through the same code as a harvest.
package struct Rederivation: Sendable {
    /// What re-deriving did.
    package struct Result: Sendable, Hashable {
        package var documents = 0
        package var entities = 0
        /// Deeds whose stored form changed (new readers, fixed parsers).
        package var changedDeeds: [String] = []
        package var failures: [String] = []
    }

    package let store: Store
    /// The council rules of `Scrapers/`: each kept council page is read with its source's.
    package let councils: CouncilSources

    package init(store: Store, councils: CouncilSources) {
        self.store = store
        self.councils = councils
    }

    package func run() throws -> Result {
        var result = Result()
        for document in try store.storedDocuments() {
            do {
                guard let read = try read(document) else { continue }
                result.changedDeeds += try store.replaceObservations(of: document.id, with: read.deeds)
                result.documents += 1
            } catch {
                result.failures.append(Ingestion.describe(error, name: document.name, rules: rules(of: document)).0)
            }
        }
        // Every join is stored afresh, also where entity versions are equal; deeds that only joins made
        // are merged again at the end (they may now come from other documents alone, or not at all).
        let joined = try store.forgetJoins()
        try store.forEachStoredPage { raw, locations in
            // A stored feed page is read again as a whole, with the harvest's own reader; an entry kept on its
            // own is read by itself.
            let entries = (try? SyncFeedPage.read(raw, url: "stored page"))?.entries ?? []
            let byStart = Dictionary(
                entries.compactMap { entry in entry.range.map { ($0.lowerBound, entry) } },
                uniquingKeysWith: { a, _ in a })
            var refreshed: [(entity: TKEntity, source: String)] = []
            for location in locations {
                do {
                    let entity =
                        try byStart[location.range.lowerBound]?.entity
                        ?? SyncFeedPage.entity(fromRaw: raw.subdata(in: location.range), name: "entity \(location.id)")
                    refreshed.append((entity, location.source))
                } catch {
                    result.failures.append(
                        "entity \(location.id): \((error as? LocalizedError)?.errorDescription ?? "\(error)")")
                }
            }
            try store.refresh(refreshed) { SyncFeedJoin.rootTypes.contains($0.type) }
            result.entities += refreshed.count
        }
        let derived = try SyncFeedJoin.joinDirtyRoots(in: store)
        result.changedDeeds += derived.added + derived.changed + derived.removed
        result.changedDeeds += try store.remerge(joined)
        result.changedDeeds = Array(Set(result.changedDeeds)).sorted()
        try store.recordDerivation(Deed.derivationVersion)
        return result
    }

    /// Re-derives, as `run` does, only when the stored deeds were derived by older readers than these
    /// (`Deed.derivationVersion`): after an upgrade the deeds have what the new readers find (the dossier title)
    /// before anything new is harvested. A database without deeds only records the version. Nil: up to date.
    package func runIfStale() throws -> Result? {
        guard try store.derivationVersion() != Deed.derivationVersion else { return nil }
        guard try store.counts().deeds > 0 else {
            try store.recordDerivation(Deed.derivationVersion)
            return nil
        }
        return try run()
    }

    /// The rules of Scrapers/ a kept council page is read by; nil for another document, or a page whose rules are
    /// gone. Council documents are keyed council:<municipality>:<url>.
    private func rules(of document: Store.StoredDocument) -> CouncilRules? {
        guard document.format == .councilPage, let url = URL(string: document.name) else { return nil }
        let municipality = document.key.split(separator: ":").dropFirst().first.map(String.init) ?? ""
        return councils.rules(municipality: municipality, url: url)
    }

    /// A stored document read again by its format's reader; nil for a council page whose rules are gone.
    private func read(_ document: Store.StoredDocument) throws -> ReadDocument? {
        switch document.format {
        case .officielePublicatie, .vlos:
            return try DocumentReader.read(document.raw, name: document.name)
        case .councilPage:
            guard let url = URL(string: document.name), let rules = rules(of: document) else { return nil }
            return try CouncilPageReader(rules: rules).read(document.raw, url: url)
        case .syncfeed:
            return nil
        }
    }
}
