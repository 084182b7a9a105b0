import Core
import Deeds
import Foundation
import GRDB

extension Store {
    /// What ingesting one document changed.
    package struct IngestResult: Sendable, Hashable {
        package enum Change: String, Sendable, Hashable {
            /// The same bytes were ingested before: nothing changed.
            case unchanged
            /// A document not seen before.
            case added
            /// A new version of a known document replaced the old one.
            case replaced
            /// An older version than the one stored: kept out.
            case stale
            /// The same bytes read otherwise (a council page read by its source's changed rules): its deeds replaced.
            case reread = "re-read"
        }

        package var change: Change
        /// Deeds whose merged form changed (including new and removed ones), in id order.
        package var changedDeeds: [String]
        /// Of those, the deeds that did not exist before.
        package var addedDeeds: [String] = []
        /// Of those, the deeds that no longer exist.
        package var removedDeeds: [String] = []

        /// Of those, the deeds that existed before and still do.
        package var updatedDeeds: [String] {
            changedDeeds.filter { !addedDeeds.contains($0) && !removedDeeds.contains($0) }
        }
    }

    /// Stores a read document and its raw bytes, and re-merges every deed it touches, in one transaction.
    ///
    /// `raw` is empty for a deed joined from SyncFeed entities: its bytes are the entities' own.
    package func ingest(_ document: ReadDocument, raw: Data) throws(StoreError) -> IngestResult {
        try write { db in try ingest(document, raw: raw, db) }
    }

    /// Ingests a document and moves a cursor in one transaction: both or neither.
    package func ingest(
        _ document: ReadDocument, raw: Data, cursor: (source: String, category: String, value: String)
    ) throws(StoreError) -> IngestResult {
        try write { db in
            let result = try ingest(document, raw: raw, db)
            try setCursor(source: cursor.source, category: cursor.category, value: cursor.value, db)
            return result
        }
    }

    /// `ingest` inside a transaction the caller holds.
    func ingest(_ document: ReadDocument, raw: Data, _ db: Database) throws -> IngestResult {
        // A document read and stored under a name it was once kept aside under is no longer rejected: the count of
        // rejected documents says what still needs looking at (undone with the rest if this version is refused).
        try clearRejected(name: document.name, db)
        var touched: Set<String> = Set(document.deeds.map(\.id))
        let change: IngestResult.Change
        let existing = try Row.fetchOne(
            try db.cachedStatement(sql: "SELECT id, hash, version FROM document WHERE key = ?"),
            arguments: [document.key])
        if let existing {
            if existing["hash"] as String == document.hash {
                // A council page's deeds depend on its source's rules as well as on its bytes: the same bytes read by
                // changed rules are read again (for every other format the bytes decide, and a reader that reads
                // them otherwise re-derives the whole database: `Deed.derivationVersion`).
                guard document.format == .councilPage else { return IngestResult(change: .unchanged, changedDeeds: []) }
                return try reread(document, documentID: existing["id"], db)
            }
            if let oldVersion = existing["version"] as String?, let newVersion = document.version,
                newVersion < oldVersion
            {
                return IngestResult(change: .stale, changedDeeds: [])
            }
            let id: Int64 = existing["id"]
            // A deed joined from SyncFeed entities has no bytes of its own: its entities say what was deleted.
            if !acceptsLoss, !raw.isEmpty { try refuseLoss(replacing: id, with: document.deeds, db) }
            touched.formUnion(
                try String.fetchAll(
                    try db.cachedStatement(sql: "SELECT deed_id FROM observation WHERE document_id = ?"),
                    arguments: [id]))
            try db.cachedStatement(sql: "DELETE FROM document WHERE id = ?").execute(arguments: [id])
            change = .replaced
        } else {
            change = .added
        }
        // Refused inside the transaction: a replaced page's old version is back as it was.
        if document.format == .councilPage { try refuseTakenCouncilIDs(document.deeds, key: document.key, db) }
        // A cached statement, not the record's insert: this runs for every deed a harvest joins.
        try db.cachedStatement(
            sql: """
                INSERT INTO document (key, name, format, version, hash, size, raw, ingested_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?)
                """
        ).execute(arguments: [
            document.key, document.name, document.format.rawValue, document.version, document.hash, raw.count,
            raw.isEmpty ? Data() : Compression.compress(raw), CivilCalendar.timestamp(),
        ])
        let fresh = try insertObservations(document.deeds, documentID: db.lastInsertedRowID, db)
        return try remerge(touched, fresh: fresh, change: change, db)
    }

