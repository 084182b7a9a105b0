import Core
import Foundation

/// Loads and validates `Commitments/` from a workspace.
///
/// Layout: `themes.yaml` (`themes:`), `sources.yaml` (`documents:`), `standards/*.yaml`
/// (`standards:`), `national/**/*.yaml` (`pledges:`), per municipality
/// `municipal/<id>/municipality.yaml` (`municipality:`) with its pledge files (`pledges:`) beside it, the
/// analysts' decisions on links in `reviews/**/*.yaml` (`reviews:`, one file per pledge by convention), and the
/// scoring rubric `rubric.yaml` (`rubric:`, optional: without it nothing can be scored).
package enum LedgerLoader {
    /// Loads the ledger, or throws every problem found when one is an error (warnings alone stop nothing).
    package static func load(workspace: URL) throws(LedgerInvalid) -> Ledger {
        let (ledger, problems) = validate(workspace: workspace)
        guard let ledger, !problems.contains(where: { $0.severity == .error }) else {
            throw LedgerInvalid(problems: problems)
        }
        return ledger
    }

    /// SHA-256 over the path and bytes of every file under Commitments/ (empty when there is none): equal before
    /// and after, nothing the ledger is read from changed in between, a file added or removed included.
    package static func filesFingerprint(workspace: URL) -> String {
        let commitments = workspace.appendingPathComponent("Commitments")
        guard FileManager.default.fileExists(atPath: commitments.path),
            let enumerator = FileManager.default.enumerator(atPath: commitments.path)
        else { return "" }
        var paths: [String] = []
        while let path = enumerator.nextObject() as? String { paths.append(path) }
        var hasher = Digest.Hasher()
        for path in paths.sorted() {
            guard let data = FileManager.default.contents(atPath: commitments.appendingPathComponent(path).path)
            else { continue }
            hasher.update(path)
            hasher.update(Data([0]))
            hasher.update(data)
            hasher.update(Data([0]))
        }
        return hasher.hex()
    }

    /// Reads everything it can and returns the ledger (when usable) with all problems, sorted by position.
    package static func validate(workspace: URL) -> (Ledger?, [Problem]) {
        var session = LoadSession(workspace: workspace)
        let ledger = session.run()
        return (ledger, session.allProblems.sorted())
    }
}

private struct LoadSession {
    let workspace: URL
    var problems: [Problem] = []
    /// The reader of every file opened; each holds the problems found in its file.
    var readers: [YAMLReader] = []
    var known = KnownIDs()
    var fileDigests: [(String, Data)] = []
    var firstSeen: [String: SourceLocation] = [:]
    /// The ids every record of a kind names, usable or not, so a reference to a record with problems of its
    /// own is not reported again as unknown.
    var named: [String: Set<String>] = [:]

    init(workspace: URL) {
        self.workspace = workspace
    }

    /// The problems of the session and of every file it read.
    var allProblems: [Problem] { problems + readers.flatMap(\.problems) }

    var commitments: URL { workspace.appendingPathComponent("Commitments") }

