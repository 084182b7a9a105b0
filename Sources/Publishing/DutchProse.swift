import Core
import Deeds
import Foundation
import Ledger
import Scoring

// Dutch for the letters and the feed: dates written out, lists with "en", who made a pledge, how a group voted.

extension Dutch {
    static let months = [
        "januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september", "oktober",
        "november", "december",
    ]

    /// `19 juni 2025`.
    package static func date(_ day: Day) -> String { "\(day.day) \(months[day.month - 1]) \(day.year)" }

    /// `juni 2025`: a month in words.
    package static func monthName(_ day: Day) -> String { "\(months[day.month - 1]) \(day.year)" }

    /// `jun 2025`: a month on a chart's axis.
    package static func month(_ day: Day) -> String { "\(months[day.month - 1].prefix(3)) \(day.year)" }

    /// `a`, `a en b`, `a, b en c`.
    package static func list(_ items: [String]) -> String {
        guard items.count > 1 else { return items.first ?? "" }
        return items.dropLast().joined(separator: ", ") + " en " + items.last!
    }

    /// The themes a letter is about, in its opening sentence: listed up to three (`etnisch profileren en eerlijk
    /// proces`), else counted from the first to the last (`acht thema's, van etnisch profileren tot en met humanitaire
    /// hulp en internationaal humanitair recht`): theme names hold "en" themselves, and a list of eight ran together.
    /// Names that hold "en" themselves are counted and set apart by semicolons (`twee thema's: asiel en het
    /// VN-Vluchtelingenverdrag; mensenrechtenstad en lokaal mensenrechtenbeleid,`); a form that ends in a list
    /// ends in a comma, for the sentence goes on.
    package static func themes(_ names: [String]) -> String {
        let numbers = ["twee", "drie", "vier", "vijf", "zes", "zeven", "acht", "negen", "tien", "elf", "twaalf"]
        let count = names.count - 2 < numbers.count ? numbers[max(0, names.count - 2)] : String(names.count)
        if names.count > 3, let first = names.first, let last = names.last {
            return "\(count) thema's, van \(first) tot en met \(last),"
        }
        guard names.count > 1, names.contains(where: { $0.contains(" en ") }) else { return list(names) }
        return "\(count) thema's: \(names.joined(separator: "; ")),"
    }

    /// `.` to end a sentence after a quoted text, or nothing when the text ends one itself (`.`, `?`, `!`, `…`).
    package static func sentenceEnd(after text: String) -> String {
        guard let last = text.trimmingCharacters(in: .whitespaces).last else { return "." }
        return ".?!…".contains(last) ? "" : "."
    }

    /// The government of a term: `het kabinet van PVV, VVD, NSC en BBB`.
    package static func government(_ term: Rubric.Term) -> String {
        term.actor == "kabinet"
            ? "het kabinet van \(list(term.parties))" : "\(withArticle(term.actor)) (\(list(term.parties)))"
    }

    /// Who made a pledge: `de coalitie van PVV, VVD, NSC en BBB`, `het kabinet (PVV, VVD, NSC en BBB)`, `de gemeente
    /// Den Helder`, `de burgemeester van Utrecht`, `GroenLinks in Utrecht`, `VVD`. A national pledge from a
    /// hoofdlijnenakkoord or coalitieakkoord (the document it cites, or the one that document quotes) is the
    /// coalition parties': their agreement, made before their cabinet existed; one from what the cabinet itself
    /// published or said (a regeerprogramma, a memorie van toelichting, a minister in the Kamer) is the cabinet's.
    package static func actor(_ pledge: Pledge, ledger: Ledger) -> String {
        if pledge.actor == "kabinet" {
            guard !pledge.parties.isEmpty else { return "het kabinet" }
            let cited = ledger.document(pledge.source.document)
            let primary = cited?.quotes.flatMap(ledger.document) ?? cited
            let agreement = primary.map { $0.kind == .primary && $0.title.lowercased().contains("akkoord") } ?? false
            return agreement ? "de coalitie van \(list(pledge.parties))" : "het kabinet (\(list(pledge.parties)))"
        }
        guard let municipal = MunicipalActor(pledge.actor) else { return withArticle(pledge.actor) }
        let name = ledger.municipality(municipal.municipality)?.name ?? municipal.municipality
        switch municipal.role {
        case .municipality: return "de gemeente \(name)"
        case .college: return "het college van \(name)"
        case .mayor: return "de burgemeester van \(name)"
        case .party(let party):
            // The actor's party leads (its slug: `pvdd`, `pvda`); others that made the pledge with it are "c.s.".
            let lead = pledge.parties.first { Self.slugNames($0, party) } ?? pledge.parties.first ?? party
            return "\(Self.withArticle(lead))\(pledge.parties.count > 1 ? " c.s." : "") in \(name)"
        }
    }

