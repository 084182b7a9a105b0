import Core
import Foundation
import TestSupport
import Testing

@testable import Deeds

/// The Eerste Kamer's decisions on bills in its plenary record. The fixtures are derived from real records
/// (Tests/Fixtures/SOURCES.md says how): the structure of the Tweede Kamer's XML, the Eerste Kamer's sentences as
/// published.
@Suite("The Eerste Kamer's decisions on bills (Handelingen h-ek)")
struct EersteKamerDecisionTests {
    @Test("A vote by groups decides the bill the item names: its step, outcome and each group's vote; the debate stays")
    func voteByGroups() throws {
        let read = try Fixtures.read(Fixtures.handelingen("h-ek-20112012-37-21"))
        #expect(read.deeds.map(\.id) == ["h-ek-20112012-37-21", "wetsvoorstel:33212"])
        let debate = read.deeds[0]
        #expect((debate.kind, debate.title, debate.date) == (.debate, "Stemmingen", nil))
        #expect(debate.refs == Deed.References(documents: ["h-ek-20112012-37-21"]))
        let bill = read.deeds[1]
        #expect(bill.kind == .bill)
        #expect(bill.date == nil)
        #expect(
            bill.title
                == "Wet kinderopvang en kwaliteitseisen peuterspeelzalen in verband met het aanbrengen van grondslagen die hervorming van en bezuiniging op de kinderopvangtoeslag mogelijk maken en in verband met het incorporeren van de tegemoetkoming in de kosten van kinderopvang van de gemeente en het Uitvoeringsinstituut werknemersverzekeringen in de kinderopvangtoeslag"
        )
        #expect(bill.text == "")
        #expect(bill.refs == Deed.References(dossiers: ["33212"], documents: ["h-ek-20112012-37-21"]))
        // Item 21 of the meeting carries no date: only a meeting's first item gives it (the external-metadata case).
        #expect(bill.stages == [Deed.Stage(step: .adoptedByEersteKamer, date: nil, document: "h-ek-20112012-37-21")])
        let voor = ["VVD", "CDA", "ChristenUnie", "SGP", "GroenLinks", "D66"].map {
            Deed.Vote(group: $0, choice: .voor)
        }
        let tegen = ["PVV", "PvdA", "SP", "OSF", "50PLUS"].map { Deed.Vote(group: $0, choice: .tegen) }
        #expect(
            bill.outcome
                == Deed.Outcome(result: .adopted, label: "Aangenomen", date: nil, method: nil, votes: voor + tegen))
        #expect(bill.source.url == "https://zoek.officielebekendmakingen.nl/h-ek-20112012-37-21.html")
        #expect(bill.source.hash == read.hash)
    }

    @Test("A unanimous vote, dated the meeting's day the record gives")
    func unanimous() throws {
        let read = try Fixtures.read(Fixtures.handelingen("h-ek-20172018-5-afgeleid"))
        #expect(read.deeds.map(\.id) == ["h-ek-20172018-5-afgeleid", "wetsvoorstel:34702"])
        let day = Day("2017-10-31")
        #expect(read.deeds[0].date == day)
        let bill = read.deeds[1]
        #expect(
            bill.title
                == "Verandering in de Grondwet, strekkende tot het opnemen van een constitutionele basis voor Caribische openbare lichamen en het regelen van een kiescollege voor de Eerste Kamer"
        )
        #expect(
            bill.stages == [Deed.Stage(step: .adoptedByEersteKamer, date: day, document: "h-ek-20172018-5-afgeleid")])
        #expect(
            bill.outcome
                == Deed.Outcome(result: .adopted, label: "Aangenomen", date: day, method: "Met algemene stemmen"))
        #expect(bill.stage == .adoptedByEersteKamer)
    }

    @Test("A hamerstuk is adopted without a vote")
    func hamerstuk() throws {
        let read = try Fixtures.read(Fixtures.handelingen("h-ek-20232024-24-afgeleid"))
        #expect(read.deeds.map(\.id) == ["h-ek-20232024-24-afgeleid", "wetsvoorstel:36150"])
        let bill = read.deeds[1]
        let day = Day("2024-03-19")
        #expect(
            bill.title
                == "Wijziging van de Kieswet, houdende vaststelling van regels over de programmatuur die bij verkiezingen wordt gebruikt ten behoeve van de vaststelling van de verkiezingsuitslag (Wet programmatuur verkiezingsuitslagen)"
        )
        #expect(
            bill.stages == [Deed.Stage(step: .adoptedByEersteKamer, date: day, document: "h-ek-20232024-24-afgeleid")])
        #expect(
            bill.outcome == Deed.Outcome(result: .adopted, label: "Aanvaard", date: day, method: "Zonder stemming"))
    }

    @Test("Motion votes, a paper with a letter and 'met algemene stemmen' on a motion decide no bill")
    func motions() throws {
        let read = try Fixtures.read(Fixtures.handelingen("h-ek-20092010-36-1591"))
        #expect(read.deeds.map(\.id) == ["h-ek-20092010-36-1591"])
        #expect(read.deeds[0].kind == .debate)
    }

    @Test("The Tweede Kamer's plenary record is not read for decisions: its votes come from the VLOS reports")
    func tweedeKamerRecord() throws {
        let url = Fixtures.handelingen("h-ek-20112012-37-21")
        let data = Data(
            String(decoding: Fixtures.data(url), as: UTF8.self).replacingOccurrences(of: "h-ek-", with: "h-tk-").utf8)
        let read = try DocumentReader.read(data, name: "h-tk-20112012-37-21.xml")
        #expect(read.deeds.map(\.id) == ["h-tk-20112012-37-21"])
    }

    @Test("The other wordings of a vote by groups, as the Eerste Kamer's records give them")
    func wordings() {
        // https://www.staten-generaal.nl/9370000/1/j9vvkfvj6b325az/vjvufkj212zk (18 November 2014, 33846).
        let library = EersteKamerDecisions.decision(
            "Ik constateer dat de aanwezige leden van de fracties van de PVV, de VVD, de PvdA, het CDA, de ChristenUnie, de SGP, GroenLinks, de SP, D66, 50PLUS en de OSF voor dit wetsvoorstel hebben gestemd en het aanwezige lid van de fractie van de PvdD ertegen, zodat het is aangenomen."
        )
        #expect(library?.result == .adopted)
        #expect(library?.votes.filter { $0.choice == .voor }.count == 11)
        #expect(library?.votes.last == Deed.Vote(group: "PvdD", choice: .tegen))
        // https://zoek.officielebekendmakingen.nl/h-ek-20152016-22-6.html (33862).
        let supervision =
            "Ik constateer dat de leden van de fracties van D66, de SP, de OSF, 50PLUS, de PvdD, GroenLinks, het CDA, de PvdA, de VVD, de ChristenUnie en de SGP voor dit wetsvoorstel hebben gestemd en de leden van de fractie van de PVV ertegen, zodat het is aangenomen."
        let adopted = EersteKamerDecisions.decision(supervision)
        #expect(
            adopted?.votes.map(\.group) == [
                "D66", "SP", "OSF", "50PLUS", "PvdD", "GroenLinks", "CDA", "PvdA", "VVD", "ChristenUnie", "SGP", "PVV",
            ])
        #expect(adopted?.votes.last?.choice == .tegen)
        // DERIVED: the same sentence with the other outcome (no rejected bill of the Eerste Kamer was found stored).
        let rejected = EersteKamerDecisions.decision(
            supervision.replacingOccurrences(of: "zodat het is aangenomen", with: "zodat het is verworpen"))
        #expect((rejected?.result, rejected?.label, rejected?.votes.count) == (.rejected, "Verworpen", 12))
        // A side that names no group of its own gives no votes; the outcome stands.
        #expect(EersteKamerDecisions.groups("die van de overige fracties") == nil)
        // Motions (https://www.staten-generaal.nl/9370000/1/j9vvkfvj6b325az/vkx4pkm9g6xr) and any other conclusion.
        #expect(
            EersteKamerDecisions.decision(
                "Ik constateer dat de leden van de fracties van GroenLinks, de PvdD en de SP voor deze motie hebben gestemd en de leden van de fracties van de SGP, de ChristenUnie, de VVD, de PvdA, het CDA, 50PLUS, de OSF, D66 en de PVV ertegen, zodat zij is verworpen."
            ) == nil)
        #expect(
            EersteKamerDecisions.decision("Ik constateer dat deze motie met algemene stemmen is aangenomen.") == nil)
        #expect(EersteKamerDecisions.decision("Daartoe wordt besloten.") == nil)
    }

    @Test("A bill is named with its dossier number alone in parentheses; a paper with a letter names none")
    func naming() {
        #expect(
            EersteKamerDecisions.bills(
                in:
                    "de brief van de minister van Volksgezondheid, Welzijn en Sport van 6 mei 2010 over de behandeling van het wetsvoorstel Wijziging van de Wet gebruik burgerservicenummer in de zorg in verband met de elektronische informatie-uitwisseling in de zorg (31466, letter H)"
            ).isEmpty)
        // https://zoek.officielebekendmakingen.nl/h-ek-20112012-38-4.html: budget bills, numbered with their chapter.
        #expect(
            EersteKamerDecisions.bills(
                in: "- het wetsvoorstel Jaarverslag en slotwet Staten-Generaal 2011 ( 33240-IIA );")
                == [.init(dossier: "33240-IIA", title: "Jaarverslag en slotwet Staten-Generaal 2011")])
        // https://zoek.officielebekendmakingen.nl/h-ek-20152016-22-6.html: a member's bill.
        let members = EersteKamerDecisions.bills(
            in:
                "Aan de orde is de stemming in verband met het Voorstel van wet van de leden Bisschop, Van Meenen en Rog tot wijziging van de Wet op het primair onderwijs, de Wet primair onderwijs BES, de Wet op de expertisecentra, de Wet op het voortgezet onderwijs, de Wet voortgezet onderwijs BES en de Wet op het onderwijstoezicht in verband met een doeltreffender regeling van het onderwijstoezicht (33862)."
        )
        #expect(members.map(\.dossier) == ["33862"])
        #expect(members.first?.title.hasPrefix("Voorstel van wet van de leden Bisschop, Van Meenen en Rog tot") == true)
    }

    @Test("A decision is tied to the one bill named before it; after a list of several bills it decides none")
    func tying() {
        // Sentences of the real records above, put together to show the rule.
        let source = Deed.Source(format: .officielePublicatie, document: "test", hash: "")
        let decisions = EersteKamerDecisions(item: "h-ek-test", date: Day("2024-03-19"), source: source)
        let hamer = "Dit wetsvoorstel wordt zonder beraadslaging en zonder stemming aanvaard."
        let list = [
            "Aan de orde is de behandeling van:",
            "- het wetsvoorstel Jaarverslag en slotwet van de Koning 2011 ( 33240-I );",
            "- het wetsvoorstel Jaarverslag en slotwet Staten-Generaal 2011 ( 33240-IIA );",
        ]
        #expect(decisions.deeds(list + [hamer]).isEmpty)
        let one = [
            "Aan de orde is de behandeling van:",
            "het wetsvoorstel Wijziging van de Kieswet, houdende vaststelling van regels over de programmatuur die bij verkiezingen wordt gebruikt ten behoeve van de vaststelling van de verkiezingsuitslag (Wet programmatuur verkiezingsuitslagen) (36150).",
            hamer,
            "Aan de orde is de stemming in verband met het wetsvoorstel Verandering in de Grondwet, strekkende tot het opnemen van een constitutionele basis voor Caribische openbare lichamen en het regelen van een kiescollege voor de Eerste Kamer (34702).",
            "In stemming komt het wetsvoorstel.",
            "Ik constateer dat dit wetsvoorstel met algemene stemmen is aangenomen.",
        ]
        #expect(decisions.deeds(one).map(\.id) == ["wetsvoorstel:36150", "wetsvoorstel:34702"])
        // A decision without a bill named before it decides nothing.
        #expect(decisions.deeds([hamer]).isEmpty)
    }

    @Test("The Eerste Kamer's step joins the Tweede Kamer's in one bill deed, whatever the order")
    func merge() throws {
        let senate = try #require(
            try Fixtures.read(Fixtures.handelingen("h-ek-20172018-5-afgeleid")).deeds.first { $0.kind == .bill })
        // DERIVED: the bill as a VLOS report of the Tweede Kamer's vote gives it (`BillReference.deed`).
        let house = Deed(
            id: "wetsvoorstel:34702", kind: .bill, date: nil, title: "Caribische openbare lichamen en kiescollege",
            text: "Verandering in de Grondwet …",
            refs: Deed.References(dossiers: ["34702"]),
            outcome: Deed.Outcome(
                result: .adopted, label: "Aangenomen", date: Day("2017-09-12"), method: "Fractie",
                votes: [Deed.Vote(group: "PVV", choice: .voor), Deed.Vote(group: "DENK", choice: .tegen)]),
            stages: [
                Deed.Stage(step: .submitted, date: nil, document: "vlos:afgeleid"),
                Deed.Stage(step: .adoptedByTweedeKamer, date: Day("2017-09-12"), document: "vlos:afgeleid"),
            ],
            source: Deed.Source(format: .vlos, document: "vlos-afgeleid.xml", hash: "0000"))
        for observations in [[house, senate], [senate, house]] {
            let bill = try #require(Deed.merge(observations))
            #expect(bill.stages.map(\.step) == [.submitted, .adoptedByTweedeKamer, .adoptedByEersteKamer])
            #expect(bill.stage == .adoptedByEersteKamer)
            // The outcome on record is the Tweede Kamer's, with its votes (whose groups the pledges' parties are held
            // to); the Eerste Kamer's decision is the later step, and the outcome as the bill stood from its day.
            #expect(bill.outcome == house.outcome)
            #expect(bill.outcome?.votes.map(\.group) == ["PVV", "DENK"])
            #expect(bill.refs.documents == ["h-ek-20172018-5-afgeleid"])
            #expect(bill.asStood(on: Day("2017-10-30")!).outcome == house.outcome)
            #expect(
                bill.asStood(on: Day("2017-10-31")!).outcome
                    == Deed.Outcome(result: .adopted, label: "Aangenomen", date: Day("2017-10-31")))
            #expect(bill.asStood(on: Day("2017-09-11")!).outcome == nil)
            #expect(bill.standing.outcome?.date == Day("2017-10-31"))
        }
        // With only the Eerste Kamer's decision on record it is the outcome, without the senators' groups, which
        // are not the Tweede Kamer's parties the pledges' words are held to.
        let groups = try #require(
            try Fixtures.read(Fixtures.handelingen("h-ek-20112012-37-21")).deeds.first { $0.kind == .bill })
        #expect(groups.outcome?.votes.isEmpty == false)
        let alone = try #require(Deed.merge([groups]))
        #expect((alone.outcome?.result, alone.outcome?.votes.count) == (.adopted, 0))
    }
}
