import Core
import Deeds
import Foundation
import Ledger
import Linking
import TestSupport
import Testing

/// `eval/deeds.yaml` as `make eval` reads it: real letters, amendments and bills of the 2008–2022 corpus, labelled by
/// theme, split into a tune and a test part (eval/SOURCES.md, "An eighth set").
@Suite("The set of letters, amendments and bills of make eval")
struct DeedSetTests {
    static let file = Fixtures.root.appendingPathComponent("eval/deeds.yaml")

    @Test("The set reads whole: each record a deed of its own kind, with its dossier title, themes and split")
    func reads() throws {
        let deeds = try DictumMotion.load(Self.file)
        #expect(deeds.count == 320)
        #expect(deeds.filter { $0.deed.kind == .letter }.count == 267)
        #expect(deeds.filter { $0.deed.kind == .amendment }.count == 35)
        #expect(deeds.filter { $0.deed.kind == .bill }.count == 18)
        #expect(deeds.filter { $0.split == "tune" }.count == 152)
        #expect(deeds.filter { $0.split == "test" }.count == 168)
        #expect(deeds.filter { $0.themes == nil }.count == 20)
        let judges = try #require(deeds.first { $0.deed.id == "tk:zaak:2011Z19395" })
        #expect(judges.deed.kind == .letter)
        #expect(judges.deed.title == "Stand van zaken uitbreiding van de disiciplinaire bevoegdheid jegens rechters")
        #expect(judges.deed.dossierTitle == "Rechtsstaat en Rechtsorde")
        #expect(judges.themes == ["eerlijk-proces"])
        #expect(judges.labelled.group == .theme)
    }
}
