import Core
import Deeds
import Foundation
import GRDB
import Harvest
import Ledger
import TestSupport
import Testing
import Text

@testable import Store

@Suite("Store: documents, deeds and idempotent ingestion")
struct StoreTests {
    static let documents = [
        Fixtures.kamerstuk("kst-30950-440"), Fixtures.kamerstuk("kst-36760-39"), Fixtures.vlos("e2903f19"),
        Fixtures.vlos("ce0428cf"), Fixtures.vlos("be33e3cf"),
    ]

    @Test("Ingesting the same documents twice changes nothing")
    func idempotent() throws {
        let store = try Store(path: ":memory:")
        let ingestion = Ingestion(store: store)
        let first = ingestion.ingest(files: Self.documents)
        #expect(first.map(\.change) == [.added, .added, .added, .added, .added])
        let counts = try store.counts()
        #expect(counts == Store.Counts(documents: 5, deeds: 119, links: 0, rejected: 0))
        let deedsBefore = try store.deeds()

        let second = ingestion.ingest(files: Self.documents)
        #expect(second.map(\.change) == [.unchanged, .unchanged, .unchanged, .unchanged, .unchanged])
        #expect(second.allSatisfy { $0.changedDeeds.isEmpty })
        #expect(try store.counts() == counts)
        #expect(try store.deeds() == deedsBefore)
    }

    @Test("The commitment deeds are read through their own index, not by scanning every deed")
    func commitmentDeeds() throws {
        let store = try Store(path: ":memory:")
        _ = Ingestion(store: store).ingest(files: Self.documents)
        let commitments = try store.commitmentDeeds()
        #expect(commitments.map(\.id) == ["tk:activiteit:2025A05206:toezegging:1"])
        #expect(commitments.allSatisfy { $0.kind == .commitment })
        let plan = try store.read { db in
            try Row.fetchAll(db, sql: "EXPLAIN QUERY PLAN " + Store.commitmentQuery).map { $0["detail"] as String }
                .joined(separator: "\n")
        }
        #expect(plan == "SCAN deed USING INDEX deed_commitment")
    }

    @Test("The merged deeds do not depend on the order documents arrive in")
    func orderIndependent() throws {
        let forward = try Store(path: ":memory:")
        _ = Ingestion(store: forward).ingest(files: Self.documents)
        let backward = try Store(path: ":memory:")
        _ = Ingestion(store: backward).ingest(files: Self.documents.reversed())
        #expect(try forward.deeds() == backward.deeds())
    }

