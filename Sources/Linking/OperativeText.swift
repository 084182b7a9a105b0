import Foundation
import Ledger
import Text

/// What a deed asks, in the words that say it: a motion's dictum, or for a motion known only by its subject line
/// (a Zaak without a dictum), the subject after "over".
///
/// The considerations of a motion ("constaterende dat …", "overwegende dat …") describe the situation, not the ask,
/// so they are never part of it (`MotionText` keeps them out of the dictum); nor is what the House asks to be told
/// about (`reportedTopic`).
package struct OperativeText: Sendable {
    /// Where the operative words come from, for the explanation.
    package enum Part: String, Sendable, Hashable {
        case dictum, subject
    }

    package let part: Part
    /// The operative words, cut into clauses: at `;`, `:`, `.`, `!`, `?` and line ends, and before "maar", which
    /// ends what a "geen" or "niet" before it denies ("geen terugkeerhubs maar opvang in de regio").
    package let clauses: [FoldedText]
    /// The negations of each clause (`StanceReader.negationStarts`), found once for all the pledges a deed is read for.
    let negations: [[StanceReader.Negation]]

    /// The operative text of a deed, or nil when it has none (a letter, a bill, a motion title without "over").
    package init?(title: String, dictum: String?, fold: (String) -> FoldedText) {
        let source: String
        if let dictum, !dictum.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty {
            part = .dictum
            source = dictum
        } else if let subject = Self.subject(of: title) {
            part = .subject
            source = subject
        } else {
            return nil
        }
        clauses = Self.clauses(of: source, fold: fold)
        negations = clauses.map(StanceReader.negationStarts)
    }

    /// Where a clause's words start to name what the government is asked to report on, after "informeren over",
    /// "inlichten over", "rapporteren over" or "informeren of" (or "hoeveel", "welke" …: `questions`; who is told may
    /// stand between), or after the report a clause opens by asking for ("een brief over"); nil when they name none.
    static func reportedTopic(in words: [String]) -> Int? {
        // A clause that asks for a letter or overview names its topic, nothing more: "een brief over de stand van
        // uitvoering van de arrestatiebevelen".
        let opening = words.first.map(StanceReader.articles.contains) == true ? 1 : 0
        if words.count > opening + 1, reports.contains(words[opening]), words[opening + 1] == "over" {
            return opening + 2
        }
        // Further on, an overview or a letter asked for with "een" names its topic after "van" or "over", past what is
        // done with it: "bij de Kamer een overzicht in te dienen van welke EU-lidstaten hun ambassade in Jeruzalem
        // hebben gevestigd", "jaarlijks een overzicht te publiceren van het aantal verboden demonstraties".
        for index in words.indices.dropFirst() where words[index - 1] == "een" && reports.contains(words[index]) {
            let reach = words[(index + 1)..<min(words.count, index + 7)]
            // Not "een overzicht van alternatieven voor verhoging van griffierechten" right after it: what the overview
            // is of may be what is asked.
            if let of = reach.firstIndex(where: { $0 == "van" || $0 == "over" }), of > index + 1,
                reach[..<of].allSatisfy({ reportHandling.contains($0) })
            {
                return of + 1
            }
        }
        for index in words.indices.dropLast()
        where ["informeren", "inlichten", "rapporteren"].contains(words[index]) {
            // Who is told may stand between: "het informeren van de Kamer over de ervaringen met …".
            var next = index + 1
            while next < words.count - 1, toldWords.contains(words[next]) { next += 1 }
            if words[next] == "over" || (questions.contains(words[next]) && words[index] == "informeren") {
                return next + 1
            }
        }
        // A question explained or studied is no ask either: "per brief uiteen te zetten op welke wijze Nederland …
        // uitvoering geeft aan artikel 90 van de Grondwet", "te onderzoeken welke knelpunten gemeenten ervaren bij het
        // realiseren van reguliere opvanglocaties".
        for index in words.indices.dropLast()
        where ["uiteenzetten", "onderzoeken", "nagaan", "na", "evalueren"].contains(words[index])
            || (words[index] == "zetten" && index >= 2 && words[index - 2] == "uiteen")
        {
            var next = index + 1
            if words[index] == "na", next < words.count - 1, words[next] == "te", words[next + 1] == "gaan" {
                next += 2
            } else if words[index] == "na" {
                continue
            }
            guard next < words.count else { continue }
            // How a thing is done is asked to explain; how it can be done, to study, is a plan to do it: "te
            // onderzoeken hoe de asielinstroom kan worden verminderd" asks less of it.
            // An evaluation asks how a thing works, not how to do it: "het evalueren hoe de Wet openbare manifestaties
            // het demonstratierecht in de praktijk waarborgt".
            let explained = ["uiteenzetten", "zetten", "evalueren"].contains(words[index])
            if explained, next + 1 < words.count, words[next] == "op", words[next + 1] == "welke" { return next + 2 }
            if studiedQuestions.contains(words[next]) || (explained && ["hoe", "of"].contains(words[next])) {
                return next + 1
            }
            // Whether a thing happens or is needed is a question too ("onderzoeken of de voorgenomen aanscherpingen van
            // het toelatingsbeleid de asielinstroom daadwerkelijk beperken"); whether it can be done stays a plan
            // ("onderzoeken of … mogelijk is", "of … kan worden ingevoerd").
            if words[next] == "of", !words[(next + 1)...].contains(where: feasibility.contains) { return next + 1 }
        }
        // A study or a map of how much or how far a thing goes names its topic: "onderzoek naar de mate waarin etnisch
        // profileren voorkomt", "een overzicht van het aantal verboden en beperkte demonstraties", "het in kaart
        // brengen van de gevolgen van Amerikaanse sancties tegen het Internationaal Strafhof".
        for index in words.indices.dropLast(2)
        where studies.contains(words[index])
            || (index >= 2 && words[(index - 2)...index] == ["in", "kaart", "brengen"])
        {
            let of = index + 1
            guard ["naar", "van"].contains(words[of]), of + 2 < words.count,
                StanceReader.articles.contains(words[of + 1]), measures.contains(words[of + 2])
            else { continue }
            return of + 3
        }
        return nil
    }

    /// The words of a question whether a thing can be done (`reportedTopic`), which keeps the ask it weighs.
    static let feasibility: Set<String> = ["mogelijk", "mogelijkheden", "kan", "kunnen", "haalbaar", "toegestaan"]

    /// Studies and maps that name a measure of their topic after "naar" or "van" (`reportedTopic`), besides "in kaart
    /// brengen".
    static let studies: Set<String> = ["onderzoek", "overzicht", "inventarisatie"]

    /// What a study measures of its topic (`reportedTopic`): "de mate waarin", "het aantal", "de omvang van".
    static let measures: Set<String> = [
        "mate", "aantal", "omvang", "gevolgen", "effecten", "oorzaken", "redenen", "ervaringen",
    ]

    /// The words that open the reason given for an ask, which asks nothing itself (`clauses`).
    static let reasons: Set<String> = ["omdat", "aangezien"]

    /// The words that open a question the Kamer is to be told the answer to (`reportedTopic`): "de Kamer te informeren
    /// hoeveel betogingen door burgemeesters zijn verboden".
    static let questions: Set<String> = ["of", "hoeveel", "welke", "hoe", "waarom", "wanneer", "wat"]

    /// The words that open a question a study or an explanation is asked to answer (`reportedTopic`): not "hoe", whose
    /// study of how a thing can be done keeps the ask it weighs ("onderzoeken hoe … kan worden verruimd"), nor "of",
    /// read apart (whether a thing can be done keeps it too: `feasibility`).
    static let studiedQuestions: Set<String> = ["hoeveel", "welke", "waarom", "wat", "wanneer"]

    /// What a clause may open by asking for, a report on its topic (`reportedTopic`).
    static let reports: Set<String> = ["brief", "overzicht", "rapportage", "verslag", "notitie", "kabinetsbrief"]

    /// The words between a report asked for and its topic: what is done with it and for whom ("in te dienen", "te
    /// publiceren", "aan de Kamer te sturen").
    static let reportHandling: Set<String> = [
        "in", "te", "dienen", "indienen", "publiceren", "sturen", "zenden", "toesturen", "toezenden", "toe", "geven",
        "verstrekken", "op", "stellen", "opstellen", "aan", "bij", "de", "kamer", "jaarlijks", "halfjaarlijks",
    ]

    /// The words that name who is told, between "informeren" and "over": "het informeren van de Tweede Kamer over".
    static let toldWords: Set<String> = ["van", "de", "het", "tweede", "kamer", "parlement", "aan"]

    /// The words that may stand before "motie" in the subject line of an amended motion.
    static let amending: Set<String> = ["gewijzigde", "gew", "gew.", "nader", "tweede", "derde", "vierde"]

    /// The ask of a motion's subject line: what follows "over", without a trailing "(t.v.v. 34775-V-23)";
    /// nil when the title is not a motion's or names no subject.
    package static func subject(of title: String) -> String? {
        let words = title.split(whereSeparator: \.isWhitespace)
        // "Motie …", "Motie-Teeven …", and an amended one: "Gewijzigde motie", "Gew. motie", "Nader gewijzigde
        // motie", "Tweede nader gewijzigde motie" …
        guard let motie = words.firstIndex(where: { !amending.contains($0.lowercased()) }),
            words[motie].lowercased() == "motie" || words[motie].lowercased().hasPrefix("motie-"),
            let over = words.firstIndex(where: { $0.utf8.count == 4 && $0.lowercased() == "over" })
        else { return nil }
        var subject = words[(over + 1)...].joined(separator: " ")
        if let open = subject.range(of: "(t.v.v.", options: [.backwards, .caseInsensitive]) {
            subject = String(subject[..<open.lowerBound])
        }
        subject = subject.trimmingCharacters(in: .whitespaces)
        return subject.isEmpty ? nil : subject
    }

    /// Whether a title names a motion ("Reactie op de motie van het lid …", "Uitvoering moties …", "Motie-Teeven"):
    /// asked of a deed without an operative text, a letter or answer on a motion.
    package static func refersToMotion(_ title: String) -> Bool { namesMotion(DutchText.words(title)) }

    /// Whether folded words (`DutchText.words`, which ends a word at a hyphen: "Motie-Teeven") hold "motie" or
    /// "moties" as a word of their own.
    static func namesMotion(_ words: [String]) -> Bool { words.contains { $0 == "motie" || $0 == "moties" } }

    /// Whether a deed's folded title speaks of another document rather than asking anything itself: it names a
    /// motion (`namesMotion`) or announces that a document comes later ("Uitstel toezending evaluatie
    /// (super)snelrecht jaarwisseling", "Uitstelbrief …").
    static func speaksOfAnother(_ words: [String]) -> Bool {
        namesMotion(words) || words.first.map(announcingDelay.contains) == true
    }
    static let announcingDelay: Set<String> = ["uitstel", "uitstelbrief"]

    /// Whether a deed's title names a document about its topic rather than a step taken: a report, figures, an
    /// evaluation, answers, an invitation, a request, a reaction, an EU fiche, a decision on a request for documents
    /// ("Rapport over de kwaliteit van de beschermde opvang voor alleenstaande minderjarige vreemdelingen", "Actuele
    /// cijfers over aantal 1F-tegenwerpingen", "Uitnodiging werkbezoek … aan de Gemeenschappelijke Vreemdelingenlocatie",
    /// "Besluit op een verzoek ingevolge de Wet openbaarheid van bestuur, met betrekking tot Extra begeleiding- en
    /// toezichtlocaties"), after an addressee ("Aan bewindspersoon - Verzoek reactie op bericht …"). Its words say
    /// what the document is about, not which way the deed goes; a title that names a step ("Aanscherping van de
    /// glijdende schaal", "Instellen besluit- en vertrekmoratorium Afghanistan", "Wijziging van de Vreemdelingenwet
    /// 2000 …") is read as ever, and so is a commitment or progress made ("Toezegging over de uitbreiding Mobiel
    /// Toezicht Veiligheid", "Voortgang aanpak etnisch profileren") and a copy of a letter sent elsewhere ("Afschrift
    /// van de brief aan de Europese Commissie over de herinvoering van de binnengrenscontrole"): those are steps.
    package static func namesDocumentOnTopic(_ title: String) -> Bool {
        namesDocumentOnTopic(DutchText.words(title), title: title)
    }

    /// `namesDocumentOnTopic` of a title whose folded words (`DutchText.words`) the caller has already: the raw title
    /// is looked at again only where it opens with "aan", to pass an addressee.
    static func namesDocumentOnTopic(_ words: [String], title: String) -> Bool {
        var words = words
        // "Aan minister Buza - …", "Aan de staatssecretaris van Financiën - …": who a committee's letter is to.
        if words.first == "aan",
            let addressee = title.range(of: #"^\s*[Aa]an [^-–]{1,80}?\s[-–]\s*"#, options: .regularExpression)
        {
            words = DutchText.words(String(title[addressee.upperBound...]))
        }
        guard let first = words.first else { return false }
        if documents.contains(first) { return true }
        guard words.count > 1 else { return false }
        return documentPairs.contains([first, words[1]])
    }

    /// The first words of a title that name a document about its topic (`namesDocumentOnTopic`).
    static let documents: Set<String> = [
        "rapport", "rapporten", "onderzoeksrapport", "evaluatierapport", "jaarverslag", "jaarrapportage", "jaarplan",
        "verslag", "verslagen", "uitnodiging", "cijfers", "antwoorden", "beantwoording", "evaluatie", "onderzoek",
        "mededeling", "verzoek", "reactie", "kabinetsreactie", "beleidsreactie", "fiche", "toezending", "aanbieding",
        "aanbiedingsbrief", "voortgangsrapportage", "voortgangsbrief", "voortgangsbericht", "overzicht",
        "monitor", "rappel", "informatie", "uitkomsten", "eindevaluatierapport", "advies", "opzet",
    ]

    /// Pairs of first words that do (`namesDocumentOnTopic`): "Actuele cijfers …", "Lijst van vragen …", "Stand van
    /// zaken …", "WODC-rapport …", "Besluit op een verzoek …" (not a decree: "Besluit houdende …" is a step),
    /// "Geannoteerde agenda …", "AIV-advies …".
    static let documentPairs: Set<[String]> = [
        ["actuele", "cijfers"], ["lijst", "van"], ["stand", "van"], ["wodc", "rapport"], ["besluit", "op"],
        ["geannoteerde", "agenda"], ["aiv", "advies"],
    ]

    static func clauses(of text: String, fold: (String) -> FoldedText) -> [FoldedText] {
        let separators: Set<Character> = [";", ":", ".", "!", "?", "\n"]
        var result: [FoldedText] = []
        // "niet-EU-landen", "niet-Oekraïense vluchtelingen": a prefix of one word, not a negation of the clause.
        var text = text.replacingOccurrences(of: #"(?i)\bniet-(?=\w)"#, with: "niet", options: .regularExpression)
        // "roept de regering op, de griffierechten te verhogen": the particle of "oproepen" (and of "opdragen") is no
        // preposition before what is asked ("op de griffierechten").
        if text.range(of: "roept", options: .caseInsensitive) != nil
            || text.range(of: "draagt", options: .caseInsensitive) != nil
        {
            text = text.replacingOccurrences(
                of: #"(?i)\b(roept|draagt)(\s+(?:de|het)(?:\s+\(?toekomstige\)?)?\s+\w+)\s+op\b"#, with: "$1$2",
                options: .regularExpression)
        }
        // The country doing it, between a verb and its preposition, says who acts, not what is asked: "het
        // terugtrekken van Nederland uit het Statuut van Rome" asks as "het terugtrekken uit" does, "het aansluiten van
        // Nederland bij de zaak van Zuid-Afrika" as "het aansluiten bij".
        if text.range(of: "van Nederland ", options: .caseInsensitive) != nil {
            text = text.replacingOccurrences(
                of: #"(?i)\b(\w+en) van Nederland (uit|bij|tot|aan|in|met|op)\b"#, with: "$1 $2",
                options: .regularExpression)
        }
        // A point inside a number ("2.500 alleenstaande minderjarige asielzoekers", "18.00 uur") or an abbreviation
        // ("m.b.t.", "o.a.") ends no clause; "i.p.v." is "in plaats van", a negation.
        if text.utf8.contains(UInt8(ascii: ".")) {
            text = text.replacingOccurrences(of: #"(?<=\d)\.(?=\d)"#, with: "", options: .regularExpression)
            text = text.replacingOccurrences(
                of: #"(?i)\bi\.p\.v\."#, with: "in plaats van", options: .regularExpression)
            text = text.replacingOccurrences(
                of: #"(?i)\b([a-z])\.([a-z])\.(?:([a-z])\.)?"#, with: "$1$2$3", options: .regularExpression)
        }
        for piece in text.split(whereSeparator: separators.contains) {
            var folded = fold(String(piece))
            // What the House asks to be told about is not asked: "de Kamer voorafgaand informeren over mogelijke
            // voornemens tot betaling of hervatting van hulpgeld aan UNRWA" asks for no payment.
            if let told = reportedTopic(in: folded.words) {
                folded = FoldedText(words: Array(folded.words[..<told]), stems: Array(folded.stems[..<told]))
            }
            // Nor is the reason given for the ask: "het eenstatusstelsel in stand te houden, omdat de invoering van twee
            // statussen tot meer juridische procedures leidt".
            if let reason = folded.words.firstIndex(where: reasons.contains), reason > 0 {
                folded = FoldedText(words: Array(folded.words[..<reason]), stems: Array(folded.stems[..<reason]))
            }
            var start = 0
            for index in folded.words.indices where folded.words[index] == "maar" && index > start {
                result.append(
                    FoldedText(words: Array(folded.words[start..<index]), stems: Array(folded.stems[start..<index])))
                start = index
            }
            if start < folded.words.count {
                result.append(FoldedText(words: Array(folded.words[start...]), stems: Array(folded.stems[start...])))
            }
        }
        return result
    }
}
