import Core
import Deeds
import Foundation

extension Fixtures {
    /// DERIVED: the bundled Kamerstuk 36704 nr. 73 (a motion of 26 June 2025) as its amended version nr. 84 of
    /// 1 July 2025, with the heading and subject line such a Kamerstuk has.
    package static func amendedMotion() -> String {
        String(decoding: Fixtures.data(Fixtures.kamerstuk("kst-36704-73")), as: UTF8.self)
            .replacingOccurrences(of: "kst-36704-73", with: "kst-36704-84")
            .replacingOccurrences(of: #"ondernummer" content="73""#, with: #"ondernummer" content="84""#)
            .replacingOccurrences(of: #"<ondernummer kamer="2">73<"#, with: #"<ondernummer kamer="2">84<"#)
            .replacingOccurrences(
                of: "<titel>MOTIE VAN HET LID DIEDERIK VAN DIJK C.S.</titel>",
                with:
                    "<titel>GEWIJZIGDE MOTIE VAN HET LID DIEDERIK VAN DIJK C.S. TER VERVANGING VAN DIE GEDRUKT ONDER NR. 73</titel>"
            )
            .replacingOccurrences(of: "2025-06-26", with: "2025-07-01")
    }
}

extension Fixtures {
    /// DERIVED: the bundled VLOS report of 10 July 2025 (`vlos_e2903f19…`) as the report of a meeting on
    /// 18 September 2025 (another meeting id) whose first vote, as recorded (the groups' votes, 'Aangenomen'), is on
    /// the bundled motion Kamerstuk 36704 nr. 73 of 26 June 2025 instead of the committee's letter 36786 nr. 4: a
    /// motion submitted before a day and voted on after it. The second vote (36787 nr. 4) is left as it is.
    package static func votedMotion() -> String {
        let report = String(decoding: Fixtures.data(Fixtures.vlos("e2903f19")), as: UTF8.self)
        let second = report.range(of: #"<activiteithoofd soort="Stemming""#)
            .flatMap { first in
                report.range(of: #"<activiteithoofd soort="Stemming""#, range: first.upperBound..<report.endIndex)
            }!
        let firstVote = String(report[..<second.lowerBound])
            .replacingOccurrences(of: "36786", with: "36704")
            .replacingOccurrences(of: "<stuknummer>4<", with: "<stuknummer>73<")
            .replacingOccurrences(of: "nr. 4)", with: "nr. 73)")
            .replacingOccurrences(of: "Brief van lid/fractie/commissie", with: "Motie")
        return (firstVote + report[second.lowerBound...])
            .replacingOccurrences(of: "2025-07-10", with: "2025-09-18")
            .replacingOccurrences(of: "10 juli 2025", with: "18 september 2025")
            .replacingOccurrences(of: "d4c36531-4761", with: "d4c36531-4762")
    }

    /// DERIVED: the bill of Kamerstuk dossier 34702 (the Grondwet's Caribbean public bodies and electoral college)
    /// through both chambers, its votes moved to days the tests choose (after a pledge of 2024): the Tweede Kamer's
    /// adoption on `house`, as a VLOS report of the vote gives a bill (`BillReference.deed`; the real vote is
    /// h-tk-20162017-101-7), and the Eerste Kamer's decision as `HandelingenReader` reads it from
    /// handelingen/h-ek-20172018-5-afgeleid.xml, moved to `senate` and given `result`. Merged as the store merges
    /// the observations of one deed.
    package static func billThroughBothChambers(house: Day, senate: Day, _ result: Deed.Outcome.Result) throws -> Deed {
        let read = try Fixtures.read(Fixtures.handelingen("h-ek-20172018-5-afgeleid"))
        guard var upper = read.deeds.first(where: { $0.id == "wetsvoorstel:34702" }), var outcome = upper.outcome else {
            throw CocoaError(.fileReadCorruptFile)
        }
        outcome.result = result
        outcome.label = result == .adopted ? "Aangenomen" : "Verworpen"
        outcome.date = senate
        upper.outcome = outcome
        upper.stages = upper.stages.map {
            Deed.Stage(
                step: result == .adopted ? .adoptedByEersteKamer : .rejectedByEersteKamer, date: senate,
                document: $0.document)
        }
        let lower = Deed(
            id: "wetsvoorstel:34702", kind: .bill, date: nil,
            title:
                "Verandering in de Grondwet, strekkende tot het opnemen van een constitutionele basis voor Caribische openbare lichamen en het regelen van een kiescollege voor de Eerste Kamer",
            text: "", refs: Deed.References(dossiers: ["34702"]),
            outcome: Deed.Outcome(result: .adopted, label: "Aangenomen", date: house, method: "Fractie"),
            stages: [
                Deed.Stage(step: .submitted, date: nil, document: "vlos:afgeleid"),
                Deed.Stage(step: .adoptedByTweedeKamer, date: house, document: "vlos:afgeleid"),
            ],
            source: Deed.Source(format: .vlos, document: "vlos-afgeleid.xml", hash: "afgeleid"))
        return Deed.merge([lower, upper])!
    }
}
