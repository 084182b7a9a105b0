import Core
import Deeds
import Foundation
import Ledger
import Scoring
import TestSupport
import Testing

@testable import Publishing

/// How the letters and the feed tell a bill's votes once the Eerste Kamer's are read.
@Suite("The Eerste Kamer's vote in letters and the feed")
struct EersteKamerWordingTests {
    static let house = Day("2025-07-03")!, senate = Day("2025-11-04")!

    /// The link of a deed to a pledge as the linker makes one: supports, 0,8.
    static func supporting(_ pledge: Pledge, _ deed: Deed) -> [Evidence] {
        [
            Evidence(
                link: Link(
                    pledge: pledge.id, deed: deed.id, confidence: 0.8, stance: .supports, method: .phrase,
                    explanation: ""),
                deed: deed)
        ]
    }

    /// A Markdown letter to the Tweede Kamer on the asylum theme.
    static func letter(_ ledger: Ledger, _ evidence: [Evidence], asOf: String, since: String) throws -> LetterContent {
        LetterBuilder(
            ledger: ledger, scorer: Scorer(rubric: try #require(ledger.rubric)), evidence: evidence,
            provenance: Provenance(
                asOf: Day(asOf)!, rubric: "1.1", rubricHash: "", ledgerHash: "", deedsHash: "", codeVersion: "",
                run: nil)
        ).letter(to: .tweedeKamer, themes: ["vluchtelingenverdrag"], since: Day(since)!, format: "md")
    }

    @Test(
        "A decision without seats says how it was taken where the record says more than a vote: unanimously, or a hamerstuk"
    )
    func decidedHow() throws {
        let said = { (record: String) -> String? in
            let bill = try Fixtures.read(Fixtures.handelingen(record)).deeds.first { $0.kind == .bill }
            return bill?.outcome.map { "\(Dutch.result($0))\(Dutch.chamber(bill!, deciding: $0))" }
        }
        #expect(try said("h-ek-20172018-5-afgeleid") == "aangenomen met algemene stemmen door de Eerste Kamer")
        #expect(try said("h-ek-20232024-24-afgeleid") == "aanvaard zonder stemming door de Eerste Kamer")
        // The Tweede Kamer's show of hands is the common way, and not said (tk-odata's StemmingsSoort).
        let shown = Deed.Outcome(result: .adopted, label: "Aangenomen", date: Self.house, method: "Met handopsteken")
        #expect(Dutch.result(shown) == "aangenomen")
    }

    @Test("Each step's outcome names its chamber; between the votes the bill stands as the Tweede Kamer left it")
    func outcomeWords() throws {
        let bill = try Fixtures.billThroughBothChambers(house: Self.house, senate: Self.senate, .rejected)
        let words = { (day: Day) -> String? in
            let stood = bill.asStood(on: day)
            return stood.outcome.map { "\(Dutch.result($0))\(Dutch.chamber(stood, deciding: $0))" }
        }
        #expect(words(Self.house) == "aangenomen door de Tweede Kamer")
        #expect(words(Self.senate) == "verworpen door de Eerste Kamer")
        #expect(words(Day("2025-07-02")!) == nil)
        // The groups' votes as the Eerste Kamer's record names them (h-ek-20112012-37-21).
        let votes = try #require(
            try Fixtures.read(Fixtures.handelingen("h-ek-20112012-37-21")).deeds.first { $0.kind == .bill }?.outcome)
        #expect(Dutch.votes(votes, parties: ["VVD", "PVV", "NSC"]) == "VVD voor, PVV tegen, NSC niet bekend")
    }

    @Test("The feed's items for the two votes say which chamber decided")
    func feed() throws {
        let ledger = try Fixtures.ledger()
        let pledge = try #require(ledger.pledge("hla-strengste-toelatingsregels-van-europa"))
        let bill = try Fixtures.billThroughBothChambers(house: Self.house, senate: Self.senate, .rejected)
        let evidence = Self.supporting(pledge, bill)
        let events = FeedEvents(
            ledger: ledger, scorer: Scorer(rubric: try #require(ledger.rubric)), evidence: evidence, runs: []
        ).events(asOf: Day("2025-12-31")!)
        let feed = FeedView(
            events: events, ledger: ledger, theme: nil, since: nil,
            provenance: Provenance(
                asOf: Day("2025-12-31")!, rubric: "1.0", rubricHash: "", ledgerHash: "", deedsHash: "",
                codeVersion: "", run: nil))
        let outcomes = feed.items.map { item in
            item.contentText.split(separator: "\n").first.flatMap { $0.firstMatch(of: /Uitkomst: [^.]+\./) }.map {
                String($0.0)
            }
        }
        #expect(
            outcomes == ["Uitkomst: verworpen door de Eerste Kamer.", "Uitkomst: aangenomen door de Tweede Kamer."])
    }

