import Core
import Foundation
import Ledger
import Scoring

/// `tracker timeline` in the terminal: per pledge a row per month with status, progress, rights effect and the
/// deeds first counted that month.
package struct TimelineText: Sendable {
    package var points: [TimelinePoint]
    package var wrap: TextWrap

    package init(points: [TimelinePoint], width: Int) {
        self.points = points
        wrap = TextWrap(width: width)
    }

    package func render() -> String {
        guard !points.isEmpty else {
            return "Geen reeks: geen belofte gekozen of alle beloften liggen na de einddatum."
        }
        var lines: [String] = []
        var pledge: String?
        let statusWidth = points.map { Dutch.status($0.status, reason: $0.reason).count }.max() ?? 0
        for point in points {
            if point.pledge != pledge {
                if pledge != nil { lines.append("") }
                pledge = point.pledge
                lines += wrap.lines(point.pledge)
                let header = [
                    "MAAND".padded(7), "STAND".padded(10), "STATUS".padded(statusWidth), "VOORTGANG",
                    "EFFECT".padded(6), "DADEN", "NIEUW",
                ]
                lines.append("  " + header.joined(separator: "  "))
            }
            let row = [
                point.month.padded(7), point.asOf.description.padded(10),
                Dutch.status(point.status, reason: point.reason).padded(statusWidth),
                String(point.progress).leftPadded(9), Dutch.signed(point.rightsEffect).leftPadded(6),
                String(point.counted).leftPadded(5),
            ].joined(separator: "  ")
            let indent = String(repeating: " ", count: row.count + 4)
            lines += wrap.lines(point.newDeeds.joined(separator: " "), first: "  " + row + "  ", rest: indent)
                .map { $0.trimmingTrailingSpaces() }
        }
        return lines.joined(separator: "\n")
    }
}

extension String {
    func padded(_ width: Int) -> String {
        count >= width ? self : self + String(repeating: " ", count: width - count)
    }

    func leftPadded(_ width: Int) -> String {
        count >= width ? self : String(repeating: " ", count: width - count) + self
    }

    func trimmingTrailingSpaces() -> String {
        var text = self
        while text.last == " " { text.removeLast() }
        return text
    }
}
