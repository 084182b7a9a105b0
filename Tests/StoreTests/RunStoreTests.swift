import Core
import Deeds
import Foundation
import Harvest
import Store
import TestSupport
import Testing

/// Runs kept in the database: their inputs and the scores they gave, and the fingerprint of the deeds.
@Suite("Store: runs and their scores")
struct RunStoreTests {
    static let inputs = RunInputs(
        command: "update", asOf: Day("2026-06-30")!, rubricVersion: "1.0", rubricHash: "r", ledgerHash: "l",
        deedsHash: "d", codeVersion: "c")

    static let scores = [
        RunScoreRecord(
            pledge: "hla-voorwaarden-aan-kunstmatige-intelligentie", status: "in-progress", reason: nil, progress: 5,
            rightsEffect: 0.05, ledgerHash: "p",
            parts: [.init(deed: "kst-30950-458", rule: "brief-kondigt-aan-steunt", points: 5, reviewed: false)]),
        RunScoreRecord(
            pledge: "rp-tweestatusstelsel-invoeren", status: "broken", reason: "no-majority", progress: 0,
            rightsEffect: 0, ledgerHash: "q", parts: []),
    ]

    @Test("A run is kept with its inputs and its scores, in the order they were recorded")
    func recordAndRead() throws {
        let store = try Store(path: ":memory:")
        #expect(try store.latestRun() == nil)
        let first = try store.recordRun(Self.inputs, scores: Self.scores, time: "2026-06-30T12:00:00Z")
        var later = Self.inputs
        later.command = "ingest"
        let second = try store.recordRun(later, scores: [], time: "2026-06-30T12:05:00Z")
        #expect((first.id, second.id) == (1, 2))
        #expect(try store.runs() == [first, second])
        #expect(try store.run(id: 1) == first)
        #expect(try store.run(id: 3) == nil)
        #expect(try store.latestRun() == second)
        #expect(try store.scores(ofRun: 1) == Self.scores)
        #expect(try store.scores(ofRun: 2) == [])
        #expect(Self.inputs.same(as: first))
        #expect(later.same(as: first))  // the command is not an input
        var otherDay = Self.inputs
        otherDay.asOf = Day("2026-07-01")!
        #expect(!otherDay.same(as: first))
    }

    @Test("The deed-set fingerprint changes when a deed is added and not when the same document comes again")
    func deedFingerprint() throws {
        let store = try Store(path: ":memory:")
        let empty = try store.deedSetFingerprint()
        let ingestion = Ingestion(store: store)
        _ = ingestion.ingest(files: [Fixtures.kamerstuk("kst-30950-440")])
        let one = try store.deedSetFingerprint()
        _ = ingestion.ingest(files: [Fixtures.kamerstuk("kst-30950-440")])
        #expect(try store.deedSetFingerprint() == one)
        // The kept digest was carried through each ingest (the empty store's, then one's), not read again: it is
        // the digest of all deeds read afresh.
        #expect(one == (try store.deedSetFingerprint(recomputing: true)))
        _ = ingestion.ingest(files: [Fixtures.kamerstuk("kst-36760-39")])
        let two = try store.deedSetFingerprint()
        #expect(two == (try store.deedSetFingerprint(recomputing: true)))
        #expect(Set([empty, one, two]).count == 3)
        #expect(try store.deedCount(countedAsOf: Day("2025-03-19")!) == 1)
        #expect(try store.deedCount(countedAsOf: Day("2025-03-18")!) == 0)
    }
}
