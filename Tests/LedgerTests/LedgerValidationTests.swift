import Core
import Foundation
import Ledger
import TestSupport
import Testing
import Text

/// A small ledger written to a temporary workspace, to break one piece at a time.
struct LedgerWorkspace {
    let root = Fixtures.temporaryFolder()

    static let themes = """
        themes:
        \(Theme.required.map { id in """
              - id: \(id)
                name: {nl: \(id), en: \(id)}
                definition: Thema \(id).
                instruments: [Artikel 1 Grondwet]
                terms: [\(id)]
            """ }.joined(separator: "\n"))
        """

    /// The pledge with one more line among its link hints (after `phrases`, on line 15).
    static func pledge(withHint line: String) -> String {
        pledge.replacingOccurrences(
            of: "phrases: [Internationaal Strafhof, Internationaal Gerechtshof]",
            with: "phrases: [Internationaal Strafhof, Internationaal Gerechtshof]\n      \(line)")
    }

    static let sources = """
        documents:
          - id: brief
            title: Brief aan de Tweede Kamer
            author: Amnesty International Nederland
            kind: secondary
            quotes: akkoord
            file: sources/brief.txt
          - id: akkoord
            title: Coalitieakkoord
            author: D66, VVD en CDA
            kind: primary
        """

    static let letter = """
        Amnesty leest dat “Nederland [zich] conformeert bij zijn buitenlandbeleid aan oordelen van het Internationaal Gerechtshof en het Internationaal Strafhof”.
        Door het bandencriterium te verruimen en terugkeer-
        hubs mogelijk te maken, wordt de basis gelegd.
        """

    static let pledge = """
          - id: conformeren-igh-icc
            actor: kabinet
            parties: [D66, VVD, CDA]
            level: national
            date: 2026-01-30
            themes: [internationaal-strafhof]
            text: "Nederland [zich] conformeert bij zijn buitenlandbeleid aan oordelen van het Internationaal Gerechtshof en het Internationaal Strafhof"
            quotation: exact
            source: {document: brief, section: Het Koninkrijk Nederland en in de wereld, verified: false}
            kept_when: Het kabinet volgt uitspraken van IGH en ICC.
            rights: {direction: advances, reason: Bevordert de internationale rechtsorde., by: Amnesty International Nederland}
            hints:
              phrases: [Internationaal Strafhof, Internationaal Gerechtshof]
        """

    init(pledges: String = LedgerWorkspace.pledge, themes: String = LedgerWorkspace.themes) throws {
        try write("Commitments/themes.yaml", themes)
        try write("Commitments/sources.yaml", Self.sources)
        try write("Commitments/sources/brief.txt", Self.letter)
        try write("Commitments/national/akkoord.yaml", "pledges:\n" + pledges)
    }

    func write(_ path: String, _ text: String) throws {
        let url = root.appendingPathComponent(path)
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data(text.utf8).write(to: url)
    }

    func problems() -> [String] {
        LedgerLoader.validate(workspace: root).1.map(\.description)
    }

    func remove() { try? FileManager.default.removeItem(at: root) }
}

@Suite("Ledger validation: every problem with file, line, column and what was expected")
struct LedgerValidationTests {
    @Test("A well-formed ledger loads, with the exact quotation found in its source")
    func valid() throws {
        let workspace = try LedgerWorkspace()
        defer { workspace.remove() }
        #expect(workspace.problems() == [])
        let ledger = try LedgerLoader.load(workspace: workspace.root)
        #expect(ledger.pledges.map(\.id) == ["conformeren-igh-icc"])
        #expect(ledger.pledges[0].rights.direction == .advances)
        #expect(ledger.pledges[0].source.verified == false)
        #expect(ledger.themes.map(\.id) == Theme.required)
    }

