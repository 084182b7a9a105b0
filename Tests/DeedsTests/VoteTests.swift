import Core
import Deeds
import Foundation
import TestSupport
import Testing

@Suite("Votes: seats and the stored form")
struct VoteTests {
    /// Seven real votes of the Tweede Kamer (OData Stemming records of 4 December 2023, with their groups' sizes;
    /// Tests/Fixtures/tk-odata/stemming_page_0001…): CDA 14, JA21 1, VVD 24, GroenLinks-PvdA 25 and BBB 7 voted for,
    /// SP 5 and NSC 20 against.
    static let votes = [
        Deed.Vote(group: "CDA", choice: .voor, seats: 14), Deed.Vote(group: "JA21", choice: .voor, seats: 1),
        Deed.Vote(group: "VVD", choice: .voor, seats: 24),
        Deed.Vote(group: "GroenLinks-PvdA", choice: .voor, seats: 25),
        Deed.Vote(group: "SP", choice: .tegen, seats: 5), Deed.Vote(group: "BBB", choice: .voor, seats: 7),
        Deed.Vote(group: "NSC", choice: .tegen, seats: 20, mistaken: true),
    ]

    @Test("Seats per choice, a vote by mistake included; none when a group's size is unknown")
    func seats() {
        let outcome = Deed.Outcome(result: .adopted, label: "Aangenomen", date: Day("2023-12-04"), votes: Self.votes)
        #expect(outcome.seats == [.voor: 71, .tegen: 25])
        var unknown = outcome
        unknown.votes.append(Deed.Vote(group: "PVV", choice: .tegen))
        #expect(unknown.seats == nil)
    }

    @Test("The stored form keeps every field of a decided deed, the flag of a vote by mistake included")
    func storedForm() throws {
        var deed = try #require(try Fixtures.read(Fixtures.vlos("e2903f19")).deeds.first { $0.outcome != nil })
        deed.outcome?.votes = Self.votes
        #expect(try Deed(stored: deed.stored) == deed)
    }
}
