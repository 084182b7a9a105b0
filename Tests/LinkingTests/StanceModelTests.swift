import Core
import Foundation
import Ledger
import Linking
import Testing
import Text

/// The stance model of `make stance-model` (not used by the linker): what it reads a deed by and how it is trained.
@Suite("The stance model, an experiment beside the rules")
struct StanceModelTests {
    static func operative(_ title: String, dictum: String? = nil) -> OperativeText {
        OperativeText(title: title, dictum: dictum) { FoldedText($0) }!
    }

    static let reception = StanceModel.Traits(id: "opvang-verbeteren", direction: "advances", wants: "more")

    @Test("A deed's features: its words' stems and neighbouring pairs, plain, by the pledge's kind and by the pledge")
    func features() {
        let features = StanceModel.features(
            of: Self.operative("Motie van het lid Podt over betere opvang"), pledge: Self.reception, rule: nil)
        #expect(
            features == [
                "bias", "p:opvang-verbeteren", "k:advances/more", "r:none", "r:advances/more:none", "part:subject",
                "w:beter", "d:advances/more:beter", "p:opvang-verbeteren:beter",
                "w:opvang", "d:advances/more:opvang", "p:opvang-verbeteren:opvang",
                "w:beter_opvang", "d:advances/more:beter_opvang", "p:opvang-verbeteren:beter_opvang",
            ])
        // The rules' reading is a feature of its own, so the words learn what the rules do not already say; a dictum
        // is told from a subject line.
        let ruled = StanceModel.features(
            of: Self.operative("Motie", dictum: "verzoekt de regering betere opvang te bieden,"),
            pledge: Self.reception,
            rule: .supports)
        #expect(ruled[3...5] == ["r:supports", "r:advances/more:supports", "part:dictum"])
    }

    /// Twelve constructed rows: more reception supports the pledge, less opposes it, a study or a letter mentions it.
    static let examples: [StanceModel.Example] = [
        ("over meer opvangplekken", Link.Stance.supports), ("over extra opvangplekken", .supports),
        ("over meer opvanglocaties", .supports), ("over extra opvanglocaties", .supports),
        ("over minder opvangplekken", .opposes), ("over sluiten van opvanglocaties", .opposes),
        ("over minder opvanglocaties", .opposes), ("over sluiten van opvangplekken", .opposes),
        ("over onderzoek naar opvangplekken", .mentions), ("over onderzoek naar opvanglocaties", .mentions),
        ("over een brief over opvangplekken", .mentions), ("over een brief over opvanglocaties", .mentions),
    ].map { subject, stance in
        StanceModel.Example(
            features: StanceModel.features(of: operative("Motie " + subject), pledge: reception, rule: nil),
            stance: stance)
    }

    static var everyFeature: StanceModel.Training {
        var training = StanceModel.Training()
        training.minimumCount = 1
        return training
    }

    @Test("Training is a fixed sequence: the same rows give the same weights, which read the rows back")
    func training() {
        let weights = StanceModel.train(Self.examples, Self.everyFeature)
        #expect(weights == StanceModel.train(Self.examples, Self.everyFeature))
        let model = StanceModel(weights: weights)
        let read = { (subject: String) -> Link.Stance in
            let probabilities = model.probabilities(
                StanceModel.features(of: Self.operative("Motie " + subject), pledge: Self.reception, rule: nil))
            return [Link.Stance.supports, .opposes, .mentions][probabilities.firstIndex(of: probabilities.max()!)!]
        }
        #expect(read("over meer opvangplekken") == .supports)
        #expect(read("over sluiten van opvanglocaties") == .opposes)
        #expect(read("over onderzoek naar opvangplekken") == .mentions)
        // Words it never saw leave the reading to the words it did: "extra" and "opvanglocaties".
        #expect(read("over extra opvanglocaties voor gezinnen") == .supports)
        // Another seed passes the rows in another order: other weights.
        var reseeded = Self.everyFeature
        reseeded.seed = 1
        #expect(StanceModel.train(Self.examples, reseeded) != weights)
    }

    @Test("A feature seen in fewer rows than the minimum has no weight")
    func minimumCount() {
        let meer = "w:" + DutchStemmer.shared.stem("meer")
        let pair = meer + "_" + DutchStemmer.shared.stem("opvangplekken")
        // "meer" is in two rows, the pair "meer opvangplekken" in one.
        #expect(StanceModel.train(Self.examples)[meer] != nil)
        #expect(StanceModel.train(Self.examples)[pair] == nil)
        #expect(StanceModel.train(Self.examples, Self.everyFeature)[pair] != nil)
    }
}