    @Test("A typo in a field name is reported with a suggestion")
    func typo() throws {
        let workspace = try LedgerWorkspace(
            pledges: LedgerWorkspace.pledge.replacingOccurrences(of: "    themes:", with: "    theme:"))
        defer { workspace.remove() }
        #expect(
            workspace.problems() == [
                "Commitments/national/akkoord.yaml:2:5: pledge 'conformeren-igh-icc' has no 'themes'; expected theme ids from Commitments/themes.yaml",
                "Commitments/national/akkoord.yaml:7:5: unknown field 'theme' in a pledge; expected one of: id, actor, parties, level, date, themes, text, quotation, source, kept_when, deadline, rights, hints, meets, note, kept_by, verdict (did you mean 'themes'?)",
            ])
    }

    @Test("An unknown theme, a bad date and an unknown direction")
    func badValues() throws {
        let pledge = LedgerWorkspace.pledge
            .replacingOccurrences(of: "[internationaal-strafhof]", with: "[internationaal-strafhof, strafhof]")
            .replacingOccurrences(of: "2026-01-30", with: "2026-02-30")
            .replacingOccurrences(of: "direction: advances", with: "direction: improves")
        let workspace = try LedgerWorkspace(pledges: pledge)
        defer { workspace.remove() }
        #expect(
            workspace.problems() == [
                "Commitments/national/akkoord.yaml:6:11: 'date' of pledge 'conformeren-igh-icc' is not a valid date: '2026-02-30'; expected YYYY-MM-DD",
                "Commitments/national/akkoord.yaml:7:39: unknown theme 'strafhof' in pledge 'conformeren-igh-icc'; expected one of: demonstratierecht, eerlijk-proces, etnisch-profileren, internationaal-strafhof, vluchtelingenverdrag",
                "Commitments/national/akkoord.yaml:12:25: 'direction' of the rights assessment of pledge 'conformeren-igh-icc' is 'improves'; expected one of: advances, threatens, mixed",
            ])
    }

    @Test("A duplicate id names where the first one is")
    func duplicate() throws {
        let workspace = try LedgerWorkspace(pledges: LedgerWorkspace.pledge + "\n" + LedgerWorkspace.pledge)
        defer { workspace.remove() }
        #expect(
            workspace.problems() == [
                "Commitments/national/akkoord.yaml:15:5: duplicate pledge id 'conformeren-igh-icc'; it is already defined at Commitments/national/akkoord.yaml:2:5"
            ])
    }

    @Test("A misquotation marked exact is caught; hyphenation at a line end is not a misquotation")
    func quotations() throws {
        let misquoted = LedgerWorkspace.pledge.replacingOccurrences(of: "conformeert bij", with: "conformeert in")
        let hyphenated = LedgerWorkspace.pledge
            .replacingOccurrences(of: "id: conformeren-igh-icc", with: "id: terugkeerhubs")
            .replacingOccurrences(
                of:
                    "\"Nederland [zich] conformeert bij zijn buitenlandbeleid aan oordelen van het Internationaal Gerechtshof en het Internationaal Strafhof\"",
                with: "\"Door het bandencriterium te verruimen en terugkeerhubs mogelijk te maken\"")
        let workspace = try LedgerWorkspace(pledges: misquoted + "\n" + hyphenated)
        defer { workspace.remove() }
        #expect(
            workspace.problems() == [
                "Commitments/national/akkoord.yaml:2:5: the exact quotation of pledge 'conformeren-igh-icc' does not occur in Commitments/sources/brief.txt (brief); expected its words verbatim, or quotation: paraphrase"
            ])
    }

    @Test("An empty quotation, a missing source and a hint that can never match")
    func emptyAndUnmatchable() throws {
        let pledge = LedgerWorkspace.pledge
            .replacingOccurrences(
                of:
                    "text: \"Nederland [zich] conformeert bij zijn buitenlandbeleid aan oordelen van het Internationaal Gerechtshof en het Internationaal Strafhof\"",
                with: "text: \"\""
            )
            .replacingOccurrences(of: "document: brief,", with: "document: brieff,")
            .replacingOccurrences(
                of: "phrases: [Internationaal Strafhof, Internationaal Gerechtshof]",
                with:
                    "phrases: [Internationaal Strafhof, \"--\"]\n      dossiers: [\"30 950\"]\n      other_deeds: [\"b\"]\n      kamerstukken: [kst-28684, kst-]"
            )
        let workspace = try LedgerWorkspace(pledges: pledge)
        defer { workspace.remove() }
        #expect(
            workspace.problems() == [
                "Commitments/national/akkoord.yaml:8:11: 'text' of pledge 'conformeren-igh-icc' is empty; expected the pledge's words (the quotation)",
                "Commitments/national/akkoord.yaml:10:24: unknown source document 'brieff' for pledge 'conformeren-igh-icc'; expected the id of a document in Commitments/sources.yaml",
                "Commitments/national/akkoord.yaml:14:42: link hint '--' of pledge 'conformeren-igh-icc' can never match; expected at least three letters or digits",
                "Commitments/national/akkoord.yaml:15:18: dossier '30 950' of pledge 'conformeren-igh-icc' can never match; expected a Kamerstuk dossier number such as 30950 or 36740-VII",
                "Commitments/national/akkoord.yaml:16:21: link hint 'b' of pledge 'conformeren-igh-icc' can never match; expected at least three letters or digits",
                // A dossier where a document is expected (it crashed every command).
                "Commitments/national/akkoord.yaml:17:22: kamerstuk 'kst-28684' of pledge 'conformeren-igh-icc' can never match; expected an id such as kst-30950-440",
                "Commitments/national/akkoord.yaml:17:33: kamerstuk 'kst-' of pledge 'conformeren-igh-icc' can never match; expected an id such as kst-30950-440",
            ])
    }

    @Test("An exact quotation of omission marks alone, and a source's address that is not one, are errors")
    func wordlessQuotationAndBadURL() throws {
        let pledge = LedgerWorkspace.pledge.replacingOccurrences(
            of:
                "text: \"Nederland [zich] conformeert bij zijn buitenlandbeleid aan oordelen van het Internationaal Gerechtshof en het Internationaal Strafhof\"",
            with: "text: \"[…] ...\"")
        let workspace = try LedgerWorkspace(pledges: pledge)
        defer { workspace.remove() }
        try workspace.write(
            "Commitments/sources.yaml",
            LedgerWorkspace.sources.replacingOccurrences(
                of: "    kind: primary", with: "    kind: primary\n    url: htps//www.example.nl/akkoord"))
        #expect(
            workspace.problems() == [
                "Commitments/national/akkoord.yaml:2:5: the exact quotation of pledge 'conformeren-igh-icc' has no words outside its omission marks ('[…] ...'); expected the words quoted",
                "Commitments/sources.yaml:12:10: 'url' of source document 'akkoord' is 'htps//www.example.nl/akkoord'; expected an http(s) URL",
            ])
    }

    @Test("A deadline before the pledge's own date is an error at its line")
    func deadlineBeforeDate() throws {
        let pledge = LedgerWorkspace.pledge.replacingOccurrences(
            of: "    kept_when:", with: "    deadline: 2025-12-31\n    kept_when:")
        let workspace = try LedgerWorkspace(pledges: pledge)
        defer { workspace.remove() }
        #expect(
            workspace.problems() == [
                "Commitments/national/akkoord.yaml:11:15: pledge 'conformeren-igh-icc' has deadline 2025-12-31, before its date 2026-01-30; expected a day on or after the pledge was made"
            ])
    }

    @Test("hints.wants is less or more; anything else is reported where it stands")
    func wants() throws {
        for (value, problems) in [
            ("more", [String]()),
            (
                "fewer",
                [
                    "Commitments/national/akkoord.yaml:15:14: 'wants' of the link hints of pledge 'conformeren-igh-icc' is 'fewer'; expected one of: less, more"
                ]
            ),
        ] {
            let pledge = LedgerWorkspace.pledge(withHint: "wants: \(value)")
            let workspace = try LedgerWorkspace(pledges: pledge)
            defer { workspace.remove() }
            #expect(workspace.problems() == problems)
            if problems.isEmpty {
                #expect(try LedgerLoader.load(workspace: workspace.root).pledges.first?.hints.wants == .more)
            }
        }
    }

    @Test("hints.counter_phrases are read beside wants; without wants they are reported where they stand")
    func counterPhrases() throws {
        for (line, problems) in [
            ("wants: more\n      counter_phrases: [straffeloosheid, genocide]", [String]()),
            (
                "counter_phrases: [straffeloosheid]",
                [
                    "Commitments/national/akkoord.yaml:15:25: counter_phrases of pledge 'conformeren-igh-icc' say nothing without `wants`; expected `wants: less` or `wants: more` beside them"
                ]
            ),
            (
                "counter_phrases_on_theme: [straffeloosheid]",
                [
                    "Commitments/national/akkoord.yaml:15:34: counter_phrases of pledge 'conformeren-igh-icc' say nothing without `wants`; expected `wants: less` or `wants: more` beside them"
                ]
            ),
        ] {
            let workspace = try LedgerWorkspace(pledges: LedgerWorkspace.pledge(withHint: line))
            defer { workspace.remove() }
            #expect(workspace.problems() == problems)
            if problems.isEmpty {
                let hints = try #require(try LedgerLoader.load(workspace: workspace.root).pledges.first?.hints)
                #expect(hints.counterPhrases == ["straffeloosheid", "genocide"])
                #expect(hints.phrases == ["Internationaal Strafhof", "Internationaal Gerechtshof"])
            }
        }
        let workspace = try LedgerWorkspace(
            pledges: LedgerWorkspace.pledge(withHint: "wants: more\n      counter_phrases_on_theme: [straffeloosheid]"))
        defer { workspace.remove() }
        #expect(workspace.problems() == [])
        let hints = try #require(try LedgerLoader.load(workspace: workspace.root).pledges.first?.hints)
        #expect(hints.counterPhrasesOnTheme == ["straffeloosheid"])
        #expect(hints.counterPhrases == [])
    }

    @Test("hints.theme_wide is true or false; a theme's context_terms are read beside its terms")
    func themeWide() throws {
        let themes = LedgerWorkspace.themes.replacingOccurrences(
            of: "terms: [demonstratierecht]",
            with: "terms: [demonstratierecht]\n    context_terms: [rellen, activist]")
        for (value, problems) in [
            ("true", [String]()),
            (
                "sometimes",
                [
                    "Commitments/national/akkoord.yaml:15:19: 'theme_wide' of the link hints of pledge 'conformeren-igh-icc' is 'sometimes'; expected true or false"
                ]
            ),
        ] {
            let pledge = LedgerWorkspace.pledge(withHint: "theme_wide: \(value)")
            let workspace = try LedgerWorkspace(pledges: pledge, themes: themes)
            defer { workspace.remove() }
            #expect(workspace.problems() == problems)
            if problems.isEmpty {
                let ledger = try LedgerLoader.load(workspace: workspace.root)
                #expect(ledger.pledges.first?.hints.themeWide == true)
                #expect(ledger.themes.first { $0.id == "demonstratierecht" }?.contextTerms == ["rellen", "activist"])
                #expect(ledger.themes.first { $0.id == "eerlijk-proces" }?.contextTerms == [])
            }
        }
    }

    @Test("A theme's opening_terms are single words; a phrase there is an error at its line")
    func openingTerms() throws {
        let good = LedgerWorkspace.themes.replacingOccurrences(
            of: "terms: [demonstratierecht]", with: "terms: [demonstratierecht]\n    opening_terms: [betogings]")
        let workspace = try LedgerWorkspace(pledges: LedgerWorkspace.pledge, themes: good)
        defer { workspace.remove() }
        #expect(workspace.problems() == [])
        let ledger = try LedgerLoader.load(workspace: workspace.root)
        #expect(ledger.themes.first { $0.id == "demonstratierecht" }?.openingTerms == ["betogings"])
        let bad = LedgerWorkspace.themes.replacingOccurrences(
            of: "terms: [demonstratierecht]",
            with: "terms: [demonstratierecht]\n    opening_terms: [vreedzaam protest]")
        let broken = try LedgerWorkspace(pledges: LedgerWorkspace.pledge, themes: bad)
        defer { broken.remove() }
        #expect(
            broken.problems() == [
                "Commitments/themes.yaml:22:21: opening term 'vreedzaam protest' of theme 'demonstratierecht' is not one word; expected a compound's first part"
            ])
    }

    @Test("A theme's names are read as a list of strings; a name that is not a string is an error at its line")
    func bodyNames() throws {
        let good = LedgerWorkspace.themes.replacingOccurrences(
            of: "terms: [demonstratierecht]",
            with: "terms: [demonstratierecht]\n    names: [commissie voor Demonstratierecht]")
        let workspace = try LedgerWorkspace(pledges: LedgerWorkspace.pledge, themes: good)
        defer { workspace.remove() }
        #expect(workspace.problems() == [])
        let ledger = try LedgerLoader.load(workspace: workspace.root)
        #expect(ledger.themes.first { $0.id == "demonstratierecht" }?.names == ["commissie voor Demonstratierecht"])
        #expect(ledger.themes.first { $0.id == "eerlijk-proces" }?.names == [])
        let bad = LedgerWorkspace.themes.replacingOccurrences(
            of: "terms: [demonstratierecht]", with: "terms: [demonstratierecht]\n    names: [{naam: commissie}]")
        let broken = try LedgerWorkspace(pledges: LedgerWorkspace.pledge, themes: bad)
        defer { broken.remove() }
        #expect(
            broken.problems() == [
                "Commitments/themes.yaml:22:13: each item of 'names' in theme 'demonstratierecht' must be a text"
            ])
    }

    @Test("A missing source, an unknown standard and a deadline that is not a date")
    func missingSourceUnknownStandard() throws {
        let pledge = LedgerWorkspace.pledge
            .replacingOccurrences(
                of:
                    "    source: {document: brief, section: Het Koninkrijk Nederland en in de wereld, verified: false}\n",
                with: ""
            )
            .replacingOccurrences(
                of: "rights: {direction: advances,",
                with: "rights: {direction: advances, standard: igh-uitspraken-uitvoeren,"
            )
            .replacingOccurrences(of: "    kept_when:", with: "    deadline: eind 2027\n    kept_when:")
        let workspace = try LedgerWorkspace(pledges: pledge)
        defer { workspace.remove() }
        #expect(
            workspace.problems() == [
                "Commitments/national/akkoord.yaml:2:5: pledge 'conformeren-igh-icc' has no 'source'; expected document: and section:",
                "Commitments/national/akkoord.yaml:10:15: 'deadline' of pledge 'conformeren-igh-icc' is not a valid date: 'eind 2027'; expected YYYY-MM-DD",
                "Commitments/national/akkoord.yaml:12:45: unknown standard 'igh-uitspraken-uitvoeren' in the rights assessment of pledge 'conformeren-igh-icc'; expected the id of a standard in Commitments/standards/",
            ])
    }

    @Test("A byte that is not UTF-8 is named where it is; a tab where YAML wants spaces is named too")
    func encodingAndTabs() throws {
        let workspace = try LedgerWorkspace()
        defer { workspace.remove() }
        // One letter as Latin-1 writes 'é' (0xE9), as an editor saving in Windows-1252 would: the quotation's
        // "Internationaal Strafhof" on line 8.
        var latin = Data("pledges:\n".utf8) + Data(LedgerWorkspace.pledge.utf8)
        let at = try #require(latin.firstRange(of: Data("Internationaal Strafhof".utf8)))
        latin.replaceSubrange(at.lowerBound..<(at.lowerBound + 1), with: [0xE9])
        try latin.write(to: workspace.root.appendingPathComponent("Commitments/national/akkoord.yaml"))
        #expect(
            workspace.problems() == [
                "Commitments/national/akkoord.yaml:8:122: byte 285 is not UTF-8 text; expected the file in UTF-8 (save it as UTF-8 in the editor)"
            ])
        try workspace.write(
            "Commitments/national/akkoord.yaml",
            "pledges:\n" + LedgerWorkspace.pledge.replacingOccurrences(of: "\n    level:", with: "\n\tlevel:"))
        #expect(
            workspace.problems() == [
                "Commitments/national/akkoord.yaml:5:1: invalid YAML: found character that cannot start any token (the line has a tab character; expected spaces to indent)"
            ])
    }

    @Test("A workspace without Commitments/ is named as a folder, not at line 0 of a file")
    func noLedger() throws {
        let folder = Fixtures.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        #expect(
            LedgerLoader.validate(workspace: folder).1.map(\.description) == [
                "Commitments: no Commitments/ folder in \(folder.path); expected the ledger (use --workspace DIR)"
            ])
    }

    @Test("Invalid YAML and a missing required theme")
    func syntaxAndThemes() throws {
        let themes = LedgerWorkspace.themes.components(separatedBy: "\n  - id: eerlijk-proces")[0]
        let workspace = try LedgerWorkspace(pledges: "  - id: [unclosed\n", themes: themes)
        defer { workspace.remove() }
        let problems = workspace.problems()
        #expect(problems.count == 2)
        #expect(problems[0].hasPrefix("Commitments/national/akkoord.yaml:3:1: invalid YAML: "))
        #expect(
            problems[1]
                == "Commitments/themes.yaml:1:1: missing required theme eerlijk-proces; every ledger defines etnisch-profileren, vluchtelingenverdrag, internationaal-strafhof, demonstratierecht, eerlijk-proces"
        )
    }
}

