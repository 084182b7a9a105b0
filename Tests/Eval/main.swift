import Core
import Deeds
import Foundation
import Harvest
import Ledger
import Linking
import Store
import TestSupport
import Text

// `make eval`: the linker measured on the labelled motions of eval/motions.yaml (eval/SOURCES.md).
//
//   trackereval --corpus FILE.jsonl --db PATH --labels eval/motions.yaml --workspace DIR [--details SPLIT]
//               [--stances eval/stances.yaml] [--dictums eval/dictums.yaml] [--deeds eval/deeds.yaml]
//               [--later FILE[,FILE…]]
//
// The corpus's Zaak records are harvested once into the database at PATH, the way `tracker update`
// harvests the SyncFeed: each record written as a SyncFeed entity in the official shape (TestSupport's
// EntityWriter, as `feedserver` serves it), pages read by `SyncFeedPage`, stored and joined into deeds
// by `SyncFeedJoin`. So a motion's deed is what a harvest makes of it: its subject line is the title, and
// the corpus gives no text or dictum. Every run then links the labelled motions' deeds with the ledger
// of DIR/Commitments and the database's term statistics, and prints, for the test split and the tune
// split apart, recall and precision per theme at confidence ≥ 0.5, the random unrelated motions and the
// traps linked, and stance accuracy. --stances FILE (eval/stances.yaml) adds stance accuracy, per split and
// per pledge, on corpus motions linked to the pledges that collect the most motions. --later FILE measures
// the real motions of 2023–2025 the same way; --deeds FILE (eval/deeds.yaml) the corpus's letters, amendments and
// bills, each linked as the kind of deed it is. --details SPLIT also lists each miss, each wrong link and each
// wrong stance of that split with its subject and explanation (tune on the tune split only).
//
//   trackereval --workspace DIR --read FILE
//
// reads each line of FILE, "pledge-id | subject line" or "pledge-id | subject line | dictum", with the stance
// reader of that pledge in DIR/Commitments, and prints the stance and its signals: a probe of how the reader takes
// the shapes motions are written in, for finding what it misreads before any labelled set shows it.

func fail(_ message: String) -> Never {
    FileHandle.standardError.write(Data("trackereval: \(message)\n".utf8))
    exit(1)
}

func note(_ message: String) {
    FileHandle.standardError.write(Data("\(message)\n".utf8))
}

var options: [String: String] = [:]
var arguments = CommandLine.arguments.dropFirst()
while let argument = arguments.popFirst() {
    guard
        [
            "--corpus", "--db", "--labels", "--workspace", "--details", "--later", "--stances", "--dictums", "--deeds",
            "--read",
            "--stance-model", "--test",
        ].contains(argument),
        let value = arguments.popFirst()
    else {
        fail(
            "usage: trackereval --corpus FILE.jsonl --db PATH --labels eval/motions.yaml --workspace DIR [--details tune|test|later|later-tune|later-test|dictums-tune|dictums-test|deeds-tune|deeds-test] [--later FILE[,FILE…]] [--stances FILE] [--dictums FILE] [--deeds FILE]; or trackereval --workspace DIR --read FILE; or trackereval --workspace DIR --stance-model TRAIN.tsv --test TEST.tsv"
        )
    }
    options[String(argument.dropFirst(2))] = value
}
// --read: the stance reader of one pledge on each line of a file.
if let file = options["read"] {
    guard let workspace = options["workspace"] else { fail("--read needs --workspace") }
    do {
        let ledger = try LedgerLoader.load(workspace: URL(fileURLWithPath: workspace))
        let text = try String(contentsOfFile: file, encoding: .utf8)
        for (number, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let parts = line.split(separator: "|", omittingEmptySubsequences: false).map {
                $0.trimmingCharacters(in: .whitespaces)
            }
            guard !line.trimmingCharacters(in: .whitespaces).isEmpty, !line.hasPrefix("#") else { continue }
            guard parts.count == 2 || parts.count == 3,
                let pledge = ledger.pledge(parts[0])
            else {
                fail(
                    "\(file):\(number + 1): expected 'pledge-id | subject line [| dictum]' with a pledge of the ledger")
            }
            let operative = OperativeText(title: parts[1], dictum: parts.count == 3 ? parts[2] : nil) {
                FoldedText($0)
            }
            guard let operative else {
                print("-        \(parts[1])  (no operative text: a motion's subject line needs 'over')")
                continue
            }
            let reading = StanceReader(pledge.hints).read(operative)
            let stance = reading.stance.rawValue.padding(toLength: 9, withPad: " ", startingAt: 0)
            print(
                "\(stance)\(parts.count == 3 ? parts[2] : parts[1])\n         \(reading.signals.joined(separator: "; "))"
            )
        }
    } catch {
        fail("\(error)")
    }
    exit(0)
}
// --stance-model: the stance model trained on one file's rows and measured on another's (StanceTraining.swift).
if let train = options["stance-model"] {
    guard let workspace = options["workspace"], let test = options["test"] else {
        fail("--stance-model needs --workspace and --test")
    }
    do {
        let ledger = try LedgerLoader.load(workspace: URL(fileURLWithPath: workspace))
        try stanceModelExperiment(train: train, test: test, ledger: ledger)
    } catch {
        fail("\(error)")
    }
    exit(0)
}
guard let corpus = options["corpus"], let database = options["db"], let labels = options["labels"],
    let workspace = options["workspace"]
