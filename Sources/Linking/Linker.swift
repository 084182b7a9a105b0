import Core
import Deeds
import Foundation
import Ledger
import Text

/// Finds the pledges a deed bears on, with a confidence, a stance and an explanation.
///
/// Evidence, strongest first: the deed is a Kamerstuk or zaak the pledge names; the pledge's
/// phrases occur in the deed (in its title, its operative text, or elsewhere); the words of the
/// pledge's themes occur; the deed is in a dossier the pledge names; full-text ranking (FTS5
/// bm25) puts the deed near the top for the pledge's words. Each piece adds weight, and
/// confidence is `1 − e^(−weight)`, so agreeing evidence raises it and nothing reaches 1. Without a
/// phrase or a reference, a link stays below 0.5: it shows the deed is on the pledge's subject, and
/// the scorer does not count it as evidence.
package struct Linker: Sendable {
    package let ledger: Ledger
    package let settings: LinkSettings
    private let profiles: [PledgeProfile]

    package init(ledger: Ledger, settings: LinkSettings = LinkSettings()) {
        self.ledger = ledger
        self.settings = settings
        profiles = ledger.pledges.map { pledge in
            let terms = pledge.themes.compactMap { ledger.theme($0) }.flatMap(\.terms)
            return PledgeProfile(pledge: pledge, themeTerms: terms)
        }
    }

    /// The words a full-text query for `pledge` uses: its phrases and the content words of its text.
    ///
    /// Theme terms are left out on purpose: every pledge of a theme shares them, so they cannot
    /// tell which of those pledges a deed is about.
    package func searchTerms(for pledge: Pledge) -> [String] {
        Array(Set(pledge.hints.phrases.flatMap(DutchText.contentWords) + DutchText.contentWords(pledge.text))).sorted()
    }

    /// Links `deed` to every pledge it bears on with at least the minimum confidence.
    ///
    /// - Parameter fulltext: per pledge id, the deed's full-text score in [0, 1] (see `LinkingRun`),
    ///   when a full-text ranking was run.
    package func links(for deed: Deed, fulltext: [String: Double] = [:]) -> [Link] {
        let text = DeedText(deed)
        return profiles.compactMap { profile in
            evaluate(profile, deed: deed, text: text, fulltext: fulltext[profile.pledge.id] ?? 0)
        }
    }

    private func evaluate(_ profile: PledgeProfile, deed: Deed, text: DeedText, fulltext: Double) -> Link? {
        let pledge = profile.pledge
        // A council's deeds bear on its own municipality's pledges only, and a municipality's pledges are
        // kept or broken by its own council and college, not by national deeds.
        guard Self.municipality(ofDeed: deed.id) == pledge.municipality else { return nil }
        if profile.exclude.contains(where: { text.all.contains($0) }) { return nil }
        var weight = 0.0
        var reasons: [String] = []
        var method = Link.Method.fulltext

        let namedDocument = pledge.hints.kamerstukken.first { $0 == deed.id || deed.refs.documents.contains($0) }
        let namedZaak = pledge.hints.zaken.first { deed.refs.zaken.contains($0) }
        let namedCouncilDocument = pledge.hints.councilDocuments.first { $0.id == deed.id }
            .map { "\($0.kind.rawValue) \($0.id)" }
        if let reference = namedDocument ?? namedZaak ?? namedCouncilDocument {
            weight += settings.referenceWeight
            reasons.append("the pledge names \(reference)")
            method = .reference
        }

        var phraseHits: [String] = []
        for phrase in profile.phrases {
            if text.title.contains(phrase) {
                weight += settings.titleWeight
                phraseHits.append("'\(phrase.original)' in the title")
            } else if let dictum = text.dictum, dictum.contains(phrase) {
                weight += settings.dictumWeight
                phraseHits.append("'\(phrase.original)' in the operative text")
            } else if text.body.contains(phrase) {
                weight += settings.bodyWeight
                phraseHits.append("'\(phrase.original)' in the text")
            }
        }
        if !phraseHits.isEmpty {
            reasons.append("phrases: " + phraseHits.joined(separator: ", "))
            if method == .fulltext { method = .phrase }
        }

        let terms = profile.themeTerms.filter { text.all.contains($0) && !profile.phrases.contains($0) }
        if !terms.isEmpty {
            let titleTerms = terms.filter { text.title.contains($0) }.count
            weight += min(
                settings.themeTermCap,
                Double(terms.count) * settings.themeTermWeight + Double(titleTerms) * settings.themeTermWeight)
            reasons.append("theme terms: " + terms.map(\.original).joined(separator: ", "))
        }

        if let dossier = pledge.hints.dossiers.first(where: { deed.refs.dossiers.contains($0) }) {
            weight += settings.dossierWeight
            reasons.append("dossier \(dossier)")
        }

        // Full-text ranking refines evidence found above; on its own it links nothing.
        if fulltext > 0, weight > 0 {
            weight += fulltext * settings.fulltextWeight
            reasons.append(String(format: "full-text score %.2f", fulltext))
        }

        var confidence = 1 - exp(-weight)
        // Theme words, a dossier and full-text rank say a deed is on the pledge's subject, not that it
        // is about the pledge: without a phrase or a reference the link stays below the evidence line,
        // scaled rather than cut so the stronger of two such links still ranks first.
        if method == .fulltext { confidence = settings.weakEvidenceCap * (1 - exp(-2 * weight)) }
        confidence = (confidence * 1000).rounded() / 1000
        guard confidence >= settings.minimumConfidence else { return nil }
        return Link(
            pledge: pledge.id, deed: deed.id, confidence: confidence, stance: stance(profile, text),
            method: method, explanation: reasons.joined(separator: "; "))
    }

    /// The municipality of a council deed (`den-helder` for `gemeente:den-helder:19110`); nil for other deeds.
    static func municipality(ofDeed id: String) -> String? {
        guard id.hasPrefix("gemeente:") else { return nil }
        return id.split(separator: ":").dropFirst().first.map(String.init)
    }

    /// `supports` or `opposes` when the deed's operative text carries one of the pledge's signal phrases.
    private func stance(_ profile: PledgeProfile, _ text: DeedText) -> Link.Stance {
        let operative = text.dictum ?? text.all
        let supports = profile.supports.contains { operative.contains($0) }
        let opposes = profile.opposes.contains { operative.contains($0) }
        switch (supports, opposes) {
        case (true, false): return .supports
        case (false, true): return .opposes
        default: return .mentions
        }
    }
}

