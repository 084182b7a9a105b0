import Foundation

/// A promise made by a government, a party or a municipality, with its words, source and rights assessment.
public struct Pledge: Sendable, Hashable, Identifiable {
    public enum Level: String, Sendable, Hashable, CaseIterable {
        case national, municipal
    }

    /// Whether the words are the source's own verbatim text or a faithful paraphrase.
    public enum Quotation: String, Sendable, Hashable {
        case exact, paraphrase
    }

    public var id: String
    /// `kabinet`, a party (`VVD`), `gemeente:<naam>` or `gemeente:<naam>:<partij>`.
    public var actor: String
    /// The parties that made the pledge (coalition parties for `kabinet`); used for words-vs-votes.
    public var parties: [String]
    public var level: Level
    public var date: Day
    public var themes: [String]
    /// The pledge's words.
    public var text: String
    public var quotation: Quotation
    public var source: Citation
    /// A testable criterion: what would count as the pledge being kept.
    public var keptWhen: String
    public var deadline: Day?
    public var rights: RightsAssessment
    public var hints: LinkHints
    /// Ids of standards the pledge meets, when it answers an organisation's ask or a benchmark.
    public var meets: [String] = []
    public var location: SourceLocation

    /// The municipality for municipal pledges (`utrecht` for `gemeente:utrecht:d66`).
    public var municipality: String? {
        guard actor.hasPrefix("gemeente:") else { return nil }
        return actor.split(separator: ":").dropFirst().first.map(String.init)
    }
}

/// How a pledge bears on human rights, as assessed by an analyst against a standard.
public struct RightsAssessment: Sendable, Hashable {
    public enum Direction: String, Sendable, Hashable, CaseIterable {
        case advances, threatens, mixed

        /// +1 for advances, -1 for threatens, 0 for mixed: the sign of the rights effect of progress.
        public var sign: Int {
            switch self {
            case .advances: 1
            case .threatens: -1
            case .mixed: 0
            }
        }
    }

    public var direction: Direction
    /// Id of the standard the pledge is judged against, if any.
    public var standard: String?
    /// The reasoning, in one line.
    public var reason: String
    public var assessedBy: String
    public var assessedOn: Day?
}

/// What lets the linker find deeds that bear on a pledge.
public struct LinkHints: Sendable, Hashable {
    /// Dutch phrases (and compounds or variants) that signal a deed is about the pledge.
    public var phrases: [String] = []
    /// Kamerstuk dossier numbers (`30950`, `36740-VII`).
    public var dossiers: [String] = []
    /// Zaak numbers (`2025Z05049`).
    public var zaken: [String] = []
    /// Deed ids that certainly bear on the pledge (`kst-30950-440`).
    public var kamerstukken: [String] = []
    /// Phrases that rule a deed out even when other hints match.
    public var exclude: [String] = []
    /// Phrases in a deed's operative text that signal it moves the pledge forward.
    public var supports: [String] = []
    /// Phrases in a deed's operative text that signal it works against the pledge.
    public var opposes: [String] = []

    public init() {}
}
