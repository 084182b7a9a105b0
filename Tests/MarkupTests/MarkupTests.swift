import Core
import Foundation
import Markup
import TestSupport
import Testing

/// The namespace of Tweede Kamer VLOS meeting reports.
let vlos = "http://www.tweedekamer.nl/ggm/vergaderverslag/v1.0"

@Suite("Markup: libxml2 behind Swift values")
struct MarkupTests {
    @Test("XPath with a registered prefix reads a namespaced VLOS report")
    func namespacedXPath() throws {
        let document = try MarkupDocument.xml(Fixtures.data(Fixtures.vlos("e2903f19")), name: "vlos105")
        document.register(prefix: "v", namespace: vlos)
        let root = try #require(document.root)
        #expect(root.name == "vlosCoreDocument")
        #expect(root.namespaceURI == "http://www.tweedekamer.nl/ggm/vergaderverslag/v1.0")
        #expect(try root.string("v:vergadering/v:titel") == "105e vergadering, donderdag 10 juli 2025")
        #expect(try root.select("//v:activiteititem[@soort='Besluit']").count == 2)
        // Without a prefix the default namespace matches nothing: the classic pitfall.
        #expect(try root.select("//vergadering").isEmpty)
    }

    @Test("Attribute values, text of mixed content and line numbers are copied out")
    func valuesAndLines() throws {
        let document = try MarkupDocument.xml(
            Fixtures.data(Fixtures.kamerstuk("kst-30950-440")), name: "kst-30950-440.xml")
        let root = try #require(document.root)
        #expect(try root.string("kamerstuk/stuk/stuknr") == "Nr. 440")
        #expect(try root.select("kamerstuk/stuk/datumtekst/datum").first?.attribute("isodatum") == "2025-03-19")
        #expect(try root.select("kamerstuk/stuk/titel").first?.line == 21)
        #expect(
            try root.strings("kamerstuk/stuk/algemeen/vrije-tekst/tekst/al-groep/al") == [
                "Bamenga", "Van Nispen", "Ceder", "Van Baarle", "Tseggai",
            ])
    }

    @Test("Malformed XML is an error naming line and column")
    func malformed() throws {
        let data = Fixtures.data(Fixtures.tests.appendingPathComponent("malformed/kst-36760-39-truncated.xml"))
        let error = try #require(throws: MarkupError.self) { try MarkupDocument.xml(data, name: "truncated.xml") }
        #expect(error.line == 17)
        #expect(error.errorDescription == "truncated.xml:17:15: Specification mandates value for attribute na")
    }

    static let declaresEntity =
        "the document type declares an entity; expected a document without entity declarations (tracker expands no entities)"

    @Test("An external entity pointing at a local file is refused where it is declared, before anything is read")
    func externalEntity() throws {
        let url = Fixtures.tests.appendingPathComponent("hostile/xxe-kst-36760-39.xml")
        let error = try #require(throws: MarkupError.self) {
            try MarkupDocument.xml(Fixtures.data(url), name: "xxe.xml")
        }
        #expect(error.errorDescription == "xxe.xml:3:3: \(Self.declaresEntity)")
        #expect(!(error.errorDescription ?? "").contains("TOP-SECRET-CANARY"))
        let streamed = try #require(throws: MarkupError.self) { try MarkupStream(path: url.path) }
        #expect(streamed.line == 3)
    }

    @Test("Nested entity expansion (billion laughs) is refused at the first declaration")
    func billionLaughs() throws {
        let url = Fixtures.tests.appendingPathComponent("hostile/billion-laughs-kst-36760-39.xml")
        let error = try #require(throws: MarkupError.self) {
            try MarkupDocument.xml(Fixtures.data(url), name: "laughs.xml")
        }
        #expect((error.line, error.diagnostics.first?.message) == (3, Self.declaresEntity))
    }

    @Test("A document's own entity is refused too: libxml2 would expand it in an attribute (a title of any size)")
    func internalEntity() throws {
        // DERIVED: the real motion kst-36760-39 with an internal entity used in a meta attribute and in its text.
        let original = try String(contentsOf: Fixtures.kamerstuk("kst-36760-39"), encoding: .utf8)
        let body = String(original[try #require(original.range(of: "<officiele-publicatie"))!.lowerBound...])
        let crafted =
            "<?xml version=\"1.0\"?>\n<!-- a comment first -->\n<!DOCTYPE officiele-publicatie [<!ENTITY a \"AAAA\">]>\n"
            + body.replacingOccurrences(of: "content=\"Motie", with: "content=\"&a;&a; Motie")
        let error = try #require(throws: MarkupError.self) {
            try MarkupDocument.xml(Data(crafted.utf8), name: "internal.xml")
        }
        #expect(error.errorDescription == "internal.xml:3:33: \(Self.declaresEntity)")
        let stream = try #require(throws: MarkupError.self) {
            try MarkupStream(data: Data(crafted.utf8), name: "internal.xml")
        }
        #expect(stream.line == 3)
        // A document type without entities (a public DTD, as officielebekendmakingen may name) is read as before.
        let plain = "<?xml version=\"1.0\"?>\n<!DOCTYPE officiele-publicatie SYSTEM \"op.dtd\">\n" + body
        #expect(try MarkupDocument.xml(Data(plain.utf8), name: "plain.xml").root?.name == "officiele-publicatie")
    }

    @Test(
        "An entity hidden from a simple reading (behind a quote in a comment) or written in UTF-16 is refused; a UTF-16 document without one is read"
    )
    func hiddenEntity() throws {
        // DERIVED, as above: the real motion with an entity used in its title, declared after a comment holding a
        // quote (which a scan for quoted strings took for the start of one), and the same document in UTF-16.
        let original = try String(contentsOf: Fixtures.kamerstuk("kst-36760-39"), encoding: .utf8)
        let body = String(original[try #require(original.range(of: "<officiele-publicatie"))!.lowerBound...])
        let used = body.replacingOccurrences(of: "content=\"Motie", with: "content=\"&a;&a; Motie")
        let quoted =
            "<?xml version=\"1.0\"?>\n<!DOCTYPE officiele-publicatie [\n<!-- ' -->\n<!ENTITY a \"AAAA\">\n<!-- ' -->\n]>\n"
            + used
        let error = try #require(throws: MarkupError.self) { try MarkupDocument.xml(Data(quoted.utf8), name: "q.xml") }
        #expect(error.errorDescription == "q.xml:4:1: \(Self.declaresEntity)")
        func utf16(_ text: String) -> Data {
            Data([0xFF, 0xFE]) + text.replacingOccurrences(
                of: "version=\"1.0\"?>", with: "version=\"1.0\" encoding=\"UTF-16\"?>"
            )
            .data(using: .utf16LittleEndian)!
        }
        let wide = try #require(throws: MarkupError.self) { try MarkupDocument.xml(utf16(quoted), name: "w.xml") }
        #expect(wide.errorDescription == "w.xml:4:1: \(Self.declaresEntity)")
        let plain = try MarkupDocument.xml(utf16("<?xml version=\"1.0\"?>\n" + body), name: "p.xml")
        #expect(plain.root?.name == "officiele-publicatie")
        // UCS-4 and EBCDIC (libxml2 reads both) spell the declaration in other bytes: refused for their encoding.
        let ucs4 = quoted.replacingOccurrences(of: "version=\"1.0\"?>", with: "version=\"1.0\" encoding=\"UCS-4\"?>")
        let wider = try #require(throws: MarkupError.self) {
            try MarkupDocument.xml(ucs4.data(using: .utf32BigEndian)!, name: "u.xml")
        }
        #expect(
            wider.errorDescription
                == "u.xml:1:1: the document does not begin with '<' in UTF-8 or UTF-16 (UCS-4, EBCDIC); expected a document in UTF-8 or UTF-16"
        )
        let declared = try #require(throws: MarkupError.self) {
            try MarkupDocument.xml(Data(ucs4.replacingOccurrences(of: "UCS-4", with: "IBM037").utf8), name: "e.xml")
        }
        #expect(
            declared.errorDescription
                == "e.xml:1:1: the document declares the encoding 'IBM037'; expected UTF-8, UTF-16, ISO-8859 or Windows-125x"
        )
    }

    @Test("A bad XPath expression is an error, not a crash")
    func badXPath() throws {
        let error = try #require(throws: MarkupError.self) { try XPathQuery("//al[") }
        #expect(error.document == "XPath //al[")
    }

    @Test("XPath 1.0's functions, node tests, operators and literals pass; other functions and variables do not")
    func xpathFunctions() throws {
        for expression in [
            "concat('motie-', translate(substring-after(line[starts-with(., 'Motie ')][1], 'Motie '), '/', '-'))",
            "//al[not(ancestor::dictum) and (position() = 1 or last() mod 2 = 0)]/child::text()",
            "count(//node()) div 2", "//processing-instruction('x') | //comment()",
            "normalize-space(line[. = 'string-join($x, y)'])", "@id",
        ] {
            _ = try XPathQuery.checked(expression)
        }
        let join = try #require(throws: MarkupError.self) { try XPathQuery.checked("string-join(//al, ' ')") }
        #expect(join.diagnostics.first?.message.hasPrefix("string-join() is not a function of XPath 1.0") == true)
        let exslt = try #require(throws: MarkupError.self) { try XPathQuery.checked("str:tokenize(//al)") }
        #expect(exslt.diagnostics.first?.message.hasPrefix("str:tokenize() is not a function of XPath 1.0") == true)
        let variable = try #require(throws: MarkupError.self) { try XPathQuery.checked("//al[. = $titel]") }
        #expect(variable.diagnostics.first?.message.hasPrefix("$titel is a variable") == true)
    }

    @Test("HTML with HTML5 tags parses, with warnings kept")
    func html() throws {
        let url = Fixtures.tests.appendingPathComponent("html/den_helder_meeting.html")
        let document = try MarkupDocument.html(Fixtures.data(url), name: "den_helder_meeting.html")
        let root = try #require(document.root)
        #expect(root.name == "html")
        #expect(try root.string("//title") == "Gemeenteraad 31 augustus 2015 19:30:00")
        #expect(try root.select("//li[contains(@class,'agendaRow')]").count == 15)
        #expect(document.diagnostics == [])
    }

    @Test("An HTML page libxml2 stops reading (nested deeper than 256) is refused, not read as if it ended there")
    func htmlCutShort() throws {
        // DERIVED: the real Den Helder page with 250 spans nested in its first item's title; read on, the other
        // fourteen items were missing and their deeds removed.
        let page = String(
            decoding: Fixtures.data(Fixtures.tests.appendingPathComponent("html/den_helder_meeting.html")),
            as: UTF8.self)
        let title = try #require(page.range(of: "<h3>"))
        let nested = page.replacingCharacters(
            in: title,
            with: "<h3>" + String(repeating: "<span>", count: 250) + "x" + String(repeating: "</span>", count: 250))
        let error = try #require(throws: MarkupError.self) {
            try MarkupDocument.html(Data(nested.utf8), name: "deep.html")
        }
        #expect(error.diagnostics.first?.message.hasPrefix("Excessive depth in document: 256") == true)
        #expect(
            error.diagnostics.first?.message.hasSuffix(
                "(the page was not read whole; expected a page libxml2 can read to its end)") == true)
    }

    @Test("An HTML5 page parses; its unknown tags are kept as warnings with libxml2's code 801")
    func html5() throws {
        let url = Fixtures.tests.appendingPathComponent("html/eerstekamer_persoon_vos.html")
        let document = try MarkupDocument.html(Fixtures.data(url), name: "vos.html")
        #expect(
            try document.root?.string("//title") == "Dr. M.L. Vos (GroenLinks-PvdA) - Eerste Kamer der Staten-Generaal")
        let unknown = document.diagnostics.filter { $0.code == 801 }
        #expect(
            Set(unknown.map(\.message))
                == Set(
                    ["nav", "aside", "main", "footer", "path", "header", "g", "use", "svg", "section"].map {
                        "Tag \($0) invalid"
                    }))
        #expect(Set(document.diagnostics.map(\.severity)) == [.warning])
    }

    @Test("The stream reader hands out copies that outlive the reader's position")
    func streaming() throws {
        let stream = try MarkupStream(path: Fixtures.vlos("ce0428cf").path)
        var motions: [MarkupElement] = []
        let visited = try stream.forEachElement(named: "zaak", namespace: vlos) { zaak in
            if zaak.attribute("soort") == "Motie" { motions.append(zaak) }
        }
        #expect(visited == 35)
        #expect(motions.count == 35)
        // Read after the reader has freed the elements: the values are the element's own.
        let first = try #require(motions.first)
        #expect(
            first.child("titel")?.text.collapsingWhitespace()
                == "de motie-Bamenga c.s. over het wetsvoorstel betreffende de werking van de antidiscriminatievoorzieningen uiterlijk 1 oktober naar de Kamer sturen (36284, nr. 45)"
        )
        #expect(first.child("dossiernummer")?.text == "36284")
        #expect(first.namespaceURI == vlos)
        #expect(first.xml == nil)
    }

    @Test("Elements at the asked depth carry their XML, with the namespace they need")
    func streamedXML() throws {
        let stream = try MarkupStream(path: Fixtures.vlos("e2903f19").path)
        var serialized: [Data] = []
        try stream.forEachElement(named: "zaak", namespace: vlos, xmlAtDepth: 1) { zaak in
            serialized += zaak.children.compactMap(\.xml)
        }
        let first = String(decoding: try #require(serialized.first), as: UTF8.self)
        #expect(first.hasPrefix("<titel xmlns=\"\(vlos)\">de brief van de vaste commissie voor Economische Zaken"))
        let reparsed = try MarkupDocument.xml(try #require(serialized.first), name: "titel")
        #expect(reparsed.root?.namespaceURI == vlos)
    }

    @Test("The stream reader reports where a document breaks, after delivering what came before")
    func streamingError() throws {
        let data = Fixtures.data(Fixtures.tests.appendingPathComponent("malformed/kst-36760-39-truncated.xml"))
        let stream = try MarkupStream(data: data, name: "truncated.xml")
        var seen = 0
        let error = try #require(throws: MarkupError.self) {
            try stream.forEachElement(named: "meta") { _ in seen += 1 }
        }
        #expect(seen == 13)
        #expect(error.line == 17)
    }
}
