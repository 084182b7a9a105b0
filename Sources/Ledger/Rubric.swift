import Core
import Foundation

/// The scoring rubric (`Commitments/rubric.yaml`): what each kind of deed adds to a pledge, when a pledge is
/// kept, partly kept or broken, and the thresholds of scoring — data, versioned and reviewed like the ledger.
///
/// `docs/scoring.md` explains every field. The scorer applies the first rule whose condition a counted deed
/// meets; a rule may reach a milestone and decide the pledge's status when that milestone is the pledge's
/// `kept_by`.
package struct Rubric: Sendable, Hashable {
    /// Published with every score (`rubric` in JSON); raise it with every change to the rules.
    package var version: String
    /// Links below this confidence are not counted, unless an analyst confirmed them (method `review`).
    package var evidenceConfidence: Double
    /// An analyst-confirmed link's points are multiplied by this.
    package var reviewWeight: Double
    /// A pledge whose latest counted deed is older than this many months is `stalled`.
    package var stalledAfterMonths: Int
    package var progress: ProgressScale
    /// Chains of milestones, each step needing the one before (`[tweede-kamer, eerste-kamer, staatsblad]`).
    package var milestones: [[String]]
    /// Terms of governments: a pledge of the term not kept when it ends is broken (`end-of-term`).
    package var terms: [Term]
    package var rules: [Rule]
    /// SHA-256 of the file's bytes: a run records it beside the version.
    package var fingerprint: String
    package var location: SourceLocation

    package init(
        version: String, evidenceConfidence: Double, reviewWeight: Double, stalledAfterMonths: Int,
        progress: ProgressScale, milestones: [[String]], terms: [Term], rules: [Rule], fingerprint: String,
        location: SourceLocation
    ) {
        self.version = version
        self.evidenceConfidence = evidenceConfidence
        self.reviewWeight = reviewWeight
        self.stalledAfterMonths = stalledAfterMonths
        self.progress = progress
        self.milestones = milestones
        self.terms = terms
        self.rules = rules
        self.fingerprint = fingerprint
        self.location = location
    }

    /// Progress (0–100) by status: the cap without a decision, and the figure a decision sets.
    package struct ProgressScale: Sendable, Hashable {
        /// Points of counted deeds add up to at most this: only a kept milestone or a verdict reaches 100.
        package var cap: Int
        package var kept: Int
        /// A partly kept pledge has at least this.
        package var partial: Int
        /// A broken pledge has this (what is not in force does not count).
        package var broken: Int

        package init(cap: Int, kept: Int, partial: Int, broken: Int) {
            self.cap = cap
            self.kept = kept
            self.partial = partial
            self.broken = broken
        }
    }

    /// The term of a government: its pledges made before `ends` and not kept by then are broken.
    package struct Term: Sendable, Hashable {
        package var id: String
        /// The pledges' actor (`kabinet`).
        package var actor: String
        /// The pledges' parties, in any order (`[PVV, VVD, NSC, BBB]`).
        package var parties: [String]
        package var ends: Day
        package var location: SourceLocation

        package init(id: String, actor: String, parties: [String], ends: Day, location: SourceLocation) {
            self.id = id
            self.actor = actor
            self.parties = parties
            self.ends = ends
            self.location = location
        }

        /// Whether the pledge was made in this term.
        package func covers(_ pledge: Pledge) -> Bool {
            pledge.actor == actor && Set(pledge.parties) == Set(parties) && pledge.date < ends
        }

        /// The term of `terms` the pledge was made in, if any: at most one, for the rubric has one term per actor and
        /// parties.
        package static func covering(_ pledge: Pledge, in terms: [Term]) -> Term? {
            terms.first { $0.covers(pledge) }
        }
    }

    /// What a counted deed adds when it meets `when`.
    package struct Rule: Sendable, Hashable {
        package var id: String
        /// One line in Dutch for the terminal (`aangenomen motie die de belofte steunt`).
        package var label: String
        package var when: Condition
        /// Points of progress (negative: the deed sets the pledge back).
        package var progress: Int
        /// The milestone a deed meeting this rule reaches, if any.
        package var milestone: String?
        /// The status the rule decides, when its milestone bears on the pledge's `kept_by`.
        package var decides: Decision?
        package var location: SourceLocation

        package init(
            id: String, label: String, when: Condition, progress: Int, milestone: String? = nil,
            decides: Decision? = nil, location: SourceLocation
        ) {
            self.id = id
            self.label = label
            self.when = when
            self.progress = progress
            self.milestone = milestone
            self.decides = decides
            self.location = location
        }
    }

    /// A status a rule can decide.
    package enum Decision: Sendable, Hashable {
        case kept
        case partial
        case broken(BrokenReason)

        package var status: FulfilmentStatus {
            switch self {
            case .kept: .kept
            case .partial: .partial
            case .broken: .broken
            }
        }

        /// `kept`, `partial` or `broken:<reason>`: the form a run keeps.
        package var code: String {
            switch self {
            case .kept, .partial: status.rawValue
            case .broken(let reason): "broken:\(reason.rawValue)"
            }
        }

        package init?(code: String) {
            switch code {
            case "kept": self = .kept
            case "partial": self = .partial
            default:
                guard code.hasPrefix("broken:"), let reason = BrokenReason(rawValue: String(code.dropFirst(7)))
                else { return nil }
                self = .broken(reason)
            }
        }
    }

    /// What a deed and its link must show for a rule to apply; every field given must hold, an empty list
    /// holds for anything.
    package struct Condition: Sendable, Hashable {
        /// Deed kinds (`Rubric.deedKinds`).
        package var kinds: [String] = []
        package var stances: [Link.Stance] = []
        package var outcomes: [Outcome] = []
        package var stages: [Stage] = []
        /// The state of a government commitment (toezegging).
        package var commitments: [CommitmentState] = []
        /// The cabinet's advice on a motion, as the source words it (`Ontraden`, `Oordeel Kamer`), compared
        /// without case; `geen` matches a motion without advice.
        package var appraisals: [String] = []
        /// Phrases of which one must occur in the deed's title (matched like link hints).
        package var title: [String] = []

        package init() {}
    }

    /// The decision on a deed, with `undecided` for a deed without one (or an unknown one).
    package enum Outcome: String, Sendable, Hashable, CaseIterable {
        case adopted, rejected, tied, withdrawn, undecided
    }

    /// Where a bill stands.
    package enum Stage: String, Sendable, Hashable, CaseIterable {
        /// Passed (or voted down by) the Tweede Kamer.
        case tweedeKamer = "tweede-kamer"
        /// Passed (or voted down by) the Eerste Kamer.
        case eersteKamer = "eerste-kamer"
        /// Published in the Staatsblad: the law is made.
        case staatsblad
    }

    /// The state of a government commitment, from the source's words (`Openstaand`, `Voldaan`, …).
    package enum CommitmentState: String, Sendable, Hashable, CaseIterable {
        case open
        case fulfilled
        case partlyFulfilled = "partly-fulfilled"
        case lapsed
    }

    /// The deed kinds a condition may name: `Deed.Kind`'s values (a test keeps the two lists equal).
    package static let deedKinds = [
        "motion", "amendment", "bill", "letter", "commitment", "decision", "debate", "budget", "council-decision",
        "agenda-item", "law", "decree", "other",
    ]

    /// Every milestone the rubric knows.
    package var knownMilestones: Set<String> { Set(milestones.joined()) }

    /// The milestones a pledge kept by `milestone` passes through, up to and including it
    /// (`staatsblad` → `tweede-kamer`, `eerste-kamer`, `staatsblad`).
    package func chain(upTo milestone: String) -> [String] {
        for chain in milestones {
            if let index = chain.firstIndex(of: milestone) { return Array(chain[...index]) }
        }
        return [milestone]
    }

    /// The rule with this id.
    package func rule(_ id: String) -> Rule? { rules.first { $0.id == id } }
}
