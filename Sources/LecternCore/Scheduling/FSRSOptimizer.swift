import Foundation

/// Fits FSRS-6's 21 weights to one learner's (or one class's) review history, following fsrs-rs's
/// `compute_parameters`, and keeps the result only if it predicts that history better.
///
/// The steps: the outlier filter; below 8 items nothing is fitted; pre-training of w0-w3; below 64 items (or when
/// every item is a first later-day review) only those; otherwise Adam (learning rate 0.04, cosine annealing,
/// 5 epochs) over batches of whole question histories holding up to 512 predictions, on recency-weighted binary
/// cross-entropy plus an L2 pull towards the starting weights, clipping the weights to fsrs-rs's bounds after every
/// step; last, w0-w3 are made non-decreasing again. Everything is seeded: the same history gives the same weights.
public struct FSRSOptimizer: Sendable {
    /// The training settings; the defaults are fsrs-rs's.
    public struct Configuration: Sendable, Equatable {
        /// Passes over the training items.
        public var epochs = 5
        /// The most predictions one gradient step sees.
        public var batchSize = 512
        /// Adam's starting learning rate, annealed along a cosine to 0.
        public var learningRate = 0.04
        /// Seeds the order of the batches in each epoch, drawn as fsrs-rs draws it (`StdRng`, ChaCha12).
        public var seed: UInt64 = 2023
        /// The strength of the pull towards the starting weights.
        public var gamma = 1.0
        /// How many relearning steps the scheduler uses: with more than one, w17 and w18 get a lower ceiling.
        public var relearningSteps = 1

        /// fsrs-rs's defaults.
        public init() {}
    }

    /// The result of fitting: the weights to use from now on and the figures that decided it.
    public struct Fit: Sendable, Equatable {
        /// The weights to use: the fitted ones if adopted, else the current ones.
        public let weights: [Double]
        /// The weights training produced (equal to the current ones when nothing could be fitted).
        public let fittedWeights: [Double]
        /// What the history allowed to be fitted.
        public let scope: FSRSTrainingSet.FitScope
        /// The training items left after the outlier filter.
        public let itemCount: Int
        /// The current weights scored on every item of the history; `nil` when there are no items.
        public let current: FSRSEvaluation?
        /// The fitted weights scored on the same items; `nil` when there are no items.
        public let fitted: FSRSEvaluation?
        /// Whether the fitted weights were adopted: both figures strictly better than the current ones'.
        public let isAdopted: Bool
    }

    /// The training settings.
    public var configuration: Configuration

    /// Creates an optimizer with `configuration`.
    public init(configuration: Configuration = Configuration()) {
        self.configuration = configuration
    }

    /// Fits the weights to `set` and adopts them only if they beat `current` on both log loss and RMSE(bins) over
    /// all of the set's items (Anki's keep-if-better check, made stricter: both figures must improve).
    public func fit(_ set: FSRSTrainingSet, current: [Double]) throws(SchedulingError) -> Fit {
        let (fitted, scope, itemCount) = try train(set)
        guard !set.items.isEmpty else {
            return Fit(
                weights: current, fittedWeights: current, scope: scope, itemCount: itemCount, current: nil,
                fitted: nil, isAdopted: false)
        }
        let binning = FSRSEvaluation.Binning(set, items: set.items)
        let before = try FSRSEvaluation.evaluate(current, on: binning)
        if case .nothing = scope {
            return Fit(
                weights: current, fittedWeights: current, scope: scope, itemCount: itemCount, current: before,
                fitted: before, isAdopted: false)
        }
        let after = try FSRSEvaluation.evaluate(fitted, on: binning)
        let adopted = after.isBetter(than: before)
        return Fit(
            weights: adopted ? fitted : current, fittedWeights: fitted, scope: scope, itemCount: itemCount,
            current: before, fitted: after, isAdopted: adopted)
    }

