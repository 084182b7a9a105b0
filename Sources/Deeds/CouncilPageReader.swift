import Core
import Foundation
import Markup

/// Turns a council meeting page into deeds with the XPath rules of a source definition.
package struct CouncilPageReader: Sendable {
    package let rules: CouncilRules

    package init(rules: CouncilRules) {
        self.rules = rules
    }

    /// Reads the agenda items of one meeting page.
    ///
    /// - Throws: `MarkupError` when the page has no HTML; `DocumentProblem` when the rules find no meeting date.
    package func read(_ data: Data, url: URL, encoding: String? = nil) throws -> ReadDocument {
        let document = try MarkupDocument.html(data, name: url.absoluteString, encoding: encoding)
        guard let root = document.root else {
            throw DocumentProblem(document: url.absoluteString, line: 1, message: "empty page")
        }
        let title = try text(root, rules.meetingTitle)
        let rawDate = try text(root, rules.meetingDate)
        guard
            let date = Day(rawDate) ?? Day(dutch: rawDate.lowercased()) ?? Day(dutch: firstDutchDate(in: rawDate) ?? "")
        else {
            throw DocumentProblem(
                document: url.absoluteString, line: root.line,
                message:
                    "the meeting date rule gave '\(rawDate)'; expected a date such as 31 augustus 2015 or 2015-08-31")
        }
        let hash = Digest.sha256(data)
        var deeds: [Deed] = []
        for item in try root.select(rules.items) {
            let itemID = try text(item, rules.itemID)
            let itemTitle = try text(item, rules.itemTitle)
            guard !itemID.isEmpty, !itemTitle.isEmpty else { continue }
            let number = try text(item, rules.itemNumber)
            let link = try text(item, rules.itemURL)
            let kind =
                rules.kinds.first { itemTitle.lowercased().hasPrefix($0.prefix.lowercased()) }?.kind
                ?? rules.defaultKind
            deeds.append(
                Deed(
                    id: "gemeente:\(rules.municipality):\(itemID)", kind: kind, date: date,
                    title: number.isEmpty ? itemTitle : "\(number). \(itemTitle)", text: try text(item, rules.itemText),
                    actors: [
                        Deed.Actor(role: .committee, name: title.isEmpty ? "gemeenteraad \(rules.municipality)" : title)
                    ],
                    source: Deed.Source(
                        format: .councilPage, document: url.absoluteString,
                        url: URL(string: link, relativeTo: url)?.absoluteString ?? url.absoluteString, hash: hash)))
        }
        return ReadDocument(
            name: url.absoluteString, key: "council:\(rules.municipality):\(url.absoluteString)", version: nil,
            format: .councilPage, hash: hash, deeds: deeds)
    }

    private func text(_ node: MarkupNode, _ expression: String) throws -> String {
        try node.evaluate(XPathQuery(expression)).string.collapsingWhitespace()
    }

    private func firstDutchDate(in text: String) -> String? {
        text.lowercased().firstMatch(
            of:
                /\d{1,2} (januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|december) \d{4}/
        )
        .map { String($0.0) }
    }
}

/// XPath rules that turn a council's agenda page into deeds.
package struct CouncilRules: Sendable, Hashable {
    package struct KindRule: Sendable, Hashable {
        package var prefix: String
        package var kind: Deed.Kind

        package init(prefix: String, kind: Deed.Kind) {
            self.prefix = prefix
            self.kind = kind
        }
    }

    /// The municipality in the ledger (`Commitments/municipal/<id>/`).
    package var municipality: String
    /// The meeting pages to read (relative to the endpoint or absolute).
    package var pages: [String]
    /// XPath for the meeting's title and date (a Dutch date such as "31 augustus 2015" or ISO).
    package var meetingTitle: String
    package var meetingDate: String
    /// XPath selecting each agenda item; the item rules below are evaluated relative to it.
    package var items: String
    package var itemID: String
    package var itemNumber: String
    package var itemTitle: String
    package var itemText: String
    package var itemURL: String
    /// Title prefixes that decide the deed kind ("Motie" → motion); others are `defaultKind`.
    package var kinds: [KindRule]
    package var defaultKind: Deed.Kind

    package init(
        municipality: String, pages: [String], meetingTitle: String, meetingDate: String, items: String,
        itemID: String, itemNumber: String, itemTitle: String, itemText: String, itemURL: String, kinds: [KindRule],
        defaultKind: Deed.Kind
    ) {
        self.municipality = municipality
        self.pages = pages
        self.meetingTitle = meetingTitle
        self.meetingDate = meetingDate
        self.items = items
        self.itemID = itemID
        self.itemNumber = itemNumber
        self.itemTitle = itemTitle
        self.itemText = itemText
        self.itemURL = itemURL
        self.kinds = kinds
        self.defaultKind = defaultKind
    }
}
