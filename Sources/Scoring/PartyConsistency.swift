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
    /// The party's seats at its latest such vote, when the source gives them.
    package var seats: Int?
    /// The deeds voted on, in day order.
    package var deeds: [String]
    /// What each deed's vote was to the pledge; the counts below are made of it, and a theme adds its pledges'
    /// records up counting every vote once.
    package var judgements: [String: Judgement]
    /// The deeds whose vote the party said afterwards it cast by mistake (`vergissing`): counted as cast, as in the
    /// official tally, and said.
    package var mistakenDeeds: Set<String>
    /// In a theme's records, the municipality whose council the party sits in, for the votes on a municipal pledge;
    /// nil for the Tweede Kamer's parties (and in a pledge's own records, whose pledge says where).
    package var council: String? = nil

    package enum Judgement: Sendable, Hashable {
        case inLine, against, other, mixed
    }

    /// Decided deeds the party's vote is known on.
    package var votes: Int { judgements.count }
    package var inLine: Int { count(.inLine) }
    package var against: Int { count(.against) }
    /// Abstentions and absences, and `mixed`.
    package var other: Int { count(.other) + mixed }
    /// Of `other`, the votes a theme counts once that are in line with one of its pledges and against another.
    package var mixed: Int { count(.mixed) }
    package var mistaken: Int { mistakenDeeds.count }

    private func count(_ judgement: Judgement) -> Int { judgements.values.filter { $0 == judgement }.count }

    package init(party: String, pledged: Bool) {
        self.party = party
        self.pledged = pledged
        deeds = []
        judgements = [:]
        mistakenDeeds = []
    }

    /// This party's record and another's for the same party, added up (for a theme): a vote on a deed linked to
    /// both pledges counts once, and where it is in line with one and against the other, as `mixed`.
    package func adding(_ other: PartyConsistency) -> PartyConsistency {
        var sum = self
        sum.pledged = pledged || other.pledged
        sum.judgements.merge(other.judgements) { $0 == $1 ? $0 : .mixed }
        sum.seats = other.seats ?? seats
        sum.mistakenDeeds.formUnion(other.mistakenDeeds)
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
        // A vote counts once per deed (a bill counts at each of its steps), and only from the day it was held.
        var voted: [String: (Contribution, Deed)] = [:]
        for (contribution, deed) in counted
        where contribution.link.stance != .mentions && [.adopted, .rejected, .tied].contains(deed.outcome?.result)
            && (deed.outcome?.date).map({ $0 <= contribution.day }) ?? true
        {
            if let known = voted[deed.id], known.0.day >= contribution.day { continue }
            voted[deed.id] = (contribution, deed)
        }
        let decided = voted.values.sorted { ($0.0.day, $0.0.deed) < ($1.0.day, $1.0.deed) }
        for (contribution, deed) in decided {
            let mistaken = Set((deed.outcome?.votes ?? []).filter { $0.mistaken && $0.member == nil }.map(\.group))
            for (group, choice, seats) in groupVotes(deed.outcome?.votes ?? []) {
                let id = key(group)
                if records[id] == nil {
                    records[id] = PartyConsistency(party: group, pledged: false)
                    order.append(id)
                }
                var record = records[id]!
                record.deeds.append(deed.id)
                if mistaken.contains(group) { record.mistakenDeeds.insert(deed.id) }
                if let seats { record.seats = seats }
                let supports = contribution.link.stance == .supports
                switch choice {
                case .voor: record.judgements[deed.id] = supports ? .inLine : .against
                case .tegen: record.judgements[deed.id] = supports ? .against : .inLine
                default: record.judgements[deed.id] = .other
                }
                records[id] = record
            }
        }
        let pledged = order.prefix(while: { records[$0]!.pledged })
        let others = order.dropFirst(pledged.count).sorted { records[$0]!.party < records[$1]!.party }
        return (Array(pledged) + others).map { records[$0]! }
    }

    /// One choice per group, with its seats: its own vote (where members voted otherwise, "fractie voor, lid X
    /// tegen", the group's row is its choice and gives its seats), or for a roll call the choice most of its
    /// members made.
    package static func groupVotes(_ votes: [Deed.Vote]) -> [(String, Deed.Vote.Choice, Int?)] {
        var groups: [String: [Deed.Vote]] = [:]
        var order: [String] = []
        for vote in votes {
            if groups[vote.group] == nil { order.append(vote.group) }
            groups[vote.group, default: []].append(vote)
        }
        return order.map { group in
            let rows = groups[group]!
            if let own = rows.first(where: { $0.member == nil }) { return (group, own.choice, own.seats) }
            let counts = Dictionary(grouping: rows, by: \.choice).mapValues(\.count)
            let best = counts.max { ($0.value, $1.key.rawValue) < ($1.value, $0.key.rawValue) }!
            let tied = counts.values.filter { $0 == best.value }.count > 1
            return (group, tied ? .onbekend : best.key, rows.count)
        }
    }
}
