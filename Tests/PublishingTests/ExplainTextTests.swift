import Core
import Deeds
import Foundation
import Ledger
import Publishing
import Scoring
import TestSupport
import Testing

@Suite("explain in the terminal: the deeds that count first")
struct ExplainTextTests {
    @Test("Counted deeds come first; of the others only the latest 20 are listed, with how many more")
    func countedFirst() throws {
        let ledger = try Fixtures.ledger()
        let pledge = try #require(ledger.pledge("hla-voorwaarden-aan-kunstmatige-intelligentie"))
        let rubric = try #require(ledger.rubric)
        let real = try #require(try Fixtures.read(Fixtures.kamerstuk("kst-30950-440")).deeds.first)
        var evidence = [
            Evidence(
                link: Link(
                    pledge: pledge.id, deed: real.id, confidence: 0.73, stance: .supports, method: .phrase,
                    explanation: "zinsneden"), deed: real)
        ]
        // GENERATED: 25 copies of the real motion, a day apart in 2024 after the pledge, linked below the evidence
        // line, as a pledge of the corpus has thousands of links that do not count.
        for number in 1...25 {
            var copy = real
            copy.id = "kst-30950-440-\(number)"
            copy.date = Day(year: 2024, month: 6, day: number)
            evidence.append(
                Evidence(
                    link: Link(
                        pledge: pledge.id, deed: copy.id, confidence: 0.3, stance: .mentions, method: .fulltext,
                        explanation: "volledige tekst"), deed: copy))
        }
        let score = Scorer(rubric: rubric, reviews: ledger.reviews).score(
            pledge, evidence: evidence, asOf: Day("2025-12-31")!)
        let lines = ExplainText(
            pledge: pledge, score: score, rubric: rubric,
            deeds: Dictionary(uniqueKeysWithValues: evidence.map { ($0.deed.id, $0.deed) }), width: 400
        ).render().split(separator: "\n").map(String.init)
        let header = try #require(lines.firstIndex { $0.hasPrefix("Gekoppelde daden tot en met") })
        #expect(lines[header] == "Gekoppelde daden tot en met 2025-12-31: 26, waarvan 1 meegeteld")
        let deeds = lines.dropFirst(header + 1).filter { $0.hasPrefix("  20") }
        #expect(deeds.count == 21)
        #expect(deeds.first?.hasPrefix("  2025-03-19 kst-30950-440 ") == true)
        #expect(deeds[1].hasPrefix("  2024-06-25 kst-30950-440-25 "))
        #expect(deeds.last?.hasPrefix("  2024-06-06 kst-30950-440-6 ") == true)
        #expect(
            lines.contains(
                "  … en 5 oudere niet meegetelde daden (tracker explain hla-voorwaarden-aan-kunstmatige-intelligentie --format json geeft ze alle)"
            ))
    }

    @Test("A stalled pledge names the latest deed that supports or opposes it, not a later one that only mentions it")
    func stalledNamesBearingDeed() throws {
        let ledger = try Fixtures.ledger()
        let pledge = try #require(ledger.pledge("hla-voorwaarden-aan-kunstmatige-intelligentie"))
        let rubric = try #require(ledger.rubric)
        let supporting = try #require(try Fixtures.read(Fixtures.kamerstuk("kst-30950-440")).deeds.first)  // 2025-03-19
        // DERIVED: the same motion as a later deed that only mentions the pledge.
        var mentioning = supporting
        (mentioning.id, mentioning.date) = ("kst-30950-440-later", Day("2025-09-11"))
        let evidence = [(supporting, Link.Stance.supports), (mentioning, .mentions)].map { deed, stance in
            Evidence(
                link: Link(
                    pledge: pledge.id, deed: deed.id, confidence: 0.73, stance: stance, method: .phrase,
                    explanation: "zinsneden"), deed: deed)
        }
        let score = Scorer(rubric: rubric, reviews: ledger.reviews).score(
            pledge, evidence: evidence, asOf: Day("2026-01-31")!)
        #expect(score.status == .stalled)
        let text = ExplainText(
            pledge: pledge, score: score, rubric: rubric,
            deeds: Dictionary(uniqueKeysWithValues: evidence.map { ($0.deed.id, $0.deed) }), width: 400
        ).render()
        #expect(
            text.contains(
                "de laatste meegetelde daad die de belofte steunt of ertegen werkt, is kst-30950-440 van 2025-03-19, meer dan 6 maanden geleden."
            ))
    }
}
