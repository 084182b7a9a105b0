import CExchange
import Core
import Foundation
import Ledger
import Publishing

/// `tracker publish`: the letters, feeds and scorecard as one folder with an index, written whole or not at all.
package enum Publication {
    /// The file that marks a folder as written by `publish`: only such a folder is ever replaced.
    package static let marker = ".tracker-publish"

    /// Every file of the published folder, by name, as of `asOf`; the same inputs give the same bytes.
    package static func files(_ workspace: Workspace, asOf: Day, since: Day?) throws -> [String: String] {
        let templates = try LetterTemplates(folder: workspace.templates)
        let inputs = try PublishQueries.inputs(workspace, asOf: asOf)
        let ledger = inputs.ledger
        var files: [String: String] = [:]
        var index = IndexContent(
            date: Dutch.date(asOf), since: since.map(Dutch.date) ?? "", hasSince: since != nil, letters: [],
            reports: [], hasReports: false, feeds: [],
            provenance: inputs.provenance, hasRun: inputs.provenance.run != nil,
            run: inputs.provenance.run.map(String.init) ?? "")

        func letter(_ recipient: LetterRecipient, themes: [String], title: String) {
            let name = "brief-\(recipient.slug)" + (themes.first.map { "-\($0)" } ?? "")
            for format in LetterFormat.allCases {
                let content = PublishQueries.letter(
                    inputs, to: recipient, themes: themes, since: since, format: format)
                files["\(name).\(format.rawValue)"] = templates.render(content, format: format)
            }
            index.letters.append(.init(title: title, markdown: "\(name).md", html: "\(name).html"))
        }
        // Letters on the pledges each recipient holds to account on the folder's day, as `tracker letter` writes
        // them: none about nothing.
        let terms = ledger.rubric?.terms ?? []
        let national = ledger.pledges.filter { LetterRecipient.tweedeKamer.holds($0, on: asOf, terms: terms) }
        if !national.isEmpty { letter(.tweedeKamer, themes: [], title: "Aan de Tweede Kamer: alle thema's") }
        for theme in ledger.themes where national.contains(where: { $0.themes.contains(theme.id) }) {
            letter(.tweedeKamer, themes: [theme.id], title: "Aan de Tweede Kamer: \(theme.nameNL)")
        }
        for municipality in ledger.municipalities
        where ledger.pledges.contains(where: {
            LetterRecipient.municipality(municipality.id).holds($0, on: asOf, terms: terms)
        }) {
            letter(
                .municipality(municipality.id), themes: [], title: "Aan de gemeenteraad van \(municipality.name)")
        }

        // Each council's annual report over every whole year before the folder's day from its first pledge on
        // (docs/publishing.md), newest first: a report's address stays when the next year's is added.
        for municipality in ledger.municipalities {
            let first = ledger.pledges.filter { $0.municipality == municipality.id }.map(\.date.year).min()
            guard let first, first < asOf.year else { continue }
            var years: [IndexContent.ReportLinks.Year] = []
            for year in (first..<asOf.year).reversed() {
                let name = "jaarverslag-gemeente-\(municipality.id)-\(year)"
                for format in LetterFormat.allCases {
                    let report = PublishQueries.annualReport(
                        inputs, municipality: municipality.id, year: year, format: format)
                    files["\(name).\(format.rawValue)"] = try templates.render(report, format: format)
                }
                years.append(
                    .init(year: String(year), markdown: "\(name).md", html: "\(name).html", last: year == first))
            }
            index.reports.append(.init(municipality: municipality.name, years: years))
        }
        index.hasReports = !index.reports.isEmpty

        files["feed.json"] = try JSONOutput.encode(PublishQueries.feed(inputs, since: since, theme: nil)) + "\n"
        index.feeds.append(.init(title: "Alle thema's", file: "feed.json"))
        for theme in ledger.themes where ledger.pledges.contains(where: { $0.themes.contains(theme.id) }) {
            let name = "feed-\(theme.id).json"
            files[name] = try JSONOutput.encode(PublishQueries.feed(inputs, since: since, theme: theme.id)) + "\n"
            index.feeds.append(.init(title: theme.nameNL, file: name))
        }

        // The scorecard of the same inputs as the letters and feeds: one reading of the ledger and the database.
        let card = try PublishQueries.scorecard(inputs)
        let rows = card.scores.map { ScoreView($0, run: card.run?.id, ledger: card.ledger, deeds: card.deeds) }
        files["scorecard.json"] = try JSONOutput.encode(rows) + "\n"
        files["scorecard.csv"] = ScoreView.csv(rows)
        files["scorecard.html"] = try PublishQueries.scorecardPage(inputs, card: card, templates: templates)
        guard let page = templates.render(index, template: "index.html") else {
            throw RequestError(
                "no template index.html.mustache in \(workspace.templates.path); expected the published folder's index (docs/publishing.md)"
            )
        }
        files["index.html"] = page
        files[marker] =
            "Written by tracker publish as of \(asOf); replaced whole by the next publish. Ledger \(inputs.provenance.ledgerHash).\n"
        return files
    }

    /// Writes `files` to `folder` atomically: into a new folder beside it, which then takes its place (exchanged
    /// with the old one in one step where Linux allows it). An existing folder is replaced only when it is empty
    /// or `publish` wrote it (it holds `.tracker-publish`); on any failure the old folder stays as it was and the
    /// new one is removed.
    package static func write(_ files: [String: String], to folder: URL) throws {
        let manager = FileManager.default
        let parent = folder.deletingLastPathComponent()
        var isFolder: ObjCBool = false
        guard manager.fileExists(atPath: parent.path, isDirectory: &isFolder), isFolder.boolValue else {
            throw RequestError("cannot publish to \(folder.path): the folder \(parent.path) does not exist")
        }
        if manager.fileExists(atPath: folder.path, isDirectory: &isFolder) {
            let contents = (try? manager.contentsOfDirectory(atPath: folder.path)) ?? []
            guard isFolder.boolValue, contents.isEmpty || contents.contains(marker) else {
                throw RequestError(
                    "\(folder.path) exists and was not written by tracker publish (it has no \(marker)); expected a new or empty folder, or one publish wrote"
                )
            }
        }
        removeLeftovers(of: folder)
        let stamp = "\(ProcessInfo.processInfo.processIdentifier)-\(UUID().uuidString.prefix(8))"
        let fresh = parent.appendingPathComponent(".\(folder.lastPathComponent).new-\(stamp)")
        let old = parent.appendingPathComponent(".\(folder.lastPathComponent).old-\(stamp)")
        do {
            try manager.createDirectory(at: fresh, withIntermediateDirectories: false)
            for (name, text) in files.sorted(by: { $0.key < $1.key }) {
                try Data(text.utf8).write(to: fresh.appendingPathComponent(name))
            }
            if manager.fileExists(atPath: folder.path) {
                if tracker_exchange(fresh.path, folder.path) == 0 {
                    // One step: readers see the old folder or the new one, and never no folder.
                    try? manager.removeItem(at: fresh)
                } else {
                    // A kernel or file system that cannot exchange: two renames, so the folder is briefly
                    // absent, though never half-written.
                    try manager.moveItem(at: folder, to: old)
                    do {
                        try manager.moveItem(at: fresh, to: folder)
                    } catch {
                        try? manager.moveItem(at: old, to: folder)
                        throw error
                    }
                    try? manager.removeItem(at: old)
                }
            } else {
                try manager.moveItem(at: fresh, to: folder)
            }
        } catch let error as RequestError {
            try? manager.removeItem(at: fresh)
            throw error
        } catch {
            try? manager.removeItem(at: fresh)
            throw RequestError("cannot publish to \(folder.path): \(error.localizedDescription)")
        }
    }
}

