import Foundation
import Ledger
import Linking
import Store
import TrackerKit

// `make bench`: in-process timings of the work an analyst waits for, on a workspace harvested by
// scripts/bench-link.py. Prints one line of `key=value` figures per measurement.
//
//   trackerbench relink WORKSPACE    a full relink of every stored deed against the ledger, as after a
//                                    change to the ledger (LinkingRun with force), best of 3 runs

func seconds(_ work: () throws -> Void) rethrows -> Double {
    let start = DispatchTime.now().uptimeNanoseconds
    try work()
    return Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
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
        var best = Double.infinity
        var report: LinkingRun.Report?
        for _ in 0..<3 {
            best = min(best, try seconds { report = try run.run(force: true) })
        }
        let counts = try store.counts()
        print(
            "relink deeds=\(counts.deeds) pledges=\(ledger.pledges.count) links=\(report?.links ?? 0) seconds=\(String(format: "%.3f", best))"
        )
    } catch {
        fail("\(error)")
    }
default:
    fail("unknown measurement '\(arguments[0])'; expected relink")
}
