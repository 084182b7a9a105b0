import Core
import Deeds
import Foundation
import TestSupport
import Testing

@Suite("Debates and the commitments made in them, from VLOS reports")
struct VLOSDebateTests {
    @Test("A committee debate: its day, committee, subject, agenda, speakers and the minister")
    func committeeDebate() throws {
        let read = try Fixtures.read(Fixtures.vlos("d972288f"))
        #expect(read.deeds.count == 7)
        let debate = try #require(read.deeds.first)
        #expect(debate.id == "tk:activiteit:2025A04940")
        #expect(debate.kind == .debate)
        #expect(debate.title == "Commissiedebat Slachtofferbeleid")
        #expect(debate.date == Day("2025-07-02"))
        #expect(
            debate.actors == [
                Deed.Actor(role: .committee, name: "vaste commissie voor Justitie en Veiligheid"),
                Deed.Actor(role: .speaker, name: "Mutluer", group: "GroenLinks-PvdA"),
                Deed.Actor(role: .speaker, name: "Eerdmans", group: "JA21"),
                Deed.Actor(role: .speaker, name: "Verkuijlen", group: "VVD"),
                Deed.Actor(role: .speaker, name: "Koops", group: "NSC"),
                Deed.Actor(role: .speaker, name: "Crijns", group: "PVV"),
                Deed.Actor(role: .speaker, name: "Van Nispen", group: "SP"),
                Deed.Actor(role: .government, name: "staatssecretaris Rechtsbescherming Struycken"),
            ])
        #expect(
            debate.refs
                == Deed.References(
                    dossiers: ["29279", "33552", "34257"],
                    documents: ["kst-29279-927", "kst-33552-135", "kst-33552-136", "kst-34257-13"],
                    activities: ["2025A04940"]))
        // Its agenda, not the transcript.
        #expect(
            debate.text.hasPrefix(
                "Aan de orde is de behandeling van:\nde brief van de staatssecretaris Rechtsbescherming d.d. 16 december 2024 inzake evaluatie Wet vergoeding affectieschade (34257, nr. 13);"
            ))
        #expect(debate.text.split(separator: "\n").count == 5)
    }

    @Test("The commitments the chair reads out at the end, each with the minister it names and the debate's day")
    func readOutCommitments() throws {
        let commitments = try Fixtures.read(Fixtures.vlos("d972288f")).deeds.filter { $0.kind == .commitment }
        #expect(commitments.map(\.id) == (1...6).map { "tk:activiteit:2025A04940:toezegging:\($0)" })
        let first = commitments[0]
        #expect(
            first.text
                == "De staatssecretaris Rechtsbescherming zegt de Kamer toe de Kamer voor het kerstreces van 2025 te informeren over de uitbreiding van inzage in rapportages van het Pieter Baan Centrum voor slachtoffers."
        )
        #expect(first.title == String(first.text.prefix(159)) + "…")
        #expect(first.date == Day("2025-07-02"))
        #expect(
            commitments[5].text
                == "De staatssecretaris zegt de Kamer toe bij de minister van Justitie en Veiligheid de vraag onder de aandacht te brengen of de pilot inzake langdurige nazorg bij verkeersslachtoffers uitgebreid kan worden naar slachtoffers van mensenhandel."
        )
        #expect(
            commitments.allSatisfy {
                $0.actors == [Deed.Actor(role: .government, name: "staatssecretaris Rechtsbescherming Struycken")]
                    && $0.refs
                        == Deed.References(dossiers: ["29279", "33552", "34257"], activities: ["2025A04940"])
                    && $0.status == nil
            })
        // The read-out list stands for the commitments made during the debate: those are not added again.
        #expect(!commitments.contains { $0.text.hasPrefix("Ja, ik zeg toe") })
    }

    @Test("A debate two committees held, with its one commitment")
    func twoCommittees() throws {
        let read = try Fixtures.read(Fixtures.vlos("29d8cf68"))
        #expect(read.deeds.map(\.id) == ["tk:activiteit:2025A04496", "tk:activiteit:2025A04496:toezegging:1"])
        #expect(read.deeds[0].title == "Commissiedebat MIVD")
        #expect(
            read.deeds[0].actors.filter { $0.role != .speaker } == [
                Deed.Actor(role: .committee, name: "vaste commissie voor Defensie"),
                Deed.Actor(role: .committee, name: "vaste commissie voor Binnenlandse Zaken"),
                Deed.Actor(role: .government, name: "minister van Defensie Brekelmans"),
            ])
        let commitment = read.deeds[1]
        #expect(
            commitment.text
                == "De minister zegt toe bij het Nationaal Cyber Security Centrum aan te zullen kaarten op welke wijze meer vervolg kan worden gegeven aan aanbevelingen in openbaar gemaakte rapporten inzake cyberaanvallen van buitenaf, en zal de Kamer hierover tijdig, voor behandeling van de Defensiebegroting 2026, schriftelijk informeren. Dat is een toezegging aan de heer Olger van Dijk."
        )
        #expect(commitment.actors == [Deed.Actor(role: .government, name: "minister van Defensie Brekelmans")])
    }

    @Test("Fifteen commitments read out one by one, by a minister, a state secretary, or unnamed")
    func manyCommitments() throws {
        let read = try Fixtures.read(Fixtures.testVLOS("8f376d4c"))
        #expect(read.deeds.count == 16)
        #expect(read.deeds[0].title == "Commissiedebat Meerjarenprogramma Infrastructuur, Ruimte en Transport (MIRT)")
        let commitments = read.deeds.dropFirst()
        let speakers = Dictionary(grouping: commitments, by: { $0.actors.first?.name ?? "" }).mapValues(\.count)
        #expect(
            speakers == [
                "minister van Infrastructuur en Waterstaat Tieman": 6,
                "staatssecretaris Openbaar Vervoer en Milieu Aartsen": 4, "": 5,
            ])
        // "door de minister" names the minister; "De Kamer ontvangt …" names nobody, and two took part.
        #expect(commitments.first { $0.id.hasSuffix(":9") }?.actors.first?.name.hasPrefix("minister") == true)
        #expect(commitments.first { $0.id.hasSuffix(":1") }?.actors == [])
    }

    @Test("A plenary debate without a read-out list: the minister's own first-person commitment")
    func plenaryDebate() throws {
        let read = try Fixtures.read(Fixtures.vlos("ce0428cf"))
        let debates = read.deeds.filter { $0.kind == .debate }
        #expect(
            debates.map(\.title) == [
                "Plenair debat Slavernijverleden",
                "Plenair debat Jaarverslag Binnenlandse Zaken en Koninkrijksrelaties 2024",
                "Plenair debat Natuur", "Plenair debat Materieel", "Plenair debat Bouwregelgeving",
            ])
        #expect(debates[0].text == "Slavernijverleden (CD d.d. 11/06)")
        let commitments = read.deeds.filter { $0.kind == .commitment }
        #expect(commitments.map(\.id) == ["tk:activiteit:2025A05206:toezegging:1"])
        #expect(
            commitments[0].text
                == "Ik kan wel toezeggen, mevrouw Chakor, dat ik kan zorgen voor een advies op hoofdlijnen met daarin een probleemanalyse en mogelijke oplossingen, onderscheiden verantwoordelijkheden en beleidsopties over het takenpakket en bekostiging van decentrale overheden en dit voor 1 oktober naar de Kamer te sturen."
        )
        #expect(
            commitments[0].actors == [
                Deed.Actor(role: .government, name: "minister van Binnenlandse Zaken en Koninkrijksrelaties Uitermark")
            ])
        #expect(read.deeds.filter { $0.kind == .motion }.count == 35)
    }

    @Test(
        "First-person commitments as ministers phrase them, and what is not one",
        arguments: [
            ("Ja, ik zeg toe dat we daarnaar blijven kijken.", true),
            ("Maar ik zeg uiteraard toe dat ik erop terugkom in de volgende voortgangsrapportage.", true),
            ("Dus de toezegging is dat ik dit onder de aandacht zal brengen, zodat het wordt meegenomen.", true),
            ("Die toezegging kan ik doen, alleen lopen we nu wel juridisch een traject door.", true),
            ("Ik zal de Kamer informeren over de voortgang.", true),
            ("Dan is de vraag of dat een toezegging is.", false),
            ("In het debat Suriname kwam dit ook op en is er geen toezegging gedaan.", false),
            ("Ook verwachten wij een toezegging dat hij het overleg met de gerechtshoven niet gebruikt.", false),
        ])
    func phrasing(sentence: String, isCommitment: Bool) {
        #expect(SpokenCommitment.isFirstPersonCommitment(sentence) == isCommitment)
    }
}
