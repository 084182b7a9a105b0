import Core
import Deeds
import Foundation
import TestSupport
import Testing

@Suite("Amended motions: which Kamerstuk a motion replaces")
struct ReplacementTests {
    @Test(
        "The warehouse's subject lines of amended motions name the motion replaced, in each of their forms",
        arguments: [
            // Real subject lines of Zaken in the Tweede Kamer's open data (2012Z13777, 2015Z23824, 2016Z22359,
            // 2021Z22664, 2022Z06307, 2022Z10940).
            (
                "Gewijzigde motie van het lid Knops over veroordelen van arrestaties van democratisch gekozen parlementariërs (t.v.v. 32735, nr. 162)",
                ["kst-32735-162"]
            ),
            (
                "Gewijzigde motie van het lid Amhaouch c.s. over spoedige accordering van het businessplan kenniscentrum bedrijfsovername (t.v.v. 35724-11)",
                ["kst-35724-11"]
            ),
            (
                "Gewijzigde motie van de leden Geurts en Van Vliet (t.v.v. 21501-08, nr. 602) over methaan uit de algemene oriëntatie en uit de NEC-richtlijn houden",
                ["kst-21501-08-602"]
            ),
            (
                "Gewijzigde motie van het lid Van der Werf (tvv 32156, nr. 37) over archeologische monumenten",
                ["kst-32156-37"]
            ),
            (
                "Nader gewijzigde motie van de leden Kathmann en Maatoug over met plannen komen om voldoende banen voor mensen met een arbeidsbeperking te realiseren (t.v.v. 34352-237)",
                ["kst-34352-237"]
            ),
            (
                "Gewijzigde motie van het lid Bouchallikh c.s. over een innameplicht voor statiegeld op plastic flesjes en blikjes (t.v.v. 35925-XII-47)",
                ["kst-35925-XII-47"]
            ),
            ("Motie van het lid Nijboer c.s. over bestrijden van discriminatie op de woningmarkt", []),
        ])
    func subjectLines(line: String, replaced: [String]) {
        #expect(Deed.replacedKamerstukken(in: [line], dossier: nil) == replaced)
    }

    @Test(
        "Capitals and spaces in 't.v.v.' are read as the pattern allows (variants of the real line of 2012Z13777)",
        arguments: ["T.V.V. 32735, nr. 162", "t. v. v. 32735, nr. 162", "t.v.v.  32735, nr. 162", "TVV 32735-162"])
    func spellings(reference: String) {
        let line = "Gewijzigde motie van het lid Knops over veroordelen van arrestaties (\(reference))"
        #expect(Deed.replacedKamerstukken(in: [line], dossier: nil) == ["kst-32735-162"])
        #expect(
            Deed.replacedKamerstukken(
                in: [line.replacingOccurrences(of: "v", with: "w", options: .caseInsensitive)], dossier: nil) == [])
    }

    @Test("A Kamerstuk's heading names a number in its own dossier")
    func heading() {
        let heading = "GEWIJZIGDE MOTIE VAN HET LID DIEDERIK VAN DIJK C.S. TER VERVANGING VAN DIE GEDRUKT ONDER NR. 73"
        #expect(Deed.replacedKamerstukken(in: [heading], dossier: "36704") == ["kst-36704-73"])
        #expect(Deed.replacedKamerstukken(in: [heading], dossier: nil) == [])
        #expect(
            Deed.replacedKamerstukken(
                in: ["GEWIJZIGD AMENDEMENT VAN HET LID VAN NISPEN TER VERVANGING VAN DAT GEDRUKT ONDER NR. 12"],
                dossier: "36704") == ["kst-36704-12"])
    }

    @Test("The reader takes the replaced Kamerstuk from an amended motion's heading")
    func reader() throws {
        let deed = try #require(
            try DocumentReader.read(Data(Fixtures.amendedMotion().utf8), name: "kst-36704-84.xml").deeds.first)
        #expect(deed.id == "kst-36704-84")
        #expect(deed.day == Day("2025-07-01"))
        #expect(deed.replaces == ["kst-36704-73"])
        #expect(try Fixtures.read(Fixtures.kamerstuk("kst-36704-73")).deeds.first?.replaces == [])
        // Kept in the store's compact form.
        #expect(try Deed(stored: deed.stored).replaces == ["kst-36704-73"])
    }
}
