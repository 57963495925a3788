// bench-optimizer: fitting FSRS-6 to a simulated learner's log, on the items Benchmarks/baselines/fsrs_optimizer.py
// gives fsrs-rs-python, and the retention simulation of `settings retention --simulate`.
//
//   bench-optimizer --data FILE --label L [--runs R]     one data set (fsrs_optimizer.py make), one process each
//   bench-optimizer --simulate --label L [--runs R]      7 retentions, 400 new questions at 10 a day, 365 days
//
// The data set is decoded before timing. The first fit is checked against fsrs-rs's, so both sides compute the same
// thing: the log loss and RMSE(bins) of the fitted weights within 1e-4 of fsrs-rs's figures for its own, and the
// weights within 1e-2 (relative; float32 against float64 drifts over 5 epochs of a long log: 4e-7 at 10,000
// answers, 1.5e-3 at 100,000; FSRSOptimizerTests holds the committed learners to 1e-4). Prints
// "optimizer lectern L ANSWERS ITEMS BEST MEDIAN PEAK_MB" and "optimizer lectern-guard L ..." (training plus the
// keep-if-better evaluation of both weight sets), or "simulate lectern L RETENTIONS BEST MEDIAN PEAK_MB"; PEAK_MB is
// the process's peak resident memory (getrusage, data loading included).
import BenchSupport
import Foundation
import LecternCore

struct DataSet: Decodable {
    let answers: Int
    let histories: [[[Int]]]
    let items: [[Int]]
    let fsrsRsWeights: [Double]
    let fsrsRsEvaluation: [Double]
}

let label = required("label")
let runs = Int(option("runs", "5") ?? "5") ?? 5

func summary(_ seconds: [Double]) -> String {
    let sorted = seconds.sorted()
    return String(format: "%.4f %.4f", sorted[0], sorted[sorted.count / 2])
}

func peakMB() -> String { String(format: "%.1f", Double(peakMemoryKiB()) / 1024) }

if CommandLine.arguments.contains("--simulate") {
    var configuration = RetentionSimulator.Configuration()
    configuration.newPerDay = 10
    let simulator = RetentionSimulator(configuration: configuration)
    let cards = [CardState?](repeating: nil, count: 400)
    let start = Date(timeIntervalSince1970: 1_767_571_200)
    var seconds: [Double] = []
    var recommended = 0.0
    for _ in 0..<runs {
        seconds.append(try timed {
            recommended = try simulator.recommend(parameters: .default, cards: cards, start: start).recommended.desiredRetention
        })
    }
    FileHandle.standardError.write(Data("bench-optimizer: recommended retention \(recommended)\n".utf8))
    print("simulate lectern \(label) \(RetentionSimulator.retentions.count) \(summary(seconds)) \(peakMB())")
    exit(0)
}

let data = try JSONDecoder().decode(DataSet.self, from: Data(contentsOf: URL(fileURLWithPath: required("data"))))
let histories = data.histories.map { history in
    history.map { FSRSReview(rating: Rating(rawValue: $0[0]) ?? .good, elapsedDays: $0[1]) }
}
let set = try FSRSTrainingSet(
    histories: histories, items: data.items.map { FSRSTrainingSet.Item(history: $0[0], index: $0[1]) })

// Correctness first: the weights equal fsrs-rs's on these items.
let weights = try FSRSOptimizer().train(set).weights
let gap = zip(weights, data.fsrsRsWeights).map { abs($0 - $1) / max(1, abs($1)) }.max() ?? 0
let figures = try FSRSEvaluation.evaluate(weights, on: set)
let figureGap = max(
    abs(figures.logLoss - data.fsrsRsEvaluation[0]), abs(figures.rmseBins - data.fsrsRsEvaluation[1]))
if gap > 1e-2 || figureGap > 1e-4 {
    fatal("the fit differs from fsrs-rs's: weights by \(gap) (relative), figures by \(figureGap)")
}
FileHandle.standardError.write(Data(
    "bench-optimizer: \(label) weights within \(gap) of fsrs-rs's, log loss and RMSE(bins) within \(figureGap)\n".utf8))

var train: [Double] = []
var guarded: [Double] = []
for _ in 0..<runs {
    train.append(try timed { _ = try FSRSOptimizer().train(set) })
    guarded.append(try timed { _ = try FSRSOptimizer().fit(set, current: FSRSParameters.defaultWeights) })
}
print("optimizer lectern \(label) \(data.answers) \(set.items.count) \(summary(train)) \(peakMB())")
print("optimizer lectern-guard \(label) \(data.answers) \(set.items.count) \(summary(guarded)) \(peakMB())")
