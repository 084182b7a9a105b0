import Core
import Deeds
import Foundation
import Ledger

// The CSV forms of `deeds` and `links`: the JSON's scalar keys as columns, lists joined (ids by spaces, names by
// "; "), each deed with its official address. docs/cli.md lists the columns.

extension DeedView {
    package static func csv(_ deeds: [Deed]) -> String {
        var table = CSVTable(header: [
            "id", "kind", "date", "title", "dictum", "outcome", "outcome_date", "cabinet_appraisal", "status", "stage",
            "dossiers", "zaken", "submitters", "reference", "url",
        ])
        for deed in deeds {
            table.append([
                deed.id, deed.kind.rawValue, deed.date?.description ?? "", deed.title, deed.dictum ?? "",
                deed.outcome?.label ?? "", deed.outcome?.date?.description ?? "", deed.cabinetAppraisal ?? "",
                deed.status ?? "", deed.stage?.rawValue ?? "", deed.refs.dossiers.joined(separator: " "),
                deed.refs.zaken.joined(separator: " "),
                deed.actors.filter { $0.role == .submitter || $0.role == .cosigner }.map(\.name).joined(
                    separator: "; "),
                DeedReference.number(deed), DeedReference.url(deed) ?? "",
            ])
        }
        return table.render()
    }
}

extension LinkView {
    /// - Parameter deeds: the linked deeds by id, for their title, date, outcome and address.
    package static func csv(_ links: [Link], ledger: Ledger, deeds: [String: Deed]) -> String {
        var table = CSVTable(header: [
            "pledge", "deed", "themes", "confidence", "stance", "method", "deed_title", "deed_date", "outcome",
            "cabinet_appraisal", "deed_url", "review", "review_stance", "review_note", "review_by", "review_on",
            "explanation",
        ])
        for link in links {
            let view = LinkView(link, ledger: ledger, deed: deeds[link.deed])
            let deed = deeds[link.deed]
            table.append([
                view.pledge, view.deed, view.themes.joined(separator: "; "), String(view.confidence), view.stance,
                view.method, deed?.title ?? "", deed?.day?.description ?? "", view.outcome ?? "",
                view.cabinetAppraisal ?? "", deed.flatMap(DeedReference.url) ?? DeedReference.url(id: link.deed) ?? "",
                view.review?.verdict ?? "", view.review?.stance ?? "", view.review?.note ?? "", view.review?.by ?? "",
                view.review?.on ?? "", view.explanation,
            ])
        }
        return table.render()
    }
}
