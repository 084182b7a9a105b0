import Core
import Deeds
import Foundation
import Markup
import TestSupport
import Testing

@Suite("Deeds from officielebekendmakingen Kamerstuk XML")
struct OfficielePublicatieTests {
    @Test("Inline metadata: id, title, date, submitter and dictum of a motion")
    func inlineMetadata() throws {
        let read = try Fixtures.read(Fixtures.kamerstuk("kst-36760-39"))
        #expect(read.format == .officielePublicatie)
        #expect(read.key == "ob:kst-36760-39")
        let deed = try #require(read.deeds.first)
        #expect(read.deeds.count == 1)
        #expect(deed.id == "kst-36760-39")
        #expect(deed.kind == .motion)
        #expect(deed.date == Day("2025-08-27"))
        #expect(deed.title == "Motie van het lid Baudet over het opzeggen van het VN-Vluchtelingenverdrag")
        #expect(deed.actors == [Deed.Actor(role: .submitter, name: "T.H.P. Baudet")])
        #expect(deed.dictum == "verzoekt de regering het VN-Vluchtelingenverdrag op te zeggen,")
        #expect(deed.refs == Deed.References(dossiers: ["36760"], documents: ["kst-36760-39"]))
        #expect(deed.source.url == "https://zoek.officielebekendmakingen.nl/kst-36760-39.html")
        #expect(deed.source.hash == "884c379d04dc142d2dc3a6ab2b3e7d9e37cd5bd187e53b34f2facc5f754df2bb")
    }

    @Test("External-metadata pointer: everything is read from the body")
    func externalMetadata() throws {
        let deed = try #require(try Fixtures.read(Fixtures.kamerstuk("kst-30950-440")).deeds.first)
        #expect(deed.id == "kst-30950-440")
        #expect(deed.date == Day("2025-03-19"))
        #expect(deed.title == "Motie van het lid Bamenga c.s.")
        #expect(deed.actors.map(\.name) == ["Bamenga", "Van Nispen", "Ceder", "Van Baarle", "Tseggai"])
        #expect(deed.actors.map(\.role) == [.submitter, .cosigner, .cosigner, .cosigner, .cosigner])
        #expect(deed.refs.dossiers == ["30950"])
        #expect(
            deed.dictum
                == "verzoekt de regering het toetsingskader voor risicoprofilering van het College voor de Rechten van de Mens integraal te implementeren bij alle overheidsinstanties die risicoprofilering toepassen,"
        )
        #expect(deed.text.hasPrefix("De Kamer,\ngehoord de beraadslaging,\noverwegende dat overheidsinstanties"))
        #expect(deed.text.hasSuffix("en gaat over tot de orde van de dag."))
    }

    @Test(
        "Signers in the order they signed: the metadata lists the submitter last, the signature and the title name them first"
    )
    func signedOrder() throws {
        let deed = try #require(try Fixtures.read(Fixtures.kamerstuk("kst-33763-168")).deeds.first)
        #expect(deed.title.hasPrefix("Motie van het lid Boswijk c.s."))
        #expect(
            deed.actors.map(\.name) == [
                "D.G. Boswijk", "U. Ellian", "D.J.H. (Diederik) van Dijk", "J.J. van der Werf", "A. Heite",
            ])
        #expect(deed.actors.map(\.role) == [.submitter, .cosigner, .cosigner, .cosigner, .cosigner])
        // Every bundled motion's submitter is the member its title names first.
        let folder = Fixtures.kamerstuk("x").deletingLastPathComponent()
        for file in try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted() {
            let deed = try #require(try Fixtures.read(folder.appendingPathComponent(file)).deeds.first)
            guard deed.kind == .motion, let submitter = deed.actors.first?.name,
                let named = deed.title.firstMatch(of: /van (?:het lid|de leden) (.+?)(?: en | c\.s\.| over |$)/)
            else { continue }
            let surname = submitter.split(separator: " ").last!.lowercased()
            #expect(named.1.lowercased().hasSuffix(surname), "\(deed.id): \(submitter), title \(deed.title)")
        }
    }

    @Test("A dossier with a sub-number keeps it in the id")
    func dossierWithSubnumber() throws {
        let deed = try #require(try Fixtures.read(Fixtures.kamerstuk("kst-21501-02-3234")).deeds.first)
        #expect(deed.id == "kst-21501-02-3234")
        #expect(deed.refs.dossiers == ["21501-02"])
    }
}

