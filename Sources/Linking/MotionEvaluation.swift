import Core
import Foundation
import Ledger

/// One motion of the labelled evaluation set (`eval/motions.yaml`, described in `eval/SOURCES.md`).
package struct LabelledMotion: Sendable, Hashable {
    /// How the motion came into the set.
    package enum Group: String, Sendable, Hashable, CaseIterable {
        /// Found by searching for a theme.
        case theme
        /// The seeded random sample of all motions.
        case random
        /// A theme's word, off the theme.
        case trap
    }

    /// An analyst's stance of the motion towards one pledge.
    package struct StanceLabel: Sendable, Hashable {
        package var pledge: String
        package var value: Link.Stance

        /// The `stance: {pledge, value}` of a labelled motion, if it has one; problems go to `reader`.
        static func read(_ fields: YAMLFields, motion: String, reader: YAMLReader) -> StanceLabel? {
            guard let node = fields.value("stance"),
                let label = reader.fields(node, of: "the stance of \(motion)", allowed: ["pledge", "value"]),
                let pledge = label.string("pledge"),
                let value = label.choice("value", from: Link.Stance.allCases.map(\.rawValue)).flatMap(Link.Stance.init)
            else { return nil }
            return StanceLabel(pledge: pledge, value: value)
        }
    }

    /// The Zaak number (`2016Z11581`).
    package var zaak: String
    package var subject: String
    package var group: Group
    /// The themes it bears on; empty: none of the labelled themes; nil: ambiguous, left out of measurement.
    package var themes: Set<String>?
    package var stance: StanceLabel?
    /// `tune` or `test`.
    package var split: String

    package init(
        zaak: String, subject: String, group: Group, themes: Set<String>?, stance: StanceLabel?, split: String
    ) {
        self.zaak = zaak
        self.subject = subject
        self.group = group
        self.themes = themes
        self.stance = stance
        self.split = split
    }

    /// Reads the labelled set; every problem with its line.
    package static func load(_ url: URL) throws -> [LabelledMotion] {
        try readMotions(
            url, of: "the labelled set",
            allowed: ["zaak", "date", "subject", "dossier", "appraisal", "group", "themes", "stance", "split", "note"]
        ) { fields, reader in
            guard let zaak = fields.string("zaak"), let subject = fields.string("subject"),
                let group = fields.choice("group", from: Group.allCases.map(\.rawValue)).flatMap(Group.init),
                let split = fields.choice("split", from: ["tune", "test"])
            else { return nil }
            let themes = fields.value("themes") == nil ? nil : Set(fields.strings("themes").map(\.0))
            let stance = StanceLabel.read(fields, motion: zaak, reader: reader)
            return LabelledMotion(
                zaak: zaak, subject: subject, group: group, themes: themes, stance: stance, split: split)
        }
    }
}

/// Reads a file of labelled motions — `motions:`, a list of records with the `allowed` fields — each record by
/// `record`; every problem with its file and line.
func readMotions<Motion>(
    _ url: URL, of what: String, allowed: [String], record: (YAMLFields, YAMLReader) -> Motion?
) throws -> [Motion] {
    guard let data = FileManager.default.contents(atPath: url.path) else {
        throw LedgerInvalid(problems: [Problem(SourceLocation(file: url.path, line: 0, column: 0), "file is missing")])
    }
    let reader = YAMLReader(file: url.lastPathComponent, text: String(decoding: data, as: UTF8.self))
    let root = reader.fields(reader.root, of: what, allowed: ["motions"])
    var motions: [Motion] = []
    for item in reader.items(root?.value("motions"), of: "motions") {
        guard let fields = reader.fields(item, of: "a motion", allowed: allowed), let motion = record(fields, reader)
        else { continue }
        motions.append(motion)
    }
    guard reader.problems.isEmpty else { throw LedgerInvalid(problems: reader.problems) }
    return motions
}

