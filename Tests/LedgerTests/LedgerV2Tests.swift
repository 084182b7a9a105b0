import Core
import Foundation
import Ledger
import TestSupport
import Testing

/// A municipality folder with one pledge, written into a `LedgerWorkspace`, to break one field at a time.
struct MunicipalWorkspace {
    let workspace: LedgerWorkspace

    static let excerpt = """
        Het college erkent dat er sprake is van een crisis: “Los van de crisissituatie is Den Helder al jarenlang een voorbeeldgemeente in de opvang van asielzoekers.”
        Verdere uitbreiding is niet aan de orde: “Wij zijn niet voornemens de opvangcapaciteit op dit moment verder uit te breiden.
        """

    static let pledge = """
        pledges:
          - id: den-helder-opvang-niet-uitbreiden
            actor: gemeente:den-helder:college
            parties: [VVD, CDA]
            level: municipal
            date: 2022-11-07
            themes: [vluchtelingenverdrag]
            text: Wij zijn niet voornemens de opvangcapaciteit op dit moment verder uit te breiden.
            quotation: exact
            source: {document: noordkop, section: Geen uitbreiding asielplekken}
            kept_when: Den Helder breidt de opvang niet uit.
            rights: {direction: threatens, reason: Minder opvang., by: de analisten van de ledger}
            hints:
              phrases: [opvangcapaciteit]
              council_documents:
                - {kind: motie, id: "gemeente:den-helder:19110"}
        """

    static let profile = """
        municipality:
          id: den-helder
          name: Den Helder
          facts:
            - text: Den Helder al jarenlang een voorbeeldgemeente in de opvang van asielzoekers
              date: 2022-11
              quotation: exact
              source: {document: noordkop, section: Antwoorden van het college}
        """

    init(pledge: String = MunicipalWorkspace.pledge, profile: String = MunicipalWorkspace.profile) throws {
        workspace = try LedgerWorkspace()
        let sources =
            LedgerWorkspace.sources + """

                  - id: noordkop
                    title: Den Helder niet voornemens asielopvang uit te breiden
                    author: Regio Noordkop
                    kind: secondary
                    file: sources/noordkop.txt
                    items:
                      - {id: opvang-niet-uitbreiden, text: "niet voornemens de opvangcapaciteit"}
                      - {id: voorbeeldgemeente, text: "al jarenlang een voorbeeldgemeente"}
                """
        try workspace.write("Commitments/sources.yaml", sources)
        try workspace.write("Commitments/sources/noordkop.txt", Self.excerpt)
        try workspace.write("Commitments/municipal/den-helder/municipality.yaml", profile)
        try workspace.write("Commitments/municipal/den-helder/college.yaml", pledge)
    }

    func problems() -> [String] { workspace.problems() }
    func remove() { workspace.remove() }
}

@Suite("Ledger v2: municipal actors, council documents, dated facts and source coverage")
struct LedgerV2Tests {
    @Test("A college's pledge with a council document of its own municipality loads")
    func valid() throws {
        let municipal = try MunicipalWorkspace()
        defer { municipal.remove() }
        #expect(municipal.problems() == [])
        let ledger = try LedgerLoader.load(workspace: municipal.workspace.root)
        let pledge = try #require(ledger.pledge("den-helder-opvang-niet-uitbreiden"))
        #expect(pledge.municipality == "den-helder")
        #expect(MunicipalActor(pledge.actor)?.role == .college)
        #expect(pledge.parties == ["VVD", "CDA"])
        #expect(pledge.hints.councilDocuments == [CouncilReference(kind: .motie, id: "gemeente:den-helder:19110")])
        #expect(ledger.municipality("den-helder")?.facts.map(\.date) == ["2022-11"])
    }

    @Test("Actors: a mayor has no party of its own, a party's pledge is the party's")
    func actors() {
        #expect(MunicipalActor("gemeente:utrecht:burgemeester")?.role == .mayor)
        #expect(MunicipalActor("gemeente:utrecht")?.role == .municipality)
        #expect(MunicipalActor("gemeente:utrecht:pvda")?.role == .party("pvda"))
        #expect(MunicipalActor("gemeente:") == nil)
        #expect(MunicipalActor("gemeente:utrecht:pvda:extra") == nil)
        #expect(MunicipalActor("kabinet") == nil)
    }

