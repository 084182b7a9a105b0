import Core
import Foundation
import Markup

/// Reads a Staatsblad publication (`stb-…`, the `staatsblad` body of an officielebekendmakingen document):
/// the moment a law or decree is made.
///
/// The deed names the act (its `intitule`: "Wet van …, houdende …", "Besluit van …"), is of kind `law`
/// or `decree`, and is dated the day the Staatsblad was issued (`uitgifte`), else the day it was signed.
/// The ministers who signed it are its actors. A law that names the Kamerstuk dossier of its bill
/// (`OVERHEIDop.dossiernummer`) also tells of that bill: an observation of `wetsvoorstel:<dossier>` with
/// the step `staatsblad`, so the bill's deed shows it became law (see `Deed.Stage`).
struct StaatsbladReader {
    var id: String
    var hash: String
    var document: String

    func read(_ staatsblad: MarkupNode, meta: PublicationMetadata) throws -> ReaderOutput {
        guard let title = try staatsblad.string("intitule") else {
            throw DocumentProblem(
                document: document, line: staatsblad.line,
                message: "Staatsblad \(id) without an intitule: expected <staatsblad><intitule>Wet van …</intitule>")
        }
        let kind: Deed.Kind =
            title.hasPrefix("Wet ") || title.hasPrefix("Rijkswet ")
            ? .law : title.hasPrefix("Besluit ") ? .decree : .other
        let closing = "wet-besluit/wetsluiting"
        let issued = try staatsblad.select("\(closing)/uitgifte/datum/@isodatum").first.flatMap { Day($0.text) }
        let signed = try staatsblad.select("\(closing)/gegeven/dagtekening/datum/@isodatum").first.flatMap {
            Day($0.text)
        }
        let date = issued ?? signed ?? meta.value("DCTERMS.issued").flatMap { Day($0) }
        var actors: [Deed.Actor] = []
        for signature in try staatsblad.select("\(closing)/ondertekening") {
            let office = (try signature.string("functie") ?? "").trimmingCharacters(
                in: CharacterSet(charactersIn: ", "))
            let name = try signature.strings("naam/*").joined(separator: " ")
            let who = [office.hasPrefix("De ") ? String(office.dropFirst(3)) : office, name]
            actors.append(Deed.Actor(role: .government, name: who.filter { !$0.isEmpty }.joined(separator: " ")))
        }
        let dossiers = meta.values("OVERHEIDop.dossiernummer").map {
            $0.filter { !$0.isWhitespace }
        }
        let source = Deed.Source(
            format: .officielePublicatie, document: document,
            url: "https://zoek.officielebekendmakingen.nl/\(id).html", hash: hash)
        let act = Deed(
            id: id, kind: kind, date: date, title: title,
            text: try staatsblad.strings("wet-besluit//considerans.al | wet-besluit//al").joined(separator: "\n"),
            actors: actors, refs: Deed.References(dossiers: dossiers, documents: [id]), source: source)
        var deeds = [act]
        if kind == .law {
            for dossier in dossiers {
                deeds.append(
                    Deed(
                        id: Deed.Stage.billID(dossier: dossier), kind: .bill, date: nil, title: title, text: "",
                        refs: Deed.References(dossiers: [dossier], documents: [id]),
                        stages: [Deed.Stage(step: .staatsblad, date: date, document: id)], source: source))
            }
        }
        return ReaderOutput(key: "ob:\(id)", version: meta.value("DCTERMS.modified"), deeds: deeds)
    }
}
