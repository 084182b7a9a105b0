import Foundation
import TestSupport
import Testing

#if canImport(FoundationNetworking)
    import FoundationNetworking
#endif

/// `tracker serve`: the published folder over HTTP on 127.0.0.1, read-only, made again when its inputs change.
@Suite("tracker serve", .serialized)
struct ServeCLITests {
    /// A running `tracker serve` and the address it printed.
    struct Server {
        let process: Process
        let base: URL
        let stderr: Pipe

        /// Starts `tracker serve --port 0` with `arguments` and waits for the line that names its address.
        static func start(_ arguments: [String]) throws -> Server {
            let (process, out, err) = try TrackerProcess.start(["serve", "--port", "0"] + arguments)
            var printed = Data()
            while !printed.contains(UInt8(ascii: "\n")) {
                let more = out.fileHandleForReading.availableData
                if more.isEmpty { break }
                printed.append(more)
            }
            let line = String(decoding: printed, as: UTF8.self)
            let address = try #require(
                line.firstMatch(of: /at (http:\/\/127\.0\.0\.1:\d+\/) \(read-only; Ctrl-C stops\)\n$/))
            return Server(process: process, base: try #require(URL(string: String(address.1))), stderr: err)
        }

        /// Stops the server as Ctrl-C does and returns its exit status and what it wrote to standard error.
        func stop() -> (status: Int32, stderr: String) {
            process.interrupt()
            process.waitUntilExit()
            let text = String(decoding: stderr.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
            return (process.terminationStatus, text)
        }
    }

    struct Answer {
        var status: Int
        var headers: [String: String]
        var body: Data
        var text: String { String(decoding: body, as: UTF8.self) }
    }

