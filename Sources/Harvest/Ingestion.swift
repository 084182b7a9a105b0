import Deeds
import Foundation
import Markup
import Store

/// What happened to one document offered for ingestion.
package struct IngestedDocument: Sendable, Hashable {
    package var name: String
    package var format: DocumentFormat?
    package var deeds = 0
    /// What storing it changed; nil when it was rejected.
    package var result: Store.IngestResult?
    /// The reason the document was rejected: `file:line:column: message`.
    package var error: String?

    package var change: Store.IngestResult.Change? { result?.change }
    package var changedDeeds: [String] { result?.changedDeeds ?? [] }
}

/// Reads documents (format detected from content), stores their deeds and keeps bad ones aside.
package struct Ingestion: Sendable {
    package let store: Store

    package init(store: Store) {
        self.store = store
    }

    /// Ingests each file in turn; a bad file is rejected with its error and the rest go on.
    package func ingest(files: [URL], displayName: (URL) -> String = { $0.path }) -> [IngestedDocument] {
        files.map { file in
            let name = displayName(file)
            var isFolder: ObjCBool = false
            if FileManager.default.fileExists(atPath: file.path, isDirectory: &isFolder), isFolder.boolValue {
                return IngestedDocument(
                    name: name,
                    error: "\(name): is a folder; expected XML files (update --mirror \(name) reads a folder)")
            }
            guard let data = FileManager.default.contents(atPath: file.path) else {
                let missing = !FileManager.default.fileExists(atPath: file.path)
                return IngestedDocument(
                    name: name, error: "\(name): \(missing ? "no such file" : "cannot be read (no permission)")")
            }
            return ingest(data, name: name)
        }
    }

    /// Ingests one document held in memory.
    package func ingest(_ data: Data, name: String) -> IngestedDocument {
        do {
            let document = try DocumentReader.read(data, name: name)
            let result = try store.ingest(document, raw: data)
            return IngestedDocument(
                name: name, format: document.format, deeds: Set(document.deeds.map(\.id)).count, result: result)
        } catch {
            let (message, line) = Ingestion.describe(error, name: name)
            do {
                try store.reject(name: name, raw: data, error: message, line: line)
            } catch {
                return IngestedDocument(name: name, error: "\(message) (and it could not be kept aside: \(error))")
            }
            return IngestedDocument(name: name, error: message)
        }
    }

    /// Ingests a saved council meeting page with its municipality's rules, as if fetched from `url` by `source`.
    ///
    /// A saved copy that replaces the page as `source` last fetched it also forgets that fetch: the next live run
    /// then reads the page whole instead of being told "not modified" (or finding the fetched page's fingerprint)
    /// and keeping the older copy's deeds.
    package func ingestCouncilPage(file: URL, url: URL, rules: CouncilRules, source: String, name: String)
        -> IngestedDocument
    {
        guard let data = FileManager.default.contents(atPath: file.path) else {
            return IngestedDocument(name: name, error: "\(name): cannot be read")
        }
        do {
            let document = try CouncilPageReader(rules: rules).read(data, url: url, name: name)
            let result = try store.ingest(document, raw: data)
            if result.change == .added || result.change == .replaced {
                try store.forgetFetch(of: url.absoluteString, source: source)
            }
            try store.clearRejected(name: name)
            return IngestedDocument(
                name: name, format: document.format, deeds: Set(document.deeds.map(\.id)).count, result: result)
        } catch {
            let (message, line) = Ingestion.describe(error, name: name, rules: rules)
            do {
                try store.reject(name: name, raw: data, error: message, line: line)
            } catch {
                return IngestedDocument(name: name, error: "\(message) (and it could not be kept aside: \(error))")
            }
            return IngestedDocument(name: name, error: message)
        }
    }

    /// The saved pages of a council source in the mirror (`<mirror>/<source name>/*.html`, or `*.txt` for a
    /// page kept as its text), each with the URL it was saved from: the file name is the page's path below
    /// the source's endpoint, percent-encoded (`Vergaderingen%2FGemeenteraad%2F2015%2F31-augustus%2F19%3A30%2F.html`).
    package static func councilPages(in mirror: URL, source: SourceDefinition) -> [(file: URL, url: URL)] {
        let folder = mirror.appendingPathComponent(source.name)
        let names = ((try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? [])
            .filter { $0.lowercased().hasSuffix(".html") || $0.lowercased().hasSuffix(".txt") }.sorted()
        return names.compactMap { name in
            let stem = String(name.dropLast(name.lowercased().hasSuffix(".txt") ? ".txt".count : ".html".count))
            guard let path = stem.removingPercentEncoding,
                let url = URL(string: path, relativeTo: source.endpoint)?.absoluteURL
            else { return nil }
            return (folder.appendingPathComponent(name), url)
        }
    }

    /// The message and line of a document that could not be read or stored; `rules`, the council rules it was read
    /// by, to name the id rule of a council page whose deed id another page gives already.
    static func describe(_ error: any Error, name: String, rules: CouncilRules? = nil) -> (String, Int?) {
        if let error = error as? StoreError {
            switch error.reason {
            case .deedTaken:
                let rule = rules.map { " (\($0.cite(.itemID)))" } ?? ""
                return ("\(name): \(error.errorDescription ?? "")\(rule)", nil)
            case .loss: return ("\(name): \(error.errorDescription ?? "")", nil)
            case .missing, .failed: break
            }
        }
        switch error {
        case let error as MarkupError:
            return (error.errorDescription ?? "\(name): malformed XML", error.line)
        case let error as DocumentProblem:
            return (error.errorDescription ?? "\(name): \(error.message)", error.line)
        default:
            // An HTTP error names its URL already.
            let text = error.localizedDescription
            return (text.hasPrefix(name) ? text : "\(name): \(text)", nil)
        }
    }

    /// The XML files under `folder`, recursively, in sorted order.
    package static func documents(in folder: URL) -> [URL] {
        guard let enumerator = FileManager.default.enumerator(at: folder, includingPropertiesForKeys: nil) else {
            return []
        }
        var files: [URL] = []
        for case let url as URL in enumerator where url.pathExtension.lowercased() == "xml" {
            files.append(url)
        }
        return files.sorted { $0.path < $1.path }
    }
}
