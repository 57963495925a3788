import Foundation

/// Histories laid out flat for the loss: every review, and for each the weight of predicting it (0 when it is not
/// predicted: a first review or a same-day one).
struct FSRSLossBatch: Sendable, Equatable {
    /// The reviews of every history in the batch, one history after another.
    private(set) var reviews: [FSRSReview] = []
    /// Per review, the weight its prediction carries in the loss; 0 for reviews that are not predicted.
    private(set) var weights: [Double] = []
    /// Where each history starts in `reviews`, and one past the end.
    private(set) var starts: [Int] = [0]
    /// How many predictions (reviews with a weight) the batch holds.
    private(set) var predictions = 0

    /// Adds one history: `reviews` up to the last predicted one, each with the weight of its prediction (0: not
    /// predicted). Reviews without a weight are left out.
    mutating func append(_ reviews: some Collection<FSRSReview>, weights: some Collection<Double>) {
        for (review, weight) in zip(reviews, weights) {
            self.reviews.append(review)
            self.weights.append(weight)
            predictions += weight > 0 ? 1 : 0
        }
        starts.append(self.reviews.count)
    }

    /// How many histories the batch holds.
    var historyCount: Int { starts.count - 1 }
}

/// The training loss, binary cross-entropy of predicted recall, and its gradient in the 21 weights, derived by hand.
///
/// The forward pass steps through `FSRSScheduler`'s own formulas (`nextMemory`, `retrievability`), so a fitted
/// schedule predicts exactly what training saw. The backward pass walks each history in reverse; where a formula
/// clamps (stability at 0.001, difficulty in 1...10, the same-day increase of at least 1, the smaller of the two
/// forgetting stabilities) the gradient follows the branch the forward pass took, and passes a clamp only when its
/// input lies inside the interval, boundaries included, as PyTorch and Burn do.
enum FSRSLoss {
    static let minimumStability = 0.001
    static let minimumProbability = 1e-7
    static let maximumProbability = 1 - 1e-7

    /// Reusable per-review storage, so a pass allocates nothing per review.
    struct Workspace {
        var stability: [Double] = []
        var difficulty: [Double] = []
        var retrievability: [Double] = []
        var retrievabilityGradient: [Double] = []

        mutating func reserve(_ count: Int) {
            guard stability.count < count else { return }
            stability = Array(repeating: 0, count: count)
            difficulty = stability
            retrievability = stability
            retrievabilityGradient = stability
        }
    }

    /// The summed weighted loss of `batch`; adds its gradient into `gradient` (21 entries) when one is given.
    static func loss(
        _ batch: FSRSLossBatch, scheduler: FSRSScheduler, gradient: UnsafeMutableBufferPointer<Double>?,
        workspace: inout Workspace
    ) -> Double {
        var total = 0.0
        let constants = FSRSBackwardConstants(scheduler.parameters.weights)
        for history in 0..<batch.historyCount {
            let range = batch.starts[history]..<batch.starts[history + 1]
            guard range.count >= 2 else { continue }
            workspace.reserve(range.count)
            total += historyLoss(
                batch, range: range, scheduler: scheduler, constants: constants, gradient: gradient,
                workspace: &workspace)
        }
        return total
    }

    /// Binary cross-entropy of `retrievability` (clamped to [1e-7, 1-1e-7]) against recall, times `weight`, and
    /// its derivative in the unclamped retrievability (0 where the clamp holds it).
    @inline(__always)
    static func crossEntropy(_ retrievability: Double, recalled: Bool, weight: Double) -> (loss: Double, slope: Double) {
        let r = min(max(retrievability, minimumProbability), maximumProbability)
        let loss = -(recalled ? log(r) : log(1 - r)) * weight
        let inside = retrievability > minimumProbability && retrievability < maximumProbability
        let slope = inside ? -weight * (recalled ? 1 / r : -1 / (1 - r)) : 0
        return (loss, slope)
    }

    private static func historyLoss(
        _ batch: FSRSLossBatch, range: Range<Int>, scheduler: FSRSScheduler, constants: FSRSBackwardConstants,
        gradient: UnsafeMutableBufferPointer<Double>?, workspace: inout Workspace
    ) -> Double {
        let first = batch.reviews[range.lowerBound]
        var stability = scheduler.initialStability(first.rating)
        var difficulty = scheduler.initialDifficulty(first.rating, clamped: true)
        var loss = 0.0
        let count = range.count
        for offset in 1..<count {
            let index = range.lowerBound + offset
            let review = batch.reviews[index]
            let elapsed = Double(review.elapsedDays)
            let retrievability = scheduler.retrievability(elapsedDays: elapsed, stability: stability)
            workspace.stability[offset] = stability
            workspace.difficulty[offset] = difficulty
            workspace.retrievability[offset] = retrievability
            var slope = 0.0
            let weight = batch.weights[index]
            if weight > 0 {
                let term = crossEntropy(retrievability, recalled: review.rating != .again, weight: weight)
                loss += term.loss
                slope = term.slope
            }
            workspace.retrievabilityGradient[offset] = slope
            if offset + 1 < count {
                (stability, difficulty) = scheduler.nextMemory(
                    stability: stability, difficulty: difficulty, elapsedDays: elapsed, rating: review.rating)
            }
        }
        if let gradient {
            backward(
                batch, range: range, weights: scheduler.parameters.weights, constants: constants, gradient: gradient,
                workspace: workspace)
        }
        return loss
    }

    /// Walks one history in reverse, carrying d(loss)/d(stability) and d(loss)/d(difficulty) of the state.
    private static func backward(
        _ batch: FSRSLossBatch, range: Range<Int>, weights w: [Double], constants c: FSRSBackwardConstants,
        gradient g: UnsafeMutableBufferPointer<Double>, workspace: Workspace
    ) {
        var stabilityGradient = 0.0
        var difficultyGradient = 0.0
        let count = range.count
        for offset in stride(from: count - 1, through: 1, by: -1) {
            let review = batch.reviews[range.lowerBound + offset]
            let s = workspace.stability[offset]
            let d = workspace.difficulty[offset]
            let r = workspace.retrievability[offset]
            let t = Double(review.elapsedDays)
            var retrievabilityGradient = workspace.retrievabilityGradient[offset]
            var previousStability = 0.0
            var previousDifficulty = 0.0
            if offset + 1 < count {
                let step = stepBackward(
                    FSRSStepInput(stability: s, difficulty: d, retrievability: r, elapsedDays: t, rating: review.rating),
                    stabilityGradient: stabilityGradient, difficultyGradient: difficultyGradient, w: w, c: c, g: g)
                previousStability = step.stability
                previousDifficulty = step.difficulty
                retrievabilityGradient += step.retrievability
            }
            if retrievabilityGradient != 0 && t > 0 {
                previousStability += curveBackward(
                    elapsedDays: t, stability: s, retrievability: r, upstream: retrievabilityGradient, w: w, c: c,
                    g: g)
            }
            stabilityGradient = previousStability
            difficultyGradient = previousDifficulty
        }
        initialBackward(
            batch.reviews[range.lowerBound].rating, stabilityGradient: stabilityGradient,
            difficultyGradient: difficultyGradient, w: w, g: g)
    }
}