    /// One request, no cache between requests.
    static func request(
        _ server: Server, _ path: String, method: String = "GET", headers: [String: String] = [:]
    ) async throws -> Answer {
        var request = URLRequest(url: try #require(URL(string: path, relativeTo: server.base)))
        request.httpMethod = method
        request.cachePolicy = .reloadIgnoringLocalCacheData
        for (name, value) in headers { request.setValue(value, forHTTPHeaderField: name) }
        let configuration = URLSessionConfiguration.ephemeral
        configuration.urlCache = nil
        let (data, response) = try await URLSession(configuration: configuration).data(for: request)
        let http = try #require(response as? HTTPURLResponse)
        var fields: [String: String] = [:]
        for case (let name as String, let value as String) in http.allHeaderFields { fields[name.lowercased()] = value }
        return Answer(status: http.statusCode, headers: fields, body: data)
    }

    @Test(
        "serve answers with the files tracker publish writes, byte for byte and typed; HEAD, 304, 404 and 405; the database is not written"
    )
    func servesThePublishedFolder() async throws {
        let (workspace, options, tracker) = try TrackerProcess.workspaceWithDatabase()
        #expect(try tracker(["update", "--mirror", TrackerProcess.mirror]).status == 0)
        let folder = TrackerProcess.temporaryFolder().appendingPathComponent("site")
        #expect(try tracker(["publish", "--as-of", "2026-06-30", "--out", folder.path]).status == 0)
        let database = workspace.appendingPathComponent("ledger.sqlite")
        let before = try Data(contentsOf: database)

        let server = try Server.start(options + ["--as-of", "2026-06-30"])
        let published = try PublishCLITests.contents(folder)
        #expect(published.count == 33)
        for (name, data) in published where name != ".tracker-publish" {
            let answer = try await Self.request(server, name)
            #expect(answer.status == 200, "\(name)")
            #expect(answer.body == data, "\(name) differs from what publish wrote")
        }
        let index = try await Self.request(server, "/")
        #expect(index.body == published["index.html"])
        #expect(index.headers["content-type"] == "text/html; charset=utf-8")
        #expect(index.headers["cache-control"] == "no-cache")
        #expect(
            try await Self.request(server, "brief-tweede-kamer.md").headers["content-type"]
                == "text/markdown; charset=utf-8")
        #expect(
            try await Self.request(server, "feed.json").headers["content-type"]
                == "application/feed+json; charset=utf-8")
        #expect(
            try await Self.request(server, "scorecard.json").headers["content-type"]
                == "application/json; charset=utf-8")
        #expect(
            try await Self.request(server, "scorecard.csv").headers["content-type"]
                == "text/csv; charset=utf-8; header=present")

        // HEAD: the headers of GET, no body.
        let head = try await Self.request(server, "scorecard.csv", method: "HEAD")
        #expect(head.status == 200)
        #expect(head.headers["content-length"] == "\(published["scorecard.csv"]!.count)")
        #expect(head.body.isEmpty)
        // A page not changed since the browser's copy: 304, no body.
        let etag = try #require(index.headers["etag"])
        let again = try await Self.request(server, "/", headers: ["If-None-Match": etag])
        #expect(again.status == 304)
        #expect(again.body.isEmpty)
        #expect(try await Self.request(server, "/", headers: ["If-None-Match": "\"other\""]).status == 200)

        let missing = try await Self.request(server, "nope.html")
        #expect(missing.status == 404)
        #expect(missing.text == "Niet gevonden: /nope.html. De inhoud van deze site staat op /.\n")
        // The marker of a published folder and anything outside the site's names are not served.
        #expect(try await Self.request(server, ".tracker-publish").status == 404)
        #expect(try await Self.request(server, "Commitments/themes.yaml").status == 404)
        for method in ["POST", "PUT", "DELETE"] {
            let refused = try await Self.request(server, "/", method: method)
            #expect(refused.status == 405)
            #expect(refused.headers["allow"] == "GET, HEAD")
        }
        let (status, stderr) = server.stop()
        #expect(status == 0)
        #expect(stderr == TrackerProcess.missingDeedWarning)
        #expect(try Data(contentsOf: database) == before)
    }

    @Test(
        "A review confirmed while serving shows at the next request; a broken ledger answers 500 with file and line until it is mended"
    )
    func followsItsInputs() async throws {
        let (workspace, options, tracker) = try TrackerProcess.workspaceWithDatabase()
        #expect(try tracker(["update", "--mirror", TrackerProcess.mirror]).status == 0)
        let server = try Server.start(options + ["--as-of", "2026-06-30", "--verbose"])
        let confirmed = /Door een analist bevestigd: [^<]*/
        let first = try await Self.request(server, "scorecard.html")
        // Made before listening; the empty write-ahead log SQLite makes when it opens the database is no change.
        #expect(try await Self.request(server, "feed.json").status == 200)
        #expect(
            first.text.firstMatch(of: confirmed).map { String($0.0) }
                == "Door een analist bevestigd: 0 van de 4 meegetelde koppelingen; ze zijn alle door tracker gelezen en nog niet beoordeeld."
        )

        let review = try tracker([
            "review", "confirm", "rp-tweestatusstelsel-invoeren", "kst-36704-69", "--by", "A. Analist",
        ])
        #expect(review.status == 0)
        let second = try await Self.request(server, "scorecard.html")
        #expect(
            second.text.firstMatch(of: confirmed).map { String($0.0) }
                == "Door een analist bevestigd: 1 van de 4 meegetelde koppelingen; de andere zijn door tracker gelezen en nog niet beoordeeld."
        )
        #expect(second.headers["etag"] != first.headers["etag"])

        let pledges = workspace.appendingPathComponent("Commitments/national/pledges.yaml")
        let original = try String(contentsOf: pledges, encoding: .utf8)
        var lines = original.components(separatedBy: "\n")
        lines[4] = "  - id: [broken"
        try lines.joined(separator: "\n").write(to: pledges, atomically: true, encoding: .utf8)
        let broken = try await Self.request(server, "/")
        #expect(broken.status == 500)
        #expect(
            broken.text.hasPrefix("De site kan nu niet worden gemaakt:\n\nCommitments/national/pledges.yaml:6:12: "))
        #expect(try await Self.request(server, "feed.json").status == 500)

        try original.write(to: pledges, atomically: true, encoding: .utf8)
        let mended = try await Self.request(server, "scorecard.html")
        #expect(mended.status == 200)
        #expect(mended.body == second.body)
        #expect(try await Self.request(server, "feed.json").status == 200)
        let (status, stderr) = server.stop()
        #expect(status == 0)
        // Made three times (at the start, after the review, after the mend); the terminal said once why pages
        // failed, and that they serve again.
        let printed = stderr.split(separator: "\n", omittingEmptySubsequences: false)
        // The fixture's review of a deed the database lacks: said once, though the site was made three times.
        let missing = printed.filter { $0 + "\n" == TrackerProcess.missingDeedWarning }.count
        #expect(missing == 1)
        let said = printed.filter { $0 + "\n" != TrackerProcess.missingDeedWarning }
        #expect(said.first == "made the site: 32 files as of 2026-06-30")
        #expect(said.filter { $0 == "made the site: 32 files as of 2026-06-30" }.count == 2)
        #expect(
            said.filter { $0 == "error: the site cannot be made; pages answer 500 until this is mended:" }.count == 1)
        #expect(said.filter { $0.hasPrefix("Commitments/national/pledges.yaml:6:12: ") }.count == 1)
        #expect(said.suffix(2) == ["the site can be made again: 32 files as of 2026-06-30", ""])
    }

    @Test("serve refuses a workspace it cannot serve, a port that is no port, and a port in use, with exit 1 or 64")
    func refuses() throws {
        let missing = TrackerProcess.temporaryDatabase()
        let noDatabase = try TrackerProcess.tracker(["serve", "--port", "0", "--db", missing])
        #expect(noDatabase.status == 1)
        #expect(
            noDatabase.stderr
                == "error: no database at \(missing); `tracker update` (or `update --offline`) creates it\n")
        #expect(!FileManager.default.fileExists(atPath: missing))

        let badPort = try TrackerProcess.tracker(["serve", "--port", "70000"])
        #expect(badPort.status == 64)
        #expect(badPort.stderr.contains("--port 70000 is not a port; expected 0 to 65535 (0: a free one)"))

        let (_, options, tracker) = try TrackerProcess.workspaceWithDatabase()
        #expect(try tracker(["update", "--mirror", TrackerProcess.mirror]).status == 0)
        let server = try Server.start(options)
        let port = try #require(server.base.port)
        let second = try TrackerProcess.run(["serve", "--port", "\(port)"] + options)
        #expect(second.status == 1)
        #expect(
            second.stderr == TrackerProcess.missingDeedWarning
                + "error: cannot serve on 127.0.0.1:\(port): Address already in use\n")
        #expect(server.stop().status == 0)
    }
}
