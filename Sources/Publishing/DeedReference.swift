import Core
import Deeds
import Foundation
import Scoring

/// How a published text points at a deed: the official document's address and the number a reader can look up.
package enum DeedReference {
    /// The official document's address: the deed's own source URL, or for a deed read from another document (a
    /// Kamerstuk named in a VLOS report) the officielebekendmakingen page its id names — the address the
    /// Kamerstuk, Staatsblad and Handelingen readers give the same documents. Nil when neither is known. Only a
    /// web address (http, https) is ever given: a source URL of another scheme (`javascript:` from a page written by
    /// others) is no link a reader should follow.
    package static func url(_ deed: Deed) -> String? {
        if let url = deed.source.url, Deed.Source.isWebAddress(url) { return url }
        return url(id: deed.id)
    }

    /// The officielebekendmakingen page of an official publication id (`kst-…`, `stb-…`, `h-tk-…`), else nil.
    package static func url(id: String) -> String? {
        let published = ["kst-", "stb-", "stcrt-", "h-tk-", "h-ek-", "ah-tk-", "blg-"]
        guard published.contains(where: id.hasPrefix),
            id.allSatisfy({ $0.isLetter || $0.isNumber || $0 == "-" })
        else { return nil }
        return "https://zoek.officielebekendmakingen.nl/\(id).html"
    }

    /// The number a reader looks the deed up by, in Dutch: `Kamerstuk 30950, nr. 458`, `Staatsblad 2018, 84`,
    /// `Handelingen I 2011/12, nr. 37, item 21`, `zaak 2025Z12826`, `Kamerstukdossier 36554` (a bill), `gemeente Den Helder, nr. 19110`; with the zaak numbers the deed names besides.
    package static func number(_ deed: Deed) -> String {
        var text = number(id: deed.id)
        let zaken = deed.refs.zaken.filter { !text.contains($0) }
        if !zaken.isEmpty { text += " (zaak \(zaken.joined(separator: ", ")))" }
        return text
    }

    /// The Dutch reference for a deed id alone.
    package static func number(id: String) -> String {
        let parts = id.split(separator: "-").map(String.init)
        if id.hasPrefix("kst-"), parts.count >= 3 {
            return "Kamerstuk \(parts[1..<(parts.count - 1)].joined(separator: "-")), nr. \(parts.last!)"
        }
        if id.hasPrefix("stb-"), parts.count == 3 { return "Staatsblad \(parts[1]), \(parts[2])" }
        // The plenary record of the Tweede Kamer (II) and of the Eerste Kamer (I), as it is cited.
        if id.hasPrefix("h-tk-") || id.hasPrefix("h-ek-"), parts.count == 5, parts[2].count == 8 {
            let session = "\(parts[2].prefix(4))/\(parts[2].suffix(2))"
            return "Handelingen \(parts[1] == "tk" ? "II" : "I") \(session), nr. \(parts[3]), item \(parts[4])"
        }
        if id.hasPrefix("gemeente:") {
            // A council's deed: `gemeente:den-helder:19110` has the number of its page on the council's site;
            // `gemeente:utrecht:motie-94-2024` a key made of its title, which says no more than the title does.
            let parts = id.split(separator: ":", maxSplits: 2).map(String.init)
            if parts.count == 3 {
                let name = parts[1].split(separator: "-").map { Dutch.capitalized(String($0)) }.joined(separator: " ")
                return parts[2].allSatisfy(\.isNumber) ? "gemeente \(name), nr. \(parts[2])" : "gemeente \(name)"
            }
        }
        if id.hasPrefix("wetsvoorstel:") { return "Kamerstukdossier \(id.dropFirst("wetsvoorstel:".count))" }
        if id.hasPrefix("tk:zaak:") { return "zaak \(id.dropFirst("tk:zaak:".count))" }
        if id.hasPrefix("tk:toezegging:") { return "toezegging \(id.dropFirst("tk:toezegging:".count))" }
        if id.hasPrefix("tk:activiteit:") {
            let rest = id.dropFirst("tk:activiteit:".count).split(separator: ":")
            if rest.count == 3, rest[1] == "toezegging" {
                return "toezegging \(rest[2]) in activiteit \(rest[0])"
            }
            return "activiteit \(rest.first ?? "")"
        }
        return id
    }
}

extension DeedReference {
    /// The day a reference to the deed names: the document's own day (a motion listed on the day it was voted on
    /// was submitted before), or for a bill's step the day of the document that attests it (`counting`, the day the
    /// deed counts from).
    package static func day(_ deed: Deed, counting day: Day) -> Day {
        deed.stages.isEmpty ? deed.day ?? day : day
    }

    /// The day to name a deed by where no day of counting is at hand: its own, or for a bill, which has none of its
    /// own, the day of its latest dated step (the Staatsblad's, a chamber's vote).
    package static func day(_ deed: Deed) -> Day? {
        deed.day ?? deed.stages.compactMap(\.date).max()
    }
}

extension Dictionary where Key == String, Value == Deed {
    /// The deed of a contribution as it stood on the day it counts from (`Deed.asStood`): what every output shows.
    func stood(_ part: Contribution) -> Deed? { self[part.deed]?.asStood(on: part.day) }
}
