import Foundation

/// The FSRS-6 scheduler: given a card's memory state and a rating, computes the next state and due time.
///
/// It mirrors the reference implementation (`fsrs` 6.3.2 on PyPI, fuzzing off) operation for operation, so that
/// stabilities, difficulties and due times agree with it; `Tests/Fixtures/fsrs/vectors.json` checks that.
/// It never reads the clock: every call takes `now`.
public struct FSRSScheduler: Sendable {
    /// The configuration this scheduler uses.
    public let parameters: FSRSParameters
    /// The forgetting curve's exponent, `-w[20]`.
    let decay: Double
    /// Chosen so that retrievability is 90% after `stability` days: `0.9^(1/decay) - 1`.
    let factor: Double
    /// The terms of the memory formulas that depend on the weights alone, computed once with the same expressions
    /// (so the same bits) as the formulas would each time: e^w8, D₀(Easy) unclamped, and e^(w17·w18).
    let growth: Double
    let easyDifficulty: Double
    let forgetShortTermDivisor: Double

    /// Creates a scheduler for a validated configuration.
    public init(parameters: FSRSParameters = .default) {
        self.parameters = parameters
        let w = parameters.weights
        decay = -w[20]
        factor = pow(0.9, 1 / decay) - 1
        growth = pow(Self.euler, w[8])
        easyDifficulty = w[4] - pow(Self.euler, w[5] * Double(Rating.easy.rawValue - 1)) + 1
        forgetShortTermDivisor = pow(Self.euler, w[17] * w[18])
    }

    /// The predicted probability that the learner recalls `card` at `now`.
    ///
    /// As in the reference, the time since the last review counts in whole days (rounded down), so a card
    /// reviewed again the same day still has retrievability 1.
    public func retrievability(_ card: CardState, at now: Date) -> Double {
        retrievability(elapsedDays: max(0, Self.wholeDays(from: card.lastReview, to: now)), stability: card.stability)
    }

    /// The expected probability of recall at `now` as a learner should read it: like `retrievability`, but the
    /// time since the last review counts to the second (fractions of a day included), so a card missed a minute
    /// ago is not shown as 100% recall. Scheduling keeps the whole-day `retrievability` of the reference.
    public func expectedRecall(_ card: CardState, at now: Date) -> Double {
        let elapsedDays = max(0, now.timeIntervalSince(card.lastReview) / Self.secondsPerDay)
        return pow(1 + factor * elapsedDays / card.stability, decay)
    }

    /// The card's state after a review rated `rating` at `now`; a `nil` card is a new one seen for the first time.
    public func review(_ card: CardState?, rating: Rating, at now: Date) -> CardState {
        guard let card else {
            return scheduled(
                phase: .learning,
                step: 0,
                stability: initialStability(rating),
                difficulty: initialDifficulty(rating, clamped: true),
                rating: rating,
                at: now
            )
        }
        let (stability, difficulty) = nextMemory(
            stability: card.stability, difficulty: card.difficulty,
            elapsedDays: Self.wholeDays(from: card.lastReview, to: now), rating: rating)
        return scheduled(
            phase: card.phase,
            step: card.step ?? 0,
            stability: stability,
            difficulty: difficulty,
            rating: rating,
            at: now
        )
    }

    /// Moves a card whose memory has just been updated to its next phase, step and due time.
    private func scheduled(
        phase: CardState.Phase,
        step: Int,
        stability: Double,
        difficulty: Double,
        rating: Rating,
        at now: Date
    ) -> CardState {
        func card(_ phase: CardState.Phase, step: Int?, after interval: TimeInterval) -> CardState {
            CardState(
                phase: phase,
                step: step,
                stability: stability,
                difficulty: difficulty,
                due: now.addingTimeInterval(interval),
                lastReview: now
            )
        }
        let graduated = card(.review, step: nil, after: nextIntervalDays(stability) * Self.secondsPerDay)

        switch phase {
        case .review:
            guard rating == .again, let firstRelearningStep = parameters.relearningSteps.first else {
                return graduated
            }
            return card(.relearning, step: 0, after: Self.microsecondPrecision(firstRelearningStep))
        case .learning, .relearning:
            let steps = phase == .learning ? parameters.learningSteps : parameters.relearningSteps
            // A card may carry a step beyond the current steps if it was scheduled with more of them.
            let step = max(0, step)
            if steps.isEmpty || (step >= steps.count && rating != .again) {
                return graduated
            }
            switch rating {
            case .again:
                return card(phase, step: 0, after: Self.microsecondPrecision(steps[0]))
            case .hard:
                let interval: TimeInterval
                if step == 0 && steps.count == 1 {
                    interval = steps[0] * 1.5
                } else if step == 0 {
                    interval = (steps[0] + steps[1]) / 2.0
                } else {
                    interval = steps[step]
                }
                return card(phase, step: step, after: Self.microsecondPrecision(interval))
            case .good:
                guard step + 1 < steps.count else { return graduated }
                return card(phase, step: step + 1, after: Self.microsecondPrecision(steps[step + 1]))
            case .easy:
                return graduated
            }
        }
    }

    static let secondsPerDay: TimeInterval = 86_400

    /// Whole days from `start` to `end`, rounded down like Python's `timedelta.days` (negative if `end` is earlier).
    static func wholeDays(from start: Date, to end: Date) -> Double {
        let microseconds = (end.timeIntervalSince(start) * 1_000_000).rounded(.toNearestOrEven)
        return (microseconds / (secondsPerDay * 1_000_000)).rounded(.down)
    }

    /// A duration rounded to whole microseconds, the resolution of the reference's `timedelta` arithmetic.
    static func microsecondPrecision(_ interval: TimeInterval) -> TimeInterval {
        (interval * 1_000_000).rounded(.toNearestOrEven) / 1_000_000
    }
}