/// The weights and thresholds of linking.
package struct LinkSettings: Sendable, Hashable {
    package var referenceWeight = 3.5
    package var titleWeight = 1.0
    package var dictumWeight = 0.8
    package var bodyWeight = 0.35
    package var themeTermWeight = 0.12
    package var themeTermCap = 0.4
    package var dossierWeight = 0.3
    /// Added in proportion to the deed's full-text score, only on top of other evidence.
    package var fulltextWeight = 0.3
    /// Without a phrase or reference match, confidence is scaled by this, so it stays below it.
    package var weakEvidenceCap = 0.49
    /// The bm25 score at which the full-text score reaches 1.
    package var fulltextSaturation = 12.0
    package var minimumConfidence = 0.2

    package init() {}
}

/// A pledge's hints, folded once.
private struct PledgeProfile: Sendable {
    let pledge: Pledge
    let phrases: [FoldedPhrase]
    let themeTerms: [FoldedPhrase]
    let exclude: [FoldedPhrase]
    let supports: [FoldedPhrase]
    let opposes: [FoldedPhrase]

    init(pledge: Pledge, themeTerms: [String]) {
        self.pledge = pledge
        phrases = pledge.hints.phrases.map(FoldedPhrase.init)
        self.themeTerms = Array(Set(themeTerms.map(FoldedPhrase.init))).sorted { $0.folded < $1.folded }
        exclude = pledge.hints.exclude.map(FoldedPhrase.init)
        supports = pledge.hints.supports.map(FoldedPhrase.init)
        opposes = pledge.hints.opposes.map(FoldedPhrase.init)
    }
}

/// A deed's text, folded once, by part.
private struct DeedText {
    let title: FoldedText
    let dictum: FoldedText?
    let body: FoldedText
    let all: FoldedText

    init(_ deed: Deed) {
        title = FoldedText(deed.title)
        dictum = deed.dictum.map(FoldedText.init)
        body = FoldedText(deed.text)
        all = FoldedText(deed.title + "\n" + deed.text)
    }
}
