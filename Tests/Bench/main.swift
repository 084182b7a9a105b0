import Core
import Foundation
import Ledger
import Linking
import Scoring
import Store
import TrackerKit

// `make bench`: in-process timings of the work an analyst waits for, on a workspace harvested by
// scripts/bench-link.py. Prints one line of `key=value` figures per measurement.
//
//   trackerbench relink WORKSPACE    a full relink of every stored deed against the ledger, as after a
//                                    change to the ledger (LinkingRun with force), best of 3 runs
//   trackerbench score WORKSPACE     one pledge's score and timeline (ScoreQueries.pledge), every pledge
//   trackerbench read|link|parts WORKSPACE   the parts of a relink: reading, linking, writing
//   trackerbench score-parts WORKSPACE  the pledge with the most evidence: reading it, and scoring it with its
//                                    timeline (best of 5, or of LOOPS=N in the environment, for a profiler)

/// Wall and CPU seconds (user and system, all threads) of `work`.
func seconds(_ work: () throws -> Void) rethrows -> (wall: Double, cpu: Double) {
    func cpu() -> Double {
        var usage = rusage()
        getrusage(RUSAGE_SELF.rawValue, &usage)
        return Double(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec)
            + Double(usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e6
    }
    let (start, startCPU) = (DispatchTime.now().uptimeNanoseconds, cpu())
    try work()
    return (Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9, cpu() - startCPU)
}

func fail(_ message: String) -> Never {
    FileHandle.standardError.write(Data("trackerbench: \(message)\n".utf8))
    exit(1)
}

let arguments = Array(CommandLine.arguments.dropFirst())
guard arguments.count == 2 else { fail("usage: trackerbench relink WORKSPACE") }
let workspace = Workspace(root: URL(fileURLWithPath: arguments[1]))
let ledger: Ledger
let store: Store
do {
    ledger = try workspace.loadLedger()
    store = try workspace.openExistingStore()
} catch {
    fail("\(error)")
}

switch arguments[0] {
case "relink":
    do {
        let run = LinkingRun(ledger: ledger, store: store)
        let linker = run.makeLinker()
        var best = (wall: Double.infinity, cpu: Double.infinity)
        var report: LinkingRun.Report?
        for _ in 0..<3 {
            let measured = try seconds { report = try run.run(force: true, linker: linker) }
            if measured.wall < best.wall { best = measured }
        }
        let counts = try store.counts()
        print(
            "relink deeds=\(counts.deeds) pledges=\(ledger.pledges.count) links=\(report?.links ?? 0) seconds=\(String(format: "%.3f", best.wall)) cpu=\(String(format: "%.3f", best.cpu))"
        )
        // The store is never closed here; leave the database as `tracker` leaves it, its log copied in, so the
        // measurements after this one read the database and not a log of hundreds of megabytes.
        try store.checkpoint()
    } catch {
        fail("\(error)")
    }
case "read":
    // What a relink costs before any linking: reading and decoding every deed.
    do {
        var count = 0
        let measured = try seconds { try store.forEachDeed(batch: 2000) { count += $0.count } }
        print(
            "read deeds=\(count) seconds=\(String(format: "%.3f", measured.wall)) cpu=\(String(format: "%.3f", measured.cpu))"
        )
    } catch {
        fail("\(error)")
    }
case "link":
    // Linking every deed without storing the links.
    do {
        let linker = LinkingRun(ledger: ledger, store: store).makeLinker()
        let statistics = try store.termStatistics(linker.searchStems)
        let terms = TermStatistics(documents: statistics.documents, frequencies: statistics.frequencies)
        var links = 0
        let measured = try seconds {
            try store.forEachDeed(batch: 2000) { links += linker.links(for: $0, statistics: terms).count }
        }
        print(
            "link links=\(links) seconds=\(String(format: "%.3f", measured.wall)) cpu=\(String(format: "%.3f", measured.cpu))"
        )
    } catch {
        fail("\(error)")
    }
case "parts":
    // A full relink's parts, one by one.
    do {
        let run = LinkingRun(ledger: ledger, store: store)
        let linker = run.makeLinker()
        let clear = try seconds { try store.beginLinkRebuild() }
        var terms: TermStatistics?
        let statistics = try seconds {
            let statistics = try store.termStatistics(linker.searchStems)
            terms = TermStatistics(documents: statistics.documents, frequencies: statistics.frequencies)
        }
        var batches: [([String], [Link])] = []
        let link = try seconds {
            try store.forEachDeed(batch: 2000) { deeds in
                batches.append((deeds.map(\.id), linker.links(for: deeds, statistics: terms)))
            }
        }
        let write = try seconds {
            for (_, links) in batches { try store.addRebuiltLinks(links) }
            try store.finishLinkRebuild(fingerprint: "bench", seq: 0)
        }
        for (name, figure) in [("clear", clear), ("statistics", statistics), ("link", link), ("write", write)] {
            print("\(name) seconds=\(String(format: "%.3f", figure.wall)) cpu=\(String(format: "%.3f", figure.cpu))")
        }
        try store.checkpoint()
    } catch {
        fail("\(error)")
    }
case "score-parts":
    // The slowest pledge's score in its parts (best of 5 each, in ms): reading its evidence from the store, and
    // scoring it with its timeline.
    do {
        let asOf = Day("2026-12-03")!
        guard let rubric = ledger.rubric else { fail("no rubric") }
        var slowest = (0, "")
        for pledge in ledger.pledges {
            let count = try store.evidence(pledge: pledge.id, minimumConfidence: rubric.evidenceConfidence).count
            if count > slowest.0 { slowest = (count, pledge.id) }
        }
        let pledge = ledger.pledge(slowest.1)!
        var evidence: [Evidence] = []
        var (read, scored) = (Double.infinity, Double.infinity)
        for _ in 0..<(ProcessInfo.processInfo.environment["LOOPS"].flatMap { Int($0) } ?? 5) {
            read = min(
                read,
                try seconds {
                    evidence = try store.evidence(pledge: pledge.id, minimumConfidence: rubric.evidenceConfidence)
                        .map { Evidence(link: $0, deed: $1) }
                }.wall)
            scored = min(
                scored,
                seconds { _ = Scorer(rubric: rubric).scoreAndTimeline(pledge, evidence: evidence, asOf: asOf) }.wall)
        }
        print(
            "score-parts pledge=\(pledge.id) evidence=\(evidence.count) read_ms=\(String(format: "%.2f", read * 1000)) score_ms=\(String(format: "%.2f", scored * 1000))"
        )
    } catch {
        fail("\(error)")
    }
case "score":
    // One pledge's score and timeline, for every pledge (best of 3 each): median, 95th percentile, slowest, in ms.
    do {
        let asOf = Day("2026-12-03")!
        var times: [(Double, String, Int)] = []
        for pledge in ledger.pledges {
            var evidence = 0
            var best = Double.infinity
            for _ in 0..<3 {
                let measured = try seconds {
                    let (score, _) = try ScoreQueries.pledge(pledge.id, ledger: ledger, store: store, asOf: asOf)
                    evidence = score.contributions.count
                }
                best = min(best, measured.wall)
            }
            times.append((best * 1000, pledge.id, evidence))
        }
        times.sort { $0.0 < $1.0 }
        let at = { (share: Double) in times[min(times.count - 1, Int(Double(times.count) * share))] }
        let slowest = times.last!
        print(
            "score pledges=\(times.count) median_ms=\(String(format: "%.2f", at(0.5).0)) p95_ms=\(String(format: "%.2f", at(0.95).0)) max_ms=\(String(format: "%.2f", slowest.0)) slowest=\(slowest.1) slowest_links=\(slowest.2)"
        )
    } catch {
        fail("\(error)")
    }
default:
    fail("unknown measurement '\(arguments[0])'; expected relink, read, link, parts, score or score-parts")
}
