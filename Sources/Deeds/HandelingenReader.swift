import Core
import Foundation
import Markup

/// Reads the plenary record (Handelingen, `h-tk-…` and `h-ek-…`): the `handelingen` body of an
/// officielebekendmakingen publication, usually one agenda item with only an external metadata pointer.
///
/// Every item is a deed: an agenda item (`agendapunt`) a debate with its title, speakers and the motions
/// and dossiers it names; another item (the `opening`) of kind `other`. Besides, every motion submitted in
/// the item is a deed of its own (text, dictum, submitters), and every first-person commitment of a
/// member of the government a commitment deed (see `SpokenCommitment`). The date is the meeting's, as the
/// record's first item gives it (`vergaderdatum`); the other items of a meeting carry no date of their own.
///
/// In the Eerste Kamer's record (`h-ek-…`) an agenda item also tells what the Kamer decided on the bills it names:
/// each decided bill is an observation of `wetsvoorstel:<dossier>` with the step `aangenomen-`/`verworpen-eerste-kamer`
/// (`EersteKamerDecisions`), beside the item's debate. The Tweede Kamer's decisions are read from its VLOS reports.
struct HandelingenReader {
    var id: String
    var hash: String
    var document: String

    func read(_ handelingen: MarkupNode) throws -> ReaderOutput {
        let date = try handelingen.string("vergadering/vergaderdatum").flatMap(Self.meetingDay)
        let meeting = try handelingen.string("vergadering/vergadering-nummer")
        let items = try handelingen.select("opening | agendapunt")
        let source = Deed.Source(
            format: .officielePublicatie, document: document,
            url: "https://zoek.officielebekendmakingen.nl/\(id).html", hash: hash)
        var deeds: [Deed] = []
        for item in items {
            let itemID = items.count == 1 ? id : "\(id):\(try item.string("nr") ?? String(item.line))"
            deeds += try read(item, id: itemID, date: date, meeting: meeting, source: source)
        }
        return ReaderOutput(key: "ob:\(id)", version: nil, deeds: deeds)
    }

    private func read(_ item: MarkupNode, id itemID: String, date: Day?, meeting: String?, source: Deed.Source)
        throws -> [Deed]
    {
        let turns = try Turn.all(in: item)
        var actors: [Deed.Actor] = []
        for turn in turns where !turn.isChair && !actors.contains(turn.actor) {
            actors.append(turn.actor)
        }
        let groups = Dictionary(
            actors.compactMap { actor in actor.group.map { (actor.name, $0) } }, uniquingKeysWith: { first, _ in first }
        )
        let motions = try item.select(".//motie").compactMap {
            try motion($0, date: date, groups: groups, source: source)
        }
        var refs = Deed.References(documents: [id] + motions.map(\.id))
        for cited in try item.select(".//extref/@doc").map(\.text) where cited.hasPrefix("kst-") {
            refs.documents.append(cited)
        }
        refs = refs.merged(with: Deed.References(dossiers: refs.documents.compactMap(Self.dossier)))
        let title: String
        if item.name == "agendapunt" {
            title = try item.string("item-titel") ?? item.string("onderwerp") ?? id
        } else {
            title = ["Opening", meeting.map { "van de \($0)" }].compactMap { $0 }.joined(separator: " ")
        }
        let debate = Deed(
            id: itemID, kind: item.name == "agendapunt" ? .debate : .other, date: date, title: title,
            text: try text(of: item), actors: actors, refs: refs, source: source)

        var commitments: [Deed] = []
        for turn in turns where turn.actor.role == .government {
            for passage in turn.paragraphs.flatMap(SpokenCommitment.passages(in:)) {
                commitments.append(
                    SpokenCommitment(passage: passage, speaker: turn.actor).deed(
                        id: "\(itemID):toezegging:\(commitments.count + 1)", date: date, dossiers: debate.refs.dossiers,
                        activity: nil, source: source))
            }
        }
        var decisions: [Deed] = []
        if id.hasPrefix("h-ek-"), item.name == "agendapunt" {
            decisions = EersteKamerDecisions(item: itemID, date: date, source: source).deeds(
                try Self.recordAndChair(item))
        }
        return [debate] + motions + commitments + decisions
    }

    /// The item's own words and the chair's, in document order: its subject, the text between the speeches ("In
    /// stemming komt het wetsvoorstel.") and what the chair says; not the members' or ministers' speeches, nor the
    /// motions.
    static func recordAndChair(_ item: MarkupNode) throws -> [String] {
        var paragraphs: [String] = []
        for child in item.children {
            switch child.name {
            case "onderwerp", "tekst":
                paragraphs += try child.strings(".//al[not(ancestor::motie)]")
            case "spreekbeurt" where try child.string("spreker/naam/achternaam")?.lowercased() == "voorzitter":
                paragraphs += try child.strings("tekst//al[not(ancestor::motie)]")
            default:
                continue
            }
        }
        return paragraphs
    }

