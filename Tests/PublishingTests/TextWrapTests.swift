import Publishing
import Testing

@Suite("Wrapping text to the terminal's width")
struct TextWrapTests {
    @Test("Words fill a line up to the width; the lines after the first take the indentation given for them")
    func fill() {
        let wrap = TextWrap(width: 24)
        #expect(
            wrap.lines("meegeteld: 3 daden bij 2 beloften van het kabinet", first: "  ", rest: "    ") == [
                "  meegeteld: 3 daden bij", "    2 beloften van het", "    kabinet",
            ])
    }

    @Test(
        "A word that fits the width but not after the indentation keeps what of it leaves room; a longer one is not cut"
    )
    func longWords() {
        let wrap = TextWrap(width: 44)
        // 43 characters: after four spaces it would run to column 47; after one it ends at the width.
        let id = "gemeente:amsterdam:inzet-voor-vluchtelingen"
        #expect(id.count == 43)
        #expect(
            wrap.lines("\(id) 2024-10-09 Amsterdamse inzet", first: "    ", rest: "      ") == [
                " " + id, "      2024-10-09 Amsterdamse inzet",
            ])
        let longer = id + "-en-ongedocumenteerden"
        #expect(wrap.lines("meegeteld: \(longer)", first: "  ") == ["  meegeteld:", "  \(longer)"])
    }
}
