import Core
import Deeds
import Foundation
import Store

/// Searches officielebekendmakingen for Kamerstukken changed since the last run and ingests their XML.
///
/// The cursor is the modification date of the last fully processed search page; the search is
/// inclusive of that day, and a document whose stored version equals the record's modification
/// date is not fetched again. The RSS feed, when configured, is checked first: if it shows nothing
/// newer than last time, the search is skipped.
///
/// A record whose XML could not be fetched, or whose new version was refused as giving less than the stored one
/// (`Store.refuseLoss`), holds the cursor at its modification day, so it is asked for again next run (the RSS
/// signal is not asked then), while the pages after it are still read. One the server calls gone (404, 410) that was modified more
/// than `graceDays` ago is let go instead: kept aside with the error, asked for again only when it changes. A
/// publication can be listed shortly before its XML is there; one that is still missing after a week will not
/// come, and would otherwise hold the cursor, and every record after it be searched again, on every run.
struct SRURun: Sendable {
    static let graceDays = 7

    let source: SourceDefinition
    let settings: SRUSettings
    let dossiers: [String]
    let store: Store
    let http: any HTTPFetching
    let progress: @Sendable (String) -> Void
    /// The moment the run counts "modified more than a week ago" from.
    var now = Date()

    func run() async -> SourceSummary {
        var summary = SourceSummary(source: source.name)
        do {
            // A record held back last run (its XML failed, or its new version was refused) is asked for again
            // whatever the RSS signal says: the signal tells of new publications, not of this one.
            let held = try store.cursor(source: source.name, category: "held").map { !$0.isEmpty } ?? false
            if !held, try await nothingNew(&summary) { return summary }
            try await search(&summary)
        } catch let error as HTTPError where error.isUnreachable {
            summary.unreachable(error)
        } catch {
            summary.errors.append((error as? LocalizedError)?.errorDescription ?? "\(source.name): \(error)")
        }
        return summary
    }

    /// True when the RSS signal shows no publication newer than on the previous run.
    ///
    /// The feed is requested as configured: it lives on its own host (zoek.officielebekendmakingen.nl),
    /// not on the search endpoint's; only when `--endpoint` replaced the endpoint does it move along.
    private func nothingNew(_ summary: inout SourceSummary) async throws -> Bool {
        guard var rss = settings.rss else { return false }
        if source.endpointReplaced {
            guard let moved = EndpointRebase(endpoint: source.endpoint).resolve(rss.absoluteString, relativeTo: rss)
            else { return false }
            rss = moved
        }
        let response: HTTPResponse
        do {
            response = try await http.get(
                rss, headers: try store.validators(for: rss.absoluteString)?.conditionalHeaders ?? [:])
        } catch {
            // The signal is only an optimisation; search anyway.
            if let error = error as? HTTPError, error.isUnreachable {
                summary.errors.append(
                    "\(source.name): cannot reach \(rss.host ?? rss.absoluteString) for the RSS signal: \(error.reasonText); searching without it"
                )
            } else {
                summary.errors.append((error as? LocalizedError)?.errorDescription ?? "\(rss.absoluteString): \(error)")
            }
            return false
        }
        summary.pages += 1
        if response.status == 304 { return try store.cursor(source: source.name, category: "search") != nil }
        try store.save(HTTPValidators(url: rss.absoluteString, response: response))
        guard let newest = try PublicationFeed.read(response.body, url: rss.absoluteString).newest else { return false }
        let stamp = ISO8601DateFormatter().string(from: newest)
        let previous = try store.cursor(source: source.name, category: "rss")
        try store.setCursor(source: source.name, category: "rss", value: stamp)
        guard let previous else { return false }
        let searched = try store.cursor(source: source.name, category: "search") != nil
        return stamp <= previous && searched
    }

    var cql: String {
        var parts = ["(\(settings.query))"]
        if !dossiers.isEmpty {
            parts.append("(" + dossiers.map { "w.dossiernummer==\"\($0)\"" }.joined(separator: " OR ") + ")")
        }
        return parts.joined(separator: " AND ")
    }

