import Core
import Foundation
import Ledger
import Publishing
import TrackerKit

/// The interactive walk through the review queue: per link, confirm, reject, skip, set the stance or a note,
/// mark the deed decisive, or stop. Each decision is written to its file at once; relinking is left to the
/// caller, once at the end.
struct ReviewWalk {
    var reviewing: Reviewing
    let by: String
    /// Print each answer read, so a transcript of piped input reads like a session at a terminal.
    let echo: Bool
    private(set) var decisions: [ReviewDecision] = []

    init(reviewing: Reviewing, by: String, echo: Bool) {
        self.reviewing = reviewing
        self.by = by
        self.echo = echo
    }

    /// Walks through `items` until they are done, the analyst stops, or the input ends.
    mutating func run(_ items: [ReviewItem]) throws {
        print("Beoordelen: \(items.count) \(items.count == 1 ? "koppeling" : "koppelingen").")
        // The choices once, in words; each link then asks with their letters, which fit any terminal.
        print(
            TextWrap(width: Terminal.width).wrap(
                "Per koppeling: [b]evestigen · [v]erwerpen · [o]verslaan · [h]ouding (steunt, werkt tegen, noemt) · [d]oorslaggevend (gehouden, deels, gebroken) · [n]otitie · [s]toppen."
            ))
        items: for (index, item) in items.enumerated() {
            print("")
            print(
                ReviewText(
                    link: item.link, pledge: item.pledge, deed: item.deed, pledgeEvidence: item.pledgeEvidence,
                    counts: item.counts
                )
                .render(number: index + 1, width: Terminal.width))
            var stance: Link.Stance?
            var note: String?
            while true {
                guard
                    let answer = ask("keuze [b/v/o/h/d/n/s] > ")
                else {
                    Self.sayDropped(note: note, stance: stance)
                    break items
                }
                switch answer.lowercased() {
                case "b", "bevestigen", "v", "verwerpen", "d", "doorslaggevend":
                    var decides: Rubric.Decision?
                    if answer.lowercased().hasPrefix("d") {
                        guard let chosen = askDecision() else { break items }
                        guard let chosen else { continue }
                        decides = chosen
                    }
                    let verdict: Review.Verdict = answer.lowercased().hasPrefix("v") ? .rejected : .confirmed
                    // A rejected link has no stance: validation would warn about it on every run after.
                    if verdict == .rejected, stance != nil {
                        print("houding niet vastgelegd: een verworpen koppeling heeft geen houding")
                        stance = nil
                    }
                    let recorded = try reviewing.record(
                        ReviewDecision(
                            pledge: item.link.pledge, deed: item.link.deed, verdict: verdict, stance: stance,
                            decides: decides, note: note, by: by, on: Day.today()))
                    if recorded.written { decisions.append(recorded.decision) }
                    let decisive = recorded.decision.decides.map { ", doorslaggevend: \(Dutch.decision($0))" } ?? ""
                    // Wrapped between words, as the rest of the walk: a long file name broke mid-word at 80 columns.
                    let wrap = TextWrap(width: Terminal.width)
                    print(
                        wrap.wrap(
                            recorded.written
                                ? "\(verdict.dutch)\(decisive), vastgelegd in \(recorded.file)"
                                : "al vastgelegd: \(verdict.dutch)\(decisive), in \(recorded.file)", rest: "  "))
                    for warning in recorded.warnings { print(wrap.wrap("let op: \(warning)", rest: "  ")) }
                    continue items
                case "o", "overslaan":
                    print("overgeslagen")
                    Self.sayDropped(note: note, stance: stance)
                    continue items
                case "h", "houding":
                    guard let answer = ask("houding: [s]teunt · [w]erkt tegen · [n]oemt > ") else { break items }
                    if let chosen = Self.stance(answer) {
                        stance = chosen
                        print("houding: \(chosen.dutch)")
                    } else {
                        print("onbekende houding '\(answer)'; kies s, w of n")
                    }
                case "n", "notitie":
                    guard let answer = ask("notitie > ") else { break items }
                    note = answer.isEmpty ? nil : answer
                    print(note.map { "notitie: \($0)" } ?? "geen notitie")
                case "s", "stoppen", "q":
                    Self.sayDropped(note: note, stance: stance)
                    break items
                default:
                    print("onbekende keuze '\(answer)'; kies b, v, o, h, d, n of s")
                }
            }
        }
    }

    /// A note or stance typed for a link is kept only with a decision on it: skipping or stopping says it is gone.
    private static func sayDropped(note: String?, stance: Link.Stance?) {
        if note != nil { print("notitie niet vastgelegd: alleen met bevestigen, verwerpen of doorslaggevend") }
        if stance != nil { print("houding niet vastgelegd: alleen met bevestigen of doorslaggevend") }
    }

    /// What the deed decides, asked (and for broken, why): nil at the end of the input, `.some(nil)` for an answer
    /// that is none of the choices (said, and the link is asked about again).
    private func askDecision() -> Rubric.Decision?? {
        guard let answer = ask("beslist: [g]ehouden · [d]eels · ge[b]roken > ") else { return nil }
        switch answer.lowercased() {
        case "g", "gehouden", "kept": return .some(.kept)
        case "d", "deels", "partial": return .some(.partial)
        case "b", "gebroken", "broken": break
        default:
            print("onbekende keuze '\(answer)'; kies g, d of b")
            return .some(nil)
        }
        guard
            let reason = ask(
                "reden: [g]een meerderheid · [t]eruggedraaid · door de [r]echter tegengehouden · [l]aten vallen > ")
        else { return nil }
        let reasons: [String: BrokenReason] = ["g": .noMajority, "t": .reversed, "r": .blockedByCourt, "l": .dropped]
        guard let chosen = reasons[reason.lowercased()] ?? BrokenReason(argument: reason) else {
            print("onbekende reden '\(reason)'; kies g, t, r of l")
            return .some(nil)
        }
        return .some(.broken(chosen))
    }

    /// Prints `prompt`, reads a line (nil at the end of the input) and echoes it when asked to.
    private func ask(_ prompt: String) -> String? {
        print(prompt, terminator: "")
        fflush(nil)  // all output streams: the prompt shows before the answer is read
        guard let line = readLine() else {
            print("")
            return nil
        }
        let answer = line.trimmingCharacters(in: .whitespaces)
        if echo { print(answer) }
        return answer
    }

    /// `b`, `w`, `n`, or a stance as `--stance` takes it.
    static func stance(_ answer: String) -> Link.Stance? {
        switch answer.lowercased() {
        case "s": .supports
        case "w": .opposes
        case "n": .mentions
        default: Link.Stance(argument: answer)
        }
    }
}
