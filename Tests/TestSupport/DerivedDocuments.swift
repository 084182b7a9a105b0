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
