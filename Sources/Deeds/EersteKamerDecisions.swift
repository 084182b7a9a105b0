import Core
import Foundation

/// The Eerste Kamer's decisions on bills, as the chair states them in an agenda item of its plenary record
/// (`h-ek-…`): the bill `wetsvoorstel:<dossier>` with the step `aangenomen-`/`verworpen-eerste-kamer` (see
/// `Deed.Stage`), dated the meeting's day and attested by the item.
///
/// The record names a bill where it puts it on the agenda ("Aan de orde zijn de stemmingen in verband met het
/// wetsvoorstel … (33212)", "• het wetsvoorstel … (36150)") and states the decision later in words that do not
/// name it ("voor dit wetsvoorstel", "Dit wetsvoorstel wordt …"). A decision is therefore tied to the bills named
/// last before it, and only when that is one bill: an agenda listing several bills followed by one decision cannot
/// say which bill it decides, and gives nothing. Only the chair's words and the record's own (the item's subject
/// and the text between speeches) are read, never a member's speech. Anything else the chair concludes — a
/// motion ("(35084, letter H)", "voor deze motie … zodat zij is verworpen"), a letter, an order proposal — is no
/// decision on a bill: the sentences below all say "dit wetsvoorstel".
///
/// Only these wordings are read, each found in real records of the Eerste Kamer (stored copies of the pages
/// below, retrieved 2026-12-06); a roll-call (hoofdelijke) vote is not, as no record of its outcome sentence in the
/// Eerste Kamer was found:
///
/// - a vote by groups: "Ik constateer dat de aanwezige leden van de fracties van de VVD, het CDA, de ChristenUnie,
///   de SGP, GroenLinks en D66 voor dit wetsvoorstel hebben gestemd en de aanwezige leden van de fracties van de
///   PVV, de PvdA, de SP, de OSF en 50PLUS ertegen, zodat het is aangenomen."
///   (https://zoek.officielebekendmakingen.nl/h-ek-20112012-37-21.html); "… en het aanwezige lid van de fractie
///   van de PvdD ertegen, zodat het is aangenomen." (https://www.staten-generaal.nl/9370000/1/j9vvkfvj6b325az/vjvufkj212zk);
///   "Ik constateer dat de leden van de fracties van D66, … voor dit wetsvoorstel hebben gestemd en de leden van de
///   fractie van de PVV ertegen, zodat het is aangenomen." (https://zoek.officielebekendmakingen.nl/h-ek-20152016-22-6.html).
///   No rejected bill of the Eerste Kamer was found in the stored pages; "zodat het is verworpen" is the same
///   formula with the other outcome, as the chair states it for a rejected amendment in the Tweede Kamer's record
///   ("… voor dit amendement hebben gestemd en die van de overige fracties ertegen, zodat het is verworpen.",
///   https://zoek.officielebekendmakingen.nl/h-tk-20042005-2501-2505.html) and in the Eerste Kamer's for a
///   motion ("… zodat zij is verworpen.", https://www.staten-generaal.nl/9370000/1/j9vvkfvj6b325az/vkx4pkm9g6xr);
/// - unanimous: "Ik constateer dat dit wetsvoorstel met algemene stemmen is aangenomen."
///   (https://www.eerstekamer.nl/verslagdeel/20171031/wetsvoorstel_caribische_openbare);
/// - a hamerstuk, adopted without a vote: "Dit wetsvoorstel wordt zonder beraadslaging en zonder stemming aanvaard."
///   (https://eerstekamer.nl/9370000/1/j9vvkfvj6b325az/vmbovyuoa8zi).
struct EersteKamerDecisions {
    /// The item that attests the decisions (`h-ek-20112012-37-21`).
    var item: String
    /// The meeting's day, when the record gives it (only its first item does: `HandelingenReader`).
    var date: Day?
    var source: Deed.Source

    /// A bill as the agenda names it: "het wetsvoorstel <title> (<dossier>)".
    struct Bill: Sendable, Hashable {
        var dossier: String
        var title: String
    }

    /// What the chair concluded of the bill under discussion.
    struct Decision: Sendable, Hashable {
        var result: Deed.Outcome.Result
        /// The record's word for the outcome, capitalised as a source's label is (`Aangenomen`, `Aanvaard`).
        var label: String
        /// How it was decided, when the sentence says it (`Met algemene stemmen`, `Zonder stemming`).
        var method: String?
        /// The groups the chair names for and against, in the order named.
        var votes: [Deed.Vote]
    }

