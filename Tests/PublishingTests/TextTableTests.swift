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

    @Test("A short last column stays beside the others when it fits, even with fewer than 24 columns left")
    func shortLastColumnBeside() {
        var table = TextTable(headers: ["RUN", "OPDRACHT", "REGISTER", "DADEN"])
        table.append(["1", "update", "e5aca08a", "7dbfc62b"])
        #expect(
            table.render(width: 33) == """
                RUN  OPDRACHT  REGISTER  DADEN
                1    update    e5aca08a  7dbfc62b
                """)
        #expect(
            table.render(width: 32) == """
                RUN  OPDRACHT  REGISTER
                    DADEN
                1    update    e5aca08a
                    7dbfc62b
                """)
    }

    @Test("Where the other columns alone are wider than the terminal, each row becomes a block that fits")
    func blocks() {
        var table = TextTable(headers: ["BELOFTE", "DAAD", "STAND", "OORDEEL", "WAAROM"])
        table.append([
            "hla-strengste-toelatingsregels-van-europa", "kst-36704-69", "werkt tegen", "",
            "zinsneden: themawoord 'gezinshereniging' in de titel",
        ])
        table.append(["etnisch-profileren-aanpakken", "kst-30950-440", "steunt", "bevestigd", ""])
        // 41, 13, 11 and 9 columns with their gaps (82) do not fit in 60: a block per row, empty cells left out.
        #expect(
            table.render(width: 60) == """
                hla-strengste-toelatingsregels-van-europa
                    daad kst-36704-69 · stand werkt tegen
                    zinsneden: themawoord 'gezinshereniging' in de titel
                etnisch-profileren-aanpakken
                    daad kst-30950-440 · stand steunt · oordeel bevestigd
                """)
        // Narrower: a pair moves to the next line whole; the explanation is wrapped at its words.
        #expect(
            table.render(width: 40).hasSuffix(
                """
                etnisch-profileren-aanpakken
                    daad kst-30950-440 · stand steunt
                    oordeel bevestigd
                """))
        // Wide enough for the columns: the table as before.
        #expect(table.render(width: 120).hasPrefix("BELOFTE                                    DAAD"))
    }
}
