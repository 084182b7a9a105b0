import Ledger
import Linking
import TestSupport
import Testing
import Text

/// Every pledge that says what it wants of its phrases (`wants`) read in subject lines of known direction: each of
/// its first phrases (and counter phrases) after eight asks of less and eight of more. A pledge whose phrases stand
/// the wrong way round, or a hint that reads against what asks of a phrase, shows here, before any motion does. The
/// subject lines are constructed; most combinations would never be moved ("meer verbod op …").
@Suite("The ledger's directions: each pledge's phrases in asks of known direction")
struct LedgerDirectionTests {
    static let less = [
        "over het afschaffen van {x}", "over {x} afschaffen", "over het beperken van {x}", "over geen {x}",
        "over het terugdringen van {x}", "over een verbod op {x}", "over het stoppen met {x}", "over minder {x}",
    ]
    static let more = [
        "over het uitbreiden van {x}", "over {x} uitbreiden", "over meer {x}", "over het versterken van {x}",
        "over extra middelen voor {x}", "over het behouden van {x}", "over {x} waarborgen", "over het invoeren van {x}",
    ]

    @Test("Each pledge's phrases read the way it wants them, but for two a hint decides")
    func directions() throws {
        let ledger = try LedgerLoader.load(workspace: Fixtures.root)
        var read = 0
        var against: [String] = []
        for pledge in ledger.pledges {
            guard let wants = pledge.hints.wants else { continue }
            let reader = StanceReader(pledge.hints)
            let other: LinkHints.Wants = wants == .more ? .less : .more
            let phrases =
                pledge.hints.phrases.prefix(3).map { ($0, wants) }
                + pledge.hints.counterPhrases.prefix(2).map { ($0, other) }
            for (phrase, wanted) in phrases {
                for (shapes, asked) in [(Self.less, LinkHints.Wants.less), (Self.more, .more)] {
                    for shape in shapes {
                        let title = "Motie van het lid X " + shape.replacingOccurrences(of: "{x}", with: phrase)
                        let stance = OperativeText(title: title, dictum: nil) { FoldedText($0) }.map(reader.read)?
                            .stance
                        read += 1
                        if stance != (asked == wanted ? .supports : .opposes) {
                            against.append("\(pledge.id): \(title) → \(stance?.rawValue ?? "nothing")")
                        }
                    }
                }
            }
        }
        #expect(read == 2320)
        // The anti-profiling pledge's hint "stoppen" (stopping profiling) reads for it wherever it stands, and ties
        // with stopping what it wants more of.
        #expect(
            against == [
                "etnisch-profileren-aanpakken: Motie van het lid X over het stoppen met toetsingskader risicoprofilering → mentions",
                "etnisch-profileren-aanpakken: Motie van het lid X over het stoppen met derde waarnemer → mentions",
            ])
    }
}
