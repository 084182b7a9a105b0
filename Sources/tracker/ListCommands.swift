import ArgumentParser
import Foundation
import TrackerKit

extension Tracker {
    struct Validate: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Check Commitments/ and Scrapers/; print every problem as file:line:column, exit non-zero on any.")

        @OptionGroup var global: GlobalOptions

        func run() throws {
            let root = global.resolved.root
            let (ledger, ledgerProblems) = LedgerLoader.validate(workspace: root)
            let (sources, sourceProblems) = SourceLoader.load(workspace: root)
            var problems = ledgerProblems + sourceProblems
            if let ledger { problems += SourceLoader.crossCheck(sources, ledger: ledger) }
            problems.sort()
            for problem in problems { print(problem.description) }
            guard problems.isEmpty, let ledger else {
                printError("\(problems.count) problem\(problems.count == 1 ? "" : "s") found")
                throw ExitCode(1)
            }
            if !global.quiet {
                print("ledger ok: \(ledger.themes.count) themes, \(ledger.documents.count) source documents, \(ledger.standards.count) standards, \(ledger.pledges.count) pledges, \(ledger.municipalities.count) municipalities")
                print("sources ok: \(sources.map(\.name).joined(separator: ", "))")
            }
        }
    }

    struct Pledges: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "List the pledges of the ledger.")

        @OptionGroup var global: GlobalOptions
        @Option(help: "Only pledges on this theme.") var theme: String?
        @Option(help: "Only this pledge.") var pledge: String?
        @Option(help: "table or json.") var format: OutputFormat = .table

        func run() throws {
            let ledger = try reporting { try global.resolved.loadLedger() }
            let pledges = ledger.pledges.filter { p in
                (theme.map { p.themes.contains($0) } ?? true) && (pledge.map { p.id == $0 } ?? true)
            }
            switch format {
            case .json:
                print(try JSONOutput.encode(pledges.map { PledgeView($0, ledger: ledger) }))
            case .table:
                var table = TextTable(headers: ["ID", "ACTOR", "THEMES", "RIGHTS", "TEXT"], maxWidths: [nil, 12, 40, nil, 70])
                for p in pledges {
                    table.append([p.id, p.actor, p.themes.joined(separator: ","), p.rights.direction.rawValue, p.text])
                }
                print(table.render())
            }
        }
    }

    struct Standards: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "List the rights standards of the ledger.")

        @OptionGroup var global: GlobalOptions
        @Option(help: "Only standards on this theme.") var theme: String?
        @Option(help: "table or json.") var format: OutputFormat = .table

        func run() throws {
            let ledger = try reporting { try global.resolved.loadLedger() }
            let standards = ledger.standards.filter { s in theme.map { s.themes.contains($0) } ?? true }
            switch format {
            case .json:
                print(try JSONOutput.encode(standards.map { StandardView($0, ledger: ledger) }))
            case .table:
                var table = TextTable(headers: ["ID", "SCOPE", "THEMES", "TEXT"], maxWidths: [nil, nil, 40, 80])
                for s in standards { table.append([s.id, s.scope.rawValue, s.themes.joined(separator: ","), s.text]) }
                print(table.render())
            }
        }
    }

    struct Deeds: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "List the deeds in the database.")

        @OptionGroup var global: GlobalOptions
        @Option(help: "Only deeds linked to this pledge.") var pledge: String?
        @Option(help: "Only deeds linked to pledges on this theme.") var theme: String?
        @Option(help: "table or json.") var format: OutputFormat = .table

        func run() throws {
            let workspace = global.resolved
            let deeds = try reporting { () throws -> [Deed] in
                let store = try workspace.openStore()
                let deeds = try store.deeds()
                guard pledge != nil || theme != nil else { return deeds }
                let ledger = try workspace.loadLedger()
                let wanted = Set(ledger.pledges.filter { p in
                    (pledge.map { p.id == $0 } ?? true) && (theme.map { p.themes.contains($0) } ?? true)
                }.map(\.id))
                let linked = Set(try store.links().filter { wanted.contains($0.pledge) }.map(\.deed))
                return deeds.filter { linked.contains($0.id) }
            }
            switch format {
            case .json:
                print(try JSONOutput.encode(deeds.map(DeedView.init)))
            case .table:
                var table = TextTable(headers: ["ID", "KIND", "DATE", "OUTCOME", "TITLE"], maxWidths: [nil, nil, nil, nil, 80])
                for deed in deeds {
                    table.append([deed.id, deed.kind.rawValue, deed.date?.description ?? "", deed.outcome?.label ?? "", deed.title])
                }
                print(table.render())
            }
        }
    }

    struct Links: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "List the links between deeds and pledges.")

        @OptionGroup var global: GlobalOptions
        @Option(help: "Only links to this pledge.") var pledge: String?
        @Option(help: "Only links to pledges on this theme.") var theme: String?
        @Option(help: "table or json.") var format: OutputFormat = .table

        func run() throws {
            let workspace = global.resolved
            let (ledger, links) = try reporting { () throws -> (Ledger, [Link]) in
                let ledger = try workspace.loadLedger()
                let links = try workspace.openStore().links(pledge: pledge).filter { link in
                    theme.map { ledger.pledge(link.pledge)?.themes.contains($0) ?? false } ?? true
                }
                return (ledger, links)
            }
            switch format {
            case .json:
                print(try JSONOutput.encode(links.map { LinkView($0, ledger: ledger) }))
            case .table:
                var table = TextTable(headers: ["PLEDGE", "DEED", "CONF", "STANCE", "METHOD", "WHY"], maxWidths: [nil, nil, nil, nil, nil, 90])
                for link in links {
                    table.append([link.pledge, link.deed, String(format: "%.2f", link.confidence), link.stance.rawValue, link.method.rawValue, link.explanation])
                }
                print(table.render())
            }
        }
    }

    struct Scorecard: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Score every pledge from its linked deeds.")

        @OptionGroup var global: GlobalOptions
        @Option(help: "Score as of this date (YYYY-MM-DD; default today).") var asOf: String?
        @Option(help: "table or json.") var format: OutputFormat = .table

        func run() throws {
            let workspace = global.resolved
            var day = Day.today()
            if let asOf {
                guard let parsed = Day(asOf), asOf.count == 10 else {
                    throw ValidationError("--as-of '\(asOf)' is not a date; expected YYYY-MM-DD")
                }
                day = parsed
            }
            let (ledger, scores, deeds) = try reporting { () throws -> (Ledger, [PledgeScore], [Deed]) in
                let ledger = try workspace.loadLedger()
                let store = try workspace.openStore()
                let deeds = try store.deeds(asOf: day)
                let scores = Scorer().scorecard(ledger, links: try store.links(), deeds: deeds, asOf: day)
                return (ledger, scores, deeds)
            }
            switch format {
            case .json: print(try JSONOutput.encode(scores.map(ScoreView.init)))
            case .table: print(ScorecardText(ledger: ledger, scores: scores, deeds: deeds).render())
            }
        }
    }
}
