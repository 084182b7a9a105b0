import Core
import Deeds
import Foundation
import Store
import Text

/// Joins SyncFeed entities into deeds.
///
/// A motion is its `Zaak` (subject, date, cabinet appraisal), with the `Besluit` that names the
/// zaak (never one merely on the same agenda item), the `Stemming`s of that besluit (the vote of
/// each group and its size), the `ZaakActor`s (submitters), the `Kamerstukdossier` and the
/// `DocumentVersie` that give its Kamerstuk id. A `Toezegging` is a government commitment.
package enum SyncFeedJoin {
    /// The zaak soorten that make deeds, and their kind.
    static let zaakKinds: [String: Deed.Kind] = [
        "Motie": .motion, "Amendement": .amendment, "Wetgeving": .bill, "Initiatiefwetgeving": .bill,
        "Brief regering": .letter, "Begroting": .budget,
        // A committee's or a member's letter, as the meeting report reads them too (some are decided by vote).
        "Brief commissie": .letter, "Brief van lid/fractie/commissie": .letter,
    ]

    /// The cabinet's advice on a motion, unless the warehouse says it has none to give (motions before April 2019,
    /// amended motions): "Niet beschikbaar bij …" is no advice, "Geen (expliciete) appreciatie" is one.
    static func appraisal(_ value: String?) -> String? {
        guard let value, !value.hasPrefix("Niet beschikbaar") else { return nil }
        return value
    }

    /// The zaken (or toezeggingen) whose deed may change when `entity` changes.
    package static func affectedRoots(of entity: TKEntity, graph: any TKEntityGraph) throws -> [String] {
        switch entity.type {
        case "zaak", "toezegging": return [entity.id]
        case "besluit", "zaakActor", "document": return entity.refs["zaak"] ?? []
        case "stemming":
            return try (entity.refs["besluit"] ?? []).flatMap { try graph.entity($0)?.refs["zaak"] ?? [] }
        case "documentVersie":
            return try (entity.refs["document"] ?? []).flatMap { try graph.entity($0)?.refs["zaak"] ?? [] }
        case "kamerstukdossier":
            return try graph.referrers(to: entity.id, type: "zaak", via: "kamerstukdossier").map(\.id)
        case "agendapunt":
            return try graph.referrers(to: entity.id, type: "besluit", via: "agendapunt").flatMap {
                $0.refs["zaak"] ?? []
            }
        case "activiteit":
            // The meeting whose day a vote on its agenda item took place.
            return try graph.referrers(to: entity.id, type: "agendapunt", via: "activiteit").flatMap { point in
                try graph.referrers(to: point.id, type: "besluit", via: "agendapunt").flatMap { $0.refs["zaak"] ?? [] }
            }
        default: return []
        }
    }

    /// The entity types a deed is joined around.
    package static let rootTypes: Set<String> = ["zaak", "toezegging"]

    /// The deed a zaak or toezegging stands for, or nil when it makes none (or is deleted).
    ///
    /// The deed's `source.hash` names exactly what it was read from: the SHA-256 of the SHA-256 hashes of the
    /// entities' raw XML, in id order.
    package static func deed(for root: TKEntity, graph: any TKEntityGraph, source: String) throws -> Deed? {
        guard !root.deleted else { return nil }
        let joined: (Deed, [TKEntity])?
        switch root.type {
        case "zaak": joined = try zaakDeed(root, graph: graph, source: source)
        case "toezegging": joined = commitmentDeed(root, source: source)
        default: joined = nil
        }
        guard let (deed, used) = joined else { return nil }
        var hashed = deed
        hashed.source.hash = Digest.sha256(Data(try graph.sourceHashes(used.map(\.id)).joined().utf8))
        return hashed
    }

    private static func zaakDeed(_ zaak: TKEntity, graph: any TKEntityGraph, source: String) throws -> (
        Deed, [TKEntity]
    )? {
        guard let soort = zaak.field("soort"), let kind = zaakKinds[soort] else { return nil }
        var used = [zaak]
        var dossier: String?
        // A zaak with a subject line has its dossier's title as its own (`Titel: Vreemdelingenbeleid`).
        var dossierTitle = zaak.field("onderwerp") == nil ? nil : zaak.field("titel")
        if let dossierID = zaak.ref("kamerstukdossier"), let entity = try graph.entity(dossierID), !entity.deleted,
            let number = entity.field("nummer")
        {
            used.append(entity)
            dossier = [number, entity.field("toevoeging")].compactMap { $0 }.joined(separator: "-")
            dossierTitle = entity.field("titel") ?? dossierTitle
        }
        var kamerstuk: String?
        for document in try graph.referrers(to: zaak.id, type: "document", via: "zaak") {
            guard let versionID = document.ref("huidigeDocumentVersie"), let version = try graph.entity(versionID),
                let external = version.field("externeidentifier"), external.hasPrefix("kst-")
            else { continue }
            used += [document, version]
            kamerstuk = external
            break
        }
        if kamerstuk == nil, let dossier, let number = zaak.field("volgnummer"), kind != .bill {
            kamerstuk = "kst-\(dossier)-\(number)"
        }
        let nummer = zaak.field("nummer")
        // A bill is one deed by its dossier, whatever document tells of it (`Deed.Stage`).
        let id =
            kind == .bill
            ? dossier.map(Deed.Stage.billID) ?? kamerstuk ?? "tk:zaak:\(nummer ?? zaak.id)"
            : kamerstuk ?? "tk:zaak:\(nummer ?? zaak.id)"

        var actors: [Deed.Actor] = []
        let zaakActors = try graph.referrers(to: zaak.id, type: "zaakActor", via: "zaak").sorted { $0.id < $1.id }
        for role in ["Indiener", "Medeindiener"] {
            for actor in zaakActors where actor.field("relatie") == role {
                guard let name = actor.field("actorNaam") else { continue }
                used.append(actor)
                actors.append(
                    Deed.Actor(
                        role: role == "Indiener" ? .submitter : .cosigner, name: name,
                        group: actor.field("actorAfkorting") ?? actor.field("actorFractie")))
            }
        }

        let outcome = try decision(on: zaak, graph: graph, used: &used)
        let started = zaak.field("gestartOp").flatMap { Day($0) }
        var stages: [Deed.Stage] = []
        if kind == .bill {
            let attested = "tk:zaak:\(nummer ?? zaak.id)"
            stages.append(Deed.Stage(step: .submitted, date: started, document: attested))
            // A withdrawal is a step too: the bill counts as withdrawn from that day, not as still submitted.
            let steps: [Deed.Outcome.Result: Deed.Stage.Step] = [
                .adopted: .adoptedByTweedeKamer, .rejected: .rejectedByTweedeKamer, .withdrawn: .withdrawn,
            ]
            if let outcome, let step = steps[outcome.result] {
                stages.append(Deed.Stage(step: step, date: outcome.date, document: attested))
            }
        }
        var deed = Deed(
            id: id, kind: kind, date: started,
            title: zaak.field("onderwerp") ?? zaak.field("titel") ?? id, text: "",
            actors: actors,
            refs: Deed.References(
                dossiers: dossier.map { [$0] } ?? [], documents: kamerstuk.map { [$0] } ?? [],
                zaken: nummer.map { [$0] } ?? []),
            outcome: outcome, cabinetAppraisal: appraisal(zaak.field("kabinetsappreciatie")),
            dossierTitle: dossierTitle, stages: stages,
            source: Deed.Source(
                format: .syncfeed, document: source,
                url: "https://gegevensmagazijn.tweedekamer.nl/OData/v4/2.0/Zaak(\(zaak.id))", hash: ""))
        if kind == .motion || kind == .amendment {
            deed.replaces = Deed.replacedKamerstukken(
                in: [zaak.field("onderwerp"), zaak.field("titel")].compactMap { $0 }, dossier: dossier)
        }
        return (deed, used)
    }

    /// The besluit that decided the zaak by vote, with the vote of each group.
    private static func decision(on zaak: TKEntity, graph: any TKEntityGraph, used: inout [TKEntity]) throws -> Deed
        .Outcome?
    {
        var best: (besluit: TKEntity, votes: [TKEntity], date: Day?)?
        for besluit in try graph.referrers(to: zaak.id, type: "besluit", via: "zaak") {
            // A vote cast by mistake (`vergissing`) still stands in the official tally: it is kept, flagged.
            let votes = try graph.referrers(to: besluit.id, type: "stemming", via: "besluit")
            // A decision with votes, or one whose wording gives a result ("Zonder stemming aangenomen") or holds the
            // motion over ("Aangehouden").
            let soort = besluit.field("besluitSoort") ?? "", tekst = besluit.field("besluitTekst") ?? ""
            guard
                !votes.isEmpty || outcome(soort: soort, tekst: tekst) != .unknown || isHeld(soort: soort, tekst: tekst)
            else { continue }
            // The day of the vote: the agenda item's start, which the warehouse leaves empty for votes, else the
            // day of the meeting (`Activiteit`, soort Stemmingen) the item is on.
            var date: Day?
            if let point = besluit.ref("agendapunt"), let agendapunt = try graph.entity(point) {
                date = agendapunt.field("aanvangstijd").flatMap { Day($0) }
                if date != nil {
                    used.append(agendapunt)
                } else if let meeting = agendapunt.ref("activiteit"), let activiteit = try graph.entity(meeting) {
                    date = (activiteit.field("aanvangstijd") ?? activiteit.field("datum")).flatMap { Day($0) }
                    if date != nil { used += [agendapunt, activiteit] }
                }
            }
            let key = (date?.description ?? "", besluit.updated)
            if let current = best, (current.date?.description ?? "", current.besluit.updated) >= key { continue }
            best = (besluit, votes, date)
        }
        guard let best else { return nil }
        used.append(best.besluit)
        used += best.votes
        let soort = best.besluit.field("besluitSoort") ?? ""
        let tekst = best.besluit.field("besluitTekst") ?? ""
        let result = outcome(soort: soort, tekst: tekst)
        let label = label(result, soort: soort, tekst: tekst)
        var votes: [Deed.Vote] = []
        for vote in best.votes {
            // The group's name as the vote gives it, else from the Fractie entity it refers to.
            var group = vote.field("actorFractie")
            if group == nil, let fractieID = vote.ref("fractie"), let fractie = try graph.entity(fractieID) {
                group = fractie.field("afkorting") ?? fractie.field("naamNl")
                used.append(fractie)
            }
            votes.append(
                Deed.Vote(
                    group: group ?? vote.field("actorNaam") ?? "",
                    choice: Deed.Vote.Choice(label: vote.field("soort") ?? ""),
                    seats: vote.field("fractieGrootte").flatMap { Int($0) },
                    member: vote.ref("persoon") != nil ? vote.field("actorNaam") : nil,
                    mistaken: vote.field("vergissing")?.lowercased() == "true"))
        }
        votes.sort { ($0.group, $0.member ?? "") < ($1.group, $1.member ?? "") }
        return Deed.Outcome(
            result: result, label: label, date: best.date, method: best.besluit.field("stemmingsSoort"), votes: votes)
    }

    /// The result from `besluitSoort` ("Stemmen - aangenomen", "Zonder stemming aangenomen") or
    /// `besluitTekst` ("Aangenomen.", "Verworpen. Met handopsteken"). A motion the government took over
    /// ("Overgenomen.") is not voted on and stands as the Kamer's wish: adopted, labelled as taken over.
    static func outcome(soort: String, tekst: String) -> Deed.Outcome.Result {
        for text in [soort, tekst] {
            let words = Set(DutchText.words(text))
            if words.contains("aangenomen") || words.contains("overgenomen") { return .adopted }
            if words.contains("verworpen") { return .rejected }
            if words.contains("staken") { return .tied }
            if words.contains("ingetrokken") { return .withdrawn }
        }
        return .unknown
    }

    /// Whether the decision took the motion over without a vote ("Overgenomen.").
    static func isTakenOver(soort: String, tekst: String) -> Bool {
        let words = Set(DutchText.words("\(soort) \(tekst)"))
        return words.contains("overgenomen") && !words.contains("aangenomen")
    }

    /// The decision's word as letters show it: `Aangenomen`, `Overgenomen` (adopted without a vote), `Aangehouden`
    /// (held, no result), or for another decision without a result its own words.
    static func label(_ result: Deed.Outcome.Result, soort: String, tekst: String) -> String {
        switch result {
        case .adopted: isTakenOver(soort: soort, tekst: tekst) ? "Overgenomen" : "Aangenomen"
        case .rejected: "Verworpen"
        case .tied: "Staken"
        case .withdrawn: "Ingetrokken"
        case .unknown:
            isHeld(soort: soort, tekst: tekst)
                ? "Aangehouden"
                : (tekst.isEmpty ? soort : tekst).trimmingCharacters(in: CharacterSet(charactersIn: ". "))
        }
    }

    /// Whether the decision held the motion over ("Aangehouden (tijdens vergadering)."): no result, but said.
    static func isHeld(soort: String, tekst: String) -> Bool {
        Set(DutchText.words("\(soort) \(tekst)")).contains("aangehouden")
    }

    // Made once: a regex literal in a function is parsed and compiled again at every call.
    nonisolated(unsafe) private static let kamerstuk = /(\d{4,5}(?:-[A-Z0-9]+)?)[, ]+nr\.? ?(\d+)/
    nonisolated(unsafe) private static let zaakNumber = /\d{4}Z\d{5}/

    private static func commitmentDeed(_ toezegging: TKEntity, source: String) -> (Deed, [TKEntity])? {
        guard let text = toezegging.field("tekst") else { return nil }
        let number = toezegging.field("nummer") ?? toezegging.id
        let minister = [toezegging.field("functie"), toezegging.field("naam")].compactMap { $0 }.joined(separator: " ")
        // The letter that fulfilled the commitment: a Kamerstuk ("29628, nr. 1180") or a zaak number;
        // the live feed may name several.
        var refs = Deed.References()
        for letter in toezegging.values("kamerbriefNakoming") {
            if let match = letter.firstMatch(of: kamerstuk) {
                refs.documents.append("kst-\(match.1)-\(match.2)")
                refs.dossiers.append(String(match.1))
            }
            refs.zaken += letter.matches(of: zaakNumber).map { String($0.output) }
        }
        // The debate it was made in, so the commitment as spoken there is matched to it (CommitmentMatch).
        refs.activities = toezegging.field("activiteitNummer").map { [$0] } ?? []
        let title = text.count > 160 ? String(text.prefix(159)) + "…" : text
        let deed = Deed(
            id: "tk:toezegging:\(number)", kind: .commitment,
            date: toezegging.field("aanmaakdatum").flatMap { Day($0) }, title: title, text: text,
            actors: minister.isEmpty
                ? [] : [Deed.Actor(role: .government, name: minister, group: toezegging.field("ministerie"))],
            refs: refs, status: toezegging.field("status"),
            source: Deed.Source(
                format: .syncfeed, document: source,
                url: "https://gegevensmagazijn.tweedekamer.nl/OData/v4/2.0/Toezegging(\(toezegging.id))",
                hash: ""))
        return (deed, [toezegging])
    }
}

