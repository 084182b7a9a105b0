import Core
import Deeds
import Foundation
import Ledger
import Scoring

// The words analysts read in the terminal are Dutch; JSON keeps the stable English values (docs/cli.md).
// A link's stance and method have theirs in Ledger (`Link.swift`): the linker's explanations use them too.

extension Review.Verdict {
    /// `bevestigd`, `verworpen`.
    package var dutch: String {
        switch self {
        case .confirmed: "bevestigd"
        case .rejected: "verworpen"
        }
    }
}

extension Deed.Kind {
    /// `motie`, `brief`, `raadsbesluit`, …
    package var dutch: String {
        switch self {
        case .motion: "motie"
        case .amendment: "amendement"
        case .bill: "wetsvoorstel"
        case .budget: "begroting"
        case .law: "wet"
        case .decree: "besluit (Staatsblad)"
        case .letter: "brief"
        case .commitment: "toezegging van de regering"
        case .decision: "besluit"
        case .debate: "debat"
        case .councilDecision: "raadsbesluit"
        case .agendaItem: "agendapunt"
        case .other: "overig"
        }
    }
}

extension Standard.Scope {
    /// `landelijk`, `gemeentelijk`, `beide`.
    package var dutch: String {
        switch self {
        case .national: "landelijk"
        case .municipal: "gemeentelijk"
        case .any: "beide"
        }
    }
}

