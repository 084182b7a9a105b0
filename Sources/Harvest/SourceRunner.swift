import Core
import Foundation
import Store

/// Picks the sources to run and runs each with its own HTTP settings.
package struct SourceRunner: Sendable {
    let store: Store
    /// The Kamerstuk dossiers the ledger's pledges name, searched by SRU sources that ask for them.
    let ledgerDossiers: [String]
    let progress: @Sendable (String) -> Void
    /// Builds the HTTP client for a source; tests may substitute their own.
    let client: @Sendable (SourceDefinition) -> any HTTPFetching

    package init(
        store: Store, ledgerDossiers: [String], progress: @escaping @Sendable (String) -> Void,
        client: @escaping @Sendable (SourceDefinition) -> any HTTPFetching
    ) {
        self.store = store
        self.ledgerDossiers = ledgerDossiers
        self.progress = progress
        self.client = client
    }

    /// Runs one source and times it.
    package func run(_ source: SourceDefinition) async -> SourceSummary {
        let started = Date()
        var summary = await harvest(source)
        summary.seconds = Date().timeIntervalSince(started)
        return summary
    }

    private func harvest(_ source: SourceDefinition) async -> SourceSummary {
        let http = client(source)
        switch source.kind {
        case .syncfeed:
            return await SyncFeedRun(source: source, store: store, http: http, progress: progress).run()
        case .sru:
            guard let settings = source.sru else { return SourceSummary(source: source.name) }
            var dossiers = settings.dossiers
            if settings.ledgerDossiers { dossiers += ledgerDossiers }
            dossiers = Array(Set(dossiers)).sorted()
            return await SRURun(
                source: source, settings: settings, dossiers: dossiers, store: store, http: http, progress: progress
            ).run()
        case .councilHTML:
            guard let rules = source.council else { return SourceSummary(source: source.name) }
            return await CouncilRun(source: source, rules: rules, store: store, http: http, progress: progress).run()
        }
    }

    /// The definitions to run: all, or those named; endpoints replaced as asked.
    package static func select(
        _ definitions: [SourceDefinition], names: [String], endpoints: [SourceEndpoint]
    ) throws -> [SourceDefinition] {
        let known = definitions.map(\.name)
        for name in names + endpoints.map(\.name) where !known.contains(name) {
            let guess = closestMatch(to: name, in: known).map { " (did you mean '\($0)'?)" } ?? ""
            throw UpdateRequestError(
                message:
                    "unknown source '\(name)'\(guess); the sources in Scrapers/ are: \(known.joined(separator: ", "))")
        }
        return definitions.filter { names.isEmpty || names.contains($0.name) }.map { definition in
            var definition = definition
            if let endpoint = endpoints.last(where: { $0.name == definition.name }) {
                definition.endpoint = endpoint.url
                definition.endpointReplaced = true
            }
            return definition
        }
    }
}
