/// Why a set of FSRS parameters was refused.
public enum SchedulingError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The weights list does not have exactly `expected` entries.
    case wrongWeightCount(expected: Int, actual: Int)
    /// Weight `index` (counted from 0, as in the FSRS papers' w[0]…w[20]) lies outside `allowed`.
    case weightOutOfRange(index: Int, value: Double, allowed: ClosedRange<Double>)
    /// The desired retention is not strictly between 0 and 1.
    case desiredRetentionOutOfRange(Double)
    /// A learning or relearning step is not a positive, finite number of seconds.
    case invalidStep(kind: String, index: Int, seconds: Double)
    /// The maximum interval is shorter than one day.
    case maximumIntervalTooShort(days: Int)
    /// A training item points outside its review history or at a review on the same day as the one before.
    case invalidTrainingItem(history: Int, index: Int)
    /// Predictions cannot be scored: there are no items, or a prediction or the loss is not a finite number.
    case cannotEvaluate(reason: String)
    /// A course parameter file (`Quizzes/fsrs-parameters.json`) cannot be read, used or written.
    case courseParameters(path: String, problem: String)
    /// A class has no log to fit: no learner folder under it holds a review log that could be read.
    case noClassLogs(directory: String)

    /// The user-facing explanation.
    public var description: String {
        switch self {
        case let .wrongWeightCount(expected, actual):
            return "FSRS needs exactly \(expected) weights, got \(actual)"
        case let .weightOutOfRange(index, value, allowed):
            return "FSRS weight w[\(index)] = \(value) is out of range \(allowed.lowerBound)...\(allowed.upperBound)"
        case let .desiredRetentionOutOfRange(value):
            return "desired retention \(value) must be greater than 0 and less than 1"
        case let .invalidStep(kind, index, seconds):
            return "\(kind) step \(index + 1) is \(seconds) seconds; steps must be positive and finite"
        case let .maximumIntervalTooShort(days):
            return "maximum interval \(days) days must be at least 1 day"
        case let .invalidTrainingItem(history, index):
            return "training item \(index) of history \(history) is not a review on a later day of that history"
        case let .cannotEvaluate(reason):
            return "cannot score the predictions: \(reason)"
        case let .courseParameters(path, problem):
            return "the course parameter file \(path) cannot be used: \(problem)"
        case let .noClassLogs(directory):
            return "no learner under \(directory) has a review log that could be read, so there is nothing to fit"
        }
    }
}
