import Foundation

/// A SyncFeed on 127.0.0.1: Atom pages of entities by category, paged by skiptoken, with
/// enclosures, and faults on demand (503, slow answers, cut-off bodies, malformed pages).
package final class SyncFeedServer: @unchecked Sendable {
    // @unchecked: all mutable state is behind `lock`; the HTTP server calls in from its threads.
    package enum Fault: Sendable {
        case status(Int)
        case delay(Double)
        case truncate(Int)
        case malformed
        /// A well-formed HTML page with status 200, as a site in maintenance answers.
        case maintenance
    }

    private struct PendingFault {
        var matches: @Sendable (LocalHTTPServer.Request) -> Bool
        var fault: Fault
        var remaining: Int
    }

    package static let path = "/SyncFeed/2.0/Feed"
    private let lock = NSLock()
    private var entries: [(sequence: Int, entity: SyncFeedCorpus.Entity, deleted: Bool)] = []
    private var faults: [PendingFault] = []
    private var server: LocalHTTPServer!
    package let pageSize: Int
    /// Write next links with the live host name (as a copied page would), to test rebasing.
    package let liveHostLinks: Bool

    package init(pageSize: Int = 4, liveHostLinks: Bool = false) throws {
        self.pageSize = pageSize
        self.liveHostLinks = liveHostLinks
        server = try LocalHTTPServer { [unowned self] request in self.answer(request) }
    }

    package var endpoint: String { server.url(Self.path) }
    package var requests: [LocalHTTPServer.Request] { server.requests }

    package func stop() { server.stop() }

    /// Adds entities at the end of the feed.
    package func publish(_ entities: [SyncFeedCorpus.Entity]) {
        lock.withLock {
            for entity in entities { self.entries.append((self.entries.count + 1, entity, false)) }
        }
    }

    /// Adds a raw entity XML (for malformed or tombstone entries) under a category.
    package func publish(raw xml: String, category: String, id: String) {
        publish([SyncFeedCorpus.Entity(category: category, id: id, xml: xml)])
    }

    /// Makes the next `times` requests matching `matches` fail with `fault`.
    package func inject(
        _ fault: Fault, times: Int = 1, when matches: @escaping @Sendable (LocalHTTPServer.Request) -> Bool
    ) {
        lock.withLock { faults.append(PendingFault(matches: matches, fault: fault, remaining: times)) }
    }

    private func answer(_ request: LocalHTTPServer.Request) -> LocalHTTPServer.Reply {
        let fault: Fault? = lock.withLock {
            guard let index = faults.firstIndex(where: { $0.remaining > 0 && $0.matches(request) }) else { return nil }
            faults[index].remaining -= 1
            return faults[index].fault
        }
        var reply: LocalHTTPServer.Reply
        if request.path.hasPrefix("/SyncFeed/2.0/Resources/") {
            let id = String(request.path.dropFirst("/SyncFeed/2.0/Resources/".count))
            let body = lock.withLock { entries.first { $0.entity.id == id }?.entity.enclosure }
            reply =
                body.map { LocalHTTPServer.Reply(headers: ["Content-Type": "application/xml"], body: $0) }
                ?? LocalHTTPServer.Reply(status: 404)
        } else if request.path == Self.path {
            reply = .xml(page(category: request.query["category"], after: Int(request.query["skiptoken"] ?? "0") ?? 0))
            reply.headers["Content-Type"] = "application/atom+xml; charset=utf-8"
        } else {
            reply = LocalHTTPServer.Reply(status: 404)
        }
        switch fault {
        case .status(let code): return LocalHTTPServer.Reply(status: code)
        case .delay(let seconds): reply.delay = seconds
        case .truncate(let bytes): reply.truncateAfter = bytes
        case .malformed: reply.body = reply.body.prefix(reply.body.count / 2) + Data("</broken".utf8)
        case .maintenance:
            reply.headers["Content-Type"] = "text/html; charset=utf-8"
            reply.body = Data(
                "<!DOCTYPE html>\n<html lang=\"nl\"><head><title>Onderhoud</title></head><body><p>Gepland onderhoud.</p></body></html>\n"
                    .utf8)
        case nil: break
        }
        return reply
    }

    private func link(category: String?, skiptoken: Int) -> String {
        let host = liveHostLinks ? "https://gegevensmagazijn.tweedekamer.nl" : server.url("")
        let query = (category.map { "category=\($0)&amp;" } ?? "") + "skiptoken=\(skiptoken)"
        return "\(host)\(Self.path)?\(query)"
    }

    /// The page the server would send, for tests that read pages directly.
    package func pageText(category: String?, after: Int) -> String { page(category: category, after: after) }

    /// Up to `pageSize` entries of `category` (all categories when nil) after sequence number `after`.
    func page(category: String?, after: Int) -> String {
        let selected = lock.withLock {
            entries.filter {
                $0.sequence > after && (category == nil || $0.entity.category.lowercased() == category!.lowercased())
            }
            .prefix(pageSize)
        }
        let host = liveHostLinks ? "https://gegevensmagazijn.tweedekamer.nl" : server.url("")
        return Self.render(
            selected.map { ($0.sequence, $0.entity) }, after: after, enclosures: host + "/SyncFeed/2.0/Resources/"
        ) { skiptoken in link(category: category, skiptoken: skiptoken) }
    }

    /// An Atom page in the SyncFeed's shape: each entry with its own next link, the feed's next link after the last.
    package static func render(
        _ entries: [(sequence: Int, entity: SyncFeedCorpus.Entity)], after: Int, enclosures: String,
        link: (Int) -> String
    ) -> String {
        var xml = """
            <?xml version="1.0" encoding="utf-8"?>
            <feed xmlns="http://www.w3.org/2005/Atom">
              <title>Tweede Kamer SyncFeed</title>
              <id>https://gegevensmagazijn.tweedekamer.nl/SyncFeed/2.0/Feed</id>
              <updated>2025-10-03T14:07:54Z</updated>
              <author><name>Tweede Kamer der Staten-Generaal</name></author>
              <link rel="self" href="\(link(after))"/>

            """
        if let last = entries.last {
            xml += "  <link rel=\"next\" href=\"\(link(last.sequence))\"/>\n"
        }
        for (sequence, entity) in entries {
            xml += """
                  <entry>
                    <title>\(entity.id)</title>
                    <id>https://gegevensmagazijn.tweedekamer.nl/SyncFeed/2.0/Entiteiten/\(entity.id)</id>
                    <author><name>Tweede Kamer der Staten-Generaal</name></author>
                    <updated>2025-10-03T14:07:54Z</updated>
                    <category term="\(entity.category.prefix(1).lowercased() + entity.category.dropFirst())"/>
                    <link rel="next" href="\(link(sequence))"/>

                """
            if entity.enclosure != nil {
                xml += "      <link rel=\"enclosure\" href=\"\(enclosures)\(entity.id)\" type=\"application/xml\"/>\n"
            }
            xml += "      <content type=\"application/xml\">\(entity.xml)</content>\n    </entry>\n"
        }
        return xml + "</feed>\n"
    }
}
