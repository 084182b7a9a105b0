import Core
import Deeds
import Foundation
import Ledger
import Markup
import Store
import TestSupport
import Testing
import TrackerKit

@testable import Harvest

/// Counts calls per path, for servers that fail a given number of times first.
final class Attempts: @unchecked Sendable {
    // @unchecked: guarded by `lock`.
    private let lock = NSLock()
    private var counts: [String: Int] = [:]

    func next(_ key: String) -> Int {
        lock.withLock {
            counts[key, default: 0] += 1
            return counts[key]!
        }
    }
}

@Suite("HTTP: retries, timeouts, limits, against a real server on 127.0.0.1")
struct HTTPClientTests {
    static func client(timeout: Double = 5, retries: Int = 3, maxBody: Int = 1 << 20, delays: Recorder? = nil)
        -> HTTPClient
    {
        var settings = HTTPSettings()
        settings.timeout = timeout
        settings.retries = retries
        settings.pause = 0
        settings.maxBodyBytes = maxBody
        return HTTPClient(settings: settings, sleep: { seconds in delays?.record(seconds) })
    }

    final class Recorder: @unchecked Sendable {
        // @unchecked: guarded by `lock`.
        private let lock = NSLock()
        private var values: [Double] = []
        func record(_ value: Double) { lock.withLock { values.append(value) } }
        var recorded: [Double] { lock.withLock { values } }
    }

    @Test("A 503 is retried with growing, jittered waits, and the request then succeeds")
    func retriesServiceUnavailable() async throws {
        let attempts = Attempts()
        let server = try LocalHTTPServer { request in
            attempts.next(request.path) <= 2 ? LocalHTTPServer.Reply(status: 503) : .xml("<ok/>")
        }
        defer { server.stop() }
        let delays = Recorder()
        let response = try await Self.client(delays: delays).get(URL(string: server.url("/feed"))!, headers: [:])
        #expect(response.status == 200)
        #expect(String(decoding: response.body, as: UTF8.self) == "<ok/>")
        #expect(server.requests.count == 3)
        let waits = delays.recorded
        #expect(waits.count == 2)
        #expect(waits[0] >= 0.5 && waits[0] <= 1.0)
        #expect(waits[1] >= 1.0 && waits[1] <= 2.0)
    }

    @Test("Retry-After from a 429 is honoured")
    func retryAfter() async throws {
        let attempts = Attempts()
        let server = try LocalHTTPServer { request in
            attempts.next(request.path) == 1
                ? LocalHTTPServer.Reply(status: 429, headers: ["Retry-After": "7"]) : .xml("<ok/>")
        }
        defer { server.stop() }
        let delays = Recorder()
        _ = try await Self.client(delays: delays).get(URL(string: server.url("/feed"))!, headers: [:])
        #expect(delays.recorded == [7])
    }

    @Test("A slow response times out and is retried")
    func slowResponse() async throws {
        let attempts = Attempts()
        let server = try LocalHTTPServer { request in
            var reply = LocalHTTPServer.Reply.xml("<ok/>")
            if attempts.next(request.path) == 1 { reply.delay = 2.5 }
            return reply
        }
        defer { server.stop() }
        let response = try await Self.client(timeout: 1).get(URL(string: server.url("/slow"))!, headers: [:])
        #expect(response.status == 200)
        #expect(server.requests.count == 2)
    }

    @Test("A truncated body is detected and retried")
    func truncatedBody() async throws {
        let attempts = Attempts()
        let body = String(repeating: "<entry/>", count: 500)
        let server = try LocalHTTPServer { request in
            var reply = LocalHTTPServer.Reply.xml("<feed>\(body)</feed>")
            if attempts.next(request.path) == 1 { reply.truncateAfter = 100 }
            return reply
        }
        defer { server.stop() }
        let response = try await Self.client().get(URL(string: server.url("/cut"))!, headers: [:])
        #expect(response.body.count == 4013)
        #expect(server.requests.count == 2)
    }

    @Test("A permanent failure names the URL and is not retried")
    func permanentFailure() async throws {
        let server = try LocalHTTPServer { _ in LocalHTTPServer.Reply(status: 404) }
        defer { server.stop() }
        let url = URL(string: server.url("/missing?x=1"))!
        let error = try await #require(throws: HTTPError.self) { try await Self.client().get(url, headers: [:]) }
        #expect(error.errorDescription == "\(url.absoluteString): HTTP 404 (after 1 attempt)")
        #expect(server.requests.count == 1)
    }

    @Test("A redirect loop is permanent: one attempt, not one per retry")
    func redirectLoop() async throws {
        let server = try LocalHTTPServer { request in
            LocalHTTPServer.Reply(status: 302, headers: ["Location": request.path])
        }
        defer { server.stop() }
        let url = URL(string: server.url("/round"))!
        let error = try await #require(throws: HTTPError.self) { try await Self.client().get(url, headers: [:]) }
        #expect(
            error.errorDescription
                == "\(url.absoluteString): the server redirects in a loop (too many redirects) (after 1 attempt)")
        // One attempt: the transport follows the redirects itself, up to its limit, and then tracker stops.
        let first = server.requests.count
        #expect(first > 1 && first <= 30)
    }

    @Test("Persistent 5xx gives up after the configured retries, naming the URL")
    func givesUp() async throws {
        let server = try LocalHTTPServer { _ in LocalHTTPServer.Reply(status: 500) }
        defer { server.stop() }
        let url = URL(string: server.url("/down"))!
        let error = try await #require(throws: HTTPError.self) {
            try await Self.client(retries: 2).get(url, headers: [:])
        }
        #expect(error.reason == .status(500))
        #expect(error.attempts == 3)
        #expect(server.requests.count == 3)
    }

    @Test("A body over the limit is refused")
    func bodyLimit() async throws {
        let server = try LocalHTTPServer { _ in .xml(String(repeating: "x", count: 300_000)) }
        defer { server.stop() }
        let error = try await #require(throws: HTTPError.self) {
            try await Self.client(maxBody: 100_000).get(URL(string: server.url("/big"))!, headers: [:])
        }
        #expect(error.reason == .tooLarge(limit: 100_000))
    }

    @Test("The User-Agent says who is calling; request headers are passed on")
    func headers() async throws {
        let server = try LocalHTTPServer { request in
            request.headers["if-none-match"] == "\"v1\"" ? LocalHTTPServer.Reply(status: 304) : .xml("<ok/>")
        }
        defer { server.stop() }
        let response = try await Self.client().get(
            URL(string: server.url("/page"))!, headers: ["If-None-Match": "\"v1\""])
        #expect(response.status == 304)
        #expect(server.requests.first?.headers["user-agent"]?.hasPrefix("tracker/") == true)
    }
}