/// How well the linker finds the themes of labelled motions, stays off unrelated ones and reads their stance.
///
/// A motion is linked to a theme when it has a link at or above `threshold` to a pledge of that theme.
/// Per theme: recall is the share of the motions labelled with it that are linked to it; precision the
/// share of the motions linked to it that are labelled with it. Only the labelled themes are judged, so
/// a link to a pledge of another theme (equal treatment, humanitarian law) is neither right nor wrong;
/// it is counted apart. Ambiguous motions (`themes: null`) are left out. Stance is judged on the motions
/// with a stance label: right when the link to the labelled pledge, at any stored confidence, has that
/// stance; a missing link is wrong.
package struct MotionEvaluation: Sendable {
    package struct ThemeRow: Sendable, Hashable {
        package var theme: String
        /// Motions labelled with the theme, and how many of them are linked to it.
        package var labelled = 0
        package var found = 0
        /// Motions linked to the theme, and how many of them are labelled with it.
        package var linked = 0
        package var right = 0
        package var missed: [String] = []
        package var wrong: [String] = []

        package var recall: Double { labelled == 0 ? 1 : Double(found) / Double(labelled) }
        package var precision: Double { linked == 0 ? 1 : Double(right) / Double(linked) }
    }

    /// The Wilson score interval (95%) of `successes` in `trials`: where the true share may lie, given so few
    /// motions (19 labelled motions found 11 times: 0.36 to 0.77). Nil without trials.
    package static func wilson(_ successes: Int, of trials: Int) -> ClosedRange<Double>? {
        guard trials > 0 else { return nil }
        let z = 1.959964
        let n = Double(trials)
        let share = Double(successes) / n
        let centre = share + z * z / (2 * n)
        let spread = z * (share * (1 - share) / n + z * z / (4 * n * n)).squareRoot()
        let scale = 1 + z * z / n
        return max(0, (centre - spread) / scale)...min(1, (centre + spread) / scale)
    }

    /// `wilson` as the tables print it ("0.36–0.77"); "–" without trials.
    static func interval(_ successes: Int, of trials: Int) -> String {
        wilson(successes, of: trials).map { String(format: "%.2f–%.2f", $0.lowerBound, $0.upperBound) } ?? "–"
    }

    /// One stance judgement: the label, and the linker's stance (nil: no link to the pledge).
    package struct StanceCase: Sendable, Hashable {
        package var zaak: String
        package var label: LabelledMotion.StanceLabel
        package var found: Link.Stance?
        package var right: Bool { found == label.value }
    }

    package var threshold: Double
    package var motions = 0
    package var ambiguous = 0
    package var rows: [ThemeRow]
    /// Random motions on none of the labelled themes, and those linked to one of them.
    package var unrelated = 0
    package var unrelatedLinked: [String] = []
    /// Of those, the ones with a link at the threshold to a pledge of any theme.
    package var unrelatedLinkedAnywhere: [String] = []
    package var traps = 0
    package var trapsLinked: [String] = []
    package var trapsLinkedAnywhere: [String] = []
    package var stances: [StanceCase] = []

    /// The themes judged: those the labels use, in the ledger's order.
    package static func themes(of motions: [LabelledMotion], ledger: Ledger) -> [String] {
        let used = Set(motions.flatMap { $0.themes ?? [] })
        return ledger.themes.map(\.id).filter(used.contains)
    }

    /// - Parameter links: the links of each motion, by its zaak number.
    package init(
        motions labelled: [LabelledMotion], links: [String: [Link]], ledger: Ledger, themes: [String],
        threshold: Double = 0.5
    ) {
        self.threshold = threshold
        let themesOf = Dictionary(uniqueKeysWithValues: ledger.pledges.map { ($0.id, Set($0.themes)) })
        var rows = themes.map { ThemeRow(theme: $0) }
        let judged = Set(themes)
        for motion in labelled {
            motions += 1
            let all = links[motion.zaak] ?? []
            if let label = motion.stance {
                let link = all.first { $0.pledge == label.pledge }
                stances.append(StanceCase(zaak: motion.zaak, label: label, found: link?.stance))
            }
            guard let expected = motion.themes else {
                ambiguous += 1
                continue
            }
            let strong = all.filter { $0.confidence >= threshold }
            let linkedThemes = Set(strong.flatMap { themesOf[$0.pledge] ?? [] })
            for index in rows.indices {
                let theme = rows[index].theme
                if expected.contains(theme) {
                    rows[index].labelled += 1
                    if linkedThemes.contains(theme) {
                        rows[index].found += 1
                    } else {
                        rows[index].missed.append(motion.zaak)
                    }
                }
                if linkedThemes.contains(theme) {
                    rows[index].linked += 1
                    if expected.contains(theme) {
                        rows[index].right += 1
                    } else {
                        rows[index].wrong.append(motion.zaak)
                    }
                }
            }
            let onJudged = !linkedThemes.isDisjoint(with: judged)
            switch motion.group {
            case .random where expected.isEmpty:
                unrelated += 1
                if onJudged { unrelatedLinked.append(motion.zaak) }
                if !strong.isEmpty { unrelatedLinkedAnywhere.append(motion.zaak) }
            case .trap:
                traps += 1
                if onJudged { trapsLinked.append(motion.zaak) }
                if !strong.isEmpty { trapsLinkedAnywhere.append(motion.zaak) }
            default: break
            }
        }
        self.rows = rows
    }

    /// All judged themes together: motion-theme pairs summed over the rows.
    package var total: ThemeRow {
        rows.reduce(into: ThemeRow(theme: "all")) { sum, row in
            sum.labelled += row.labelled
            sum.found += row.found
            sum.linked += row.linked
            sum.right += row.right
        }
    }

    /// The stance cases of the motions labelled `supports` or `opposes`.
    package var directedStances: [StanceCase] { stances.filter { $0.label.value != .mentions } }

    /// The table `make eval` prints.
    package var table: String {
        func ratio(_ value: Double) -> String { String(format: "%.2f", value) }
        func percent(_ part: Int, _ whole: Int) -> String {
            String(format: "%.1f%%", whole == 0 ? 0 : 100 * Double(part) / Double(whole))
        }
        func line(_ row: ThemeRow, name: String) -> String {
            name.padding(toLength: 26, withPad: " ", startingAt: 0)
                + [
                    "\(row.labelled)", "\(row.found)", ratio(row.recall), Self.interval(row.found, of: row.labelled),
                    "\(row.linked)", "\(row.right)", ratio(row.precision),
                ].map { $0.leftPadded(to: 10) }.joined()
        }
        let cut = String(format: "%.2f", threshold)
        var lines = [
            "theme".padding(toLength: 26, withPad: " ", startingAt: 0)
                + ["labelled", "found", "recall", "95%", "linked", "right", "precision"].map { $0.leftPadded(to: 10) }
                .joined()
        ]
        lines += rows.map { line($0, name: $0.theme) }
        lines.append(line(total, name: "all themes"))
        lines += [
            "",
            "random, on no theme: \(unrelatedLinked.count) of \(unrelated) linked at ≥ \(cut) to a theme's pledge (\(percent(unrelatedLinked.count, unrelated))); to any pledge: \(unrelatedLinkedAnywhere.count)",
            "traps: \(trapsLinked.count) of \(traps) linked at ≥ \(cut) to a theme's pledge; to any pledge: \(trapsLinkedAnywhere.count)",
        ]
        lines += stanceLines
        if !unrelatedLinked.isEmpty { lines.append("  unrelated linked: " + unrelatedLinked.joined(separator: ", ")) }
        if !trapsLinked.isEmpty { lines.append("  traps linked: " + trapsLinked.joined(separator: ", ")) }
        return lines.joined(separator: "\n")
    }
}