    @Test("A bill that became law says so after its votes in a letter")
    func lawAfterVotes() throws {
        let ledger = try Fixtures.ledger()
        let pledge = try #require(ledger.pledge("hla-strengste-toelatingsregels-van-europa"))
        var bill = try Fixtures.billThroughBothChambers(house: Self.house, senate: Self.senate, .adopted)
        // DERIVED: the law in the Staatsblad a month after the Eerste Kamer's vote (no law deed of its own here).
        bill.stages.append(Deed.Stage(step: .staatsblad, date: Day("2025-12-04")!, document: "stb-2025-500"))
        let evidence = Self.supporting(pledge, bill)
        let letter = try Self.letter(ledger, evidence, asOf: "2025-12-31", since: "2025-12-01")
        let lines = letter.themes.flatMap(\.deeds).map(\.facts)
        // The Staatsblad step counts from its day; the line tells the votes and then the law.
        #expect(
            lines == [
                "Uitkomst: aangenomen door de Eerste Kamer op 4 november 2025. Tot wet geworden: Staatsblad 2025, 500."
            ])
    }

    @Test("A letter tells each chamber's vote on a bill on its own line, the pledge once in each")
    func bothVotesInALetter() throws {
        let ledger = try Fixtures.ledger()
        let pledge = try #require(ledger.pledge("hla-strengste-toelatingsregels-van-europa"))
        let bill = try Fixtures.billThroughBothChambers(house: Self.house, senate: Self.senate, .rejected)
        let evidence = Self.supporting(pledge, bill)
        let letter = try Self.letter(ledger, evidence, asOf: "2025-12-31", since: "2025-07-01")
        let items = letter.themes.flatMap(\.deeds)
        #expect(
            items.map { "\($0.date): \($0.facts)" } == [
                "3 juli 2025: Uitkomst: aangenomen door de Tweede Kamer op 3 juli 2025.",
                "4 november 2025: Uitkomst: verworpen door de Eerste Kamer op 4 november 2025.",
            ])
        #expect(items.allSatisfy { $0.bearing.components(separatedBy: "Nederland moet structureel").count == 2 })
        #expect(letter.unreviewedLinks == 1)
    }

    @Test("A theme whose pledges were all made after the day says so, with no figures")
    func themeOfLaterPledges() throws {
        let ledger = try Fixtures.ledger()
        let pledge = try #require(ledger.pledge("etnisch-profileren-aanpakken"))  // of 30 January 2026
        let score = Scorer(rubric: try #require(ledger.rubric)).score(pledge, evidence: [], asOf: Day("2025-07-10")!)
        let theme = try #require(
            ThemeScore.summaries(ledger, scores: [score], alerts: [:]).first { $0.theme == "etnisch-profileren" })
        #expect(
            Dutch.themeSummary(theme)
                == "nog geen belofte gedaan op deze dag; 1 belofte later gedaan, hier niet meegeteld.")
    }

    @Test("A letter after a pledge's term leaves the term's pledges out, with their end state, and holds the next")
    func afterTheTerm() throws {
        // The shipped ledger, whose rubric ends the term of the cabinet-Schoof on 23 February 2026. Its bill carried
        // on after the term does not keep the pledge; the letter is about the cabinet-Jetten's pledges.
        let ledger = try LedgerLoader.load(workspace: Fixtures.root)
        let pledge = try #require(ledger.pledge("rp-tweestatusstelsel-invoeren"))
        let bill = try Fixtures.billThroughBothChambers(house: Self.house, senate: Day("2026-03-10")!, .adopted)
        let letter = try Self.letter(ledger, Self.supporting(pledge, bill), asOf: "2026-12-03", since: "2026-03-01")
        let schoof = ledger.pledges.filter { $0.parties == ["PVV", "VVD", "NSC", "BBB"] }
        let asylum = schoof.filter { $0.themes.contains("vluchtelingenverdrag") }
        #expect(
            letter.endedTerms.map(\.text) == [
                "De \(asylum.count) beloften van PVV, VVD, NSC en BBB over dit thema laten wij hier buiten beschouwing: de termijn van hun kabinet eindigde op 23 februari 2026. Hun stand nu: \(asylum.count) gebroken."
            ])
        #expect(letter.endedTerms.map(\.note) == [1])
        #expect(asylum.count == 10)
        #expect(letter.themes.flatMap(\.promises).allSatisfy { $0.who.hasPrefix("De coalitie van D66, VVD en CDA") })
        #expect(letter.themes.map(\.quiet) == ["Bij deze beloften zijn sinds 1 maart 2026 geen daden bekend."])
        // Written on the term's last day, the letter holds that cabinet to the pledge, and reports no deed of March.
        let during = try Self.letter(
            ledger, Self.supporting(pledge, bill), asOf: "2026-02-22", since: "2026-01-01")
        #expect(during.endedTerms.isEmpty)
        #expect(during.themes.flatMap(\.deeds).isEmpty)
        #expect(during.themes.flatMap(\.promises).contains { $0.text.contains("tweestatusstelsel") })
    }
}
