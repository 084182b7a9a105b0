import Foundation
import Hummingbird
import Logging
import NIOCore

/// `tracker serve`: the published folder over HTTP/1.1 (Hummingbird), read-only. GET and HEAD only; any other method
/// is answered 405 with `Allow: GET, HEAD`. The site's own names only ("/" is `index.html`); anything else is 404.
/// Each page carries its media type, an `ETag` (a request whose `If-None-Match` names it gets 304) and
/// `Cache-Control: no-cache`, so a browser asks again and sees a new review or run at once.
package enum SiteServer {
    /// Serves `site` on `host`:`port` until the process is interrupted (SIGINT or SIGTERM end it gracefully).
    /// `listening` gets the address bound (with port 0, the one the system chose) once the server accepts requests.
    package static func run(
        site: Site, host: String, port: Int, logger: Logger, listening: @escaping @Sendable (String, Int) -> Void
    ) async throws {
        let application = Application(
            responder: SiteResponder(site: site),
            configuration: ApplicationConfiguration(address: .hostname(host, port: port), serverName: "tracker"),
            onServerRunning: { channel in listening(host, channel.localAddress?.port ?? port) },
            logger: logger)
        try await application.runService()
    }

    /// What went wrong, in words: an address already in use or not to be had says the system's reason alone
    /// (SwiftNIO's own description carries the call and an unbalanced parenthesis).
    package static func describe(_ error: any Error) -> String {
        if let error = error as? IOError { return String(cString: strerror(error.errnoCode)) }
        return "\(error)"
    }
}

/// Answers one request from the site.
package struct SiteResponder: HTTPResponder {
    package typealias Context = BasicRequestContext

    let site: Site

    package init(site: Site) {
        self.site = site
    }

    package func respond(to request: Request, context: BasicRequestContext) async throws -> Response {
        guard request.method == .get || request.method == .head else {
            var headers = HTTPFields()
            headers[.allow] = "GET, HEAD"
            return Self.text(
                .methodNotAllowed, "tracker serve alleen lezen: \(request.method.rawValue) wordt niet uitgevoerd.",
                headers: headers, head: false)
        }
        let head = request.method == .head
        switch await site.lookup(request.uri.path) {
        case .missing:
            return Self.text(
                .notFound, "Niet gevonden: \(request.uri.path). De inhoud van deze site staat op /.", head: head)
        case .failed(let message):
            return Self.text(.internalServerError, "De site kan nu niet worden gemaakt:\n\n\(message)\n", head: head)
        case .page(let page):
            var headers = HTTPFields()
            headers[.contentType] = page.contentType
            headers[.eTag] = page.etag
            headers[.cacheControl] = "no-cache"
            headers[.xContentTypeOptions] = "nosniff"
            if let asked = request.headers[.ifNoneMatch],
                asked.split(separator: ",").contains(where: { $0.trimmingCharacters(in: .whitespaces) == page.etag })
            {
                return Response(status: .notModified, headers: headers)
            }
            let response = Response(
                status: .ok, headers: headers, body: ResponseBody(byteBuffer: ByteBuffer(bytes: page.body)))
            return head ? response.createHeadResponse() : response
        }
    }

    /// A short Dutch text, as the site's readers read Dutch.
    static func text(
        _ status: HTTPResponse.Status, _ text: String, headers: HTTPFields = HTTPFields(), head: Bool
    ) -> Response {
        var headers = headers
        headers[.contentType] = "text/plain; charset=utf-8"
        headers[.cacheControl] = "no-cache"
        let response = Response(
            status: status, headers: headers, body: ResponseBody(byteBuffer: ByteBuffer(string: text + "\n")))
        return head ? response.createHeadResponse() : response
    }
}
