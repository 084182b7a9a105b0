import Core
import Deeds
import Foundation
import Harvest
import Ledger
import Linking
import Store

/// The summary of an `update`, `ingest` or `rebuild` run.
package struct RunSummary: Sendable {
    package var documents: [IngestedDocument] = []
    /// One per harvested source.
    package var sources: [SourceSummary] = []
    /// What linking did.
    package var linking: LinkingRun.Report
    package var counts: Store.Counts
    /// The run recorded after linking (nil when the ledger has no rubric).
    package var run: RunRecorder.Outcome?
    /// What `tracker validate` warns about in Commitments/ and Scrapers/, with the reviews of deeds the database
    /// lacks once the command has added its deeds.
    package var warnings: [Problem] = []
    /// The deeds that changed when every kept document was read again first because older readers had read them
    /// (`Rederivation.runIfStale`, after an upgrade); nil when they were current.
    package var rederived: Int? = nil

    package var failures: [IngestedDocument] { documents.filter { $0.error != nil } }
    /// True when any document or source reported an error.
    package var hasErrors: Bool { !failures.isEmpty || sources.contains { !$0.errors.isEmpty } }
}

/// A request that cannot be carried out as asked: a folder that is not there, an unknown source.
package struct RequestError: Error, Sendable, LocalizedError {
    package var message: String

    package init(_ message: String) {
        self.message = message
    }

    package var errorDescription: String? { message }
}

