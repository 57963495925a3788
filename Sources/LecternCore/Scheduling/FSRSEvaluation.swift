import Foundation

/// How well a set of weights predicts a learner's reviews: fsrs-rs's `evaluate`, the figures Anki shows.
public struct FSRSEvaluation: Sendable, Equatable {
    /// Recency-weighted binary cross-entropy of the predicted recall (smaller is better; 0.69 is a coin toss).
    public let logLoss: Double
    /// Root mean square gap between predicted and actual recall over fsrs-rs's bins, weighted by their items'
    /// recency weights: 0.05 means predictions are off by 5 percentage points on average.
    public let rmseBins: Double
    /// How many items were scored.
    public let itemCount: Int

    /// Creates an evaluation from its figures.
    public init(logLoss: Double, rmseBins: Double, itemCount: Int) {
        self.logLoss = logLoss
        self.rmseBins = rmseBins
        self.itemCount = itemCount
    }

    /// Whether both figures are strictly better (smaller) than `other`'s.
    public func isBetter(than other: FSRSEvaluation) -> Bool {
        logLoss < other.logLoss && rmseBins < other.rmseBins
    }

    /// Scores `weights` on `items` of `set` (all of its items when `nil`), as fsrs-rs's `FSRS::evaluate` does.
    ///
    /// Items are weighted by recency in the order given (0.25 for the first to 1 for the last); the log loss is
    /// Σ weight·BCE / Σ weight without clamping the prediction; RMSE(bins) groups items by interval, by how many
    /// later-day reviews the item has and by how many lapses its past holds, and averages the squared gap between
    /// each bin's mean prediction and mean outcome, weighted by the bin's summed recency weight.
    public static func evaluate(
        _ weights: [Double], on set: FSRSTrainingSet, items: [FSRSTrainingSet.Item]? = nil
    ) throws(SchedulingError) -> FSRSEvaluation {
        try evaluate(weights, on: Binning(set, items: items ?? set.items))
    }

    /// Scores `weights` on the items `binning` was made for: the bins depend on the histories alone, so scoring
    /// several weight sets on the same items (the keep-if-better guard) works them out once.
    static func evaluate(_ weights: [Double], on binning: Binning) throws(SchedulingError) -> FSRSEvaluation {
        let items = binning.items
        guard !items.isEmpty else { throw .cannotEvaluate(reason: "there are no training items") }
        let scheduler = FSRSScheduler(parameters: try FSRSParameters(weights: weights))
        let replay = FSRSReplay(binning.set, scheduler: scheduler)
        var lossSum = 0.0
        var weightSum = 0.0
        var predictedSums = [Double](repeating: 0, count: binning.binCount)
        var actualSums = predictedSums
        var counts = predictedSums
        var binWeights = predictedSums
        for (position, item) in items.enumerated() {
            let weight = FSRSTrainingSet.recencyWeight(position: position, count: items.count)
            let predicted = replay.retrievability(item)
            let actual: Double = binning.set.isRecalled(item) ? 1 : 0
            lossSum += (actual * log(predicted) + (1 - actual) * log(1 - predicted)) * weight
            weightSum += weight
            let bin = binning.bins[position]
            predictedSums[bin] += predicted
            actualSums[bin] += actual
            counts[bin] += 1
            binWeights[bin] += weight
        }
        // The bins are numbered in a fixed (sorted) order, so the figure repeats exactly.
        var squaredSum = 0.0
        var binWeightSum = 0.0
        for bin in 0..<binning.binCount {
            let gap = predictedSums[bin] / counts[bin] - actualSums[bin] / counts[bin]
            squaredSum += gap * gap * binWeights[bin]
            binWeightSum += binWeights[bin]
        }
        let logLoss = -lossSum / weightSum
        let rmse = (squaredSum / binWeightSum).squareRoot()
        guard logLoss.isFinite, rmse.isFinite else {
            throw .cannotEvaluate(reason: "a predicted recall of exactly 0 or 1 met the opposite outcome")
        }
        return FSRSEvaluation(logLoss: logLoss, rmseBins: rmse, itemCount: items.count)
    }

