import Foundation

/// The state a review step started from: what its backward pass needs to recompute its partial derivatives.
struct FSRSStepInput {
    var stability: Double
    var difficulty: Double
    var retrievability: Double
    var elapsedDays: Double
    var rating: Rating
}

/// The terms of the derivatives that depend on the weights alone, computed once per batch.
struct FSRSBackwardConstants {
    /// 0.9^(1/d) with d = -w20.
    let power: Double
    /// F = 0.9^(1/d) - 1.
    let factor: Double
    /// dF/dd.
    let factorByDecay: Double
    /// e^w8.
    let growth: Double
    /// e^(3·w5).
    let easyExponential: Double
    /// e^(w17·w18).
    let shortTermDivisor: Double

    init(_ w: [Double]) {
        let decay = -w[20]
        power = pow(0.9, 1 / decay)
        factor = power - 1
        factorByDecay = power * log(0.9) * (-1 / (decay * decay))
        growth = exp(w[8])
        easyExponential = exp(3 * w[5])
        shortTermDivisor = exp(w[17] * w[18])
    }
}

/// The partial derivatives of FSRS-6's formulas (those in `FSRSScheduler+Memory.swift`), derived by hand.
///
/// Each function takes the gradient of the loss with respect to a formula's output, adds the parts that belong to the
/// weights into `g`, and returns the parts that flow on into the formula's inputs.
extension FSRSLoss {
    /// Through R = (1 + F·t/S)^d with d = -w20 and F = 0.9^(1/d) - 1: adds dL/dw20, returns dL/dS.
    static func curveBackward(
        elapsedDays t: Double, stability s: Double, retrievability r: Double, upstream: Double, w: [Double],
        c: FSRSBackwardConstants, g: UnsafeMutableBufferPointer<Double>
    ) -> Double {
        let decay = -w[20]
        let base = 1 + c.factor * t / s
        let baseBySlope = -t * c.factor / (s * s)
        let stabilitySlope = r * decay / base * baseBySlope
        let decaySlope = r * (log(base) + decay / base * (t / s) * c.factorByDecay)
        g[20] -= upstream * decaySlope
        return upstream * stabilitySlope
    }

    /// Through S₀ = max(w[G-1], 0.001) and D₀ = clamp(w4 - e^(w5·(G-1)) + 1, 1, 10).
    static func initialBackward(
        _ rating: Rating, stabilityGradient: Double, difficultyGradient: Double, w: [Double],
        g: UnsafeMutableBufferPointer<Double>
    ) {
        let index = rating.rawValue - 1
        if w[index] >= minimumStability {
            g[index] += stabilityGradient
        }
        let offset = Double(index)
        let rawDifficulty = w[4] - exp(w[5] * offset) + 1
        if (1.0...10.0).contains(rawDifficulty) {
            g[4] += difficultyGradient
            g[5] += difficultyGradient * -offset * exp(w[5] * offset)
        }
    }

    /// Through one review step: returns dL/dS, dL/dD of the state before it and dL/dR of the step's retrievability.
    static func stepBackward(
        _ input: FSRSStepInput, stabilityGradient: Double, difficultyGradient: Double, w: [Double],
        c: FSRSBackwardConstants, g: UnsafeMutableBufferPointer<Double>
    ) -> (stability: Double, difficulty: Double, retrievability: Double) {
        var result = (stability: 0.0, difficulty: 0.0, retrievability: 0.0)
        if stabilityGradient != 0 {
            if input.elapsedDays < 1 {
                result.stability = shortTermBackward(input, upstream: stabilityGradient, w: w, g: g)
            } else if input.rating == .again {
                result = forgetBackward(input, upstream: stabilityGradient, w: w, c: c, g: g)
            } else {
                result = recallBackward(input, upstream: stabilityGradient, w: w, c: c, g: g)
            }
        }
        if difficultyGradient != 0 {
            result.difficulty += difficultyBackward(input, upstream: difficultyGradient, w: w, c: c, g: g)
        }
        return result
    }

    /// S' = S·e^(w17·(G-3+w18))·S^(-w19), the increase at least 1 unless Again; then at least 0.001.
    private static func shortTermBackward(
        _ input: FSRSStepInput, upstream: Double, w: [Double], g: UnsafeMutableBufferPointer<Double>
    ) -> Double {
        let s = input.stability
        let shift = Double(input.rating.rawValue - 3) + w[18]
        let raw = exp(w[17] * shift) * pow(s, -w[19])
        let rawUsed = !(input.rating != .again && raw < 1)
        let increase = rawUsed ? raw : 1
        guard s * increase >= minimumStability else { return 0 }
        var stabilitySlope = upstream * increase
        if rawUsed {
            let scaled = upstream * s * raw
            g[17] += scaled * shift
            g[18] += scaled * w[17]
            g[19] += scaled * -log(s)
            stabilitySlope += scaled * (-w[19] / s)
        }
        return stabilitySlope
    }

