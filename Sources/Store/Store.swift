import Core
import Deeds
import Foundation
import GRDB
import GRDBSQLite

/// The SQLite database behind tracker: source documents, deeds, their full-text index, SyncFeed entities and links.
///
/// Everything written by one command happens in transactions, so a crash leaves the database
/// as it was after the last committed step. Every error names the database file.
package final class Store: Sendable {
    let queue: DatabaseQueue
    /// The database file, or ":memory:".
    package let path: String
    /// Opened read-only: for `tracker serve`, or a command that only reads a file this account may not write.
    package let readOnly: Bool
    /// Stores a new version of a document even when it gives fewer deeds, or less of one, than the stored version
    /// (`--accept-loss`); by default such a version is refused (`Store.refuseLoss`).
    package let acceptsLoss: Bool

    /// How to treat a database file that does not exist yet.
    package enum Opening: Sendable {
        /// Create it (and its folder): for commands that write.
        case create
        /// Refuse: for commands that only read, which never leave a database or folder behind.
        case existing
        /// Refuse, and open the file read-only, its schema as it is (`tracker serve`): nothing can be written, not
        /// even a migration; a database an older tracker wrote is refused with what to run.
        case readOnly
    }

    /// Opens the database at `path` and brings its schema up to date.
    ///
    /// - Throws: `StoreError` naming the path: no database there (with `.existing`), or SQLite's reason.
    package init(path: String, opening: Opening = .create, acceptingLoss: Bool = false) throws(StoreError) {
        self.path = path
        acceptsLoss = acceptingLoss
        let inMemory = path == ":memory:"
        // SQLite takes an empty file for an empty database and would migrate it: a command that only reads
        // must not write into a file it did not make, nor report an empty scorecard from it.
        if !inMemory, opening != .create,
            let size = (try? FileManager.default.attributesOfItem(atPath: path))?[.size] as? Int, size == 0
        {
            throw StoreError(
                path: path,
                reason: .failed(
                    "empty file (0 bytes); expected a tracker database (`tracker update` makes one where there is none)"
                ))
        }
        if !inMemory, !FileManager.default.fileExists(atPath: path) {
            guard opening == .create else { throw StoreError(path: path, reason: .missing) }
            do {
                try FileManager.default.createDirectory(
                    at: URL(fileURLWithPath: path).deletingLastPathComponent(), withIntermediateDirectories: true)
            } catch {
                throw StoreError(path: path, reason: .failed(error.localizedDescription))
            }
        }
        // A command that only reads opens a file this account may not write read-only, as `serve` does: its schema
        // as it is, and a clear error where it would need migrating.
        let readOnly = opening == .readOnly || (!inMemory && opening == .existing && access(path, W_OK) != 0)
        self.readOnly = readOnly
        var configuration = Configuration()
        configuration.readonly = readOnly
        configuration.foreignKeysEnabled = true
        configuration.busyMode = .timeout(10)
        // Write-ahead logging with synchronous=NORMAL: every transaction is still atomic, and one that
        // committed survives a crash or kill of the process; only a power cut may lose the last few,
        // never half of one. Without it each commit waits for several fsyncs.
        configuration.prepareDatabase { db in
            try db.execute(sql: "PRAGMA synchronous = NORMAL")
            // Debian's SQLite overwrites every page it frees with zeros (SECURE_DELETE); the store holds public
            // records and what is derived from them, and a full relink frees the old link table's tens of
            // megabytes at once. FAST still clears deleted rows where that costs no extra writing.
            try db.execute(sql: "PRAGMA secure_delete = FAST")
            db.add(tokenizer: DutchStemTokenizer.self)
            if !inMemory, !db.configuration.readonly { try Self.keepLogFiles(db) }
        }
        do {
            queue =
                inMemory
                ? try DatabaseQueue(configuration: configuration)
                : try DatabaseQueue(path: path, configuration: configuration)
            // Two commands starting on a new database (or one to be upgraded) would both see it unmigrated and
            // both create its tables ("table document already exists"), or read its migrations while the other
            // creates them ("no such table: grdb_migrations"): one looks at and migrates the schema at a time.
            // So does one switch a new database to write-ahead logging: that takes the database whole, and SQLite
            // answers "database is locked" at once, without waiting, to a second command switching it meanwhile
            // (three first updates at once failed so about one time in four).
            try Self.holdingMigrationLock(path: inMemory ? nil : path) {
                if !inMemory, !readOnly {
                    try queue.writeWithoutTransaction { db in
                        _ = try String.fetchOne(db, sql: "PRAGMA journal_mode = WAL")
                    }
                }
                // A database a newer tracker wrote has migrations this one does not know (a restemmed index, say):
                // reading or adding to it would mix what the two make.
                if try queue.read(StoreSchema.migrator.hasBeenSuperseded) {
                    throw StoreError(
                        path: path,
                        reason: .failed(
                            "written by a newer tracker (its schema has migrations this one does not know); expected the tracker that wrote it, or a newer one"
                        ))
                }
                // Nor one whose deeds newer readers derived: reading its documents again with these would undo
                // what the newer tracker found (a colleague who has not upgraded yet, on a shared database).
                let derived = try queue.read { db -> Int? in
                    guard try db.tableExists("meta") else { return nil }
                    return try String.fetchOne(db, sql: "SELECT value FROM meta WHERE key = 'deeds.derivation'")
                        .flatMap { Int($0) }
                }
                if let derived, derived > Deed.derivationVersion {
                    throw StoreError(
                        path: path,
                        reason: .failed(
                            "written by a newer tracker (its deeds were read by readers of version \(derived), this tracker's are version \(Deed.derivationVersion)); expected the tracker that wrote it, or a newer one"
                        ))
                }
                guard readOnly else { return try StoreSchema.migrator.migrate(queue) }
                guard try queue.read(StoreSchema.migrator.hasCompletedMigrations) else {
                    // A file with no table at all is one no tracker has made yet, or one an update is making now.
                    let empty = try queue.read { db in
                        try Int.fetchOne(db, sql: "SELECT count(*) FROM sqlite_master") == 0
                    }
                    throw StoreError(
                        path: path,
                        reason: .failed(
                            empty
                                ? "holds no tables yet (a first `tracker update` may be making it now); expected a database tracker made"
                                : "written by an older tracker and opened read-only; `tracker update` brings it up to date"
                        ))
                }
            }
        } catch let error as DatabaseError where readOnly && StoreError.notWritable(error, path: path) {
            throw StoreError(
                path: path,
                reason: .failed(
                    "this account may read the file but not write it or its folder, and SQLite needs \(URL(fileURLWithPath: path).lastPathComponent)-wal and -shm beside it to read it; any tracker command run once by the database's owner (`tracker runs`) leaves them there"
                ))
        } catch {
            throw StoreError(path: path, error)
        }
    }

    /// Keeps the write-ahead log and its index (`-wal`, `-shm`) beside the database when the last connection closes
    /// (persistent WAL). Without them a user who may read the database but not write its folder —
    /// a colleague, `tracker serve` under its own account — cannot open it at all: SQLite must create them to read.
    private static func keepLogFiles(_ db: Database) throws {
        var persist: CInt = 1
        let code = withUnsafeMutablePointer(to: &persist) {
            sqlite3_file_control(db.sqliteConnection, nil, SQLITE_FCNTL_PERSIST_WAL, $0)
        }
        guard code == SQLITE_OK else { throw DatabaseError(resultCode: ResultCode(rawValue: code)) }
        // A persistent log keeps its size when the last connection closes; the commands that write empty it when
        // they end (`checkpoint`). A journal_size_limit would have closing truncate it instead, but that close raced
        // with another process opening the database ("disk I/O error", 5 of 45 concurrent first updates).
    }

    /// Runs `body` holding an exclusive `flock` on the database file: SQLite's own locks are `fcntl` locks, which
    /// `flock` does not touch, so this orders migrations between processes without getting in SQLite's way.
    private static func holdingMigrationLock(path: String?, _ body: () throws -> Void) throws {
        guard let path else { return try body() }
        let descriptor = open(path, O_RDONLY | O_CLOEXEC)
        guard descriptor >= 0 else { return try body() }
        defer { close(descriptor) }
        while flock(descriptor, LOCK_EX) != 0, errno == EINTR {}
        defer { flock(descriptor, LOCK_UN) }
        try body()
    }

    /// Runs `body` in a read transaction; errors name the database.
    func read<T>(_ body: (Database) throws -> T) throws(StoreError) -> T {
        do {
            return try queue.read(body)
        } catch {
            throw StoreError(path: path, error)
        }
    }

    /// Runs `body` in a write transaction (all or nothing); errors name the database.
    func write<T>(_ body: (Database) throws -> T) throws(StoreError) -> T {
        do {
            return try queue.write(body)
        } catch {
            throw StoreError(path: path, error)
        }
    }

    /// Copies the write-ahead log into the database and empties it (to 0 bytes): the end of every command that
    /// writes, as the log is kept beside the database (`keepLogFiles`), and of a process that ends without closing
    /// the store (`trackerbench`), so the next one reads the database, not the log.
    ///
    /// It does not wait: while another process reads or writes, emptying the log would hold every writer back
    /// until that process is done (three first updates at once failed "database is locked" now and then), so it
    /// throws SQLite's busy error at once and leaves the log to the next command.
    package func checkpoint() throws(StoreError) {
        do {
            try queue.writeWithoutTransaction { db in
                try db.execute(sql: "PRAGMA busy_timeout = 0")
                defer { try? db.execute(sql: "PRAGMA busy_timeout = 10000") }
                _ = try db.checkpoint(.truncate)
            }
        } catch {
            throw StoreError(path: path, error)
        }
    }

    /// A value of the `meta` table.
    package func meta(_ key: String) throws(StoreError) -> String? {
        try read { db in try String.fetchOne(db, sql: "SELECT value FROM meta WHERE key = ?", arguments: [key]) }
    }

    func setMeta(_ key: String, _ value: String, _ db: Database) throws {
        try db.execute(sql: "INSERT OR REPLACE INTO meta (key, value) VALUES (?, ?)", arguments: [key, value])
    }

    /// Which version of the readers (`Deed.derivationVersion`) the stored deeds were derived by; nil: before it was
    /// recorded.
    package func derivationVersion() throws(StoreError) -> Int? {
        try meta("deeds.derivation").flatMap { Int($0) }
    }

    package func recordDerivation(_ version: Int) throws(StoreError) {
        try write { db in try setMeta("deeds.derivation", String(version), db) }
    }

    /// Bumped in the transaction of every change to a deed, so derived data can tell it is stale.
    package func deedVersion() throws(StoreError) -> Int {
        Int(try meta("deeds.version") ?? "0") ?? 0
    }

    /// How many rows the main tables hold.
    package struct Counts: Sendable, Hashable, CustomStringConvertible {
        package var documents: Int
        package var deeds: Int
        package var links: Int
        package var rejected: Int

        package init(documents: Int, deeds: Int, links: Int, rejected: Int) {
            self.documents = documents
            self.deeds = deeds
            self.links = links
            self.rejected = rejected
        }

        package var description: String {
            "\(documents) documents, \(deeds) deeds, \(links) links, \(rejected) rejected documents"
        }
    }

    package func counts() throws(StoreError) -> Counts {
        try read { db in
            Counts(
                documents: try Int.fetchOne(db, sql: "SELECT count(*) FROM document") ?? 0,
                deeds: try Int.fetchOne(db, sql: "SELECT count(*) FROM deed") ?? 0,
                links: try Int.fetchOne(db, sql: "SELECT count(*) FROM link") ?? 0,
                rejected: try Int.fetchOne(db, sql: "SELECT count(*) FROM rejected_document") ?? 0)
        }
    }
}