    /// A pledge named in a sentence or a table, shortened: its words in quotation marks, or a paraphrase without
    /// them and said to be one (`… (zakelijk weergegeven)`).
    package static func pledgeWords(_ pledge: Pledge, limit: Int) -> String {
        let words = shortened(pledge.text, limit: limit)
        guard pledge.quotation == .paraphrase else { return "“\(innerQuotes(words))”" }
        return "\(words.trimmingCharacters(in: CharacterSet(charactersIn: ". "))) (zakelijk weergegeven)"
    }

    /// Words as a letter shows them: in quotation marks when they are the source's own (`exact`), without them
    /// when they are a paraphrase, which a template then says is one ("zakelijk weergegeven").
    package static func quoted(_ text: String, _ quotation: Pledge.Quotation) -> String {
        quotation == .exact ? "“\(text)”" : text
    }

    /// ` (weergave: Amnesty International Nederland)` when a pledge's words are known only from a secondary
    /// source not yet checked against the pledge-maker's own text (the words may be the source's), else empty: a
    /// letter must not put a report's sentence in the government's mouth. A source without an author is named by
    /// its title.
    package static func accordingTo(_ pledge: Pledge, ledger: Ledger) -> String {
        guard !pledge.source.verified, let document = ledger.document(pledge.source.document),
            document.kind == .secondary
        else { return "" }
        return " (weergave: \(sourceName(document)))"
    }

    /// Who wrote a source document, for a reader: its author, or its title when the copy names no author.
    package static func sourceName(_ document: SourceDocument) -> String {
        document.namesAuthor ? document.author : "“\(document.title)”"
    }

    /// The parties Dutch names with an article ("de PvdA", "het CDA"); the others go without one (D66, GroenLinks,
    /// BIJ1, Volt, DENK, JA21, a local party's name).
    static let articles: [String: String] = [
        "PvdA": "de", "VVD": "de", "SP": "de", "PVV": "de", "ChristenUnie": "de", "SGP": "de", "CDA": "het",
        "Partij voor de Dieren": "de", "PvdD": "de", "BBB": "de", "NSC": "de",
    ]

    /// A party's name as a sentence uses it: `de PvdA`, `het CDA`, `GroenLinks`.
    static func withArticle(_ party: String) -> String {
        articles[party].map { "\($0) \(party)" } ?? party
    }

    /// Whether an actor's party slug names `party` (`MunicipalActor.slug(_:names:)`).
    static func slugNames(_ party: String, _ slug: String) -> Bool { MunicipalActor.slug(slug, names: party) }

    /// What a stance says of a deed and a pledge: `steunt de belofte`, `gaat in tegen de belofte`, `raakt
    /// aan de belofte`.
    package static func stanceClause(_ stance: Link.Stance) -> String {
        switch stance {
        case .supports: "steunt de belofte"
        case .opposes: "gaat in tegen de belofte"
        case .mentions: "raakt aan de belofte"
        }
    }

    /// Text to put between “ ”: its own double quotes become single ones (‘volop en krachtig’), as Dutch quotes
    /// within a quote; a straight double quote too.
    package static func innerQuotes(_ text: String) -> String {
        var result = ""
        var open = true
        for character in text {
            switch character {
            case "“": result.append("‘")
            case "”": result.append("’")
            case "\"":
                result.append(open ? "‘" : "’")
                open.toggle()
            default: result.append(character)
            }
        }
        return result
    }

    /// Text to stand in Markdown as written: the characters Markdown reads as inline markup escaped with `\`.
    package static func markdownText(_ text: String) -> String {
        // Most titles hold none of them: looked for byte by byte first (a letter escapes every deed it cites).
        guard text.utf8.contains(where: { markdownBytes.contains($0) }) else { return text }
        var result = ""
        for character in text {
            if let byte = character.asciiValue, markdownBytes.contains(byte) { result.append("\\") }
            result.append(character)
        }
        return result
    }

