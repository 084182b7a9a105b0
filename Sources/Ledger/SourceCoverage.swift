import Foundation

/// How much of one source document the ledger represents: which of its listed items (asks, plans,
/// framework elements) a pledge, standard or fact names in its citation, and how many records cite it.
package struct SourceCoverage: Sendable, Hashable {
    package var document: String
    /// The document's items, in the order `sources.yaml` lists them.
    package var items: [String]
    /// The items some record names, in the same order.
    package var covered: [String]
    package var pledges: Int
    package var standards: Int
    package var facts: Int

    package var missing: [String] { items.filter { !covered.contains($0) } }

    /// One entry per document of the ledger, in `sources.yaml` order.
    package static func of(_ ledger: Ledger) -> [SourceCoverage] {
        let citations =
            ledger.pledges.map { ($0.source, "pledge") } + ledger.standards.map { ($0.source, "standard") }
            + ledger.municipalities.flatMap(\.facts).map { ($0.source, "fact") }
        return ledger.documents.map { document in
            let citing = citations.filter { $0.0.document == document.id }
            let named = Set(citing.flatMap(\.0.items))
            let items = document.items.map(\.id)
            return SourceCoverage(
                document: document.id, items: items, covered: items.filter(named.contains),
                pledges: citing.filter { $0.1 == "pledge" }.count,
                standards: citing.filter { $0.1 == "standard" }.count,
                facts: citing.filter { $0.1 == "fact" }.count)
        }
    }

    /// `amnesty-brief-gemeenten-2026: 21 of 21 items; cited by 0 pledges, 21 standards, 0 facts`.
    package var summary: String {
        let cited =
            "cited by \(pledges) pledge\(pledges == 1 ? "" : "s"), \(standards) standard\(standards == 1 ? "" : "s"), \(facts) fact\(facts == 1 ? "" : "s")"
        guard !items.isEmpty else { return "\(document): \(cited)" }
        return "\(document): \(covered.count) of \(items.count) items; \(cited)"
    }
}
