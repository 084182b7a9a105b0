import Core
import Foundation
import Markup

/// Reads officielebekendmakingen XML (root `officiele-publicatie`, no namespace): Kamerstukken here, the
/// plenary record (`handelingen`) with `HandelingenReader`, the Staatsblad with `StaatsbladReader`.
///
/// Two metadata styles occur: inline `<meta name= content=>` elements (`DC.identifier`,
/// `OVERHEIDop.dossiernummer`, `OVERHEIDop.indiener`, …) and a lone
/// `OVERHEIDop.externMetadataRecord` pointing at a separate metadata.xml. In the second style
/// everything is read from the document body instead.
struct OfficielePublicatieReader {
    func read(_ document: MarkupDocument, hash: String) throws -> ReaderOutput {
        guard let root = document.root else { return ReaderOutput(key: document.name, deeds: []) }
        let meta = try PublicationMetadata(root)
        if let handelingen = try root.select("handelingen").first,
            let id = meta.value("DC.identifier") ?? Self.pointedID(meta)
        {
            return try HandelingenReader(id: id, hash: hash, document: document.name).read(handelingen)
        }
        if let staatsblad = try root.select("staatsblad").first,
            let id = meta.value("DC.identifier") ?? Self.pointedID(meta)
        {
            return try StaatsbladReader(id: id, hash: hash, document: document.name).read(staatsblad, meta: meta)
        }
        let body = try root.select("kamerstuk | bijlage | blg").first ?? root

        var dossiers = meta.values("OVERHEIDop.dossiernummer").map(normalizeDossier)
        if dossiers.isEmpty {
            dossiers = try root.strings("kamerstuk/dossier/dossiernummer/dossiernr").map(normalizeDossier)
        }
        let number = try meta.value("OVERHEIDop.ondernummer") ?? root.string("kamerstuk/stuk/stuknr/ondernummer")
        guard let id = identifier(meta, dossiers: dossiers, number: number) else {
            throw DocumentProblem(
                document: document.name, line: root.line,
                message:
                    "officiele-publicatie without an identifier: expected DC.identifier, OVERHEIDop.externMetadataRecord or dossiernr/ondernummer"
            )
        }

        let paragraphs = try body.strings(".//al")
        let motion = MotionText(paragraphs: paragraphs)
        let type = meta.value("DC.type", scheme: "OVERHEIDop.KamerstukTypen")
        let heading = try body.string("stuk/titel") ?? body.string(".//titel")
        let kind = Self.kind(type: type, heading: heading)
        let title = meta.value("OVERHEIDop.documenttitel") ?? heading.map(sentenceCase) ?? id
        var date = meta.value("DCTERMS.issued").flatMap { Day($0) }
        if date == nil { date = try body.select(".//datum/@isodatum").first.flatMap { Day($0.text) } }
        if date == nil { date = meta.value("DCTERMS.available").flatMap { Day($0) } }

        var actors = Self.inSignedOrder(meta.values("OVERHEIDop.indiener"), signed: motion.signatories).enumerated()
            .map { index, name in Deed.Actor(role: index == 0 ? .submitter : .cosigner, name: name) }
        if actors.isEmpty, kind == .motion || kind == .amendment {
            actors = motion.signatories.enumerated().map { index, name in
                Deed.Actor(role: index == 0 ? .submitter : .cosigner, name: name)
            }
        }

        let deed = Deed(
            id: id, kind: kind, date: date, title: title,
            text: (kind == .motion ? motion.body : paragraphs).joined(separator: "\n"),
            dictum: motion.dictum.isEmpty ? nil : motion.dictum.joined(separator: "\n"), actors: actors,
            refs: Deed.References(dossiers: dossiers, documents: [id]),
            dossierTitle: try (meta.value("OVERHEIDop.dossiertitel") ?? root.string("kamerstuk/dossier/titel"))?
                .collapsingWhitespace(),
            source: Deed.Source(
                format: .officielePublicatie, document: document.name,
                url: "https://zoek.officielebekendmakingen.nl/\(id).html", hash: hash))
        var read = deed
        if kind == .motion || kind == .amendment {
            read.replaces = Deed.replacedKamerstukken(
                in: [title] + (heading.map { [$0] } ?? []), dossier: dossiers.first)
        }
        return ReaderOutput(key: "ob:\(id)", version: meta.value("DCTERMS.modified"), deeds: [read])
    }

