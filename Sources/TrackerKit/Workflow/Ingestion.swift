import Foundation

/// What happened to one document offered for ingestion.
public struct IngestedDocument: Sendable, Hashable {
    public var name: String
    public var format: DocumentFormat?
    public var deeds = 0
    /// What storing it changed; nil when it was rejected.
    public var result: Store.IngestResult?
    /// The reason the document was rejected: `file:line:column: message`.
    public var error: String?

    public var change: Store.IngestResult.Change? { result?.change }
    public var changedDeeds: [String] { result?.changedDeeds ?? [] }
}

/// Reads documents (format detected from content), stores their deeds and keeps bad ones aside.
public struct Ingestion: Sendable {
    public let store: Store

    public init(store: Store) {
        self.store = store
    }

    /// Ingests each file in turn; a bad file is rejected with its error and the rest go on.
    public func ingest(files: [URL], displayName: (URL) -> String = { $0.path }) -> [IngestedDocument] {
        files.map { file in
            let name = displayName(file)
            guard let data = FileManager.default.contents(atPath: file.path) else {
                return IngestedDocument(name: name, error: "\(name): cannot be read (missing file or no permission)")
            }
            return ingest(data, name: name)
        }
    }

    /// Ingests one document held in memory.
    public func ingest(_ data: Data, name: String) -> IngestedDocument {
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
    public static func documents(in folder: URL) -> [URL] {
        guard let enumerator = FileManager.default.enumerator(at: folder, includingPropertiesForKeys: nil) else { return [] }
        var files: [URL] = []
        for case let url as URL in enumerator where url.pathExtension.lowercased() == "xml" {
            files.append(url)
        }
        return files.sorted { $0.path < $1.path }
    }
}