    /// The characters Markdown reads as inline markup, all ASCII.
    private static let markdownBytes = Set("\\`*_[]<>|~".utf8)

    /// The text with its first letter a capital.
    package static func capitalized(_ text: String) -> String { text.prefix(1).uppercased() + text.dropFirst() }

    /// How the given parties voted on a decided deed, in seats where the source gives them: `PVV voor (37
    /// zetels), VVD tegen (24 zetels), NSC niet bekend`; nil when the deed has no votes per group.
    package static func votes(_ outcome: Deed.Outcome, parties: [String]) -> String? {
        guard !outcome.votes.isEmpty, !parties.isEmpty else { return nil }
        let parts = parties.map { party -> String in
            let rows = outcome.votes.filter { PartyConsistency.key($0.group) == PartyConsistency.key(party) }
            guard !rows.isEmpty else { return "\(party) niet bekend" }
            if let vote = rows.first(where: { $0.member == nil }) {
                // The group's own vote; members who voted otherwise are named ("fractie voor, lid X tegen").
                let members = rows.filter { $0.member != nil }
                var notes = vote.seats.map { [count($0, "zetel", "zetels")] } ?? []
                notes += members.map { "\($0.member!) \(choice($0.choice))" }
                let said = notes.isEmpty ? "" : " (\(notes.joined(separator: "; ")))"
                return "\(party) \(choice(vote.choice))\(said)\(vote.mistaken ? ", naar eigen zeggen vergist" : "")"
            }
            // A roll call: the members of the group per choice.
            let counts = Dictionary(grouping: rows, by: \.choice).mapValues(\.count)
            let split = [Deed.Vote.Choice.voor, .tegen, .onthouden, .afwezig, .onbekend].compactMap { choice in
                counts[choice].map { "\($0) \(Self.choice(choice))" }
            }
            return "\(party) \(split.joined(separator: ", ")) (hoofdelijk)"
        }
        return parts.joined(separator: ", ")
    }

    /// The result of a vote with the seats per choice when every vote gives them: `aangenomen met 71 tegen 25
    /// zetels`; without them, how it was decided where that says more than a show of hands: `aangenomen met
    /// algemene stemmen`, `aanvaard zonder stemming` (a hamerstuk); else `aangenomen` alone.
    package static func result(_ outcome: Deed.Outcome) -> String {
        var text = outcome.label.lowercased()
        if let seats = outcome.seats, let voor = seats[.voor], let tegen = seats[.tegen] {
            text += " met \(voor) tegen \(tegen) zetels"
        } else if let method = outcome.method?.lowercased(),
            ["met algemene stemmen", "zonder stemming"].contains(method)
        {
            text += " \(method)"
        }
        return text
    }

    /// ` door de Tweede Kamer` or ` door de Eerste Kamer` for a bill's decision, by the step of the decision's day:
    /// a bill adopted by the Tweede Kamer is not yet law. Empty for anything else.
    package static func chamber(_ deed: Deed, deciding outcome: Deed.Outcome) -> String {
        guard deed.kind == .bill else { return "" }
        let votes = deed.stages.filter { $0.date == outcome.date && $0.step.vote != nil }.map(\.step)
        if votes.contains(where: \.isEersteKamer) { return " door de Eerste Kamer" }
        return votes.isEmpty ? "" : " door de Tweede Kamer"
    }

    static func choice(_ choice: Deed.Vote.Choice) -> String {
        switch choice {
        case .voor: "voor"
        case .tegen: "tegen"
        case .onthouden: "onthouden"
        case .afwezig: "niet deelgenomen"
        case .onbekend: "onbekend"
        }
    }
}

extension Day {
    /// The day before.
    package var previous: Day {
        let (year, month, day) = CivilCalendar.date(fromDays: CivilCalendar.days(self.year, self.month, self.day) - 1)
        return Day(year: year, month: month, day: day)!
    }

    /// Midnight UTC of the day in RFC 3339, as JSON Feed dates are written.
    package var rfc3339: String { description + "T00:00:00Z" }
}