    /// fsrs-rs's `compute_parameters`: the fitted weights, what could be fitted, and the training item count.
    public func train(_ set: FSRSTrainingSet) throws(SchedulingError) -> (
        weights: [Double], scope: FSRSTrainingSet.FitScope, itemCount: Int
    ) {
        let prepared = set.prepared()
        let scope = set.fitScope(of: prepared)
        let itemCount = prepared.training.count
        if case .nothing = scope {
            return (FSRSParameters.defaultWeights, scope, itemCount)
        }
        let recalled = prepared.training.reduce(0) { $0 + (set.isRecalled($1) ? 1 : 0) }
        let averageRecall = Double(recalled) / Double(itemCount)
        let pretrained = FSRSPretraining.initialStabilities(
            set, initialization: prepared.initialization, averageRecall: averageRecall)
        var start = FSRSParameters.defaultWeights
        if let pretrained {
            start.replaceSubrange(0..<4, with: pretrained.stabilities)
        }
        guard case .allWeights = scope else { return (start, scope, itemCount) }

        let weighted = prepared.training.enumerated().compactMap { position, item -> (FSRSTrainingSet.Item, Double)? in
            guard item.index < FSRSTrainingSet.maximumSequenceLength else { return nil }
            return (item, FSRSTrainingSet.recencyWeight(position: position, count: prepared.training.count))
        }
        var weights = try descend(from: start, batches: Self.batches(set, weighted, size: configuration.batchSize),
                                  total: weighted.count)
        if let pretrained,
            let smoothed = FSRSPretraining.smoothAndFill(
                Dictionary(uniqueKeysWithValues: Rating.allCases.map { ($0, weights[$0.rawValue - 1]) }),
                counts: pretrained.counts)
        {
            weights.replaceSubrange(0..<4, with: smoothed)
        }
        return (weights, scope, itemCount)
    }

    /// Whole histories packed into batches of at most `size` predictions, shortest histories first.
    static func batches(
        _ set: FSRSTrainingSet, _ items: [(item: FSRSTrainingSet.Item, weight: Double)], size: Int
    ) -> [FSRSLossBatch] {
        var byHistory: [Int: [(index: Int, weight: Double)]] = [:]
        for (item, weight) in items {
            byHistory[item.history, default: []].append((item.index, weight))
        }
        let cards = byHistory.keys.sorted().map { history in
            (history: history, items: byHistory[history, default: []].sorted { $0.index < $1.index })
        }
        let ordered = cards.enumerated().sorted { lhs, rhs in
            let (left, right) = ((lhs.element.items.last?.index ?? 0), (rhs.element.items.last?.index ?? 0))
            return left != right ? left < right : lhs.offset < rhs.offset
        }.map(\.element)
        var batches: [FSRSLossBatch] = []
        var batch = FSRSLossBatch()
        for card in ordered {
            if batch.predictions > 0 && batch.predictions + card.items.count > size {
                batches.append(batch)
                batch = FSRSLossBatch()
            }
            let last = card.items.last?.index ?? 0
            var stepWeights = [Double](repeating: 0, count: last + 1)
            for (index, weight) in card.items { stepWeights[index] = weight }
            batch.append(set.histories[card.history][...last], weights: stepWeights)
        }
        if batch.predictions > 0 { batches.append(batch) }
        return batches
    }

    /// Adam over `batches` for the configured epochs, clipping after every step.
    private func descend(from start: [Double], batches: [FSRSLossBatch], total: Int) throws(SchedulingError) -> [Double] {
        let configuration = configuration
        var weights = start
        guard total > 0, !batches.isEmpty else { return weights }
        var adam = FSRSAdam()
        var schedule = FSRSCosineAnnealing(
            steps: Double((total / configuration.batchSize + 1) * configuration.epochs),
            learningRate: configuration.learningRate)
        var random = ChaCha12Generator(seed: configuration.seed)
        var order = Array(batches.indices)
        var workspace = FSRSLoss.Workspace()
        var gradient = [Double](repeating: 0, count: weights.count)
        for _ in 0..<configuration.epochs {
            order = Array(batches.indices)
            random.shuffle(&order)
            for index in order {
                let batch = batches[index]
                let rate = schedule.step()
                let scheduler = FSRSScheduler(parameters: try FSRSParameters(weights: weights))
                for slot in gradient.indices { gradient[slot] = 0 }
                _ = gradient.withUnsafeMutableBufferPointer { buffer in
                    FSRSLoss.loss(batch, scheduler: scheduler, gradient: buffer, workspace: &workspace)
                }
                Self.addPenaltyGradient(
                    weights, start: start, share: configuration.gamma * Double(batch.predictions) / Double(total),
                    into: &gradient)
                adam.step(&weights, gradient: gradient, learningRate: rate)
                Self.clip(&weights, relearningSteps: configuration.relearningSteps)
            }
        }
        return weights
    }

