import Foundation

/// The source definitions could not be loaded; every problem is listed.
public struct SourcesInvalid: Error, Sendable, LocalizedError {
    public var problems: [LedgerProblem]

    public var errorDescription: String? {
        problems.map(\.description).joined(separator: "\n") + "\n\(problems.count) problem\(problems.count == 1 ? "" : "s") in Scrapers/; nothing was fetched."
    }
}

/// A request to update that cannot be carried out as asked (unknown source, bad endpoint).
public struct UpdateRequestError: Error, Sendable, LocalizedError {
    public var message: String
    public var errorDescription: String? { message }
}

/// Picks the sources to run and runs each with its own HTTP settings.
struct SourceRunner: Sendable {
    let ledger: Ledger
    let store: Store
    let progress: @Sendable (String) -> Void
    /// Builds the HTTP client for a source; tests may substitute their own.
    let client: @Sendable (SourceDefinition) -> any HTTPFetching

    func run(_ source: SourceDefinition) async -> SourceSummary {
        let http = client(source)
        switch source.kind {
        case .syncfeed:
            return await SyncFeedRun(source: source, store: store, http: http, progress: progress).run()
        case .sru:
            guard let settings = source.sru else { return SourceSummary(source: source.name) }
            var dossiers = settings.dossiers
            if settings.ledgerDossiers { dossiers += ledger.pledges.flatMap(\.hints.dossiers) }
            dossiers = Array(Set(dossiers)).sorted()
            return await SRURun(source: source, settings: settings, dossiers: dossiers, store: store, http: http, progress: progress).run()
        case .councilHTML:
            guard let rules = source.council else { return SourceSummary(source: source.name) }
            return await CouncilRun(source: source, rules: rules, store: store, http: http, progress: progress).run()
        }
    }

    /// The definitions to run: all, or those named; endpoints replaced as asked.
    static func select(
        _ definitions: [SourceDefinition], names: [String], endpoints: [String: URL]
    ) throws -> [SourceDefinition] {
        let known = definitions.map(\.name)
        for name in names + Array(endpoints.keys) where !known.contains(name) {
            throw UpdateRequestError(message: "unknown source '\(name)'; the sources in Scrapers/ are: \(known.joined(separator: ", "))")
        }
        return definitions.filter { names.isEmpty || names.contains($0.name) }.map { definition in
            var definition = definition
            if let endpoint = endpoints[definition.name] { definition.endpoint = endpoint }
            return definition
        }
    }

    /// Cross-checks of `Scrapers/` against the ledger: a council source names a municipality in it.
    public static func problems(of definitions: [SourceDefinition], ledger: Ledger) -> [LedgerProblem] {
        definitions.compactMap { definition in
            guard let municipality = definition.council?.municipality, ledger.municipality(municipality) == nil else { return nil }
            return LedgerProblem(
                definition.location,
                "source '\(definition.name)' reads council pages of municipality '\(municipality)', which is not in the ledger; expected a folder Commitments/municipal/\(municipality)/ with municipality.yaml")
        }
    }
}

extension SourceLoader {
    /// Problems between the source definitions and the ledger (a council source's municipality).
    public static func crossCheck(_ definitions: [SourceDefinition], ledger: Ledger) -> [LedgerProblem] {
        SourceRunner.problems(of: definitions, ledger: ledger)
    }
}
