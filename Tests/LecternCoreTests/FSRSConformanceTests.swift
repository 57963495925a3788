import Foundation
import LecternCore
import LecternTestSupport
import Testing

/// Replays review sequences recorded from the reference implementation (`fsrs` 6.3.2, fuzzing off).
/// Regenerate the fixture with `python3 Tools/fsrs/generate_vectors.py`.
@Suite(.removingTemporaryFolders)
struct FSRSConformanceTests {
    static let relativeTolerance = 1e-9
    /// Due times must agree to the second; a millisecond leaves room only for Date's floating-point rounding.
    static let dueTolerance: TimeInterval = 0.001

    @Test func everyReferenceSequenceIsReproduced() throws {
        let vectors = try Self.loadVectors()
        for sequence in vectors.sequences {
            let config = try #require(
                vectors.schedulers.indices.contains(sequence.scheduler) ? vectors.schedulers[sequence.scheduler] : nil,
                "sequence \(sequence.id) names unknown scheduler \(sequence.scheduler)"
            )
            let scheduler = FSRSScheduler(parameters: try config.fsrsParameters())
            var card: CardState?
            for (index, step) in sequence.steps.enumerated() {
                let now = Date(timeIntervalSince1970: step.time)
                let place = "sequence \(sequence.id) (\(config.label)) step \(index) (rating \(step.rating))"
                var mismatches: [String] = []
                if let expected = step.retrievability {
                    let previous = try #require(card, "\(place): retrievability given for a new card")
                    let actual = scheduler.retrievability(previous, at: now)
                    if !Self.agree(actual, expected) {
                        mismatches.append("retrievability: expected \(expected), got \(actual)")
                    }
                }
                let rating = try #require(Rating(rawValue: step.rating), "\(place): unknown rating")
                let next = scheduler.review(card, rating: rating, at: now)
                if next.phase.rawValue != step.state {
                    mismatches.append("state: expected \(step.state), got \(next.phase.rawValue)")
                }
                if next.step != step.step {
                    let (expected, actual) = (String(describing: step.step), String(describing: next.step))
                    mismatches.append("step: expected \(expected), got \(actual)")
                }
                if !Self.agree(next.stability, step.stability) {
                    mismatches.append("stability: expected \(step.stability), got \(next.stability)")
                }
                if !Self.agree(next.difficulty, step.difficulty) {
                    mismatches.append("difficulty: expected \(step.difficulty), got \(next.difficulty)")
                }
                let due = next.due.timeIntervalSince1970
                if abs(due - step.due) > Self.dueTolerance {
                    mismatches.append("due: expected \(step.due), got \(due) (\(due - step.due) s off)")
                }
                if next.lastReview != now {
                    let actual = next.lastReview.timeIntervalSince1970
                    mismatches.append("last review: expected \(step.time), got \(actual)")
                }
                guard mismatches.isEmpty else {
                    // Later steps start from a diverged state, so only the first disagreement is worth reading.
                    Issue.record("\(place): \(mismatches.joined(separator: "; "))")
                    break
                }
                card = next
            }
        }
    }

    @Test func fixtureCoversEveryPhaseAndSeveralConfigurations() throws {
        let vectors = try Self.loadVectors()
        #expect(vectors.sequences.count >= 300)
        #expect(vectors.sequences.allSatisfy { (1...30).contains($0.steps.count) })
        let states = Set(vectors.sequences.flatMap { $0.steps.map(\.state) })
        #expect(states == Set(CardState.Phase.allCases.map(\.rawValue)))
        let used = Set(vectors.sequences.map(\.scheduler))
        let configs = used.map { vectors.schedulers[$0] }
        #expect(configs.contains { $0.parameters != FSRSParameters.defaultWeights })
        #expect(configs.contains { $0.desiredRetention == 0.8 })
        #expect(configs.contains { $0.desiredRetention == 0.95 })
        #expect(configs.contains { $0.maximumInterval < 100 })
        let ratings = Set(vectors.sequences.flatMap { $0.steps.map(\.rating) })
        #expect(ratings == [1, 2, 3, 4])
    }

    static func agree(_ actual: Double, _ expected: Double) -> Bool {
        relativeError(actual, expected) <= relativeTolerance
    }

    static func relativeError(_ actual: Double, _ expected: Double) -> Double {
        actual == expected ? 0 : abs(actual - expected) / abs(expected)
    }

    static func loadVectors() throws -> Vectors {
        let data = try Data(contentsOf: Fixtures.url("fsrs/vectors.json"))
        let decoder = JSONDecoder()
        decoder.keyDecodingStrategy = .convertFromSnakeCase
        return try decoder.decode(Vectors.self, from: data)
    }

    struct Vectors: Decodable {
        let reference: String
        let schedulers: [SchedulerConfig]
        let sequences: [Sequence]
    }

    struct SchedulerConfig: Decodable {
        let label: String
        let parameters: [Double]
        let desiredRetention: Double
        let learningSteps: [Double]
        let relearningSteps: [Double]
        let maximumInterval: Int

        func fsrsParameters() throws -> FSRSParameters {
            try FSRSParameters(
                weights: parameters,
                desiredRetention: desiredRetention,
                learningSteps: learningSteps,
                relearningSteps: relearningSteps,
                maximumInterval: maximumInterval
            )
        }
    }

    struct Sequence: Decodable {
        let id: Int
        let scheduler: Int
        let steps: [Step]
    }

    struct Step: Decodable {
        let rating: Int
        let time: Double
        let retrievability: Double?
        let state: String
        let step: Int?
        let stability: Double
        let difficulty: Double
        let due: Double
    }
}
