import Core
import Deeds
import Foundation
import Ledger
import Linking
import TestSupport
import Testing
import Text

/// `eval/dictums.yaml` as `make eval` reads it: real motions with their dictums, split into a tune and a test part
/// (eval/SOURCES.md, "A third set").
@Suite("The dictum set of make eval")
struct DictumSetTests {
    @Test("The set reads whole: each record a motion whose operative text is its dictum, with its split and stance")
    func reads() throws {
        let motions = try DictumMotion.load(Fixtures.root.appendingPathComponent("eval/dictums.yaml"))
        #expect(motions.count == 173)
        #expect(motions.filter { $0.split == "tune" }.count == 96)
        #expect(motions.filter { $0.split == "test" }.count == 77)
        #expect(motions.compactMap(\.stance).count == 75)
        // Every stance is towards a pledge of the shipped ledger.
        let ledger = try LedgerLoader.load(workspace: Fixtures.root)
        let pledges = Set(ledger.pledges.map(\.id))
        #expect(motions.compactMap(\.stance?.pledge).filter { !pledges.contains($0) } == [])

        let kuzu = try #require(motions.first { $0.deed.id == "kst-34300-VI-61" })
        #expect(kuzu.deed.kind == .motion)
        #expect(
            kuzu.deed.title
                == "Motie van het lid Kuzu over maatregelen ter bestrijding van etnisch profileren door de politie")
        #expect(kuzu.deed.refs.dossiers == ["34300-VI"])
        #expect(kuzu.split == "tune")
        #expect(kuzu.labelled.split == "tune")
        #expect(kuzu.stance?.pledge == "etnisch-profileren-aanpakken")
        #expect(kuzu.stance?.value == .supports)
        let operative = try #require(
            OperativeText(title: kuzu.deed.title, dictum: kuzu.deed.dictum) { FoldedText($0) })
        #expect(operative.part == .dictum)
        #expect(
            operative.clauses.first?.words.prefix(6) == [
                "verzoekt", "de", "regering", "met", "concrete", "voorstellen",
            ])
    }

    @Test(
        "Each split is the rule's: a motion of an older set keeps that set's split, the others go by the id's SHA-256")
    func splits() throws {
        let motions = try DictumMotion.load(Fixtures.root.appendingPathComponent("eval/dictums.yaml"))
        var older: [String: String] = [:]
        for motion in try LabelledMotion.load(Fixtures.root.appendingPathComponent("eval/motions.yaml")) {
            older[motion.zaak] = motion.split
        }
        for motion in try LabelledStance.load(Fixtures.root.appendingPathComponent("eval/stances.yaml")) {
            older[motion.zaak] = motion.split
        }
        func bySHA(_ id: String) -> String {
            let firstByte = Int(Digest.sha256(Data(id.utf8)).prefix(2), radix: 16) ?? 1
            return firstByte % 2 == 0 ? "tune" : "test"
        }
        let wrong = motions.filter { $0.split != ($0.zaak.flatMap { older[$0] } ?? bySHA($0.deed.id)) }
        #expect(wrong.map(\.deed.id) == [])
        #expect(motions.filter { $0.zaak != nil }.count == 123)
        #expect(motions.filter { $0.zaak.flatMap { older[$0] } != nil }.count == 33)
    }

    @Test(
        "A split that is neither tune nor test, or a kind no Zaak is harvested as, is reported with its file and line",
        arguments: [
            (
                "    dictum: \"verzoekt de regering, met concrete voorstellen te komen om de kwalijke praktijk van etnisch profileren door de politie te bestrijden,\"\n    split: later",
                "4:12: 'split' of a motion is 'later'; expected one of: tune, test"
            ),
            (
                "    kind: brief\n    subject: \"Stand van zaken uitbreiding van de disiciplinaire bevoegdheid jegens rechters\"",
                "3:11: 'kind' of a motion is 'brief'; expected one of: motion, amendment, bill, letter"
            ),
        ])
    func badChoice(fields: String, problem: String) throws {
        let url = Fixtures.temporaryFolder().appendingPathComponent("motions.yaml")
        try "motions:\n  - id: \"kst-34300-VI-61\"\n\(fields)\n    themes: [etnisch-profileren]\n"
            .write(to: url, atomically: true, encoding: .utf8)
        do {
            _ = try DictumMotion.load(url)
            Issue.record("\(fields) was accepted")
        } catch let error as LedgerInvalid {
            #expect(error.problems.map(\.description) == ["\(url.lastPathComponent):\(problem)"])
        }
    }
}
