import Ledger
import Publishing
import Testing

@Suite("Dutch labels: the words the reports are made of")
struct DutchLabelsTests {
    @Test("A pledge's effect on rights reads as a clause; the bare label stays for table columns")
    func effectOnRights() {
        // The scorecard's "(… de rechten)" and the feed's "(de toezegging … de rechten)" need a verb: "gemengd de
        // rechten" is no Dutch.
        #expect(Dutch.effectOnRights(.advances) == "bevordert de rechten")
        #expect(Dutch.effectOnRights(.threatens) == "bedreigt de rechten")
        #expect(Dutch.effectOnRights(.mixed) == "heeft een gemengd effect op de rechten")
        #expect(Dutch.direction(.mixed) == "gemengd")
    }
}
