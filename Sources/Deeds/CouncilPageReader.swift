import Core
import Foundation
import Markup

/// Turns a council meeting page into deeds with the XPath rules of a source definition.
///
/// An `html` page is read as HTML; a `text` page (a council document kept as its text, such as a motion
/// as the page store holds it) is read as lines: `<page><line>…</line>…</page>`, one `line` for each
/// non-empty line, so that the same kind of XPath rules apply (`/page/line[1]`).
package struct CouncilPageReader: Sendable {
    package let rules: CouncilRules

    package init(rules: CouncilRules) {
        self.rules = rules
    }

    /// Reads the agenda items of one meeting page.
    ///
    /// - Parameter name: the page as messages name it (a saved page's file in the mirror); default its URL.
    /// - Throws: `MarkupError` when the page has no HTML; `DocumentProblem` when the rules find no meeting date, no
    ///   item, or an item without an id or a title, naming the rule and where the source definition has it.
    package func read(_ data: Data, url: URL, name: String? = nil, encoding: String? = nil) throws -> ReadDocument {
        let name = name ?? url.absoluteString
        let document =
            switch rules.format {
            case .html: try MarkupDocument.html(data, name: name, encoding: encoding)
            case .text: try MarkupDocument.xml(Self.lines(data, encoding: encoding), name: name)
            }
        guard let root = document.root else {
            throw DocumentProblem(document: name, line: 1, message: "empty page")
        }
        let title = try text(root, rules.meetingTitle)
        let rawDate = try text(root, rules.meetingDate)
        guard
            let date = Day(rawDate) ?? Day(dutch: rawDate.lowercased()) ?? Day(dutch: firstDutchDate(in: rawDate) ?? "")
        else {
            // The rule is evaluated on the whole page: no line of the page is at fault, the rule or the page is.
            throw DocumentProblem(
                document: name, line: nil,
                message:
                    "the meeting date rule gave '\(rawDate)'; expected a date such as 31 augustus 2015 or 2015-08-31 (\(rules.cite(.meetingDate)))"
            )
        }
        let hash = Digest.sha256(data)
        var deeds: [Deed] = []
        let items = try root.select(rules.items)
        for (index, item) in items.enumerated() {
            let itemID = try text(item, rules.itemID)
            let itemTitle = try text(item, rules.itemTitle)
            // Every item of a real meeting page has both (Den Helder's opening and closing too): an item without
            // is a layout the rules no longer fit, and skipping it would remove the deed it gave before.
            for (value, rule, what) in [(itemID, CouncilRules.Rule.itemID, "id"), (itemTitle, .itemTitle, "title")]
            where value.isEmpty {
                throw DocumentProblem(
                    document: name, line: rules.format == .html ? item.line : nil,
                    message:
                        "the item \(what) rule gave '' for item \(index + 1) of the \(items.count) the items rule selects; expected an id and a title for every item (has the page's layout changed? the deeds it gave before are kept; a row that is no agenda item is for the items rule to leave out) (\(rules.cite(rule)))"
                )
            }
            let link = try text(item, rules.itemURL)
            let dictum = try rules.itemDictum.map { try joined(item, $0) } ?? ""
            let result = try rules.itemResult.map { try text(item, $0) } ?? ""
            let kind =
                rules.kinds.first { itemTitle.lowercased().hasPrefix($0.prefix.lowercased()) }?.kind
                ?? rules.defaultKind
            deeds.append(
                Deed(
                    id: "gemeente:\(rules.municipality):\(itemID)", kind: kind, date: date,
                    // The item's own title, as a letter quotes it: not the agenda's number before it (`14.`), the
                    // order of one meeting, not the item's words (the deed's reference is its id).
                    title: itemTitle, text: try text(item, rules.itemText),
                    dictum: dictum.isEmpty ? nil : dictum,
                    actors: [
                        Deed.Actor(role: .committee, name: title.isEmpty ? "gemeenteraad \(rules.municipality)" : title)
                    ],
                    outcome: result.isEmpty
                        ? nil
                        : Deed.Outcome(result: Deed.Outcome.councilResult(from: result), label: result, date: date),
                    source: Deed.Source(
                        format: .councilPage, document: url.absoluteString,
                        url: Self.webAddress(link, on: url) ?? url.absoluteString, hash: hash)))
        }
        // A meeting page always has items: none means the page's layout no longer fits the rules (a redesigned
        // site), and reading it as empty would remove every deed the page gave before.
        guard !deeds.isEmpty else {
            throw DocumentProblem(
                document: name, line: nil,
                message:
                    "the items rule selected no item; expected at least one (has the page's layout changed? the deeds it gave before are kept) (\(rules.cite(.items)))"
            )
        }
        return ReadDocument(
            name: url.absoluteString, key: "council:\(rules.municipality):\(url.absoluteString)", version: nil,
            format: .councilPage, hash: hash, deeds: deeds)
    }

    private func text(_ node: MarkupNode, _ expression: String) throws -> String {
        try node.evaluate(XPathQuery(expression)).string.collapsingWhitespace()
    }

    /// Every node the rule selects, joined by spaces (XPath 1.0 has no string-join); a string result as is.
    private func joined(_ node: MarkupNode, _ expression: String) throws -> String {
        let value = try node.evaluate(XPathQuery(expression))
        guard case .nodes(let nodes) = value else { return value.string.collapsingWhitespace() }
        return nodes.map(\.text).joined(separator: " ").collapsingWhitespace()
    }

    /// A text page as `<page><line>…</line>…</page>`. A body that is HTML (a page fetched live) is first
    /// reduced to its visible text, block elements and `<br>` ending a line.
    package static func lines(_ data: Data, encoding: String? = nil) throws -> Data {
        // A body the server declares Latin-1 or Windows-1252 is decoded as such; everything else as UTF-8.
        let declared: String.Encoding? =
            switch encoding?.lowercased() {
            case "iso-8859-1", "latin1", "latin-1": .isoLatin1
            case "windows-1252", "cp1252": .windowsCP1252
            default: nil
            }
        var text = declared.flatMap { String(data: data, encoding: $0) } ?? String(decoding: data, as: UTF8.self)
        if text.drop(while: \.isWhitespace).first == "<" {
            let marked = text.replacing(Self.scriptOrStyle, with: "")
                .replacing(Self.lineBreak) {
                    "\($0.output.0)\n"
                }
            let document = try MarkupDocument.html(Data(marked.utf8), name: "page", encoding: "utf-8")
            text = try document.root?.evaluate(XPathQuery("string(/html/body)")).string ?? ""
        }
        var xml = "<page>\n"
        for line in text.split(whereSeparator: \.isNewline) {
            let trimmed = line.trimmingCharacters(in: .whitespaces)
            guard !trimmed.isEmpty else { continue }
            // A control character XML does not allow (text copied from a PDF has them) becomes a space: one such
            // character refused the whole page.
            let allowed = String(
                String.UnicodeScalarView(
                    trimmed.unicodeScalars.map { scalar in
                        scalar.value < 0x20 && scalar != "\t" || scalar.value == 0xFFFE || scalar.value == 0xFFFF
                            ? " " : scalar
                    }))
            let escaped = allowed.replacingOccurrences(of: "&", with: "&amp;")
                .replacingOccurrences(of: "<", with: "&lt;").replacingOccurrences(of: ">", with: "&gt;")
            xml += "<line>\(escaped)</line>\n"
        }
        return Data((xml + "</page>\n").utf8)
    }

    // Patterns made once: a regex literal in a function is parsed and compiled again at every call (scripts/check-regex.py).
    nonisolated(unsafe) private static let scriptOrStyle = /(?is)<(script|style)\b.*?<\/\1\s*>/
    nonisolated(unsafe) private static let lineBreak =
        /(?i)<br\s*\/?>|<\/(p|div|li|h[1-6]|tr|dt|dd|section|article|header|footer)\s*>/
    nonisolated(unsafe) private static let dutchDate =
        /\d{1,2} (januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|december) \d{4}/

    private func firstDutchDate(in text: String) -> String? {
        text.lowercased().firstMatch(of: Self.dutchDate).map { String($0.0) }
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

    /// How a page is read: as HTML, or as text lines (see `CouncilPageReader`).
    package enum Format: String, Sendable, Hashable, CaseIterable {
        case html, text
    }

    /// The municipality in the ledger (`Commitments/municipal/<id>/`).
    package var municipality: String
    package var format: Format
    /// The meeting pages to read (relative to the endpoint or absolute).
    package var pages: [String]
    /// XPath for the meeting's title and date (a Dutch date such as "31 augustus 2015" or ISO).
    package var meetingTitle: String
    package var meetingDate: String
    /// XPath selecting each agenda item; the item rules below are evaluated relative to it.
    package var items: String
    package var itemID: String
    /// Optional and not read: the item's number on the agenda (`14`), once put before the deed's title. Accepted so
    /// that source definitions written with it still load.
    package var itemNumber: String?
    package var itemTitle: String
    package var itemText: String
    package var itemURL: String
    /// Optional: the operative part (every node selected, joined) and the decision's own word
    /// (`Aangenomen`, `Verworpen`), which becomes the deed's outcome.
    package var itemDictum: String?
    package var itemResult: String?
    /// Title prefixes that decide the deed kind ("Motie" → motion); others are `defaultKind`.
    package var kinds: [KindRule]
    package var defaultKind: Deed.Kind
    /// Where the source definition has each rule (`Scrapers/gemeente-den-helder.yaml:17:9`), for messages that
    /// name the rule to change; empty for rules made in code.
    package var locations: [Rule: SourceLocation]

    /// A rule of the source definition, by its key there.
    package enum Rule: String, Sendable, Hashable, CaseIterable {
        case municipality
        case meetingTitle = "meeting.title"
        case meetingDate = "meeting.date"
        case items
        case itemID = "item.id"
        case itemNumber = "item.number"
        case itemTitle = "item.title"
        case itemText = "item.text"
        case itemURL = "item.url"
        case itemDictum = "item.dictum"
        case itemResult = "item.result"
    }

    /// A digest of what decides how a page is read: the municipality, the format and every rule read, not the pages
    /// (adding a page changes no other page's reading), the unread `number` nor where the rules are written. A page last read by rules
    /// with another digest is read again (`CouncilRun`).
    package var readingDigest: String {
        let parts =
            [municipality, format.rawValue, defaultKind.rawValue]
            + Rule.allCases.filter { $0 != .itemNumber }.map { "\($0.rawValue)=\(expression($0) ?? "-")" }
            + kinds.map { "\($0.prefix)→\($0.kind.rawValue)" }
        return Digest.sha256(Data(parts.joined(separator: "\u{1F}").utf8))
    }

    /// The rule's expression as written.
    package func expression(_ rule: Rule) -> String? {
        switch rule {
        case .municipality: municipality
        case .meetingTitle: meetingTitle
        case .meetingDate: meetingDate
        case .items: items
        case .itemID: itemID
        case .itemNumber: itemNumber
        case .itemTitle: itemTitle
        case .itemText: itemText
        case .itemURL: itemURL
        case .itemDictum: itemDictum
        case .itemResult: itemResult
        }
    }

    /// The rule as a message names it: `the rule is meeting.date at Scrapers/gemeente-amsterdam.yaml:19:11:
    /// normalize-space(/page/line[2])`.
    package func cite(_ rule: Rule) -> String {
        let location = locations[rule].map { " at \($0)" } ?? ""
        return "the rule is \(rule.rawValue)\(location): \(expression(rule) ?? "")"
    }

    package init(
        municipality: String, pages: [String], meetingTitle: String, meetingDate: String, items: String,
        itemID: String, itemNumber: String?, itemTitle: String, itemText: String, itemURL: String, kinds: [KindRule],
        defaultKind: Deed.Kind, format: Format = .html, itemDictum: String? = nil, itemResult: String? = nil,
        locations: [Rule: SourceLocation] = [:]
    ) {
        self.municipality = municipality
        self.locations = locations
        self.format = format
        self.itemDictum = itemDictum
        self.itemResult = itemResult
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

extension CouncilPageReader {

    /// The item's link as a web address (http or https) resolved against the page; nil for any other scheme: a
    /// page is written by others, and a `javascript:` link would run in the reader's browser from every letter
    /// and feed that points at the deed.
    static func webAddress(_ link: String, on page: URL) -> String? {
        guard
            let address = URL(string: link.trimmingCharacters(in: .whitespacesAndNewlines), relativeTo: page)?
                .absoluteString,
            Deed.Source.isWebAddress(address)
        else { return nil }
        return address
    }
}
