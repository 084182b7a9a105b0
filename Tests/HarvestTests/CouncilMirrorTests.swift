import Core
import Deeds
import Foundation
import Ledger
import Store
import TestSupport
import Testing
import TrackerKit

@testable import Harvest

@Suite("Saved council pages in the offline mirror, read with their municipality's rules", .serialized)
struct CouncilMirrorTests {
    /// The real Den Helder meeting page, saved under its page path below the source's endpoint.
    static let savedPage = "gemeente-den-helder/Vergaderingen%2FGemeenteraad%2F2015%2F31-augustus%2F19%3A30%2F.html"

    @Test("A mirror page's file name gives the URL it was saved from")
    func pageURL() throws {
        let (sources, _) = SourceLoader.load(workspace: Fixtures.workspace)
        let source = try #require(sources.first { $0.name == "gemeente-den-helder" })
        let pages = Ingestion.councilPages(in: Fixtures.mirror, source: source)
        #expect(pages.map(\.file.lastPathComponent) == [String(Self.savedPage.split(separator: "/")[1])])
        #expect(
            pages.map(\.url.absoluteString) == [
                "https://gemeenteraad.denhelder.nl/Vergaderingen/Gemeenteraad/2015/31-augustus/19:30/"
            ])
    }

    @Test("update --offline ingests the saved council page as the live harvest would, and keeps it on a second run")
    func offlineCouncilPage() throws {
        let mirror = Fixtures.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: mirror) }
        let saved = mirror.appendingPathComponent(Self.savedPage)
        try FileManager.default.createDirectory(
            at: saved.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Fixtures.data(Fixtures.mirror.appendingPathComponent(Self.savedPage)).write(to: saved)

        let harvest = HarvestWorkspace()
        let first = try Pipeline(workspace: harvest.workspace).updateOffline(mirror: mirror)
        #expect(first.documents.map(\.error) == [nil])
        #expect(first.documents.map(\.format) == [.councilPage])
        #expect(first.documents.map(\.deeds) == [15])
        let deeds = try harvest.store().deeds()
        #expect(deeds.count == 15)
        let motion = try #require(deeds.first { $0.id == "gemeente:den-helder:19110" })
        #expect(motion.kind == .motion)
        #expect(motion.date == Day("2015-08-31"))
        #expect(
            motion.source.document
                == "https://gemeenteraad.denhelder.nl/Vergaderingen/Gemeenteraad/2015/31-augustus/19:30/")

        let second = try Pipeline(workspace: harvest.workspace).updateOffline(mirror: mirror)
        #expect(second.documents.map(\.change) == [.unchanged])
        #expect(try harvest.store().deeds().count == 15)
    }
}
