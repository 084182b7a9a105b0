import Core
import Deeds
import Foundation
import Harvest
import Ledger
import Linking
import TestSupport
import Testing

/// A ledger with the same subject in three places: a national pledge, a pledge of Den Helder that names
/// a council motion, and a pledge of Utrecht that only shares its phrase.
struct CouncilLedger {
    static let themes = """
        themes:
        \(Theme.required.map { id in """
              - id: \(id)
                name: {nl: \(id), en: \(id)}
                definition: Thema \(id).
                instruments: [Artikel 1 Grondwet]
                terms: [\(id)]
            """ }.joined(separator: "\n"))
        """

    static func pledge(_ id: String, actor: String, level: String, hints: String) -> String {
        """
          - id: \(id)
            actor: \(actor)
            level: \(level)
            date: 2015-08-01
            themes: [demonstratierecht]
            text: The Passion naar de stad halen.
            quotation: paraphrase
            source: {document: brief}
            kept_when: The Passion komt naar de stad.
            rights: {direction: mixed, reason: Geen mensenrechtenvraag., by: test}
            hints:
        \(hints)
        """
    }

    static func load() throws -> Ledger {
        let root = Fixtures.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: root) }
        func write(_ path: String, _ text: String) throws {
            let url = root.appendingPathComponent(path)
            try FileManager.default.createDirectory(
                at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data(text.utf8).write(to: url)
        }
        try write("Commitments/themes.yaml", themes)
        try write(
            "Commitments/sources.yaml",
            "documents:\n  - {id: brief, title: Brief, author: Test, kind: primary}\n")
        let phrase = "      phrases: [The Passion]"
        try write(
            "Commitments/national/test.yaml",
            "pledges:\n" + pledge("passion-landelijk", actor: "kabinet", level: "national", hints: phrase))
        try write(
            "Commitments/municipal/den-helder/municipality.yaml", "municipality: {id: den-helder, name: Den Helder}\n")
        try write(
            "Commitments/municipal/den-helder/test.yaml",
            "pledges:\n"
                + pledge(
                    "passion-den-helder", actor: "gemeente:den-helder:stadspartij", level: "municipal",
                    hints: "      council_documents: [{kind: motie, id: \"gemeente:den-helder:19110\"}]"))
        try write("Commitments/municipal/utrecht/municipality.yaml", "municipality: {id: utrecht, name: Utrecht}\n")
        try write(
            "Commitments/municipal/utrecht/test.yaml",
            "pledges:\n" + pledge("passion-utrecht", actor: "gemeente:utrecht:pvda", level: "municipal", hints: phrase))
        return try LedgerLoader.load(workspace: root)
    }
}

@Suite("Council deeds link to their own municipality's pledges only")
struct CouncilLinkingTests {
    static func councilDeeds() throws -> [Deed] {
        let (sources, _) = SourceLoader.load(workspace: Fixtures.workspace)
        let rules = try #require(sources.first { $0.name == "gemeente-den-helder" }?.council)
        let page = Fixtures.tests.appendingPathComponent("html/den_helder_meeting.html")
        let url = URL(string: "https://gemeenteraad.denhelder.nl/Vergaderingen/Gemeenteraad/2015/31-augustus/19:30/")!
        return try CouncilPageReader(rules: rules).read(Fixtures.data(page), url: url).deeds
    }

    @Test("The motion a Den Helder pledge names links by reference; Utrecht's and the cabinet's same phrase do not")
    func ownMunicipalityOnly() throws {
        let linker = Linker(ledger: try CouncilLedger.load())
        let motion = try #require(try Self.councilDeeds().first { $0.id == "gemeente:den-helder:19110" })
        let links = linker.links(for: motion)
        #expect(links.map(\.pledge) == ["passion-den-helder"])
        #expect(links.first?.method == .reference)
        #expect(links.first?.confidence == 0.97)
        #expect(links.first?.explanation == "de belofte noemt motie gemeente:den-helder:19110")
    }

    @Test("A national deed never links to a municipal pledge")
    func nationalDeed() throws {
        let linker = Linker(ledger: try CouncilLedger.load())
        let deed = Deed(
            id: "kst-1-1", kind: .motion, date: Day("2015-08-01"), title: "Motie over The Passion", text: "",
            source: Deed.Source(format: .officielePublicatie, document: "kst-1-1", url: "x", hash: "0"))
        #expect(linker.links(for: deed).map(\.pledge) == ["passion-landelijk"])
    }
}
