import Foundation
import LecternCore
import LecternTestSupport
import Testing

/// `Tests/Fixtures/fsrs/optimizer.json`, made by `Tools/fsrs/generate_optimizer_fixtures.py` with fsrs-rs-python 0.9.3.
struct FSRSOptimizerFixture: Decodable {
    struct Figures: Decodable {
        let logLoss: Double
        let rmseBins: Double
    }

    struct Evaluation: Decodable {
        struct Result: Decodable {
            let weights: [Double]
            let logLoss: Double
            let rmseBins: Double
        }
        let name: String
        let histories: [[[Int]]]
        let items: [[Int]]
        let results: [Result]
    }

    struct Pretraining: Decodable {
        let name: String
        let histories: [[[Int]]]
        let items: [[Int]]
        let weights: [Double]
    }

    struct Learner: Decodable {
        struct HeldOut: Decodable {
            let fsrsRs: Figures
            let defaults: Figures
            let `true`: Figures
        }
        let name: String
        let trueWeights: [Double]
        /// [question, epoch seconds, rating] in time order.
        let reviews: [[Int]]
        let histories: [[[Int]]]
        let items: [[Int]]
        let trainCount: Int
        let fsrsRsWeights: [Double]
        let heldOut: HeldOut
    }

    let reference: String
    let evaluations: [Evaluation]
    let pretraining: [Pretraining]
    let learners: [Learner]

    static func load() throws -> FSRSOptimizerFixture {
        let data = try Data(contentsOf: Fixtures.url("fsrs/optimizer.json"))
        return try JSONDecoder().decode(FSRSOptimizerFixture.self, from: data)
    }

    /// A training set from the fixture's histories ([rating, days] pairs) and items ([history, index] pairs).
    static func trainingSet(histories: [[[Int]]], items: [[Int]]) throws -> FSRSTrainingSet {
        let reviews = try histories.map { history in
            try history.map { pair in
                FSRSReview(rating: try #require(Rating(rawValue: pair[0])), elapsedDays: pair[1])
            }
        }
        return try FSRSTrainingSet(
            histories: reviews, items: items.map { FSRSTrainingSet.Item(history: $0[0], index: $0[1]) })
    }

    /// The review log a learner's [question, seconds, rating] rows stand for.
    static func records(_ rows: [[Int]]) throws -> [ReviewRecord] {
        try rows.map { row in
            let rating = try #require(Rating(rawValue: row[2]))
            return ReviewRecord(
                questionID: "q\(row[0])", contentHash: "h", answeredAt: Date(timeIntervalSince1970: Double(row[1])),
                kind: "recall", response: "", outcome: rating == .again ? .incorrect : .correct,
                credit: rating == .again ? 0 : 1, rating: rating, latency: 5)
        }
    }
}
