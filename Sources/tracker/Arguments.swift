import ArgumentParser
import Core
import Harvest
import Ledger

extension Day: ExpressibleByArgument {
    /// `YYYY-MM-DD` exactly; anything else is refused with the expected form.
    package init?(argument: String) {
        guard argument.count == 10, let day = Day(argument) else { return nil }
        self = day
    }
}

extension SourceEndpoint: ExpressibleByArgument {
    /// `NAME=URL` with an http(s) URL.
    package init?(argument: String) {
        self.init(argument)
    }
}

/// `table` for people, `json` for programs.
enum OutputFormat: String, ExpressibleByArgument, CaseIterable {
    case table, json
}

extension Link.Stance: ExpressibleByArgument {
    /// `supports`, `opposes`, `mentions`, or the Dutch the terminal shows: `steunt`, `werkt-tegen`, `noemt`.
    package init?(argument: String) {
        switch argument.lowercased() {
        case "supports", "steunt": self = .supports
        case "opposes", "werkt-tegen", "werkt tegen", "tegen": self = .opposes
        case "mentions", "noemt": self = .mentions
        default: return nil
        }
    }

    package static var allValueStrings: [String] { ["supports", "opposes", "mentions"] }
}

/// What a deed an analyst marks decisive decides: `kept`, `partial`, `broken`, or the Dutch the terminal shows.
enum DecisiveStatus: String, ExpressibleByArgument, CaseIterable {
    case kept, partial, broken

    init?(argument: String) {
        switch argument.lowercased() {
        case "kept", "gehouden": self = .kept
        case "partial", "deels": self = .partial
        case "broken", "gebroken": self = .broken
        default: return nil
        }
    }
}

/// Why a deed breaks a pledge: every reason but `end-of-term`, which the rubric's terms decide, not a deed.
extension BrokenReason: ExpressibleByArgument {
    package init?(argument: String) {
        guard let reason = BrokenReason(rawValue: argument.lowercased()), reason != .endOfTerm else { return nil }
        self = reason
    }

    package static var allValueStrings: [String] { allCases.filter { $0 != .endOfTerm }.map(\.rawValue) }
}

/// `table`, `json` or `csv` (RFC 4180): the timeline, the scorecard by pledge, deeds and links.
enum SeriesFormat: String, ExpressibleByArgument, CaseIterable {
    case table, json, csv
}

/// The scorecard's formats.
enum ScorecardFormat: String, ExpressibleByArgument, CaseIterable {
    case table, json, csv, html
}

/// What a scorecard row is: a pledge or a theme.
enum ScorecardUnit: String, ExpressibleByArgument, CaseIterable {
    case pledge, theme
}

/// The step of a timeline; a month is the only one.
enum TimelineStep: String, ExpressibleByArgument, CaseIterable {
    case month
}
