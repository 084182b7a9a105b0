import Core
import Deeds
import Foundation
import Harvest
import Ledger
import Scoring
import Store
import TestSupport
import Testing

@testable import TrackerKit

/// The Kamer's own record of a commitment (a SyncFeed `Toezegging`) against the commitment as read out in the
/// debate (the VLOS report of the committee debate "Slachtofferbeleid", 2 July 2025).
///
/// No Toezegging of this debate was found in public sources. The entity is **derived** from the report: its
/// activity number and text are the report's (the commitment as the chair read it out), its minister the
/// report's speaker; the id is derived from that text and the status is the schema's first state. Nothing else
/// is set.
@Suite("SyncFeed commitments win over the spoken form")
struct SyncFeedCommitmentTests {
    static let readOut =
        "De staatssecretaris Rechtsbescherming zegt de Kamer toe de Kamer voor het kerstreces van 2025 te informeren over de uitbreiding van inzage in rapportages van het Pieter Baan Centrum voor slachtoffers."

    static func recorded(text: String = readOut, activity: String = "2025A04940") throws -> Deed {
        let id = SyncFeedCorpus.derivedUUID("toezegging \(activity) \(text)")
        let toezegging = TKEntity(
            type: "toezegging", id: id, updated: "2025-07-03T09:00:00Z", deleted: false,
            fields: [
                "tekst": text, "activiteitNummer": activity, "status": "Openstaand",
                "functie": "staatssecretaris Rechtsbescherming", "naam": "Struycken",
            ], refs: [:])
        let graph = MemoryEntityGraph([toezegging], hashes: [id: "hash"])
        return try #require(try SyncFeedJoin.deed(for: toezegging, graph: graph, source: "tweedekamer"))
    }

    @Test("The joined Toezegging names the activity it was made in")
    func activity() throws {
        let deed = try Self.recorded()
        #expect(deed.kind == .commitment)
        #expect(deed.refs.activities == ["2025A04940"])
        #expect(deed.status == "Openstaand")
    }

    @Test("In scores, a spoken commitment the Kamer registered counts once, as the registered one, at its strongest")
    func scoredOnce() throws {
        let store = try Store(path: ":memory:")
        let report = try Fixtures.read(Fixtures.vlos("d972288f"))
        _ = try store.ingest(report, raw: Data())
        let record = try Self.recorded()
        var registered = report
        (registered.key, registered.name, registered.format, registered.deeds) = (
            "tk:toezegging", "toezegging", .syncfeed, [record]
        )
        _ = try store.ingest(registered, raw: Data())
        let ledger = try Fixtures.ledger()
        let pledge = ledger.pledges[0].id
        let spoken = try #require(try store.deed(id: "tk:activiteit:2025A04940:toezegging:1"))
        let link = { (deed: String, confidence: Double) in
            Link(
                pledge: pledge, deed: deed, confidence: confidence, stance: .supports, method: .phrase, explanation: "")
        }
        let other = try #require(try store.deed(id: "tk:activiteit:2025A04940"))
        let evidence = try ScoringContext(ledger: ledger, store: store).preferringRecorded([
            Evidence(link: link(other.id, 0.8), deed: other), Evidence(link: link(spoken.id, 0.7), deed: spoken),
            Evidence(link: link(record.id, 0.6), deed: record),
        ])
        #expect(evidence.map(\.link.deed) == [other.id, record.id])
        #expect(evidence.map(\.link.confidence) == [0.8, 0.7])
        #expect(evidence[1].deed.date == Day("2025-07-02"))  // the debate's day, from the spoken form
    }

