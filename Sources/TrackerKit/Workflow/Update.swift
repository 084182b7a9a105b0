import Foundation

/// The summary of an `update` or `ingest` run.
public struct RunSummary: Sendable {
    public var documents: [IngestedDocument] = []
    /// One per harvested source.
    public var sources: [SourceSummary] = []
    public var links: [Link]
    public var counts: Store.Counts

    public var failures: [IngestedDocument] { documents.filter { $0.error != nil } }
    /// True when any document or source reported an error.
    public var hasErrors: Bool { !failures.isEmpty || sources.contains { !$0.errors.isEmpty } }
}

/// fetch → parse → link → score, as one command.
public struct Pipeline: Sendable {
    public let workspace: Workspace

    public init(workspace: Workspace) {
        self.workspace = workspace
    }

    /// Ingests the bundled offline snapshot (`Scrapers/mirror/`, or `mirror`), then re-links.
    ///
    /// The ledger is loaded first: when it is invalid nothing is read or written.
    public func updateOffline(mirror: URL? = nil) throws -> RunSummary {
        let ledger = try workspace.loadLedger()
        let folder = mirror ?? workspace.mirror
        let files = Ingestion.documents(in: folder)
        return try ingestAndLink(files: files, ledger: ledger, relativeTo: workspace.root)
    }

    /// Ingests the given files, then re-links. The ledger is validated before anything is written.
    public func ingest(files: [URL]) throws -> RunSummary {
        let ledger = try workspace.loadLedger()
        return try ingestAndLink(files: files, ledger: ledger, relativeTo: nil)
    }

    /// Harvests the sources of `Scrapers/` over the network (all, or those named), then re-links.
    ///
    /// The ledger and the source definitions are validated first; when either is invalid nothing
    /// is fetched or written.
    public func update(
        sources names: [String] = [], endpoints: [String: URL] = [:], progress: @escaping @Sendable (String) -> Void = { _ in },
        client: (@Sendable (SourceDefinition) -> any HTTPFetching)? = nil
    ) async throws -> RunSummary {
        let ledger = try workspace.loadLedger()
        let (definitions, problems) = SourceLoader.load(workspace: workspace.root)
        let allProblems = problems + SourceRunner.problems(of: definitions, ledger: ledger)
        guard allProblems.isEmpty else { throw SourcesInvalid(problems: allProblems) }
        let selected = try SourceRunner.select(definitions, names: names, endpoints: endpoints)
        let store = try workspace.openStore()
        let runner = SourceRunner(
            ledger: ledger, store: store, progress: progress,
            client: client ?? { definition in HTTPClient(settings: definition.http) })
        var summaries: [SourceSummary] = []
        for source in selected {
            summaries.append(await runner.run(source))
        }
        let links = try LinkingRun(ledger: ledger, store: store).run()
        return RunSummary(sources: summaries, links: links, counts: try store.counts())
    }

    /// Re-derives every deed from the raw sources kept in the database, without the network, then re-links.
    public func rebuild() throws -> (Store.RebuildResult, RunSummary) {
        let ledger = try workspace.loadLedger()
        let (definitions, problems) = SourceLoader.load(workspace: workspace.root)
        guard problems.isEmpty else { throw SourcesInvalid(problems: problems) }
        let councils = Dictionary(
            definitions.compactMap { definition in definition.council.map { ($0.municipality, $0) } }, uniquingKeysWith: { first, _ in first })
        let store = try workspace.openStore()
        let result = try store.rebuild { format, key, name, raw in
            switch DocumentFormat(rawValue: format) {
            case .officielePublicatie, .vlos:
                return try DocumentReader.read(raw, name: name)
            case .councilPage:
                // Council documents are keyed council:<municipality>:<url>; their rules come from Scrapers/.
                let municipality = key.split(separator: ":").dropFirst().first.map(String.init) ?? ""
                guard let url = URL(string: name), let rules = councils[municipality] else { return nil }
                return try CouncilPageReader(rules: rules).read(raw, url: url)
            case .syncfeed, nil:
                return nil
            }
        }
        let links = try LinkingRun(ledger: ledger, store: store).run()
        return (result, RunSummary(links: links, counts: try store.counts()))
    }

    private func ingestAndLink(files: [URL], ledger: Ledger, relativeTo base: URL?) throws -> RunSummary {
        let store = try workspace.openStore()
        let documents = Ingestion(store: store).ingest(files: files) { url in
            guard let base else { return url.relativePath }
            let path = url.standardizedFileURL.path
            return path.hasPrefix(base.path + "/") ? String(path.dropFirst(base.path.count + 1)) : path
        }
        let links = try LinkingRun(ledger: ledger, store: store).run()
        return RunSummary(documents: documents, links: links, counts: try store.counts())
    }
}
