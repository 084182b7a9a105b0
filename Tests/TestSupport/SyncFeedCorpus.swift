import Core
import Foundation
import Markup

/// SyncFeed entities in the official tkData shape, written from real Tweede Kamer records.
///
/// See Tests/Fixtures/SOURCES.md ("The SyncFeed test server") for what comes from where and which
/// identifiers are derived.
package struct SyncFeedCorpus: Sendable {
    package struct Entity: Sendable {
        /// The SyncFeed category (`Zaak`, `Besluit`, …).
        package var category: String
        package var id: String
        /// The entity element, serialised.
        package var xml: String
        /// The file behind the entity (a Verslag's VLOS report).
        package var enclosure: Data?
    }

    package static let namespace = "http://www.tweedekamer.nl/xsd/tkData/v1-0"
    package var entities: [Entity] = []

    /// The repository root, from this file's location.
    package static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()
    static let odata = root.appendingPathComponent("Tests/Fixtures/tk-odata")

    /// Seven real Zaak records of the corpus (Tests/Fixtures/tk-corpus/zaak-excerpt.jsonl), as SyncFeed entities:
    /// the cabinet's advice in its five forms and a budget bill.
    package static func zaakExcerpt() throws -> [Entity] {
        let text = try String(
            contentsOf: root.appendingPathComponent("Tests/Fixtures/tk-corpus/zaak-excerpt.jsonl"), encoding: .utf8)
        return try text.split(separator: "\n").map { line in
            EntityWriter(style: .prefixed).zaak(
                try JSONSerialization.jsonObject(with: Data(line.utf8)) as! [String: Any])
        }
    }

    /// The real records: five Zaken with documents, the Stemming page, the VLOS vote on 36786 nr. 4, its Verslag.
    package static func real() throws -> SyncFeedCorpus {
        var corpus = SyncFeedCorpus()
        var seenZaken: Set<String> = []
        var writer = EntityWriter(style: .prefixed)
        let files = try FileManager.default.contentsOfDirectory(atPath: odata.path).filter {
            $0.hasPrefix("zaak_expand")
        }.sorted()
        for file in files {
            let zaak = try json(odata.appendingPathComponent(file))
            corpus.entities.append(writer.zaak(zaak))
            seenZaken.insert(zaak["Id"] as! String)
            for document in zaak["Document"] as? [[String: Any]] ?? [] {
                corpus.entities.append(writer.document(document, zaak: zaak["Id"] as! String))
                if let version = document["HuidigeDocumentVersie"] as? [String: Any] {
                    corpus.entities.append(writer.documentVersie(version))
                }
            }
        }
        writer.style = .defaultNamespace
        let page = try json(odata.appendingPathComponent("stemming_page_0714_enriched_20251003T140754Z.json"))
        var seenOther: Set<String> = []
        for stemming in page["value"] as! [[String: Any]] {
            let besluit = stemming["Besluit"] as! [String: Any]
            let agendapunt = besluit["Agendapunt"] as! [String: Any]
            if seenOther.insert(agendapunt["Id"] as! String).inserted {
                corpus.entities.append(writer.agendapunt(agendapunt))
                for zaak in agendapunt["Zaak"] as? [[String: Any]] ?? []
                where seenZaken.insert(zaak["Id"] as! String).inserted {
                    corpus.entities.append(EntityWriter(style: .prefixed).zaak(zaak))
                }
            }
            if let fractie = stemming["Fractie"] as? [String: Any], seenOther.insert(fractie["Id"] as! String).inserted
            {
                corpus.entities.append(writer.fractie(fractie))
            }
            if seenOther.insert(besluit["Id"] as! String).inserted {
                corpus.entities.append(writer.besluit(besluit, zaken: []))
            }
            corpus.entities.append(writer.stemming(stemming))
        }
        corpus.entities += try vlosVote(writer: writer)
        return corpus
    }

    /// The vote on Kamerstuk 36786 nr. 4 and the Verslag of the meeting, from the VLOS report of 10 July 2025.
    static func vlosVote(writer: EntityWriter) throws -> [Entity] {
        let folder = root.appendingPathComponent("Scrapers/mirror/tweedekamer/vlos")
        let name = try FileManager.default.contentsOfDirectory(atPath: folder.path).first {
            $0.hasPrefix("vlos_e2903f19")
        }!
        let report = try Data(contentsOf: folder.appendingPathComponent(name))
        let document = try MarkupDocument.xml(report, name: name)
        document.register(prefix: "v", namespace: "http://www.tweedekamer.nl/ggm/vergaderverslag/v1.0")
        let root = document.root!
        let stamp = root.attribute("Timestamp")!  // 2025-07-10T16:33:11.4978899+02:00
        let updated = String(stamp.prefix(19)) + String(stamp.suffix(6))
        let vote = try root.select("//v:activiteithoofd[v:zaken/v:zaak/v:dossiernummer='36786']").first!
        let zaak = try vote.select("v:zaken/v:zaak").first!
        let besluit = try vote.select(".//v:activiteititem[@soort='Besluit']").first!
        let zaakID = zaak.attribute("objectid")!
        let besluitID = besluit.attribute("objectid")!
        let dossierID = derivedUUID("kamerstukdossier 36786")
        var entities: [Entity] = []
        var writer = writer
        writer.style = .prefixed
        entities.append(
            writer.entity(
                "Kamerstukdossier", "kamerstukdossier", id: dossierID, updated: updated,
                children: [("nummer", .text("36786")), ("kamer", .text("Tweede Kamer"))]))
        entities.append(
            writer.entity(
                "Zaak", "zaak", id: zaakID, updated: updated,
                children: [
                    ("kamerstukdossier", .ref(dossierID)), ("soort", .text(zaak.attribute("soort")!)),
                    ("onderwerp", .text(try zaak.string("v:onderwerp")!)),
                    ("titel", .text(try zaak.string("v:titel")!)),
                    ("vergaderjaar", .text("2024-2025")), ("volgnummer", .text(try zaak.string("v:stuknummer")!)),
                ]))
        let label = try besluit.string("v:uitslag")!
        writer.style = .defaultNamespace
        entities.append(
            writer.entity(
                "Besluit", "besluit", id: besluitID, updated: updated,
                children: [
                    ("zaak", .ref(zaakID)), ("stemmingsSoort", .text("Met handopsteken")),
                    ("besluitSoort", .text("Stemmen - \(label.lowercased())")), ("besluitTekst", .text("\(label).")),
                    ("status", .text("Besluit")),
                ]))
        for stemming in try besluit.select("v:stemmingen/v:stemming") {
            let fractie = try stemming.string("v:fractie")!
            entities.append(
                writer.entity(
                    "Stemming", "stemming", id: derivedUUID("stemming \(besluitID) \(fractie)"), updated: updated,
                    children: [
                        ("besluit", .ref(besluitID)), ("soort", .text(try stemming.string("v:stem")!)),
                        ("actorNaam", .text(fractie)), ("actorFractie", .text(fractie)), ("vergissing", .text("false")),
                    ]))
        }
        // The report's file name is <vergadering-id>_<verslag-id>.
        let ids = name.dropFirst("vlos_".count).dropLast(".xml".count).split(separator: "_").map(String.init)
        var verslag = writer.entity(
            "Verslag", "verslag", id: ids[1], updated: updated,
            children: [
                ("vergadering", .ref(ids[0])), ("soort", .text(root.attribute("soort")!)),
                ("status", .text(root.attribute("status")!)),
            ])
        verslag.enclosure = report
        entities.append(verslag)
        return entities
    }

    /// A deterministic UUID-shaped id from a name, for entities the sources do not identify.
    package static func derivedUUID(_ name: String) -> String {
        let hex = Array(Digest.sha256(Data(name.utf8)).prefix(32))
        return [hex[0..<8], hex[8..<12], hex[12..<16], hex[16..<20], hex[20..<32]].map { String($0) }.joined(
            separator: "-")
    }

    static func json(_ url: URL) throws -> [String: Any] {
        try JSONSerialization.jsonObject(with: Data(contentsOf: url)) as! [String: Any]
    }
}

