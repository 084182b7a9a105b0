import Core
import Foundation
import Markup

/// Reads the debates of a VLOS report: a committee debate (`Commissiedebat`, `Notaoverleg`,
/// `Wetgevingsoverleg`) or a plenary one (`Plenair debat`) is a deed, and so is every commitment a member
/// of the government made in it.
///
/// The debate deed is `tk:activiteit:<activity number>` (the number the Kamer gives the activity, as its
/// SyncFeed `Activiteit` and `Toezegging`s do), dated the meeting's day, titled by its kind and subject,
/// with the committee, the members who spoke (with their group) and the ministers, and the Kamerstukken
/// on its agenda; its text is the agenda, not the transcript. Its commitments are the list the chair reads out at the end ("De toezeggingen. …"), or,
/// where no list was read out, the ministers' own first-person commitments (see `SpokenCommitment`).
struct VLOSDebateReader {
    static let debateKinds: Set<String> = ["Commissiedebat", "Notaoverleg", "Wetgevingsoverleg", "Plenair debat"]
    static let governmentKinds: Set<String> = ["Minister", "Staatssecretaris", "Minister-president"]

    var meeting: MarkupNode
    var date: Day?
    var source: Deed.Source

    func deeds() throws -> [Deed] {
        let committees = try meeting.strings("v:commissies/v:commissie/v:verslagnaam").map {
            Deed.Actor(role: .committee, name: $0)
        }
        var deeds: [Deed] = []
        for activity in try meeting.select("v:activiteit")
        where Self.debateKinds.contains(activity.attribute("soort") ?? "") {
            deeds += try read(activity, committees: committees)
        }
        return deeds
    }

    private func read(_ activity: MarkupNode, committees: [Deed.Actor]) throws -> [Deed] {
        let number = try activity.string("v:parlisid")
        let id = number.map { "tk:activiteit:\($0)" } ?? "vlos:activiteit:\(activity.attribute("objectid") ?? "")"
        let turns = try Turn.all(in: activity)
        var actors = committees
        for turn in turns {
            if let actor = turn.actor, !actors.contains(actor) { actors.append(actor) }
        }
        let refs = try agenda(of: activity, number: number)
        let kind = activity.attribute("soort") ?? ""
        let debate = Deed(
            id: id, kind: .debate, date: date,
            title: [kind, try activity.string("v:titel") ?? ""].filter { !$0.isEmpty }.joined(separator: " "),
            text: try agendaText(of: activity), actors: actors, refs: refs, source: source)

        let government = actors.filter { $0.role == .government }
        let list = readOut(turns)
        var spoken = list.map {
            SpokenCommitment(passage: $0, speaker: SpokenCommitment.speaker(of: $0, among: government))
        }
        if list.isEmpty {
            for turn in turns {
                guard let actor = turn.actor, actor.role == .government else { continue }
                spoken += turn.paragraphs.flatMap(SpokenCommitment.passages(in:)).map {
                    SpokenCommitment(passage: $0, speaker: actor)
                }
            }
        }
        let commitments = spoken.enumerated().map { index, commitment in
            commitment.deed(
                id: "\(id):toezegging:\(index + 1)", date: date, dossiers: refs.dossiers, activity: number,
                source: source)
        }
        return [debate] + commitments
    }

    /// What the debate was about: its agenda ("Aan de orde is de behandeling van: …"), else its subject.
    ///
    /// Not the transcript: in a deed's text every word counts for linking, and a debate touches on much it is
    /// not about. What was promised in it is in its commitments; the words stay in the kept report.
    private func agendaText(of activity: MarkupNode) throws -> String {
        let agenda = try activity.strings("v:activiteithoofd/v:tekst//v:alineaitem")
        return agenda.isEmpty ? try activity.string("v:onderwerp") ?? "" : agenda.joined(separator: "\n")
    }

    /// The commitments the chair reads out at the end: the list items in the chair's words from the turn
    /// that first speaks of "toezegging(en)" on.
    private func readOut(_ turns: [Turn]) -> [String] {
        guard let first = turns.firstIndex(where: { $0.isChair && $0.mentionsCommitments }) else { return [] }
        return turns[first...].filter(\.isChair).flatMap(\.listItems)
    }

    /// The Kamerstukken on the debate's agenda ("(34257, nr. 13)"), and the debate's activity number.
    private func agenda(of activity: MarkupNode, number: String?) throws -> Deed.References {
        var refs = Deed.References(activities: number.map { [$0] } ?? [])
        for holder in try activity.select(".//*[v:dossiernummer]") {
            let dossiers = try holder.strings("v:dossiernummer").map { $0.replacingOccurrences(of: " ", with: "") }
            let numbers = try holder.strings("v:stuknummer")
            refs.dossiers += dossiers
            refs.documents += zip(dossiers, numbers).map { "kst-\($0)-\($1)" }
        }
        return refs.merged(with: Deed.References())
    }
}

/// One turn in a VLOS debate (`woordvoerder` or `interrumpant`): the speaker, whether they chaired, and
/// their words.
private struct Turn {
    /// A member (with their group) or a member of the government; nil for the chair and anyone else.
    var actor: Deed.Actor?
    var isChair: Bool
    var paragraphs: [String]
    /// The items of the lists in the turn.
    var listItems: [String]

    var mentionsCommitments: Bool { paragraphs.contains { $0.lowercased().contains("toezegging") } }

    static func all(in activity: MarkupNode) throws -> [Turn] {
        try activity.select(".//v:woordvoerder | .//v:interrumpant").compactMap { turn in
            guard let speaker = try turn.select("v:spreker").first else { return nil }
            let isChair = try turn.string("v:isvoorzitter") == "true"
            let name = try speaker.string("v:verslagnaam") ?? ""
            let soort = speaker.attribute("soort") ?? ""
            var actor: Deed.Actor?
            if VLOSDebateReader.governmentKinds.contains(soort) {
                let office = try speaker.string("v:functie")
                actor = Deed.Actor(role: .government, name: [office, name].compactMap { $0 }.joined(separator: " "))
            } else if soort == "Tweede Kamerlid", !isChair {
                actor = Deed.Actor(role: .speaker, name: name, group: try speaker.string("v:fractie"))
            }
            return Turn(
                actor: actor, isChair: isChair, paragraphs: try turn.strings("v:tekst//v:alineaitem"),
                listItems: try turn.strings("v:tekst//v:lijst/v:alineaitem"))
        }
    }
}