    mutating func run() -> Ledger? {
        guard FileManager.default.fileExists(atPath: commitments.path) else {
            problems.append(
                Problem(
                    SourceLocation(file: "Commitments", line: 0, column: 0),
                    "no Commitments/ folder in \(workspace.path); expected the ledger (use --workspace DIR)"))
            return nil
        }
        let themes = readThemes()
        let documents = readList("sources.yaml", key: "documents", kind: "document", required: true) {
            SourceDocument.read($0, $1)
        }
        known.documents = Set(documents.map(\.id))
        known.items = Dictionary(
            documents.filter { !$0.items.isEmpty }.map { ($0.id, Set($0.items.map(\.id))) },
            uniquingKeysWith: { first, _ in first })
        checkDocumentFiles(documents)
        let standards = yamlFiles(in: "standards").flatMap { file in
            readList(file, key: "standards", kind: "standard") { [known] in Standard.read($0, $1, known: known) }
        }
        known.standards = Set(standards.map(\.id))
        var pledges = yamlFiles(in: "national").flatMap { file in
            readList(file, key: "pledges", kind: "pledge") { [known] in Pledge.read($0, $1, known: known) }
        }
        var municipalities: [Municipality] = []
        for folder in subfolders(of: "municipal") {
            let profile = "municipal/\(folder)/municipality.yaml"
            let found = readList(profile, key: "municipality", kind: "municipality", required: true, single: true) {
                [known] in Municipality.read($0, $1, known: known)
            }
            if let municipality = found.first, municipality.id != folder {
                problems.append(
                    Problem(
                        municipality.location,
                        "municipality id '\(municipality.id)' does not match its folder municipal/\(folder); expected id: \(folder)"
                    ))
            }
            municipalities += found
            known.municipality = folder
            for file in yamlFiles(in: "municipal/\(folder)") where file != profile {
                pledges += readList(file, key: "pledges", kind: "pledge") { [known] in Pledge.read($0, $1, known: known)
                }
            }
            known.municipality = nil
        }
        checkQuotations(
            pledges.map { ($0.text, $0.quotation, $0.source, "pledge '\($0.id)'", $0.location) }
                + standards.map { ($0.text, $0.quotation, $0.source, "standard '\($0.id)'", $0.location) }
                + municipalities.flatMap { m in
                    m.facts.map {
                        ($0.text, $0.quotation, $0.source, "a fact about municipality '\(m.id)'", $0.location)
                    }
                }
                + documents.flatMap { document in
                    document.items.map { item in
                        (
                            item.text, Pledge.Quotation.exact,
                            Citation(document: document.id, verified: false, location: item.location),
                            "item '\(item.id)' of document '\(document.id)'", item.location
                        )
                    }
                },
            documents: documents)
        let reviews = readReviews(pledges: pledges)
        let rubric = readRubric()
        // A rubric file with problems of its own is reported there; its milestones are then unknown, not missing.
        let rubricFile = commitments.appendingPathComponent("rubric.yaml").path
        if rubric != nil || !FileManager.default.fileExists(atPath: rubricFile) {
            checkFulfilment(pledges, rubric: rubric)
        }
        // A pledge is measured against a standard that addresses its level of government: a council letter
        // otherwise asks the council what only the national government can do. (A standard of another theme may
        // be the analyst's choice: the human-rights-city standards apply across themes.)
        for pledge in pledges {
            guard let id = pledge.rights.standard, let standard = standards.first(where: { $0.id == id }) else {
                continue
            }
            let location = pledge.rights.standardLocation ?? pledge.location
            let level: Standard.Scope = pledge.level == .national ? .national : .municipal
            if standard.scope != .any, standard.scope != level {
                problems.append(
                    Problem(
                        location,
                        "pledge '\(pledge.id)' is \(pledge.level.rawValue) and measured against standard '\(id)', which addresses \(standard.scope.rawValue) government; expected a standard of scope \(level.rawValue) or any",
                        severity: .warning))
            }
        }
        // A term whose actor or parties are misspelt ends nothing: no pledge is ever broken by it. (Not while the
        // ledger has errors: the government's pledges may be among the records that could not be read.)
        let allRead = !allProblems.contains { $0.severity == .error }
        for term in rubric?.terms ?? []
        where allRead && !pledges.contains(where: { $0.actor == term.actor && Set($0.parties) == Set(term.parties) }) {
            problems.append(
                Problem(
                    term.location,
                    "term '\(term.id)' of the rubric covers no pledge of the ledger (actor \(term.actor), parties \(term.parties.joined(separator: ", "))); expected the actor and parties of the government's pledges",
                    severity: .warning))
        }
        var ledger = Ledger(
            themes: themes, documents: documents, standards: standards, pledges: pledges,
            municipalities: municipalities, reviews: Reviews(reviews), fingerprint: fingerprint(),
            reviewsFingerprint: Self.fingerprint(of: reviews),
            recordsFingerprint: fingerprint(of: { !$0.hasPrefix("Commitments/reviews/") }), rubric: rubric)
        ledger.reviewWarnings = (mergeLeftovers() + unreadFiles() + ledger.reviews.clashes).sorted()
        problems += ledger.reviewWarnings
        return ledger
    }

    /// A copy git mergetool leaves: `x_REMOTE_123.yaml` (made once, scripts/check-regex.py).
    nonisolated(unsafe) private static let mergeToolCopy = /_(REMOTE|LOCAL|BASE|BACKUP)_[0-9]+\./