    /// What the item is about (`onderwerp`: "Aan de orde is het VAO …"), else its own text (the opening's).
    ///
    /// Not the speeches: in a deed's text every word counts for linking, and a debate touches on much it is
    /// not about. The motions and commitments are deeds of their own; the words stay in the kept record.
    private func text(of item: MarkupNode) throws -> String {
        let subject = try item.strings("onderwerp//al")
        return (subject.isEmpty ? try item.strings("tekst//al") : subject).joined(separator: "\n")
    }

    // Made once: a regex literal in a function is parsed and compiled again at every call (scripts/check-regex.py).
    nonisolated(unsafe) private static let motionID = /^M-(\d{4,5}(?:-[A-Z0-9]+)?)-(\d+)$/
    nonisolated(unsafe) private static let submittedBy = /voorgesteld door (?:de leden|het lid) (.+?)\./

    /// A motion submitted in the debate: `<motie id="M-31311-199">` with its text and, in `motie-info`,
    /// who submitted it and the Kamerstuk number it got.
    private func motion(_ motie: MarkupNode, date: Day?, groups: [String: String], source: Deed.Source) throws
        -> Deed?
    {
        let cited = try motie.select("motie-info//extref/@doc").map(\.text).first { $0.hasPrefix("kst-") }
        let fromID = motie.attribute("id").flatMap { id in
            id.firstMatch(of: Self.motionID).map { "kst-\($0.1)-\($0.2)" }
        }
        guard let id = cited ?? fromID else { return nil }
        let text = MotionText(paragraphs: try motie.strings("al"))
        let names = try motie.strings("motie-info/al").lazy.compactMap(Self.submitters).first ?? []
        let actors = names.enumerated().map { index, name in
            Deed.Actor(role: index == 0 ? .submitter : .cosigner, name: name, group: groups[name])
        }
        let title =
            names.isEmpty
            ? "Motie" : names.count == 1 ? "Motie van het lid \(names[0])" : "Motie van de leden \(names[0]) c.s."
        return Deed(
            id: id, kind: .motion, date: date, title: title, text: text.body.joined(separator: "\n"),
            dictum: text.dictum.isEmpty ? nil : text.dictum.joined(separator: "\n"), actors: actors,
            refs: Deed.References(dossiers: Self.dossier(of: id).map { [$0] } ?? [], documents: [id]), source: source)
    }

    /// "Deze motie is voorgesteld door de leden Wörsdörfer, Bruins en Amhaouch." → the three names.
    static func submitters(_ sentence: String) -> [String]? {
        guard let match = sentence.firstMatch(of: submittedBy) else { return nil }
        return match.1.replacing(" en ", with: ", ").split(separator: ", ").map {
            $0.trimmingCharacters(in: .whitespaces)
        }
    }

    /// `kst-31311-199` → `31311`; `kst-36740-VII-34` → `36740-VII`.
    static func dossier(of kamerstuk: String) -> String? {
        guard kamerstuk.hasPrefix("kst-"), let last = kamerstuk.lastIndex(of: "-") else { return nil }
        let dossier = kamerstuk[kamerstuk.index(kamerstuk.startIndex, offsetBy: 4)..<last]
        return dossier.isEmpty ? nil : String(dossier)
    }

    /// "Donderdag 8 februari 2018" → 2018-02-08.
    static func meetingDay(_ text: String) -> Day? {
        Day(dutch: text.split(separator: " ").suffix(3).joined(separator: " "))
    }
}

/// One turn of the plenary record (`spreekbeurt`): who spoke and their words.
private struct Turn {
    var actor: Deed.Actor
    var isChair: Bool
    var paragraphs: [String]

    /// The turns of an item, in order; motions are left out of the words (they are deeds of their own).
    static func all(in item: MarkupNode) throws -> [Turn] {
        try item.select("spreekbeurt").compactMap { turn in
            guard let speaker = try turn.select("spreker").first else { return nil }
            let prefix = try speaker.string("voorvoegsels") ?? ""
            let name = try speaker.string("naam/achternaam") ?? ""
            let group = try speaker.string("politiek")
            let offices = ["minister-president", "minister", "staatssecretaris"]
            let actor: Deed.Actor
            if group == nil, offices.contains(where: { prefix.lowercased().hasPrefix($0) }) {
                actor = Deed.Actor(role: .government, name: "\(prefix) \(name)")
            } else {
                actor = Deed.Actor(role: .speaker, name: name, group: group)
            }
            return Turn(
                actor: actor, isChair: name.lowercased() == "voorzitter",
                paragraphs: try turn.strings("tekst//al[not(ancestor::motie)]"))
        }
    }
}
