import Foundation
import Ledger
import Text

/// A learned reading of what a deed asks of a pledge, where the rules of `StanceReader` find no signal: an experiment
/// the linker does not use, measured by `make stance-model` (eval/SOURCES.md, "The stance model").
///
/// The reader's rules read an ask of a pledge's own words ("meer opvangplekken", "geen etnisch profileren"); most
/// motions ask in other words ("contracten van minimaal tien jaar voor opvanglocaties"), and there the rules leave
/// `mentions`. Two more readers of every labelled stance read 0.81–0.86 of the supports/opposes labels of the test
/// parts from the same words, where the rules read 0.43 (eval/SOURCES.md, "Stance agreement").
///
/// The model is a multinomial logistic regression over the operative words' stems and their pairs, each also
/// crossed with the pledge and with its rights direction and what it wants, and over the rules' own reading, trained
/// on the rows `eval/stance_training.py` gathers. Where the rules are silent it raised the supports/opposes labels read
/// right on the labelled test parts, but of the stances it gave linked motions of the corpus that readers labelled,
/// about a third were right (the rules' own, 0.41–0.46): most motions linked to a pledge ask nothing of it, and the
/// model does not tell those apart. A wrong stance moves a pledge's score, a missed one does not, so the linker keeps
/// the rules' reading.
package struct StanceModel: Sendable {
    /// What the model knows of a pledge: the features it crosses the words with.
    package struct Traits: Sendable, Hashable {
        package var id: String
        package var direction: String
        package var wants: String

        package init(id: String, direction: String, wants: String) {
            self.id = id
            self.direction = direction
            self.wants = wants
        }

        package init(_ pledge: Pledge) {
            self.init(
                id: pledge.id, direction: pledge.rights.direction.rawValue, wants: pledge.hints.wants?.rawValue ?? "-")
        }
    }

    /// The classes, in the order of each feature's weights.
    static let classes: [Link.Stance] = [.supports, .opposes, .mentions]

    /// Each feature's weight for supports, opposes and mentions.
    let weights: [String: [Double]]

    package init(weights: [String: [Double]]) {
        self.weights = weights
    }

    /// The features of an operative text read for a pledge, given the rules' reading (nil: no signal).
    ///
    /// Each word of the operative text of two letters or more (by its stem) and each pair of neighbouring ones, plain
    /// ("w:opvang"), crossed with the pledge's rights direction and what it wants ("d:advances/more:opvang") and with
    /// the pledge ("p:<id>:opvang"); whether the words are a dictum or a subject line; the rules' stance, plain and
    /// crossed; the pledge; a bias. Function words stay: "geen", "niet" and "te" tell what is asked as much as the
    /// nouns do (with them left out, an earlier form of the training read 20 fewer of 3,667 rows right in
    /// cross-validation).
    package static func features(of text: OperativeText, pledge: Traits, rule: Link.Stance?) -> [String] {
        let kind = "\(pledge.direction)/\(pledge.wants)"
        let ruled = rule?.rawValue ?? "none"
        var features: [String] = [
            "bias", "p:\(pledge.id)", "k:\(kind)", "r:\(ruled)", "r:\(kind):\(ruled)", "part:\(text.part.rawValue)",
        ]
        var seen: Set<String> = []
        for clause in text.clauses {
            let stems = clause.words.indices.filter { clause.words[$0].count > 1 }.map { clause.stems[$0] }
            for term in stems + zip(stems, stems.dropFirst()).map({ $0 + "_" + $1 }) where seen.insert(term).inserted {
                features.append("w:" + term)
                features.append("d:\(kind):" + term)
                features.append("p:\(pledge.id):" + term)
            }
        }
        return features
    }

    /// The probabilities of supports, opposes and mentions for a deed's features.
    package func probabilities(_ features: [String]) -> [Double] {
        var scores = [0.0, 0.0, 0.0]
        for feature in features {
            guard let weight = weights[feature] else { continue }
            for index in 0..<3 { scores[index] += weight[index] }
        }
        return Self.softmax(scores)
    }

    static func softmax(_ scores: [Double]) -> [Double] {
        let top = scores.max() ?? 0
        let exps = scores.map { exp($0 - top) }
        let sum = exps.reduce(0, +)
        return exps.map { $0 / sum }
    }
}

