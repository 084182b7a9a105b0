import Foundation
import Ledger
import TestSupport
import Testing

@Suite("Quotation check: exact words of a real letter")
struct QuotationCheckTests {
    /// Amnesty's letter to the Tweede Kamer (seed 001), as the test ledger keeps it.
    static let letter = QuotationCheck(
        sourceText: String(
            decoding: Fixtures.data(
                Fixtures.workspace.appendingPathComponent("Commitments/sources/001_7977401c71ceb7aa.txt")),
            as: UTF8.self))

    @Test("Verbatim words are found; whitespace runs and line breaks count as one space")
    func verbatim() {
        #expect(Self.letter.contains("terugkeerhubs mogelijk te maken"))
        #expect(Self.letter.contains("Door het bandencriterium   te verruimen\nen terugkeerhubs mogelijk te maken"))
        #expect(!Self.letter.contains("terugkeerhubs onmogelijk te maken"))
    }

    @Test("An ellipsis marks an omission: the parts must occur in this order")
    func omissions() {
        #expect(Self.letter.contains("terugkeerhubs mogelijk te maken … Het plan voor een transithub in Oeganda"))
        #expect(Self.letter.contains("terugkeerhubs mogelijk te maken [...] transithub in Oeganda"))
        #expect(!Self.letter.contains("Het plan voor een transithub in Oeganda … terugkeerhubs mogelijk te maken"))
    }

    @Test("A quotation starts and ends on whole words")
    func wholeWords() {
        #expect(!Self.letter.contains("erugkeerhubs mogelijk"))
        #expect(!Self.letter.contains("terugkeerhubs mogelijk te ma"))
        #expect(Self.letter.contains("offshore-detentie"))
    }

    @Test("Typographic quotes and dashes equal plain ones; a hyphen broken at a line end is no misquotation")
    func typography() {
        let check = QuotationCheck(sourceText: "Zij noemde het ‘onaanvaardbaar’ – en eiste ID-\ncontroles.")
        #expect(check.contains("het 'onaanvaardbaar' - en eiste ID-controles"))
        #expect(check.contains("eiste IDcontroles"))
        #expect(!check.contains("eiste ID controles mee"))
    }
}
