import ArgumentParser
import Core
import Deeds
import Foundation
import Ledger
import Publishing
import TrackerKit

extension Tracker {
    struct Validate: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Check Commitments/ and Scrapers/; print every problem as file:line:column, exit non-zero on any."
        )

        @OptionGroup var global: GlobalOptions

        func run() throws {
            let validation = Validation(workspace: global.resolved, reviewedDeeds: true)
            for problem in validation.problems { print(problem.description) }
            guard validation.passed, let ledger = validation.ledger else {
                let count = validation.problems.filter { $0.severity == .error }.count
                printError("\(count) problem\(count == 1 ? "" : "s") found")
                throw ExitCode(1)
            }
            if !global.quiet {
                print(
                    "ledger ok: \(ledger.themes.count) themes, \(ledger.documents.count) source documents, \(ledger.standards.count) standards, \(ledger.pledges.count) pledges, \(ledger.municipalities.count) municipalities, \(ledger.reviews.records.count) reviews"
                )
                print("sources ok: \(validation.sources.map(\.name).joined(separator: ", "))")
                print("coverage of the source documents (items named by a pledge, standard or fact):")
                for coverage in validation.coverage {
                    print("  \(coverage.summary)")
                    if !coverage.missing.isEmpty {
                        print("    not represented: \(coverage.missing.joined(separator: ", "))")
                    }
                }
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
            let (ledger, pledges) = try reporting { () throws -> (Ledger, [Pledge]) in
                let ledger = try global.resolved.loadLedger()
                let selection = try Selection(pledge: pledge, theme: theme, in: ledger)
                return (ledger, ledger.pledges.filter(selection.includes))
            }
            switch format {
            case .json:
                print(try JSONOutput.encode(pledges.map { PledgeView($0, ledger: ledger) }))
            case .table:
                // Dutch for the analyst (docs/cli.md); the JSON keeps its English keys and values.
                var table = TextTable(
                    headers: ["BELOFTE", "WIE", "THEMA'S", "RECHTEN", "TEKST"], maxWidths: [nil, 12, 40, nil, 70])
                for p in pledges {
                    table.append([
                        p.id, p.actor, p.themes.joined(separator: ","), Dutch.direction(p.rights.direction), p.text,
                    ])
                }
                print(table.render(width: Terminal.width))
            }
        }
    }

    struct Standards: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "List the rights standards of the ledger.")

        @OptionGroup var global: GlobalOptions
        @Option(help: "Only standards on this theme.") var theme: String?
        @Option(help: "table or json.") var format: OutputFormat = .table

        func run() throws {
            let (ledger, standards) = try reporting { () throws -> (Ledger, [Standard]) in
                let ledger = try global.resolved.loadLedger()
                _ = try Selection(pledge: nil, theme: theme, in: ledger)
                return (ledger, ledger.standards.filter { s in theme.map { s.themes.contains($0) } ?? true })
            }
            switch format {
            case .json:
                print(try JSONOutput.encode(standards.map { StandardView($0, ledger: ledger) }))
            case .table:
                var table = TextTable(headers: ["NORM", "NIVEAU", "THEMA'S", "TEKST"], maxWidths: [nil, nil, 40, 80])
                for s in standards { table.append([s.id, s.scope.dutch, s.themes.joined(separator: ","), s.text]) }
                print(table.render(width: Terminal.width))
            }
        }
    }

    struct Deeds: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "List the deeds in the database.")

        @OptionGroup var global: GlobalOptions
        @Option(help: "Only deeds linked to this pledge.") var pledge: String?
        @Option(help: "Only deeds linked to pledges on this theme.") var theme: String?
        @Option(help: "table, json or csv.") var format: SeriesFormat = .table

        func run() throws {
            let deeds = try reporting { try Queries.deeds(global.resolved, pledge: pledge, theme: theme) }
            switch format {
            case .json:
                try JSONOutput.writeArray(deeds, as: DeedView.init) { print($0, terminator: "") }
                print("")
            case .csv:
                print(DeedView.csv(deeds), terminator: "")
            case .table:
                var table = TextTable(
                    headers: ["DAAD", "SOORT", "DATUM", "UITKOMST", "ADVIES", "TITEL"],
                    maxWidths: [nil, nil, nil, nil, 16, 80])
                for deed in deeds {
                    table.append([
                        deed.id, deed.kind.dutch, deed.date?.description ?? "", deed.standing.outcome?.label ?? "",
                        deed.cabinetAppraisal ?? "", deed.title,
                    ])
                }
                print(table.render(width: Terminal.width))
            }
        }
    }

    struct Links: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "List the links between deeds and pledges.")

        @OptionGroup var global: GlobalOptions
        @Option(help: "Only links to this pledge.") var pledge: String?
        @Option(help: "Only links to pledges on this theme.") var theme: String?
        @Option(
            help:
                "Only links of at least this confidence (0–1; the scorer's evidence line is 0.5), and those an analyst confirmed."
        ) var minConfidence: Double = 0
        @Option(help: "table, json or csv.") var format: SeriesFormat = .table

        func validate() throws {
            if !(0...1).contains(minConfidence) {
                throw ValidationError("--min-confidence must be between 0 and 1, e.g. 0.5")
            }
        }

        func run() throws {
            let (ledger, links, deeds) = try reporting {
                try Queries.links(global.resolved, pledge: pledge, theme: theme, minConfidence: minConfidence)
            }
            switch format {
            case .json:
                print(try JSONOutput.encode(links.map { LinkView($0, ledger: ledger, deed: deeds[$0.deed]) }))
            case .csv:
                print(LinkView.csv(links, ledger: ledger, deeds: deeds), terminator: "")
            case .table:
                var table = TextTable(
                    // Dutch for the analyst (docs/cli.md); the JSON keeps its English keys.
                    headers: [
                        "BELOFTE", "DAAD", "ZEKERHEID", "STAND", "METHODE", "OORDEEL", "UITKOMST", "ADVIES",
                        "WAAROM",
                    ],
                    maxWidths: [nil, nil, nil, nil, nil, nil, 12, 16, 90])
                for link in links {
                    let review = ledger.reviews.decision(pledge: link.pledge, deed: link.deed)
                    let deed = deeds[link.deed]
                    table.append([
                        link.pledge, link.deed, Dutch.decimal(link.confidence), link.stance.dutch,
                        link.method.dutch, review?.verdict.dutch ?? "", deed?.standing.outcome?.label ?? "",
                        deed?.cabinetAppraisal ?? "", link.explanation,
                    ])
                }
                print(table.render(width: Terminal.width))
            }
        }
    }
}