    /// The bill deeds of the decisions in `paragraphs` (the chair's and the record's own, in document order), one
    /// per bill: a bill decided twice in one item (the vote reopened and held again) has the later decision.
    func deeds(_ paragraphs: [String]) -> [Deed] {
        var deeds: [Deed] = []
        var places: [String: Int] = [:]
        var named: [Bill] = []
        var naming = false
        for paragraph in paragraphs {
            if let decision = Self.decision(paragraph) {
                naming = false
                guard named.count == 1 else { continue }
                let deed = deed(named[0], decision)
                if let place = places[deed.id] {
                    deeds[place] = deed
                } else {
                    places[deed.id] = deeds.count
                    deeds.append(deed)
                }
                continue
            }
            let bills = Self.bills(in: paragraph)
            if bills.isEmpty {
                naming = false
            } else {
                // An agenda lists its bills a paragraph each: consecutive paragraphs naming bills are one list.
                named = naming ? named + bills : bills
                naming = true
            }
        }
        return deeds
    }

    private func deed(_ bill: Bill, _ decision: Decision) -> Deed {
        let step: Deed.Stage.Step = decision.result == .adopted ? .adoptedByEersteKamer : .rejectedByEersteKamer
        return Deed(
            id: Deed.Stage.billID(dossier: bill.dossier), kind: .bill, date: nil, title: bill.title, text: "",
            refs: Deed.References(dossiers: [bill.dossier], documents: [item]),
            outcome: Deed.Outcome(
                result: decision.result, label: decision.label, date: date, method: decision.method,
                votes: decision.votes),
            stages: [Deed.Stage(step: step, date: date, document: item)], source: source)
    }

    /// The bills a paragraph names: "het wetsvoorstel <title> (<dossier>)" or, for a member's bill, "het Voorstel
    /// van wet van het lid … (<dossier>)". The dossier is the first parenthesis after the title that holds only a
    /// number (`33212`, `33240-IIA`; the published page shows it as "( 33212 )"); a parenthesis that starts with a
    /// number but holds more, such as a motion's or paper's "(31466, letter H)", names no bill. A parenthesis in the
    /// title that does not start with a number ("(Wet programmatuur verkiezingsuitslagen)", "(I)") is part of it.
    static func bills(in paragraph: String) -> [Bill] {
        paragraph.matches(of: billTitle).map { match in
            Bill(dossier: String(match.2), title: String(match.1).trimmingCharacters(in: .whitespaces))
        }
    }

    // Patterns made once: a regex literal in a function is parsed and compiled again at every call (scripts/check-regex.py).
    nonisolated(unsafe) private static let billTitle =
        /het (?:wetsvoorstel\s+|(?=Voorstel van wet\s))((?:[^();]|\([^()\d][^()]*\))+?)\s*\(\s*(\d{4,5}(?:-[A-Z0-9]+)*)\s*\)/
    nonisolated(unsafe) private static let groupVote =
        /Ik constateer dat (.+?) voor dit wetsvoorstel hebben gestemd(?: en (.+?) ertegen)?, zodat het is (aangenomen|verworpen)\./
    nonisolated(unsafe) private static let groupSide =
        /(?:de (?:aanwezige )?leden|het (?:aanwezige )?lid) van de fracties? van (.+)/

    /// The decision a paragraph states on "dit wetsvoorstel", in one of the record's wordings (see the type), else
    /// nil.
    static func decision(_ paragraph: String) -> Decision? {
        if paragraph == "Dit wetsvoorstel wordt zonder beraadslaging en zonder stemming aanvaard." {
            return Decision(result: .adopted, label: "Aanvaard", method: "Zonder stemming", votes: [])
        }
        if paragraph == "Ik constateer dat dit wetsvoorstel met algemene stemmen is aangenomen." {
            return Decision(result: .adopted, label: "Aangenomen", method: "Met algemene stemmen", votes: [])
        }
        guard let vote = paragraph.wholeMatch(of: groupVote) else { return nil }
        let word = String(vote.3)
        var votes = (groups(vote.1) ?? []).map { Deed.Vote(group: $0, choice: .voor) }
        votes += (vote.2.flatMap(groups) ?? []).map { Deed.Vote(group: $0, choice: .tegen) }
        return Decision(
            result: Deed.Outcome.result(from: word), label: word.prefix(1).uppercased() + word.dropFirst(),
            method: nil, votes: votes)
    }

    /// The groups a side of the vote names: "de aanwezige leden van de fracties van de VVD, het CDA en D66",
    /// "het aanwezige lid van de fractie van de PvdD", "de leden van de fractie van de PVV" → their names without
    /// the article. Nil when the side names no group of its own ("die van de overige fracties").
    static func groups(_ side: Substring) -> [String]? {
        guard let match = side.wholeMatch(of: groupSide) else { return nil }
        let names = match.1.replacing(" en ", with: ", ").components(separatedBy: ", ").map { name in
            var name = name.trimmingCharacters(in: .whitespaces)
            for article in ["de ", "het "] where name.hasPrefix(article) { name.removeFirst(article.count) }
            return name
        }
        guard !names.contains(where: \.isEmpty), !names.contains("overige fracties") else { return nil }
        return names
    }
}
