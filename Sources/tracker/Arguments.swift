import ArgumentParser
import Core
import Harvest

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

/// `table`, `json` or `csv` (the timeline).
enum SeriesFormat: String, ExpressibleByArgument, CaseIterable {
    case table, json, csv
}

/// What a scorecard row is: a pledge or a theme.
enum ScorecardUnit: String, ExpressibleByArgument, CaseIterable {
    case pledge, theme
}

/// The step of a timeline; a month is the only one.
enum TimelineStep: String, ExpressibleByArgument, CaseIterable {
    case month
}