    /// Files in `reviews/` that look like what a merge left behind: git mergetool's copies
    /// (`NAME_REMOTE_4242.yaml`, `_LOCAL_`, `_BASE_`, `_BACKUP_`), read like any review file and, sorting after the
    /// file they copy, deciding its links on the same day; and `.orig` copies, which are not read.
    func mergeLeftovers() -> [Problem] {
        let base = commitments.appendingPathComponent("reviews")
        guard let enumerator = FileManager.default.enumerator(atPath: base.path) else { return [] }
        var found: [Problem] = []
        while let path = enumerator.nextObject() as? String {
            let name = (path as NSString).lastPathComponent
            let location = SourceLocation(file: "Commitments/reviews/\(path)", line: 0, column: 0)
            let read = name.hasSuffix(".yaml") || name.hasSuffix(".yml")
            if read, name.contains(Self.mergeToolCopy) {
                found.append(
                    Problem(
                        location,
                        "this looks like a copy git mergetool left behind; its decisions are read like any other review file's and, on the same day, decide over those of the files that sort before it; expected it removed once the merge is resolved",
                        severity: .warning))
            } else if name.hasSuffix(".orig") {
                found.append(
                    Problem(
                        location,
                        "this looks like a copy a merge left behind; it is not read (only .yaml files are), so a decision only it holds counts nowhere; expected it removed once the merge is resolved",
                        severity: .warning))
            }
        }
        return found
    }

    /// Files under `Commitments/` named as YAML but not read: only names ending in `.yaml` or `.yml` are, so a
    /// `pledges.YAML`, `.Yaml` or `hla.yaml.txt` (a review saved by an editor that added its own extension) was left
    /// out without a word, its pledges or decisions counting nowhere. Templates (`.example`), a merge's `.orig`
    /// copies (`mergeLeftovers`) and an editor's backups and swap files are not named here.
    func unreadFiles() -> [Problem] {
        guard let enumerator = FileManager.default.enumerator(atPath: commitments.path) else { return [] }
        var found: [Problem] = []
        while let path = enumerator.nextObject() as? String {
            let name = (path as NSString).lastPathComponent
            let lower = name.lowercased()
            // An editor's backup or swap file (`x.yaml~`, `.x.yaml.swp`, `x.yaml.bak`) is a copy, not lost work.
            let copy =
                name.hasPrefix(".") || name.hasSuffix("~")
                || [".example", ".orig", ".bak", ".swp", ".swo", ".tmp"].contains { lower.hasSuffix($0) }
            guard lower.contains(".yaml") || lower.contains(".yml"), !name.hasSuffix(".yaml"), !name.hasSuffix(".yml"),
                !copy
            else { continue }
            found.append(
                Problem(
                    SourceLocation(file: "Commitments/\(path)", line: 0, column: 0),
                    "this file is not read: only files whose names end in .yaml or .yml are, so what it holds counts nowhere; expected its name to end in .yaml",
                    severity: .warning))
        }
        return found
    }

    /// What the linker takes from the reviews: each decision, in the order read (which decides a tie), not the
    /// files' bytes, so that a comment or a blank line added to a review file links nothing again.
    static func fingerprint(of reviews: [Review]) -> String {
        var hasher = Digest.Hasher()
        for review in reviews {
            let fields = [
                review.pledge, review.deed, review.verdict.rawValue, review.stance?.rawValue ?? "",
                review.decides?.code ?? "", review.note ?? "", review.by, review.on.description,
            ]
            hasher.update(fields.joined(separator: "\u{0}") + "\n")
        }
        return hasher.hex()
    }

    /// Reads `rubric.yaml` when there is one. Its bytes are not part of the ledger's fingerprint (changing the
    /// rubric does not change links); the rubric has a fingerprint of its own.
    mutating func readRubric() -> Rubric? {
        let display = "Commitments/rubric.yaml"
        guard let data = FileManager.default.contents(atPath: commitments.appendingPathComponent("rubric.yaml").path)
        else { return nil }
        guard let text = String(data: data, encoding: .utf8) else {
            problems.append(
                YAMLReader.notUTF8(data, file: display)
                    ?? Problem(SourceLocation(file: display, line: 1, column: 1), "file is not UTF-8 text"))
            return nil
        }
        let reader = YAMLReader(file: display, text: text)
        defer { problems += reader.problems }
        guard let root = reader.root, let fields = reader.fields(root, of: "the file", allowed: ["rubric"]) else {
            return nil
        }
        guard let node = fields.value("rubric") else {
            reader.report(root, "the file has no 'rubric:' mapping; expected rubric: with version:, evidence:, rules:")
            return nil
        }
        return Rubric.read(node, reader, fingerprint: Digest.sha256(data))
    }

