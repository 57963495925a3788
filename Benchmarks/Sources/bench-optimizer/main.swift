// bench-optimizer: fitting FSRS-6 to a simulated learner's log, on the items Benchmarks/baselines/fsrs_optimizer.py
// gives fsrs-rs-python, and the retention simulation of `settings retention --simulate`.
//
//   bench-optimizer --data FILE --label L [--runs R]     one data set (fsrs_optimizer.py make), one process each
//   bench-optimizer --simulate --label L [--runs R]      7 retentions, 400 new questions at 10 a day, 365 days
//
// The data set is decoded before timing. The first fit checks the weights against fsrs-rs's (within 1e-4, the
// tolerance of FSRSOptimizerTests), so both sides compute the same thing. Prints
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
if gap > 1e-4 { fatal("the fitted weights differ from fsrs-rs's by \(gap) (relative)") }
FileHandle.standardError.write(Data("bench-optimizer: \(label) weights within \(gap) of fsrs-rs's\n".utf8))

var train: [Double] = []
var guarded: [Double] = []
for _ in 0..<runs {
    train.append(try timed { _ = try FSRSOptimizer().train(set) })
    guarded.append(try timed { _ = try FSRSOptimizer().fit(set, current: FSRSParameters.defaultWeights) })
}
print("optimizer lectern \(label) \(data.answers) \(set.items.count) \(summary(train)) \(peakMB())")
print("optimizer lectern-guard \(label) \(data.answers) \(set.items.count) \(summary(guarded)) \(peakMB())")
