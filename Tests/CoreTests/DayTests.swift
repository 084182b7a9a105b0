import Core
import Testing

@Suite("Day: the dates of parliamentary records")
struct DayTests {
    @Test(
        "Dates alone, before a time, or padded parse; anything else is no date",
        arguments: [
            ("2025-03-19", "2025-03-19"), ("2025-07-10T00:00:00", "2025-07-10"),
            ("2025-03-19T00:00:00+01:00", "2025-03-19"), ("2024-02-19 10:59:02", "2024-02-19"),
            (" 2025-03-19 ", "2025-03-19"), ("2024-02-29", "2024-02-29"),
        ])
    func parses(text: String, day: String) {
        #expect(Day(text)?.description == day)
    }

    @Test(
        "Impossible or malformed dates are rejected",
        arguments: ["2026-13-01", "2025-02-29", "2025-3-19", "2025/03/19", "2025-03-19x", "20250319", "", "2025-0a-19"])
    func rejects(text: String) {
        #expect(Day(text) == nil)
    }
}