    /// A pledge's `kept_by` must name a milestone of the rubric, so it needs a rubric.
    mutating func checkFulfilment(_ pledges: [Pledge], rubric: Rubric?) {
        for pledge in pledges {
            guard let keptBy = pledge.keptBy else { continue }
            guard let rubric else {
                problems.append(
                    Problem(
                        keptBy.location,
                        "pledge '\(pledge.id)' has kept_by but there is no Commitments/rubric.yaml to define milestone '\(keptBy.milestone)'"
                    ))
                continue
            }
            let known = rubric.knownMilestones
            if !known.contains(keptBy.milestone) {
                var message =
                    "pledge '\(pledge.id)' is kept by unknown milestone '\(keptBy.milestone)'; expected one of the milestones of Commitments/rubric.yaml: \(known.sorted().joined(separator: ", "))"
                if let close = closestMatch(to: keptBy.milestone, in: Array(known)) {
                    message += " (did you mean '\(close)'?)"
                }
                problems.append(Problem(keptBy.location, message))
            }
        }
    }

    mutating func readThemes() -> [Theme] {
        let themes = readList("themes.yaml", key: "themes", kind: "theme", required: true) { Theme.read($0, $1) }
        known.themes = Set(themes.map(\.id))
        let missing = Theme.required.filter { !known.themes.contains($0) }
        if !missing.isEmpty,
            FileManager.default.fileExists(atPath: commitments.appendingPathComponent("themes.yaml").path)
        {
            problems.append(
                Problem(
                    SourceLocation(file: "Commitments/themes.yaml", line: 1, column: 1),
                    "missing required theme\(missing.count == 1 ? "" : "s") \(missing.joined(separator: ", ")); every ledger defines \(Theme.required.joined(separator: ", "))"
                ))
        }
        return themes
    }

    /// Reads the list under `key` of one file and checks ids for duplicates across the ledger.
    mutating func readList<Record: Identifiable>(
        _ relativePath: String, key: String, kind: String, required: Bool = false, single: Bool = false,
        _ read: (YAMLNodeRef, YAMLReader) -> Record?
    ) -> [Record] where Record.ID == String {
        guard let (list, reader) = open(relativePath, key: key, required: required) else { return [] }
        var records: [Record] = []
        for item in single ? [list] : reader.items(list, of: "'\(key)'") {
            if let id = item["id"]?.string { named[kind, default: []].insert(id) }
            guard let record = read(item, reader) else { continue }
            let location = reader.location(item)
            let scopedID = "\(kind):\(record.id)"
            if let first = firstSeen[scopedID] {
                reader.report(item, "duplicate \(kind) id '\(record.id)'; it is already defined at \(first)")
                continue
            }
            if !Identifiers.isSlug(record.id) {
                reader.report(
                    item, "\(kind) id '\(record.id)' is not a slug; expected lower-case words joined by hyphens")
            }
            firstSeen[scopedID] = location
            records.append(record)
        }
        return records
    }

    /// Reads the reviews of `reviews/**/*.yaml`; several records may decide the same link (`Reviews`).
    mutating func readReviews(pledges: [Pledge]) -> [Review] {
        let ids = Dictionary(pledges.map { ($0.id, $0.municipality) }, uniquingKeysWith: { first, _ in first })
        let named = named["pledge", default: []]
        var reviews: [Review] = []
        for file in yamlFiles(in: "reviews") {
            guard let (list, reader) = open(file, key: "reviews") else { continue }
            reviews += reader.items(list, of: "'reviews'").compactMap {
                Review.read($0, reader, pledges: ids, named: named)
            }
        }
        // A decision cannot precede the pledge it is about: a year mistyped (2016 for 2026) would lose quietly to any
        // later decision on the link, the latest being the one that holds.
        let made = Dictionary(pledges.map { ($0.id, $0.date) }, uniquingKeysWith: { first, _ in first })
        for review in reviews {
            guard let date = made[review.pledge], review.on < date else { continue }
            problems.append(
                Problem(
                    review.location,
                    "the review of \(review.pledge) → \(review.deed) is dated \(review.on), before the pledge was made (\(date)); expected the day of the decision (of two decisions on a link the later one holds)",
                    severity: .warning))
        }
        return reviews
    }

    /// Opens one ledger file, adds it to the fingerprint and returns the value under `key` with the file's
    /// reader, whose problems are collected when the session ends (`allProblems`).
    mutating func open(_ relativePath: String, key: String, required: Bool = false) -> (YAMLNodeRef, YAMLReader)? {
        let url = commitments.appendingPathComponent(relativePath)
        let display = "Commitments/\(relativePath)"
        guard let data = FileManager.default.contents(atPath: url.path) else {
            if required {
                problems.append(
                    Problem(
                        SourceLocation(file: display, line: 0, column: 0),
                        "file is missing; expected a YAML file with '\(key):'"))
            }
            return nil
        }
        fileDigests.append((display, data))
        guard let text = String(data: data, encoding: .utf8) else {
            problems.append(
                YAMLReader.notUTF8(data, file: display)
                    ?? Problem(SourceLocation(file: display, line: 1, column: 1), "file is not UTF-8 text"))
            return nil
        }
        let reader = YAMLReader(file: display, text: text)
        readers.append(reader)
        guard let root = reader.root, let fields = reader.fields(root, of: "the file", allowed: [key]) else {
            return nil
        }
        guard let list = fields.value(key) else {
            reader.report(root, "the file has no '\(key):' list; expected \(key): followed by items")
            return nil
        }
        return (list, reader)
    }

