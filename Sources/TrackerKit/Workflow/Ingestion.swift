import Foundation

/// What happened to one document offered for ingestion.
public struct IngestedDocument: Sendable, Hashable {
    public var name: String
    public var format: DocumentFormat?
    public var change: Store.IngestResult.Change?
    public var deeds: Int
    public var changedDeeds: [String]
    public var addedDeeds: [String] = []
    public var removedDeeds: [String] = []
    /// The reason the document was rejected: `file:line:column: message`.
    public var error: String?
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
                return IngestedDocument(name: name, deeds: 0, changedDeeds: [], error: "\(name): cannot be read (missing file or no permission)")
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
                name: name, format: document.format, change: result.change, deeds: Set(document.deeds.map(\.id)).count,
                changedDeeds: result.changedDeeds, addedDeeds: result.addedDeeds, removedDeeds: result.removedDeeds)
        } catch {
            let (message, line) = Ingestion.describe(error, name: name)
            do {
                try store.reject(name: name, raw: data, error: message, line: line)
            } catch {
                return IngestedDocument(name: name, deeds: 0, changedDeeds: [], error: "\(message) (and it could not be kept aside: \(error))")
            }
            return IngestedDocument(name: name, deeds: 0, changedDeeds: [], error: message)
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
