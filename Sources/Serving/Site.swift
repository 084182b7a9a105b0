import Core
import Foundation
import TrackerKit

/// What `tracker serve` serves: the files of the published folder (`Publication.files`, the same bytes as
/// `tracker publish` writes), made again whenever what they are made from has changed since the last request: the
/// database (and its write-ahead log), `Commitments/` (reviews included), `Templates/`, or the day, when no `--as-of`
/// fixes it. Between changes every request is answered from the files already made.
package actor Site {
    /// One file of the site, as it is sent.
    package struct Page: Sendable, Equatable {
        package var body: Data
        package var contentType: String
        /// A strong validator of the body: a request whose `If-None-Match` names it gets 304.
        package var etag: String
    }

    /// What a request finds.
    package enum Lookup: Sendable, Equatable {
        case page(Page)
        /// No file of that name: 404.
        case missing
        /// The site cannot be made from the workspace as it is (an invalid ledger, a missing database): 500,
        /// with tracker's own error text.
        case failed(String)
    }

    /// What happened when the files were made, for the terminal of whoever runs `serve`.
    package enum Event: Sendable, Equatable {
        /// The files were made (again): how many, as of which day, and whether making them had failed before.
        case made(files: Int, asOf: Day, mended: Bool)
        /// Making them failed where it had succeeded, or failed otherwise than before: pages answer 500 with this.
        case failed(String)
    }

    let workspace: Workspace
    let asOf: Day?
    let since: Day?
    let report: @Sendable (Event) -> Void

    private var made: (state: InputState, result: Result<[String: Page], Failure>)?

    /// - Parameter report: called each time the files are made, and when making them fails anew after they were
    ///   first made (a failure the first time is `problem()`'s to tell).
    package init(
        workspace: Workspace, asOf: Day? = nil, since: Day? = nil,
        report: @escaping @Sendable (Event) -> Void = { _ in }
    ) {
        var workspace = workspace
        workspace.readOnly = true
        self.workspace = workspace
        self.asOf = asOf
        self.since = since
        self.report = report
    }

    /// The file at `path` of a request ("/" is the index); names that start with "." are not served.
    package func lookup(_ path: String) -> Lookup {
        let name = path == "/" ? "index.html" : String(path.drop { $0 == "/" })
        switch current() {
        case .failure(let failure):
            return .failed(failure.message)
        case .success(let pages):
            guard !name.hasPrefix("."), let page = pages[name] else { return .missing }
            return .page(page)
        }
    }

    /// The error text, or nil when the site can be made.
    package func problem() -> String? {
        guard case .failure(let failure) = current() else { return nil }
        return failure.message
    }

    private func current() -> Result<[String: Page], Failure> {
        let state = InputState(workspace: workspace, day: asOf ?? Day.today())
        if let made, made.state == state { return made.result }
        let result: Result<[String: Page], Failure>
        do {
            let files = try Publication.files(workspace, asOf: state.day, since: since)
            result = .success(
                Dictionary(uniqueKeysWithValues: files.map { ($0.key, Self.page(name: $0.key, text: $0.value)) }))
        } catch {
            result = .failure(Failure(message: (error as? LocalizedError)?.errorDescription ?? "\(error)"))
        }
        switch result {
        case .success(let pages):
            // What a reader can ask for: the marker is publish's own and not served (as publish counts).
            let served = pages.keys.filter { $0 != Publication.marker }.count
            report(.made(files: served, asOf: state.day, mended: made?.result.failure != nil))
        case .failure(let failure) where made != nil && failure != made?.result.failure:
            report(.failed(failure.message))
        case .failure: break
        }
        made = (state, result)
        return result
    }

    static func page(name: String, text: String) -> Page {
        let body = Data(text.utf8)
        return Page(body: body, contentType: contentType(of: name), etag: "\"\(Digest.sha256(body).prefix(32))\"")
    }

    /// The media type of a published file, by its extension; every file is UTF-8 text.
    static func contentType(of name: String) -> String {
        switch (name as NSString).pathExtension {
        case "html": "text/html; charset=utf-8"
        case "md": "text/markdown; charset=utf-8"
        case "csv": "text/csv; charset=utf-8; header=present"
        case "json": name.hasPrefix("feed") ? "application/feed+json; charset=utf-8" : "application/json; charset=utf-8"
        default: "text/plain; charset=utf-8"
        }
    }

    struct Failure: Error, Equatable {
        var message: String
    }
}

extension Result where Failure == Site.Failure {
    fileprivate var failure: Site.Failure? {
        if case .failure(let failure) = self { failure } else { nil }
    }
}

/// What the site is made from, as the file system shows it: the database and its write-ahead log (when not empty),
/// every file under `Commitments/` and `Templates/` (path, size, modification time to the nanosecond, inode), and the
/// day. Equal states give the same files, for `Publication.files` reads nothing else.
struct InputState: Equatable {
    var day: Day
    var files: [String: FileStamp]

    init(workspace: Workspace, day: Day) {
        self.day = day
        var files: [String: FileStamp] = [:]
        files[workspace.databasePath] = FileStamp(path: workspace.databasePath)
        // An empty write-ahead log holds nothing to read: SQLite makes one when it opens the database, read-only
        // too, and that must not count as a change.
        let log = workspace.databasePath + "-wal"
        files[log] = FileStamp(path: log).flatMap { $0.size > 0 ? $0 : nil }
        for folder in [workspace.root.appendingPathComponent("Commitments"), workspace.templates] {
            files[folder.path] = FileStamp(path: folder.path)
            let walk = FileManager.default.enumerator(atPath: folder.path)
            while let relative = walk?.nextObject() as? String {
                let path = folder.appendingPathComponent(relative).path
                files[path] = FileStamp(path: path)
            }
        }
        self.files = files
    }
}

/// A file's size, modification time and inode, or nil for a missing file.
struct FileStamp: Equatable {
    var size: Int64
    var seconds: Int
    var nanoseconds: Int
    var inode: UInt64

    init?(path: String) {
        var info = stat()
        guard stat(path, &info) == 0 else { return nil }
        size = Int64(info.st_size)
        seconds = info.st_mtim.tv_sec
        nanoseconds = info.st_mtim.tv_nsec
        inode = UInt64(info.st_ino)
    }
}