else { fail("--corpus, --db, --labels and --workspace are required") }

/// One motion for --details: its zaak and subject, then its three strongest links with their explanations.
func describeMotion(_ zaak: String, subject: String?, links: [Link]) -> String {
    let found = links.sorted { $0.confidence > $1.confidence }.prefix(3).map {
        "\n      \($0.pledge) \($0.confidence) \($0.stance.rawValue): \($0.explanation)"
    }
    return "    \(zaak) \(subject?.trimmingCharacters(in: .whitespacesAndNewlines) ?? "")" + found.joined()
}

/// For --details: each stance label the linker did not read, with the motion described.
func printWrongStances(_ evaluation: MotionEvaluation, describe: (String) -> String) {
    let wrong = evaluation.stances.filter { !$0.right }
    guard !wrong.isEmpty else { return }
    print("\n  stance, wrong:")
    for item in wrong {
        print(
            "    \(item.label.pledge) expected \(item.label.value.rawValue), found \(item.found?.rawValue ?? "no link")\n  "
                + describe(item.zaak))
    }
}

/// For --details: each motion missed or wrongly linked per theme, each unrelated motion or trap linked, and each
/// wrong stance, with the motion described.
func printDetails(_ evaluation: MotionEvaluation, describe: (String) -> String) {
    for row in evaluation.rows {
        if !row.missed.isEmpty {
            print("\n  \(row.theme), missed:\n" + row.missed.map(describe).joined(separator: "\n"))
        }
        if !row.wrong.isEmpty {
            print("\n  \(row.theme), wrong:\n" + row.wrong.map(describe).joined(separator: "\n"))
        }
    }
    for id in evaluation.unrelatedLinkedAnywhere + evaluation.trapsLinkedAnywhere {
        print("\n  unrelated or trap linked:\n" + describe(id))
    }
    printWrongStances(evaluation, describe: describe)
}

