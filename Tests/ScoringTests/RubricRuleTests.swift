import Core
import Deeds
import Foundation
import Ledger
import Scoring
import TestSupport
import Testing

/// Every rule of the test workspace's rubric (a copy of the shipped one) on real deeds: what one deed adds to a
/// pledge, and the status, progress and rights effect that gives. The links are given, as an analyst (or the
/// linker) would make them; deeds the snapshot lacks are derived from real ones (`RealDeeds`).
@Suite("Rubric 1.0: every rule's status, progress and rights effect")
struct RubricRuleTests {
    static let ledger = try! Fixtures.ledger()
    static let rubric = ledger.rubric!
    /// Threatens rights; kept by a law in the Staatsblad (any dossier).
    static let strictest = ledger.pledge("hla-strengste-toelatingsregels-van-europa")!
    /// Threatens rights; kept by the Wet invoering tweestatusstelsel (36703) in the Staatsblad.
    static let twoStatus = ledger.pledge("rp-tweestatusstelsel-invoeren")!
    /// Advances rights; no milestone keeps it.
    static let algorithms = ledger.pledge("hla-voorwaarden-aan-kunstmatige-intelligentie")!
    /// Den Helder's college; threatens rights.
    static let denHelder = ledger.pledge("den-helder-college-opvangcapaciteit-niet-uitbreiden")!

    struct Case: CustomTestStringConvertible, Sendable {
        var rule: String
        var pledge: Pledge
        var deed: Deed
        var stance: Link.Stance
        var status: FulfilmentStatus
        var reason: BrokenReason? = nil
        var progress: Int
        var effect: Double

        var testDescription: String { rule }
    }

    static func kept(_ pledge: Pledge, by milestone: String) -> Pledge {
        var pledge = pledge
        pledge.keptBy = KeptBy(milestone: milestone, location: pledge.location)
        return pledge
    }

    static let tkVote = Day("2025-07-03")!, ekVote = Day("2025-11-04")!, published = Day("2025-12-01")!
    /// Derived bills of the Wet invoering tweestatusstelsel (36703), on the real text of the motion on family
    /// reunification in the debate of the asylum bills (kst-36704-69).
    static func bill(_ id: String, _ result: Deed.Outcome.Result?, on day: Day) -> Deed {
        RealDeeds.bill(from: "kst-36704-69", as: id, dossier: "36703", result, on: day)
    }

