import Core
import Foundation
import Markup

/// Reads Tweede Kamer VLOS meeting reports (root `vlosCoreDocument`).
///
/// Five kinds of deed come out of a report: motions submitted during a debate (with their
/// text and submitters), decisions taken in a vote (outcome and the vote of each group),
/// government letters and bills on the meeting's list of documents, and the debates held with the
/// commitments made in them (`VLOSDebateReader`).
struct VLOSReportReader {
    static let namespace = "http://www.tweedekamer.nl/ggm/vergaderverslag/v1.0"
    // Made once: a regex literal in a function is parsed and compiled again at every call (scripts/check-regex.py).
    nonisolated(unsafe) private static let billWord = /(?i)\bwetsvoorstel\b/
    nonisolated(unsafe) private static let sentOn = /d\.d\. (\d{1,2} [a-z]+ \d{4})/
    nonisolated(unsafe) private static let sender = /^de brief van (de .+?) d\.d\./

    func read(_ document: MarkupDocument, hash: String) throws -> ReaderOutput {
        document.register(prefix: "v", namespace: Self.namespace)
        guard let root = document.root else { return ReaderOutput(key: document.name, deeds: []) }
        guard let meeting = try root.select("v:vergadering").first else {
            throw DocumentProblem(
                document: document.name, line: root.line, message: "VLOS report without a vergadering element")
        }
        let meetingDate = try meeting.string("v:datum").flatMap { Day($0) }
        let source = Deed.Source(format: .vlos, document: document.name, hash: hash)
        var deeds: [Deed] = []
        deeds += try submittedMotions(in: meeting, date: meetingDate, source: source)
        let meetingID = meeting.attribute("objectid") ?? hash
        deeds += try decisions(in: meeting, date: meetingDate, source: source, report: "vlos:\(meetingID)")
        deeds += try governmentLetters(in: meeting, date: meetingDate, source: source)
        deeds += try bills(in: meeting, attestedBy: "vlos:\(meetingID)", source: source)
        deeds += try VLOSDebateReader(meeting: meeting, date: meetingDate, source: source).deeds()
        return ReaderOutput(key: "vlos:\(meetingID)", version: root.attribute("Timestamp"), deeds: deeds)
    }

    /// `draadboekfragment soort="Motie indiening"`: the motion's text and who submitted it.
    private func submittedMotions(in meeting: MarkupNode, date: Day?, source: Deed.Source) throws -> [Deed] {
        var deeds: [Deed] = []
        for fragment in try meeting.select(".//v:draadboekfragment[@soort='Motie indiening']") {
            for zaak in try fragment.select("v:zaken/v:zaak") {
                guard let reference = try ZaakReference(zaak) else { continue }
                let paragraphs = try fragment.strings("v:tekst/v:alineagroep[@type='Motietekst']//v:alineaitem")
                let motion = MotionText(paragraphs: paragraphs)
                var actors: [Deed.Actor] = []
                for (index, speaker) in try zaak.select("v:sprekers/v:spreker").enumerated() {
                    guard let name = try speaker.string("v:verslagnaam") else { continue }
                    actors.append(
                        Deed.Actor(
                            role: index == 0 ? .submitter : .cosigner, name: name,
                            group: try speaker.string("v:fractie")))
                }
                deeds.append(
                    Deed(
                        id: reference.id, kind: reference.kind, date: date, title: reference.title,
                        text: motion.body.joined(separator: "\n"),
                        dictum: motion.dictum.isEmpty ? nil : motion.dictum.joined(separator: "\n"), actors: actors,
                        refs: reference.refs, source: source))
            }
        }
        return deeds
    }