    @Test("A college without parties, and a council document of another municipality")
    func badActorAndReference() throws {
        let pledge = MunicipalWorkspace.pledge
            .replacingOccurrences(of: "    parties: [VVD, CDA]\n", with: "")
            .replacingOccurrences(of: "gemeente:den-helder:19110", with: "gemeente:utrecht:19110")
        let municipal = try MunicipalWorkspace(pledge: pledge)
        defer { municipal.remove() }
        #expect(
            municipal.problems() == [
                "Commitments/municipal/den-helder/college.yaml:3:12: pledge 'den-helder-opvang-niet-uitbreiden' is the college's pledge but names no parties; expected parties: the coalition parties of the college",
                "Commitments/municipal/den-helder/college.yaml:15:29: council document 'gemeente:utrecht:19110' of pledge 'den-helder-opvang-niet-uitbreiden' can never match; expected a deed of its own municipality, gemeente:den-helder:<item>",
            ])
    }

    @Test("A typo in an actor is not a party of its own: kabniet, colege, a slug naming none of its parties")
    func actorTypos() throws {
        for (actor, problem) in [
            (
                "gemeente:den-helder:colege",
                "Commitments/municipal/den-helder/college.yaml:3:12: pledge 'den-helder-opvang-niet-uitbreiden' has actor 'gemeente:den-helder:colege', whose 'colege' is neither college, burgemeester nor a lower-case slug of one of its parties (VVD, CDA); expected gemeente:den-helder:<partij> such as gemeente:den-helder:cda (did you mean 'college'?)"
            ),
            (
                "gemeente:den-helder:VVD",
                "Commitments/municipal/den-helder/college.yaml:3:12: pledge 'den-helder-opvang-niet-uitbreiden' has actor 'gemeente:den-helder:VVD', whose 'VVD' is neither college, burgemeester nor a lower-case slug of one of its parties (VVD, CDA); expected gemeente:den-helder:<partij> such as gemeente:den-helder:cda (did you mean 'vvd'?)"
            ),
        ] {
            let municipal = try MunicipalWorkspace(
                pledge: MunicipalWorkspace.pledge.replacingOccurrences(
                    of: "actor: gemeente:den-helder:college", with: "actor: \(actor)"))
            defer { municipal.remove() }
            #expect(municipal.problems() == [problem])
        }
        let fine = try MunicipalWorkspace(
            pledge: MunicipalWorkspace.pledge.replacingOccurrences(
                of: "actor: gemeente:den-helder:college", with: "actor: gemeente:den-helder:vvd"))
        defer { fine.remove() }
        #expect(fine.problems() == [])
        for typo in ["kabniet", "Kabinet"] {
            let national = try LedgerWorkspace(
                pledges: LedgerWorkspace.pledge.replacingOccurrences(of: "actor: kabinet", with: "actor: \(typo)"))
            defer { national.remove() }
            #expect(
                national.problems() == [
                    "Commitments/national/akkoord.yaml:3:12: pledge 'conformeren-igh-icc' has actor '\(typo)'; expected kabinet or a party's name as it is written (VVD, GroenLinks) (did you mean 'kabinet'?)"
                ])
        }
    }

    @Test("The fingerprint of Commitments/'s files moves with any file's bytes, a file added or removed, and only then")
    func filesFingerprint() throws {
        let root = try Fixtures.workspaceCopy().root
        let first = LedgerLoader.filesFingerprint(workspace: root)
        #expect(first.count == 64)
        #expect(LedgerLoader.filesFingerprint(workspace: root) == first)
        let reviews = root.appendingPathComponent("Commitments/reviews")
        try FileManager.default.createDirectory(at: reviews, withIntermediateDirectories: true)
        #expect(LedgerLoader.filesFingerprint(workspace: root) == first)  // an empty folder holds nothing read
        let review = reviews.appendingPathComponent("x.yaml")
        try "reviews: []\n".write(to: review, atomically: true, encoding: .utf8)
        let added = LedgerLoader.filesFingerprint(workspace: root)
        #expect(added != first)
        try "reviews: [] \n".write(to: review, atomically: true, encoding: .utf8)
        #expect(LedgerLoader.filesFingerprint(workspace: root) != added)
        try FileManager.default.removeItem(at: review)
        #expect(LedgerLoader.filesFingerprint(workspace: root) == first)
        #expect(LedgerLoader.filesFingerprint(workspace: root.appendingPathComponent("none")) == "")
    }

    @Test("A council's pledge measured against a standard for the national government is a warning at standard:")
    func standardOfAnotherLevel() throws {
        let root = try Fixtures.workspaceCopy().root
        let file = root.appendingPathComponent("Commitments/municipal/den-helder/college.yaml")
        try (try String(contentsOf: file, encoding: .utf8)).replacingOccurrences(
            of: "standard: gemeente-opvang-met-mensenrechten-als-uitgangspunt",
            with: "standard: demonstratiebeperkingen-strikt-noodzakelijk-en-proportioneel"
        ).write(to: file, atomically: true, encoding: .utf8)
        #expect(
            LedgerLoader.validate(workspace: root).1.map(\.description) == [
                "Commitments/municipal/den-helder/college.yaml:18:17: warning: pledge 'den-helder-college-opvangcapaciteit-niet-uitbreiden' is municipal and measured against standard 'demonstratiebeperkingen-strikt-noodzakelijk-en-proportioneel', which addresses national government; expected a standard of scope municipal or any"
            ])
    }

    @Test("A national pledge cannot name council documents; an unknown kind is named")
    func nationalCouncilDocument() throws {
        let workspace = try LedgerWorkspace(
            pledges: LedgerWorkspace.pledge + """

                      council_documents:
                        - {kind: motion, id: "gemeente:den-helder:19110"}
                """)
        defer { workspace.remove() }
        #expect(
            workspace.problems() == [
                "Commitments/national/akkoord.yaml:16:18: 'kind' of a council document of pledge 'conformeren-igh-icc' is 'motion'; expected one of: motie, amendement, raadsvoorstel, besluit, agendapunt"
            ])
        let national = try LedgerWorkspace(
            pledges: LedgerWorkspace.pledge + """

                      council_documents:
                        - {kind: motie, id: "gemeente:den-helder:19110"}
                """)
        defer { national.remove() }
        #expect(
            national.problems() == [
                "Commitments/national/akkoord.yaml:16:11: pledge 'conformeren-igh-icc' is not a municipal pledge, so it cannot name council documents"
            ])
    }

    @Test("A fact needs a date, as precise as its source: YYYY, YYYY-MM or YYYY-MM-DD")
    func factDates() throws {
        let undated = try MunicipalWorkspace(
            profile: MunicipalWorkspace.profile.replacingOccurrences(of: "      date: 2022-11\n", with: ""))
        defer { undated.remove() }
        #expect(
            undated.problems() == [
                "Commitments/municipal/den-helder/municipality.yaml:5:7: a fact about municipality 'den-helder' has no 'date'; expected when the fact held, as precisely as the source says: YYYY, YYYY-MM or YYYY-MM-DD"
            ])
        let wrong = try MunicipalWorkspace(
            profile: MunicipalWorkspace.profile.replacingOccurrences(of: "date: 2022-11", with: "date: 2022-13"))
        defer { wrong.remove() }
        #expect(
            wrong.problems() == [
                "Commitments/municipal/den-helder/municipality.yaml:6:13: 'date' of a fact about municipality 'den-helder' is '2022-13'; expected YYYY, YYYY-MM or YYYY-MM-DD"
            ])
    }

    @Test("An item a citation names must be one of its document's items; items are exact quotations")
    func items() throws {
        let pledge = MunicipalWorkspace.pledge.replacingOccurrences(
            of: "section: Geen uitbreiding asielplekken}",
            with: "section: Geen uitbreiding asielplekken, items: [opvang-uitbreiden]}")
        let municipal = try MunicipalWorkspace(pledge: pledge)
        defer { municipal.remove() }
        try municipal.workspace.write(
            "Commitments/sources/noordkop.txt",
            MunicipalWorkspace.excerpt.replacingOccurrences(of: "al jarenlang", with: "sinds jaren"))
        #expect(
            municipal.problems() == [
                "Commitments/municipal/den-helder/college.yaml:10:82: unknown item 'opvang-uitbreiden' of document 'noordkop' in the source of pledge 'den-helder-opvang-niet-uitbreiden'; expected one of its items in Commitments/sources.yaml",
                "Commitments/municipal/den-helder/municipality.yaml:5:7: the exact quotation of a fact about municipality 'den-helder' does not occur in Commitments/sources/noordkop.txt (noordkop); expected its words verbatim, or quotation: paraphrase",
                "Commitments/sources.yaml:19:9: the exact quotation of item 'voorbeeldgemeente' of document 'noordkop' does not occur in Commitments/sources/noordkop.txt (noordkop); expected its words verbatim, or quotation: paraphrase",
            ])
    }

    @Test("Coverage: which of a document's items a record names, and how many records cite it")
    func coverage() throws {
        let pledge = MunicipalWorkspace.pledge.replacingOccurrences(
            of: "section: Geen uitbreiding asielplekken}",
            with: "section: Geen uitbreiding asielplekken, items: [opvang-niet-uitbreiden]}")
        let municipal = try MunicipalWorkspace(pledge: pledge)
        defer { municipal.remove() }
        let ledger = try LedgerLoader.load(workspace: municipal.workspace.root)
        let noordkop = try #require(SourceCoverage.of(ledger).first { $0.document == "noordkop" })
        #expect(noordkop.covered == ["opvang-niet-uitbreiden"])
        #expect(noordkop.missing == ["voorbeeldgemeente"])
        #expect(noordkop.summary == "noordkop: 1 of 2 items; cited by 1 pledge, 0 standards, 1 fact")
        #expect(
            SourceCoverage.of(ledger).first { $0.document == "brief" }?.summary
                == "brief: cited by 1 pledge, 0 standards, 0 facts")
    }
}

