/// How a graded answer becomes an FSRS rating (documented in docs/progress-format.md).
///
/// - wrong, skipped-after-trying, or partial credit below `passingCredit`: Again;
/// - right (or partly right above the threshold) after a hint, reading the source or seeing the answer (asked again
///   after `undo`), slowly, as a guess, or with partial credit: Hard;
/// - right, unaided, and in time: Good;
/// - right, unaided, fast, and the learner said "sure" beforehand: Easy.
/// A skip schedules nothing: the question stays as due as it was.
public struct RatingPolicy: Sendable, Equatable {
    /// Partial credit below this counts as wrong.
    public var passingCredit: Double = 0.5
    /// Answers slower than this many seconds are "slow" (typed kinds get `typedExtra` more).
    public var slowSeconds: Double = 20
    /// Answers faster than this many seconds are "fast" (typed kinds get `typedExtra` more).
    public var fastSeconds: Double = 8
    /// Extra seconds allowed for answers that must be typed out.
    public var typedExtra: Double = 10

    /// The default policy.
    public init() {}

    /// The rating for one answer, or nil for a skip.
    public func rating(for answer: AnswerRecord) -> Rating? {
        if answer.outcome == .skipped { return nil }
        if answer.outcome == .incorrect || answer.credit < passingCredit { return .again }
        let extra = answer.kind.isRecall || answer.kind == .order || answer.kind == .match ? typedExtra : 0
        if answer.outcome == .partial || answer.hintsUsed > 0 || answer.sourceShown || answer.answerShown
            || answer.confidence == .guess
            || answer.latency > slowSeconds + extra
        {
            return .hard
        }
        if answer.confidence == .sure && answer.latency < fastSeconds + extra { return .easy }
        return .good
    }
}
