import Core
import Foundation
import Harvest
import TestSupport
import Testing

/// A `Scrapers/` folder of its own, holding one source definition.
struct ScrapersFolder {
    let root = Fixtures.temporaryFolder()

    init(_ name: String, _ text: String) throws {
        let folder = root.appendingPathComponent("Scrapers")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        try text.write(to: folder.appendingPathComponent(name), atomically: true, encoding: .utf8)
    }

    func load() -> ([SourceDefinition], [String]) {
        let (definitions, problems) = SourceLoader.load(workspace: root)
        return (definitions, problems.map(\.description))
    }
}

@Suite("Source definitions (Scrapers/*.yaml): every problem with file, line and what was expected")
struct SourceLoaderTests {
    @Test("The shipped definitions load: a SyncFeed, an SRU search and a council's pages")
    func shipped() {
        let (definitions, problems) = SourceLoader.load(workspace: Fixtures.workspace)
        #expect(problems == [])
        #expect(definitions.map(\.name) == ["gemeente-den-helder", "officielebekendmakingen", "tweedekamer"])
        #expect(definitions.map(\.kind) == [.councilHTML, .sru, .syncfeed])
        #expect(definitions[2].categories.contains("Zaak"))
        #expect(definitions[0].council?.municipality == "den-helder")
    }

    @Test("An unknown kind, an endpoint that is not a URL and a misspelt field")
    func basics() throws {
        let folder = try ScrapersFolder(
            "feed.yaml",
            """
            name: feed
            kind: rss
            endpoint: gegevensmagazijn.tweedekamer.nl
            categorie: [Zaak]

            """)
        let (definitions, problems) = folder.load()
        #expect(definitions.isEmpty)
        #expect(
            problems == [
                "Scrapers/feed.yaml:2:7: 'kind' of source 'feed' is 'rss'; expected one of: syncfeed, sru, council-html",
                "Scrapers/feed.yaml:3:11: 'endpoint' is 'gegevensmagazijn.tweedekamer.nl'; expected an http(s) URL",
                "Scrapers/feed.yaml:4:1: unknown field 'categorie' in a source definition; expected one of: name, kind, description, endpoint, categories, http, sru, council (did you mean 'categories'?)",
            ])
    }

    @Test("A name that differs from the file, an unknown SyncFeed category and an HTTP setting out of range")
    func syncfeed() throws {
        let folder = try ScrapersFolder(
            "tk.yaml",
            """
            name: tweedekamer
            kind: syncfeed
            endpoint: https://gegevensmagazijn.tweedekamer.nl/SyncFeed/2.0/Feed
            categories: [Zaak, Motie]
            http:
              pause: 120
              retries: 2.5

            """)
        let (definitions, problems) = folder.load()
        #expect(definitions.map(\.name) == ["tweedekamer"])
        #expect(
            problems == [
                "Scrapers/tk.yaml:1:7: source name 'tweedekamer' differs from its file name; expected name: tk",
                "Scrapers/tk.yaml:4:20: unknown SyncFeed category 'Motie'; expected one of: \(SourceLoader.syncFeedCategories.joined(separator: ", "))",
                "Scrapers/tk.yaml:6:10: 'pause' is '120'; expected a number from 0 to 60",
                "Scrapers/tk.yaml:7:12: 'retries' is '2.5'; expected a whole number from 0 to 20",
            ])
    }

    @Test(
        "Council rules: an XPath that does not compile, calls a function XPath 1.0 lacks or names a variable is named where it is written, every rule checked"
    )
    func councilXPath() throws {
        let folder = try ScrapersFolder(
            "gemeente-test.yaml",
            """
            name: gemeente-test
            kind: council-html
            endpoint: https://gemeenteraad.denhelder.nl/
            council:
              municipality: den-helder
              pages: [Vergaderingen/Gemeenteraad/2015/31-augustus/19:30]
              meeting: {title: "normalize-space($titel)", date: "//h1["}
              items: "//li[contains(@class,'agendaRow')]"
              item: {id: "@id", number: "string(.//span[1])", title: ".//a", text: "string-join(.//div, ' ')", url: ".//a/@href"}

            """)
        let (definitions, problems) = folder.load()
        #expect(definitions.isEmpty)
        // libxml2 compiles the last two and would refuse them only when update evaluates them.
        #expect(
            problems == [
                "Scrapers/gemeente-test.yaml:7:20: 'title' is not a valid XPath expression: $titel is a variable, and no variables are set when the rules are evaluated; expected the expression it stands for",
                "Scrapers/gemeente-test.yaml:7:53: 'date' is not a valid XPath expression: Invalid expression",
                "Scrapers/gemeente-test.yaml:9:72: 'text' is not a valid XPath expression: string-join() is not a function of XPath 1.0, the XPath libxml2 evaluates; expected one of boolean(), ceiling(), concat(), contains(), count(), false(), floor(), id(), lang(), last(), local-name(), name(), namespace-uri(), normalize-space(), not(), number(), position(), round(), starts-with(), string(), string-length(), substring(), substring-after(), substring-before(), sum(), translate(), true()",
            ])
    }
    @Test("Council rules: a format other than html or text, and a dictum rule that does not compile")
    func councilFormat() throws {
        let folder = try ScrapersFolder(
            "gemeente-test.yaml",
            """
            name: gemeente-test
            kind: council-html
            endpoint: https://utrechtgemeente.partijvoordedieren.nl/
            council:
              municipality: den-helder
              format: pdf
              pages: [moties/motie-16-2016]
              meeting: {title: "''", date: "/page/line[2]"}
              items: /page
              item: {id: "line[1]", number: "''", title: "line[1]", text: ".", url: "''", dictum: "line[", result: "line[3]"}

            """)
        let (definitions, problems) = folder.load()
        #expect(definitions.isEmpty)
        #expect(
            problems == [
                "Scrapers/gemeente-test.yaml:6:11: 'format' of the council rules is 'pdf'; expected one of: html, text",
                "Scrapers/gemeente-test.yaml:10:87: 'dictum' is not a valid XPath expression: Invalid expression",
            ])
    }
}