    @Test("A malformed document among good ones is kept aside with its error; the good ones are stored")
    func malformedAmongGood() throws {
        let store = try Store(path: ":memory:")
        let bad = Fixtures.tests.appendingPathComponent("malformed/kst-36760-39-truncated.xml")
        let results = Ingestion(store: store).ingest(
            files: [Fixtures.kamerstuk("kst-30950-440"), bad, Fixtures.kamerstuk("kst-36760-39")],
            displayName: { $0.lastPathComponent })
        #expect(
            results.map(\.error) == [
                nil, "kst-36760-39-truncated.xml:17:15: Specification mandates value for attribute na", nil,
            ])
        #expect(try store.counts() == Store.Counts(documents: 2, deeds: 2, links: 0, rejected: 1))
        #expect(
            try store.deed(id: "kst-36760-39")?.title
                == "Motie van het lid Baudet over het opzeggen van het VN-Vluchtelingenverdrag")
    }

    @Test("The raw source is kept, compressed, and comes back byte for byte with the hash the deed carries")
    func rawSourceKept() throws {
        let store = try Store(path: ":memory:")
        let url = Fixtures.kamerstuk("kst-36760-39")
        _ = Ingestion(store: store).ingest(files: [url])
        let raw = try #require(try store.rawDocument(key: "ob:kst-36760-39"))
        #expect(raw == Fixtures.data(url))
        #expect(Digest.sha256(raw) == (try store.deed(id: "kst-36760-39")?.source.hash))
    }

    @Test("The index stems as the linker does: inflections match both ways, diacritics do not matter")
    func stemmedIndex() throws {
        let store = try Store(path: ":memory:")
        let ingestion = Ingestion(store: store)
        // The motion on face coverings speaks of "demonstraties"; Bamenga's motion of "risicoprofilering".
        _ = ingestion.ingest(files: [Fixtures.kamerstuk("kst-28684-798"), Fixtures.kamerstuk("kst-30950-440")])
        #expect(try store.rank(terms: ["demonstratie"]).map(\.deed) == ["kst-28684-798"])
        #expect(try store.rank(terms: ["demonstraties"]).map(\.deed) == ["kst-28684-798"])
        #expect(try store.rank(terms: ["risicoprofileringen"]).map(\.deed) == ["kst-30950-440"])
        #expect(try store.rank(terms: ["Risicoprofilering"]).map(\.deed) == ["kst-30950-440"])
        #expect(try store.rank(terms: ["gezichtsbedekkende"]).map(\.deed) == ["kst-28684-798"])
    }

    @Test("Full-text search finds deeds by folded words, title matches first")
    func fullText() throws {
        let store = try Store(path: ":memory:")
        _ = Ingestion(store: store).ingest(files: Self.documents)
        let ranked = try store.rank(terms: ["Risicoprofilering"])
        // The cabinet's letter has the word in its title; the motion only in its text.
        #expect(ranked.map(\.deed) == ["kst-30950-458", "kst-30950-440"])
        #expect(ranked[0].score > ranked[1].score)
    }

    @Test("A replaced deed's replacement is the earliest of those stored, found among many ids at once")
    func replacements() throws {
        let store = try Store(path: ":memory:")
        let original = Fixtures.data(Fixtures.kamerstuk("kst-36704-73"))
        // DERIVED: two amended versions of nr. 73, nr. 84 of 1 July and (this test's) nr. 85 of 30 June 2025.
        let amended = Data(Fixtures.amendedMotion().utf8)
        let earlier = Data(
            Fixtures.amendedMotion().replacingOccurrences(of: "kst-36704-84", with: "kst-36704-85")
                .replacingOccurrences(of: ">84<", with: ">85<").replacingOccurrences(of: "\"84\"", with: "\"85\"")
                .replacingOccurrences(of: "2025-07-01", with: "2025-06-30").utf8)
        for (name, data) in [
            ("kst-36704-73.xml", original), ("kst-36704-84.xml", amended), ("kst-36704-85.xml", earlier),
        ] {
            _ = try store.ingest(try DocumentReader.read(data, name: name), raw: data)
        }
        // More ids than one query takes (500), the replaced one last.
        let asked = (1...600).map { "kst-99999-\($0)" } + ["kst-36704-84", "kst-36704-73"]
        #expect(
            try store.replacements(of: asked)
                == ["kst-36704-73": Replacement(deed: "kst-36704-85", day: Day("2025-06-30")!)])
        #expect(try store.replacements(of: ["kst-36704-84"]).isEmpty)
        #expect(try store.replacements(of: [String]()).isEmpty)
    }
}

@Suite("Core: SHA-256 and zlib")
struct SupportTests {
    @Test("SHA-256 matches the FIPS 180-4 test vectors")
    func sha256() {
        #expect(Digest.sha256(Data()) == "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855")
        #expect(Digest.sha256(Data("abc".utf8)) == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad")
        #expect(
            Digest.sha256(Data("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq".utf8))
                == "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1")
        #expect(
            Digest.sha256(Data(repeating: 0x61, count: 1_000_000))
                == "cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0")
    }

    @Test("Compression round-trips a real document and shrinks it")
    func compression() throws {
        let data = Fixtures.data(Fixtures.vlos("ce0428cf"))
        let compressed = Compression.compress(data)
        #expect(compressed.count < data.count / 5)
        #expect(try Compression.decompress(compressed) == data)
        #expect(throws: Compression.Failure.self) { try Compression.decompress(compressed.prefix(100)) }
    }
}

@Suite("Store: a full relink replaces the links in one step")
struct LinkRebuildTests {
    static func link(_ pledge: String, _ deed: String, _ confidence: Double) -> Link {
        Link(pledge: pledge, deed: deed, confidence: confidence, stance: .mentions, method: .phrase, explanation: "")
    }