    /// `activiteititem soort="Besluit"` with `uitslag` and `stemmingen`, tied to the zaak it decides.
    ///
    /// The zaak is identified by the "(dossier, nr. N)" in the title of the voting item, or by the only zaak of the
    /// vote; a vote on "het wetsvoorstel" is the bill's (`wetsvoorstel:<dossier>`, a step of its own) when the vote
    /// has one bill. A decision that cannot be tied to one zaak is left out rather than attached to every motion on
    /// the agenda item. A zaak voted on twice in one report (the vote reopened and held again) has the later vote.
    private func decisions(in meeting: MarkupNode, date: Day?, source: Deed.Source, report: String) throws -> [Deed] {
        var deeds: [Deed] = []
        var places: [String: Int] = [:]
        for vote in try meeting.select(".//v:activiteithoofd[v:activiteitdeel/v:activiteititem[@soort='Besluit']]") {
            let elements = try vote.select("v:zaken/v:zaak")
            let zaken = try elements.compactMap { try ZaakReference($0) }
            let bills = try elements.compactMap { try BillReference($0) }
            for part in try vote.select("v:activiteitdeel[v:activiteititem[@soort='Besluit']]") {
                let partTitle = try part.string("v:titel") ?? ""
                var reference: ZaakReference?
                var bill: BillReference?
                if let cited = ZaakReference.cited(in: partTitle) {
                    reference =
                        zaken.first { $0.id == cited } ?? ZaakReference(id: cited, kind: .other, title: partTitle)
                } else if bills.count == 1, partTitle.firstMatch(of: Self.billWord) != nil {
                    bill = bills[0]
                } else if zaken.count == 1 {
                    reference = zaken[0]
                } else if elements.count == 1 {
                    bill = bills.first
                }
                for item in try part.select("v:activiteititem[@soort='Besluit']") {
                    guard let label = try item.string("v:uitslag") else { continue }
                    let outcome = Deed.Outcome(
                        result: Deed.Outcome.result(from: label), label: label, date: date,
                        method: try item.string("v:besluitvorm"),
                        votes: try item.select("v:stemmingen/v:stemming").flatMap(readVotes))
                    let deed: Deed
                    if let reference {
                        deed = Deed(
                            id: reference.id, kind: reference.kind, date: nil, title: reference.title, text: "",
                            refs: reference.refs, outcome: outcome, source: source)
                    } else if let bill {
                        deed = bill.deed(decided: outcome, attestedBy: report, source: source)
                    } else {
                        continue
                    }
                    if let place = places[deed.id] {
                        deeds[place] = deed
                    } else {
                        places[deed.id] = deeds.count
                        deeds.append(deed)
                    }
                }
            }
        }
        return deeds
    }

    /// One `stemming`: a group (`<fractie>SP</fractie>` or `<fractie><naam/><afkorting/></fractie>`)
    /// or, in a roll-call vote, a member (`<hoofd>`), with `<stem>`.
    private func readVotes(_ stemming: MarkupNode) throws -> [Deed.Vote] {
        let choice = Deed.Vote.Choice(label: try stemming.string("v:stem") ?? "")
        var votes: [Deed.Vote] = []
        for member in try stemming.select("v:hoofd") {
            let group = try member.string("v:fractie/v:afkorting") ?? member.string("v:fractie") ?? ""
            votes.append(Deed.Vote(group: group, choice: choice, member: try member.string("v:verslagnaam")))
        }
        if votes.isEmpty {
            for fractie in try stemming.select("v:fractie") {
                guard let group = try fractie.string("v:afkorting") ?? fractie.string("v:naam") ?? fractie.string(".")
                else { continue }
                votes.append(Deed.Vote(group: group, choice: choice))
            }
        }
        return votes
    }

    /// `zaak soort="Brief regering"` with a dossier and document number: a letter from the government.
    private func governmentLetters(in meeting: MarkupNode, date: Day?, source: Deed.Source) throws -> [Deed] {
        var deeds: [Deed] = []
        var seen: Set<String> = []
        for zaak in try meeting.select(".//v:zaak[@soort='Brief regering']") {
            guard let reference = try ZaakReference(zaak), seen.insert(reference.id).inserted else { continue }
            let title = try zaak.string("v:titel") ?? reference.title
            let sent = title.firstMatch(of: Self.sentOn).flatMap { Day(dutch: String($0.1)) }
            var actors: [Deed.Actor] = []
            if let sender = title.firstMatch(of: Self.sender) {
                actors.append(Deed.Actor(role: .government, name: String(sender.1)))
            }
            deeds.append(
                Deed(
                    id: reference.id, kind: .letter, date: sent ?? date,
                    title: try zaak.string("v:onderwerp") ?? reference.title, text: title, actors: actors,
                    refs: reference.refs, source: source))
        }
        return deeds
    }
}

extension VLOSReportReader {
    /// `zaak soort="Wetgeving"` (or `Initiatiefwetgeving`) with a dossier: a bill that has been submitted,
    /// as the deed `wetsvoorstel:<dossier>` with the step `ingediend` (see `Deed.Stage`). The report does
    /// not say when it was submitted, so the step has no date.
    private func bills(in meeting: MarkupNode, attestedBy report: String, source: Deed.Source) throws -> [Deed] {
        var deeds: [Deed] = []
        var seen: Set<String> = []
        for zaak in try meeting.select(".//v:zaak[@soort='Wetgeving' or @soort='Initiatiefwetgeving']") {
            guard let bill = try BillReference(zaak), seen.insert(bill.dossier).inserted else { continue }
            deeds.append(bill.deed(attestedBy: report, source: source))
        }
        return deeds
    }
}

