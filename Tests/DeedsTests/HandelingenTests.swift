import Core
import Deeds
import Foundation
import TestSupport
import Testing

@Suite("Deeds from the plenary record (Handelingen)")
struct HandelingenTests {
    static let item = "h-tk-20172018-61-10"

    @Test("An agenda item is a debate: its title, speakers, the motions and dossier it names; no date of its own")
    func agendaItem() throws {
        let read = try Fixtures.read(Fixtures.handelingen(Self.item))
        #expect(read.format == .officielePublicatie)
        #expect(read.key == "ob:h-tk-20172018-61-10")
        #expect(read.version == nil)
        #expect(read.deeds.count == 9)
        let debate = try #require(read.deeds.first)
        #expect(debate.id == "h-tk-20172018-61-10")
        #expect(debate.kind == .debate)
        #expect(debate.title == "Ondernemen en Bedrijfsfinanciering")
        // Only the meeting's first item gives the meeting's date; this is item 10.
        #expect(debate.date == nil)
        #expect(
            debate.actors == [
                Deed.Actor(role: .speaker, name: "Wörsdörfer", group: "VVD"),
                Deed.Actor(role: .speaker, name: "Paternotte", group: "D66"),
                Deed.Actor(role: .speaker, name: "Van der Lee", group: "GroenLinks"),
                Deed.Actor(role: .speaker, name: "Graus", group: "PVV"),
                Deed.Actor(role: .speaker, name: "Amhaouch", group: "CDA"),
                Deed.Actor(role: .government, name: "Staatssecretaris Keijzer"),
            ])
        #expect(
            debate.refs
                == Deed.References(
                    dossiers: ["31311"],
                    documents: [
                        "h-tk-20172018-61-10", "kst-31311-199", "kst-31311-200", "kst-31311-201", "kst-31311-202",
                        "kst-31311-203", "kst-31311-204",
                    ]))
        // What it is about, not the speeches (the motions and commitments are deeds of their own).
        #expect(debate.text == "Aan de orde is het VAO Ondernemen en Bedrijfsfinanciering (AO d.d. 22/02).")
        #expect(debate.source.url == "https://zoek.officielebekendmakingen.nl/h-tk-20172018-61-10.html")
        #expect(debate.source.hash == "78a43b25705b0352d08e75d1b44cedb96528cef285d7679d4f6da47702ddb784")
    }

    @Test("Every motion submitted in the debate, with its text, dictum and submitters with their group")
    func motions() throws {
        let motions = try Fixtures.read(Fixtures.handelingen(Self.item)).deeds.filter { $0.kind == .motion }
        #expect(motions.map(\.id) == (199...204).map { "kst-31311-\($0)" })
        let first = motions[0]
        #expect(first.title == "Motie van de leden Wörsdörfer c.s.")
        #expect(
            first.actors == [
                Deed.Actor(role: .submitter, name: "Wörsdörfer", group: "VVD"),
                Deed.Actor(role: .cosigner, name: "Bruins"),
                Deed.Actor(role: .cosigner, name: "Amhaouch", group: "CDA"),
            ])
        #expect(
            first.dictum
                == "verzoekt de regering in het voor de zomer beloofde mkb-actieplan in te gaan op hoe de werking van de mkb-financieringsmarkt verbeterd kan worden en genoemde criteria daarbij te betrekken,"
        )
        #expect(
            first.text.hasPrefix("De Kamer,\ngehoord de beraadslaging,\noverwegende dat het krijgen van financiering"))
        #expect(first.text.hasSuffix("en gaat over tot de orde van de dag."))
        #expect(first.refs == Deed.References(dossiers: ["31311"], documents: ["kst-31311-199"]))
        #expect(motions[3].title == "Motie van het lid Graus")
        #expect(motions[3].actors == [Deed.Actor(role: .submitter, name: "Graus", group: "PVV")])
        #expect(motions[2].actors.map(\.name) == ["Van der Lee", "Paternotte", "Moorlag", "Wörsdörfer", "Amhaouch"])
    }

    @Test("The state secretary's first-person commitments, with enough of what came before to say what was promised")
    func spokenCommitments() throws {
        let commitments = try Fixtures.read(Fixtures.handelingen(Self.item)).deeds.filter { $0.kind == .commitment }
        #expect(commitments.map(\.id) == ["h-tk-20172018-61-10:toezegging:1", "h-tk-20172018-61-10:toezegging:2"])
        #expect(
            commitments.map(\.text) == [
                "Ik wil de heer Wörsdörfer toezeggen dat ik op de inzichten uit dit onderzoek uitgebreider terugkom in het toegezegde plan van aanpak voor het midden- en kleinbedrijf.",
                "De CDA-fractie vroeg aan mij of ik wil bevorderen, binnen uiteraard de wettelijke mogelijkheden die er zijn, dat overheden rekeningen betalen binnen 30 dagen. Ja, voorzitter, dat wil ik. Ik wil daar ook zeker op terugkomen bij de Kamer.",
            ])
        #expect(
            commitments.allSatisfy { $0.actors == [Deed.Actor(role: .government, name: "Staatssecretaris Keijzer")] })
        #expect(commitments.allSatisfy { $0.refs == Deed.References(dossiers: ["31311"]) })
        // A member recalling a commitment ("De staatssecretaris zegde toe …") is not one.
        #expect(!commitments.contains { $0.text.contains("zegde toe") })
    }

    @Test("The meeting's first item gives the date from its text; the opening is an item of kind other")
    func opening() throws {
        let read = try Fixtures.read(Fixtures.handelingen("h-tk-20172018-50-1"))
        let opening = try #require(read.deeds.first)
        #expect(read.deeds.count == 1)
        #expect(opening.id == "h-tk-20172018-50-1")
        #expect(opening.kind == .other)
        #expect(opening.title == "Opening van de 50e vergadering")
        #expect(opening.date == Day("2018-02-08"))
        #expect(opening.text.hasPrefix("Voorzitter: Arib\nAanwezig zijn 142 leden der Kamer, te weten:\n"))
    }

    @Test("A motion's own Kamerstuk wins over the plenary record it was submitted in, in either order")
    func ownPublicationFirst() throws {
        let fromRecord = try #require(
            try Fixtures.read(Fixtures.handelingen(Self.item)).deeds.first { $0.id == "kst-31311-202" })
        // The same motion as its own publication would give it: the id's page, another title.
        var own = fromRecord
        own.title = "Motie van het lid Graus (own publication)"
        own.source.url = "https://zoek.officielebekendmakingen.nl/kst-31311-202.html"
        own.source.hash = "ffff"
        for observations in [[fromRecord, own], [own, fromRecord]] {
            let merged = try #require(Deed.merge(observations))
            #expect(merged.title == own.title)
            #expect(merged.source.url == own.source.url)
        }
    }
}
