import Foundation
import Markup
import Testing

@testable import Deeds

@Suite("Council pages read as text lines (format: text)")
struct CouncilTextFormatTests {
    @Test("A page that arrives as HTML is reduced to its lines before the rules read it")
    func htmlToLines() throws {
        let html = Data(
            "<html><head><style>p{}</style></head><body><h1>Motie  A &amp; B</h1><p>27 mei 2021<br>Status</p><script>x()</script><ul><li>Aangenomen</li></ul></body></html>"
                .utf8)
        #expect(
            String(decoding: try CouncilPageReader.lines(html), as: UTF8.self)
                == "<page>\n<line>Motie  A &amp; B</line>\n<line>27 mei 2021</line>\n<line>Status</line>\n<line>Aangenomen</line>\n</page>\n"
        )
        #expect(
            String(decoding: try CouncilPageReader.lines(Data("a < b\n\n  c  \n".utf8)), as: UTF8.self)
                == "<page>\n<line>a &lt; b</line>\n<line>c</line>\n</page>\n")
        // A Latin-1 page, as its server declares it: "één" in ISO-8859-1 bytes.
        let latin1 = Data([0x3C, 0x70, 0x3E, 0xE9, 0xE9, 0x6E, 0x3C, 0x2F, 0x70, 0x3E])
        #expect(
            String(decoding: try CouncilPageReader.lines(latin1, encoding: "ISO-8859-1"), as: UTF8.self)
                == "<page>\n<line>één</line>\n</page>\n")
    }

    @Test("A control character XML does not allow becomes a space; the page is read")
    func controlCharacters() throws {
        let lines = try CouncilPageReader.lines(Data("Motie\u{02} betrek demonstranten\tbij beleid\n".utf8))
        #expect(
            String(decoding: lines, as: UTF8.self)
                == "<page>\n<line>Motie  betrek demonstranten\tbij beleid</line>\n</page>\n")
        #expect(try MarkupDocument.xml(lines, name: "page").root?.name == "page")
    }
}
