import Core
import Deeds
import Foundation
import Ledger

/// Words against votes: how one party voted on decided deeds that support or oppose a pledge.
///
/// A vote is in line with the pledge when the party voted for a deed that supports it or against one that
/// opposes it; against it when the other way round. Abstentions and absences are `other`.
package struct PartyConsistency: Sendable, Hashable {
    package var party: String
    /// Whether the party made the pledge (one of its `parties`); the others' alignment is shown alongside.
    package var pledged: Bool
    /// Decided deeds the party's vote is known on.
    package var votes: Int
    package var inLine: Int
    package var against: Int
    package var other: Int
    /// The party's seats at its latest such vote, when the source gives them.
    package var seats: Int?
    /// The deeds voted on, in day order.
    package var deeds: [String]

    package init(party: String, pledged: Bool) {
        self.party = party
        self.pledged = pledged
        votes = 0
        inLine = 0
        against = 0
        other = 0
        deeds = []
    }

    /// This party's record and another's for the same party, added up (for a theme).
    package func adding(_ other: PartyConsistency) -> PartyConsistency {
        var sum = self
        sum.pledged = pledged || other.pledged
        sum.votes += other.votes
        sum.inLine += other.inLine
        sum.against += other.against
        sum.other += other.other
        sum.seats = other.seats ?? seats
        sum.deeds = Array(Set(deeds + other.deeds)).sorted()
        return sum
    }

    /// Parties match when their names agree ignoring case, spaces and punctuation (`GroenLinks-PvdA`).
    package static func key(_ name: String) -> String {
        String(name.lowercased().unicodeScalars.filter { CharacterSet.alphanumerics.contains($0) })
    }

    /// The parties' records on the counted contributions of one pledge: the pledging parties first (each, even
    /// without votes), then every other group that voted, by name.
    static func records(pledging: [String], counted: [(Contribution, Deed)]) -> [PartyConsistency] {
        var records: [String: PartyConsistency] = [:]
        var order: [String] = []
        for party in pledging where records[key(party)] == nil {
            records[key(party)] = PartyConsistency(party: party, pledged: true)
            order.append(key(party))
        }
        let decided = counted.filter { contribution, deed in
            contribution.link.stance != .mentions && [.adopted, .rejected, .tied].contains(deed.outcome?.result)
        }.sorted { ($0.0.day, $0.0.deed) < ($1.0.day, $1.0.deed) }
        for (contribution, deed) in decided {
            for (group, choice, seats) in groupVotes(deed.outcome?.votes ?? []) {
                let id = key(group)
                if records[id] == nil {
                    records[id] = PartyConsistency(party: group, pledged: false)
                    order.append(id)
                }
                var record = records[id]!
                record.votes += 1
                record.deeds.append(deed.id)
                if let seats { record.seats = seats }
                let supports = contribution.link.stance == .supports
                switch choice {
                case .voor: if supports { record.inLine += 1 } else { record.against += 1 }
                case .tegen: if supports { record.against += 1 } else { record.inLine += 1 }
                default: record.other += 1
                }
                records[id] = record
            }
        }
        let pledged = order.prefix(while: { records[$0]!.pledged })
        let others = order.dropFirst(pledged.count).sorted { records[$0]!.party < records[$1]!.party }
        return (Array(pledged) + others).map { records[$0]! }
    }

    /// One choice per group: its own vote, or for a roll call the choice most of its members made.
    private static func groupVotes(_ votes: [Deed.Vote]) -> [(String, Deed.Vote.Choice, Int?)] {
        var groups: [String: [Deed.Vote]] = [:]
        var order: [String] = []
        for vote in votes {
            if groups[vote.group] == nil { order.append(vote.group) }
            groups[vote.group, default: []].append(vote)
        }
        return order.map { group in
            let rows = groups[group]!
            if rows.count == 1, rows[0].member == nil { return (group, rows[0].choice, rows[0].seats) }
            let counts = Dictionary(grouping: rows, by: \.choice).mapValues(\.count)
            let best = counts.max { ($0.value, $1.key.rawValue) < ($1.value, $0.key.rawValue) }!
            let tied = counts.values.filter { $0 == best.value }.count > 1
            return (group, tied ? .onbekend : best.key, rows.count)
        }
    }
}
