import Core
import Foundation

extension Deed {
    /// The Kamerstukken a title or heading says the deed takes the place of: an amended motion's subject line
    /// "Gewijzigde motie van het lid Knops over … (t.v.v. 32735, nr. 162)" (also "t.v.v. 35724-11", "tvv 32156,
    /// nr. 37", "t.v.v. 35925-XII-47"), and its Kamerstuk's heading "GEWIJZIGDE MOTIE … TER VERVANGING VAN DIE
    /// GEDRUKT ONDER NR. 73" (an amendment's: "… van dat gedrukt onder nr. 12"), which names a number in the deed's
    /// own dossier.
    package static func replacedKamerstukken(in texts: [String], dossier: String?) -> [String] {
        var ids: [String] = []
        for text in texts where mayName(text) {
            for match in text.matches(of: Self.inPlaceOf) {
                ids.append("kst-\(match.1.uppercased())-\(match.2)")
            }
            if let dossier {
                for match in text.matches(of: Self.inPlaceOfNumber) {
                    ids.append("kst-\(dossier)-\(match.1)")
                }
            }
        }
        return Array(Set(ids)).sorted()
    }

    /// Whether a text can hold either wording, looked for byte by byte before any pattern: "t.v.v." has a "v" and,
    /// after at most a full stop and a space, another; the heading has "vervanging". Most titles have neither.
    private static func mayName(_ text: String) -> Bool {
        let bytes = Array(text.utf8)
        func letter(_ at: Int, _ ascii: UInt8) -> Bool { at < bytes.count && bytes[at] | 0x20 == ascii }
        for at in bytes.indices where letter(at, UInt8(ascii: "v")) {
            var next = at + 1
            if next < bytes.count && bytes[next] == UInt8(ascii: ".") { next += 1 }
            if next < bytes.count && bytes[next] == UInt8(ascii: " ") { next += 1 }
            if letter(next, UInt8(ascii: "v")) { return true }
            if "ervanging".utf8.enumerated().allSatisfy({ letter(at + 1 + $0.offset, $0.element) }) { return true }
        }
        return false
    }

    // Made once, not at every call: a regex literal in a function is parsed and compiled each time it runs.
    nonisolated(unsafe) private static let inPlaceOf =
        /(?i)\bt\.? ?v\.? ?v\.?\s+(\d{4,5}(?:-[A-Z0-9]+)?)(?:,\s*nr\.?\s*|-)(\d+)\b/
    nonisolated(unsafe) private static let inPlaceOfNumber =
        /(?i)\bter vervanging van (?:die|dat) gedrukt onder nr\.?\s*(\d+)\b/
}

/// The deed that took another's place, and the day it was made: from then on the replaced deed no longer counts.
package struct Replacement: Sendable, Hashable {
    package var deed: String
    package var day: Day

    package init(deed: String, day: Day) {
        self.deed = deed
        self.day = day
    }
}
