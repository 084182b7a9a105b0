import Core
import Foundation
import Ledger
import Linking
import TestSupport
import Testing

/// `eval/stances.yaml` as `make eval` reads it: each record's stance towards its pledge, and a clear error for a
/// record that is not one.
@Suite("The stance sample of make eval")
struct StanceSampleTests {
    static func write(_ text: String) throws -> URL {
        let url = Fixtures.temporaryFolder().appendingPathComponent("stances.yaml")
        try text.write(to: url, atomically: true, encoding: .utf8)
        return url
    }

    // 2021Z08986 and 2015Z22809, as the file has them.
    static let records = """
        motions:
          - zaak: 2021Z08986
            date: 2021-04-22
            subject: "Motie van de leden Van Nispen en Azarkan over extra budget voor de sociale advocatuur"
            dossier: "Stelselvernieuwing gesubsidieerde rechtsbijstand"
            pledge: hla-grondwet-en-grondrechten-versterken
            stance: supports
            note: "More budget for legal aid lawyers strengthens access to justice."
            split: tune
          - zaak: 2015Z22809
            date: 2015-11-26
            subject: "Motie van de leden Van Laar en Voordewind over hulp aan vluchtelingen met een beperking "
            dossier: "Vreemdelingenbeleid"
            pledge: hla-strengste-toelatingsregels-van-europa
            stance: STANCE
            split: tune

        """

    @Test("Each record reads as its zaak, its pledge and its stance; it counts for stance only")
    func reads() throws {
        let url = try Self.write(Self.records.replacingOccurrences(of: "STANCE", with: "mentions"))
        let sample = try LabelledStance.load(url)
        #expect(sample.map(\.zaak) == ["2021Z08986", "2015Z22809"])
        #expect(sample.map(\.label.value) == [.supports, .mentions])
        #expect(sample.first?.label.pledge == "hla-grondwet-en-grondrechten-versterken")
        #expect(sample.first?.labelled.themes == nil)
        #expect(sample.first?.labelled.stance?.value == .supports)
    }

    @Test("A stance that is not one of the three is reported with its file and line")
    func badStance() throws {
        let url = try Self.write(Self.records.replacingOccurrences(of: "STANCE", with: "neutral"))
        #expect(throws: LedgerInvalid.self) { try LabelledStance.load(url) }
        do {
            _ = try LabelledStance.load(url)
        } catch let error as LedgerInvalid {
            #expect(
                error.problems.map(\.description) == [
                    "\(url.lastPathComponent):15:13: 'stance' of a motion is 'neutral'; expected one of: supports, opposes, mentions"
                ])
        }
    }
}
