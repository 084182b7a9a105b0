import Foundation

/// A calendar date without time or zone (`YYYY-MM-DD`), as parliamentary records give them.
package struct Day: Sendable, Hashable, Comparable, Codable, CustomStringConvertible {
    package let year: Int
    package let month: Int
    package let day: Int

    package init?(year: Int, month: Int, day: Int) {
        guard (1...9999).contains(year), (1...12).contains(month), day >= 1,
            day <= Day.daysIn(month: month, year: year)
        else { return nil }
        self.year = year
        self.month = month
        self.day = day
    }

    /// Parses `YYYY-MM-DD`, also when followed by a time (`2025-07-10T00:00:00`, `2025-03-19T00:00:00+01:00`): the
    /// day as written, the day of the place the time is given in. A time in UTC (`2025-07-09T22:30:00Z`) is the
    /// day it was in the Netherlands, whose parliament and councils the sources record (10 July, 00:30 there).
    package init?(_ text: String) {
        // The common form, read byte by byte: every stored deed's dates go through here.
        var copy = text
        if text.utf8.count > 10, text.utf8.last == UInt8(ascii: "Z"), let utc = Self.utc(text) {
            self = utc
            return
        }
        if let (year, month, day) = copy.withUTF8(Day.plain) {
            self.init(year: year, month: month, day: day)
            return
        }
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        let datePart = trimmed.prefix(10)
        let parts = datePart.split(separator: "-", omittingEmptySubsequences: false)
        guard datePart.count == 10, parts.count == 3, parts[0].count == 4, parts[1].count == 2, parts[2].count == 2,
            let year = Int(parts[0]), let month = Int(parts[1]), let day = Int(parts[2])
        else { return nil }
        let rest = trimmed.dropFirst(10)
        guard rest.isEmpty || rest.first == "T" || rest.first == " " else { return nil }
        self.init(year: year, month: month, day: day)
    }

    /// The Dutch day of a UTC time stamp (`…T22:30:00Z`, with or without fractions of a second).
    private static func utc(_ text: String) -> Day? {
        let formatter = ISO8601DateFormatter()
        formatter.formatOptions = [.withInternetDateTime, .withFractionalSeconds]
        let fractions = formatter.date(from: text)
        formatter.formatOptions = [.withInternetDateTime]
        guard let instant = fractions ?? formatter.date(from: text),
            let zone = TimeZone(identifier: "Europe/Amsterdam")
        else { return nil }
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = zone
        let parts = calendar.dateComponents([.year, .month, .day], from: instant)
        return Day(year: parts.year!, month: parts.month!, day: parts.day!)
    }

    /// `YYYY-MM-DD`, alone or before `T` or a space, as numbers; nil for any other form.
    private static func plain(_ bytes: UnsafeBufferPointer<UInt8>) -> (Int, Int, Int)? {
        guard bytes.count == 10 || (bytes.count > 10 && (bytes[10] == UInt8(ascii: "T") || bytes[10] == 0x20)),
            bytes[4] == UInt8(ascii: "-"), bytes[7] == UInt8(ascii: "-")
        else { return nil }
        var number = 0
        var numbers: (Int, Int, Int) = (0, 0, 0)
        for offset in 0..<10 {
            if offset == 4 || offset == 7 {
                if offset == 4 { numbers.0 = number } else { numbers.1 = number }
                number = 0
                continue
            }
            let digit = Int(bytes[offset]) - 48
            guard (0...9).contains(digit) else { return nil }
            number = number * 10 + digit
        }
        numbers.2 = number
        return numbers
    }

    package var description: String {
        CivilCalendar.iso(year: year, month: month, day: day)
    }

    package static func < (lhs: Day, rhs: Day) -> Bool {
        (lhs.year, lhs.month, lhs.day) < (rhs.year, rhs.month, rhs.day)
    }

    /// Today where the analyst is: the machine's time zone (`TZ`; UTC when none is set). In UTC, an analyst in
    /// Amsterdam was refused `--on` today between midnight and one or two o'clock, and her reviews dated yesterday.
    package static func today(_ now: Date = Date(), in timeZone: TimeZone = .current) -> Day {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = timeZone
        let parts = calendar.dateComponents([.year, .month, .day], from: now)
        return Day(year: parts.year!, month: parts.month!, day: parts.day!)!
    }

    private static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2: (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28
        case 4, 6, 9, 11: 30
        default: 31
        }
    }

    /// Parses a Dutch date as written in parliamentary titles: "19 juni 2025".
    package init?(dutch text: String) {
        let months = [
            "januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september", "oktober",
            "november", "december",
        ]
        let words = text.lowercased().split(whereSeparator: { $0 == " " })
        guard words.count == 3, let day = Int(words[0]), let month = months.firstIndex(of: String(words[1])),
            let year = Int(words[2])
        else { return nil }
        self.init(year: year, month: month + 1, day: day)
    }

    package init(from decoder: any Decoder) throws {
        let text = try decoder.singleValueContainer().decode(String.self)
        guard let day = Day(text) else {
            throw DecodingError.dataCorrupted(
                .init(codingPath: decoder.codingPath, debugDescription: "expected YYYY-MM-DD, got \(text)"))
        }
        self = day
    }

    package func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(description)
    }
}
