import Core
import Deeds
import Foundation
import Markup
import Store

/// Follows the Tweede Kamer SyncFeed for each configured category, from the stored cursor to the end.
///
/// Each page is stored with the cursor that follows it in one transaction; after the pages, the
/// touched zaken are joined into deeds and the VLOS reports behind new Verslag entities fetched.
struct SyncFeedRun: Sendable {
    let source: SourceDefinition
    let store: Store
    let http: any HTTPFetching
    let progress: @Sendable (String) -> Void

    func run() async -> SourceSummary {
        var summary = SourceSummary(source: source.name)
        let rebase = EndpointRebase(endpoint: source.endpoint)
        let meter = ProgressMeter()
        do {
            // Joins left over from an interrupted run come first.
            summary.absorb(try SyncFeedJoin.joinDirtyRoots(in: store))
            for category in source.categories.isEmpty ? ["all"] : source.categories {
                try await follow(category: category, rebase: rebase, meter: meter, summary: &summary)
            }
            summary.absorb(try SyncFeedJoin.joinDirtyRoots(in: store))
            try await fetchEnclosures(rebase: rebase, summary: &summary)
        } catch let error as HTTPError where error.isUnreachable {
            // The joins of what was stored are done above; the rest waits for a network.
            summary.unreachable(error)
        } catch {
            summary.errors.append("\(source.name): \(error.localizedDescription)")
        }
        return summary
    }

    private func firstPage(_ category: String) -> URL {
        guard category != "all", var components = URLComponents(url: source.endpoint, resolvingAgainstBaseURL: false)
        else {
            return source.endpoint
        }
        components.queryItems = (components.queryItems ?? []) + [URLQueryItem(name: "category", value: category)]
        return components.url ?? source.endpoint
    }

    private func follow(
        category: String, rebase: EndpointRebase, meter: ProgressMeter, summary: inout SourceSummary
    ) async throws {
        let stored = try store.cursor(source: source.name, category: category)
        var url = stored.flatMap { rebase.resolve($0, relativeTo: source.endpoint) } ?? firstPage(category)
        var visited: Set<URL> = []
        while visited.insert(url).inserted {
            let response: HTTPResponse
            do {
                response = try await http.get(url, headers: ["Accept": "application/atom+xml, application/xml"])
            } catch {
                if error.isUnreachable { throw error }
                summary.errors.append((error as? LocalizedError)?.errorDescription ?? "\(url.absoluteString): \(error)")
                return  // the cursor stays where it was
            }
            let page: SyncFeedPage
            do {
                page = try SyncFeedPage.read(response.body, url: url.absoluteString)
            } catch let error as MarkupError {
                summary.errors.append(error.errorDescription ?? "\(url.absoluteString): malformed page")
                return
            } catch let error as DocumentProblem {
                summary.errors.append(error.errorDescription ?? "\(url.absoluteString): \(error.message)")
                return  // the cursor stays: the next run reads this page again
            }
            if page.entries.isEmpty { return }  // nothing new
            let next = page.continuation.flatMap { rebase.resolve($0, relativeTo: url) }
            let result = try SyncFeedJoin.store(
                page, in: store, source: source.name, category: category, url: url.absoluteString,
                cursor: (next ?? url).absoluteString)
            summary.pages += 1
            summary.entities += result.entries
            summary.errors += result.rejected
            progress(
                meter.line(
                    "\(source.name) \(category): page \(summary.pages)", done: summary.entities, unit: "entities"))
            guard let next, next != url else { return }
            url = next
        }
    }

    /// A Verslag's enclosure is its VLOS report: fetched and read like any ingested document.
    private func fetchEnclosures(rebase: EndpointRebase, summary: inout SourceSummary) async throws {
        let ingestion = Ingestion(store: store)
        let pending = try store.pendingEnclosures(source: source.name)
        let meter = ProgressMeter()
        for (index, (entity, link)) in pending.enumerated() {
            progress(meter.line("\(source.name): VLOS reports", done: index, total: pending.count, unit: "fetched"))
            guard let url = rebase.resolve(link, relativeTo: source.endpoint) else { continue }
            do {
                let response = try await http.get(url, headers: ["Accept": "application/xml"])
                let ingested = ingestion.ingest(response.body, name: url.absoluteString)
                if let result = ingested.result { summary.absorb(result) }
                if let error = ingested.error { summary.errors.append(error) }
                summary.pages += 1
                try store.enclosure(entity, failed: ingested.error)
            } catch {
                if error.isUnreachable { throw error }  // the report stays pending for the next run
                let message = (error as? LocalizedError)?.errorDescription ?? "\(url.absoluteString): \(error)"
                summary.errors.append(message)
                try store.enclosure(entity, failed: message)
            }
        }
    }
}