// MARK: - Training

extension StanceModel {
    /// One training example: a deed's features and its labelled stance.
    package struct Example: Sendable {
        package var features: [String]
        package var stance: Link.Stance

        package init(features: [String], stance: Link.Stance) {
            self.features = features
            self.stance = stance
        }
    }

    /// How the model is trained.
    package struct Training: Sendable {
        /// Passes over the examples.
        package var epochs = 30
        /// The L2 penalty on every weight.
        package var penalty = 1e-3
        /// The learning rate of the first pass; pass n uses rate / (1 + 0.3 n).
        package var rate = 0.2
        /// A feature seen in fewer examples than this has no weight.
        package var minimumCount = 2
        /// The seed of the order the examples are passed in.
        package var seed: UInt64 = 20_261_206
        /// How many fits, each passing the examples in another order, are averaged: one fit's weights depend on
        /// the order it saw the examples in.
        package var fits = 3

        package init() {}
    }

    /// The weights of a multinomial logistic regression fitted to `examples` by stochastic gradient descent, the
    /// examples passed in an order drawn from `training.seed`: the same examples give the same weights.
    package static func train(_ examples: [Example], _ training: Training = Training()) -> [String: [Double]] {
        var counts: [String: Int] = [:]
        for example in examples { for feature in Set(example.features) { counts[feature, default: 0] += 1 } }
        let kept = counts.filter { $0.value >= training.minimumCount }.keys.sorted()
        let number = Dictionary(uniqueKeysWithValues: kept.enumerated().map { ($1, $0) })
        let rows = examples.map { example in
            (
                features: Array(Set(example.features.compactMap { number[$0] })).sorted(),
                label: classes.firstIndex(of: example.stance)!
            )
        }
        var average = [Double](repeating: 0, count: kept.count * 3)
        var random = SplitMix64(seed: training.seed)
        for _ in 0..<training.fits {
            let weights = fit(rows, features: kept.count, training, &random)
            for index in average.indices { average[index] += weights[index] / Double(training.fits) }
        }
        var table: [String: [Double]] = [:]
        for (index, feature) in kept.enumerated() {
            table[feature] = Array(average[(index * 3)..<(index * 3 + 3)])
        }
        return table
    }

    /// One fit: the weights, feature by feature, of supports, opposes and mentions.
    static func fit(
        _ rows: [(features: [Int], label: Int)], features: Int, _ training: Training, _ random: inout SplitMix64
    ) -> [Double] {
        var weights = [Double](repeating: 0, count: features * 3)
        var order = Array(rows.indices)
        for epoch in 0..<training.epochs {
            random.shuffle(&order)
            let rate = training.rate / (1 + 0.3 * Double(epoch))
            for row in order {
                let (features, label) = rows[row]
                var scores = [0.0, 0.0, 0.0]
                for feature in features { for c in 0..<3 { scores[c] += weights[feature * 3 + c] } }
                let probabilities = softmax(scores)
                for feature in features {
                    for c in 0..<3 {
                        let gradient = probabilities[c] - (c == label ? 1 : 0)
                        weights[feature * 3 + c] -= rate * (gradient + training.penalty * weights[feature * 3 + c])
                    }
                }
            }
        }
        return weights
    }
}

/// A small, fast generator of pseudo-random numbers with a fixed sequence for a seed (SplitMix64), so training
/// passes the examples in the same order on every machine.
package struct SplitMix64 {
    var state: UInt64

    package init(seed: UInt64) { state = seed }

    package mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    /// `array` in an order drawn from the generator (Fisher–Yates).
    package mutating func shuffle<Element>(_ array: inout [Element]) {
        for index in stride(from: array.count - 1, to: 0, by: -1) {
            array.swapAt(index, Int(next() % UInt64(index + 1)))
        }
    }
}
