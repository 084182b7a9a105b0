import Core
import Deeds
import Foundation
import TestSupport
import Testing

@Suite("Deeds from the Staatsblad, and bills on their way to law")
struct StaatsbladTests {
    @Test("A Staatsblad publication: the act it makes, its kind, the day it was issued, who signed it")
    func decree() throws {
        let read = try Fixtures.read(Fixtures.staatsblad("stb-2018-84"))
        #expect(read.key == "ob:stb-2018-84")
        #expect(read.deeds.count == 1)
        let act = try #require(read.deeds.first)
        #expect(act.id == "stb-2018-84")
        #expect(act.kind == .decree)
        #expect(
            act.title
                == "Besluit van 9 maart 2018, houdende vaststelling van de bestanddelen van de beeldenaar van de munten van vijf en tien euro die worden uitgegeven ter viering van Leeuwarden-Fryslân als culturele hoofdstad van Europa"
        )
        #expect(act.date == Day("2018-03-27"))
        #expect(act.actors == [Deed.Actor(role: .government, name: "Staatssecretaris van Financiën M. Snel")])
        #expect(act.refs == Deed.References(documents: ["stb-2018-84"]))
        #expect(act.stages.isEmpty)
        #expect(act.text.hasPrefix("Op de voordracht van de Staatssecretaris van Financiën van 6 maart 2018"))
        #expect(act.text.contains("\nDit besluit treedt in werking met ingang van 29 maart 2018."))
        #expect(act.source.url == "https://zoek.officielebekendmakingen.nl/stb-2018-84.html")
    }

    @Test("A bill on a committee's list is the deed wetsvoorstel:<dossier>, submitted")
    func billsOnTheList() throws {
        let read = try Fixtures.read(Fixtures.vlos("be33e3cf"))
        let bills = read.deeds.filter { $0.kind == .bill }
        #expect(bills.count == 12)
        let bill = try #require(bills.first { $0.id == "wetsvoorstel:36554" })
        #expect(
            bill.title
                == "Wijziging van de Kieswet in verband met het stellen van regels ten behoeve van het houden van een verkiezing ten tijde van een epidemie en enkele andere zaken (Epidemieafdeling Kieswet)"
        )
        #expect(bill.refs == Deed.References(dossiers: ["36554"], zaken: ["2024Z08035"]))
        #expect(
            bill.stages == [
                Deed.Stage(step: .submitted, date: nil, document: "vlos:1510ed6b-f05e-4463-b9b2-862e61f4a9c2")
            ])
        #expect(bill.stage == .submitted)
        #expect(bills.map(\.id).contains("wetsvoorstel:36740-VII"))
    }

    /// The real Staatsblad publication made into a law that names its bill's dossier. No Staatsblad law in XML
    /// was found in public sources; this derivation (two edits, nothing else) shows the path a law takes.
    static func derivedLaw(dossier: String) throws -> ReadDocument {
        var text = String(decoding: Fixtures.data(Fixtures.staatsblad("stb-2018-84")), as: UTF8.self)
        text = text.replacingOccurrences(
            of: "<intitule>Besluit van 9 maart 2018", with: "<intitule>Wet van 9 maart 2018")
        text = text.replacingOccurrences(
            of: "<metadata>",
            with: "<metadata>\n    <meta name=\"OVERHEIDop.dossiernummer\" scheme=\"\" content=\"\(dossier)\" />")
        return try DocumentReader.read(Data(text.utf8), name: "stb-2018-84-derived.xml")
    }

    @Test("A law names its bill: the bill's deed, merged from the committee's list and the Staatsblad, shows it is law")
    func billBecomesLaw() throws {
        let law = try Self.derivedLaw(dossier: "36554")
        #expect(law.deeds.map(\.id) == ["stb-2018-84", "wetsvoorstel:36554"])
        #expect(law.deeds[0].kind == .law)
        #expect(law.deeds[0].refs == Deed.References(dossiers: ["36554"], documents: ["stb-2018-84"]))
        let listed = try #require(
            try Fixtures.read(Fixtures.vlos("be33e3cf")).deeds.first { $0.id == "wetsvoorstel:36554" })
        for observations in [[listed, law.deeds[1]], [law.deeds[1], listed]] {
            let bill = try #require(Deed.merge(observations))
            #expect(bill.kind == .bill)
            #expect(bill.stage == .staatsblad)
            #expect(
                bill.stages == [
                    Deed.Stage(step: .submitted, date: nil, document: "vlos:1510ed6b-f05e-4463-b9b2-862e61f4a9c2"),
                    Deed.Stage(step: .staatsblad, date: Day("2018-03-27"), document: "stb-2018-84"),
                ])
            #expect(
                bill.refs == Deed.References(dossiers: ["36554"], documents: ["stb-2018-84"], zaken: ["2024Z08035"]))
        }
    }

    @Test("A decree makes no bill: only a law names one")
    func decreeMakesNoBill() throws {
        #expect(try Fixtures.read(Fixtures.staatsblad("stb-2018-84")).deeds.allSatisfy { $0.kind != .bill })
    }
}
