import Foundation

/// Says how far a source has come, how fast it reads, and, where the total is known, how long is left.
///
/// The SyncFeed does not say how many entities remain, so its line has a rate but no time left;
/// SRU searches (numberOfRecords), council pages and VLOS enclosures know their totals.
package struct ProgressMeter: Sendable {
    let started: Date

    package init(started: Date = Date()) {
        self.started = started
    }

    /// "tweedekamer Zaak: page 12, 3,000 entities, 1,234/s" or, with a total,
    /// "officielebekendmakingen: 120 of 400 records, 12/s, about 0:23 left".
    package func line(_ label: String, done: Int, total: Int? = nil, unit: String, now: Date = Date()) -> String {
        var parts = [label]
        if let total {
            parts[0] += ": \(Self.grouped(done)) of \(Self.grouped(total)) \(unit)"
        } else {
            parts[0] += ", \(Self.grouped(done)) \(unit)"
        }
        let elapsed = now.timeIntervalSince(started)
        // Under a second the rate says more about start-up than about speed.
        guard elapsed >= 1, done > 0 else { return parts[0] }
        let rate = Double(done) / elapsed
        parts.append(rate >= 10 ? "\(Self.grouped(Int(rate.rounded())))/s" : String(format: "%.1f/s", rate))
        if let total, total > done {
            parts.append("about \(Self.clock(Double(total - done) / rate)) left")
        }
        return parts.joined(separator: ", ")
    }

    /// 3000 → "3,000".
    static func grouped(_ value: Int) -> String {
        let digits = String(value.magnitude)
        var out = ""
        for (index, character) in digits.enumerated() {
            if index > 0, (digits.count - index) % 3 == 0 { out.append(",") }
            out.append(character)
        }
        return value < 0 ? "-" + out : out
    }

    /// Seconds as m:ss, or h:mm:ss from an hour.
    static func clock(_ seconds: Double) -> String {
        let total = Int(seconds.rounded(.up))
        let (hours, minutes, secs) = (total / 3600, total / 60 % 60, total % 60)
        let two = { (value: Int) in value < 10 ? "0\(value)" : "\(value)" }
        return hours > 0 ? "\(hours):\(two(minutes)):\(two(secs))" : "\(minutes):\(two(secs))"
    }
}
