import Foundation

/// The summary of an `update` or `ingest` run.
public struct RunSummary: Sendable {
    public var documents: [IngestedDocument]
    public var links: [Link]
    public var counts: Store.Counts

    public var failures: [IngestedDocument] { documents.filter { $0.error != nil } }
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
