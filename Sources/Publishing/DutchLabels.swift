import Core
import Deeds
import Foundation
import Ledger

// The words analysts read in the terminal are Dutch; JSON keeps the stable English values (docs/cli.md).

extension Link.Stance {
    /// `bevordert`, `werkt tegen`, `noemt`.
    package var dutch: String {
        switch self {
        case .supports: "bevordert"
        case .opposes: "werkt tegen"
        case .mentions: "noemt"
        }
    }
}

extension Link.Method {
    /// What found the link, in Dutch.
    package var dutch: String {
        switch self {
        case .reference: "verwijzing"
        case .phrase: "zinsdeel"
        case .fulltext: "volledige tekst"
        case .review: "beoordeling"
        }
    }
}

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

/// A number in [0, 1] as Dutch writes it, with a decimal comma: `0,87`.
package func dutchDecimal(_ value: Double) -> String {
    String(format: "%.2f", value).replacingOccurrences(of: ".", with: ",")
}