    /// A stored document's observations replaced by those of `document`, read again from the same bytes; unchanged
    /// when it reads as before.
    private func reread(_ document: ReadDocument, documentID: Int64, _ db: Database) throws -> IngestResult {
        let stored = try Data.fetchAll(
            db, sql: "SELECT payload FROM observation WHERE document_id = ? ORDER BY position", arguments: [documentID])
        if stored == document.deeds.map(\.stored) { return IngestResult(change: .unchanged, changedDeeds: []) }
        try refuseTakenCouncilIDs(document.deeds, key: document.key, db)
        var touched = Set(document.deeds.map(\.id))
        touched.formUnion(
            try String.fetchAll(
                db, sql: "SELECT deed_id FROM observation WHERE document_id = ?", arguments: [documentID]))
        try db.execute(sql: "DELETE FROM observation WHERE document_id = ?", arguments: [documentID])
        let fresh = try insertObservations(document.deeds, documentID: documentID, db)
        return try remerge(touched, fresh: fresh, change: .reread, db)
    }

    /// Re-merges the deeds a document touched, in id order: what storing it changed.
    private func remerge(
        _ touched: Set<String>, fresh: [String: Observation], change: IngestResult.Change, _ db: Database
    )
        throws -> IngestResult
    {
        var result = IngestResult(change: change, changedDeeds: [])
        for deedID in touched.sorted() {
            guard let merged = try remerge(deedID, db, fresh: fresh[deedID]) else { continue }
            result.changedDeeds.append(deedID)
            if merged == .added { result.addedDeeds.append(deedID) }
            if merged == .removed { result.removedDeeds.append(deedID) }
        }
        return result
    }

    /// Refuses a council document that gives a deed id another council document gives already.
    ///
    /// A council deed's id is made by its source's id rule, from what the page carries (the site's item number, the
    /// council's motion number, or only the title): two pages may give one id (two motions with one title in
    /// different years), and their observations would merge into one deed, the later decision taking the earlier
    /// one's place. Council documents tell of different items; the national deeds several documents tell of (a
    /// motion's text, its vote) are not council documents. The same page at another address (fetched from a mirror
    /// or a test server with `--endpoint`: another host, the same path and query) is the same page, not another.
    func refuseTakenCouncilIDs(_ deeds: [Deed], key: String, _ db: Database) throws {
        let url = key.split(separator: ":", maxSplits: 2).dropFirst(2).first.flatMap { URL(string: String($0)) }
        let statement = try db.cachedStatement(
            sql: """
                SELECT DISTINCT d.key, d.name FROM observation o JOIN document d ON d.id = o.document_id
                WHERE o.deed_id = ? AND d.format = ? AND d.key != ?
                """)
        var taken: [(deed: String, document: String)] = []
        for id in Set(deeds.map(\.id)).sorted() {
            for row in try Row.fetchAll(statement, arguments: [id, DocumentFormat.councilPage.rawValue, key]) {
                let other = (row["key"] as String).split(separator: ":", maxSplits: 2).dropFirst(2).first
                    .flatMap { URL(string: String($0)) }
                if let url, let other, Self.samePage(url, other) { continue }
                taken.append((id, row["name"]))
            }
        }
        guard let first = taken.first else { return }
        throw StoreError(
            path: path, reason: .deedTaken(deed: first.deed, document: first.document, more: taken.count - 1))
    }

