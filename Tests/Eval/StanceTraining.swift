import Foundation
import Ledger
import Linking
import Text

/// `trackereval --workspace DIR --stance-model TRAIN.tsv --test TEST.tsv`: the stance model (`StanceModel`), trained on
/// the rows of one file and measured on another's, beside the rules alone (eval/SOURCES.md, "The stance model").
///
/// Each row, tab-separated: source, id, pledge, stance (supports | opposes | mentions), subject line, dictum (may be
/// empty); lines starting with "#" are comments (`eval/stance_training.py` writes both files). A row is read as the
/// linker reads a deed: its operative text (`OperativeText`), the rules' reading of it for the pledge
/// (`StanceReader`), their features (`StanceModel.features`).
///
/// The L2 penalty and the threshold are chosen by five-fold cross-validation over the training rows: for each penalty
/// the model is trained on four fifths and read on the fifth, every row once, as it would be used (the rules where they
/// find a signal, else the model's estimate at the threshold, else `mentions`); the pair with the best balanced
/// accuracy (the mean, over supports, opposes and mentions, of the share of each read right) is kept, the first found
/// of equals. Balanced, because most rows are `mentions`: plain accuracy is about as good for a model that stays silent
/// as for one that reads the stances. Cross-validation also says, per source of rows, how many of the stances the
/// model gave were right: for the corpus rows, motions as the linker links them, that is its precision where it would
/// be used; and, at the chosen penalty, for every threshold tried, how many stances the model gives the corpus rows and
/// how many of them are right, for a threshold chosen for precision rather than balanced accuracy. Then the model is
/// trained on all training rows and read on the test rows, per source.
func stanceModelExperiment(train: String, test: String, ledger: Ledger) throws {
    let training = try stanceRows(String(contentsOfFile: train, encoding: .utf8), file: train, ledger: ledger)
    let testing = try stanceRows(String(contentsOfFile: test, encoding: .utf8), file: test, ledger: ledger)
    print("training rows: \(training.count); test rows: \(testing.count)")

    // Five folds, rows dealt in an order drawn from the training seed.
    var order = Array(training.indices)
    var random = SplitMix64(seed: StanceModel.Training().seed)
    random.shuffle(&order)
    var fold = [Int](repeating: 0, count: training.count)
    for (position, row) in order.enumerated() { fold[row] = position % 5 }

    let thresholds = stride(from: 0.35, through: 0.851, by: 0.05).map { ($0 * 100).rounded() / 100 }
    var best: (balanced: Double, penalty: Double, threshold: Double, estimates: [[Double]])?
    for penalty in [3e-3, 1e-3, 3e-4] {
        var settings = StanceModel.Training()
        settings.penalty = penalty
        var estimates = [[Double]](repeating: [], count: training.count)
        for held in 0..<5 {
            let examples = training.indices.filter { fold[$0] != held }.map {
                StanceModel.Example(features: training[$0].features, stance: training[$0].stance)
            }
            let model = StanceModel(weights: StanceModel.train(examples, settings))
            for index in training.indices where fold[index] == held {
                estimates[index] = model.probabilities(training[index].features)
            }
        }
        for threshold in thresholds {
            let read = training.indices.map { training[$0].read(estimates[$0], threshold: threshold) }
            let balanced = balancedAccuracy(zip(training, read).map { ($0.stance, $1) })
            if best == nil || balanced > best!.balanced { best = (balanced, penalty, threshold, estimates) }
        }
    }
    let chosen = best!
    print(
        "chosen by cross-validation: penalty \(chosen.penalty), threshold \(chosen.threshold), balanced accuracy "
            + String(format: "%.3f", chosen.balanced))
    print("cross-validation, per source of training rows:")
    report(
        training, read: training.indices.map { training[$0].read(chosen.estimates[$0], threshold: chosen.threshold) })
    print("cross-validation at the chosen penalty, by threshold: the model's stances on the corpus rows (links as the")
    print(
        "linker makes them) and how many of them are right, beside the supports/opposes labels of all rows read right:")
    let corpus = training.indices.filter { training[$0].source == "corpus" }
    let directed = training.indices.filter { training[$0].stance != .mentions }
    for threshold in thresholds {
        let read = training.indices.map { training[$0].read(chosen.estimates[$0], threshold: threshold) }
        let given = corpus.filter { training[$0].rule == nil && read[$0] != .mentions }
        let right = given.filter { read[$0] == training[$0].stance }.count
        let found = directed.filter { read[$0] == training[$0].stance }.count
        let precision = given.isEmpty ? "–" : String(format: "%.2f", Double(right) / Double(given.count))
        print(
            "  threshold \(String(format: "%.2f", threshold)): corpus rows given \(given.count), right \(right) "
                + "(\(precision)); supports/opposes labels read right \(found) of \(directed.count)")
    }

    var settings = StanceModel.Training()
    settings.penalty = chosen.penalty
    let model = StanceModel(
        weights: StanceModel.train(
            training.map { StanceModel.Example(features: $0.features, stance: $0.stance) }, settings))
    print("trained on all training rows, read on the test rows, per source:")
    report(testing, read: testing.map { $0.read(model.probabilities($0.features), threshold: chosen.threshold) })
}