    @Test("Matched by activity and words: the record keeps its id, text and status and takes the debate's day")
    func recordWins() throws {
        let spoken = try Fixtures.read(Fixtures.vlos("d972288f")).deeds
        let record = try Self.recorded()
        #expect(CommitmentMatch.matches(in: spoken + [record]) == ["tk:activiteit:2025A04940:toezegging:1": record.id])
        for deeds in [spoken + [record], [record] + spoken] {
            let (kept, replaced) = CommitmentMatch.preferringRecorded(deeds)
            #expect(replaced == ["tk:activiteit:2025A04940:toezegging:1": record.id])
            #expect(kept.count == spoken.count)
            #expect(!kept.contains { $0.id == "tk:activiteit:2025A04940:toezegging:1" })
            let merged = try #require(kept.first { $0.id == record.id })
            #expect(merged.text == Self.readOut)
            #expect(merged.status == "Openstaand")
            #expect(merged.source.format == .syncfeed)
            #expect(merged.date == Day("2025-07-02"))
            #expect(
                merged.actors == [Deed.Actor(role: .government, name: "staatssecretaris Rechtsbescherming Struycken")])
            #expect(
                merged.refs == Deed.References(dossiers: ["29279", "33552", "34257"], activities: ["2025A04940"]))
        }
    }

    @Test("The same words in another debate, or other words in the same debate, are another commitment")
    func noMatch() throws {
        let spoken = try Fixtures.read(Fixtures.vlos("d972288f")).deeds
        let elsewhere = try Self.recorded(activity: "2025A04496")
        let otherWords = try Self.recorded(
            text:
                "De minister zegt toe bij het Nationaal Cyber Security Centrum aan te zullen kaarten op welke wijze meer vervolg kan worden gegeven aan aanbevelingen."
        )
        #expect(CommitmentMatch.matches(in: spoken + [elsewhere, otherWords]).isEmpty)
        #expect(CommitmentMatch.preferringRecorded(spoken + [elsewhere]).deeds.count == spoken.count + 1)
    }

    @Test(
        "A vote's day is its meeting's (Activiteit) when the agenda item gives no start, as the warehouse leaves it for votes; a changed meeting rejoins the zaak"
    )
    func voteDay() throws {
        // The vote of 10 July 2025 on Kamerstuk 36786 nr. 4 as the VLOS report (e2903f19) identifies it: the zaak,
        // the besluit, the agenda item (activiteithoofd) and the meeting "Stemmingen" with its start; the dossier
        // and the one Stemming get derived ids, as in SyncFeedCorpus.
        let (zaakID, besluitID) = ("1191974d-a005-4f91-b3c3-907d3af9e971", "db3f5fd6-2541-4863-9fe9-54e8070f1c44")
        let (pointID, meetingID) = ("67bec595-48f6-4a34-aaae-2130929fd912", "233dbcc6-88ab-46cc-ab4f-9566f4a167e9")
        let dossierID = SyncFeedCorpus.derivedUUID("kamerstukdossier 36786")
        let stemmingID = SyncFeedCorpus.derivedUUID("stemming \(besluitID) SP")
        let stamp = "2025-07-10T16:33:11+02:00"
        func entity(_ type: String, _ id: String, _ fields: [String: String], _ refs: [String: [String]]) -> TKEntity {
            TKEntity(type: type, id: id, updated: stamp, deleted: false, fields: fields, refs: refs)
        }
        let zaak = entity(
            "zaak", zaakID, ["soort": "Brief van lid/fractie/commissie", "volgnummer": "4"],
            ["kamerstukdossier": [dossierID]])
        let entities = [
            zaak, entity("kamerstukdossier", dossierID, ["nummer": "36786"], [:]),
            entity(
                "besluit", besluitID,
                [
                    "besluitSoort": "Stemmen - aangenomen", "besluitTekst": "Aangenomen.",
                    "stemmingsSoort": "Met handopsteken",
                ],
                ["zaak": [zaakID], "agendapunt": [pointID]]),
            entity("stemming", stemmingID, ["soort": "Tegen", "actorFractie": "SP"], ["besluit": [besluitID]]),
            entity("agendapunt", pointID, [:], ["activiteit": [meetingID]]),
            entity(
                "activiteit", meetingID, ["soort": "Stemmingen", "aanvangstijd": "2025-07-10T14:01:08"], [:]),
        ]
        func outcome(_ entities: [TKEntity]) throws -> Deed.Outcome? {
            let graph = MemoryEntityGraph(
                entities, hashes: Dictionary(uniqueKeysWithValues: entities.map { ($0.id, "h") }))
            return try SyncFeedJoin.deed(for: zaak, graph: graph, source: "tweedekamer")?.outcome
        }
        #expect(try outcome(entities)?.date == Day("2025-07-10"))
        #expect(try outcome(entities)?.result == .adopted)
        // Without the meeting the day is not known (a letter then says "op een onbekende dag").
        #expect(try outcome(entities.filter { $0.type != "activiteit" })?.date == nil)
        let graph = MemoryEntityGraph(entities, hashes: Dictionary(uniqueKeysWithValues: entities.map { ($0.id, "h") }))
        #expect(try SyncFeedJoin.affectedRoots(of: entities.last!, graph: graph) == [zaakID])
    }

    @Test("A Wetgeving zaak is the bill of its dossier: one deed with the bill on the committee's list")
    func bill() throws {
        // The bill on the BiZa committee's list of 3 July 2025 (VLOS report be33e3cf), as its Zaak and dossier.
        let zaakID = SyncFeedCorpus.derivedUUID("zaak 2024Z08035")
        let dossierID = SyncFeedCorpus.derivedUUID("kamerstukdossier 36554")
        let zaak = TKEntity(
            type: "zaak", id: zaakID, updated: "2025-07-03T09:00:00Z", deleted: false,
            fields: [
                "soort": "Wetgeving", "nummer": "2024Z08035",
                "onderwerp":
                    "Wijziging van de Kieswet in verband met het stellen van regels ten behoeve van het houden van een verkiezing ten tijde van een epidemie en enkele andere zaken (Epidemieafdeling Kieswet)",
            ], refs: ["kamerstukdossier": [dossierID]])
        let dossier = TKEntity(
            type: "kamerstukdossier", id: dossierID, updated: "2025-07-03T09:00:00Z", deleted: false,
            fields: ["nummer": "36554"], refs: [:])
        let graph = MemoryEntityGraph([zaak, dossier], hashes: [zaakID: "a", dossierID: "b"])
        let deed = try #require(try SyncFeedJoin.deed(for: zaak, graph: graph, source: "tweedekamer"))
        #expect(deed.id == "wetsvoorstel:36554")
        #expect(deed.kind == .bill)
        #expect(deed.stages == [Deed.Stage(step: .submitted, date: nil, document: "tk:zaak:2024Z08035")])
        let listed = try #require(
            try Fixtures.read(Fixtures.vlos("be33e3cf")).deeds.first { $0.id == deed.id })
        let merged = try #require(Deed.merge([listed, deed]))
        #expect(merged.title == deed.title)
        #expect(merged.stages.map(\.document) == ["tk:zaak:2024Z08035", "vlos:1510ed6b-f05e-4463-b9b2-862e61f4a9c2"])
    }

    /// DERIVED: the Kieswet bill's zaak of `bill()` with one decision on it, dated by an agenda item; `soort` and
    /// `tekst` are as the warehouse words its decisions ("Ingetrokken.", "Overgenomen.", "Aangehouden (tijdens
    /// vergadering).").
    static func decided(_ zaakSoort: String, soort: String, tekst: String) throws -> Deed? {
        let zaakID = SyncFeedCorpus.derivedUUID("zaak 2024Z08035")
        let dossierID = SyncFeedCorpus.derivedUUID("kamerstukdossier 36554")
        let (besluitID, pointID) = (SyncFeedCorpus.derivedUUID("besluit 1"), SyncFeedCorpus.derivedUUID("agendapunt 1"))
        func entity(_ type: String, _ id: String, _ fields: [String: String], _ refs: [String: [String]]) -> TKEntity {
            TKEntity(type: type, id: id, updated: "2025-07-03T09:00:00Z", deleted: false, fields: fields, refs: refs)
        }
        let zaak = entity(
            "zaak", zaakID,
            [
                "soort": zaakSoort, "nummer": "2024Z08035", "onderwerp": "Epidemieafdeling Kieswet",
                "gestartOp": "2024-05-01",
            ],
            ["kamerstukdossier": [dossierID]])
        let entities = [
            zaak, entity("kamerstukdossier", dossierID, ["nummer": "36554"], [:]),
            entity(
                "besluit", besluitID, ["besluitSoort": soort, "besluitTekst": tekst],
                ["zaak": [zaakID], "agendapunt": [pointID]]),
            entity("agendapunt", pointID, ["aanvangstijd": "2025-07-03T14:00:00"], [:]),
        ]
        let graph = MemoryEntityGraph(entities, hashes: Dictionary(uniqueKeysWithValues: entities.map { ($0.id, "h") }))
        return try SyncFeedJoin.deed(for: zaak, graph: graph, source: "tweedekamer")
    }

    @Test(
        "A withdrawn bill takes the step 'ingetrokken' on its day, and counts as withdrawn from then, not as submitted")
    func withdrawnBill() throws {
        let bill = try #require(try Self.decided("Wetgeving", soort: "Ingetrokken", tekst: "Ingetrokken."))
        #expect(
            bill.stages.map { "\($0.step.rawValue) \($0.date?.description ?? "-")" } == [
                "ingediend 2024-05-01", "ingetrokken 2025-07-03",
            ])
        #expect(
            DeedFacts.moments(bill).map { "\($0.day) \($0.facts.outcome)" } == [
                "2024-05-01 undecided", "2025-07-03 withdrawn",
            ])
    }

    @Test(
        "A motion the government took over is adopted without a vote, said as 'Overgenomen'; a held one is said, undecided"
    )
    func takenOverAndHeld() throws {
        let takenOver = try #require(try Self.decided("Motie", soort: "Besluit", tekst: "Overgenomen."))
        #expect(
            takenOver.outcome.map { "\($0.result) \($0.label) \($0.date?.description ?? "-")" }
                == "adopted Overgenomen 2025-07-03")
        let held = try #require(
            try Self.decided("Motie", soort: "Besluit", tekst: "Aangehouden (tijdens vergadering)."))
        #expect(held.outcome.map { "\($0.result) \($0.label)" } == "unknown Aangehouden")
        #expect(DeedFacts.moments(held).map { "\($0.day) \($0.facts.outcome)" } == ["2024-05-01 undecided"])
        // An adoption is still an adoption, and a decision that says nothing is still left out.
        let adopted = try #require(try Self.decided("Motie", soort: "Stemmen - aangenomen", tekst: "Aangenomen."))
        #expect(adopted.outcome?.label == "Aangenomen")
        #expect(try Self.decided("Motie", soort: "Besluit", tekst: "Agenderen.")?.outcome == nil)
    }
}