/// Harvests every record of the corpus into a new database at `path`, as `tracker update` harvests the feed.
func harvest(corpus: String, into path: String) throws {
    let started = Date()
    let text = try String(contentsOfFile: corpus, encoding: .utf8)
    let partial = path + ".partial"
    for suffix in ["", "-wal", "-shm"] { try? FileManager.default.removeItem(atPath: partial + suffix) }
    do {
        let store = try Store(path: partial)
        let writer = EntityWriter(style: .prefixed)
        let host = "http://feed.invalid"
        let link = { (skiptoken: Int) in "\(host)\(SyncFeedServer.path)?category=Zaak&amp;skiptoken=\(skiptoken)" }
        var entries: [(sequence: Int, entity: SyncFeedCorpus.Entity)] = []
        var after = 0
        func flush() throws {
            guard !entries.isEmpty else { return }
            let page = SyncFeedServer.render(entries, after: after, enclosures: host, link: link)
            let url = link(after).replacingOccurrences(of: "&amp;", with: "&")
            let read = try SyncFeedPage.read(Data(page.utf8), url: url)
            let result = try SyncFeedJoin.store(
                read, in: store, source: "tweedekamer", category: "Zaak", url: url, cursor: read.continuation)
            if !result.rejected.isEmpty { fail("rejected entries: \(result.rejected.prefix(3))") }
            after = entries.last!.sequence
            entries.removeAll(keepingCapacity: true)
        }
        for (number, line) in text.split(separator: "\n").enumerated() {
            guard let record = try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any] else {
                fail("\(corpus):\(number + 1): not a JSON object")
            }
            entries.append((number + 1, writer.zaak(record)))
            if entries.count == 250 { try flush() }
        }
        try flush()
        let joined = try SyncFeedJoin.joinDirtyRoots(in: store)
        note(
            "trackereval: harvested \(after) records into \(joined.added.count) deeds in \(String(format: "%.0f", Date().timeIntervalSince(started))) s"
        )
    }
    try FileManager.default.moveItem(atPath: partial, toPath: path)
}