/// fetch → parse → link → score, as one command: after linking (with the ledger read again, reviews made meanwhile
/// included), a run with every pledge's score is recorded. Every command validates the workspace first: when the ledger
/// or a source definition is invalid, nothing is read or written.
package struct Pipeline: Sendable {
    package let workspace: Workspace
    /// The day the recorded run scores as of: today, or a fixed day for output that must not depend on when it is
    /// made (docs/examples/).
    package let asOf: Day

    /// Store a new version of a document that gives less than the stored one (`--accept-loss`): by default it is
    /// refused and kept aside, as a cut-off copy would be (`Store.refuseLoss`).
    package let acceptsLoss: Bool

    package init(workspace: Workspace, asOf: Day = .today(), acceptingLoss: Bool = false) {
        self.workspace = workspace
        self.asOf = asOf
        acceptsLoss = acceptingLoss
    }

    /// Ingests the bundled offline snapshot (`Scrapers/mirror/`, or `mirror`), then links: its XML documents,
    /// and the saved pages of each council source (`<mirror>/<source name>/*.html`) read with that source's rules.
    package func updateOffline(mirror: URL? = nil) throws -> RunSummary {
        let (checked, definitions, warnings) = try check()
        let folder = mirror ?? workspace.mirror
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: folder.path, isDirectory: &isFolder), isFolder.boolValue else {
            throw RequestError("no folder \(folder.path); expected a folder of XML documents to ingest")
        }
        let (store, rederived) = try openStoreRederived(definitions)
        let councilPages = definitions.compactMap { source in source.council.map { (source, $0) } }
            .flatMap { source, rules in
                Ingestion.councilPages(in: folder, source: source).map {
                    (page: $0, rules: rules, source: source.name)
                }
            }
        var summary = try ingestAndLink(
            files: Ingestion.documents(in: folder), councilPages: councilPages, into: store,
            relativeTo: workspace.root, command: "update", checked: checked)
        summary.warnings = (warnings + summary.warnings).sorted()
        summary.rederived = rederived
        return summary
    }

    /// Ingests the given files, then links.
    package func ingest(files: [URL]) throws -> RunSummary {
        // A path that names no file is a mistake in the command, not a malformed document to keep aside: say so
        // before anything is opened or written.
        let missing = files.filter { file in
            var folder: ObjCBool = false
            return !FileManager.default.fileExists(atPath: file.path, isDirectory: &folder) || folder.boolValue
        }
        if !missing.isEmpty {
            throw RequestError(
                "no such file: \(missing.map(\.relativePath).joined(separator: ", ")); expected documents to ingest (nothing was read)"
            )
        }
        let (checked, definitions, warnings) = try check()
        let (store, rederived) = try openStoreRederived(definitions)
        var summary = try ingestAndLink(
            files: files, into: store, relativeTo: nil, command: "ingest", checked: checked)
        summary.warnings = (warnings + summary.warnings).sorted()
        summary.rederived = rederived
        return summary
    }

    /// Harvests the sources of `Scrapers/` over the network (all, or those named), then links.
    package func update(
        sources names: [String] = [], endpoints: [SourceEndpoint] = [],
        progress: @escaping @Sendable (String) -> Void = { _ in },
        client: (@Sendable (SourceDefinition) -> any HTTPFetching)? = nil
    ) async throws -> RunSummary {
        let (checked, definitions, warnings) = try check()
        let ledger = checked.ledger
        let selected: [SourceDefinition]
        do {
            selected = try SourceRunner.select(definitions, names: names, endpoints: endpoints)
        } catch let error as UpdateRequestError {
            throw RequestError(error.message)
        }
        let (store, rederived) = try openStoreRederived(definitions)
        let runner = SourceRunner(
            store: store, ledgerDossiers: ledger.pledges.flatMap(\.hints.dossiers), progress: progress,
            client: client ?? { definition in HTTPClient(settings: definition.http) })
        var summaries: [SourceSummary] = []
        for source in selected {
            summaries.append(await runner.run(source))
        }
        let (linking, run, missing) = try linkAndRecord(store, command: "update", checked: checked)
        return RunSummary(
            sources: summaries, linking: linking, counts: try store.counts(), run: run,
            warnings: (warnings + missing).sorted(), rederived: rederived)
    }

    /// Re-derives every deed from the raw sources kept in the database, without the network, then links.
    package func rebuild() throws -> (Rederivation.Result, RunSummary) {
        let (checked, definitions, warnings) = try check()
        let store = try workspace.openExistingStore()
        let result = try Rederivation(store: store, councils: CouncilSources(definitions)).run()
        // Every deed, not only those re-derived differently: links made by earlier updates scored a deed's words
        // against the word statistics of the deeds there were then; a rebuilt database links as one built in one step.
        let (linking, run, missing) = try linkAndRecord(
            store, command: "rebuild", checked: checked, everyDeed: true)
        return (
            result,
            RunSummary(
                linking: linking, counts: try store.counts(), run: run, warnings: (warnings + missing).sorted())
        )
    }

    /// The ledger a command validated before it began, and the fingerprint of the files of Commitments/ taken
    /// before that reading.
    private struct Checked {
        var ledger: Ledger
        var files: String
    }

    /// The workspace's check (`Validation.require`), with what linking needs to tell whether the ledger changed.
    private func check() throws -> (Checked, [SourceDefinition], [Problem]) {
        let files = LedgerLoader.filesFingerprint(workspace: workspace.root)
        let (ledger, definitions, warnings) = try Validation.require(workspace)
        return (Checked(ledger: ledger, files: files), definitions, warnings)
    }

    /// Links and records the run with the ledger as it is now: read again when a file of Commitments/ changed
    /// since the command checked it, as a review recorded while the command harvested (minutes, over the network)
    /// would otherwise be undone by links computed from the ledger as it was when the command started. Reading it
    /// again regardless was most of an update with nothing new.
    private func linkAndRecord(_ store: Store, command: String, checked: Checked, everyDeed: Bool = false) throws
        -> (LinkingRun.Report, RunRecorder.Outcome?, [Problem])
    {
        let unchanged = LedgerLoader.filesFingerprint(workspace: workspace.root) == checked.files
        let ledger = unchanged ? checked.ledger : try workspace.loadLedger()
        let linking = try LinkingRun(ledger: ledger, store: store).run(force: everyDeed)
        let run = try RunRecorder.record(command: command, ledger: ledger, store: store, asOf: asOf)
        // The log is kept beside the database: emptied here, it holds no copy of what was written.
        try? store.checkpoint()
        return (linking, run, Validation.checkReviewedDeeds(ledger, store: store))
    }

    /// The workspace's database, its deeds first re-read from the kept raw sources when older readers derived them
    /// (`Rederivation.runIfStale`): what every command that adds deeds starts from.
    private func openStoreRederived(_ definitions: [SourceDefinition]) throws -> (Store, rederived: Int?) {
        let store = try workspace.openStore(acceptingLoss: acceptsLoss)
        let result = try Rederivation(store: store, councils: CouncilSources(definitions)).runIfStale()
        return (store, result?.changedDeeds.count)
    }

    private func ingestAndLink(
        files: [URL], councilPages: [(page: (file: URL, url: URL), rules: CouncilRules, source: String)] = [],
        into store: Store, relativeTo base: URL?, command: String, checked: Checked
    ) throws -> RunSummary {
        let ingestion = Ingestion(store: store)
        let display = { (url: URL) -> String in
            guard let base else { return url.relativePath }
            let path = url.standardizedFileURL.path
            return path.hasPrefix(base.path + "/") ? String(path.dropFirst(base.path.count + 1)) : path
        }
        var documents = ingestion.ingest(files: files, displayName: display)
        for (page, rules, source) in councilPages {
            documents.append(
                ingestion.ingestCouncilPage(
                    file: page.file, url: page.url, rules: rules, source: source, name: display(page.file)))
        }
        let (linking, run, missing) = try linkAndRecord(store, command: command, checked: checked)
        return RunSummary(
            documents: documents, linking: linking, counts: try store.counts(), run: run, warnings: missing)
    }
}