@Suite("The quotation check on a municipal excerpt of the test ledger")
struct MunicipalQuotationTests {
    /// Regio Noordkop's report of 7 November 2022 on Den Helder, as the test ledger keeps it.
    static let noordkop = QuotationCheck(
        sourceText: String(
            decoding: Fixtures.data(
                Fixtures.workspace.appendingPathComponent(
                    "Commitments/sources/gemeenten/denhelder-2022-regionoordkop-opvang.txt")),
            as: UTF8.self))

    @Test("The college's words are found, across the omitted paragraphs and the report's line breaks")
    func collegeWords() {
        #expect(
            Self.noordkop.contains("Wij zijn niet voornemens de opvangcapaciteit op dit moment verder uit te breiden."))
        #expect(
            Self.noordkop.contains(
                "Los van de crisissituatie is Den Helder al jarenlang een voorbeeldgemeente … de opvangcapaciteit behouden."
            ))
        #expect(!Self.noordkop.contains("Wij zijn voornemens de opvangcapaciteit op dit moment verder uit te breiden."))
    }

    @Test("A dash between spaces separates words; a hyphen inside a word joins them")
    func dashes() {
        let check = QuotationCheck(
            sourceText: "Den Helder – Het college. Hetzelfde geldt voor posten – juist expertise. ID-\ncontroles")
        #expect(check.contains("Den Helder"))
        #expect(check.contains("geldt voor bezuinigingen op posten") == false)
        #expect(check.contains("geldt voor posten"))
        #expect(check.contains("posten – juist expertise"))
        #expect(check.contains("ID-controles"))
    }

    @Test("The whole test ledger validates, with its municipal pledge and dated facts")
    func testLedger() throws {
        let ledger = try Fixtures.ledger()
        #expect(
            ledger.pledges.filter { $0.level == .municipal }.map(\.id) == [
                "den-helder-college-opvangcapaciteit-niet-uitbreiden"
            ])
        #expect(ledger.municipality("den-helder")?.facts.map(\.date) == ["2022-11-07", "2022-11-07"])
    }
}
