import Foundation
import Store

#if canImport(FoundationNetworking)
    import FoundationNetworking
#endif

/// How tracker talks to the servers it harvests from.
package struct HTTPSettings: Sendable, Hashable {
    /// Sent with every request, so server operators know who is calling and how to reach them.
    package var userAgent = "tracker/0.1 (human-rights pledge tracker; +https://github.com/amnesty-nl/tracker)"
    /// Seconds without any data before a request is given up (and retried).
    package var timeout: Double = 30
    /// Attempts after the first one, for timeouts, dropped connections, 429 and 5xx.
    package var retries = 4
    /// The first retry waits about this many seconds; each next one twice as long (with jitter).
    package var retryDelay: Double = 1
    /// No retry waits longer than this, even when the server's Retry-After asks for more.
    package var maxRetryDelay: Double = 60
    /// Seconds between the start of one request and the next, to be polite to the server.
    package var pause: Double = 0.2
    /// Bodies larger than this are refused.
    package var maxBodyBytes = 64 << 20

    package init() {}
}

/// A response with its body read completely.
package struct HTTPResponse: Sendable {
    package var url: URL
    package var status: Int
    /// Header names in lower case.
    package var headers: [String: String]
    package var body: Data

    package init(url: URL, status: Int, headers: [String: String], body: Data) {
        self.url = url
        self.status = status
        self.headers = headers
        self.body = body
    }
}

/// A request that failed for good, naming the URL and what went wrong.
package struct HTTPError: Error, Sendable, LocalizedError {
    package enum Reason: Sendable, Hashable {
        case status(Int)
        case timeout
        case tooLarge(limit: Int)
        case truncated(expected: Int, received: Int)
        case transport(String)
        /// The server sends the request round in redirects: asking again goes round the same way.
        case redirectLoop
        /// The host's name does not resolve, or nothing listens there: no network, or the wrong address.
        case unreachable(String)
    }

    package var url: URL
    package var reason: Reason
    /// How many attempts were made.
    package var attempts: Int

    package var errorDescription: String? {
        "\(url.absoluteString): \(reasonText) (after \(attempts) attempt\(attempts == 1 ? "" : "s"))"
    }

    /// What went wrong, without the URL.
    package var reasonText: String {
        switch reason {
        case .status(let code): "HTTP \(code)"
        case .timeout: "timed out"
        case .tooLarge(let limit): "body larger than \(limit) bytes"
        case .truncated(let expected, let received): "body cut off after \(received) of \(expected) bytes"
        case .transport(let message), .unreachable(let message): message
        case .redirectLoop: "the server redirects in a loop (too many redirects)"
        }
    }

    /// The server cannot be reached at all (no name, no listener, no network).
    package var isUnreachable: Bool {
        if case .unreachable = reason { return true }
        return false
    }

    /// The server says the resource is not there (404) or no longer (410).
    var isGone: Bool {
        if case .status(let code) = reason { return code == 404 || code == 410 }
        return false
    }

    /// Worth another attempt: the server or the network may do better next time.
    var isTransient: Bool {
        switch reason {
        case .status(let code): code == 429 || code == 408 || (500...599).contains(code)
        case .timeout, .truncated, .transport: true
        case .tooLarge, .unreachable, .redirectLoop: false
        }
    }
}

/// Anything that can GET a URL; the harvesters depend on this, tests may pass their own.
package protocol HTTPFetching: Sendable {
    func get(_ url: URL, headers: [String: String]) async throws -> HTTPResponse
}

/// GETs with timeouts, retries with exponential backoff and jitter, Retry-After, a pause between
/// requests and a cap on body size.
package final class HTTPClient: HTTPFetching {
    package let settings: HTTPSettings
    private let session: URLSession
    private let delegate: BodyCollector
    private let pacer: Pacer
    /// Seconds to sleep for a retry; replaceable so tests need not wait.
    let sleep: @Sendable (Double) async -> Void

    package convenience init(settings: HTTPSettings = HTTPSettings()) {
        self.init(settings: settings, sleep: { seconds in try? await Task.sleep(nanoseconds: UInt64(seconds * 1e9)) })
    }

    init(settings: HTTPSettings, sleep: @escaping @Sendable (Double) async -> Void) {
        self.settings = settings
        self.sleep = sleep
        let configuration = URLSessionConfiguration.ephemeral
        configuration.timeoutIntervalForRequest = settings.timeout
        configuration.timeoutIntervalForResource = max(settings.timeout * 10, 300)
        configuration.requestCachePolicy = .reloadIgnoringLocalCacheData
        configuration.httpAdditionalHeaders = ["User-Agent": settings.userAgent]
        delegate = BodyCollector(limit: settings.maxBodyBytes)
        session = URLSession(configuration: configuration, delegate: delegate, delegateQueue: nil)
        pacer = Pacer(interval: settings.pause)
    }

    deinit {
        session.invalidateAndCancel()
    }

    /// GETs `url`, retrying transient failures; a 304 is returned as is (for conditional requests).
    ///
    /// - Throws: `HTTPError` naming the URL once the retries are used up or the failure is permanent.
    package func get(_ url: URL, headers: [String: String] = [:]) async throws -> HTTPResponse {
        var attempt = 0
        while true {
            attempt += 1
            await pacer.wait()
            var request = URLRequest(url: url)
            request.httpMethod = "GET"
            for (name, value) in headers { request.setValue(value, forHTTPHeaderField: name) }
            let outcome = await delegate.run(request, in: session)
            var failure: HTTPError
            var retryAfter: Double?
            switch outcome {
            case .success(let response):
                if (200..<300).contains(response.status) || response.status == 304 { return response }
                failure = HTTPError(url: url, reason: .status(response.status), attempts: attempt)
                retryAfter = response.headers["retry-after"].flatMap(HTTPClient.retryAfterSeconds)
            case .failure(let reason):
                failure = HTTPError(url: url, reason: reason, attempts: attempt)
            }
            guard failure.isTransient, attempt <= settings.retries else { throw failure }
            let backoff = settings.retryDelay * pow(2, Double(attempt - 1)) * Double.random(in: 0.5...1.0)
            await sleep(min(settings.maxRetryDelay, retryAfter ?? backoff))
        }
    }

    /// `Retry-After` as seconds: either a number or an HTTP date.
    static func retryAfterSeconds(_ value: String) -> Double? {
        if let seconds = Double(value.trimmingCharacters(in: .whitespaces)) { return max(0, seconds) }
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.timeZone = TimeZone(identifier: "GMT")
        formatter.dateFormat = "EEE, dd MMM yyyy HH:mm:ss zzz"
        return formatter.date(from: value).map { max(0, $0.timeIntervalSinceNow) }
    }
}

