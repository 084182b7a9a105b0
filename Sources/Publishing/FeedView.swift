import Core
import Deeds
import Foundation
import Ledger
import Scoring

/// What a published text says it was made from, so it can be made again: the day, the rubric, the ledger, the
/// deeds, the code, and the recorded run with those inputs.
package struct Provenance: Encodable, Sendable {
    package var asOf: String
    package var rubric: String
    package var rubricHash: String
    /// `Ledger.fingerprint`.
    package var ledgerHash: String
    /// `Store.deedSetFingerprint()`.
    package var deedsHash: String
    package var codeVersion: String
    /// The latest recorded run scored as of the same day with the same ledger, rubric, deeds and code, or null
    /// when none was recorded.
    @Null package var run: Int64?

    package init(
        asOf: Day, rubric: String, rubricHash: String, ledgerHash: String, deedsHash: String, codeVersion: String,
        run: Int64?
    ) {
        self.asOf = asOf.description
        self.rubric = rubric
        self.rubricHash = rubricHash
        self.ledgerHash = ledgerHash
        self.deedsHash = deedsHash
        self.codeVersion = codeVersion
        self.run = run
    }
}

/// `tracker feed`: JSON Feed 1.1 (https://jsonfeed.org/version/1.1), one item per event, Dutch texts, and the
/// `_tracker` extension. Optional JSON Feed keys without a value are left out, as the format has them; every
/// key of `_tracker` is always present. docs/schemas/feed.schema.json is its schema.
package struct FeedView: Encodable, Sendable {
    /// The `_tracker` object of an item.
    struct Extension: Encodable, Sendable {
        struct DeedRef: Encodable, Sendable {
            var id: String
            @Null var kind: String?
            @Null var date: String?
            @Null var title: String?
            @Null var url: String?
            var reference: String
        }

        /// `linked`, `confirmed`, `status` or `note`.
        var kind: String
        var pledge: String
        var themes: [String]
        @Null var statusBefore: String?
        @Null var reasonBefore: String?
        @Null var statusAfter: String?
        @Null var reasonAfter: String?
        @Null var progress: Int?
        @Null var rightsEffect: Double?
        @Null var stance: String?
        @Null var rule: String?
        @Null var points: Int?
        @Null var deed: DeedRef?
        @Null var run: Int64?
        @Null var by: String?
        @Null var note: String?
        /// For `linked` and `confirmed`: the link's confidence, and whether an analyst confirmed it.
        @Null var confidence: Double?
        @Null var reviewed: Bool?
    }

    struct Item: Encodable, Sendable {
        var id: String
        var url: String?
        var title: String
        var contentText: String
        var contentHtml: String
        var datePublished: String
        var dateModified: String?
        var tags: [String]
        var tracker: Extension

        enum CodingKeys: String, CodingKey {
            case id, url, title, contentText, contentHtml, datePublished, dateModified, tags
            case tracker = "_tracker"
        }

        func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(id, forKey: .id)
            try container.encodeIfPresent(url, forKey: .url)
            try container.encode(title, forKey: .title)
            try container.encode(contentText, forKey: .contentText)
            try container.encode(contentHtml, forKey: .contentHtml)
            try container.encode(datePublished, forKey: .datePublished)
            try container.encodeIfPresent(dateModified, forKey: .dateModified)
            try container.encode(tags, forKey: .tags)
            try container.encode(tracker, forKey: .tracker)
        }
    }

    /// The feed's own `_tracker` object: what it was made from and what was asked.
    struct FeedExtension: Encodable, Sendable {
        var provenance: Provenance
        @Null var theme: String?
        @Null var since: String?
    }

    var version = "https://jsonfeed.org/version/1.1"
    var title: String
    var description: String
    var language = "nl"
    var items: [Item]
    var tracker: FeedExtension

    enum CodingKeys: String, CodingKey {
        case version, title, description, language, items
        case tracker = "_tracker"
    }

    /// - Parameters:
    ///   - events: the events, in the order to publish them (newest first).
    ///   - theme: the theme the feed is limited to, if any.
    package init(events: [FeedEvent], ledger: Ledger, theme: String?, since: Day?, provenance: Provenance) {
        let name = theme.flatMap { ledger.theme($0)?.nameNL }
        title = "Beloften en daden: mensenrechten" + (name.map { " — \($0)" } ?? "")
        description =
            "Wat overheden beloofden over mensenrechten en wat zij deden: nieuwe daden bij beloften, veranderingen van status en notities van analisten, stand per \(Dutch.date(Day(provenance.asOf)!))."
        items = events.filter { event in since.map { event.day >= $0 } ?? true }.map {
            FeedItemText(event: $0, ledger: ledger).item
        }
        tracker = FeedExtension(provenance: provenance, theme: theme, since: since?.description)
    }
}

