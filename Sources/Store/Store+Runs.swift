import Core
import Deeds
import Foundation
import GRDB
import Ledger

/// One run of a command that changes scores (`update`, `ingest`, `rebuild`): its inputs, so its scores can be
/// reproduced, and the scores it gave.
package struct RunRecord: Sendable, Hashable {
    package var id: Int64
    /// When it ran, in UTC to the second.
    package var time: String
    /// The command that ran (`update`, `ingest`, `rebuild`, later `review`).
    package var command: String
    /// The day the scores are as of.
    package var asOf: Day
    package var rubricVersion: String
    /// SHA-256 of `Commitments/rubric.yaml`.
    package var rubricHash: String
    /// `Ledger.fingerprint`.
    package var ledgerHash: String
    /// `Store.deedSetFingerprint()` when the run was recorded.
    package var deedsHash: String
    /// The versions of the code that scored (tracker, scorer, linker).
    package var codeVersion: String
}

/// The inputs of a run about to be recorded.
package struct RunInputs: Sendable, Hashable {
    package var command: String
    package var asOf: Day
    package var rubricVersion: String
    package var rubricHash: String
    package var ledgerHash: String
    package var deedsHash: String
    package var codeVersion: String

    package init(
        command: String, asOf: Day, rubricVersion: String, rubricHash: String, ledgerHash: String,
        deedsHash: String, codeVersion: String
    ) {
        self.command = command
        self.asOf = asOf
        self.rubricVersion = rubricVersion
        self.rubricHash = rubricHash
        self.ledgerHash = ledgerHash
        self.deedsHash = deedsHash
        self.codeVersion = codeVersion
    }

    /// Whether a recorded run had these same inputs (the command and time aside).
    package func same(as run: RunRecord) -> Bool {
        (asOf, rubricVersion, rubricHash, ledgerHash, deedsHash, codeVersion)
            == (run.asOf, run.rubricVersion, run.rubricHash, run.ledgerHash, run.deedsHash, run.codeVersion)
    }
}

/// A pledge's score in a run, as plain values (the store does not know the scorer's types).
package struct RunScoreRecord: Sendable, Hashable, Codable {
    /// One counted deed: the rule that applied and its points.
    package struct Part: Sendable, Hashable, Codable {
        package var deed: String
        package var rule: String?
        package var points: Int
        package var reviewed: Bool
        /// What the deed decides by an analyst's review (`kept`, `partial`, `broken:<reason>`); left out otherwise.
        package var decides: String?

        package init(deed: String, rule: String?, points: Int, reviewed: Bool, decides: String? = nil) {
            self.deed = deed
            self.rule = rule
            self.points = points
            self.reviewed = reviewed
            self.decides = decides
        }
    }

    package var pledge: String
    package var status: String
    package var reason: String?
    package var progress: Int
    package var rightsEffect: Double
    /// A digest of the pledge's ledger record as scoring read it.
    package var ledgerHash: String
    package var parts: [Part]

    package init(
        pledge: String, status: String, reason: String?, progress: Int, rightsEffect: Double, ledgerHash: String,
        parts: [Part]
    ) {
        self.pledge = pledge
        self.status = status
        self.reason = reason
        self.progress = progress
        self.rightsEffect = rightsEffect
        self.ledgerHash = ledgerHash
        self.parts = parts
    }
}

extension StoreSchema {
    /// Migration "v7: runs": the runs and the scores each gave, one row per pledge.
    static func createRuns(_ db: Database) throws {
        try db.execute(
            sql: """
                CREATE TABLE run (
                    id INTEGER PRIMARY KEY,
                    time TEXT NOT NULL,               -- when it ran, UTC
                    command TEXT NOT NULL,            -- update, ingest, rebuild, review
                    as_of TEXT NOT NULL,              -- the day the scores are as of
                    rubric_version TEXT NOT NULL,
                    rubric_hash TEXT NOT NULL,        -- SHA-256 of Commitments/rubric.yaml
                    ledger_hash TEXT NOT NULL,        -- Ledger.fingerprint
                    deeds_hash TEXT NOT NULL,         -- Store.deedSetFingerprint()
                    code_version TEXT NOT NULL
                );
                CREATE TABLE run_score (
                    run_id INTEGER NOT NULL REFERENCES run(id) ON DELETE CASCADE,
                    pledge_id TEXT NOT NULL,
                    status TEXT NOT NULL,
                    reason TEXT,
                    progress INTEGER NOT NULL,
                    rights_effect REAL NOT NULL,
                    ledger_hash TEXT NOT NULL,        -- the pledge's record as scoring read it
                    parts TEXT NOT NULL,              -- the counted deeds: [{deed, rule, points, reviewed, decides?}] (JSON)
                    PRIMARY KEY (run_id, pledge_id)
                );
                """)
    }
}