/// A VLOS `zaak` of a bill (`soort="Wetgeving"` or `Initiatiefwetgeving`) with its dossier: the deed
/// `wetsvoorstel:<dossier>`.
struct BillReference {
    var dossier: String
    var title: String
    var text: String
    var zaken: [String]

    /// Nil for any other zaak, or a bill's without a dossier number.
    init?(_ zaak: MarkupNode) throws {
        guard ["Wetgeving", "Initiatiefwetgeving"].contains(zaak.attribute("soort") ?? ""),
            let dossier = try zaak.string("v:dossiernummer")?.replacingOccurrences(of: " ", with: "")
        else { return nil }
        self.dossier = dossier
        title = try zaak.string("v:onderwerp") ?? zaak.string("v:titel") ?? dossier
        text = try zaak.string("v:titel") ?? ""
        zaken = try zaak.strings("v:parlisid")
    }

    /// The bill as the report shows it: submitted (the report does not say when), and decided by the Tweede Kamer
    /// when the report has its vote (`Deed.Stage`).
    func deed(decided outcome: Deed.Outcome? = nil, attestedBy report: String, source: Deed.Source) -> Deed {
        var stages = [Deed.Stage(step: .submitted, date: nil, document: report)]
        switch outcome?.result {
        case .adopted: stages.append(Deed.Stage(step: .adoptedByTweedeKamer, date: outcome?.date, document: report))
        case .rejected: stages.append(Deed.Stage(step: .rejectedByTweedeKamer, date: outcome?.date, document: report))
        default: break
        }
        return Deed(
            id: Deed.Stage.billID(dossier: dossier), kind: .bill, date: nil, title: title, text: text,
            refs: Deed.References(dossiers: [dossier], zaken: zaken), outcome: outcome, stages: stages,
            source: source)
    }
}

/// The identity of a VLOS `zaak`: the Kamerstuk it is, with its kind and title.
struct ZaakReference {
    // Made once: a regex literal in a function is parsed and compiled again at every call (scripts/check-regex.py).
    nonisolated(unsafe) private static let citedKamerstuk = /\((\d{4,5}(?:-[A-Z0-9]+)?), nr\. (\d+)\)/
    nonisolated(unsafe) private static let citedAtEnd = /\s*\(\d{4,5}(?:-[A-Z0-9]+)?, nr\. \d+\)\s*$/

    var id: String
    var kind: Deed.Kind
    var title: String
    var refs = Deed.References()

    init(id: String, kind: Deed.Kind, title: String) {
        self.id = id
        self.kind = kind
        self.title = title
    }

    /// Nil for a zaak without both a dossier and a document number.
    init?(_ zaak: MarkupNode) throws {
        guard let dossier = try zaak.string("v:dossiernummer")?.replacingOccurrences(of: " ", with: ""),
            let number = try zaak.string("v:stuknummer")
        else { return nil }
        id = "kst-\(dossier)-\(number)"
        let soort = zaak.attribute("soort") ?? ""
        kind = ZaakReference.kind(soort)
        title = ZaakReference.cleanTitle(try zaak.string("v:titel") ?? soort)
        refs = Deed.References(dossiers: [dossier], documents: [id], zaken: try zaak.strings("v:parlisid"))
    }

    /// The Kamerstuk id cited as "(36786, nr. 4)" or "(36740-VII, nr. 31)" in a title.
    static func cited(in title: String) -> String? {
        guard let match = title.firstMatch(of: citedKamerstuk) else { return nil }
        return "kst-\(match.1)-\(match.2)"
    }

    static func kind(_ soort: String) -> Deed.Kind {
        switch soort {
        case "Motie": .motion
        case "Amendement": .amendment
        case "Wetgeving", "Initiatiefwetgeving": .bill
        case let value where value.hasPrefix("Brief"): .letter
        default: .other
        }
    }

    /// "de motie-Bamenga c.s. over … (36284, nr. 45)" → "Motie-Bamenga c.s. over …"
    static func cleanTitle(_ title: String) -> String {
        var text = title.replacing(citedAtEnd, with: "")
        if text.hasPrefix("de ") { text.removeFirst(3) }
        return text.prefix(1).uppercased() + text.dropFirst()
    }
}