extension SyncFeedJoin {
    /// Joins every root the store has marked dirty into its deed and hands the deeds to the store.
    package static func joinDirtyRoots(in store: Store) throws -> Store.JoinResult {
        try store.joinDirtyRoots { roots, source in
            let graph = try prefetch(roots.map(\.root), from: source)
            return try roots.map { root in try deed(for: root.root, graph: graph, source: root.source) }
        }
    }

    /// Everything the joins of `roots` read, fetched a relation at a time for the whole batch.
    static func prefetch(_ roots: [TKEntity], from source: any TKEntityBatchSource) throws -> MemoryEntityGraph {
        var entities = roots
        let ids = Set(roots.map(\.id))
        let first = try source.referrers(to: ids, via: "zaak")  // documents, zaak actors, besluiten
        entities += first
        entities += try source.referrers(to: Set(first.filter { $0.type == "besluit" }.map(\.id)), via: "besluit")
        var referenced: Set<String> = []
        for entity in entities {
            for name in ["kamerstukdossier", "huidigeDocumentVersie", "agendapunt", "fractie"] {
                referenced.formUnion(entity.refs[name] ?? [])
            }
        }
        let found = try source.entities(referenced)
        entities += found
        // The meetings of the agenda items: the day of a vote.
        let meetings = Set(found.filter { $0.type == "agendapunt" }.flatMap { $0.refs["activiteit"] ?? [] })
        entities += try source.entities(meetings)
        return MemoryEntityGraph(entities, hashes: try source.hashes(of: entities))
    }

    /// Stores a page's entries and marks the roots their changes affect, with the cursor that follows.
    package static func store(
        _ page: SyncFeedPage, in store: Store, source: String, category: String, url: String, cursor: String?
    ) throws -> Store.PageResult {
        try store.store(page.entries, page: page.raw, source: source, category: category, url: url, cursor: cursor) {
            graph, entity in
            try affectedRoots(of: entity, graph: graph)
        }
    }
}
