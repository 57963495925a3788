import Foundation

/// The FSRS-6 memory formulas, written in the reference's order of operations so results agree to the last bits.
///
/// Powers of e use `pow(e, x)` rather than `exp(x)` because the reference writes `math.e ** x`.
extension FSRSScheduler {
    /// Python's `math.e`.
    static let euler = 2.718281828459045
    private static let minimumStability = 0.001
    private static let difficultyRange = 1.0...10.0

    private var w: [Double] { parameters.weights }

    /// R = (1 + factor·t/S)^decay after `elapsedDays` whole days (never negative here).
    func retrievability(elapsedDays: Double, stability: Double) -> Double {
        pow(1 + factor * elapsedDays / stability, decay)
    }

    /// Stability and difficulty after a review `elapsedDays` whole days after the previous one: the same-day formula
    /// below one day, else the recall or forgetting formula at the retrievability then. The scheduler and the
    /// optimizer's forward pass both step through here.
    func nextMemory(stability: Double, difficulty: Double, elapsedDays: Double, rating: Rating)
        -> (stability: Double, difficulty: Double)
    {
        let next: Double
        if elapsedDays < 1 {
            next = shortTermStability(stability, rating: rating)
        } else {
            next = nextStability(
                difficulty: difficulty,
                stability: stability,
                retrievability: retrievability(elapsedDays: max(0, elapsedDays), stability: stability),
                rating: rating
            )
        }
        return (next, nextDifficulty(difficulty, rating: rating))
    }

    /// S₀(G) = w[G-1].
    func initialStability(_ rating: Rating) -> Double {
        max(w[rating.rawValue - 1], Self.minimumStability)
    }

    /// D₀(G) = w[4] - e^(w[5]·(G-1)) + 1.
    func initialDifficulty(_ rating: Rating, clamped: Bool) -> Double {
        let difficulty = w[4] - pow(Self.euler, w[5] * Double(rating.rawValue - 1)) + 1
        return clamped ? Self.clampDifficulty(difficulty) : difficulty
    }

    /// The interval in whole days at which retrievability falls to the desired retention.
    ///
    /// Rounds half to even, as Python's `round` does, then keeps it within 1 day and the maximum interval.
    func nextIntervalDays(_ stability: Double) -> Double {
        let days = (stability / factor) * (pow(parameters.desiredRetention, 1 / decay) - 1)
        let rounded = days.rounded(.toNearestOrEven)
        return min(max(rounded, 1), Double(parameters.maximumInterval))
    }

    /// Stability after a review on the same day: S·e^(w[17]·(G-3+w[18]))·S^(-w[19]), never shrinking on a pass.
    func shortTermStability(_ stability: Double, rating: Rating) -> Double {
        var increase = pow(Self.euler, w[17] * (Double(rating.rawValue - 3) + w[18])) * pow(stability, -w[19])
        if rating != .again {
            increase = max(increase, 1.0)
        }
        return max(stability * increase, Self.minimumStability)
    }

    /// Difficulty after a review: linear damping towards 10, then mean reversion towards D₀(easy).
    func nextDifficulty(_ difficulty: Double, rating: Rating) -> Double {
        let target = easyDifficulty
        let delta = -(w[6] * Double(rating.rawValue - 3))
        let damped = difficulty + (10.0 - difficulty) * delta / 9.0
        return Self.clampDifficulty(w[7] * target + (1 - w[7]) * damped)
    }

    /// Stability after a review on a later day, from the forgetting or the recall formula.
    func nextStability(difficulty: Double, stability: Double, retrievability: Double, rating: Rating) -> Double {
        let next =
            rating == .again
            ? forgetStability(difficulty: difficulty, stability: stability, retrievability: retrievability)
            : recallStability(
                difficulty: difficulty, stability: stability, retrievability: retrievability, rating: rating)
        return max(next, Self.minimumStability)
    }

    private func forgetStability(difficulty: Double, stability: Double, retrievability: Double) -> Double {
        let longTerm =
            w[11] * pow(difficulty, -w[12]) * (pow(stability + 1, w[13]) - 1)
            * pow(Self.euler, (1 - retrievability) * w[14])
        let shortTerm = stability / forgetShortTermDivisor
        return min(longTerm, shortTerm)
    }

    private func recallStability(
        difficulty: Double, stability: Double, retrievability: Double, rating: Rating
    ) -> Double {
        let hardPenalty = rating == .hard ? w[15] : 1
        let easyBonus = rating == .easy ? w[16] : 1
        return stability
            * (1 + growth * (11 - difficulty) * pow(stability, -w[9])
                * (pow(Self.euler, (1 - retrievability) * w[10]) - 1) * hardPenalty * easyBonus)
    }

    private static func clampDifficulty(_ difficulty: Double) -> Double {
        min(max(difficulty, difficultyRange.lowerBound), difficultyRange.upperBound)
    }
}
