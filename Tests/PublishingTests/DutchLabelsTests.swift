import Core
import Deeds
import Ledger
import Scoring
import Testing

@testable import Publishing

@Suite("Dutch labels: the words the reports are made of")
struct DutchLabelsTests {
    @Test("A pledge's effect on rights reads as a clause; the bare label stays for table columns")
    func effectOnRights() {
        // The scorecard's "(… de rechten)" and the feed's "(de belofte … de rechten)" need a verb: "gemengd de
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

    @Test("A party pledge's actor names its party by the slug: the letters of its name or the initials of its words")
    func partySlug() {
        // The ledger's actors: gemeente:utrecht:pvdd with the Partij voor de Dieren among seven parties (shown as
        // the first, BIJ1, before), gemeente:utrecht:pvda, gemeente:den-helder:behoorlijk-bestuur.
        #expect(Dutch.slugNames("Partij voor de Dieren", "pvdd"))
        #expect(!Dutch.slugNames("BIJ1", "pvdd"))
        #expect(Dutch.slugNames("PvdA", "pvda"))
        #expect(Dutch.slugNames("GroenLinks", "groenlinks"))
        #expect(Dutch.slugNames("Behoorlijk Bestuur", "behoorlijk-bestuur"))
        #expect(!Dutch.slugNames("PVV", "pvda"))
    }

    @Test("The parties' votes name the pledge, or on a theme the pledges, they made")
    func consistencyWording() {
        let records = [PartyConsistency(party: "D66", pledged: true), PartyConsistency(party: "VVD", pledged: true)]
        #expect(
            Dutch.consistency(records)
                == "Stemgedrag van de partijen die de belofte deden: geen gegevens voor D66, VVD.")
        #expect(
            Dutch.consistency(records, theme: true)
                == "Stemgedrag van de partijen die de beloften deden: geen gegevens voor D66, VVD.")
    }

    @Test(
        "A group's vote names its members who voted otherwise; a vote in line with one pledge and against another says so"
    )
    func dissentAndMixed() {
        let outcome = Deed.Outcome(
            result: .adopted, label: "Aangenomen", date: nil, method: "Met handopsteken",
            votes: [
                Deed.Vote(group: "VVD", choice: .voor, seats: 23),
                Deed.Vote(group: "VVD", choice: .tegen, member: "Ellian"),
                Deed.Vote(group: "PVV", choice: .tegen, seats: 37),
            ])
        #expect(
            Dutch.votes(outcome, parties: ["VVD", "PVV", "NSC"])
                == "VVD voor (23 zetels; Ellian tegen), PVV tegen (37 zetels), NSC niet bekend")
        var pvv = PartyConsistency(party: "PVV", pledged: true)
        pvv.judgements = ["kst-36786-4": .inLine, "kst-36787-4": .mixed]
        #expect(
            Dutch.consistency(pvv)
                == "PVV 1 van 2 stemmingen in lijn, 1 in lijn met de ene belofte en tegen een andere")
        var nsc = PartyConsistency(party: "NSC", pledged: true)
        (nsc.judgements, nsc.seats, nsc.mistakenDeeds) = (["kst-36786-4": .inLine], 20, ["kst-36786-4"])
        #expect(Dutch.consistency(nsc) == "NSC 1 van 1 stemming in lijn (20 zetels; 1 naar eigen zeggen vergist)")
    }

    @Test("An annual report says how many of the pledges it follows were made in the period, in number and agreement")
    func madeInPeriod() {
        #expect(AnnualReport.made(0, of: 5, in: "dit jaar") == "")
        #expect(AnnualReport.made(1, of: 1, in: "dit jaar") == ", die dit jaar is gedaan")
        #expect(AnnualReport.made(3, of: 3, in: "in deze periode") == ", die alle in deze periode zijn gedaan")
        #expect(AnnualReport.made(1, of: 5, in: "dit jaar") == ", waarvan er één dit jaar is gedaan")
        #expect(AnnualReport.made(2, of: 5, in: "dit jaar") == ", waarvan er 2 dit jaar zijn gedaan")
    }

    @Test("A quote within a quote takes single quotes, curly or straight, so the outer “ ” stay whole")
    func innerQuotes() {
        #expect(
            Dutch.innerQuotes("Nederland “volop en krachtig” vertegenwoordigd")
                == "Nederland ‘volop en krachtig’ vertegenwoordigd")
        #expect(
            Dutch.innerQuotes("scherper onderscheid tussen \"vreedzaam demonstreren\" en ordeverstoring")
                == "scherper onderscheid tussen ‘vreedzaam demonstreren’ en ordeverstoring")
        #expect(Dutch.innerQuotes("geen aanhalingstekens") == "geen aanhalingstekens")
    }

    @Test("A party is named with the article Dutch gives it, or without one")
    func partyArticles() {
        #expect(Dutch.withArticle("PvdA") == "de PvdA")
        #expect(Dutch.withArticle("CDA") == "het CDA")
        #expect(Dutch.withArticle("Partij voor de Dieren") == "de Partij voor de Dieren")
        #expect(Dutch.withArticle("GroenLinks") == "GroenLinks")
        #expect(Dutch.withArticle("D66") == "D66")
    }

    @Test(
        "A letter's opening lists up to three themes and counts more; a quoted title ending a sentence gets no second stop"
    )
    func themesAndStops() {
        #expect(Dutch.themes(["etnisch profileren", "eerlijk proces"]) == "etnisch profileren en eerlijk proces")
        #expect(
            Dutch.themes(["etnisch profileren", "asiel", "eerlijk proces", "humanitaire hulp en humanitair recht"])
                == "vier thema's, van etnisch profileren tot en met humanitaire hulp en humanitair recht,")
        #expect(
            Dutch.themes(["asiel en het VN-Vluchtelingenverdrag", "mensenrechtenstad en lokaal mensenrechtenbeleid"])
                == "twee thema's: asiel en het VN-Vluchtelingenverdrag; mensenrechtenstad en lokaal mensenrechtenbeleid,"
        )
        #expect(Dutch.withArticle("VVD") == "de VVD")
        #expect(Dutch.sentenceEnd(after: "definitief aangewezen als nieuwe locatie voor een azc.") == "")
        #expect(Dutch.sentenceEnd(after: "Motie van het lid Ergin over een expliciet verbod") == ".")
    }

    @Test("A bill's decision names its chamber by the step of the decision's day; any other deed's none")
    func chamber() throws {
        // DERIVED: the bill of the Kieswet dossier 36554 (on the BiZa list of 3 July 2025) with steps chosen for the test.
        let day = Day("2025-07-03")!
        let outcome = Deed.Outcome(result: .adopted, label: "Aangenomen", date: day, method: nil, votes: [])
        var bill = Deed(
            id: "wetsvoorstel:36554", kind: .bill, date: Day("2024-05-01"), title: "Epidemieafdeling Kieswet", text: "",
            outcome: outcome,
            stages: [
                Deed.Stage(step: .submitted, date: Day("2024-05-01"), document: "tk:zaak:2024Z08035"),
                Deed.Stage(step: .adoptedByTweedeKamer, date: day, document: "tk:zaak:2024Z08035"),
            ], source: Deed.Source(format: .syncfeed, document: "tweedekamer", hash: ""))
        #expect(Dutch.chamber(bill, deciding: outcome) == " door de Tweede Kamer")
        bill.stages.append(Deed.Stage(step: .adoptedByEersteKamer, date: day, document: "h-ek-afgeleid"))
        #expect(Dutch.chamber(bill, deciding: outcome) == " door de Eerste Kamer")
        bill.kind = .motion
        #expect(Dutch.chamber(bill, deciding: outcome) == "")
    }
}
