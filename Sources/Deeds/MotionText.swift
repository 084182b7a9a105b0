import Foundation

/// The parts of a motion's text: considerations, dictum and signatories.
///
/// A motion reads "De Kamer, gehoord de beraadslaging, overwegende dat …; verzoekt de regering …,
/// en gaat over tot de orde van de dag." followed by the names of its signatories.
package struct MotionText: Sendable, Hashable {
    /// Everything up to and including "en gaat over tot de orde van de dag.".
    package var body: [String] = []
    /// The operative paragraphs: "verzoekt …", "spreekt uit …", "roept … op", "draagt … op".
    package var dictum: [String] = []
    package var signatories: [String] = []

    package init(paragraphs: [String]) {
        var closed = false
        for paragraph in paragraphs {
            if closed {
                signatories.append(paragraph)
                continue
            }
            body.append(paragraph)
            let lower = paragraph.lowercased()
            if lower.hasPrefix("en gaat over tot de orde") {
                closed = true
            } else if MotionText.isOperative(lower) || (!dictum.isEmpty && !MotionText.isConsideration(lower)) {
                dictum.append(paragraph)
            }
        }
        if !closed { signatories = [] }
    }

    package static func isOperative(_ lower: String) -> Bool {
        [
            "verzoekt", "spreekt uit", "spreekt zich uit", "roept", "draagt", "besluit", "verklaart", "wijst",
            "stelt vast", "vraagt",
        ]
        .contains { lower.hasPrefix($0) }
    }

    package static func isConsideration(_ lower: String) -> Bool {
        [
            "overwegende", "constaterende", "gehoord", "van mening", "voorts", "tevens", "gelet", "erkennende",
            "concluderende", "De Kamer",
        ]
        .contains { lower.hasPrefix($0.lowercased()) }
    }
}