    @Test("Until it finishes, the old links stay; then only the new ones to stored deeds, with the table as defined")
    func rebuild() throws {
        let store = try Store(path: ":memory:")
        _ = Ingestion(store: store).ingest(files: [
            Fixtures.kamerstuk("kst-30950-440"), Fixtures.kamerstuk("kst-36760-39"),
        ])
        let schema = {
            try store.read { db in
                try String.fetchAll(
                    db,
                    sql:
                        "SELECT name || ': ' || ifnull(sql, '') FROM sqlite_master WHERE tbl_name = 'link' ORDER BY name"
                )
            }
        }
        let before = try schema()
        try store.replaceLinks(
            of: ["kst-30950-440"], with: [Self.link("etnisch-profileren-aanpakken", "kst-30950-440", 0.9)])
        try store.setLinkState(fingerprint: "old", seq: 1)

        try store.beginLinkRebuild()
        try store.addRebuiltLinks([
            Self.link("vluchtelingenverdrag-aanpassen", "kst-36760-39", 0.7),
            Self.link("etnisch-profileren-aanpakken", "kst-30950-440", 0.6),
            Self.link("etnisch-profileren-aanpakken", "kst-00000-1", 0.5),  // no such deed
        ])
        #expect(try store.links().map(\.confidence) == [0.9])
        #expect(try store.linkState().fingerprint == "old")

        try store.finishLinkRebuild(fingerprint: "new", seq: 2)
        #expect(
            try store.links().map { "\($0.pledge) \($0.deed) \($0.confidence)" } == [
                "vluchtelingenverdrag-aanpassen kst-36760-39 0.7", "etnisch-profileren-aanpakken kst-30950-440 0.6",
            ])
        #expect(try store.linkState().fingerprint == "new")
        #expect(try store.linkState().seq == 2)
        #expect(try schema() == before)
        // The foreign key holds again: a deed's removal takes its links with it.
        let foreignKeys = try store.read { db in try Int.fetchOne(db, sql: "PRAGMA foreign_keys") }
        #expect(foreignKeys == 1)
    }
}

@Suite("Store: opened read-only for tracker serve")
struct ReadOnlyStoreTests {
    @Test(
        "The write-ahead log and its index stay beside the database when the last writer closes, the log emptied by a checkpoint: an account that may read the file but not write its folder can open it"
    )
    func logFilesStay() throws {
        let path = Fixtures.temporaryFolder(prefix: "store-log-files").appendingPathComponent("ledger.sqlite").path
        func size(_ file: String) -> Int? {
            (try? FileManager.default.attributesOfItem(atPath: file))?[.size] as? Int
        }
        do {
            let store = try Store(path: path)
            _ = Ingestion(store: store).ingest(files: [Fixtures.kamerstuk("kst-30950-440")])
            #expect((size(path + "-wal") ?? 0) > 0)
        }
        #expect((size(path + "-wal") ?? 0) > 0)
        #expect(size(path + "-shm") == 32768)
        try Store(path: path).checkpoint()
        #expect(size(path + "-wal") == 0)
        #expect(size(path + "-shm") == 32768)
        do {
            let reader = try Store(path: path, opening: .existing)
            #expect(try reader.counts().deeds == 1)
        }
        #expect(size(path + "-wal") == 0)
        #expect(size(path + "-shm") == 32768)
    }