    /// The folders directly under `Commitments/<folder>`, sorted, leaving out `_template`-style ones.
    func subfolders(of folder: String) -> [String] {
        let base = commitments.appendingPathComponent(folder)
        let names = (try? FileManager.default.contentsOfDirectory(atPath: base.path)) ?? []
        return names.filter { name in
            var isDirectory: ObjCBool = false
            return !name.hasPrefix("_") && !name.hasPrefix(".")
                && FileManager.default.fileExists(
                    atPath: base.appendingPathComponent(name).path, isDirectory: &isDirectory)
                && isDirectory.boolValue
        }.sorted()
    }

    /// The `.yaml` files under `Commitments/<folder>`, recursively, relative to `Commitments/`, in sorted order.
    func yamlFiles(in folder: String) -> [String] {
        let base = commitments.appendingPathComponent(folder)
        guard let enumerator = FileManager.default.enumerator(atPath: base.path) else { return [] }
        var files: [String] = []
        while let path = enumerator.nextObject() as? String {
            if path.hasSuffix(".yaml") || path.hasSuffix(".yml") { files.append("\(folder)/\(path)") }
        }
        return files.sorted()
    }

    mutating func checkDocumentFiles(_ documents: [SourceDocument]) {
        for document in documents {
            if let file = document.file,
                !FileManager.default.fileExists(atPath: commitments.appendingPathComponent(file).path)
            {
                problems.append(
                    Problem(
                        document.location,
                        "source document '\(document.id)' names file '\(file)', which does not exist under Commitments/"
                    ))
            }
            if let quotes = document.quotes, !known.documents.contains(quotes) {
                problems.append(
                    Problem(
                        document.location,
                        "source document '\(document.id)' quotes unknown document '\(quotes)'; expected the id of another document in Commitments/sources.yaml"
                    ))
            }
        }
    }

    /// Every quotation marked exact must occur in the text of its cited document, when the ledger keeps a copy.
    mutating func checkQuotations(
        _ records: [(String, Pledge.Quotation, Citation, String, SourceLocation)], documents: [SourceDocument]
    ) {
        var checks: [String: QuotationCheck] = [:]
        for (text, quotation, citation, what, location) in records where quotation == .exact {
            // "…" or "[…]" alone is found in any document: an exact quotation must hold words of its own.
            guard QuotationCheck.parts(of: text).contains(where: { $0.contains { $0.isLetter || $0.isNumber } }) else {
                problems.append(
                    Problem(
                        location,
                        "the exact quotation of \(what) has no words outside its omission marks ('\(text)'); expected the words quoted"
                    ))
                continue
            }
            guard let document = documents.first(where: { $0.id == citation.document }) else { continue }
            guard let file = document.file else {
                problems.append(
                    Problem(
                        location,
                        "\(what) is marked as an exact quotation but source document '\(document.id)' has no 'file' to check it against; add a copy under Commitments/sources/ or mark it paraphrase"
                    ))
                continue
            }
            if checks[file] == nil {
                let url = commitments.appendingPathComponent(file)
                guard let data = FileManager.default.contents(atPath: url.path) else { continue }
                checks[file] = QuotationCheck(sourceText: String(decoding: data, as: UTF8.self))
            }
            if let check = checks[file], !check.contains(text) {
                problems.append(
                    Problem(
                        location,
                        "the exact quotation of \(what) does not occur in Commitments/\(file) (\(document.id)); expected its words verbatim, or quotation: paraphrase"
                    ))
            }
        }
    }

    /// SHA-256 over the path and bytes of the files read (those whose path passes `included`), in path order.
    func fingerprint(of included: (String) -> Bool = { _ in true }) -> String {
        var hasher = Digest.Hasher()
        for (path, data) in fileDigests.filter({ included($0.0) }).sorted(by: { $0.0 < $1.0 }) {
            hasher.update(path)
            hasher.update(Data([0]))
            hasher.update(data)
        }
        return hasher.hex()
    }
}
