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
        if text.utf8.count > 10, let zoned = Self.zoned(text) {
            // A time with a zone that is no time (25:00, +99:00) gives no day.
            guard let zoned else { return nil }
            self = zoned
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

    /// The Dutch day of a time given with its zone (`…T22:30:00Z`, `…22:30 UTC`, `…T00:00:00+01:00`); `.some(nil)`
    /// for one that is no time (25:00, +99:00), nil when the text gives no time with a zone. A Dutch offset gives the
    /// day as written.
    private static func zoned(_ text: String) -> Day?? {
        // Read byte by byte: a pattern (a regex literal is parsed again at every call, and its captures are read
        // through key paths) took a third of a harvest's time when every date went through it.
        var trimmed = text.trimmingSpaces()
        guard let time = trimmed.withUTF8(ZonedTime.init) else { return nil }
        guard let date = Day(year: time.year, month: time.month, day: time.day), time.hour < 24, time.minute < 60,
            time.second < 60, time.offsetHours <= 14, time.offsetMinutes < 60
        else { return .some(nil) }
        let offset = time.sign * (time.offsetHours * 60 + time.offsetMinutes)
        // Minutes since the day's start in UTC, then in Amsterdam (CET, CEST from the last Sunday of March to the
        // last Sunday of October, at 01:00 UTC).
        let utc = time.hour * 60 + time.minute - offset
        var day = date.shifted(utc < 0 ? -1 : utc >= 1440 ? 1 : 0)
        let minutes = (utc % 1440 + 1440) % 1440
        let start = Day.lastSunday(of: 3, in: day.year), end = Day.lastSunday(of: 10, in: day.year)
        let summer = (day > start || (day == start && minutes >= 60)) && (day < end || (day == end && minutes < 60))
        if minutes + (summer ? 120 : 60) >= 1440 { day = day.shifted(1) }
        return day
    }

    /// `YYYY-MM-DD`, `T`, `t` or a space, `hh:mm`, optionally `:ss` and a fraction (`.123`, `,5`), then optionally
    /// white space and the zone: `Z`, `z`, `UTC`, `GMT`, or `+hh:mm`, `-hhmm`; the whole text, in ASCII digits
    /// (a pattern's `\d` also took other scripts' digits, which the numbers then could not be made of).
    private struct ZonedTime {
        var year = 0, month = 0, day = 0, hour = 0, minute = 0, second = 0
        /// 0 for UTC, else the offset's: 1 or -1.
        var sign = 0, offsetHours = 0, offsetMinutes = 0

        init?(_ bytes: UnsafeBufferPointer<UInt8>) {
            var at = 0
            func number(_ width: Int) -> Int? {
                guard at + width <= bytes.count, let value = Day.number(bytes[at..<at + width]) else { return nil }
                at += width
                return value
            }
            func take(_ accepted: UInt8...) -> Bool {
                guard at < bytes.count, accepted.contains(bytes[at]) else { return false }
                at += 1
                return true
            }
            guard let year = number(4), take(0x2D), let month = number(2), take(0x2D), let day = number(2),
                take(0x54, 0x74, 0x20), let hour = number(2), take(0x3A), let minute = number(2)
            else { return nil }
            (self.year, self.month, self.day, self.hour, self.minute) = (year, month, day, hour, minute)
            if take(0x3A) {
                guard let second = number(2) else { return nil }
                self.second = second
                if take(0x2E, 0x2C) {
                    guard number(1) != nil else { return nil }
                    while number(1) != nil {}
                }
            }
            // White space before the zone may be any (a no-break space from a web page).
            let zone = String(decoding: bytes[at...], as: UTF8.self).drop(while: \.isWhitespace)
            if ["Z", "z", "UTC", "GMT"].contains(zone) { return }
            let offset = Array(zone.utf8)
            guard offset.count == 5 || (offset.count == 6 && offset[3] == 0x3A), offset[0] == 0x2B || offset[0] == 0x2D,
                let hours = Day.number(offset[1...2]), let minutes = Day.number(offset[(offset.count - 2)...])
            else { return nil }
            (sign, offsetHours, offsetMinutes) = (offset[0] == 0x2D ? -1 : 1, hours, minutes)
        }
    }

    /// The value of ASCII digits; nil for none or for any other byte.
    package static func number(_ digits: some Collection<UInt8>) -> Int? {
        guard !digits.isEmpty else { return nil }
        return digits.reduce(0) { value, byte in
            guard let value, (0x30...0x39).contains(byte) else { return nil }
            return value * 10 + Int(byte - 0x30)
        }
    }

    /// The last Sunday of `month` in `year` (the days Europe's summer time begins and ends).
    static func lastSunday(of month: Int, in year: Int) -> Day {
        let last = Day(year: year, month: month, day: Day.daysIn(month: month, year: year))!
        // Days since 1970-01-01, a Thursday: a Sunday's count leaves 3 divided by 7.
        return last.shifted(-(((last.ordinal - 3) % 7 + 7) % 7))
    }

    /// Days since 1970-01-01.
    private var ordinal: Int { CivilCalendar.days(year, month, day) }

    /// The day `days` later (earlier when negative).
    private func shifted(_ days: Int) -> Day {
        let (year, month, day) = CivilCalendar.date(fromDays: ordinal + days)
        return Day(year: year, month: month, day: day)!
    }

    /// `YYYY-MM-DD`, alone or before `T` or a space, as numbers; nil for any other form.
    private static func plain(_ bytes: UnsafeBufferPointer<UInt8>) -> (Int, Int, Int)? {
        guard bytes.count == 10 || (bytes.count > 10 && (bytes[10] == UInt8(ascii: "T") || bytes[10] == 0x20)),
            bytes[4] == UInt8(ascii: "-"), bytes[7] == UInt8(ascii: "-")
        else { return nil }
        guard let year = number(bytes[0..<4]), let month = number(bytes[5..<7]), let day = number(bytes[8..<10])
        else { return nil }
        return (year, month, day)
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
