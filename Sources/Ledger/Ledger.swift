import Core
import Foundation

/// The commitment ledger: themes, cited documents, standards and pledges, validated as a whole.
package struct Ledger: Sendable {
    package var themes: [Theme]
    package var documents: [SourceDocument]
    package var standards: [Standard]
    package var pledges: [Pledge]
    package var municipalities: [Municipality]
    /// SHA-256 over every ledger file's path and bytes, in path order: the ledger's part of a run's input hash.
    package var fingerprint: String
    /// The scoring rubric (`Commitments/rubric.yaml`), when the ledger has one.
    package var rubric: Rubric?

    package init(
        themes: [Theme], documents: [SourceDocument], standards: [Standard], pledges: [Pledge],
        municipalities: [Municipality] = [], fingerprint: String, rubric: Rubric? = nil
    ) {
        self.themes = themes
        self.documents = documents
        self.standards = standards
        self.pledges = pledges
        self.municipalities = municipalities
        self.fingerprint = fingerprint
        self.rubric = rubric
    }

    package func theme(_ id: String) -> Theme? { themes.first { $0.id == id } }
    package func document(_ id: String) -> SourceDocument? { documents.first { $0.id == id } }
    package func standard(_ id: String) -> Standard? { standards.first { $0.id == id } }
    package func pledge(_ id: String) -> Pledge? { pledges.first { $0.id == id } }
    package func municipality(_ id: String) -> Municipality? { municipalities.first { $0.id == id } }
}
