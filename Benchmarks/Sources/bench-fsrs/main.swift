// bench-fsrs: FSRS reviews per second over the committed conformance sequences (Tests/Fixtures/fsrs/vectors.json),
// the same ones Benchmarks/baselines/fsrs_reviews.py replays through the reference Python package.
//
//   bench-fsrs --vectors FILE [--repeats R] [--seconds S]
//
// Each timed pass replays every sequence from a new card; inputs are decoded before timing. The first pass checks
// that the results equal the reference's, so both sides compute the same thing.
import BenchSupport
import Foundation
import LecternCore

struct Vectors: Decodable {
    struct Config: Decodable {
        let parameters: [Double]
        let desired_retention: Double
        let learning_steps: [Double]
        let relearning_steps: [Double]
        let maximum_interval: Int
    }
    struct Step: Decodable {
        let rating: Int
        let time: Double
        let stability: Double
        let difficulty: Double
        let due: Double
    }
    struct Sequence: Decodable {
        let scheduler: Int
        let steps: [Step]
    }
    let schedulers: [Config]
    let sequences: [Sequence]
}

let url = URL(fileURLWithPath: required("vectors"))
let repeats = Int(option("repeats", "15") ?? "15") ?? 15
let vectors = try JSONDecoder().decode(Vectors.self, from: Data(contentsOf: url))
let schedulers = try vectors.schedulers.map {
    FSRSScheduler(parameters: try FSRSParameters(
        weights: $0.parameters, desiredRetention: $0.desired_retention, learningSteps: $0.learning_steps,
        relearningSteps: $0.relearning_steps, maximumInterval: $0.maximum_interval))
}
struct Prepared {
    let scheduler: FSRSScheduler
    let ratings: [Rating]
    let times: [Date]
}
let prepared = vectors.sequences.map { sequence in
    Prepared(
        scheduler: schedulers[sequence.scheduler],
        ratings: sequence.steps.map { Rating(rawValue: $0.rating) ?? .good },
        times: sequence.steps.map { Date(timeIntervalSince1970: $0.time) })
}
let reviewsPerPass = prepared.reduce(0) { $0 + $1.ratings.count }

// Correctness first: every state equals the reference's (stability and difficulty to 1e-9 relative).
var mismatches = 0
for (sequence, input) in zip(vectors.sequences, prepared) {
    var card: CardState?
    for (index, step) in sequence.steps.enumerated() {
        let next = input.scheduler.review(card, rating: input.ratings[index], at: input.times[index])
        if abs(next.stability - step.stability) > 1e-9 * max(1, step.stability)
            || abs(next.difficulty - step.difficulty) > 1e-9 * max(1, step.difficulty)
        {
            mismatches += 1
        }
        card = next
    }
}
if mismatches > 0 { fatal("\(mismatches) reviews differ from the reference vectors") }

var checksum = 0.0
@MainActor func pass() {
    for input in prepared {
        var card: CardState?
        for index in input.ratings.indices {
            card = input.scheduler.review(card, rating: input.ratings[index], at: input.times[index])
        }
        checksum += card?.stability ?? 0
    }
}
// Enough passes per sample to last about 50 ms, so timer resolution does not matter.
var passes = 1
while timed({ for _ in 0..<passes { pass() } }) < 0.05 { passes *= 2 }
for sample in 0..<repeats {
    let seconds = timed { for _ in 0..<passes { pass() } }
    print("fsrs swift \(sample) \(String(format: "%.1f", Double(reviewsPerPass * passes) / seconds))")
}
FileHandle.standardError.write(Data("bench-fsrs: \(reviewsPerPass) reviews per pass, \(passes) passes per sample, checksum \(checksum)\n".utf8))
