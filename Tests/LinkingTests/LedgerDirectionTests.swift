import Ledger
import Linking
import TestSupport
import Testing
import Text

/// Every pledge that says what it wants of its phrases (`wants`) read in subject lines and dictums of known direction:
/// each of its first phrases (and counter phrases) after eight asks of less and eight of more, in each form. A pledge
/// whose phrases stand the wrong way round, or a hint that reads against what asks of a phrase, shows here, before any
/// motion does. The texts are constructed; most combinations would never be moved ("meer verbod op …").
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
    static let lessDictums = [
        "verzoekt de regering {x} af te schaffen,", "verzoekt de regering {x} te beperken,",
        "verzoekt de regering geen {x} toe te staan,", "verzoekt de regering {x} te verbieden,",
        "verzoekt de regering te stoppen met {x},", "verzoekt de regering af te zien van {x},",
        "verzoekt de regering {x} niet uit te breiden,", "verzoekt de regering {x} terug te dringen,",
    ]
    static let moreDictums = [
        "verzoekt de regering {x} uit te breiden,", "verzoekt de regering {x} te versterken,",
        "verzoekt de regering {x} te behouden,", "verzoekt de regering {x} niet af te schaffen,",
        "verzoekt de regering zich in te zetten voor {x},", "verzoekt de regering te investeren in {x},",
        "verzoekt de regering {x} mogelijk te maken,", "verzoekt de regering {x} niet te beperken,",
    ]

    @Test("Each pledge's phrases read the way it wants them, in subject lines and dictums")
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
            let forms: [([String], LinkHints.Wants, Bool)] = [
                (Self.less, .less, false), (Self.more, .more, false), (Self.lessDictums, .less, true),
                (Self.moreDictums, .more, true),
            ]
            for (phrase, wanted) in phrases {
                for (shapes, asked, isDictum) in forms {
                    for shape in shapes {
                        let words = shape.replacingOccurrences(of: "{x}", with: phrase)
                        let text =
                            isDictum
                            ? OperativeText(title: "Motie", dictum: words) { FoldedText($0) }
                            : OperativeText(title: "Motie van het lid X " + words, dictum: nil) { FoldedText($0) }
                        let stance = text.map(reader.read)?.stance
                        read += 1
                        if stance != (asked == wanted ? .supports : .opposes) {
                            against.append("\(pledge.id): \(words) → \(stance?.rawValue ?? "nothing")")
                        }
                    }
                }
            }
        }
        // 5,280 readings since 2026-12-06, when the KMar judgment and the EU asylum articles became counter phrases.
        #expect(read == 5280)
        #expect(against == [])
    }

    @Test("A phrase that is only a topic to learn or report on asks nothing, whatever hint it holds")
    func topics() throws {
        let ledger = try LedgerLoader.load(workspace: Fixtures.root)
        let shapes = [
            "over onderzoek naar {x}", "over de Kamer informeren over {x}", "over een brief over {x}",
            "over de gevolgen van {x}", "over een evaluatie van {x}", "over cijfers over {x}",
            "over de stand van zaken rond {x}", "over het in kaart brengen van {x}", "over een debat over {x}",
            "over een rapportage over {x}", "over inzicht in {x}",
        ]
        var read = 0
        var directed: [String] = []
        // Not a pledge to study a thing ("ambassade naar Jeruzalem onderzoeken"), which a study keeps.
        for pledge in ledger.pledges where pledge.hints.wants != nil && !pledge.hints.supports.contains("onderzoeken") {
            let reader = StanceReader(pledge.hints)
            for phrase in pledge.hints.phrases.prefix(3) + pledge.hints.counterPhrases.prefix(2) {
                for shape in shapes {
                    let title = "Motie van het lid X " + shape.replacingOccurrences(of: "{x}", with: phrase)
                    let stance = OperativeText(title: title, dictum: nil) { FoldedText($0) }.map(reader.read)?.stance
                    read += 1
                    if stance != .mentions {
                        directed.append("\(pledge.id): \(title) → \(stance?.rawValue ?? "nothing")")
                    }
                }
            }
        }
        #expect(read == 1782)
        #expect(directed == [])
    }
}