/// The Dutch words of the terminal reports for tracker's English values (JSON keeps the English).
package enum Dutch {
    package static func status(_ status: FulfilmentStatus) -> String {
        switch status {
        case .notRated: "nog niet in gang"
        case .inProgress: "in uitvoering"
        case .stalled: "vastgelopen"
        case .partial: "deels"
        case .kept: "gehouden"
        case .broken: "gebroken"
        }
    }

    /// `72 nog niet in gang, 3 vastgelopen`: each status that occurs, with its count, in the order of the statuses.
    package static func statusCounts(_ counts: [FulfilmentStatus: Int]) -> String {
        FulfilmentStatus.allCases.compactMap { status in
            guard let count = counts[status], count > 0 else { return nil }
            return "\(count) \(Dutch.status(status))"
        }.joined(separator: ", ")
    }

    /// The statuses of `statuses`, counted, as `statusCounts` writes them.
    package static func statusCounts(_ statuses: [FulfilmentStatus]) -> String {
        statusCounts(Dictionary(statuses.map { ($0, 1) }, uniquingKeysWith: +))
    }

    package static func reason(_ reason: BrokenReason) -> String {
        switch reason {
        case .noMajority: "geen meerderheid"
        case .reversed: "teruggedraaid"
        case .blockedByCourt: "door de rechter tegengehouden"
        case .dropped: "laten vallen"
        case .endOfTerm: "einde termijn"
        }
    }

    /// What a deed decides: `gehouden`, `deels`, `gebroken (geen meerderheid)`.
    package static func decision(_ decision: Rubric.Decision) -> String {
        switch decision {
        case .broken(let reason): status(.broken, reason: reason)
        default: status(decision.status)
        }
    }

    /// The status with its reason: `gebroken (geen meerderheid)`.
    package static func status(_ status: FulfilmentStatus, reason: BrokenReason?) -> String {
        reason.map { "\(Self.status(status)) (\(Self.reason($0)))" } ?? Self.status(status)
    }

    package static func direction(_ direction: RightsAssessment.Direction) -> String {
        switch direction {
        case .advances: "bevordert"
        case .threatens: "bedreigt"
        case .mixed: "gemengd"
        }
    }

    /// How many of the links that count an analyst confirmed, as the scorecard says it: "Door een analist
    /// bevestigd: 1 van de 4 meegetelde koppelingen; de andere zijn door tracker gelezen en nog niet beoordeeld."
    package static func confirmedLinks(_ confirmed: Int, of links: Int) -> String {
        let rest =
            confirmed == 0
            ? (links == 1 ? "die is" : "ze zijn alle") : (links - confirmed == 1 ? "de andere is" : "de andere zijn")
        return
            "Door een analist bevestigd: \(confirmed) van de \(links) meegetelde \(links == 1 ? "koppeling" : "koppelingen")"
            + (confirmed == links ? "." : "; \(rest) door tracker gelezen en nog niet beoordeeld.")
    }

    /// What a pledge does to rights, as the clause a sentence needs: `bevordert de rechten`, `bedreigt de rechten`,
    /// `heeft een gemengd effect op de rechten` (the bare label `gemengd` is no verb).
    package static func effectOnRights(_ direction: RightsAssessment.Direction) -> String {
        switch direction {
        case .advances, .threatens: "\(Self.direction(direction)) de rechten"
        case .mixed: "heeft een gemengd effect op de rechten"
        }
    }

    package static func stance(_ stance: Link.Stance) -> String { stance.dutch }

    package static func method(_ method: Link.Method) -> String { method.dutch }

    package static func standing(_ standing: Contribution.Standing) -> String {
        switch standing {
        case .counted: "meegeteld"
        case .prior: "eerder, vóór de belofte (niet meegeteld)"
        case .belowEvidence: "onder de bewijsgrens (niet meegeteld)"
        case .afterTerm: "na het einde van de termijn (niet meegeteld)"
        }
    }

    /// `+0,10`: a signed number with a decimal comma.
    package static func signed(_ value: Double, digits: Int = 2) -> String {
        String(format: "%+.\(digits)f", value).replacingOccurrences(of: ".", with: ",")
    }

    /// `0,50`.
    package static func decimal(_ value: Double, digits: Int = 2) -> String {
        String(format: "%.\(digits)f", value).replacingOccurrences(of: ".", with: ",")
    }

    /// `1 belofte`, `3 beloften`.
    package static func count(_ count: Int, _ one: String, _ many: String) -> String {
        "\(count) \(count == 1 ? one : many)"
    }

    /// `D66 3 van 4 stemmingen in lijn (9 zetels)` or `D66 geen gegevens`.
    package static func consistency(_ record: PartyConsistency) -> String {
        guard record.votes > 0 else { return "\(party(record)) geen gegevens" }
        var text = "\(party(record)) \(record.inLine) van \(count(record.votes, "stemming", "stemmingen")) in lijn"
        if record.against > 0 { text += ", \(record.against) ertegen" }
        if record.other > record.mixed { text += ", \(record.other - record.mixed) onthouden of afwezig" }
        if record.mixed > 0 {
            text += ", \(record.mixed) in lijn met de ene belofte en tegen een andere"
        }
        var notes = record.seats.map { [count($0, "zetel", "zetels")] } ?? []
        if record.mistaken > 0 { notes.append("\(record.mistaken) naar eigen zeggen vergist") }
        if !notes.isEmpty { text += " (\(notes.joined(separator: "; ")))" }
        return text
    }

    /// `2 daden op dit thema die geen belofte op het thema steunen of tegenwerken`: what a theme's rights alerts are,
    /// counted. A deed that only mentions a pledge is among them, though it is listed (with 0 points) under it.
    package static func alertCount(_ count: Int) -> String {
        "\(Self.count(count, "daad", "daden")) op dit thema die geen belofte op het thema \(count == 1 ? "steunt of tegenwerkt" : "steunen of tegenwerken")"
    }

    /// A theme's figures in one sentence, after "Thema: " in the terminal: its pledges made by the day with their
    /// statuses, mean progress and summed rights effect, and how many of those listed were made after the day.
    package static func themeSummary(_ theme: ThemeScore) -> String {
        let made = theme.pledges.count - theme.later.count
        guard made > 0 else {
            let later = count(theme.later.count, "belofte", "beloften")
            return "nog geen belofte gedaan op deze dag; \(later) later gedaan, hier niet meegeteld."
        }
        var text =
            "\(count(made, "belofte", "beloften")) (\(statusCounts(theme.statuses))); gemiddelde voortgang \(theme.progress); rechteneffect \(signed(theme.rightsEffect)) (som van de beloften)."
        if !theme.later.isEmpty { text += " " + laterPledges(theme.later.count) }
        return text
    }

    /// What a scorecard without pledges says: of the one theme it was asked for (`--theme`), or of the ledger.
    package static func noPledges(themes: [ThemeScore], ledger: Ledger) -> String {
        guard themes.count == 1, let theme = themes.first else { return "Geen beloften in het register." }
        return "Geen beloften op het thema \(ledger.themeName(theme.theme))."
    }

    /// `na deze dag beloofd, op 30 januari 2026`: a pledge made after the day of a report, in place of its status.
    package static func madeLater(_ pledge: Pledge) -> String { "na deze dag beloofd, op \(date(pledge.date))" }

    /// `Na deze dag gedaan en hier niet meegeteld: 2 beloften.`: the pledges a report of a day lists but does not
    /// count, as they were made after it.
    package static func laterPledges(_ count: Int) -> String {
        "Na deze dag gedaan en hier niet meegeteld: \(Self.count(count, "belofte", "beloften"))."
    }

    /// A party as a theme's records name it: with the council it sits in, `SP (Utrecht)`, where it is not the
    /// Tweede Kamer's.
    static func party(_ record: PartyConsistency) -> String {
        record.council.map { "\(record.party) (\($0))" } ?? record.party
    }

    /// One sentence on the parties' votes: those with votes first, then the pledging parties without any
    /// (`geen gegevens`); nil when there is nothing to say. `theme`: the records of a theme's pledges, not one's.
    package static func consistency(_ records: [PartyConsistency], theme: Bool = false) -> String? {
        let voted = records.filter(\.pledged).filter { $0.votes > 0 }
        let silent = records.filter(\.pledged).filter { $0.votes == 0 }
        let others = records.filter { !$0.pledged && $0.votes > 0 }
        guard !voted.isEmpty || !silent.isEmpty || !others.isEmpty else { return nil }
        var parts: [String] = voted.map(consistency)
        if !silent.isEmpty { parts.append("geen gegevens voor \(silent.map(party).joined(separator: ", "))") }
        var text =
            "Stemgedrag van de partijen die de \(theme ? "beloften" : "belofte") deden: "
            + parts.joined(separator: "; ") + "."
        if !others.isEmpty { text += " Andere partijen: " + others.map(consistency).joined(separator: "; ") + "." }
        return text
    }

    /// What a motion asks, for a reader who sees only its title, when that names no subject: a Kamerstuk motion is
    /// titled by its members alone ("Motie van het lid Bamenga c.s."), where a Zaak says what it is about ("… over
    /// …"). Its dictum, shortened, as a sentence; nil for every other deed.
    package static func askedBy(_ deed: Deed) -> String? {
        guard deed.kind == .motion, let dictum = deed.dictum, !deed.title.contains(" over "),
            deed.title.range(of: #"^(Gewijzigde )?[Mm]otie van (het lid|de leden) "#, options: .regularExpression)
                != nil
        else { return nil }
        var asked = shortened(dictum, limit: 200)
        while let last = asked.last, last == "," || last == ";" { asked.removeLast() }
        return asked.isEmpty ? nil : "Het dictum: “\(asked)”."
    }

    /// A deed's title on one line, cut after a word when it is longer than `limit` characters.
    package static func shortened(_ title: String, limit: Int = 160) -> String {
        let text = title.collapsingWhitespace()
        guard text.count > limit else { return text }
        let cut = text.prefix(limit)
        let end = cut.lastIndex(of: " ") ?? cut.endIndex
        return String(cut[..<end]) + " …"
    }
}