/// Spaces requests out by a minimum interval.
actor Pacer {
    let interval: Double
    private var last: Date?

    init(interval: Double) {
        self.interval = interval
    }

    func wait() async {
        if let last {
            let remaining = interval - Date().timeIntervalSince(last)
            if remaining > 0 { try? await Task.sleep(nanoseconds: UInt64(remaining * 1e9)) }
        }
        last = Date()
    }
}

/// Collects response bodies through URLSession's delegate, so a body over the limit is cut off
/// while it streams in instead of after it has filled memory.
final class BodyCollector: NSObject, URLSessionDataDelegate, @unchecked Sendable {
    // @unchecked: all mutable state is behind `lock`; URLSession calls the delegate on its own queue.
    enum Outcome {
        case success(HTTPResponse)
        case failure(HTTPError.Reason)
    }

    private struct Pending {
        var continuation: CheckedContinuation<Outcome, Never>
        var body = Data()
        var tooLarge = false
    }

    private let limit: Int
    private let lock = NSLock()
    private var pending: [Int: Pending] = [:]

    init(limit: Int) {
        self.limit = limit
    }

    func run(_ request: URLRequest, in session: URLSession) async -> Outcome {
        await withCheckedContinuation { continuation in
            let task = session.dataTask(with: request)
            lock.withLock { pending[task.taskIdentifier] = Pending(continuation: continuation) }
            task.resume()
        }
    }

    func urlSession(_ session: URLSession, dataTask: URLSessionDataTask, didReceive data: Data) {
        let cancel: Bool = lock.withLock {
            guard var entry = pending[dataTask.taskIdentifier] else { return false }
            if entry.body.count + data.count > limit {
                entry.tooLarge = true
                pending[dataTask.taskIdentifier] = entry
                return true
            }
            entry.body.append(data)
            pending[dataTask.taskIdentifier] = entry
            return false
        }
        if cancel { dataTask.cancel() }
    }

    func urlSession(_ session: URLSession, task: URLSessionTask, didCompleteWithError error: (any Error)?) {
        guard let entry = lock.withLock({ pending.removeValue(forKey: task.taskIdentifier) }) else { return }
        if entry.tooLarge {
            entry.continuation.resume(returning: .failure(.tooLarge(limit: limit)))
            return
        }
        if let error {
            let code = (error as? URLError)?.code
            let message = (error as NSError).localizedDescription
            let reason: HTTPError.Reason
            switch code {
            case .timedOut: reason = .timeout
            // Asking again does not make a name resolve or a closed port open: say so at once.
            // The transport's own wording varies by platform and carries timings; ours stays put.
            case .cannotFindHost, .dnsLookupFailed: reason = .unreachable("the host name does not resolve")
            case .cannotConnectToHost: reason = .unreachable("the connection was refused")
            case .notConnectedToInternet: reason = .unreachable("not connected to a network")
            case .httpTooManyRedirects: reason = .redirectLoop
            default: reason = .transport(message)
            }
            entry.continuation.resume(returning: .failure(reason))
            return
        }
        guard let http = task.response as? HTTPURLResponse else {
            entry.continuation.resume(returning: .failure(.transport("no HTTP response")))
            return
        }
        var headers: [String: String] = [:]
        for (name, value) in http.allHeaderFields {
            if let name = name as? String, let value = value as? String { headers[name.lowercased()] = value }
        }
        if let declared = headers["content-length"].flatMap(Int.init), declared > entry.body.count,
            headers["content-encoding"] == nil
        {
            entry.continuation.resume(returning: .failure(.truncated(expected: declared, received: entry.body.count)))
            return
        }
        let url = http.url ?? task.originalRequest?.url ?? URL(fileURLWithPath: "/")
        entry.continuation.resume(
            returning: .success(HTTPResponse(url: url, status: http.statusCode, headers: headers, body: entry.body)))
    }
}

extension HTTPValidators {
    /// The validators of a response (its ETag and Last-Modified), to send back next time.
    package init(url: String, response: HTTPResponse) {
        self.init(url: url, etag: response.headers["etag"], lastModified: response.headers["last-modified"])
    }

    /// The headers of a conditional request: `If-None-Match`, `If-Modified-Since`.
    package var conditionalHeaders: [String: String] {
        var headers: [String: String] = [:]
        if let etag { headers["If-None-Match"] = etag }
        if let lastModified { headers["If-Modified-Since"] = lastModified }
        return headers
    }
}