    static let cases: [Case] = [
        Case(
            rule: "wet-staatsblad-steunt", pledge: twoStatus, deed: bill("stb-afgeleid-36703", nil, on: published),
            stance: .supports, status: .kept, progress: 100, effect: -1),
        Case(
            rule: "wet-staatsblad-werkt-tegen", pledge: twoStatus, deed: bill("stb-afgeleid-36703", nil, on: published),
            stance: .opposes, status: .broken, reason: .reversed, progress: 0, effect: 0),
        Case(
            rule: "wet-eerste-kamer-aangenomen-steunt", pledge: twoStatus,
            deed: bill("kst-36703-AFGELEID", .adopted, on: ekVote), stance: .supports, status: .inProgress,
            progress: 40, effect: -0.4),
        Case(
            rule: "wet-eerste-kamer-verworpen-steunt", pledge: twoStatus,
            deed: bill("kst-36703-AFGELEID", .rejected, on: ekVote), stance: .supports, status: .broken,
            reason: .noMajority, progress: 0, effect: 0),
        Case(
            rule: "wet-tweede-kamer-aangenomen-steunt", pledge: twoStatus,
            deed: bill("kst-36703-afgeleid", .adopted, on: tkVote), stance: .supports, status: .inProgress,
            progress: 30, effect: -0.3),
        Case(
            rule: "wet-tweede-kamer-verworpen-steunt", pledge: twoStatus,
            deed: bill("kst-36703-afgeleid", .rejected, on: tkVote), stance: .supports, status: .broken,
            reason: .noMajority, progress: 0, effect: 0),
        Case(
            rule: "wet-aangenomen-werkt-tegen", pledge: algorithms,
            deed: bill("kst-36703-afgeleid", .adopted, on: tkVote),
            stance: .opposes, status: .inProgress, progress: 0, effect: 0),
        Case(
            rule: "wetsvoorstel-ingetrokken-steunt", pledge: twoStatus,
            deed: bill("kst-36703-afgeleid", .withdrawn, on: tkVote), stance: .supports, status: .broken,
            reason: .dropped, progress: 0, effect: 0),
        Case(
            rule: "wetsvoorstel-ingediend-steunt", pledge: twoStatus, deed: bill("kst-36703-afgeleid", nil, on: tkVote),
            stance: .supports, status: .inProgress, progress: 15, effect: -0.15),
        Case(
            rule: "wetsvoorstel-ingediend-werkt-tegen", pledge: algorithms,
            deed: bill("kst-36703-afgeleid", nil, on: tkVote), stance: .opposes, status: .inProgress, progress: 0,
            effect: 0),
        // Motions: the toetsingskader motion (Bamenga), the third-observer motion (Eerdmans), the banks motion (Ergin).
        Case(
            rule: "motie-aangenomen-steunt", pledge: algorithms,
            deed: RealDeeds.decided("kst-30950-440", .adopted, on: Day("2025-03-25")!), stance: .supports,
            status: .inProgress, progress: 20, effect: 0.2),
        Case(
            rule: "motie-aangenomen-werkt-tegen", pledge: algorithms,
            deed: RealDeeds.decided("kst-29628-1271", .adopted, on: Day("2025-06-03")!), stance: .opposes,
            status: .inProgress, progress: 0, effect: 0),
        Case(
            rule: "motie-verworpen-steunt", pledge: algorithms,
            deed: RealDeeds.decided("kst-31477-117", .rejected, on: Day("2025-10-07")!), stance: .supports,
            status: .inProgress, progress: 0, effect: 0),
        Case(
            rule: "motie-verworpen-werkt-tegen", pledge: algorithms,
            deed: RealDeeds.decided("kst-29628-1271", .rejected, on: Day("2025-06-03")!), stance: .opposes,
            status: .inProgress, progress: 5, effect: 0.05),
        Case(
            rule: "motie-ingetrokken", pledge: algorithms,
            deed: RealDeeds.decided("kst-30950-440", .withdrawn, on: Day("2025-03-25")!), stance: .supports,
            status: .inProgress, progress: 0, effect: 0),
        // The cabinet's real advice on these motions (Tweede Kamer Zaak records).
        Case(
            rule: "motie-advies-positief-steunt", pledge: algorithms,
            deed: RealDeeds.advised("kst-30950-440", zaak: "2025Z05049"), stance: .supports, status: .inProgress,
            progress: 5, effect: 0.05),
        Case(
            rule: "motie-ontraden-steunt", pledge: strictest,
            deed: RealDeeds.advised("kst-36760-39", zaak: "2025Z15491"), stance: .supports, status: .inProgress,
            progress: 0, effect: 0),
        Case(
            rule: "motie-ontraden-werkt-tegen", pledge: algorithms,
            deed: RealDeeds.advised("kst-29628-1271", zaak: "2025Z10897"), stance: .opposes, status: .inProgress,
            progress: 5, effect: 0.05),
        Case(
            rule: "motie-advies-positief-werkt-tegen", pledge: strictest,
            deed: RealDeeds.advised("kst-30950-440", zaak: "2025Z05049"), stance: .opposes, status: .inProgress,
            progress: 0, effect: 0),
        Case(
            rule: "motie-ingediend", pledge: algorithms, deed: RealDeeds.deed("kst-31477-117"), stance: .supports,
            status: .inProgress, progress: 0, effect: 0),
        // Government letters, real: a progress letter and the cabinet's response to the toetsingskader.
        Case(
            rule: "brief-rapporteert-steunt", pledge: algorithms, deed: RealDeeds.deed("kst-25424-750"),
            stance: .supports, status: .inProgress, progress: 10, effect: 0.1),
        Case(
            rule: "brief-kondigt-aan-steunt", pledge: algorithms, deed: RealDeeds.deed("kst-30950-458"),
            stance: .supports, status: .inProgress, progress: 5, effect: 0.05),
        Case(
            rule: "brief-werkt-tegen", pledge: strictest, deed: RealDeeds.deed("kst-30950-458"), stance: .opposes,
            status: .inProgress, progress: 0, effect: 0),
        Case(
            rule: "toezegging-voldaan-steunt", pledge: kept(algorithms, by: "toezegging-voldaan"),
            deed: RealDeeds.commitment("Voldaan"), stance: .supports, status: .kept, progress: 100, effect: 1),
        Case(
            rule: "toezegging-deels-voldaan-steunt", pledge: kept(algorithms, by: "toezegging-voldaan"),
            deed: RealDeeds.commitment("Deels voldaan"), stance: .supports, status: .partial, progress: 50,
            effect: 0.5),
        Case(
            rule: "toezegging-vervallen-steunt", pledge: kept(algorithms, by: "toezegging-voldaan"),
            deed: RealDeeds.commitment("Vervallen"), stance: .supports, status: .broken, reason: .dropped, progress: 0,
            effect: 0),
        Case(
            rule: "toezegging-open-steunt", pledge: kept(algorithms, by: "toezegging-voldaan"),
            deed: RealDeeds.commitment("Openstaand"), stance: .supports, status: .inProgress, progress: 5,
            effect: 0.05),
        Case(
            rule: "raadsbesluit-steunt", pledge: kept(denHelder, by: "raadsbesluit"),
            deed: RealDeeds.councilDecision(on: Day("2023-03-13")!), stance: .supports, status: .kept, progress: 100,
            effect: -1),
        Case(
            rule: "raadsbesluit-werkt-tegen", pledge: denHelder,
            deed: RealDeeds.councilDecision(on: Day("2023-03-13")!),
            stance: .opposes, status: .inProgress, progress: 0, effect: 0),
        // A deed that only mentions the pledge: evidence of attention, not of progress.
        Case(
            rule: "overige-daad", pledge: algorithms, deed: RealDeeds.deed("kst-30950-458"), stance: .mentions,
            status: .notRated, progress: 0, effect: 0),
    ]