    @Test("A database opened read-only reads its deeds and refuses every write; an older schema is refused by name")
    func readOnly() throws {
        let path = Fixtures.temporaryFolder(prefix: "store-read-only").appendingPathComponent("ledger.sqlite").path
        let written = try Store(path: path)
        _ = Ingestion(store: written).ingest(files: [Fixtures.kamerstuk("kst-30950-440")])
        try written.checkpoint()
        let before = try Data(contentsOf: URL(fileURLWithPath: path))

        let reader = try Store(path: path, opening: .readOnly)
        #expect(try reader.counts() == Store.Counts(documents: 1, deeds: 1, links: 0, rejected: 0))
        #expect(throws: StoreError.self) { try reader.recordDerivation(99) }
        #expect(try reader.derivationVersion() == (try written.derivationVersion()))
        #expect(try Data(contentsOf: URL(fileURLWithPath: path)) == before)

        // A file no tracker migrated (here: an empty SQLite database) is not brought up to date read-only.
        let bare = Fixtures.temporaryFolder(prefix: "store-read-only").appendingPathComponent("bare.sqlite").path
        try DatabaseQueue(path: bare).write { db in try db.execute(sql: "CREATE TABLE other (x)") }
        #expect {
            try Store(path: bare, opening: .readOnly)
        } throws: { error in
            (error as? StoreError)?.errorDescription
                == "database \(bare): written by an older tracker and opened read-only; `tracker update` brings it up to date"
        }
        // A database with no table at all: one no tracker made yet, or one a first update is making now.
        let blank = Fixtures.temporaryFolder(prefix: "store-read-only").appendingPathComponent("blank.sqlite").path
        try DatabaseQueue(path: blank).write { db in try db.execute(sql: "PRAGMA user_version = 1") }
        #expect {
            try Store(path: blank, opening: .readOnly)
        } throws: { error in
            (error as? StoreError)?.errorDescription
                == "database \(blank): holds no tables yet (a first `tracker update` may be making it now); expected a database tracker made"
        }
        // A database a newer tracker migrated further is refused, read-only or not, and left as it was.
        try written.write { db in
            try db.execute(sql: "INSERT INTO grdb_migrations (identifier) VALUES ('v99: a schema from the future')")
        }
        try written.checkpoint()
        try Self.expectRefusedAlways(
            path,
            "database \(path): written by a newer tracker (its schema has migrations this one does not know); expected the tracker that wrote it, or a newer one"
        )
        // And no database at all is refused as for any command that reads.
        let none = bare + ".none"
        #expect {
            try Store(path: none, opening: .readOnly)
        } throws: { error in
            (error as? StoreError)?.errorDescription
                == "no database at \(none); `tracker update` (or `update --offline`) creates it"
        }
        #expect(!FileManager.default.fileExists(atPath: none))
        // An empty file is no database either: read commands leave it empty (SQLite would have migrated it).
        let empty = bare + ".empty"
        #expect(FileManager.default.createFile(atPath: empty, contents: Data()))
        for opening in [Store.Opening.existing, .readOnly] {
            #expect {
                try Store(path: empty, opening: opening)
            } throws: { error in
                (error as? StoreError)?.errorDescription
                    == "database \(empty): empty file (0 bytes); expected a tracker database (`tracker update` makes one where there is none)"
            }
        }
        #expect(try Data(contentsOf: URL(fileURLWithPath: empty)).isEmpty)
    }

    @Test("A database whose deeds newer readers derived is refused, read-only or not, and left as it was")
    func newerReaders() throws {
        let path = Fixtures.temporaryFolder(prefix: "store-newer").appendingPathComponent("ledger.sqlite").path
        let written = try Store(path: path)
        _ = Ingestion(store: written).ingest(files: [Fixtures.kamerstuk("kst-30950-440")])
        // As a tracker with readers of a later version (Deed.derivationVersion + 1) records it.
        try written.recordDerivation(Deed.derivationVersion + 1)
        try written.checkpoint()
        try Self.expectRefusedAlways(
            path,
            "database \(path): written by a newer tracker (its deeds were read by readers of version \(Deed.derivationVersion + 1), this tracker's are version \(Deed.derivationVersion)); expected the tracker that wrote it, or a newer one"
        )
    }

    /// A database every way of opening refuses with `message`, read-only or not, leaving the file as it was.
    static func expectRefusedAlways(_ path: String, _ message: String) throws {
        let before = try Data(contentsOf: URL(fileURLWithPath: path))
        for opening in [Store.Opening.readOnly, .existing, .create] {
            #expect {
                try Store(path: path, opening: opening)
            } throws: { error in
                (error as? StoreError)?.errorDescription == message
            }
        }
        #expect(try Data(contentsOf: URL(fileURLWithPath: path)) == before)
    }
}