/// The Dutch words of one feed item.
struct FeedItemText {
    var event: FeedEvent
    var ledger: Ledger

    var item: FeedView.Item {
        let deed = event.deed
        let url = deed.flatMap(DeedReference.url) ?? event.deedID.flatMap(DeedReference.url(id:))
        let paragraphs = self.paragraphs
        return FeedView.Item(
            id: event.id, url: url, title: title, contentText: paragraphs.map(\.text).joined(separator: "\n\n"),
            contentHtml: paragraphs.map(\.html).joined(separator: "\n"), datePublished: event.published,
            dateModified: event.modified?.rfc3339, tags: event.pledge.themes,
            tracker: .init(
                kind: event.kind.rawValue, pledge: event.pledge.id, themes: event.pledge.themes,
                statusBefore: event.before?.status.rawValue, reasonBefore: event.before?.reason?.rawValue,
                statusAfter: event.after?.status.rawValue, reasonAfter: event.after?.reason?.rawValue,
                progress: event.progress, rightsEffect: event.rightsEffect, stance: event.stance?.rawValue,
                rule: event.rule, points: event.points,
                deed: event.deedID.map { id in
                    .init(
                        id: id, kind: deed?.kind.rawValue, date: deed?.day?.description, title: deed?.title, url: url,
                        reference: deed.map(DeedReference.number) ?? DeedReference.number(id: id))
                }, run: event.run, by: event.by, note: event.note, confidence: event.confidence,
                reviewed: event.reviewed))
    }

    /// The pledge's words, shortened for a title.
    var pledgeWords: String { Dutch.pledgeWords(event.pledge, limit: 90) }

    var deedTitle: String {
        event.deed.map { Dutch.shortened($0.title, limit: 110) } ?? event.deedID ?? ""
    }

    var title: String {
        let stance = event.stance.map(Dutch.stanceClause) ?? "raakt aan de belofte"
        switch event.kind {
        case .linked: return "\(deedTitle) — \(stance) \(pledgeWords)"
        case .confirmed: return "Bevestigd door een analist: \(deedTitle) \(stance) \(pledgeWords)"
        case .status:
            let before = event.before.map { Dutch.status($0.status, reason: $0.reason) } ?? ""
            let after = event.after.map { Dutch.status($0.status, reason: $0.reason) } ?? ""
            return "Belofte \(pledgeWords): \(before) → \(after)"
        case .note: return "Notitie van een analist bij \(pledgeWords)"
        }
    }

