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
}