extension Publication {
    /// Removes what an earlier publish to `folder` left beside it when it was killed: `.NAME.new-PID-…` and
    /// `.NAME.old-PID-…` folders of a process that is no longer running, and only when they are empty or hold the
    /// marker (written first), so that nothing publish did not write is touched.
    static func removeLeftovers(of folder: URL) {
        let manager = FileManager.default
        let parent = folder.deletingLastPathComponent()
        let prefixes = [".\(folder.lastPathComponent).new-", ".\(folder.lastPathComponent).old-"]
        for name in (try? manager.contentsOfDirectory(atPath: parent.path)) ?? [] {
            guard let prefix = prefixes.first(where: name.hasPrefix),
                let pid = Int32(name.dropFirst(prefix.count).prefix { $0 != "-" }),
                kill(pid, 0) != 0, errno == ESRCH
            else { continue }
            let leftover = parent.appendingPathComponent(name)
            let contents = (try? manager.contentsOfDirectory(atPath: leftover.path)) ?? [marker]
            if contents.isEmpty || contents.contains(marker) { try? manager.removeItem(at: leftover) }
        }
    }
}

/// What `Templates/index.html.mustache` shows: the letters, annual reports, feeds and scorecard of a published folder.
package struct IndexContent: Sendable {
    package struct LetterLink: Sendable {
        package var title: String
        package var markdown: String
        package var html: String
    }

    /// A council's annual reports, newest year first.
    package struct ReportLinks: Sendable {
        package struct Year: Sendable {
            package var year: String
            package var markdown: String
            package var html: String
            /// The oldest: no separator after it.
            package var last: Bool
        }

        package var municipality: String
        package var years: [Year]
    }

    package struct FeedLink: Sendable {
        package var title: String
        package var file: String
    }

    package var date: String
    package var since: String
    package var hasSince: Bool
    package var letters: [LetterLink]
    /// The councils' annual reports (`tracker annual-report`), a council's years on one line.
    package var reports: [ReportLinks]
    package var hasReports: Bool
    package var feeds: [FeedLink]
    package var provenance: Provenance
    package var hasRun: Bool
    package var run: String
}