extension LedgerValidationTests {
    @Test("A colon inside an unquoted text, a line indented too far and a UTF-16 file are named in the analyst's terms")
    func commonYAMLSlips() throws {
        let colon = LedgerWorkspace.pledge.replacingOccurrences(
            of: "kept_when: Het kabinet volgt", with: "kept_when: Let op: het kabinet volgt")
        var workspace = try LedgerWorkspace(pledges: colon)
        #expect(
            workspace.problems() == [
                "Commitments/national/akkoord.yaml:11:22: invalid YAML: mapping values are not allowed in this context (a ': ' inside a value that is not in quotes starts another key; expected the value in quotes, text: \"Minister: …\", or as a block, text: >-)"
            ])
        workspace.remove()
        let indented = LedgerWorkspace.pledge.replacingOccurrences(
            of: "    level: national", with: "     level: national")
        workspace = try LedgerWorkspace(pledges: indented)
        #expect(
            workspace.problems().first?.hasSuffix(
                "invalid YAML: did not find expected key (a line indented otherwise than the keys beside it, or a value that opens a quote and goes on after it closes; expected the keys of one mapping indented alike, and a quoted value quoted whole)"
            ) == true)
        workspace.remove()
        workspace = try LedgerWorkspace()
        defer { workspace.remove() }
        // What an editor writes when it saves as "Unicode" without a byte-order mark: UTF-16, little-endian.
        let utf16 = ("pledges:\n" + LedgerWorkspace.pledge).data(using: .utf16LittleEndian)!
        try utf16.write(to: workspace.root.appendingPathComponent("Commitments/national/akkoord.yaml"))
        #expect(
            workspace.problems() == [
                "Commitments/national/akkoord.yaml:1:1: the file holds NUL bytes: it looks like UTF-16 saved without a byte-order mark; expected UTF-8 (save it as UTF-8)"
            ])
    }
}