extension Store {
    /// A fingerprint of the deeds as scoring sees them: the set of every deed's id, kind, day, source hash and
    /// stored size (`Digest.SetHasher`). Reads no deed text; and it is kept with the deeds' version it was computed
    /// at, so it is computed again only after the deeds changed (an update with nothing new reads one row). The
    /// writes that add, change or remove deeds carry the kept digest along (`keptSetDigest`), so a day's update
    /// does not read all deeds again. `recomputing` reads every deed even so (to check the kept digest).
    package func deedSetFingerprint(recomputing: Bool = false) throws(StoreError) -> String {
        let version = try deedVersion()
        if !recomputing, let kept = try meta("deeds.set-digest"), kept.hasPrefix("\(version):") {
            return String(kept.dropFirst("\(version):".count))
        }
        let fingerprint = try read { db in
            // Read in the table's own order (an index-ordered scan would look up every row); the set digest does
            // not depend on the order, so nothing is sorted or kept.
            var hasher = Digest.SetHasher()
            let rows = try Row.fetchCursor(
                db, sql: "SELECT id, kind, day, source_hash, length(payload) AS size FROM deed")
            while let row = try rows.next() {
                hasher.insert(
                    Self.setElement(
                        id: row["id"], kind: row["kind"], day: row["day"], sourceHash: row["source_hash"],
                        size: row["size"]))
            }
            return hasher.hex()
        }
        // Kept for the next run; a database this process may only read just goes without.
        try? write { db in try setMeta("deeds.set-digest", "\(version):\(fingerprint)", db) }
        return fingerprint
    }

    /// What the fingerprint reads of one deed.
    static func setElement(id: String, kind: String, day: String?, sourceHash: String, size: Int) -> String {
        "\(id)\t\(kind)\t\(day ?? "")\t\(sourceHash)\t\(size)"
    }

    /// What the fingerprint reads of a deed about to be stored with `size` bytes of payload.
    static func setElement(_ deed: Deed, size: Int) -> String {
        setElement(
            id: deed.id, kind: deed.kind.rawValue, day: deed.day?.description, sourceHash: deed.source.hash, size: size)
    }

    /// What the fingerprint read of a stored deed row (id, kind, day, source_hash, payload).
    static func setElement(stored row: Row) -> String {
        setElement(
            id: row["id"], kind: row["kind"], day: row["day"], sourceHash: row["source_hash"],
            size: (row["payload"] as Data).count)
    }

    /// The deed-set digest kept for the deeds' version `version`, to carry across a write in the write's
    /// transaction (`keepSetDigest` after it); nil when the one kept is for another version (it is then computed
    /// again when asked for), so a write with no digest to carry hashes nothing.
    func keptSetDigest(at version: Int, _ db: Database) throws -> Digest.SetHasher? {
        guard
            let kept = try String.fetchOne(
                db.cachedStatement(sql: "SELECT value FROM meta WHERE key = 'deeds.set-digest'")),
            kept.hasPrefix("\(version):")
        else { return nil }
        return Digest.SetHasher(hex: String(kept.dropFirst("\(version):".count)))
    }

    /// Keeps a carried deed-set digest for the deeds' version `version`.
    func keepSetDigest(_ digest: Digest.SetHasher, at version: Int, _ db: Database) throws {
        try setMeta("deeds.set-digest", "\(version):\(digest.hex())", db)
    }

    /// Records a run with its scores, in one transaction.
    @discardableResult
    package func recordRun(_ inputs: RunInputs, scores: [RunScoreRecord], time: String = CivilCalendar.timestamp())
        throws(StoreError) -> RunRecord
    {
        try write { db in
            try db.execute(
                sql: """
                    INSERT INTO run (time, command, as_of, rubric_version, rubric_hash, ledger_hash, deeds_hash, code_version)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?)
                    """,
                arguments: [
                    time, inputs.command, inputs.asOf.description, inputs.rubricVersion, inputs.rubricHash,
                    inputs.ledgerHash, inputs.deedsHash, inputs.codeVersion,
                ])
            let id = db.lastInsertedRowID
            let insert = try db.cachedStatement(
                sql: """
                    INSERT INTO run_score (run_id, pledge_id, status, reason, progress, rights_effect, ledger_hash, parts)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?)
                    """)
            for score in scores {
                try insert.execute(arguments: [
                    id, score.pledge, score.status, score.reason, score.progress, score.rightsEffect, score.ledgerHash,
                    try JSONCoding.string(score.parts),
                ])
            }
            return RunRecord(
                id: id, time: time, command: inputs.command, asOf: inputs.asOf, rubricVersion: inputs.rubricVersion,
                rubricHash: inputs.rubricHash, ledgerHash: inputs.ledgerHash, deedsHash: inputs.deedsHash,
                codeVersion: inputs.codeVersion)
        }
    }

