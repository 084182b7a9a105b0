import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// A small HTTP/1.1 server on 127.0.0.1 for tests: one connection at a time, `Connection: close`.
///
/// Handlers decide status, headers and body, and can answer slowly or cut a body short, so tests
/// exercise the real network code against the faults live servers show.
package final class LocalHTTPServer: @unchecked Sendable {
    // @unchecked: the listening socket is only used by the accept thread; `log` is behind `lock`.
    package struct Request: Sendable {
        package var method: String
        /// Path and query, as sent: `/SyncFeed/2.0/Feed?category=Zaak`.
        package var target: String
        /// Header names in lower case.
        package var headers: [String: String]

        package var path: String { String(target.split(separator: "?", maxSplits: 1).first ?? "") }

        package var query: [String: String] {
            guard let components = URLComponents(string: "http://localhost" + target) else { return [:] }
            var result: [String: String] = [:]
            for item in components.queryItems ?? [] { result[item.name] = item.value ?? "" }
            return result
        }
    }

    package struct Reply: Sendable {
        package var status: Int
        package var headers: [String: String]
        package var body: Data
        /// Seconds to wait before answering.
        package var delay: Double = 0
        /// Send only this many body bytes (with the full Content-Length), then close.
        package var truncateAfter: Int?

        package init(
            status: Int = 200, headers: [String: String] = [:], body: Data = Data(), delay: Double = 0,
            truncateAfter: Int? = nil
        ) {
            self.status = status
            self.headers = headers
            self.body = body
            self.delay = delay
            self.truncateAfter = truncateAfter
        }

        package static func xml(_ text: String) -> Reply {
            Reply(headers: ["Content-Type": "application/xml; charset=utf-8"], body: Data(text.utf8))
        }
    }

    package let port: UInt16
    private let socket: Int32
    private let handler: @Sendable (Request) -> Reply
    private let lock = NSLock()
    private var log: [Request] = []
    private var thread: Thread?

    /// Starts listening on a free port on 127.0.0.1.
    package init(handler: @escaping @Sendable (Request) -> Reply) throws {
        self.handler = handler
        #if canImport(Glibc)
            let fd = Glibc.socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        #else
            let fd = Darwin.socket(AF_INET, SOCK_STREAM, 0)
        #endif
        guard fd >= 0 else { throw POSIXError(.EIO) }
        var yes: Int32 = 1
        setsockopt(fd, SOL_SOCKET, SO_REUSEADDR, &yes, socklen_t(MemoryLayout<Int32>.size))
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_port = 0
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        let bound = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) {
                bind(fd, $0, socklen_t(MemoryLayout<sockaddr_in>.size))
            }
        }
        guard bound == 0, listen(fd, 16) == 0 else {
            close(fd)
            throw POSIXError(.EADDRINUSE)
        }
        var actual = sockaddr_in()
        var length = socklen_t(MemoryLayout<sockaddr_in>.size)
        _ = withUnsafeMutablePointer(to: &actual) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { getsockname(fd, $0, &length) }
        }
        port = UInt16(bigEndian: actual.sin_port)
        socket = fd
        let thread = Thread { [self] in self.acceptLoop() }
        self.thread = thread
        thread.start()
    }

    /// `http://127.0.0.1:<port>` followed by `path`.
    package func url(_ path: String) -> String { "http://127.0.0.1:\(port)\(path)" }

    /// The requests received so far, in order.
    package var requests: [Request] { lock.withLock { log } }

    package func stop() {
        shutdown(socket, Int32(SHUT_RDWR))
        close(socket)
    }

    private func acceptLoop() {
        while true {
            let client = accept(socket, nil, nil)
            if client < 0 { return }
            // One thread per connection, so a slow answer does not hold up the next request.
            Thread { [self] in
                self.serve(client)
                close(client)
            }.start()
        }
    }

    private func serve(_ client: Int32) {
        var buffer = [UInt8](repeating: 0, count: 65536)
        var received = Data()
        while !received.contains(Data("\r\n\r\n".utf8)) {
            let count = read(client, &buffer, buffer.count)
            if count <= 0 { return }
            received.append(contentsOf: buffer[0..<count])
        }
        let head = String(decoding: received, as: UTF8.self).components(separatedBy: "\r\n\r\n")[0]
        let lines = head.components(separatedBy: "\r\n")
        let parts = lines[0].split(separator: " ")
        guard parts.count >= 2 else { return }
        var headers: [String: String] = [:]
        for line in lines.dropFirst() {
            guard let colon = line.firstIndex(of: ":") else { continue }
            headers[line[..<colon].lowercased()] = line[line.index(after: colon)...].trimmingCharacters(
                in: .whitespaces)
        }
        let request = Request(method: String(parts[0]), target: String(parts[1]), headers: headers)
        lock.withLock { log.append(request) }
        let reply = handler(request)
        if reply.delay > 0 { Thread.sleep(forTimeInterval: reply.delay) }
        var response = "HTTP/1.1 \(reply.status) \(httpReasonPhrase(reply.status))\r\n"
        var replyHeaders = reply.headers
        replyHeaders["Content-Length"] = String(reply.body.count)
        replyHeaders["Connection"] = "close"
        for (name, value) in replyHeaders.sorted(by: { $0.key < $1.key }) { response += "\(name): \(value)\r\n" }
        response += "\r\n"
        var bytes = Data(response.utf8)
        bytes.append(reply.truncateAfter.map { reply.body.prefix($0) } ?? reply.body)
        bytes.withUnsafeBytes { raw in
            var offset = 0
            while offset < raw.count {
                let written = write(client, raw.baseAddress!.advanced(by: offset), raw.count - offset)
                if written <= 0 { return }
                offset += written
            }
        }
    }
}

private func httpReasonPhrase(_ status: Int) -> String {
    switch status {
    case 200: "OK"
    case 304: "Not Modified"
    case 404: "Not Found"
    case 429: "Too Many Requests"
    case 500: "Internal Server Error"
    case 503: "Service Unavailable"
    default: "Status"
    }
}
