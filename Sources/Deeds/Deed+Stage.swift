import Core
import Foundation

extension Deed {
    /// One step of a bill on its way to law, with the day it was taken and the document that attests it.
    ///
    /// A bill is one deed, `wetsvoorstel:<dossier>`, whatever document tells of it: the committee's list it
    /// is on, the plenary record of a vote, the Staatsblad that makes it law. Each of those documents adds
    /// the step it attests; the merge unites them, so the bill's deed shows how far it got.
    package struct Stage: Sendable, Hashable, Codable {
        /// The steps in the order a bill takes them.
        package enum Step: String, Sendable, Hashable, Codable, CaseIterable, Comparable {
            /// Submitted to the Tweede Kamer (ingediend).
            case submitted = "ingediend"
            case adoptedByTweedeKamer = "aangenomen-tweede-kamer"
            case rejectedByTweedeKamer = "verworpen-tweede-kamer"
            case adoptedByEersteKamer = "aangenomen-eerste-kamer"
            case rejectedByEersteKamer = "verworpen-eerste-kamer"
            /// Withdrawn by the government or its initiators (ingetrokken): the bill goes no further.
            case withdrawn = "ingetrokken"
            /// Published in the Staatsblad: the bill is law.
            case staatsblad

            package static func < (lhs: Step, rhs: Step) -> Bool {
                allCases.firstIndex(of: lhs)! < allCases.firstIndex(of: rhs)!
            }

            /// What a chamber's vote decided; nil for a step that is no vote.
            package var vote: Outcome.Result? {
                switch self {
                case .adoptedByTweedeKamer, .adoptedByEersteKamer: .adopted
                case .rejectedByTweedeKamer, .rejectedByEersteKamer: .rejected
                case .submitted, .withdrawn, .staatsblad: nil
                }
            }

            /// Whether the step is the Eerste Kamer's vote.
            package var isEersteKamer: Bool { self == .adoptedByEersteKamer || self == .rejectedByEersteKamer }
        }

        package var step: Step
        package var date: Day?
        /// The document that attests the step: `vlos:<meeting id>`, `h-ek-20172018-30-5`, `stb-2018-84`.
        package var document: String

        package init(step: Step, date: Day?, document: String) {
            self.step = step
            self.date = date
            self.document = document
        }

        /// The id of the deed that stands for the bill of a Kamerstuk dossier.
        package static func billID(dossier: String) -> String { "wetsvoorstel:\(dossier)" }

        /// Both lists of steps together, without duplicates, in the order the bill took them.
        package static func united(_ stages: [Stage]) -> [Stage] {
            Array(Set(stages)).sorted {
                ($0.step, $0.date?.description ?? "", $0.document) < ($1.step, $1.date?.description ?? "", $1.document)
            }
        }
    }

    /// The furthest step the bill has taken, or nil for anything but a bill.
    package var stage: Stage.Step? { stages.map(\.step).max() }
}
