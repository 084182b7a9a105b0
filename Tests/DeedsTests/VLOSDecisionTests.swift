import Core
import Deeds
import Foundation
import TestSupport
import Testing

@Suite("VLOS decisions: which zaak a vote decides")
struct VLOSDecisionTests {
    /// The real report of the votes of 10 July 2025 (e2903f19): two votes, the first on Kamerstuk 36786 nr. 4 (adopted),
    /// the second on 36787 nr. 4 (adopted).
    static let report = String(decoding: Fixtures.data(Fixtures.vlos("e2903f19")), as: UTF8.self)

    /// The report's first voting item (`activiteitdeel` with its Besluit).
    static var votingItem: String {
        let start = report.range(of: "<activiteitdeel soort=\"Stemming item\"")!.lowerBound
        let end = report.range(of: "</activiteitdeel>", range: start..<report.endIndex)!.upperBound
        return String(report[start..<end])
    }

    static func read(_ xml: String) throws -> [Deed] {
        try DocumentReader.read(Data(xml.utf8), name: "vlos_e2903f19-afgeleid.xml").deeds
    }

    static func outcomes(_ deeds: [Deed]) -> [String] {
        deeds.compactMap { deed in deed.outcome.map { "\(deed.id) \($0.result)" } }.filter {
            !$0.hasPrefix("kst-36787-4")
        }
    }

    @Test("A vote reopened and held again in the same report: the later vote is the decision, whichever it says")
    func reopenedVote() throws {
        let item = Self.votingItem
        // DERIVED: the voting item a second time after the first, with the other result.
        let rejectedAgain = item.replacingOccurrences(
            of: "<uitslag>Aangenomen</uitslag>", with: "<uitslag>Verworpen</uitslag>")
        #expect(
            Self.outcomes(try Self.read(Self.report.replacingOccurrences(of: item, with: item + rejectedAgain))) == [
                "kst-36786-4 rejected"
            ])
        #expect(
            Self.outcomes(try Self.read(Self.report.replacingOccurrences(of: item, with: rejectedAgain + item))) == [
                "kst-36786-4 adopted"
            ])
        #expect(Self.outcomes(try Self.read(Self.report)) == ["kst-36786-4 adopted"])
    }

    @Test("'Het wetsvoorstel' is the bill's vote, a step of its own; an amendment on the same vote keeps its own")
    func billVote() throws {
        let item = Self.votingItem
        // DERIVED: the vote's zaak list with the bill (a Wetgeving zaak has no document number) beside the letter,
        // and a second voting item on "het wetsvoorstel", rejected.
        let zaken = "<zaken><zaak soort=\"Brief van lid/fractie/commissie\""
        let bill =
            "<zaken><zaak soort=\"Wetgeving\" objectid=\"afgeleid\"><titel>Wijziging van de Comptabiliteitswet 2016</titel><dossiernummer>36786</dossiernummer><stuknummer /><sequeel /><parlisid /></zaak><zaak soort=\"Brief van lid/fractie/commissie\""
        let billItem = item.replacingOccurrences(
            of:
                #"<titel>de brief van de vaste commissie voor Economische Zaken over een beroep op artikel 2.27 van de Comptabiliteitswet 2016 ten behoeve van de tweede incidentele suppletoire begroting inzake bedrijfssteun (36786, nr. 4)</titel>"#,
            with: "<titel>het wetsvoorstel</titel>"
        ).replacingOccurrences(of: "<uitslag>Aangenomen</uitslag>", with: "<uitslag>Verworpen</uitslag>")
        let first = Self.report.range(of: zaken)!
        let both = Self.report.replacingCharacters(in: first, with: bill).replacingOccurrences(
            of: item, with: item + billItem)
        let deeds = try Self.read(both)
        #expect(Self.outcomes(deeds) == ["kst-36786-4 adopted", "wetsvoorstel:36786 rejected"])
        let steps = deeds.filter { $0.id == "wetsvoorstel:36786" }.flatMap(\.stages).map {
            "\($0.step.rawValue) \($0.date?.description ?? "-")"
        }
        #expect(Set(steps) == ["ingediend -", "verworpen-tweede-kamer 2025-07-10"])
        // Alone on the vote with the bill, the letter's item without its number is no longer the only zaak's.
        let uncited = both.replacingOccurrences(of: item, with: billItem)
        #expect(Self.outcomes(try Self.read(uncited)) == ["wetsvoorstel:36786 rejected"])
    }
}
