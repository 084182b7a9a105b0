import Core
import Deeds
import Foundation
import Store

/// Reads a council's meeting pages with the XPath rules of its source definition.
///
/// No council publishes a change feed, so each page is fetched conditionally (ETag,
/// Last-Modified) and its agenda items fingerprinted; only a changed page is stored again.
struct CouncilRun: Sendable {
    let source: SourceDefinition
    let rules: CouncilRules
    let store: Store
    let http: any HTTPFetching
    let progress: @Sendable (String) -> Void

    func run() async -> SourceSummary {
        var summary = SourceSummary(source: source.name)
        let reader = CouncilPageReader(rules: rules)
        let meter = ProgressMeter()
        for page in rules.pages {
            guard let url = URL(string: page, relativeTo: source.endpoint)?.absoluteURL else {
                summary.errors.append("\(source.name): page '\(page)' is not a URL")
                continue
            }
            var body: Data?
            do {
                // The page's cursor is the digest of the rules it was read by, then the fingerprint of what they
                // read. A page last read by other rules (the source definition was edited) is fetched whole: "not
                // modified" says nothing of what the new rules find in it.
                let last = try store.cursor(source: source.name, category: url.absoluteString)
                let sameRules = last?.hasPrefix(rules.readingDigest + " ") ?? false
                let response = try await http.get(
                    url,
                    headers: sameRules
                        ? try store.validators(for: url.absoluteString)?.conditionalHeaders ?? [:] : [:])
                summary.pages += 1
                progress(meter.line(source.name, done: summary.pages, total: rules.pages.count, unit: "pages"))
                if response.status == 304 { continue }
                body = response.body
                let document = try reader.read(response.body, url: url, encoding: charset(response))
                summary.entities += document.deeds.count
                let fingerprint =
                    rules.readingDigest + " "
                    + Digest.sha256(try JSONCoding.encoder.encode(document.deeds.map(Self.comparable)))
                if last == fingerprint { continue }
                let result = try store.ingest(
                    document, raw: response.body, cursor: (source.name, url.absoluteString, fingerprint))
                try store.save(HTTPValidators(url: url.absoluteString, response: response))
                summary.absorb(result)
            } catch let error as HTTPError where error.isUnreachable {
                summary.unreachable(error)
                break  // the other pages are on the same host
            } catch {
                let (message, line) = Ingestion.describe(error, name: url.absoluteString, rules: rules)
                summary.errors.append(message)
                // A page that could not be read is kept aside with its bytes, as a local document would be.
                if let body { try? store.reject(name: url.absoluteString, raw: body, error: message, line: line) }
            }
        }
        return summary
    }

    // Made once: a regex literal in a function is parsed and compiled again at every call (scripts/check-regex.py).
    nonisolated(unsafe) private static let charsetParameter = /charset=([A-Za-z0-9_-]+)/

    private func charset(_ response: HTTPResponse) -> String? {
        response.headers["content-type"]?.firstMatch(of: Self.charsetParameter).map { String($0.1) }
    }

    /// A council deed as change detection compares it: everything read from the page (title, text, dictum,
    /// outcome, actors, …), not the hash of the page's bytes, which moves with every banner and session id. It
    /// compared five fields once, so an outcome that moved from adopted to rejected on a page whose text rule
    /// does not cover it went unseen.
    private static func comparable(_ deed: Deed) -> Deed {
        var deed = deed
        deed.source.hash = ""
        return deed
    }
}