    /// Which of fsrs-rs's bins each item falls in, numbered in the bins' sorted order.
    struct Binning {
        let set: FSRSTrainingSet
        let items: [FSRSTrainingSet.Item]
        /// Per item (in `items` order), its bin's number.
        let bins: [Int]
        let binCount: Int

        init(_ set: FSRSTrainingSet, items: [FSRSTrainingSet.Item]) {
            self.set = set
            self.items = items
            // Per history, per review: later-day reviews up to and including it, and later-day lapses before it.
            var longTerm: [[Int]] = []
            var lapses: [[Int]] = []
            longTerm.reserveCapacity(set.histories.count)
            lapses.reserveCapacity(set.histories.count)
            for history in set.histories {
                var longTermCounts = [Int](repeating: 0, count: history.count)
                var lapseCounts = longTermCounts
                var longTermSoFar = 0
                var lapsesSoFar = 0
                for index in history.indices.dropFirst() {
                    lapseCounts[index] = lapsesSoFar
                    if history[index].elapsedDays > 0 {
                        longTermSoFar += 1
                        if history[index].rating == .again { lapsesSoFar += 1 }
                    }
                    longTermCounts[index] = longTermSoFar
                }
                longTerm.append(longTermCounts)
                lapses.append(lapseCounts)
            }
            let keys = items.map { item in
                Bin(
                    elapsedDays: set.histories[item.history][item.index].elapsedDays,
                    longTermReviews: longTerm[item.history][item.index], lapses: lapses[item.history][item.index])
            }
            let numbers = Dictionary(
                uniqueKeysWithValues: Set(keys).sorted().enumerated().map { ($0.element, $0.offset) })
            bins = keys.map { numbers[$0] ?? 0 }
            binCount = numbers.count
        }
    }

    /// fsrs-rs's bin of an item: interval, review count and lapse count, each on a geometric scale.
    /// Kept as whole-valued `Double`s, so no interval however long can overflow an integer.
    struct Bin: Hashable, Comparable {
        let interval: Double
        let length: Double
        let lapse: Double

        init(elapsedDays: Int, longTermReviews: Int, lapses: Int) {
            interval = (2.48 * pow(3.62, Self.floorLog(Double(elapsedDays), base: 3.62)) * 100).rounded()
            length = (1.99 * pow(1.89, Self.floorLog(Double(longTermReviews) + 1, base: 1.89))).rounded()
            lapse = lapses == 0 ? 0 : (1.65 * pow(1.73, Self.floorLog(Double(lapses), base: 1.73))).rounded()
        }

        private static func floorLog(_ value: Double, base: Double) -> Double {
            (log(value) / log(base)).rounded(.down)
        }

        static func < (lhs: Bin, rhs: Bin) -> Bool {
            (lhs.interval, lhs.length, lhs.lapse) < (rhs.interval, rhs.length, rhs.lapse)
        }
    }
}

/// Every history of a set replayed once: the recall predicted at each review.
struct FSRSReplay {
    /// Per history, per review: the recall predicted before it (1 for the first review).
    private var predictions: [[Double]] = []

    init(_ set: FSRSTrainingSet, scheduler: FSRSScheduler) {
        predictions.reserveCapacity(set.histories.count)
        for history in set.histories {
            var predicted = [Double](repeating: 1, count: history.count)
            if let first = history.first {
                var stability = scheduler.initialStability(first.rating)
                var difficulty = scheduler.initialDifficulty(first.rating, clamped: true)
                for index in history.indices.dropFirst() {
                    let elapsed = Double(history[index].elapsedDays)
                    predicted[index] = scheduler.retrievability(elapsedDays: elapsed, stability: stability)
                    (stability, difficulty) = scheduler.nextMemory(
                        stability: stability, difficulty: difficulty, elapsedDays: elapsed, rating: history[index].rating)
                }
            }
            predictions.append(predicted)
        }
    }

    func retrievability(_ item: FSRSTrainingSet.Item) -> Double { predictions[item.history][item.index] }
}
