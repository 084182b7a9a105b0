import Core
import Deeds
import Foundation
import Harvest
import Ledger
import Scoring
import TestSupport

/// The real deeds the scoring tests use: motions from the snapshot's Kamerstuk XML, the government letters and
/// the vote of two VLOS reports, and the cabinet's advice on motions from the Tweede Kamer's Zaak records.
///
/// The snapshot holds no decided motion, no bill and no government commitment on a pledge's subject, and its only
/// council page is of 2015, before every municipal pledge. The rules for those are tested on deeds *derived* from
/// real ones (`decided`, `bill`, `commitment`, `councilDecision`): the real text and references, with the decision,
/// stage or state the rule needs. Every derived deed says so where it is made.
enum RealDeeds {
    /// Every deed of the two VLOS reports and of the snapshot's Kamerstukken, merged by id.
    static let all: [String: Deed] = {
        var observations: [String: [Deed]] = [:]
        var files = ["e2903f19", "be33e3cf"].map(Fixtures.vlos)
        let folder = Fixtures.mirror.appendingPathComponent("officielebekendmakingen")
        files += try! FileManager.default.contentsOfDirectory(atPath: folder.path).sorted().map {
            folder.appendingPathComponent($0)
        }
        for file in files {
            for deed in try! Fixtures.read(file).deeds { observations[deed.id, default: []].append(deed) }
        }
        return observations.compactMapValues(Deed.merge)
    }()

    /// The council decisions of the saved Den Helder meeting page (31 August 2015).
    static let council: [String: Deed] = {
        let page = Fixtures.mirror.appendingPathComponent("gemeente-den-helder")
        let name = try! FileManager.default.contentsOfDirectory(atPath: page.path).first!
        let data = FileManager.default.contents(atPath: page.appendingPathComponent(name).path)!
        let source = SourceLoader.load(workspace: Fixtures.workspace).0.first { $0.name == "gemeente-den-helder" }!
        let read = try! CouncilPageReader(rules: source.council!).read(
            data,
            url: URL(string: "https://gemeenteraad.denhelder.nl/Vergaderingen/Gemeenteraad/2015/31-augustus/19:30/")!)
        return Dictionary(read.deeds.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
    }()

    /// The cabinet's advice (`Kabinetsappreciatie`) of the Zaak records in Tests/Fixtures/tk-odata, by zaak number.
    static let appraisals: [String: String] = {
        let folder = Fixtures.tests.appendingPathComponent("tk-odata")
        var advice: [String: String] = [:]
        for name in try! FileManager.default.contentsOfDirectory(atPath: folder.path)
        where name.hasPrefix("zaak_expand") {
            let data = FileManager.default.contents(atPath: folder.appendingPathComponent(name).path)!
            let zaak = try! JSONSerialization.jsonObject(with: data) as! [String: Any]
            if let number = zaak["Nummer"] as? String, let appraisal = zaak["Kabinetsappreciatie"] as? String {
                advice[number] = appraisal
            }
        }
        return advice
    }()

    static func deed(_ id: String) -> Deed {
        guard let deed = all[id] ?? council[id] else { fatalError("no real deed \(id) in the snapshot") }
        return deed
    }

    /// A real motion with the cabinet's advice its real Zaak record gives, as the SyncFeed join sets it.
    static func advised(_ id: String, zaak: String) -> Deed {
        var deed = deed(id)
        deed.cabinetAppraisal = appraisals[zaak]!
        deed.refs.zaken = [zaak]
        return deed
    }

    /// Derived: a real motion with a decision (the snapshot has no decided motion on a pledge's subject).
    static func decided(_ id: String, _ result: Deed.Outcome.Result, on day: Day) -> Deed {
        var deed = deed(id)
        deed.outcome = Deed.Outcome(result: result, label: label(result), date: day)
        return deed
    }

    /// Derived: a bill of Kamerstuk dossier `dossier` at a stage, on the text of a real deed of its subject (the
    /// snapshot holds no bill). `stb-…` is a Staatsblad publication, `kst-<dossier>-<letter>` an Eerste Kamer paper,
    /// any other decided bill the Tweede Kamer's.
    static func bill(from id: String, as billID: String, dossier: String, _ result: Deed.Outcome.Result?, on day: Day)
        -> Deed
    {
        var deed = deed(id)
        deed.id = billID
        // A Staatsblad publication of the bill is the law made ("Wet van …"), as StaatsbladReader reads one.
        deed.kind = billID.hasPrefix("stb-") ? .law : .bill
        deed.date = day
        deed.refs = Deed.References(dossiers: [dossier], documents: [billID])
        deed.outcome = result.map { Deed.Outcome(result: $0, label: label($0), date: day) }
        return deed
    }

    /// Derived: the real letter answering a commitment made in a debate (kst-31490-386), as a government
    /// commitment in the given state.
    static func commitment(_ status: String) -> Deed {
        var deed = deed("kst-31490-386")
        deed.kind = .commitment
        deed.status = status
        return deed
    }

    /// Derived: a real Den Helder council proposal of 2015, decided on `day` (its only saved page is older than
    /// every municipal pledge).
    static func councilDecision(on day: Day) -> Deed {
        var deed = deed("gemeente:den-helder:19070")
        deed.date = day
        deed.outcome = Deed.Outcome(result: .adopted, label: "Aangenomen", date: day)
        return deed
    }

    private static func label(_ result: Deed.Outcome.Result) -> String {
        switch result {
        case .adopted: "Aangenomen"
        case .rejected: "Verworpen"
        case .withdrawn: "Ingetrokken"
        case .tied: "Staken"
        case .unknown: "Onbekend"
        }
    }
}
