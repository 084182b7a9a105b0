import Core
import Foundation

/// A deed found to bear on a pledge, with how sure the linker is and why.
package struct Link: Sendable, Hashable, Codable {
    /// Whether the deed moves the pledge forward, works against it, or only touches it.
    package enum Stance: String, Sendable, Hashable, Codable, CaseIterable {
        case supports, opposes, mentions
    }

    /// The strongest kind of evidence behind the link.
    package enum Method: String, Sendable, Hashable, Codable {
        /// The deed is a Kamerstuk or zaak the pledge names.
        case reference
        /// The pledge's phrases occur in the deed.
        case phrase
        /// Only full-text ranking found it.
        case fulltext
        /// An analyst made the link.
        case review
    }

    package var pledge: String
    package var deed: String
    /// In [0, 1].
    package var confidence: Double
    package var stance: Stance
    package var method: Method
    /// What matched: hints, terms, references.
    package var explanation: String

    package init(pledge: String, deed: String, confidence: Double, stance: Stance, method: Method, explanation: String)
    {
        self.pledge = pledge
        self.deed = deed
        self.confidence = confidence
        self.stance = stance
        self.method = method
        self.explanation = explanation
    }

    /// `pledge→deed`, the handle analysts use in `tracker review`.
    package var id: String { "\(pledge)→\(deed)" }
}

// The words analysts read in the terminal are Dutch; JSON keeps the stable English values (docs/cli.md).

extension Link.Stance {
    /// `steunt`, `werkt tegen`, `noemt` (a pledge's rights direction says `bevordert`, so a stance does not).
    package var dutch: String {
        switch self {
        case .supports: "steunt"
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
        case .phrase: "zinsnede"
        case .fulltext: "volledige tekst"
        case .review: "bevestigd door analist"
        }
    }
}