/// Writes tkData entity XML in the two styles the live feed uses.
package struct EntityWriter: Sendable {
    package enum Style: Sendable {
        /// `<ns1:zaak xmlns:ns1=… ns1:bijgewerkt="…+01:00">` with zoned timestamps.
        case prefixed
        /// `<zaak xmlns=… xmlns:tk=… tk:bijgewerkt="…">` with unzoned (Dutch local) timestamps.
        case defaultNamespace
    }

    package enum Value: Sendable {
        case text(String)
        case ref(String)
    }

    package var style: Style

    package init(style: Style) {
        self.style = style
    }

    package func entity(
        _ category: String, _ element: String, id: String, updated: String, deleted: String = "false",
        children: [(String, Value)]
    ) -> SyncFeedCorpus.Entity {
        let ns = SyncFeedCorpus.namespace
        let (prefix, declarations, attributePrefix): (String, String, String)
        switch style {
        case .prefixed: (prefix, declarations, attributePrefix) = ("ns1:", "xmlns:ns1=\"\(ns)\"", "ns1:")
        case .defaultNamespace:
            (prefix, declarations, attributePrefix) = ("", "xmlns=\"\(ns)\" xmlns:tk=\"\(ns)\"", "tk:")
        }
        let stamp = style == .prefixed ? updated : String(updated.prefix(while: { $0 != "+" && $0 != "Z" }).prefix(23))
        var xml =
            "<\(prefix)\(element) \(declarations) id=\"\(id)\" \(attributePrefix)bijgewerkt=\"\(stamp)\" \(attributePrefix)verwijderd=\"\(deleted)\">"
        for (name, value) in children {
            switch value {
            case .text(let text): xml += "<\(prefix)\(name)>\(escape(text))</\(prefix)\(name)>"
            case .ref(let target): xml += "<\(prefix)\(name) ref=\"\(target)\"/>"
            }
        }
        xml += "</\(prefix)\(element)>"
        return SyncFeedCorpus.Entity(category: category, id: id, xml: xml)
    }

    func escape(_ text: String) -> String {
        text.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;")
            .replacingOccurrences(of: ">", with: "&gt;")
    }

    /// Optional OData values, in XSD order, skipping nulls; booleans and numbers as XML text.
    func fields(_ record: [String: Any], _ pairs: [(String, String)]) -> [(String, Value)] {
        pairs.compactMap { (element: String, key: String) -> (String, Value)? in
            guard let value = record[key], !(value is NSNull) else { return nil }
            if let number = value as? NSNumber {
                // JSONSerialization gives booleans as NSNumber of type char.
                if String(cString: number.objCType) == "c" {
                    return (element, .text(number.boolValue ? "true" : "false"))
                }
                return (element, .text(number.stringValue))
            }
            let text = "\(value)".trimmingCharacters(in: .whitespaces)
            return text.isEmpty ? nil : (element, .text(text))
        }
    }

    /// A Zaak entity from an OData `Zaak` record (as the corpus and the OData fixtures hold them).
    package func zaak(_ z: [String: Any]) -> SyncFeedCorpus.Entity {
        entity(
            "Zaak", "zaak", id: z["Id"] as! String, updated: z["GewijzigdOp"] as! String,
            children: fields(
                z,
                [
                    ("nummer", "Nummer"), ("soort", "Soort"), ("onderwerp", "Onderwerp"), ("gestartOp", "GestartOp"),
                    ("organisatie", "Organisatie"), ("titel", "Titel"), ("citeertitel", "Citeertitel"),
                    ("alias", "Alias"),
                    ("vergaderjaar", "Vergaderjaar"), ("volgnummer", "Volgnummer"), ("status", "Status"),
                    ("huidigeBehandelstatus", "HuidigeBehandelstatus"), ("afgedaan", "Afgedaan"),
                    ("grootProject", "GrootProject"),
                    ("kabinetsappreciatie", "Kabinetsappreciatie"),
                ]))
    }

    func document(_ d: [String: Any], zaak: String) -> SyncFeedCorpus.Entity {
        var children: [(String, Value)] = []
        if let version = d["HuidigeDocumentVersie_Id"] as? String {
            children.append(("huidigeDocumentVersie", .ref(version)))
        }
        children.append(("zaak", .ref(zaak)))
        children += fields(
            d,
            [
                ("soort", "Soort"), ("documentNummer", "DocumentNummer"), ("titel", "Titel"),
                ("onderwerp", "Onderwerp"),
                ("datum", "Datum"), ("volgnummer", "Volgnummer"), ("vergaderjaar", "Vergaderjaar"), ("kamer", "Kamer"),
                ("datumRegistratie", "DatumRegistratie"), ("organisatie", "Organisatie"),
            ])
        return entity(
            "Document", "document", id: d["Id"] as! String, updated: d["GewijzigdOp"] as! String, children: children)
    }

    func documentVersie(_ v: [String: Any]) -> SyncFeedCorpus.Entity {
        entity(
            "DocumentVersie", "documentVersie", id: v["Id"] as! String, updated: v["GewijzigdOp"] as! String,
            children: [("document", .ref(v["Document_Id"] as! String))]
                + fields(
                    v,
                    [
                        ("status", "Status"), ("versienummer", "Versienummer"), ("bestandsgrootte", "Bestandsgrootte"),
                        ("extensie", "Extensie"), ("datum", "Datum"), ("externeidentifier", "ExterneIdentifier"),
                    ]))
    }

    func agendapunt(_ a: [String: Any]) -> SyncFeedCorpus.Entity {
        var children: [(String, Value)] = []
        if let activiteit = a["Activiteit_Id"] as? String { children.append(("activiteit", .ref(activiteit))) }
        children += fields(
            a,
            [
                ("nummer", "Nummer"), ("onderwerp", "Onderwerp"), ("aanvangstijd", "Aanvangstijd"),
                ("eindtijd", "Eindtijd"),
                ("volgorde", "Volgorde"), ("rubriek", "Rubriek"), ("noot", "Noot"), ("status", "Status"),
            ])
        return entity(
            "Agendapunt", "agendapunt", id: a["Id"] as! String, updated: a["GewijzigdOp"] as! String, children: children
        )
    }

    func fractie(_ f: [String: Any]) -> SyncFeedCorpus.Entity {
        entity(
            "Fractie", "fractie", id: f["Id"] as! String, updated: f["GewijzigdOp"] as! String,
            children: fields(
                f,
                [
                    ("nummer", "Nummer"), ("afkorting", "Afkorting"), ("naamNl", "NaamNL"), ("naamEn", "NaamEN"),
                    ("aantalZetels", "AantalZetels"), ("aantalStemmen", "AantalStemmen"),
                ]) + (f["DatumActief"] as? String).map { [("datumActief", Value.text(String($0.prefix(10))))] }!)
    }

    func besluit(_ b: [String: Any], zaken: [String]) -> SyncFeedCorpus.Entity {
        var children: [(String, Value)] = []
        if let agendapunt = b["Agendapunt_Id"] as? String { children.append(("agendapunt", .ref(agendapunt))) }
        children += zaken.map { ("zaak", .ref($0)) }
        children += fields(
            b,
            [
                ("stemmingsSoort", "StemmingsSoort"), ("besluitSoort", "BesluitSoort"),
                ("besluitTekst", "BesluitTekst"),
                ("opmerking", "Opmerking"), ("status", "Status"),
                ("agendapuntZaakBesluitVolgorde", "AgendapuntZaakBesluitVolgorde"),
            ])
        return entity(
            "Besluit", "besluit", id: b["Id"] as! String, updated: b["GewijzigdOp"] as! String, children: children)
    }

    func stemming(_ s: [String: Any]) -> SyncFeedCorpus.Entity {
        var children: [(String, Value)] = [("besluit", .ref(s["Besluit_Id"] as! String))]
        if let persoon = s["Persoon_Id"] as? String { children.append(("persoon", .ref(persoon))) }
        if let fractie = s["Fractie_Id"] as? String { children.append(("fractie", .ref(fractie))) }
        children += fields(
            s,
            [
                ("soort", "Soort"), ("fractieGrootte", "FractieGrootte"), ("actorNaam", "ActorNaam"),
                ("actorFractie", "ActorFractie"),
                ("vergissing", "Vergissing"), ("sidActorLid", "SidActorLid"), ("sidActorFractie", "SidActorFractie"),
            ])
        return entity(
            "Stemming", "stemming", id: s["Id"] as! String, updated: s["GewijzigdOp"] as! String, children: children)
    }
}
