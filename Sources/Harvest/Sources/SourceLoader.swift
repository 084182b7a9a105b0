import Core
import Deeds
import Foundation
import Markup

/// Loads and validates the source definitions in `Scrapers/*.yaml`.
package enum SourceLoader {
    /// Every SyncFeed category of the Tweede Kamer data warehouse (tkData v1.0 XSDs).
    package static let syncFeedCategories = [
        "Activiteit", "ActiviteitActor", "Agendapunt", "Besluit", "Commissie", "CommissieContactinformatie",
        "CommissieZetel", "CommissieZetelVastPersoon", "CommissieZetelVastVacature", "CommissieZetelVervangerPersoon",
        "CommissieZetelVervangerVacature", "Document", "DocumentActor", "DocumentVersie", "Fractie", "FractieZetel",
        "FractieZetelPersoon", "FractieZetelVacature", "Kamerstukdossier", "Persoon", "PersoonContactinformatie",
        "PersoonGeschenk", "PersoonLoopbaan", "PersoonNevenfunctie", "PersoonNevenfunctieInkomsten", "PersoonOnderwijs",
        "PersoonReis", "Reservering", "Stemming", "Toezegging", "Vergadering", "Verslag", "Zaak", "ZaakActor", "Zaal",
    ]

    static let fields = ["name", "kind", "description", "endpoint", "categories", "http", "sru", "council"]

    /// Reads every `Scrapers/*.yaml` (not the mirror); returns the usable definitions and all problems.
    package static func load(workspace: URL) -> ([SourceDefinition], [Problem]) {
        let folder = workspace.appendingPathComponent("Scrapers")
        let names = ((try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? [])
            .filter { $0.hasSuffix(".yaml") || $0.hasSuffix(".yml") }.sorted()
        var definitions: [SourceDefinition] = []
        var problems: [Problem] = []
        for name in names {
            let display = "Scrapers/\(name)"
            guard let data = FileManager.default.contents(atPath: folder.appendingPathComponent(name).path) else {
                continue
            }
            if let problem = YAMLReader.notUTF8(data, file: display) {
                problems.append(problem)
                continue
            }
            let reader = YAMLReader(file: display, text: String(decoding: data, as: UTF8.self))
            let stem = String(name.prefix { $0 != "." })
            if let root = reader.root, let definition = read(root, reader, stem: stem) {
                if definitions.contains(where: { $0.name == definition.name }) {
                    reader.report(root, "duplicate source name '\(definition.name)'")
                } else {
                    definitions.append(definition)
                }
            }
            problems += reader.problems
        }
        return (definitions, problems.sorted())
    }

    static func read(_ node: YAMLNodeRef, _ reader: YAMLReader, stem: String) -> SourceDefinition? {
        guard let unnamed = reader.fields(node, of: "a source definition", allowed: fields) else { return nil }
        let name = unnamed.string("name", expected: "the source's name, as used by --source")
        let fields = unnamed.named("source '\(name ?? stem)'")
        if let name, name != stem {
            reader.report(
                fields.value("name"), "source name '\(name)' differs from its file name; expected name: \(stem)")
        }
        let kind = fields.choice("kind", from: SourceDefinition.Kind.allCases.map(\.rawValue))
        let endpoint = url(fields, "endpoint", reader)
        let http = httpSettings(fields.value("http"), reader)
        guard let name, let kind = kind.flatMap(SourceDefinition.Kind.init), let endpoint else { return nil }
        var definition = SourceDefinition(
            name: name, kind: kind, description: fields.string("description", required: false), endpoint: endpoint,
            http: http, location: reader.location(node))
        switch kind {
        case .syncfeed:
            let categories = fields.strings(
                "categories", required: true, expected: "SyncFeed categories such as Zaak, Besluit, Stemming")
            for (category, item) in categories where !syncFeedCategories.contains(category) {
                reader.report(
                    item,
                    "unknown SyncFeed category '\(category)'; expected one of: \(syncFeedCategories.joined(separator: ", "))"
                )
            }
            definition.categories = categories.map(\.0)
        case .sru:
            definition.sru = sruSettings(fields.value("sru"), reader)
            if !fields.has("sru") { reader.report(node, "source '\(name)' of kind sru has no 'sru:' settings") }
        case .councilHTML:
            definition.council = councilRules(fields.value("council"), reader)
            if !fields.has("council") {
                reader.report(node, "source '\(name)' of kind council-html has no 'council:' rules")
            }
        }
        // A definition whose settings for its kind could not be read is not usable (its problems are reported).
        switch kind {
        case .syncfeed: return definition.categories.isEmpty ? nil : definition
        case .sru: return definition.sru == nil ? nil : definition
        case .councilHTML: return definition.council == nil ? nil : definition
        }
    }

    static func url(_ fields: YAMLFields, _ key: String, _ reader: YAMLReader, required: Bool = true) -> URL? {
        guard let text = fields.string(key, required: required, expected: "an http(s) URL") else { return nil }
        guard let url = URL(string: text), ["http", "https"].contains(url.scheme ?? ""), url.host != nil else {
            reader.report(fields.value(key), "'\(key)' is '\(text)'; expected an http(s) URL")
            return nil
        }
        return url
    }

    /// A number of `range`; `whole` ones (retries, megabytes) without a fraction, and said so.
    static func number(
        _ fields: YAMLFields, _ key: String, _ reader: YAMLReader, range: ClosedRange<Double>, whole: Bool = false
    ) -> Double? {
        guard let text = fields.string(key, required: false) else { return nil }
        guard let value = Double(text), range.contains(value), !whole || value.rounded() == value else {
            let bounds =
                whole
                ? "a whole number from \(Int(range.lowerBound)) to \(Int(range.upperBound))"
                : "a number from \(Self.plain(range.lowerBound)) to \(Self.plain(range.upperBound))"
            reader.report(fields.value(key), "'\(key)' is '\(text)'; expected \(bounds)")
            return nil
        }
        return value
    }

    /// `60` for 60.0, `0.5` for 0.5.
    static func plain(_ value: Double) -> String {
        value.rounded() == value ? String(Int(value)) : String(value)
    }

    static func httpSettings(_ node: YAMLNodeRef?, _ reader: YAMLReader) -> HTTPSettings {
        var settings = HTTPSettings()
        guard
            let fields = reader.fields(
                node, of: "the http settings", allowed: ["pause", "timeout", "retries", "max_body_mb", "user_agent"])
        else {
            return settings
        }
        if let pause = number(fields, "pause", reader, range: 0...60) { settings.pause = pause }
        if let timeout = number(fields, "timeout", reader, range: 1...600) { settings.timeout = timeout }
        if let retries = number(fields, "retries", reader, range: 0...20, whole: true) {
            settings.retries = Int(retries)
        }
        if let size = number(fields, "max_body_mb", reader, range: 1...4096, whole: true) {
            settings.maxBodyBytes = Int(size) << 20
        }
        if let agent = fields.string("user_agent", required: false) { settings.userAgent = agent }
        return settings
    }

    static func sruSettings(_ node: YAMLNodeRef?, _ reader: YAMLReader) -> SRUSettings? {
        let allowed = ["connection", "query", "ledger_dossiers", "dossiers", "since", "page_size", "rss"]
        guard let fields = reader.fields(node, of: "the sru settings", allowed: allowed) else { return nil }
        let connection = fields.string("connection", expected: "the SRU x-connection, e.g. officielepublicaties")
        let query = fields.string("query", expected: "a CQL query, e.g. w.publicatienaam==Kamerstuk")
        let since = fields.day("since")
        let pageSize = number(fields, "page_size", reader, range: 1...1000) ?? 50
        let dossiers = fields.strings("dossiers")
        for (dossier, item) in dossiers where !Identifiers.isDossier(dossier) {
            reader.report(item, "dossier '\(dossier)' is not a Kamerstuk dossier number such as 30950 or 36740-VII")
        }
        guard let connection, let query, let since else { return nil }
        return SRUSettings(
            connection: connection, query: query,
            ledgerDossiers: fields.bool("ledger_dossiers", required: false) ?? true,
            dossiers: dossiers.map(\.0), since: since, pageSize: Int(pageSize),
            rss: url(fields, "rss", reader, required: false))
    }

    static func councilRules(_ node: YAMLNodeRef?, _ reader: YAMLReader) -> CouncilRules? {
        let allowed = ["municipality", "format", "pages", "meeting", "items", "item", "kinds", "default_kind"]
        guard let fields = reader.fields(node, of: "the council rules", allowed: allowed) else { return nil }
        let municipality = fields.string("municipality", expected: "the municipality's id in Commitments/municipal/")
        let pages = fields.strings("pages", required: true, expected: "meeting page URLs or paths")
        func xpath(_ fields: YAMLFields?, _ key: String) -> String? {
            guard let fields, let expression = fields.string(key, expected: "an XPath expression") else { return nil }
            do {
                _ = try XPathQuery.checked(expression)
            } catch {
                reader.report(
                    fields.value(key),
                    "'\(key)' is not a valid XPath expression: \(error.diagnostics.first?.message ?? "syntax error")")
                return nil
            }
            return expression
        }
        let meeting = reader.fields(fields.value("meeting"), of: "the meeting rules", allowed: ["title", "date"])
        let item = reader.fields(
            fields.value("item"), of: "the item rules",
            allowed: ["id", "number", "title", "text", "url", "dictum", "result"])
        if meeting == nil { reader.report(node, "the council rules have no 'meeting:' (title, date)") }
        if item == nil { reader.report(node, "the council rules have no 'item:' (id, title, text, url)") }
        let kindNames = Deed.Kind.allCases.map(\.rawValue)
        var kinds: [CouncilRules.KindRule] = []
        for entry in reader.items(fields.value("kinds"), of: "'kinds'") {
            guard let rule = reader.fields(entry, of: "a kind rule", allowed: ["prefix", "kind"]),
                let prefix = rule.string("prefix", expected: "the start of an item title, e.g. Motie"),
                let kind = rule.choice("kind", from: kindNames)
            else { continue }
            kinds.append(CouncilRules.KindRule(prefix: prefix, kind: Deed.Kind(rawValue: kind)!))
        }
        let format = fields.choice("format", from: CouncilRules.Format.allCases.map(\.rawValue), required: false)
            .flatMap(CouncilRules.Format.init(rawValue:))
        // `number` is no longer read (an agenda's number is not the item's title); a definition with it still loads.
        let number = item?.has("number") == true ? xpath(item, "number") : nil
        let dictum = item?.has("dictum") == true ? xpath(item, "dictum") : nil
        let result = item?.has("result") == true ? xpath(item, "result") : nil
        // An optional rule that is written must be valid too.
        let optionalsValid =
            (format != nil || !fields.has("format")) && (number != nil || item?.has("number") != true)
            && (dictum != nil || item?.has("dictum") != true)
            && (result != nil || item?.has("result") != true)
        let defaultKind =
            fields.choice("default_kind", from: kindNames, required: false) ?? Deed.Kind.agendaItem.rawValue
        // Every rule is checked, so that every problem is listed at once.
        let (meetingTitle, meetingDate) = (xpath(meeting, "title"), xpath(meeting, "date"))
        let (items, itemID, itemTitle) = (xpath(fields, "items"), xpath(item, "id"), xpath(item, "title"))
        let (itemText, itemURL) = (xpath(item, "text"), xpath(item, "url"))
        guard optionalsValid, let municipality, !pages.isEmpty, let meetingTitle, let meetingDate, let items,
            let itemID, let itemTitle, let itemText, let itemURL
        else { return nil }
        // Where each rule is written, for messages that name the rule a page did not fit.
        var locations: [CouncilRules.Rule: SourceLocation] = [
            .municipality: fields.location("municipality"), .items: fields.location("items"),
        ]
        if let meeting {
            locations[.meetingTitle] = meeting.location("title")
            locations[.meetingDate] = meeting.location("date")
        }
        if let item {
            let keys: [(String, CouncilRules.Rule)] = [
                ("id", .itemID), ("number", .itemNumber), ("title", .itemTitle), ("text", .itemText),
                ("url", .itemURL), ("dictum", .itemDictum), ("result", .itemResult),
            ]
            for (key, rule) in keys where item.has(key) { locations[rule] = item.location(key) }
        }
        return CouncilRules(
            municipality: municipality, pages: pages.map(\.0), meetingTitle: meetingTitle, meetingDate: meetingDate,
            items: items, itemID: itemID, itemNumber: number, itemTitle: itemTitle, itemText: itemText,
            itemURL: itemURL,
            kinds: kinds, defaultKind: Deed.Kind(rawValue: defaultKind)!, format: format ?? .html, itemDictum: dictum,
            itemResult: result, locations: locations)
    }
}