@Suite("Deeds from Tweede Kamer VLOS reports")
struct VLOSReportTests {
    @Test("Votes: the outcome and the vote of every group, tied to the Kamerstuk voted on")
    func votes() throws {
        let read = try Fixtures.read(Fixtures.vlos("e2903f19"))
        #expect(read.format == .vlos)
        #expect(read.key == "vlos:d4c36531-4761-4f0e-a36a-930b5ce1bb3a")
        #expect(read.version == "2025-07-10T16:33:11.4978899+02:00")
        #expect(read.deeds.map(\.id) == ["kst-36786-4", "kst-36787-4"])
        let deed = read.deeds[0]
        let outcome = try #require(deed.outcome)
        #expect(outcome.result == .adopted)
        #expect(outcome.label == "Aangenomen")
        #expect(outcome.date == Day("2025-07-10"))
        #expect(outcome.method == "Fractie")
        #expect(outcome.votes.count == 15)
        #expect(
            outcome.votes.filter { $0.choice == .voor }.map(\.group) == [
                "GroenLinks-PvdA", "Volt", "D66", "NSC", "ChristenUnie", "SGP", "CDA", "VVD", "BBB", "JA21", "PVV",
            ])
        #expect(outcome.votes.filter { $0.choice == .tegen }.map(\.group) == ["SP", "PvdD", "DENK", "FVD"])
        #expect(deed.kind == .letter)
        #expect(
            deed.title.hasPrefix("Brief van de vaste commissie voor Economische Zaken over een beroep op artikel 2.27"))
    }

    @Test("Submitted motions: text, dictum and submitters with their group")
    func submittedMotions() throws {
        let read = try Fixtures.read(Fixtures.vlos("ce0428cf"))
        let motions = read.deeds.filter { $0.kind == .motion }
        #expect(motions.count == 35)
        let first = motions[0]
        #expect(first.id == "kst-36284-45")
        #expect(first.date == Day("2025-07-03"))
        #expect(
            first.title
                == "Motie-Bamenga c.s. over het wetsvoorstel betreffende de werking van de antidiscriminatievoorzieningen uiterlijk 1 oktober naar de Kamer sturen"
        )
        #expect(
            first.actors == [
                Deed.Actor(role: .submitter, name: "Bamenga", group: "D66"),
                Deed.Actor(role: .cosigner, name: "Ceder", group: "ChristenUnie"),
                Deed.Actor(role: .cosigner, name: "White", group: "GroenLinks-PvdA"),
            ])
        #expect(
            first.dictum
                == "verzoekt de regering het wetsvoorstel betreffende de werking van de ADV's uiterlijk 1 oktober 2025 aan de Tweede Kamer te sturen,"
        )
        #expect(motions.map(\.id).contains("kst-36740-VII-34"))
    }

    @Test("Government letters on a committee's list, with their zaak number and date")
    func governmentLetters() throws {
        let read = try Fixtures.read(Fixtures.vlos("be33e3cf"))
        let letter = try #require(read.deeds.first { $0.id == "kst-30950-458" })
        #expect(letter.kind == .letter)
        #expect(letter.title == "Kabinetsreactie Toetsingskader risicoprofilering 2025")
        #expect(letter.date == Day("2025-06-19"))
        #expect(letter.refs.zaken == ["2025Z12826"])
        #expect(
            letter.actors == [
                Deed.Actor(role: .government, name: "de minister van Binnenlandse Zaken en Koninkrijksrelaties")
            ])
        // A sender whose title holds a comma is named whole; every letter of the list names its sender.
        #expect(
            read.deeds.first { $0.id == "kst-36600-III-15" }?.actors.map(\.name) == [
                "de minister-president, minister van Algemene Zaken"
            ])
        #expect(read.deeds.filter { $0.kind == .letter && $0.actors.isEmpty }.map(\.id) == [])
        // 62 letters and the 12 bills on the list (StaatsbladTests); a procedure meeting holds no debate.
        #expect(read.deeds.count == 74)
        #expect(read.deeds.filter { $0.kind == .letter }.count == 62)
        #expect(read.deeds.filter { $0.kind != .letter }.allSatisfy { $0.kind == .bill })
    }
}

@Suite("Format detection")
struct FormatDetectionTests {
    @Test("The format comes from the content, not the file name")
    func contentNotName() throws {
        let data = Fixtures.data(Fixtures.vlos("e2903f19"))
        let read = try DocumentReader.read(data, name: "motie.xml")
        #expect(read.format == .vlos)
    }

    @Test("An XML document of another kind is refused with what was expected")
    func unknownRoot() throws {
        let error = try #require(throws: DocumentProblem.self) {
            try DocumentReader.read(Data("<rss version=\"2.0\"><channel/></rss>".utf8), name: "feed.xml")
        }
        #expect(
            error.errorDescription
                == "feed.xml:1: unrecognised document: root element <rss>; expected <officiele-publicatie> (officielebekendmakingen) or <vlosCoreDocument> (Tweede Kamer VLOS report)"
        )
    }

    @Test("A saved web page and a PDF are named for what they are; a file cut off is said to end early")
    func notXML() throws {
        // The real Den Helder meeting page, as a browser saves it.
        let page = Fixtures.data(Fixtures.tests.appendingPathComponent("html/den_helder_meeting.html"))
        let html = try #require(throws: DocumentProblem.self) {
            try DocumentReader.read(page, name: "vergadering.html")
        }
        #expect(
            html.errorDescription
                == "vergadering.html:1: this is an HTML page; expected an XML document: officielebekendmakingen XML (a Kamerstuk's .xml, not its .pdf or web page) or a Tweede Kamer VLOS report; a council's saved meeting pages are read with their source's rules by `tracker update --mirror DIR`"
        )
        let pdf = try #require(throws: DocumentProblem.self) {
            try DocumentReader.read(Data("%PDF-1.7\n%âãÏÓ\n".utf8), name: "kst-36704-73.pdf")
        }
        #expect(pdf.errorDescription?.hasPrefix("kst-36704-73.pdf:1: this is a PDF; expected an XML document") == true)
        // The real motion kst-36704-73 cut after 2,000 of its bytes.
        let motion = Fixtures.data(Fixtures.mirror.appendingPathComponent("officielebekendmakingen/kst-36704-73.xml"))
        let cut = try #require(throws: MarkupError.self) {
            try DocumentReader.read(motion.prefix(2_000), name: "kst-36704-73.xml")
        }
        #expect(cut.diagnostics.first?.message.hasPrefix("Premature end of data") == true)
        #expect(
            cut.diagnostics.first?.message.hasSuffix(
                " (the file ends before its elements are closed: is it complete?)") == true)
    }
}
