import Core
import Foundation

/// A commitment a minister or state secretary made aloud in a debate, and how it is found in a report.
///
/// Two forms occur in the Tweede Kamer's records. At the end of a committee debate the chair reads out
/// the commitments the clerk noted, as a list ("De staatssecretaris Rechtsbescherming zegt de Kamer toe
/// …"); those are what the Kamer registers as `Toezegging`s. Where no such list was read out (plenary
/// debates), a commitment is a member of the government's own first-person sentence: "ik zeg toe",
/// "zeg ik toe", "ik wil … toezeggen", "die toezegging kan ik doen", "de toezegging is dat …", "ik kom
/// daarop terug in een brief", "ik zal de Kamer informeren".
package struct SpokenCommitment: Sendable, Hashable {
    /// The words the commitment was made or recorded in.
    package var passage: String
    /// The member of the government who made it, when the report says who.
    package var speaker: Deed.Actor?

    package init(passage: String, speaker: Deed.Actor?) {
        self.passage = passage
        self.speaker = speaker
    }

    /// The commitment deed: `tk:activiteit:2025A04940:toezegging:1`, `h-tk-20172018-61-10:toezegging:1`.
    ///
    /// Its references name the activity it was made in, so the Kamer's own record of the same commitment
    /// (a SyncFeed `Toezegging`, which names its activity) can be matched to it (see `CommitmentMatch`).
    package func deed(
        id: String, date: Day?, dossiers: [String], activity: String?, source: Deed.Source
    ) -> Deed {
        Deed(
            id: id, kind: .commitment, date: date, title: Self.title(passage), text: passage,
            actors: speaker.map { [$0] } ?? [],
            refs: Deed.References(dossiers: dossiers, activities: activity.map { [$0] } ?? []), source: source)
    }

    /// A title of at most 160 characters, as the SyncFeed join gives a `Toezegging`.
    static func title(_ passage: String) -> String {
        passage.count > 160 ? String(passage.prefix(159)) + "…" : passage
    }

    /// The first-person commitments in one paragraph of a minister's words, each with enough of the
    /// sentences before it to say what was promised (at least 120 characters, at most two more sentences).
    package static func passages(in paragraph: String) -> [String] {
        let sentences = Self.sentences(paragraph)
        var passages: [String] = []
        var covered = -1
        for (index, sentence) in sentences.enumerated() where isFirstPersonCommitment(sentence) {
            var start = index
            while start > covered + 1, start > index - 2,
                sentences[start...index].joined(separator: " ").count < 120
            {
                start -= 1
            }
            passages.append(sentences[start...index].joined(separator: " "))
            covered = index
        }
        return passages
    }

    /// Whether a sentence is a member of the government committing in the first person.
    package static func isFirstPersonCommitment(_ sentence: String) -> Bool {
        let lower = " " + sentence.lowercased() + " "
        if negations.contains(where: { lower.contains($0) }) { return false }
        return patterns.contains { lower.firstMatch(of: $0) != nil }
    }

    private static let negations = [" niet toe ", " niet toe,", " niet toezeggen", " geen toezegging", " niet terug"]

    nonisolated(unsafe) private static let patterns: [Regex<Substring>] = [
        /\bik zeg\b.*\btoe\b/,
        /\bzeg ik\b.*\btoe\b/,
        /\b(?:ik wil|kan ik|ik kan|wil ik)\b.*\btoezeggen\b/,
        /\b(?:die|deze|de|een) toezegging (?:kan|wil) ik\b/,
        /\bik doe (?:de|die|deze|een) toezegging\b/,
        /\bde toezegging is dat\b/,
        /\b(?:dat|dit) is een toezegging van mij\b/,
        /\b(?:ik|wij|we)\b.*\bterug(?:kom|komen)\b.*\b(?:brief|bij de kamer|naar de kamer)\b/,
        /\b(?:ik|wij|we) (?:zal|zullen|ga|gaan)\b.*\bde kamer\b.*\b(?:informeren|berichten|toesturen|sturen)\b/,
        /\b(?:informeer|stuur|bericht) (?:ik|wij|we) de kamer\b/,
    ]

    /// A paragraph cut into sentences: after `.`, `?` or `!` and a space, before a capital or a quote.
    static func sentences(_ paragraph: String) -> [String] {
        var sentences: [String] = []
        var current = ""
        var terminated = false
        var spaced = false
        for character in paragraph {
            if character.isWhitespace {
                spaced = terminated
            } else {
                if spaced, character.isUppercase || character == "\"" || character == "“" {
                    sentences.append(current.trimmingCharacters(in: .whitespaces))
                    current = ""
                }
                terminated = ".?!".contains(character)
                spaced = false
            }
            current.append(character)
        }
        let last = current.trimmingCharacters(in: .whitespaces)
        if !last.isEmpty { sentences.append(last) }
        return sentences
    }

    /// The member of the government a read-out commitment names ("De staatssecretaris Rechtsbescherming
    /// zegt toe", "door de minister"), among those who took part; the only one when it names nobody.
    package static func speaker(of passage: String, among government: [Deed.Actor]) -> Deed.Actor? {
        let lower = passage.lowercased()
        let offices = ["minister-president", "staatssecretaris", "minister"]
        guard
            let office = offices.compactMap({ word in lower.range(of: word).map { (word, $0) } })
                .min(by: { $0.1.lowerBound < $1.1.lowerBound })
        else { return government.count == 1 ? government[0] : nil }
        // The office as far as the passage names it: "staatssecretaris rechtsbescherming zegt" names more.
        let named = lower[office.1.lowerBound...]
        let holders = government.filter { actor in
            let function = actor.name.lowercased()
            return function.hasPrefix(office.0 + " ") || function.hasPrefix(office.0 + ",")
        }
        let exact = holders.filter { named.hasPrefix(officeOf($0).lowercased()) }
        if exact.count == 1 { return exact[0] }
        return holders.count == 1 ? holders[0] : nil
    }

    /// "staatssecretaris Rechtsbescherming Struycken" → "staatssecretaris Rechtsbescherming".
    private static func officeOf(_ actor: Deed.Actor) -> String {
        actor.name.split(separator: " ").dropLast().joined(separator: " ")
    }
}