    /// S' = min(w11·D^(-w12)·((S+1)^w13 - 1)·e^((1-R)·w14), S/e^(w17·w18)), then at least 0.001.
    private static func forgetBackward(
        _ input: FSRSStepInput, upstream: Double, w: [Double], c: FSRSBackwardConstants,
        g: UnsafeMutableBufferPointer<Double>
    ) -> (stability: Double, difficulty: Double, retrievability: Double) {
        let s = input.stability
        let d = input.difficulty
        let r = input.retrievability
        let difficultyPower = pow(d, -w[12])
        let stabilityPower = pow(s + 1, w[13])
        let recallTerm = exp((1 - r) * w[14])
        let longTerm = w[11] * difficultyPower * (stabilityPower - 1) * recallTerm
        let floor = s / c.shortTermDivisor
        if floor < longTerm {
            guard floor >= minimumStability else { return (0, 0, 0) }
            g[17] += upstream * floor * -w[18]
            g[18] += upstream * floor * -w[17]
            return (upstream * floor / s, 0, 0)
        }
        guard longTerm >= minimumStability else { return (0, 0, 0) }
        g[11] += upstream * longTerm / w[11]
        g[12] += upstream * longTerm * -log(d)
        g[13] += upstream * w[11] * difficultyPower * recallTerm * stabilityPower * log(s + 1)
        g[14] += upstream * longTerm * (1 - r)
        return (
            upstream * w[11] * difficultyPower * recallTerm * w[13] * stabilityPower / (s + 1),
            upstream * longTerm * (-w[12] / d),
            upstream * longTerm * -w[14]
        )
    }

    /// S' = S·(1 + e^w8·(11-D)·S^(-w9)·(e^((1-R)·w10) - 1)·hard·easy), then at least 0.001.
    private static func recallBackward(
        _ input: FSRSStepInput, upstream: Double, w: [Double], c: FSRSBackwardConstants,
        g: UnsafeMutableBufferPointer<Double>
    ) -> (stability: Double, difficulty: Double, retrievability: Double) {
        let s = input.stability
        let d = input.difficulty
        let r = input.retrievability
        let hard = input.rating == .hard ? w[15] : 1
        let easy = input.rating == .easy ? w[16] : 1
        let growth = c.growth
        let room = 11 - d
        let damping = pow(s, -w[9])
        let recallTerm = exp((1 - r) * w[10])
        let saturation = recallTerm - 1
        let increase = growth * room * damping * saturation * hard * easy
        guard s * (1 + increase) >= minimumStability else { return (0, 0, 0) }
        let scaled = upstream * s
        g[8] += scaled * increase
        g[9] += scaled * increase * -log(s)
        g[10] += scaled * growth * room * damping * hard * easy * (1 - r) * recallTerm
        if input.rating == .hard {
            g[15] += scaled * growth * room * damping * saturation * easy
        }
        if input.rating == .easy {
            g[16] += scaled * growth * room * damping * saturation * hard
        }
        return (
            upstream * (1 + increase) + scaled * increase * (-w[9] / s),
            -scaled * growth * damping * saturation * hard * easy,
            scaled * growth * room * damping * hard * easy * (-w[10] * recallTerm)
        )
    }

    /// D' = clamp(w7·D₀(Easy) + (1-w7)·(D + (10-D)·(-w6·(G-3))/9), 1, 10).
    private static func difficultyBackward(
        _ input: FSRSStepInput, upstream: Double, w: [Double], c: FSRSBackwardConstants,
        g: UnsafeMutableBufferPointer<Double>
    ) -> Double {
        let d = input.difficulty
        let shift = Double(input.rating.rawValue - 3)
        let delta = -w[6] * shift
        let damped = d + (10 - d) * delta / 9
        let target = w[4] - c.easyExponential + 1
        let reverted = w[7] * target + (1 - w[7]) * damped
        guard (1.0...10.0).contains(reverted) else { return 0 }
        g[7] += upstream * (target - damped)
        g[4] += upstream * w[7]
        g[5] += upstream * w[7] * -3 * c.easyExponential
        let dampedGradient = upstream * (1 - w[7])
        g[6] += dampedGradient * (10 - d) * -shift / 9
        return dampedGradient * (1 - delta / 9)
    }
}
