import Publishing
import Testing

@Suite("Terminal tables")
struct TextTableTests {
    static func table() -> TextTable {
        var table = TextTable(headers: ["DAAD", "SOORT", "TITEL"], maxWidths: [nil, nil, 20])
        table.append([
            "kst-36760-39", "motie", "Motie van het lid Baudet over het opzeggen van het VN-Vluchtelingenverdrag",
        ])
        table.append(["kst-36704-59", "motie", ""])
        return table
    }

    @Test("Without a width the last column is cut at its maximum; with one it is wrapped beside the others")
    func wrappedBeside() {
        #expect(
            Self.table().render() == """
                DAAD          SOORT  TITEL
                kst-36760-39  motie  Motie van het lid B…
                kst-36704-59  motie
                """)
        #expect(
            Self.table().render(width: 50) == """
                DAAD          SOORT  TITEL
                kst-36760-39  motie  Motie van het lid Baudet over
                                     het opzeggen van het
                                     VN-Vluchtelingenverdrag
                kst-36704-59  motie
                """)
    }

    @Test("With fewer than 24 columns left, the last column goes under its row, indented")
    func wrappedUnder() {
        #expect(
            Self.table().render(width: 40) == """
                DAAD          SOORT
                    TITEL
                kst-36760-39  motie
                    Motie van het lid Baudet over het
                    opzeggen van het
                    VN-Vluchtelingenverdrag
                kst-36704-59  motie
                """)
    }
}