do {
    if !FileManager.default.fileExists(atPath: database) {
        note("trackereval: harvesting \(corpus) into \(database) (once)")
        try harvest(corpus: corpus, into: database)
    }
    let store = try Store(path: database, opening: .existing)
    let ledger = try LedgerLoader.load(workspace: URL(fileURLWithPath: workspace))
    let motions = try LabelledMotion.load(URL(fileURLWithPath: labels))
    let sample = try options["stances"].map { try LabelledStance.load(URL(fileURLWithPath: $0)) } ?? []
    let linker = Linker(ledger: ledger)
    let statistics = try store.termStatistics(linker.searchStems)
    let terms = TermStatistics(documents: statistics.documents, frequencies: statistics.frequencies)
    var deeds: [Deed] = []
    for zaak in motions.map(\.zaak) + sample.map(\.zaak) {
        guard let deed = try store.deed(id: "tk:zaak:\(zaak)") else {
            fail("no deed for zaak \(zaak) in \(database)")
        }
        deeds.append(deed)
    }
    let links = Dictionary(grouping: linker.links(for: deeds, statistics: terms)) { link in
        String(link.deed.dropFirst("tk:zaak:".count))
    }
    let themes = MotionEvaluation.themes(of: motions, ledger: ledger)
    print(
        "Linker \(Linker.version), ledger \(workspace)/Commitments (\(ledger.pledges.count) pledges), \(motions.count) labelled motions; term statistics of \(statistics.documents) deeds"
    )
    for split in ["test", "tune"] {
        let part = motions.filter { $0.split == split }
        let evaluation = MotionEvaluation(motions: part, links: links, ledger: ledger, themes: themes)
        print("\n\(split) split: \(evaluation.motions) motions (\(evaluation.ambiguous) ambiguous, left out)")
        print(evaluation.table)
        print(evaluation.stanceByPledge.joined(separator: "\n"))
        guard options["details"] == split else { continue }
        let subjects = Dictionary(uniqueKeysWithValues: part.map { ($0.zaak, $0.subject) })
        let describe = { (zaak: String) in describeMotion(zaak, subject: subjects[zaak], links: links[zaak] ?? []) }
        printDetails(evaluation, describe: describe)
    }
    // Stance given a link: corpus motions linked to the pledges that collect the most motions (eval/stances.yaml).
    if let file = options["stances"] {
        for split in ["test", "tune"] {
            let part = sample.filter { $0.split == split }
            let evaluation = MotionEvaluation(
                motions: part.map(\.labelled), links: links, ledger: ledger, themes: themes)
            print("\nstance sample (\(file)), \(split) split: \(part.count) motions")
            print((evaluation.stanceLines + evaluation.stanceByPledge).joined(separator: "\n"))
            guard options["details"] == split else { continue }
            let subjects = Dictionary(part.map { ($0.zaak, $0.subject) }, uniquingKeysWith: { first, _ in first })
            printWrongStances(evaluation) { describeMotion($0, subject: subjects[$0], links: links[$0] ?? []) }
        }
    }
    // Real motions with their dictums, each linked as it stands in its file (subject line, dictum, dossier) and
    // measured the same way; the term statistics stay the corpus's. The dictum set per split, then the real motions
    // of 2023–2025, after the corpus (all held out).
    func evaluate(_ motions: [DictumMotion], heading: String, byPledge: Bool, details: Bool, noun: String = "motions") {
        let links = Dictionary(grouping: linker.links(for: motions.map(\.deed), statistics: terms), by: \.deed)
        let evaluation = MotionEvaluation(
            motions: motions.map(\.labelled), links: links, ledger: ledger, themes: themes)
        print(
            "\n\(heading): \(evaluation.motions) \(noun) (\(evaluation.ambiguous) ambiguous, left out); those on none of the five are counted as 'random'"
        )
        print(evaluation.table)
        if byPledge { print(evaluation.stanceByPledge.joined(separator: "\n")) }
        guard details else { return }
        let deeds = Dictionary(uniqueKeysWithValues: motions.map { ($0.deed.id, $0.deed) })
        let describe = { (id: String) in
            describeMotion(id, subject: deeds[id].map { "\($0.title) | \($0.dictum ?? "")" }, links: links[id] ?? [])
        }
        printDetails(evaluation, describe: describe)
    }
    if let file = options["dictums"] {
        let motions = try DictumMotion.load(URL(fileURLWithPath: file))
        for split in ["test", "tune"] {
            evaluate(
                motions.filter { $0.split == split }, heading: "dictum set (\(file)), \(split) split", byPledge: true,
                details: options["details"] == "dictums-\(split)")
        }
    }
    // --deeds FILE: letters, amendments and bills of the corpus, drawn from those linked at the evidence line and
    // those linked below it (eval/SOURCES.md, "An eighth set"), each linked as it stands in its file; per split.
    if let file = options["deeds"] {
        let deeds = try DictumMotion.load(URL(fileURLWithPath: file))
        for split in ["test", "tune"] {
            evaluate(
                deeds.filter { $0.split == split },
                heading: "letters, amendments and bills of 2008–2022 (\(file)), \(split) split", byPledge: false,
                details: options["details"] == "deeds-\(split)", noun: "deeds")
        }
    }
    // --later FILE[,FILE…]: each file's motions without a split are a held-out set of their own; those with one are
    // split into a part read after measuring (`tune`) and one never read (`test`).
    for later in options["later"]?.split(separator: ",").map(String.init) ?? [] {
        let motions = try DictumMotion.load(URL(fileURLWithPath: later))
        if motions.contains(where: { $0.split == nil }) {
            evaluate(
                motions.filter { $0.split == nil }, heading: "later motions (2023–2025, \(later))", byPledge: false,
                details: options["details"] == "later")
        }
        for split in ["test", "tune"] where motions.contains(where: { $0.split == split }) {
            evaluate(
                motions.filter { $0.split == split }, heading: "later motions of 2024–2025 (\(later)), \(split) split",
                byPledge: false, details: options["details"] == "later-\(split)")
        }
    }
} catch let error as LedgerInvalid {
    fail(error.problems.map(\.description).joined(separator: "\n"))
} catch {
    fail("\(error)")
}