    /// Refuses a new version of a stored document that gives fewer deeds than the stored one, or a deed without the
    /// operative text, outcome or text the stored one gave it.
    ///
    /// Replacing a document replaces its bytes, so what the new version no longer gives is gone from the database:
    /// a council page or Kamerstuk cut off in a saved copy (a page of 15 items read as 8, a motion without its
    /// dictum) took the stored deeds with it and said only "replaced". Sources add to what they publish, so a
    /// version with less is kept aside with its error, and the stored one stays; `--accept-loss` (`acceptsLoss`)
    /// stores it where the source really dropped something.
    func refuseLoss(replacing documentID: Int64, with deeds: [Deed], _ db: Database) throws {
        let stored = try Data.fetchAll(
            try db.cachedStatement(sql: "SELECT payload FROM observation WHERE document_id = ? ORDER BY position"),
            arguments: [documentID])
        var before: [Deed] = []
        var seen: Set<String> = []
        for payload in stored {
            let deed = try Deed(stored: payload)
            if seen.insert(deed.id).inserted { before.append(deed) }
        }
        let after = Dictionary(deeds.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        var loss = StoreError.Loss(had: before.count, kept: 0, gone: [], emptied: [])
        for old in before {
            guard let new = after[old.id] else {
                loss.gone.append(old.id)
                continue
            }
            loss.kept += 1
            var lacks: [String] = []
            if !(old.dictum ?? "").isEmpty, (new.dictum ?? "").isEmpty { lacks.append("its operative text") }
            if old.outcome != nil, new.outcome == nil { lacks.append("its outcome") }
            if !old.text.isEmpty, new.text.isEmpty { lacks.append("its text") }
            if !lacks.isEmpty { loss.emptied.append("\(old.id): \(lacks.joined(separator: ", "))") }
        }
        guard loss.gone.isEmpty, loss.emptied.isEmpty else { throw StoreError(path: path, reason: .loss(loss)) }
    }

    /// One page at two addresses: the same path and query.
    static func samePage(_ one: URL, _ other: URL) -> Bool {
        one.path == other.path && one.query == other.query
    }

    /// Stores a document's observations; returns, for each deed it observes exactly once, that observation and
    /// its stored bytes, so a deed no other document observes need not be decoded again.
    @discardableResult
    func insertObservations(_ deeds: [Deed], documentID: Int64, _ db: Database) throws -> [String: Observation] {
        let statement = try db.cachedStatement(
            sql: "INSERT INTO observation (document_id, position, deed_id, payload) VALUES (?, ?, ?, ?)")
        var once: [String: Observation] = [:]
        var seen: Set<String> = []
        for (position, deed) in deeds.enumerated() {
            let payload = deed.stored
            try statement.execute(arguments: [documentID, position, deed.id, payload])
            once[deed.id] = seen.insert(deed.id).inserted ? Observation(deed: deed, payload: payload) : nil
        }
        return once
    }

    /// One document's reading of a deed, with the bytes it is stored as.
    struct Observation {
        var deed: Deed
        var payload: Data
    }

    func deedExists(_ id: String, _ db: Database) throws -> Bool {
        try Bool.fetchOne(db, sql: "SELECT EXISTS (SELECT 1 FROM deed WHERE id = ?)", arguments: [id]) ?? false
    }

    /// Removes a document and its observations, re-merging the deeds it contributed to; returns those that changed.
    func removeDocument(key: String, _ db: Database) throws -> [(id: String, change: DeedChange)] {
        guard let id = try Int64.fetchOne(db, sql: "SELECT id FROM document WHERE key = ?", arguments: [key]) else {
            return []
        }
        let touched = try String.fetchAll(
            db, sql: "SELECT DISTINCT deed_id FROM observation WHERE document_id = ?", arguments: [id])
        try db.execute(sql: "DELETE FROM document WHERE id = ?", arguments: [id])
        return try touched.sorted().compactMap { deed in try remerge(deed, db).map { (deed, $0) } }
    }

    /// What re-merging did to a stored deed.
    enum DeedChange {
        case added, updated, removed
    }

    /// Recomputes one deed from all its observations; returns how its stored form changed, or nil when it did not.
    ///
    /// `fresh` is the deed's observation just stored by the caller, when it has it in hand: if that is the only
    /// observation, the stored JSON is not decoded again.
    func remerge(_ deedID: String, _ db: Database, fresh: Observation? = nil) throws -> DeedChange? {
        let payloads = try Data.fetchAll(
            try db.cachedStatement(
                sql: "SELECT payload FROM observation WHERE deed_id = ? ORDER BY document_id, position"),
            arguments: [deedID])
        let observations: [Deed]
        if payloads.count == 1, let fresh, payloads[0] == fresh.payload {
            observations = [fresh.deed]
        } else {
            observations = try payloads.map(Deed.init(stored:))
        }
        let previous = try Row.fetchOne(
            try db.cachedStatement(sql: "SELECT row, id, kind, day, source_hash, payload FROM deed WHERE id = ?"),
            arguments: [deedID])
        if let merged = Deed.merge(observations) {
            let payload =
                observations.count == 1 && merged == observations[0] && fresh != nil
                ? fresh!.payload : merged.stored
            if let previous, previous["payload"] as Data == payload { return nil }
            let seq = try nextDeedVersion(db)
            let change = try save(merged, payload: payload, previous: previous, seq: seq, db)
            if var digest = try keptSetDigest(at: seq - 1, db) {
                if let previous { digest.remove(Self.setElement(stored: previous)) }
                digest.insert(Self.setElement(merged, size: payload.count))
                try keepSetDigest(digest, at: seq, db)
            }
            return change
        } else if let previous {
            let seq = try nextDeedVersion(db)
            try db.cachedStatement(sql: "DELETE FROM deed WHERE row = ?").execute(arguments: [previous["row"] as Int64])
            if var digest = try keptSetDigest(at: seq - 1, db) {
                digest.remove(Self.setElement(stored: previous))
                try keepSetDigest(digest, at: seq, db)
            }
            return .removed
        }
        return nil
    }

    /// Takes the next number of the deeds' version for a change; the changed deed keeps it as its `seq`.
    private func nextDeedVersion(_ db: Database) throws -> Int {
        try Int.fetchOne(
            try db.cachedStatement(
                sql: "UPDATE meta SET value = CAST(value AS INTEGER) + 1 WHERE key = 'deeds.version' RETURNING value"))
            ?? 0
    }

    /// Writes a merged deed (triggers keep the index in step).
    private func save(_ deed: Deed, payload: Data, previous: Row?, seq: Int, _ db: Database) throws -> DeedChange {
        let values: StatementArguments = [
            deed.kind.rawValue, deed.date?.description, deed.day?.description, deed.title, deed.text, deed.source.hash,
            seq, payload,
        ]
        if let previous {
            try db.cachedStatement(
                sql: """
                    UPDATE deed SET kind = ?, date = ?, day = ?, title = ?, body = ?, source_hash = ?, seq = ?, payload = ?
                    WHERE row = ?
                    """
            ).execute(arguments: values + [previous["row"] as Int64])
            try saveReplacements(of: deed, db)
            return .updated
        }
        try db.cachedStatement(
            sql: """
                INSERT INTO deed (id, kind, date, day, title, body, source_hash, seq, payload)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
                """
        ).execute(arguments: [deed.id] + values)
        try saveReplacements(of: deed, db)
        return .added
    }

    /// Keeps `deed_replacement` in step with what a deed says it replaces (a removed deed's rows go with it).
    func saveReplacements(of deed: Deed, _ db: Database) throws {
        try db.cachedStatement(sql: "DELETE FROM deed_replacement WHERE replacement_id = ?").execute(arguments: [
            deed.id
        ])
        let insert = try db.cachedStatement(
            sql: "INSERT OR IGNORE INTO deed_replacement (replacement_id, replaced_id) VALUES (?, ?)")
        for replaced in deed.replaces where replaced != deed.id { try insert.execute(arguments: [deed.id, replaced]) }
    }

    /// Keeps a document that could not be read, with its error, so nothing is lost; the same bytes are kept once.
    /// The bytes a document named `name` was kept aside with, decompressed (the latest, if several); nil when none was.
    package func rejectedRaw(name: String) throws(StoreError) -> Data? {
        try read { db in
            try Data.fetchOne(
                db, sql: "SELECT raw FROM rejected_document WHERE name = ? ORDER BY rowid DESC LIMIT 1",
                arguments: [name]
            ).map(Compression.decompress)
        }
    }

    /// Forgets what was kept aside under `name`, once a version of that document was read and stored: a saved
    /// council page is stored under its address, but kept aside under its file's name.
    package func clearRejected(name: String) throws(StoreError) {
        try write { db in try clearRejected(name: name, db) }
    }

    func clearRejected(name: String, _ db: Database) throws {
        try db.cachedStatement(sql: "DELETE FROM rejected_document WHERE name = ?").execute(arguments: [name])
    }

    package func reject(name: String, raw: Data, error: String, line: Int?) throws(StoreError) {
        try write { db in try reject(name: name, raw: raw, error: error, line: line, db) }
    }

    func reject(name: String, raw: Data, error: String, line: Int?, _ db: Database) throws {
        try db.execute(
            sql: """
                INSERT OR IGNORE INTO rejected_document (name, hash, error, line, raw, rejected_at)
                VALUES (?, ?, ?, ?, ?, ?)
                """,
            arguments: [
                name, Digest.sha256(raw), error, line, Compression.compress(raw), CivilCalendar.timestamp(),
            ])
    }

    /// The raw bytes of a stored document, decompressed (empty for a joined SyncFeed deed).
    package func rawDocument(key: String) throws -> Data? {
        let record = try read { db in try DocumentRecord.filter(Column("key") == key).fetchOne(db) }
        guard let record else { return nil }
        return record.raw.isEmpty ? Data() : try Compression.decompress(record.raw)
    }

    /// The version stamp stored with a document, when the document is known.
    package func documentVersion(key: String) throws(StoreError) -> String?? {
        try read { db in try DocumentRecord.filter(Column("key") == key).fetchOne(db).map(\.version) }
    }
}