extension MotionEvaluation {
    /// Supports/opposes labels counted: right, and the wrong ones told apart (no link to the labelled pledge, read as
    /// `mentions`, turned round).
    struct Tally {
        let all: Int
        let right: Int
        let unlinked: Int
        let unread: Int
        var turned: Int { all - right - unlinked - unread }

        init(_ cases: [StanceCase]) {
            all = cases.count
            right = cases.filter(\.right).count
            unlinked = cases.filter { $0.found == nil }.count
            unread = cases.filter { $0.found == .mentions }.count
        }
    }

    /// Stance accuracy: on `supports`/`opposes` labels (the wrong ones told apart: no link to the labelled pledge at
    /// all, read as `mentions`, or turned round, the harmful error), and on `mentions` labels.
    package var stanceLines: [String] {
        let directed = Tally(directedStances)
        let mentions = stances.filter { $0.label.value == .mentions }
        var share = String(format: "%.2f", directed.all == 0 ? 1 : Double(directed.right) / Double(directed.all))
        if directed.all > 0 { share += ", 95%: " + Self.interval(directed.right, of: directed.all) }
        return [
            "stance, supports/opposes: \(directed.right) of \(directed.all) right (\(share)); \(directed.unlinked) without a link to the labelled pledge, \(directed.unread) read as mentions, \(directed.turned) turned round",
            "stance, mentions: \(mentions.filter(\.right).count) of \(mentions.count) right",
        ]
    }

    /// Per labelled pledge: supports/opposes right of labelled, and mentions right of labelled.
    package var stanceByPledge: [String] {
        let pledges = Array(Set(stances.map(\.label.pledge))).sorted()
        return pledges.map { pledge in
            let cases = stances.filter { $0.label.pledge == pledge }
            let directed = Tally(cases.filter { $0.label.value != .mentions })
            let mentions = cases.filter { $0.label.value == .mentions }
            let wrong =
                directed.all == directed.right
                ? "" : " (\(directed.unlinked) no link, \(directed.unread) as mentions, \(directed.turned) turned)"
            return
                "  \(pledge): supports/opposes \(directed.right) of \(directed.all)\(wrong), mentions \(mentions.filter(\.right).count) of \(mentions.count)"
        }
    }
}

extension String {
    fileprivate func leftPadded(to width: Int) -> String {
        count >= width ? " " + self : String(repeating: " ", count: width - count) + self
    }
}
