import Foundation

/// A validated FSRS-6 configuration: the 21 model weights and the scheduling choices around them.
public struct FSRSParameters: Sendable, Equatable, Hashable {
    /// The 21 FSRS-6 weights w[0]…w[20].
    public let weights: [Double]
    /// The probability of recall the scheduler aims for when a review card comes due.
    public let desiredRetention: Double
    /// Delays between reviews of a new card before it graduates to review.
    public let learningSteps: [TimeInterval]
    /// Delays between reviews of a lapsed card before it returns to review.
    public let relearningSteps: [TimeInterval]
    /// The longest interval, in days, a review card can be scheduled.
    public let maximumInterval: Int

    /// The FSRS-6 default weights (those of the reference implementation `fsrs` 6.3.2).
    public static let defaultWeights: [Double] = [
        0.212, 1.2931, 2.3065, 8.2956, 6.4133, 0.8334, 3.0194, 0.001, 1.8722, 0.1666, 0.796,
        1.4835, 0.0614, 0.2629, 1.6483, 0.6014, 1.8729, 0.5425, 0.0912, 0.0658, 0.1542,
    ]

    /// The allowed range of each weight, as the reference optimizer clamps them.
    public static let weightRanges: [ClosedRange<Double>] = [
        0.001...100, 0.001...100, 0.001...100, 0.001...100, 1...10, 0.001...4, 0.001...4,
        0.001...0.75, 0...4.5, 0...0.8, 0.001...3.5, 0.001...5, 0.001...0.25, 0.001...0.9,
        0...4, 0...1, 1...6, 0...2, 0...2, 0...0.8, 0.1...0.8,
    ]

    /// The default configuration: default weights, 90% retention, steps of 1 and 10 minutes, relearning after
    /// 10 minutes, at most 36,500 days.
    public static let `default` = FSRSParameters(
        unchecked: defaultWeights,
        desiredRetention: 0.9,
        learningSteps: [60, 600],
        relearningSteps: [600],
        maximumInterval: 36_500
    )

    /// Creates a configuration, refusing weights of the wrong count or out of range and nonsensical settings.
    public init(
        weights: [Double] = FSRSParameters.defaultWeights,
        desiredRetention: Double = 0.9,
        learningSteps: [TimeInterval] = [60, 600],
        relearningSteps: [TimeInterval] = [600],
        maximumInterval: Int = 36_500
    ) throws(SchedulingError) {
        let ranges = Self.weightRanges
        guard weights.count == ranges.count else {
            throw .wrongWeightCount(expected: ranges.count, actual: weights.count)
        }
        for (index, (value, allowed)) in zip(weights, ranges).enumerated() where !allowed.contains(value) {
            throw .weightOutOfRange(index: index, value: value, allowed: allowed)
        }
        guard desiredRetention > 0, desiredRetention < 1 else {
            throw .desiredRetentionOutOfRange(desiredRetention)
        }
        for (kind, steps) in [("learning", learningSteps), ("relearning", relearningSteps)] {
            for (index, seconds) in steps.enumerated() where !(seconds.isFinite && seconds > 0) {
                throw .invalidStep(kind: kind, index: index, seconds: seconds)
            }
        }
        guard maximumInterval >= 1 else {
            throw .maximumIntervalTooShort(days: maximumInterval)
        }
        self.init(
            unchecked: weights,
            desiredRetention: desiredRetention,
            learningSteps: learningSteps,
            relearningSteps: relearningSteps,
            maximumInterval: maximumInterval
        )
    }

    private init(
        unchecked weights: [Double],
        desiredRetention: Double,
        learningSteps: [TimeInterval],
        relearningSteps: [TimeInterval],
        maximumInterval: Int
    ) {
        self.weights = weights
        self.desiredRetention = desiredRetention
        self.learningSteps = learningSteps
        self.relearningSteps = relearningSteps
        self.maximumInterval = maximumInterval
    }
}
