import Core
import Deeds
import Foundation
import TestSupport
import Testing

@Suite("The store's compact form of a deed")
struct DeedStorageTests {
    @Test(
        "Version 4 keeps a debate's activity, a bill's stages, a motion's dossier title and what an amended motion replaces"
    )
    func roundTrip() throws {
        let deeds =
            try Fixtures.read(Fixtures.vlos("d972288f")).deeds + Fixtures.read(Fixtures.vlos("be33e3cf")).deeds
            + StaatsbladTests.derivedLaw(dossier: "36554").deeds
            + Fixtures.read(Fixtures.kamerstuk("kst-30950-440")).deeds
            + DocumentReader.read(Data(Fixtures.amendedMotion().utf8), name: "kst-36704-84.xml").deeds
        #expect(deeds.contains { !$0.refs.activities.isEmpty } && deeds.contains { !$0.stages.isEmpty })
        #expect(deeds.last?.replaces == ["kst-36704-73"])
        #expect(deeds.dropLast().last?.dossierTitle == "Racisme en Discriminatie")
        for deed in deeds {
            #expect(try Deed(stored: deed.stored) == deed)
        }
        #expect(Deed.storageVersion == 4)
    }

    @Test("A deed a version-1 database holds is read, without activities, stages or dossier title")
    func versionOne() throws {
        let motion = try #require(try Fixtures.read(Fixtures.kamerstuk("kst-30950-440")).deeds.first)
        let letter = try #require(try Fixtures.read(Fixtures.vlos("e2903f19")).deeds.first)
        for var deed in [motion, letter] {
            deed.dossierTitle = nil
            #expect(try Deed(stored: Self.versionOne(deed)) == deed)
        }
        var truncated = Self.versionOne(motion)
        truncated.removeLast()
        #expect(throws: CompactReader.Malformed.self) { try Deed(stored: truncated) }
    }

    /// The layout version 1 wrote (commit e12ed5c, `Deed+Storage.swift`), field by field.
    static func versionOne(_ deed: Deed) -> Data {
        var writer = CompactWriter()
        writer.write(1)
        writer.write(deed.id)
        writer.write(deed.kind.rawValue)
        writer.write(deed.date?.description)
        writer.write(deed.title)
        writer.write(deed.text)
        writer.write(deed.dictum)
        writer.write(deed.actors.count)
        for actor in deed.actors {
            writer.write(actor.role.rawValue)
            writer.write(actor.name)
            writer.write(actor.group)
        }
        writer.write(deed.refs.dossiers)
        writer.write(deed.refs.documents)
        writer.write(deed.refs.zaken)
        writer.write(deed.outcome != nil)
        if let outcome = deed.outcome {
            writer.write(outcome.result.rawValue)
            writer.write(outcome.label)
            writer.write(outcome.date?.description)
            writer.write(outcome.method)
            writer.write(outcome.votes.count)
            for vote in outcome.votes {
                writer.write(vote.group)
                writer.write(vote.choice.rawValue)
                writer.write(vote.seats)
                writer.write(vote.member)
            }
        }
        writer.write(deed.cabinetAppraisal)
        writer.write(deed.status)
        writer.write(deed.source.format.rawValue)
        writer.write(deed.source.document)
        writer.write(deed.source.url)
        writer.write(deed.source.hash)
        return writer.data
    }

    @Test("JSON written before stages and activities existed still reads")
    func olderJSON() throws {
        let json = """
            {"id":"kst-36760-39","kind":"motion","date":"2025-08-27","title":"Motie","text":"De Kamer,",
             "actors":[],"refs":{"dossiers":["36760"],"documents":["kst-36760-39"],"zaken":[]},
             "source":{"format":"officiele-publicatie","document":"kst-36760-39.xml","hash":"x"}}
            """
        let deed = try JSONCoding.decode(Deed.self, from: json)
        #expect(deed.stages.isEmpty)
        #expect(deed.refs.activities.isEmpty)
        #expect(deed.refs.dossiers == ["36760"])
    }
}
