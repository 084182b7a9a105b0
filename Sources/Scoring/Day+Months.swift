import Core
import Foundation

// Month arithmetic for `stalled_after_months` and the monthly timeline.

extension Day {
    /// The same day `months` months later, or the month's last day when it is shorter (31 Jan + 1 → 28/29 Feb).
    package func adding(months: Int) -> Day {
        let index = year * 12 + (month - 1) + months
        let year = index / 12, month = index % 12 + 1
        return Day(year: year, month: month, day: min(day, Day.lastDay(year: year, month: month)))!
    }

    /// The last day of this day's month.
    package var endOfMonth: Day { Day(year: year, month: month, day: Day.lastDay(year: year, month: month))! }

    /// The first day of this day's month.
    package var startOfMonth: Day { Day(year: year, month: month, day: 1)! }

    /// `2026-01`.
    package var monthLabel: String { String(description.prefix(7)) }

    private static func lastDay(year: Int, month: Int) -> Int {
        (28...31).last { Day(year: year, month: month, day: $0) != nil }!
    }
}