/// One row read: its source, labelled stance, the rules' reading (nil: no signal) and features.
struct StanceRow {
    var source: String
    var stance: Link.Stance
    var rule: Link.Stance?
    var features: [String]

    /// The stance as the rules and the model read it together: the rules where they find a signal, else the model's
    /// estimate where supports or opposes is likelier than `mentions` and at least `threshold`, else `mentions`.
    func read(_ probabilities: [Double], threshold: Double) -> Link.Stance {
        if let rule { return rule }
        let side = probabilities[0] >= probabilities[1] ? 0 : 1
        guard probabilities[side] > probabilities[2], probabilities[side] >= threshold else { return .mentions }
        return side == 0 ? .supports : .opposes
    }
}

func stanceRows(_ text: String, file: String, ledger: Ledger) throws -> [StanceRow] {
    var rows: [StanceRow] = []
    for (number, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
        guard !line.isEmpty, !line.hasPrefix("#") else { continue }
        let fields = line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
        guard fields.count == 6, let stance = Link.Stance(rawValue: fields[3]), let pledge = ledger.pledge(fields[2])
        else {
            fail(
                "\(file):\(number + 1): expected source, id, pledge (of the ledger), stance (supports, opposes or "
                    + "mentions), subject line and dictum, separated by tabs")
        }
        guard
            let operative = OperativeText(
                title: fields[4], dictum: fields[5].isEmpty ? nil : fields[5], fold: { FoldedText($0) })
        else { continue }
        let reading = StanceReader(pledge.hints).read(operative)
        let rule = reading.signals.isEmpty ? nil : reading.stance
        rows.append(
            StanceRow(
                source: fields[0], stance: stance, rule: rule,
                features: StanceModel.features(of: operative, pledge: StanceModel.Traits(pledge), rule: rule)))
    }
    return rows
}

/// The mean, over the stances labelled, of the share of each read right.
func balancedAccuracy(_ pairs: [(label: Link.Stance, read: Link.Stance)]) -> Double {
    let labels = Set(pairs.map(\.label))
    let shares = labels.map { label in
        let of = pairs.filter { $0.label == label }
        return Double(of.filter { $0.read == label }.count) / Double(of.count)
    }
    return shares.reduce(0, +) / Double(labels.count)
}

/// Per source: supports/opposes labels read right by the rules and with the model, mentions labels likewise, and of
/// the stances the model gave (where the rules read none) how many were right.
func report(_ rows: [StanceRow], read: [Link.Stance]) {
    let sources = Array(Set(rows.map(\.source))).sorted()
    let header =
        "source".padding(toLength: 22, withPad: " ", startingAt: 0)
        + "  supports/opposes: rules  +model   mentions: rules  +model   the model's stances right"
    print(header)
    for source in sources + ["all"] {
        let picked = rows.indices.filter { source == "all" || rows[$0].source == source }
        let directed = picked.filter { rows[$0].stance != .mentions }
        let mentions = picked.filter { rows[$0].stance == .mentions }
        let ruleRight = { (indices: [Int]) in indices.filter { (rows[$0].rule ?? .mentions) == rows[$0].stance }.count }
        let modelRight = { (indices: [Int]) in indices.filter { read[$0] == rows[$0].stance }.count }
        let given = picked.filter { rows[$0].rule == nil && read[$0] != .mentions }
        print(
            source.padding(toLength: 22, withPad: " ", startingAt: 0)
                + "  \(ruleRight(directed)) → \(modelRight(directed)) of \(directed.count)".padding(
                    toLength: 34, withPad: " ", startingAt: 0)
                + "\(ruleRight(mentions)) → \(modelRight(mentions)) of \(mentions.count)".padding(
                    toLength: 26, withPad: " ", startingAt: 0)
                + "\(given.filter { read[$0] == rows[$0].stance }.count) of \(given.count)")
    }
}
