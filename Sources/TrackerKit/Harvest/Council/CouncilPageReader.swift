import Foundation

/// Turns a council meeting page into deeds with the XPath rules of a source definition.
public struct CouncilPageReader: Sendable {
    public let rules: CouncilRules

    public init(rules: CouncilRules) {
        self.rules = rules
    }

    /// Reads the agenda items of one meeting page.
    ///
    /// - Throws: `MarkupError` when the page has no HTML; `DocumentProblem` when the rules find no meeting date.
    public func read(_ data: Data, url: URL, encoding: String? = nil) throws -> ReadDocument {
        let document = try MarkupDocument.html(data, name: url.absoluteString, encoding: encoding)
        guard let root = document.root else { throw DocumentProblem(document: url.absoluteString, line: 1, message: "empty page") }
        let title = try text(root, rules.meetingTitle)
        let rawDate = try text(root, rules.meetingDate)
        guard let date = Day(rawDate) ?? Day(dutch: rawDate.lowercased()) ?? Day(dutch: firstDutchDate(in: rawDate) ?? "") else {
            throw DocumentProblem(
                document: url.absoluteString, line: root.line,
                message: "the meeting date rule gave '\(rawDate)'; expected a date such as 31 augustus 2015 or 2015-08-31")
        }
        let hash = SHA256.hex(data)
        var deeds: [Deed] = []
        for item in try root.select(rules.items) {
            let itemID = try text(item, rules.itemID)
            let itemTitle = try text(item, rules.itemTitle)
            guard !itemID.isEmpty, !itemTitle.isEmpty else { continue }
            let number = try text(item, rules.itemNumber)
            let link = try text(item, rules.itemURL)
            let kind = rules.kinds.first { itemTitle.lowercased().hasPrefix($0.prefix.lowercased()) }?.kind ?? rules.defaultKind
            deeds.append(
                Deed(
                    id: "gemeente:\(rules.municipality):\(itemID)", kind: kind, date: date,
                    title: number.isEmpty ? itemTitle : "\(number). \(itemTitle)", text: try text(item, rules.itemText),
                    actors: [Deed.Actor(role: .committee, name: title.isEmpty ? "gemeenteraad \(rules.municipality)" : title)],
                    source: Deed.Source(
                        format: DocumentFormat.councilPage.rawValue, document: url.absoluteString,
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
        text.lowercased().firstMatch(of: /\d{1,2} (januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|december) \d{4}/)
            .map { String($0.0) }
    }
}
