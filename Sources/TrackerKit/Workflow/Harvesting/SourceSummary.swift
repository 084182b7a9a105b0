import Foundation

/// What one source's run did, for the one-line summary `update` prints per source.
public struct SourceSummary: Sendable {
    public var source: String
    public var pages = 0
    /// Entities or records read (SyncFeed entities, SRU records, council items).
    public var entities = 0
    public var added: [String] = []
    public var changed: [String] = []
    public var removed: [String] = []
    public var errors: [String] = []
    public var seconds: Double = 0

    public init(source: String) {
        self.source = source
    }

    public var line: String {
        let errorText = errors.isEmpty ? "0 errors" : "\(errors.count) error\(errors.count == 1 ? "" : "s")"
        return "\(source): \(pages) page\(pages == 1 ? "" : "s"), \(entities) entities, deeds \(added.count) new / \(changed.count) changed / \(removed.count) removed, \(errorText) (\(String(format: "%.1f", seconds)) s)"
    }

    mutating func absorb(_ result: Store.DeriveResult) {
        added += result.added
        changed += result.changed
        removed += result.removed
    }

    mutating func absorb(_ result: Store.IngestResult) {
        added += result.addedDeeds
        removed += result.removedDeeds
        changed += result.updatedDeeds
    }
}

/// Resolves links a server returns against the endpoint tracker was pointed at.
///
/// A mirror or a test server may hand out links with the live host name; those are moved onto
/// the configured endpoint's scheme, host and port, keeping their path and query.
struct EndpointRebase: Sendable {
    let endpoint: URL

    func resolve(_ link: String, relativeTo base: URL) -> URL? {
        guard let url = URL(string: link, relativeTo: base)?.absoluteURL else { return nil }
        guard url.host != endpoint.host || url.port != endpoint.port || url.scheme != endpoint.scheme,
            var components = URLComponents(url: url, resolvingAgainstBaseURL: true)
        else { return url }
        components.scheme = endpoint.scheme
        components.host = endpoint.host
        components.port = endpoint.port
        return components.url
    }
}
