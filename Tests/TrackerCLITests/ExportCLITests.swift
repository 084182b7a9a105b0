import Foundation
import TestSupport
import Testing

/// Exports a campaign tool can read without joining files: scorecard rows that stand alone (JSON against the
/// repository's schema, and CSV), and `deeds` and `links` as CSV.
@Suite("Exports: scorecard JSON and CSV, deeds and links as CSV", .serialized)
struct ExportCLITests {
    static let pledge = "hla-voorwaarden-aan-kunstmatige-intelligentie"

    static func schema(_ name: String) throws -> JSONSchema {
        try JSONSchema(contentsOf: TrackerProcess.root.appendingPathComponent("docs/schemas/\(name)"))
    }

    @Test(
        "Every scorecard row is valid against docs/schemas/scorecard.schema.json and names its deeds' titles and URLs")
    func scorecardJSON() throws {
        let db = try ScoringCLITests.snapshot()
        let result = try TrackerProcess.tracker(["scorecard", "--db", db, "--as-of", "2026-06-30", "--format", "json"])
        #expect(result.status == 0)
        let schema = try Self.schema("scorecard.schema.json")
        #expect(schema.validate(try JSONValue.parse(result.stdout)) == [])
        // The same output with one value out of its enumeration is caught, at its place.
        let broken = result.stdout.replacingOccurrences(
            of: "\"quotation\" : \"exact\"", with: "\"quotation\" : \"woordelijk\"")
        #expect(
            schema.validate(try JSONValue.parse(broken)).first
                == "$[0].quotation: 'woordelijk' is not one of 'exact', 'paraphrase'")
        let rows = try TrackerProcess.json(result.stdout)
        #expect(rows.count == 10)
        let row = try #require(rows.first { $0["pledge"] as? String == Self.pledge })
        #expect(row["text"] as? String == "voorwaarden worden gesteld aan het gebruik van artificiële intelligentie")
        let source = try #require(row["source"] as? [String: Any])
        #expect(
            source["url"] as? String
                == "https://www.griffiers.nl/actueel/nieuws/relevante-hoofdlijnen-uit-het-hoofdlijnenakkoord-van-pvv-vvd-nsc-en-bbb"
        )
        #expect((row["standard"] as? [String: Any])?["id"] as? String == "etnisch-profileren-overheidsbreed-tegengaan")
        let counted = try #require(row["counted_deeds"] as? [[String: Any]])
        #expect(counted.map { $0["id"] as! String } == row["deeds"] as? [String])
        #expect(
            counted.map { "\($0["date"]!) \($0["reference"]!) \($0["url"]!) \($0["rule"]!) \($0["points"]!)" } == [
                "2025-10-01 Kamerstuk 31477, nr. 117 https://zoek.officielebekendmakingen.nl/kst-31477-117.html motie-ingediend 0",
                "2025-06-19 Kamerstuk 30950, nr. 458 (zaak 2025Z12826) https://zoek.officielebekendmakingen.nl/kst-30950-458.html brief-kondigt-aan-steunt 5",
                "2025-03-19 Kamerstuk 30950, nr. 440 https://zoek.officielebekendmakingen.nl/kst-30950-440.html motie-ingediend 0",
            ])
        #expect(
            counted.first?["title"] as? String
                == "Motie van het lid Ergin over bewerkstelligen dat banken, toezichthouders en andere handhavende instanties het toetsingskader risicoprofilering toepassen"
        )
        // The prior record is named the same way, with no rule: it is never counted.
        let prior = try #require(
            rows.first { $0["pledge"] as? String == "vluchtelingenverdrag-aanpassen" }?["prior_deeds"]
                as? [[String: Any]])
        #expect(prior.map { $0["id"] as? String } == ["kst-26150-229", "kst-36760-39"])
        #expect(prior.allSatisfy { $0["rule"] is NSNull })
        #expect(
            prior.last?["title"] as? String
                == "Motie van het lid Baudet over het opzeggen van het VN-Vluchtelingenverdrag")
    }

    @Test("scorecard --format csv is RFC 4180: a header, one record per pledge, the same values as the JSON")
    func scorecardCSV() throws {
        let db = try ScoringCLITests.snapshot()
        let arguments = ["scorecard", "--db", db, "--as-of", "2026-06-30"]
        let csv = try TrackerProcess.tracker(arguments + ["--format", "csv"])
        #expect(csv.status == 0)
        let records = try CSVReader.records(csv.stdout)
        #expect(
            records.first == [
                "pledge", "actor", "parties", "themes", "status", "reason", "progress", "rights_effect",
                "rights_direction", "standard", "links", "deeds", "deed_urls", "prior_record", "text", "source_title",
                "source_section", "source_url", "as_of", "rubric", "run", "pledge_date", "later",
            ])
        let json = try TrackerProcess.json(try TrackerProcess.tracker(arguments + ["--format", "json"]).stdout)
        let rows = try CSVReader.rows(csv.stdout)
        #expect(rows.map { $0["pledge"] } == json.map { $0["pledge"] as? String })
        for (row, object) in zip(rows, json) {
            #expect(row["text"] == object["text"] as? String)
            #expect(row["progress"] == String(object["progress"] as! Int))
            #expect(row["pledge_date"] == object["pledge_date"] as? String)
            #expect(row["later"] == String(object["later"] as! Bool))
            #expect(row["deeds"] == (object["deeds"] as! [String]).joined(separator: " "))
        }
        let row = try #require(rows.first { $0["pledge"] == Self.pledge })
        #expect(row["status"] == "stalled")
        #expect(row["parties"] == "PVV; VVD; NSC; BBB")
        #expect(
            row["deed_urls"]
                == "https://zoek.officielebekendmakingen.nl/kst-31477-117.html https://zoek.officielebekendmakingen.nl/kst-30950-458.html https://zoek.officielebekendmakingen.nl/kst-30950-440.html"
        )
        #expect(row["source_title"] == "Relevante Hoofdlijnen uit het Hoofdlijnenakkoord van PVV, VVD, NSC en BBB")
        #expect(row["run"] == "")
        // A title with a comma is quoted in the file and read back whole.
        #expect(
            csv.stdout.contains(
                ",\"Brief aan de Tweede Kamer: het coalitieakkoord van D66, VVD en CDA getoetst aan de mensenrechten\","
            ))

        let themes = try TrackerProcess.tracker(arguments + ["--by", "theme", "--format", "csv"])
        #expect(themes.status == 64)
        #expect(themes.stderr.contains("--format csv gives one row per pledge; --by theme has table and json"))
    }

    @Test("deeds and links --format csv: the JSON's values, each deed with its reference and official URL")
    func listsCSV() throws {
        let db = try ScoringCLITests.snapshot()
        let deeds = try CSVReader.rows(try TrackerProcess.tracker(["deeds", "--db", db, "--format", "csv"]).stdout)
        let deedsJSON = try TrackerProcess.json(
            try TrackerProcess.tracker(["deeds", "--db", db, "--format", "json"]).stdout)
        #expect(deeds.count == 169)
        #expect(deeds.map { $0["id"] } == deedsJSON.map { $0["id"] as? String })
        let vote = try #require(deeds.first { $0["id"] == "kst-36786-4" })
        #expect(vote["outcome"] == "Aangenomen")
        #expect(vote["outcome_date"] == "2025-07-10")
        #expect(vote["reference"] == "Kamerstuk 36786, nr. 4")
        #expect(vote["url"] == "https://zoek.officielebekendmakingen.nl/kst-36786-4.html")
        let motion = try #require(deeds.first { $0["id"] == "kst-30950-440" })
        #expect(motion["dictum"]?.hasPrefix("verzoekt de regering") == true)

        let arguments = ["links", "--db", db, "--pledge", Self.pledge]
        let links = try CSVReader.rows(try TrackerProcess.tracker(arguments + ["--format", "csv"]).stdout)
        let linksJSON = try TrackerProcess.json(try TrackerProcess.tracker(arguments + ["--format", "json"]).stdout)
        #expect(
            links.map { "\($0["deed"]!) \($0["confidence"]!) \($0["stance"]!)" }
                == linksJSON.map {
                    "\($0["deed"]!) \($0["confidence"]!) \($0["stance"]!)"
                })
        let letter = try #require(links.first { $0["deed"] == "kst-30950-458" })
        #expect(letter["deed_title"] == "Kabinetsreactie Toetsingskader risicoprofilering 2025")
        #expect(letter["deed_date"] == "2025-06-19")
        #expect(letter["deed_url"] == "https://zoek.officielebekendmakingen.nl/kst-30950-458.html")
        #expect(letter["themes"] == "etnisch-profileren")
        #expect(letter["review"] == "")
    }
}