    /// The item's paragraphs, each as plain text and as HTML.
    var paragraphs: [(text: String, html: String)] {
        var result: [(String, String)] = []
        let pledge = event.pledge
        let promise =
            "De belofte van \(Dutch.actor(pledge, ledger: ledger)) van \(Dutch.date(pledge.date))\(Dutch.accordingTo(pledge, ledger: ledger))\(pledge.quotation == .paraphrase ? ", zakelijk weergegeven" : ""): \(Dutch.quoted(Dutch.innerQuotes(pledge.text), pledge.quotation))"
        if let deed = event.deed, event.kind == .linked || event.kind == .confirmed {
            // The deed's own day: a confirmation's event day is the analyst's, a motion's decision's the vote's.
            let day =
                event.kind == .confirmed
                ? DeedReference.day(deed) ?? event.day : DeedReference.day(deed, counting: event.day)
            var what =
                "\(Dutch.capitalized(deed.kind.dutch)), \(DeedReference.number(deed)), \(Dutch.date(day)): “\(deed.title)”."
            if let asked = Dutch.askedBy(deed) { what += " " + asked }
            if let outcome = deed.outcome {
                what += " Uitkomst: \(Dutch.result(outcome))\(Dutch.chamber(deed, deciding: outcome))."
            }
            if let advice = deed.cabinetAppraisal { what += " Advies van het kabinet: \(advice)." }
            if let outcome = deed.outcome, let votes = Dutch.votes(outcome, parties: pledge.parties) {
                what += " Stemmen van de partijen die de belofte deden: \(votes)."
            }
            result.append(Self.paragraph(what, link: DeedReference.url(deed)))
            var bearing = "Deze daad \(Dutch.stanceClause(event.stance ?? .mentions))."
            // Who stands behind the link: an analyst, or tracker's reading alone (as in a letter's notes).
            if event.kind == .linked, let reviewed = event.reviewed {
                bearing +=
                    reviewed
                    ? " Een analist heeft de koppeling bevestigd."
                    : " Gelezen door tracker (zekerheid \(Dutch.decimal(event.confidence ?? 0))), nog niet door een analist beoordeeld."
            }
            result.append(Self.paragraph("\(bearing) \(promise)"))
        } else {
            result.append(Self.paragraph(promise))
        }
        if event.kind == .status, let term = event.term {
            result.append(
                Self.paragraph(
                    "Door: het einde van de termijn van \(Dutch.government(term)) op \(Dutch.date(term.ends)): een belofte die dan niet is gehouden, is gebroken."
                ))
        }
        if event.kind == .status, let deed = event.deed {
            let cause =
                "Door: \(deed.kind.dutch), \(DeedReference.number(deed)), \(DeedReference.day(deed).map(Dutch.date) ?? "zonder datum"): “\(deed.title)”."
            result.append(Self.paragraph(cause, link: DeedReference.url(deed)))
        }
        if event.kind == .confirmed {
            var text = "\(event.by ?? "Een analist") bevestigde de koppeling op \(Dutch.date(event.day))"
            if let decides = event.decides, let marker = event.markedBy, let on = event.markedOn {
                let whose = "\(marker) (\(Dutch.date(on)))"
                text += "; de daad blijft doorslaggevend volgens \(whose): \(Dutch.decision(decides))."
            } else {
                text += event.decides.map { " en noemde de daad doorslaggevend: \(Dutch.decision($0))." } ?? "."
            }
            if let note = event.note { text += " Notitie: \(note)" }
            result.append(Self.paragraph(text))
        }
        if event.kind == .note, let note = event.note {
            var text = "\(event.by ?? "Een analist"), \(Dutch.date(event.day)): \(note)"
            if let deed = event.deed {
                // A rejection retracts what an earlier item said of the deed: which deed, in words a reader knows.
                text +=
                    Dutch.sentenceEnd(after: note)
                    + " Het gaat om: \(deed.kind.dutch), \(DeedReference.number(deed)), \(DeedReference.day(deed).map(Dutch.date) ?? "zonder datum"): “\(deed.title)”. Een eerder bericht over deze daad bij deze belofte, als dat er was, vervalt."
                result.append(Self.paragraph(text, link: DeedReference.url(deed)))
            } else {
                if let id = event.deedID { text += " (daad \(id))" }
                result.append(Self.paragraph(text))
            }
        }
        if let before = event.before, let after = event.after, let progress = event.progress,
            let effect = event.rightsEffect
        {
            let change =
                before == after
                ? "Status: \(Dutch.status(after.status, reason: after.reason))"
                : "Status: \(Dutch.status(before.status, reason: before.reason)) → \(Dutch.status(after.status, reason: after.reason))"
            var text =
                "\(change); voortgang \(progress); rechteneffect \(Dutch.signed(effect)) (de belofte \(Dutch.effectOnRights(pledge.rights.direction)))."
            if let rule = event.rule, let points = event.points {
                // In the reader's words (the rule's label); the rule's id stays for whoever checks the rubric.
                let label = ledger.rubric?.rule(rule)?.label ?? rule
                text += " Telt mee als \(label): \(points >= 0 ? "+" : "")\(points) (regel \(rule))."
            }
            if event.kind == .status, let run = event.run { text += " Vastgelegd in run \(run)." }
            result.append(Self.paragraph(text))
        }
        return result
    }

    static func paragraph(_ text: String, link: String? = nil) -> (String, String) {
        var html = "<p>\(HTML.escape(text))"
        if let link {
            html += " <a href=\"\(HTML.escape(link))\">\(HTML.escape(link))</a>"
        }
        return (link.map { "\(text) \($0)" } ?? text, html + "</p>")
    }
}

/// Escaping for HTML text and attribute values.
package enum HTML {
    package static func escape(_ text: String) -> String {
        var result = ""
        result.reserveCapacity(text.count)
        for character in text {
            switch character {
            case "&": result += "&amp;"
            case "<": result += "&lt;"
            case ">": result += "&gt;"
            case "\"": result += "&quot;"
            case "'": result += "&#39;"
            default: result.append(character)
            }
        }
        return result
    }
}