    /// The metadata's signers in the order they signed: the metadata lists them in no fixed order (often the
    /// first signer, the submitter the title names, last), the signature under a motion gives the order. A name is
    /// placed by its surname (its last word, case and accents aside); one the signature does not show keeps its
    /// place after those it does.
    static func inSignedOrder(_ names: [String], signed: [String]) -> [String] {
        guard names.count > 1, !signed.isEmpty else { return names }
        func folded(_ text: String) -> String {
            text.folding(options: [.caseInsensitive, .diacriticInsensitive], locale: nil)
        }
        let signatures = signed.map(folded)
        func place(_ name: String) -> Int {
            guard let surname = name.split(separator: " ").last.map({ folded(String($0)) }) else { return Int.max }
            return signatures.firstIndex {
                $0.split(whereSeparator: { !$0.isLetter && $0 != "-" }).contains { $0 == surname }
            }
                ?? Int.max
        }
        return names.enumerated().sorted { (place($0.element), $0.offset) < (place($1.element), $1.offset) }.map(
            \.element)
    }

    private func identifier(_ meta: PublicationMetadata, dossiers: [String], number: String?) -> String? {
        if let id = meta.value("DC.identifier", scheme: "OVERHEIDop.ParlID") ?? meta.value("DC.identifier") {
            return id
        }
        if let id = Self.pointedID(meta) { return id }
        if let dossier = dossiers.first, let number {
            return "kst-\(dossier)-\(number)"
        }
        return nil
    }

    // Made once: a regex literal in a function is parsed and compiled again at every call (scripts/check-regex.py).
    nonisolated(unsafe) private static let metadataPointer =
        /\/((?:kst|blg|h|ah|stb|stcrt)-[A-Za-z0-9-]+)\/metadata\.xml/

    /// The id in an external-metadata pointer: `https://zoek.officielebekendmakingen.nl/kst-30950-440/metadata.xml`.
    static func pointedID(_ meta: PublicationMetadata) -> String? {
        guard let pointer = meta.value("OVERHEIDop.externMetadataRecord"),
            let match = pointer.firstMatch(of: metadataPointer)
        else { return nil }
        return String(match.1)
    }

    static func kind(type: String?, heading: String?) -> Deed.Kind {
        let label = (type ?? heading ?? "").lowercased()
        if label.hasPrefix("motie") || label.contains("gewijzigde motie") { return .motion }
        if label.hasPrefix("amendement") || label.contains("gewijzigd amendement") { return .amendment }
        if label.hasPrefix("brief") { return .letter }
        if label.contains("voorstel van wet") || label.contains("memorie van toelichting")
            || label.contains("nota van wijziging")
        {
            return .bill
        }
        return .other
    }

    /// `MOTIE VAN HET LID BAMENGA C.S.` → `Motie van het lid Bamenga c.s.`
    private func sentenceCase(_ heading: String) -> String {
        guard heading == heading.uppercased() else { return heading }
        let lower = heading.lowercased()
        var words = lower.split(separator: " ", omittingEmptySubsequences: false).map(String.init)
        let fixed: Set<String> = [
            "motie", "van", "het", "de", "lid", "leden", "en", "c.s.", "amendement", "gewijzigde", "gewijzigd", "nader",
            "ter", "vervanging", "nr.", "over", "voorgesteld", "tot",
        ]
        for index in words.indices where index > 0 && !fixed.contains(words[index]) {
            words[index] = words[index].prefix(1).uppercased() + words[index].dropFirst()
        }
        let joined = words.joined(separator: " ")
        return joined.prefix(1).uppercased() + joined.dropFirst()
    }

    func normalizeDossier(_ raw: String) -> String {
        raw.replacingOccurrences(of: " ", with: "").replacingOccurrences(of: "\u{00A0}", with: "")
    }
}
