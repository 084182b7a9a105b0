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
        for text in texts {
            for match in text.matches(of: /(?i)\bt\.? ?v\.? ?v\.?\s+(\d{4,5}(?:-[A-Z0-9]+)?)(?:,\s*nr\.?\s*|-)(\d+)\b/)
            {
                ids.append("kst-\(match.1.uppercased())-\(match.2)")
            }
            if let dossier {
                for match in text.matches(of: /(?i)\bter vervanging van (?:die|dat) gedrukt onder nr\.?\s*(\d+)\b/) {
                    ids.append("kst-\(dossier)-\(match.1)")
                }
            }
        }
        return Array(Set(ids)).sorted()
    }
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
