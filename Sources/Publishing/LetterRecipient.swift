import Core
import Foundation
import Ledger

/// A request the publishing commands cannot carry out, with what was expected.
package struct PublishingError: Error, Sendable, LocalizedError {
    package var message: String

    package init(_ message: String) {
        self.message = message
    }

    package var errorDescription: String? { message }
}

/// Whom a letter is to: the Tweede Kamer, one of its standing committees, or a municipal council.
package enum LetterRecipient: Sendable, Hashable {
    case tweedeKamer
    case committee(Committee)
    /// A municipality of the ledger, by id.
    case municipality(String)

    /// A standing committee of the Tweede Kamer, with the themes a letter to it covers by default.
    package struct Committee: Sendable, Hashable {
        package var slug: String
        package var name: String
        /// Empty: every theme.
        package var themes: [String]
    }

    /// The standing committees (vaste commissies) of the Tweede Kamer whose work touches the ledger's themes.
    package static let committees: [Committee] = [
        Committee(slug: "asiel-en-migratie", name: "Asiel en Migratie", themes: ["vluchtelingenverdrag"]),
        Committee(
            slug: "binnenlandse-zaken", name: "Binnenlandse Zaken",
            themes: ["demonstratierecht", "etnisch-profileren", "gelijke-behandeling", "maatschappelijke-ruimte"]),
        Committee(
            slug: "buitenlandse-zaken", name: "Buitenlandse Zaken",
            themes: ["internationaal-strafhof", "humanitair-recht", "maatschappelijke-ruimte"]),
        Committee(slug: "defensie", name: "Defensie", themes: ["internationaal-strafhof", "humanitair-recht"]),
        Committee(slug: "digitale-zaken", name: "Digitale Zaken", themes: ["etnisch-profileren"]),
        Committee(slug: "europese-zaken", name: "Europese Zaken", themes: ["vluchtelingenverdrag"]),
        Committee(
            slug: "justitie-en-veiligheid", name: "Justitie en Veiligheid",
            themes: ["etnisch-profileren", "demonstratierecht", "eerlijk-proces"]),
        Committee(slug: "koninkrijksrelaties", name: "Koninkrijksrelaties", themes: ["vluchtelingenverdrag"]),
        Committee(
            slug: "sociale-zaken-en-werkgelegenheid", name: "Sociale Zaken en Werkgelegenheid",
            themes: ["etnisch-profileren", "gelijke-behandeling"]),
        Committee(
            slug: "volksgezondheid-welzijn-en-sport", name: "Volksgezondheid, Welzijn en Sport",
            themes: ["psychisch-geweld"]),
    ]

    /// Reads `tweede-kamer`, `commissie:NAME` (a committee's slug, or its name in any case) or `gemeente:ID`.
    ///
    /// - Throws: `PublishingError` naming the forms, or the committees or municipalities, with a suggestion.
    package init(_ text: String, ledger: Ledger) throws(PublishingError) {
        let forms = "expected tweede-kamer, commissie:NAME or gemeente:ID"
        if text == "tweede-kamer" {
            self = .tweedeKamer
            return
        }
        if text.hasPrefix("commissie:") {
            let name = String(text.dropFirst("commissie:".count))
            let slug = name.lowercased().replacingOccurrences(of: " ", with: "-").replacingOccurrences(
                of: ",", with: "")
            if let committee = Self.committees.first(where: { $0.slug == slug }) {
                self = .committee(committee)
                return
            }
            let known = Self.committees.map(\.slug)
            var message = "unknown committee '\(name)'"
            if let close = Self.suggestion(slug, in: known) { message += " (did you mean 'commissie:\(close)'?)" }
            throw PublishingError(message + "; the committees are: \(known.joined(separator: ", "))")
        }
        if text.hasPrefix("gemeente:") {
            self = .municipality(try Self.municipality(String(text.dropFirst("gemeente:".count)), ledger: ledger))
            return
        }
        var message = "unknown recipient '\(text)'; \(forms)"
        if let close = Self.suggestion(text, in: ["tweede-kamer"] + Self.committees.map { "commissie:\($0.slug)" }) {
            message += " (did you mean '\(close)'?)"
        }
        throw PublishingError(message)
    }

    /// A municipality of the ledger, by id; `prefix` is how the caller writes one (`gemeente:` in `--to`).
    ///
    /// - Throws: `PublishingError` naming the ledger's municipalities, with a suggestion.
    package static func municipality(_ id: String, ledger: Ledger, prefix: String = "gemeente:") throws(PublishingError)
        -> String
    {
        if ledger.municipality(id) != nil { return id }
        let known = ledger.municipalities.map(\.id)
        var message = "unknown municipality '\(id)'"
        if let close = Self.suggestion(id, in: known) { message += " (did you mean '\(prefix)\(close)'?)" }
        throw PublishingError(
            message + "; the ledger's municipalities are: \(known.isEmpty ? "none" : known.joined(separator: ", "))")
    }

    /// The closest name by spelling, else the one name that starts with or contains what was typed.
    static func suggestion(_ typed: String, in names: [String]) -> String? {
        if let close = closestMatch(to: typed, in: names) { return close }
        let containing = names.filter { $0.contains(typed.lowercased()) }
        return typed.count >= 3 && containing.count == 1 ? containing[0] : nil
    }

    /// The slug a file is named by: `tweede-kamer`, `commissie-justitie-en-veiligheid`, `gemeente-utrecht`.
    package var slug: String {
        switch self {
        case .tweedeKamer: "tweede-kamer"
        case .committee(let committee): "commissie-\(committee.slug)"
        case .municipality(let id): "gemeente-\(id)"
        }
    }

    /// The `--to` value that names this recipient.
    package var argument: String {
        switch self {
        case .tweedeKamer: "tweede-kamer"
        case .committee(let committee): "commissie:\(committee.slug)"
        case .municipality(let id): "gemeente:\(id)"
        }
    }

    /// Whether a pledge is one this recipient holds to account: national pledges for the Kamer and its
    /// committees, the municipality's own pledges for a council.
    package func concerns(_ pledge: Pledge) -> Bool {
        switch self {
        case .tweedeKamer, .committee: pledge.level == .national
        case .municipality(let id): pledge.municipality == id
        }
    }

    /// Whether the recipient holds the government to `pledge` on `day`: a pledge it concerns, made by then, and not
    /// of a term that had ended by then (`terms`, the rubric's). A pledge of the previous cabinet is not one to hold
    /// its successor to; a letter written during that term still holds the cabinet to it.
    package func holds(_ pledge: Pledge, on day: Day, terms: [Rubric.Term]) -> Bool {
        concerns(pledge) && pledge.date <= day && Self.endedTerm(of: pledge, by: day, terms: terms) == nil
    }

    /// The term of `terms` that `pledge` was made in and that had ended by `day`, if any.
    package static func endedTerm(of pledge: Pledge, by day: Day, terms: [Rubric.Term]) -> Rubric.Term? {
        Rubric.Term.covering(pledge, in: terms).flatMap { $0.ends <= day ? $0 : nil }
    }

    /// The themes a letter to this recipient is about when none are asked for: its committee's (every theme for
    /// the Kamer, a council and a committee without themes), each only where one of `pledges` is on it.
    package func defaultThemes(_ ledger: Ledger, pledges: [Pledge]) -> [String] {
        var themes = ledger.themes.map(\.id)
        if case .committee(let committee) = self, !committee.themes.isEmpty { themes = committee.themes }
        return themes.filter { id in pledges.contains { $0.themes.contains(id) } }
    }

    /// Whether a standard addresses this recipient's level of government.
    package func addresses(_ standard: Standard) -> Bool {
        switch self {
        case .tweedeKamer, .committee: standard.scope != .municipal
        case .municipality: standard.scope != .national
        }
    }
}
