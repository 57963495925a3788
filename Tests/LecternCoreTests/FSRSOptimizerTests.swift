import Foundation
import Testing

@testable import LecternCore

/// The optimizer against fsrs-rs (through fsrs-rs-python 0.9.3's outputs, committed in the fixture).
struct FSRSOptimizerTests {
    /// fsrs-rs computes in 32-bit floats; on these item sets its figures are within this of exact arithmetic.
    static let evaluationTolerance = 1e-6

    @Test func evaluateEqualsFsrsRsOnEveryCommittedItemSet() throws {
        let fixture = try FSRSOptimizerFixture.load()
        #expect(fixture.reference == "fsrs-rs-python 0.9.3")
        for case_ in fixture.evaluations {
            let set = try FSRSOptimizerFixture.trainingSet(histories: case_.histories, items: case_.items)
            for expected in case_.results {
                let actual = try FSRSEvaluation.evaluate(expected.weights, on: set)
                #expect(actual.itemCount == case_.items.count)
                #expect(abs(actual.logLoss - expected.logLoss) < Self.evaluationTolerance,
                        "\(case_.name) \(expected.weights[20]): log loss \(actual.logLoss), fsrs-rs \(expected.logLoss)")
                #expect(abs(actual.rmseBins - expected.rmseBins) < Self.evaluationTolerance,
                        "\(case_.name): RMSE(bins) \(actual.rmseBins), fsrs-rs \(expected.rmseBins)")
            }
        }
    }

    @Test func learnersHeldOutItemsAreScoredAsFsrsRsScoresThem() throws {
        let fixture = try FSRSOptimizerFixture.load()
        for learner in fixture.learners {
            let set = try FSRSOptimizerFixture.trainingSet(histories: learner.histories, items: learner.items)
            let heldOut = Array(set.items[learner.trainCount...])
            for (weights, expected) in [
                (learner.fsrsRsWeights, learner.heldOut.fsrsRs), (FSRSParameters.defaultWeights, learner.heldOut.defaults),
                (learner.trueWeights, learner.heldOut.true),
            ] {
                let actual = try FSRSEvaluation.evaluate(weights, on: set, items: heldOut)
                #expect(abs(actual.logLoss - expected.logLoss) < Self.evaluationTolerance, "\(learner.name)")
                #expect(abs(actual.rmseBins - expected.rmseBins) < Self.evaluationTolerance, "\(learner.name)")
            }
        }
    }

    @Test func itemsBuiltFromAReviewLogAreTheGeneratorsItems() throws {
        let fixture = try FSRSOptimizerFixture.load()
        for learner in fixture.learners {
            let built = FSRSTrainingSet(records: try FSRSOptimizerFixture.records(learner.reviews))
            let expected = try FSRSOptimizerFixture.trainingSet(histories: learner.histories, items: learner.items)
            #expect(built == expected, "\(learner.name)")
        }
    }

    /// Where every item is a first later-day review fsrs-rs returns only its pre-trained w0-w3 with the defaults:
    /// this checks the outlier filter, the ternary search and the smoothing and filling-in of missing ratings.
    @Test func pretrainedInitialStabilitiesEqualFsrsRs() throws {
        let fixture = try FSRSOptimizerFixture.load()
        for case_ in fixture.pretraining {
            let set = try FSRSOptimizerFixture.trainingSet(histories: case_.histories, items: case_.items)
            let (weights, scope, _) = try FSRSOptimizer().train(set)
            #expect(scope == .initialStabilities(needed: 0), "\(case_.name)")
            for index in 0..<21 {
                let expected = case_.weights[index]
                #expect(abs(weights[index] - expected) <= 1e-4 * max(1, abs(expected)),
                        "\(case_.name) w\(index): \(weights[index]), fsrs-rs \(expected)")
            }
        }
    }

    /// The simulated learners: train on the oldest 75 % of items, score the rest.
    @Test func fittedWeightsPredictHeldOutReviewsAsWellAsFsrsRsAndTheGuardNeverLosesToTheDefaults() throws {
        let fixture = try FSRSOptimizerFixture.load()
        for learner in fixture.learners {
            let all = try FSRSOptimizerFixture.trainingSet(histories: learner.histories, items: learner.items)
            let train = try FSRSTrainingSet(histories: all.histories, items: Array(all.items[..<learner.trainCount]))
            let heldOut = Array(all.items[learner.trainCount...])
            let fit = try FSRSOptimizer().fit(train, current: FSRSParameters.defaultWeights)
            #expect(fit.scope == .allWeights)
            // Same batches in the same order (fsrs-rs's StdRng reproduced): the weights agree to float32 precision.
            for (index, (actual, expected)) in zip(fit.fittedWeights, learner.fsrsRsWeights).enumerated() {
                #expect(abs(actual - expected) <= 1e-4 * max(1, abs(expected)),
                        "\(learner.name) w\(index): \(actual), fsrs-rs \(expected)")
            }
            let fitted = try FSRSEvaluation.evaluate(fit.fittedWeights, on: all, items: heldOut)
            #expect(abs(fitted.logLoss - learner.heldOut.fsrsRs.logLoss) <= 0.005,
                    "\(learner.name): held-out log loss \(fitted.logLoss), fsrs-rs \(learner.heldOut.fsrsRs.logLoss)")
            let kept = try FSRSEvaluation.evaluate(fit.weights, on: all, items: heldOut)
            #expect(kept.logLoss <= learner.heldOut.defaults.logLoss + 1e-12,
                    "\(learner.name): \(kept.logLoss) against the defaults' \(learner.heldOut.defaults.logLoss)")
            let current = try #require(fit.current)
            let candidate = try #require(fit.fitted)
            #expect(fit.isAdopted == candidate.isBetter(than: current))
        }
    }

    /// rand's own test vector for `StdRng::from_seed` (rand `src/rngs/std.rs`).
    @Test func batchOrderGeneratorIsRustsStdRng() {
        var generator = ChaCha12Generator(
            key: [1, 0, 0, 0, 23, 0, 0, 0, 200, 1, 0, 0, 210, 30, 0, 0] + [UInt8](repeating: 0, count: 16))
        #expect(generator.next64() == 10_719_222_850_664_546_238)
    }

    @Test func shuffleIsAPermutationThatDependsOnTheSeed() {
        var first = ChaCha12Generator(seed: 2023)
        var second = ChaCha12Generator(seed: 2023)
        var other = ChaCha12Generator(seed: 2024)
        var a = Array(0..<40)
        var b = a
        var c = a
        first.shuffle(&a)
        second.shuffle(&b)
        other.shuffle(&c)
        #expect(a == b)
        #expect(a != c)
        #expect(a.sorted() == Array(0..<40))
        #expect(a != Array(0..<40))
    }

    @Test func trainingIsDeterministic() throws {
        let fixture = try FSRSOptimizerFixture.load()
        let learner = try #require(fixture.learners.first)
        let set = try FSRSOptimizerFixture.trainingSet(histories: learner.histories, items: learner.items)
        let first = try FSRSOptimizer().train(set)
        let second = try FSRSOptimizer().train(set)
        #expect(first.weights == second.weights)
        var other = FSRSOptimizer.Configuration()
        other.seed = 99
        #expect(try FSRSOptimizer(configuration: other).train(set).weights != first.weights)
    }
}
