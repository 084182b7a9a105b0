import Core
import Deeds
import Foundation
import Ledger
import Publishing
import TestSupport
import Testing

@Suite("The review queue in Dutch: what the analyst reads before deciding")
struct ReviewTextTests {
    /// The real VLOS report of 10 July 2025: the vote on Kamerstuk 36786 nr. 4, group by group. The link is made
    /// up for the test: only how it is shown matters here.
    static func review() throws -> ReviewText {
        let document = try Fixtures.read(Fixtures.vlos("e2903f19"))
        let deed = try #require(document.deeds.first { $0.id == "kst-36786-4" })
        let pledge = try #require(try Fixtures.ledger().pledge("buitenlandbeleid-conform-igh-en-strafhof"))
        let link = Link(
            pledge: pledge.id, deed: deed.id, confidence: 0.62, stance: .opposes, method: .phrase,
            explanation: "zinsneden: 'Internationaal Strafhof' in de tekst")
        return ReviewText(link: link, pledge: pledge, deed: deed, pledgeEvidence: 1)
    }

    @Test("A decided deed shows its outcome and how each group voted")
    func votes() throws {
        let text = try Self.review().render(number: 7)
        let lines = text.split(separator: "\n").map(String.init)
        #expect(lines[0] == "7. buitenlandbeleid-conform-igh-en-strafhof ← kst-36786-4")
        #expect(
            lines[1]
                == "   zekerheid 0,62 · werkt tegen · gevonden via zinsnede · bewijs voor deze belofte: 1 koppeling")
        // What keeps the pledge, right under its words: what an analyst weighs before calling a deed decisive.
        #expect(
            lines[3].hasPrefix(
                "   gehouden als: Het kabinet voert uitspraken en adviezen van het Internationaal Gerechtshof (inclusief"
            ))
        #expect(lines.first { $0.hasPrefix("   uitkomst: ") } == "   uitkomst: aangenomen op 2025-07-10")
        #expect(lines.first { $0.hasPrefix("   kabinet: ") } == "   kabinet: —")
        // The report names the groups, not their seats, so no seat counts are shown.
        #expect(
            lines.first { $0.hasPrefix("   stemmen: ") }
                == "   stemmen: voor: GroenLinks-PvdA, Volt, D66, NSC, ChristenUnie, SGP, CDA, VVD, BBB, JA21, PVV; tegen: SP, PvdD, DENK, FVD"
        )
        #expect(lines.last == "   waarom: zinsneden: 'Internationaal Strafhof' in de tekst")
    }

    @Test("At a terminal's width each field breaks at spaces, its continuation under its value")
    func wrapped() throws {
        let review = try Self.review()
        let lines = review.render(number: 7, width: 80).split(separator: "\n").map(String.init)
        #expect(lines.allSatisfy { $0.count <= 80 })
        #expect(lines[0] == "7. buitenlandbeleid-conform-igh-en-strafhof ← kst-36786-4")
        #expect(
            Array(lines[1...4]) == [
                "   zekerheid 0,62 · werkt tegen · gevonden via zinsnede · bewijs voor deze",
                "   belofte: 1 koppeling",
                "   belofte: Nederland [zich] conformeert bij zijn buitenlandbeleid aan oordelen",
                "            van het Internationaal Gerechtshof en het Internationaal Strafhof",
            ])
        #expect(
            lines.suffix(3) == [
                "   stemmen: voor: GroenLinks-PvdA, Volt, D66, NSC, ChristenUnie, SGP, CDA, VVD,",
                "            BBB, JA21, PVV; tegen: SP, PvdD, DENK, FVD",
                "   waarom: zinsneden: 'Internationaal Strafhof' in de tekst",
            ])
        // Unwrapped, the same words in the same order.
        #expect(
            lines.joined(separator: " ").split(separator: " ")
                == review.render(number: 7).split(whereSeparator: \.isWhitespace))
    }

    @Test("A link that cannot count says why: a deed from before its pledge, or one without a day")
    func cannotCount() throws {
        var review = try Self.review()
        review.counts = false
        // The letter has no date of its own; its day is the day it was decided (Deed.day).
        #expect(
            review.render(number: 1).contains(
                "\n   telt niet mee: de daad is van 2025-07-10, vóór de belofte van 2026-01-30\n"))
        review.deed?.date = Day("2026-06-01")
        #expect(
            review.render(number: 1).contains(
                "\n   telt niet mee: de daad is van 2026-06-01, na het einde van de termijn van de belofte\n"))
        review.deed?.date = nil
        review.deed?.outcome = nil
        #expect(review.render(number: 1).contains("\n   telt niet mee: de daad heeft geen datum\n"))
        review.counts = true
        #expect(!review.render(number: 1).contains("telt niet mee"))
    }

    @Test("A bill through both chambers shows the latest vote and its chamber")
    func billAfterSenate() throws {
        let pledge = try #require(try Fixtures.ledger().pledge("hla-strengste-toelatingsregels-van-europa"))
        var bill = try Fixtures.billThroughBothChambers(
            house: Day("2025-07-03")!, senate: Day("2025-11-04")!, .rejected)
        bill.outcome?.votes = [Deed.Vote(group: "PVV", choice: .voor), Deed.Vote(group: "SP", choice: .tegen)]
        let link = Link(
            pledge: pledge.id, deed: bill.id, confidence: 0.8, stance: .supports, method: .phrase, explanation: "")
        let lines = ReviewText(link: link, pledge: pledge, deed: bill, pledgeEvidence: 1).render(number: 1)
            .split(separator: "\n").map(String.init)
        #expect(
            lines.first { $0.hasPrefix("   uitkomst: ") } == "   uitkomst: verworpen door de Eerste Kamer op 2025-11-04"
        )
        // The groups' votes on record are the Tweede Kamer's: said so under another chamber's outcome.
        #expect(
            lines.first { $0.hasPrefix("   stemmen") }
                == "   stemmen in de Tweede Kamer op 2025-07-03: voor: PVV; tegen: SP")
    }

    @Test("A bill the Eerste Kamer adopted unanimously says so, with no groups' votes to list")
    func unanimousSenate() throws {
        let pledge = try #require(try Fixtures.ledger().pledge("hla-strengste-toelatingsregels-van-europa"))
        let bill = try #require(
            try Fixtures.read(Fixtures.handelingen("h-ek-20172018-5-afgeleid")).deeds.first { $0.kind == .bill })
        let link = Link(
            pledge: pledge.id, deed: bill.id, confidence: 0.8, stance: .supports, method: .phrase, explanation: "")
        let lines = ReviewText(link: link, pledge: pledge, deed: bill, pledgeEvidence: 1).render(number: 1)
            .split(separator: "\n").map(String.init)
        #expect(
            lines.first { $0.hasPrefix("   uitkomst: ") }
                == "   uitkomst: aangenomen met algemene stemmen door de Eerste Kamer op 2017-10-31")
    }
}
