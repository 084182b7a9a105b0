import Core
import Foundation
import Testing

@Suite("Day: the dates of parliamentary records")
struct DayTests {
    @Test(
        "Dates alone, before a time, or padded parse; anything else is no date",
        arguments: [
            ("2025-03-19", "2025-03-19"), ("2025-07-10T00:00:00", "2025-07-10"),
            ("2025-03-19T00:00:00+01:00", "2025-03-19"), ("2024-02-19 10:59:02", "2024-02-19"),
            (" 2025-03-19 ", "2025-03-19"), ("2024-02-29", "2024-02-29"),
            // A UTC time is the Dutch day: 00:30 on 10 July in Amsterdam (summer time), 00:30 on 1 January in winter.
            ("2025-07-09T22:30:00Z", "2025-07-10"), ("2025-12-31T23:30:00.123Z", "2026-01-01"),
            ("2025-07-09T21:30:00Z", "2025-07-09"),
            // Other ways of writing UTC, and the nights summer time begins and ends (CEST +2 until 26 October 2025).
            ("2025-07-09T22:30:00z", "2025-07-10"), ("2025-07-09T22:30:00+00:00", "2025-07-10"),
            ("2025-07-09 22:30:00Z", "2025-07-10"), ("2025-07-09T22:30Z", "2025-07-10"),
            ("2025-10-25T22:30:00Z", "2025-10-26"), ("2025-10-26T22:30:00Z", "2025-10-26"),
            ("2025-10-26T23:30:00Z", "2025-10-27"), ("2025-03-29T23:30:00Z", "2025-03-30"),
            // A Dutch offset gives the day as written, midnight and late evening alike.
            ("2025-07-10T00:00:00+02:00", "2025-07-10"), ("2025-07-10T23:59:00+02:00", "2025-07-10"),
            ("2025-01-10T00:00:00+01:00", "2025-01-10"), ("2025-01-10T23:30:00+0100", "2025-01-10"),
            ("2025-06-26T22:00:00 UTC", "2025-06-27"), ("2025-06-26T22:00:00 GMT", "2025-06-27"),
            // Padded with a space that is not ASCII (a no-break space, copied from a web page): still UTC.
            ("2025-07-09T22:30:00Z\u{00A0}", "2025-07-10"), ("\t2025-07-09T20:30:00-01:00 ", "2025-07-09"),
            ("2025-07-09T22:30\u{00A0}UTC", "2025-07-10"),
            // A time that cannot be read (a digit of another script) leaves the day as written.
            ("2025-07-09T2\u{0663}:30:00+01:00", "2025-07-09"),
        ])
    func parses(text: String, day: String) {
        #expect(Day(text)?.description == day)
    }

    @Test(
        "Impossible or malformed dates are rejected",
        arguments: [
            "2026-13-01", "2025-02-29", "2025-3-19", "2025/03/19", "2025-03-19x", "20250319", "", "2025-0a-19",
            // A time with a zone that is no time.
            "2025-06-26T25:00Z", "2025-06-26T10:00:00+99:00", "2025-06-26T10:61:00Z",
            // Digits of another script (Arabic-Indic three) where a time with a zone has ASCII ones: the pattern
            // this was read with took them as digits and stopped the process making numbers of them.
            "2025-07-\u{0663}9T22:30:00Z",
        ])
    func rejects(text: String) {
        #expect(Day(text) == nil)
    }

    @Test(
        "Today is the day where the analyst is: 00:30 in Amsterdam is the next day there, still the day before in UTC")
    func todayLocal() throws {
        let moment = try #require(ISO8601DateFormatter().date(from: "2026-12-06T23:30:00Z"))
        #expect(Day.today(moment, in: TimeZone(identifier: "Europe/Amsterdam")!) == Day("2026-12-07"))
        #expect(Day.today(moment, in: TimeZone(identifier: "UTC")!) == Day("2026-12-06"))
    }
}
