import Foundation

/// The commitment ledger: themes, cited documents, standards and pledges, validated as a whole.
public struct Ledger: Sendable {
    public var themes: [Theme]
    public var documents: [SourceDocument]
    public var standards: [Standard]
    public var pledges: [Pledge]
    public var municipalities: [Municipality]
    /// SHA-256 over every ledger file's path and bytes, in path order: the ledger's part of a run's input hash.
    public var fingerprint: String

    public init(
        themes: [Theme], documents: [SourceDocument], standards: [Standard], pledges: [Pledge],
        municipalities: [Municipality] = [], fingerprint: String
    ) {
        self.themes = themes
        self.documents = documents
        self.standards = standards
        self.pledges = pledges
        self.municipalities = municipalities
        self.fingerprint = fingerprint
    }

    public func theme(_ id: String) -> Theme? { themes.first { $0.id == id } }
    public func document(_ id: String) -> SourceDocument? { documents.first { $0.id == id } }
    public func standard(_ id: String) -> Standard? { standards.first { $0.id == id } }
    public func pledge(_ id: String) -> Pledge? { pledges.first { $0.id == id } }
    public func municipality(_ id: String) -> Municipality? { municipalities.first { $0.id == id } }
}
