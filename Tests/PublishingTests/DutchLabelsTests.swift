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

    @Test("How many of the counted links an analyst confirmed, in number and agreement")
    func confirmedLinks() {
        #expect(
            Dutch.confirmedLinks(1, of: 4)
                == "Door een analist bevestigd: 1 van de 4 meegetelde koppelingen; de andere zijn door tracker gelezen en nog niet beoordeeld."
        )
        #expect(
            Dutch.confirmedLinks(0, of: 1)
                == "Door een analist bevestigd: 0 van de 1 meegetelde koppeling; die is door tracker gelezen en nog niet beoordeeld."
        )
        #expect(Dutch.confirmedLinks(3, of: 3) == "Door een analist bevestigd: 3 van de 3 meegetelde koppelingen.")
    }
}
