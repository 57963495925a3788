import Foundation
import Testing

@testable import LecternCore

/// The training loss and its hand-derived gradient: against fsrs-rs's published case and against finite differences.
struct FSRSLossTests {
    /// fsrs-rs `src/training.rs` `test_loss_and_grad`: four histories of six reviews (elapsed days, rating), each
    /// followed by the review predicted (elapsed days, recalled or not), summed loss at the default weights.
    static let publishedHistories: [(days: [Int], ratings: [Int], next: Int, recalled: Bool)] = [
        ([0, 0, 0, 0, 1, 3], [1, 3, 1, 4, 3, 2], 4, true),
        ([0, 0, 0, 1, 3, 6], [2, 4, 4, 3, 1, 3], 11, true),
        ([0, 0, 0, 1, 3, 6], [3, 2, 4, 3, 3, 3], 12, true),
        ([0, 0, 1, 3, 5, 12], [4, 4, 3, 3, 3, 4], 23, false),
    ]
    static let publishedLoss = 4.0466027
    static let publishedGradient = [
        -0.095688485, -0.0051607806, -0.0012249565, 0.007462064, 0.03650761, -0.082112335, 0.0593964, -2.1474836,
        0.57626534, -2.8751316, 0.7154875, -0.028993709, 0.0099172965, -0.2189217, -0.0017800558, -0.089381434,
        0.299141, 0.068104014, -0.011605468, -0.25398168, 0.27700496,
    ]

