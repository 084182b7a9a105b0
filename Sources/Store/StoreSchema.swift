import Core
import Deeds
import Foundation
import GRDB

/// Every schema change, registered in one place and applied in order.
enum StoreSchema {
    static var migrator: DatabaseMigrator {
        var migrator = DatabaseMigrator()
        migrator.registerMigration("v1: documents, deeds, search, links") { db in
            try db.execute(
                sql: """
                    CREATE TABLE document (
                        id INTEGER PRIMARY KEY,
                        key TEXT NOT NULL UNIQUE,         -- identity at the source (ob:kst-30950-440, vlos:<meeting>)
                        name TEXT NOT NULL,               -- file path or URL as ingested
                        format TEXT NOT NULL,
                        version TEXT,
                        hash TEXT NOT NULL,               -- SHA-256 of the raw bytes
                        size INTEGER NOT NULL,
                        raw BLOB NOT NULL,                -- zlib-compressed raw bytes, for rebuilds without the network
                        ingested_at TEXT NOT NULL
                    );
                    CREATE TABLE observation (
                        document_id INTEGER NOT NULL REFERENCES document(id) ON DELETE CASCADE,
                        position INTEGER NOT NULL,
                        deed_id TEXT NOT NULL,
                        payload TEXT NOT NULL,            -- the Deed as this document shows it (JSON)
                        PRIMARY KEY (document_id, position)
                    );
                    CREATE INDEX observation_deed ON observation(deed_id);
                    CREATE TABLE deed (
                        id TEXT PRIMARY KEY,
                        kind TEXT NOT NULL,
                        date TEXT,
                        title TEXT NOT NULL,
                        source_hash TEXT NOT NULL,
                        payload TEXT NOT NULL             -- the merged Deed (JSON)
                    );
                    CREATE INDEX deed_date ON deed(date);
                    -- Folded text (lower case, no diacritics, punctuation as spaces) of each deed.
                    CREATE VIRTUAL TABLE deed_search USING fts5(
                        deed_id UNINDEXED, title, body, tokenize = 'unicode61 remove_diacritics 2'
                    );
                    CREATE TABLE link (
                        pledge_id TEXT NOT NULL,
                        deed_id TEXT NOT NULL REFERENCES deed(id) ON DELETE CASCADE,
                        confidence REAL NOT NULL,
                        stance TEXT NOT NULL,
                        method TEXT NOT NULL,
                        explanation TEXT NOT NULL,
                        PRIMARY KEY (pledge_id, deed_id)
                    );
                    CREATE INDEX link_deed ON link(deed_id);
                    -- Documents that could not be read, kept aside with their error.
                    CREATE TABLE rejected_document (
                        id INTEGER PRIMARY KEY,
                        name TEXT NOT NULL,
                        hash TEXT NOT NULL,
                        error TEXT NOT NULL,
                        line INTEGER,
                        raw BLOB NOT NULL,
                        rejected_at TEXT NOT NULL,
                        UNIQUE (name, hash)
                    );
                    """)
        }
        migrator.registerMigration("v2: SyncFeed entities, cursors, HTTP validators") { db in
            try db.execute(
                sql: """
                    -- Tweede Kamer data-warehouse entities as the SyncFeed delivered them (latest version).
                    CREATE TABLE tk_entity (
                        id TEXT PRIMARY KEY,
                        type TEXT NOT NULL,
                        updated TEXT NOT NULL,            -- bijgewerkt, in UTC
                        deleted INTEGER NOT NULL,         -- a tombstone
                        payload TEXT NOT NULL,            -- TKEntity (JSON)
                        raw BLOB NOT NULL,                -- zlib-compressed entity XML as received
                        source TEXT NOT NULL
                    );
                    CREATE INDEX tk_entity_type ON tk_entity(type);
                    CREATE TABLE tk_ref (
                        entity_id TEXT NOT NULL REFERENCES tk_entity(id) ON DELETE CASCADE,
                        name TEXT NOT NULL,
                        target TEXT NOT NULL
                    );
                    CREATE INDEX tk_ref_target ON tk_ref(target, name);
                    CREATE INDEX tk_ref_entity ON tk_ref(entity_id);
                    -- Zaken and toezeggingen whose deed must be joined again.
                    CREATE TABLE tk_dirty (root_id TEXT PRIMARY KEY, source TEXT NOT NULL);
                    -- Files behind entities (a Verslag's VLOS report) still to fetch.
                    CREATE TABLE tk_enclosure (
                        entity_id TEXT PRIMARY KEY,
                        url TEXT NOT NULL,
                        source TEXT NOT NULL,
                        attempts INTEGER NOT NULL DEFAULT 0,
                        error TEXT
                    );
                    -- Where each source and category continues (SyncFeed next link, SRU date, page fingerprint).
                    CREATE TABLE sync_cursor (
                        source TEXT NOT NULL,
                        category TEXT NOT NULL,
                        value TEXT NOT NULL,
                        updated_at TEXT NOT NULL,
                        PRIMARY KEY (source, category)
                    );
                    -- ETag and Last-Modified per URL, for conditional requests.
                    CREATE TABLE http_validator (url TEXT PRIMARY KEY, etag TEXT, last_modified TEXT);
                    """)
        }
        migrator.registerMigration("v3: meta") { db in
            // Small facts about the database: the deed version (bumped on every deed change) and the
            // deed version and ledger fingerprint the stored links were computed from.
            try db.execute(sql: "CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)")
        }
        migrator.registerMigration("v4: stemmed search keyed by deed row, the as-of day") { db in
            // The deed gets an integer key that the index shares, so a deed's index row is found (and
            // deleted) by key instead of by scanning every row; triggers keep the index in step with the
            // table, and it stems Dutch words the way the linker does. `day` is the one as-of rule (`Deed.day`): the date, else the decision's date.
            // A joined SyncFeed deed's document keeps no bytes of its own: they are its entities' (tk_entity).
            try db.execute(
                sql: """
                    CREATE TABLE deed_v4 (
                        row INTEGER PRIMARY KEY,
                        id TEXT NOT NULL UNIQUE,
                        kind TEXT NOT NULL,
                        date TEXT,
                        day TEXT,
                        title TEXT NOT NULL,
                        source_hash TEXT NOT NULL,
                        payload TEXT NOT NULL
                    );
                    INSERT INTO deed_v4 (id, kind, date, day, title, source_hash, payload)
                        SELECT id, kind, date, coalesce(date, json_extract(payload, '$.outcome.date')), title,
                            source_hash, payload
                        FROM deed ORDER BY id;
                    DROP TABLE deed_search;
                    DROP TABLE deed;
                    ALTER TABLE deed_v4 RENAME TO deed;
                    CREATE INDEX deed_day ON deed(day);
                    CREATE VIRTUAL TABLE deed_search USING fts5(title, body, tokenize = 'dutch_stem');
                    INSERT INTO deed_search (rowid, title, body)
                        SELECT row, title, json_extract(payload, '$.text') FROM deed;
                    -- The index follows the deed table, whoever writes it.
                    CREATE TRIGGER deed_indexed AFTER INSERT ON deed BEGIN
                        INSERT INTO deed_search (rowid, title, body)
                            VALUES (new.row, new.title, json_extract(new.payload, '$.text'));
                    END;
                    CREATE TRIGGER deed_reindexed AFTER UPDATE ON deed BEGIN
                        DELETE FROM deed_search WHERE rowid = old.row;
                        INSERT INTO deed_search (rowid, title, body)
                            VALUES (new.row, new.title, json_extract(new.payload, '$.text'));
                    END;
                    CREATE TRIGGER deed_unindexed AFTER DELETE ON deed BEGIN
                        DELETE FROM deed_search WHERE rowid = old.row;
                    END;
                    UPDATE document SET raw = X'' WHERE format = 'tk-syncfeed';
                    """)
        }
        migrator.registerMigration("v5: SyncFeed pages kept once; compact entities") { db in
            // A page's bytes are kept once, compressed (tenfold smaller than entry by entry); each entity points
            // at its entry in them and keeps that entry's SHA-256. Entities are stored in a compact binary form
            // instead of JSON. Entities kept before keep their bytes, each as a page of its own.
            try db.execute(
                sql: """
                    CREATE TABLE tk_page (
                        id INTEGER PRIMARY KEY,
                        source TEXT NOT NULL,
                        url TEXT NOT NULL,
                        raw BLOB NOT NULL,                -- zlib-compressed page as received
                        fetched_at TEXT NOT NULL
                    );
                    CREATE TABLE tk_entity_v5 (
                        id TEXT PRIMARY KEY,
                        type TEXT NOT NULL,
                        updated TEXT NOT NULL,            -- bijgewerkt, in UTC
                        deleted INTEGER NOT NULL,         -- a tombstone
                        payload BLOB NOT NULL,            -- TKEntity, compact binary (TKEntity.stored)
                        page_id INTEGER NOT NULL REFERENCES tk_page(id),
                        start INTEGER NOT NULL,           -- the entry's bytes: page raw [start, start + length)
                        length INTEGER NOT NULL,
                        raw_hash TEXT NOT NULL,           -- SHA-256 of the entry's bytes
                        source TEXT NOT NULL
                    );
                    """)
            for row in try Row.fetchAll(
                db, sql: "SELECT id, type, updated, deleted, payload, raw, source FROM tk_entity")
            {
                let raw = try Compression.decompress(row["raw"])
                let entity = try JSONCoding.decode(TKEntity.self, from: row["payload"])
                try db.execute(
                    sql: "INSERT INTO tk_page (source, url, raw, fetched_at) VALUES (?, ?, ?, ?)",
                    arguments: [row["source"] as String, "", row["raw"] as Data, CivilCalendar.timestamp()])
                try db.execute(
                    sql: """
                        INSERT INTO tk_entity_v5 (id, type, updated, deleted, payload, page_id, start, length, raw_hash, source)
                        VALUES (?, ?, ?, ?, ?, ?, 0, ?, ?, ?)
                        """,
                    arguments: [
                        row["id"] as String, row["type"] as String, row["updated"] as String, row["deleted"] as Bool,
                        entity.stored, db.lastInsertedRowID, raw.count, Digest.sha256(raw), row["source"] as String,
                    ])
            }
            try db.execute(
                sql: """
                    DROP TABLE tk_entity;
                    ALTER TABLE tk_entity_v5 RENAME TO tk_entity;
                    CREATE INDEX tk_entity_type ON tk_entity(type);
                    CREATE INDEX tk_entity_page ON tk_entity(page_id);
                    """)
        }
        migrator.registerMigration("v6: compact deeds; the index reads the deed table; a change sequence") { db in
            // Deeds and observations are stored in the compact binary form (`Deed.stored`), not JSON. The index
            // is an external-content FTS5 table over the deed's `title` and `body` (its text), kept in step by
            // triggers. `seq` is the `deeds.version` at a deed's last change, so linking can take up only the
            // deeds changed since it last ran.
            try db.execute(
                sql: """
                    DROP TRIGGER IF EXISTS deed_indexed;
                    DROP TRIGGER IF EXISTS deed_reindexed;
                    DROP TRIGGER IF EXISTS deed_unindexed;
                    DROP TABLE deed_search;
                    CREATE TABLE deed_v6 (
                        row INTEGER PRIMARY KEY,
                        id TEXT NOT NULL UNIQUE,
                        kind TEXT NOT NULL,
                        date TEXT,
                        day TEXT,                         -- the as-of day (Deed.day)
                        title TEXT NOT NULL,
                        body TEXT NOT NULL,               -- the deed's text, for the index
                        source_hash TEXT NOT NULL,
                        seq INTEGER NOT NULL,             -- deeds.version at the deed's last change
                        payload BLOB NOT NULL             -- the merged Deed, compact binary (Deed.stored)
                    );
                    INSERT OR IGNORE INTO meta (key, value) VALUES ('deeds.version', '0');
                    """)
            let version =
                try Int.fetchOne(db, sql: "SELECT CAST(value AS INTEGER) FROM meta WHERE key = 'deeds.version'") ?? 0
            for row in try Row.fetchAll(
                db, sql: "SELECT row, id, kind, date, day, title, source_hash, payload FROM deed")
            {
                let deed = try JSONCoding.decode(Deed.self, from: row["payload"] as String)
                try db.execute(
                    sql: """
                        INSERT INTO deed_v6 (row, id, kind, date, day, title, body, source_hash, seq, payload)
                        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                        """,
                    arguments: [
                        row["row"] as Int64, deed.id, row["kind"] as String, row["date"] as String?,
                        row["day"] as String?, deed.title, deed.text, row["source_hash"] as String, version,
                        deed.stored,
                    ])
            }
            for row in try Row.fetchAll(db, sql: "SELECT document_id, position, payload FROM observation") {
                let deed = try JSONCoding.decode(Deed.self, from: row["payload"] as String)
                try db.execute(
                    sql: "UPDATE observation SET payload = ? WHERE document_id = ? AND position = ?",
                    arguments: [deed.stored, row["document_id"] as Int64, row["position"] as Int])
            }
            try db.execute(
                sql: """
                    DROP TABLE deed;
                    ALTER TABLE deed_v6 RENAME TO deed;
                    CREATE INDEX deed_day ON deed(day);
                    CREATE INDEX deed_seq ON deed(seq);
                    CREATE VIRTUAL TABLE deed_search USING fts5(
                        title, body, content = 'deed', content_rowid = 'row', tokenize = 'dutch_stem'
                    );
                    INSERT INTO deed_search (deed_search) VALUES ('rebuild');
                    -- In how many deeds each stem occurs: the statistics of the linker's full-text score.
                    CREATE VIRTUAL TABLE deed_vocab USING fts5vocab(deed_search, 'row');
                    CREATE TRIGGER deed_indexed AFTER INSERT ON deed BEGIN
                        INSERT INTO deed_search (rowid, title, body) VALUES (new.row, new.title, new.body);
                    END;
                    CREATE TRIGGER deed_reindexed AFTER UPDATE OF title, body ON deed BEGIN
                        INSERT INTO deed_search (deed_search, rowid, title, body) VALUES ('delete', old.row, old.title, old.body);
                        INSERT INTO deed_search (rowid, title, body) VALUES (new.row, new.title, new.body);
                    END;
                    CREATE TRIGGER deed_unindexed AFTER DELETE ON deed BEGIN
                        INSERT INTO deed_search (deed_search, rowid, title, body) VALUES ('delete', old.row, old.title, old.body);
                    END;
                    """)
        }
        migrator.registerMigration("v7: runs") { db in try createRuns(db) }
        migrator.registerMigration("v8: the theme terms each deed carries, for rights alerts") { db in
            // Written by linking beside each deed's links (Linker 4 relinks every deed once, which fills it).
            try db.execute(
                sql: """
                    CREATE TABLE deed_theme_term (
                        deed_id TEXT NOT NULL REFERENCES deed(id) ON DELETE CASCADE,
                        theme TEXT NOT NULL,
                        terms TEXT NOT NULL,              -- the theme's terms the deed carries, one per line
                        PRIMARY KEY (deed_id, theme)
                    ) WITHOUT ROWID;
                    """)
        }
        migrator.registerMigration("v9: the commitment deeds") { db in
            // Scoring a pledge with a spoken commitment reads every commitment deed (CommitmentMatch); without this
            // it scanned the whole deed table, 0.3 s on the corpus. Partial: the harvest keeps up only the few
            // commitments in it (an index on every deed's kind cost a 50,000-record harvest 5 %).
            try db.execute(sql: "CREATE INDEX deed_commitment ON deed(id) WHERE kind = 'commitment'")
        }
        migrator.registerMigration("v10: the index restemmed, plurals in -es with their noun") { db in
            // DutchStemmer stems "asielprocedures" as "asielprocedure" now: the index is read again through it, so
            // search and the full-text score's statistics agree with the linker's stems.
            try db.execute(sql: "INSERT INTO deed_search (deed_search) VALUES ('rebuild')")
        }
        migrator.registerMigration("v11: the index restemmed, doubled consonants and a final v or z as the word alone")
        {
            db in
            // DutchStemmer stems "processen", "waterkanonnen", "preventieve" and "buitengrenzen" as "proces",
            // "waterkanon", "preventief" and "buitengrens" now (as v10).
            try db.execute(sql: "INSERT INTO deed_search (deed_search) VALUES ('rebuild')")
        }
        migrator.registerMigration("v12: which deeds an amended motion replaces") { db in
            // Written with each deed (`Deed.replaces`); the readers' version 5 reads every kept document again,
            // which fills it for a database written before. Read by the scorer: a replaced motion counts until its
            // replacement's day. It also tells a tracker from before this table that the database is newer.
            try db.execute(
                sql: """
                    CREATE TABLE deed_replacement (
                        replacement_id TEXT NOT NULL REFERENCES deed(id) ON DELETE CASCADE,
                        replaced_id TEXT NOT NULL,
                        PRIMARY KEY (replacement_id, replaced_id)
                    ) WITHOUT ROWID;
                    CREATE INDEX deed_replacement_replaced ON deed_replacement(replaced_id);
                    """)
        }
        return migrator
    }
}