    /// fsrs-rs's spread of each weight across users: the L2 pull divides by its square.
    static let spread: [Double] = [
        6.43, 9.66, 17.58, 27.85, 0.57, 0.28, 0.6, 0.12, 0.39, 0.18, 0.33, 0.3, 0.09, 0.16, 0.57, 0.25, 1.03, 0.31,
        0.32, 0.14, 0.27,
    ]

    /// The L2 pull Σ (w - w₀)²/σ² · share, the loss it adds to a batch.
    static func penalty(_ weights: [Double], start: [Double], share: Double) -> Double {
        var total = 0.0
        for index in weights.indices {
            let delta = weights[index] - start[index]
            total += delta * delta / (spread[index] * spread[index])
        }
        return total * share
    }

    /// Adds the gradient of `penalty` into `gradient`.
    static func addPenaltyGradient(_ weights: [Double], start: [Double], share: Double, into gradient: inout [Double]) {
        for index in weights.indices {
            gradient[index] += 2 * (weights[index] - start[index]) / (spread[index] * spread[index]) * share
        }
    }

    /// Clips the weights to fsrs-rs's bounds with the short-term weights on: w19 at least 0.01, and w17, w18 at most
    /// a ceiling that, with several relearning steps, keeps stability after a lapse from growing over the steps.
    static func clip(_ weights: inout [Double], relearningSteps: Int) {
        var ceiling = 2.0
        if relearningSteps > 1 {
            let exponent = log(weights[11]) + log(pow(2, weights[13]) - 1) + weights[14] * 0.3
            ceiling = min(max(-exponent / Double(relearningSteps), 0.01).squareRoot(), 2)
        }
        var bounds = FSRSParameters.weightRanges.map { ($0.lowerBound, $0.upperBound) }
        bounds[17] = (0, ceiling)
        bounds[18] = (0, ceiling)
        bounds[19] = (0.01, 0.8)
        for index in weights.indices {
            weights[index] = min(max(weights[index], bounds[index].0), bounds[index].1)
        }
    }
}

/// Adam with PyTorch's defaults (β1 0.9, β2 0.999, ε 1e-8), bias-corrected, as fsrs-rs writes it by hand.
struct FSRSAdam {
    private var first = [Double](repeating: 0, count: 21)
    private var second = [Double](repeating: 0, count: 21)
    private var steps = 0

    mutating func step(_ weights: inout [Double], gradient: [Double], learningRate: Double) {
        steps += 1
        let firstCorrection = 1 - pow(0.9, Double(steps))
        let secondCorrection = 1 - pow(0.999, Double(steps))
        for index in weights.indices {
            first[index] = 0.9 * first[index] + (1 - 0.9) * gradient[index]
            second[index] = 0.999 * second[index] + (1 - 0.999) * gradient[index] * gradient[index]
            let corrected = first[index] / firstCorrection
            let scale = (second[index] / secondCorrection).squareRoot() + 1e-8
            weights[index] -= learningRate * corrected / scale
        }
    }
}

/// PyTorch's `CosineAnnealingLR` (η_min 0) in its recursive form, which fsrs-rs follows.
struct FSRSCosineAnnealing {
    let steps: Double
    let initial: Double
    private var count = -1.0
    private var current: Double

    init(steps: Double, learningRate: Double) {
        self.steps = steps
        initial = learningRate
        current = learningRate
    }

    /// The learning rate for the next step.
    mutating func step() -> Double {
        count += 1
        if count == 0 {
            current = initial
        } else if (count - 1 - steps).truncatingRemainder(dividingBy: 2 * steps) == 0 {
            current = initial * (1 - cos(Double.pi / steps)) / 2
        } else {
            current = (1 + cos(Double.pi * count / steps)) / (1 + cos(Double.pi * (count - 1) / steps)) * current
        }
        return current
    }
}