    static func publishedBatch() throws -> FSRSLossBatch {
        var batch = FSRSLossBatch()
        for history in publishedHistories {
            var reviews: [FSRSReview] = []
            for (days, rating) in zip(history.days, history.ratings) {
                reviews.append(FSRSReview(rating: try #require(Rating(rawValue: rating)), elapsedDays: days))
            }
            reviews.append(FSRSReview(rating: history.recalled ? .good : .again, elapsedDays: history.next))
            batch.append(reviews, weights: Array(repeating: 0, count: reviews.count - 1) + [1])
        }
        return batch
    }

    static func lossAndGradient(_ batch: FSRSLossBatch, weights: [Double]) throws -> (Double, [Double]) {
        let scheduler = FSRSScheduler(parameters: try FSRSParameters(weights: weights))
        var gradient = [Double](repeating: 0, count: 21)
        var workspace = FSRSLoss.Workspace()
        let loss = gradient.withUnsafeMutableBufferPointer { buffer in
            FSRSLoss.loss(batch, scheduler: scheduler, gradient: buffer, workspace: &workspace)
        }
        return (loss, gradient)
    }

    static func loss(_ batch: FSRSLossBatch, weights: [Double]) throws -> Double {
        let scheduler = FSRSScheduler(parameters: try FSRSParameters(weights: weights))
        var workspace = FSRSLoss.Workspace()
        return FSRSLoss.loss(batch, scheduler: scheduler, gradient: nil, workspace: &workspace)
    }

    @Test func publishedLossAndAllGradientsAreReproduced() throws {
        let (loss, gradient) = try Self.lossAndGradient(try Self.publishedBatch(), weights: FSRSParameters.defaultWeights)
        // fsrs-rs computes in 32-bit floats; its own tests allow 1e-4 on every gradient.
        #expect(abs(loss - Self.publishedLoss) < 1e-5, "loss \(loss)")
        for (index, (actual, expected)) in zip(gradient, Self.publishedGradient).enumerated() {
            #expect(abs(actual - expected) < 1e-4, "w\(index): \(actual), fsrs-rs \(expected)")
        }
    }

    /// A batch that goes through every branch: first ratings 1-4, same-day steps (raw and floored increase), lapses,
    /// hard and easy recalls, and several predictions per history with different weights.
    static func mixedBatch() -> FSRSLossBatch {
        let histories: [[(Int, Rating, Double)]] = [
            [(0, .again, 0), (0, .good, 0), (2, .good, 0.8), (5, .again, 0.6), (0, .good, 0), (3, .hard, 1.0)],
            [(0, .hard, 0), (1, .easy, 0.4), (7, .good, 0.9), (20, .again, 0.5), (0, .again, 0), (4, .good, 0.7)],
            [(0, .good, 0), (0, .hard, 0), (3, .good, 0.3), (9, .easy, 1.0), (30, .hard, 0.25)],
            [(0, .easy, 0), (0, .easy, 0), (12, .again, 1.0), (0, .good, 0), (2, .good, 0.6), (6, .again, 0.9)],
        ]
        var batch = FSRSLossBatch()
        for history in histories {
            batch.append(history.map { FSRSReview(rating: $0.1, elapsedDays: $0.0) }, weights: history.map(\.2))
        }
        return batch
    }

    /// Central differences for every weight, one-sided where a weight sits on its bound, at the defaults and at an
    /// interior point where no clamp is active.
    @Test func gradientEqualsFiniteDifferencesForAll21Weights() throws {
        let interior = [
            0.5, 1.5, 3.0, 9.0, 5.5, 0.9, 2.5, 0.05, 1.6, 0.2, 0.9, 1.6, 0.08, 0.3, 1.5, 0.5, 2.0, 0.6, 0.2, 0.1, 0.3,
        ]
        let batch = Self.mixedBatch()
        for weights in [FSRSParameters.defaultWeights, interior] {
            let (_, gradient) = try Self.lossAndGradient(batch, weights: weights)
            for index in 0..<21 {
                let step = max(1e-6, abs(weights[index]) * 1e-6)
                let range = FSRSParameters.weightRanges[index]
                var up = weights
                var down = weights
                up[index] = min(weights[index] + step, range.upperBound)
                down[index] = max(weights[index] - step, range.lowerBound)
                let numeric =
                    (try Self.loss(batch, weights: up) - Self.loss(batch, weights: down)) / (up[index] - down[index])
                let scale = max(abs(numeric), abs(gradient[index]), 1e-3)
                #expect(
                    abs(numeric - gradient[index]) / scale < 1e-4,
                    "w\(index) at \(weights[index]): analytic \(gradient[index]), numeric \(numeric)")
            }
        }
    }

    @Test func gradientOfTheL2PullEqualsFiniteDifferences() {
        let start = FSRSParameters.defaultWeights
        let weights = start.enumerated().map { $0.element * (1 + 0.1 * Double($0.offset % 3 + 1)) }
        var gradient = [Double](repeating: 0, count: 21)
        FSRSOptimizer.addPenaltyGradient(weights, start: start, share: 0.37, into: &gradient)
        for index in 0..<21 {
            var up = weights
            var down = weights
            up[index] += 1e-6
            down[index] -= 1e-6
            let numeric =
                (FSRSOptimizer.penalty(up, start: start, share: 0.37)
                    - FSRSOptimizer.penalty(down, start: start, share: 0.37)) / 2e-6
            #expect(abs(numeric - gradient[index]) <= 1e-6 * max(1, abs(numeric)), "w\(index)")
        }
    }

    @Test func aHistoryScoredWholeEqualsItsPrefixesScoredOneByOne() throws {
        let batch = Self.mixedBatch()
        let (whole, wholeGradient) = try Self.lossAndGradient(batch, weights: FSRSParameters.defaultWeights)
        var prefixes = FSRSLossBatch()
        for history in 0..<batch.historyCount {
            let range = batch.starts[history]..<batch.starts[history + 1]
            for end in range where batch.weights[end] > 0 {
                let reviews = batch.reviews[range.lowerBound...end]
                prefixes.append(reviews, weights: Array(repeating: 0, count: reviews.count - 1) + [batch.weights[end]])
            }
        }
        let (split, splitGradient) = try Self.lossAndGradient(prefixes, weights: FSRSParameters.defaultWeights)
        #expect(abs(whole - split) < 1e-12)
        for index in 0..<21 {
            #expect(abs(wholeGradient[index] - splitGradient[index]) < 1e-12, "w\(index)")
        }
    }
}