/// A database that could not be opened, read or written; always names the file.
package struct StoreError: Error, Sendable, LocalizedError {
    package enum Reason: Sendable {
        /// A command that only reads found no database.
        case missing
        case failed(String)
        /// A council document gives a deed id another council document (another page) gives already: refused, as
        /// the two pages' items would become one deed (`Store.refuseTakenCouncilIDs`).
        case deedTaken(deed: String, document: String, more: Int)
        /// A new version of a document gives fewer deeds, or less of one, than the stored version: refused, as a
        /// file or page cut off would otherwise take the stored deeds with it (`Store.refuseLoss`).
        case loss(Loss)
    }

    /// What a new version of a document would take away from the stored one.
    package struct Loss: Sendable, Hashable {
        /// How many deeds the stored version gave, and how many of them the new one still gives.
        package var had: Int
        package var kept: Int
        /// The deeds the new version no longer gives, in the stored version's order.
        package var gone: [String]
        /// The deeds it still gives but with less: `kst-36704-73: its operative text`.
        package var emptied: [String]
    }

    package var path: String
    package var reason: Reason

    package init(path: String, reason: Reason) {
        self.path = path
        self.reason = reason
    }

    init(path: String, _ error: any Error) {
        if let error = error as? StoreError {
            self = error
            return
        }
        let message: String
        if let error = error as? DatabaseError, Self.notWritable(error, path: path) {
            message = "this account may not write it; expected a database file (and folder) it may write"
        } else if let error = error as? DatabaseError {
            message = error.message ?? "\(error.resultCode)"
        } else {
            message = (error as? LocalizedError)?.errorDescription ?? "\(error)"
        }
        self.init(path: path, reason: .failed(message))
    }

    /// `it gives 8 of the 15 deeds its stored version gave (no longer: a, b, c and 4 more); …`.
    static func describe(_ loss: Loss) -> String {
        var parts: [String] = []
        if !loss.gone.isEmpty {
            let named = loss.gone.prefix(3).joined(separator: ", ")
            let more = loss.gone.count > 3 ? " and \(loss.gone.count - 3) more" : ""
            parts.append(
                "it gives \(loss.kept) of the \(loss.had) deeds its stored version gave (no longer: \(named)\(more))")
        }
        if !loss.emptied.isEmpty {
            let named = loss.emptied.prefix(3).joined(separator: "; ")
            let more = loss.emptied.count > 3 ? "; and \(loss.emptied.count - 3) more" : ""
            parts.append("of deeds it still gives it lacks what the stored version had: \(named)\(more)")
        }
        return parts.joined(separator: "; ")
            + "; is it cut off? The stored version stays and this one is kept aside; if the source really gives less now, run the command again with --accept-loss"
    }

    /// SQLite refused to write because this account may not write the file (root never gets here: it may write
    /// whatever the modes say).
    static func notWritable(_ error: DatabaseError, path: String) -> Bool {
        error.resultCode == .SQLITE_READONLY && access(path, W_OK) != 0
    }

    package var errorDescription: String? {
        switch reason {
        case .missing:
            "no database at \(path); `tracker update` (or `update --offline`) creates it"
        case .failed(let message):
            "database \(path): \(message)"
        case .loss(let loss):
            Self.describe(loss)
        case .deedTaken(let deed, let document, let more):
            "it gives the deed \(deed)\(more > 0 ? " (and \(more) more)" : ""), which another council document, \(document), gives already; expected each council document's items to have ids of their own (two pages giving one id would be one deed, the later page's decision taking the other's place): change the source's item id rule so that it tells the two apart; this page is kept aside, the deeds of the other as they were"
        }
    }
}
