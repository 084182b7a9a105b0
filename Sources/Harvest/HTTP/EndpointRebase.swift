import Foundation

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