    /// Every recorded run, oldest first.
    package func runs() throws(StoreError) -> [RunRecord] {
        try read { db in try Row.fetchAll(db, sql: "SELECT * FROM run ORDER BY id").compactMap(Self.runRecord) }
    }

    /// The run with this id.
    package func run(id: Int64) throws(StoreError) -> RunRecord? {
        try read { db in
            try Row.fetchOne(db, sql: "SELECT * FROM run WHERE id = ?", arguments: [id]).flatMap(Self.runRecord)
        }
    }

    /// The latest recorded run.
    package func latestRun() throws(StoreError) -> RunRecord? {
        try read { db in
            try Row.fetchOne(db, sql: "SELECT * FROM run ORDER BY id DESC LIMIT 1").flatMap(Self.runRecord)
        }
    }

    /// The scores a run recorded, in the order it recorded them.
    package func scores(ofRun run: Int64) throws(StoreError) -> [RunScoreRecord] {
        try read { db in
            try Row.fetchAll(db, sql: "SELECT * FROM run_score WHERE run_id = ? ORDER BY rowid", arguments: [run]).map {
                row in
                RunScoreRecord(
                    pledge: row["pledge_id"], status: row["status"], reason: row["reason"], progress: row["progress"],
                    rightsEffect: row["rights_effect"], ledgerHash: row["ledger_hash"],
                    parts: try JSONCoding.decode([RunScoreRecord.Part].self, from: row["parts"]))
            }
        }
    }

    private static func runRecord(_ row: Row) -> RunRecord? {
        guard let asOf = Day(row["as_of"] as String) else { return nil }
        return RunRecord(
            id: row["id"], time: row["time"], command: row["command"], asOf: asOf,
            rubricVersion: row["rubric_version"], rubricHash: row["rubric_hash"], ledgerHash: row["ledger_hash"],
            deedsHash: row["deeds_hash"], codeVersion: row["code_version"])
    }
}

extension Store {
    /// How many deeds count as of `asOf` (have a day on or before it), for the header of a scorecard.
    package func deedCount(countedAsOf asOf: Day) throws(StoreError) -> Int {
        try read { db in
            try Int.fetchOne(db, sql: "SELECT count(*) FROM deed WHERE day <= ?", arguments: [asOf.description]) ?? 0
        }
    }
}

extension Store {
    /// The links of one pledge that can count — at `minimumConfidence` or made by an analyst (method `review`) —
    /// with their deeds, strongest first, in one query over the link table's key: scoring one pledge reads
    /// nothing else.
    package func evidence(pledge: String, minimumConfidence: Double) throws(StoreError) -> [(Link, Deed)] {
        try read { db in
            // A cursor, and the columns by their place: a pledge may have thousands of deeds, and copying every row
            // first and finding each column by its name showed in the profile. Sorted here, not by SQLite: for the
            // 2,826 links of one pledge on the real corpus, the query took 13 ms with its ORDER BY (which sorts the
            // rows with their payloads) and 8 ms without.
            let rows = try Row.fetchCursor(
                db,
                sql: """
                    SELECT link.deed_id, link.confidence, link.stance, link.method, link.explanation, deed.payload
                    FROM link JOIN deed ON deed.id = link.deed_id
                    WHERE link.pledge_id = ? AND (link.confidence >= ? OR link.method = 'review')
                    """,
                arguments: [pledge, minimumConfidence])
            var evidence: [(Link, Deed)] = []
            while let row = try rows.next() {
                let link = try decodeLink(
                    pledge: pledge, deed: row[0], confidence: row[1], stance: row[2], method: row[3],
                    explanation: row[4])
                evidence.append((link, try Deed(stored: row[5])))
            }
            let keys = evidence.map { (-$0.0.confidence, $0.0.deed) }
            return keys.indices.sorted { keys[$0] < keys[$1] }.map { evidence[$0] }
        }
    }
}
