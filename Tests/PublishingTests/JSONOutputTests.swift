import Deeds
import Foundation
import Publishing
import TestSupport
import Testing

@Suite("JSON written element by element is the JSON of the whole list")
struct JSONOutputTests {
    @Test("Real deeds (with empty lists inside) and an empty list: byte for byte what encoding the whole list gives")
    func sameText() throws {
        let deeds =
            try Fixtures.read(Fixtures.kamerstuk("kst-30950-440")).deeds
            + Fixtures.read(Fixtures.vlos("e2903f19")).deeds
        #expect(deeds.count > 2)
        var written = ""
        try JSONOutput.writeArray(deeds, as: DeedView.init) { written += $0 }
        #expect(written == (try JSONOutput.encode(deeds.map(DeedView.init))))
        #expect(written.contains("[\n\n"))  // an empty list inside a deed, kept as the encoder writes it
        var empty = ""
        try JSONOutput.writeArray([Deed](), as: DeedView.init) { empty += $0 }
        #expect(empty == (try JSONOutput.encode([DeedView]())))
    }
}
