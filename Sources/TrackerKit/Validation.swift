import Core
import Foundation
import Harvest
import Ledger
import Store

/// The one check of a workspace that `validate`, `update`, `ingest` and `rebuild` share: the ledger,
/// the source definitions of `Scrapers/`, and the two against each other.
package struct Validation: Sendable {
    /// The ledger, when it could be read at all (it may still have problems).
    package var ledger: Ledger?
    package var sources: [SourceDefinition]
    /// Every problem, in file order.
    package var problems: [Problem]
    /// Per source document of the ledger, how much of it the ledger represents.
    package var coverage: [SourceCoverage]

    /// True when nothing stops a command that writes.
    package var passed: Bool { ledger != nil && problems.allSatisfy { $0.severity == .warning } }

    /// - Parameter reviewedDeeds: also warn about reviews of deeds the database (when there is one) lacks.
    package init(workspace: Workspace, reviewedDeeds: Bool = false) {
        let (ledger, ledgerProblems) = LedgerLoader.validate(workspace: workspace.root)
        let (sources, sourceProblems) = SourceLoader.load(workspace: workspace.root)
        var problems = ledgerProblems + sourceProblems
        if let ledger { problems += Self.crossCheck(sources, ledger: ledger) }
        if let ledger, reviewedDeeds { problems += Self.checkReviewedDeeds(ledger, workspace: workspace) }
        self.ledger = ledger
        self.sources = sources
        coverage = ledger.map(SourceCoverage.of) ?? []
        self.problems = problems.sorted()
    }

    /// The ledger and sources of a workspace that passed; otherwise the problems, as the error to report.
    /// The ledger and sources of a workspace that passed, with its warnings (nothing stops at those, but a
    /// command that writes says them: a review dated ahead decides its link); otherwise the problems, as the
    /// error to report.
    package static func require(_ workspace: Workspace) throws -> (
        ledger: Ledger, sources: [SourceDefinition], warnings: [Problem]
    ) {
        let validation = Validation(workspace: workspace)
        guard let ledger = validation.ledger, validation.passed else {
            let ledgerFiles = validation.problems.filter {
                $0.severity == .error && !$0.location.file.hasPrefix("Scrapers/")
            }
            if validation.ledger == nil || !ledgerFiles.isEmpty { throw LedgerInvalid(problems: validation.problems) }
            throw SourcesInvalid(problems: validation.problems)
        }
        return (ledger, validation.sources, validation.problems.filter { $0.severity == .warning })
    }

    /// A council source must read the pages of a municipality the ledger follows; the problem is where the source
    /// definition names the municipality.
    static func crossCheck(_ sources: [SourceDefinition], ledger: Ledger) -> [Problem] {
        sources.compactMap { source in
            guard let council = source.council, ledger.municipality(council.municipality) == nil else {
                return nil
            }
            let municipality = council.municipality
            let suggestion = closestMatch(to: municipality, in: ledger.municipalities.map(\.id))
            return Problem(
                council.locations[.municipality] ?? source.location,
                "source '\(source.name)' reads council pages of municipality '\(municipality)', which is not in the ledger\(suggestion.map { " (did you mean '\($0)'?)" } ?? ""); expected a folder Commitments/municipal/\(municipality)/ with municipality.yaml"
            )
        }
    }

    /// A review of a deed the database does not hold is kept (the deed may be harvested later) but worth a
    /// look: a mistyped id never links. Without a database there is nothing to check against.
    static func checkReviewedDeeds(_ ledger: Ledger, workspace: Workspace) -> [Problem] {
        guard let store = try? workspace.openExistingStore() else { return [] }
        return checkReviewedDeeds(ledger, store: store)
    }

    /// The same check against an open database: what `update`, `ingest` and `rebuild` say after linking, and the
    /// commands that score say before they read (one query on the reviewed deeds' ids). Two analysts on the same
    /// ledger whose databases differ by such a deed publish different statuses: each is told.
    package static func checkReviewedDeeds(_ ledger: Ledger, store: Store) -> [Problem] {
        let reviewed = Set(ledger.reviews.records.map(\.deed))
        guard !reviewed.isEmpty, let existing = try? store.existingDeeds(among: reviewed) else { return [] }
        let missing = ledger.reviews.records.filter { !existing.contains($0.deed) }
        // An id written in other letters (`KST-36704-73`) is the likeliest slip: looked up by the index, not by
        // comparing with every deed, as every command that scores runs this check.
        let variants = Dictionary(
            missing.map { review in (review.deed, Self.spellings(of: review.deed)) },
            uniquingKeysWith: { first, _ in first })
        let found = (try? store.existingDeeds(among: Set(variants.values.joined()))) ?? []
        return missing.map { review in
            let close = variants[review.deed]?.first(where: found.contains)
            return Problem(
                review.location,
                "the review of \(review.pledge) → \(review.deed) names a deed that is not in the database"
                    + (close.map { " (did you mean '\($0)'?)" } ?? "")
                    + "; it is kept and applies once the deed is there (tracker deeds lists the deeds)",
                severity: .warning)
        }
    }

    /// Other letters a deed id may have been meant in: lower case (`kst-36704-73`), and a zaak's number upper case
    /// (`tk:zaak:2022Z07377`).
    static func spellings(of id: String) -> [String] {
        let lower = id.lowercased()
        var spellings = [lower]
        if lower.hasPrefix("tk:zaak:") { spellings.append("tk:zaak:" + lower.dropFirst("tk:zaak:".count).uppercased()) }
        return spellings.filter { $0 != id }
    }
}
