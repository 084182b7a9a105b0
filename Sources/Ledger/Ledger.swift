import Core
import Foundation

/// The commitment ledger: themes, cited documents, standards, pledges and the analysts' reviews of links,
/// validated as a whole.
package struct Ledger: Sendable {
    package var themes: [Theme]
    package var documents: [SourceDocument]
    package var standards: [Standard]
    package var pledges: [Pledge]
    package var municipalities: [Municipality]
    /// The analysts' decisions on links (`Commitments/reviews/`).
    package var reviews: Reviews
    /// SHA-256 over every ledger file's path and bytes, reviews included, in path order: the ledger's part of
    /// a run's input hash.
    package var fingerprint: String
    /// The same over the review files alone, and over all other files: which of the two an edit touched.
    package var reviewsFingerprint: String
    package var recordsFingerprint: String
    /// The scoring rubric (`Commitments/rubric.yaml`), when the ledger has one.
    package var rubric: Rubric?
    /// The loader's warnings about how the reviews decide: records of one link on one day that disagree or repeat
    /// one another (`Reviews.clashes`), files a merge tool left in `reviews/`; and ledger or review files that are
    /// not read for their name (`pledges.YAML`, `hla.yaml.txt`). The commands that read reviews say them, as
    /// `validate` does.
    package var reviewWarnings: [Problem] = []

    package init(
        themes: [Theme], documents: [SourceDocument], standards: [Standard], pledges: [Pledge],
        municipalities: [Municipality] = [], reviews: Reviews = Reviews(), fingerprint: String,
        reviewsFingerprint: String? = nil, recordsFingerprint: String? = nil, rubric: Rubric? = nil
    ) {
        self.themes = themes
        self.documents = documents
        self.standards = standards
        self.pledges = pledges
        self.municipalities = municipalities
        self.reviews = reviews
        self.fingerprint = fingerprint
        self.reviewsFingerprint = reviewsFingerprint ?? ""
        self.recordsFingerprint = recordsFingerprint ?? fingerprint
        self.rubric = rubric
    }

    package func theme(_ id: String) -> Theme? { themes.first { $0.id == id } }

    /// A theme's Dutch name, as reports write it; its id when the ledger has no such theme.
    package func themeName(_ id: String) -> String { theme(id)?.nameNL ?? id }
    package func document(_ id: String) -> SourceDocument? { documents.first { $0.id == id } }
    package func standard(_ id: String) -> Standard? { standards.first { $0.id == id } }
    package func pledge(_ id: String) -> Pledge? { pledges.first { $0.id == id } }
    package func municipality(_ id: String) -> Municipality? { municipalities.first { $0.id == id } }
}
