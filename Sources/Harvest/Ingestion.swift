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

    static func describe(_ error: any Error, name: String) -> (String, Int?) {
        switch error {
        case let error as MarkupError:
            return (error.errorDescription ?? "\(name): malformed XML", error.line)
        case let error as DocumentProblem:
            return (error.errorDescription ?? "\(name): \(error.message)", error.line)
        default:
            return ("\(name): \(error.localizedDescription)", nil)
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