    @Test("Every rule of the rubric is tested below")
    func coverage() {
        #expect(Self.cases.map(\.rule) == Self.rubric.rules.map(\.id))
    }

    @Test("One deed, one rule: the rule that applied, the status, progress and rights effect", arguments: cases)
    func rule(_ example: Case) {
        let link = Link(
            pledge: example.pledge.id, deed: example.deed.id, confidence: 0.8, stance: example.stance, method: .phrase,
            explanation: "")
        // As of the decision: a motion decided after the day it was made counts as submitted until then.
        let decided =
            example.deed.stages.isEmpty ? example.deed.outcome?.date.flatMap { $0 > example.deed.day! ? $0 : nil } : nil
        let score = Scorer(rubric: Self.rubric).score(
            example.pledge, evidence: [Evidence(link: link, deed: example.deed)], asOf: decided ?? example.deed.day!)
        // The decision takes the place of the motion as submitted: one contribution.
        #expect(score.contributions.map { $0.rule?.id } == [example.rule])
        #expect(score.contributions.allSatisfy { $0.standing == .counted })
        #expect(score.status == example.status)
        #expect(score.reason == example.reason)
        #expect(score.progress == example.progress)
        #expect(score.rightsEffect == example.effect)
    }

    @Test("The rubric's deed kinds are exactly the kinds a deed can have")
    func deedKinds() {
        #expect(Rubric.deedKinds == Deed.Kind.allCases.map(\.rawValue))
    }
}