    private func search(_ summary: inout SourceSummary) async throws {
        let since = try store.cursor(source: source.name, category: "search") ?? settings.since.description
        let query = "\(cql) AND dt.modified>=\(since)"
        var position = 1
        var newestModified = since
        var heldAt: String?  // the earliest modification day of a record that failed and comes again
        let meter = ProgressMeter()
        while true {
            guard var components = URLComponents(url: source.endpoint, resolvingAgainstBaseURL: false) else { return }
            components.queryItems = [
                URLQueryItem(name: "operation", value: "searchRetrieve"), URLQueryItem(name: "version", value: "2.0"),
                URLQueryItem(name: "x-connection", value: settings.connection),
                URLQueryItem(name: "query", value: query),
                URLQueryItem(name: "startRecord", value: String(position)),
                URLQueryItem(name: "maximumRecords", value: String(settings.pageSize)),
            ]
            guard let url = components.url else { return }
            let response = try await http.get(url, headers: ["Accept": "application/xml"])
            let page = try SRUResponse.read(response.body, url: url.absoluteString)
            summary.pages += 1
            for record in page.records {
                summary.entities += 1
                if let modified = record.modified, modified > newestModified { newestModified = modified }
                if try await fetch(record, &summary) == false {
                    let day = String((record.modified ?? since).prefix(10))
                    heldAt = min(heldAt ?? day, day)
                }
                progress(meter.line(source.name, done: summary.entities, total: page.numberOfRecords, unit: "records"))
            }
            // The search is inclusive of the cursor's day: a failed record's day brings it (and its day's others,
            // not fetched again when unchanged) back next run.
            let newest = String(newestModified.prefix(10))
            let cursor = max(heldAt.map { min($0, newest) } ?? newest, String(since.prefix(10)))
            try store.setCursor(source: source.name, category: "search", value: cursor)
            try store.setCursor(source: source.name, category: "held", value: heldAt ?? "")
            guard let next = page.nextRecordPosition, next > position, !page.records.isEmpty else { return }
            position = next
        }
    }

    /// Fetches and ingests one record's XML unless the same version is stored; false when it failed.
    private func fetch(_ record: SRUResponse.Record, _ summary: inout SourceSummary) async throws -> Bool {
        let key = "ob:\(record.identifier)"
        if let stored = try store.documentVersion(key: key), let modified = record.modified, stored == modified {
            return true
        }
        guard let link = record.xml,
            let url = EndpointRebase(endpoint: source.endpoint).resolve(link, relativeTo: source.endpoint)
        else {
            summary.errors.append("\(source.name): record \(record.identifier) has no XML manifestation")
            return true
        }
        var body = Data()
        do {
            let response = try await http.get(url, headers: ["Accept": "application/xml"])
            summary.pages += 1
            body = response.body
            var document = try DocumentReader.read(response.body, name: url.absoluteString)
            document.version = record.modified ?? document.version
            let result = try store.ingest(document, raw: response.body)
            summary.absorb(result)
            return true
        } catch {
            if error.isUnreachable { throw error }
            let (message, line) = Ingestion.describe(error, name: url.absoluteString)
            if let failure = error as? HTTPError, failure.isGone, let modified = record.modified,
                let day = Day(String(modified.prefix(10))),
                day < Day.today(now.addingTimeInterval(-Double(Self.graceDays) * 86_400))
            {
                summary.errors.append(
                    "\(message); record \(record.identifier), modified \(day), is let go: kept aside, asked for again when it changes"
                )
                try? store.reject(name: url.absoluteString, raw: Data(), error: message, line: nil)
                return true
            }
            summary.errors.append(message)
            if !(error is HTTPError) {
                // Kept aside with the bytes that did not parse, as `ingest` keeps a local file.
                try? store.reject(name: url.absoluteString, raw: body, error: message, line: line)
            }
            // A new version refused as giving less than the stored one is asked for again, so that a run with
            // --accept-loss can store it.
            if let refused = error as? StoreError, case .loss = refused.reason { return false }
            return !(error is HTTPError)
        }
    }
}
