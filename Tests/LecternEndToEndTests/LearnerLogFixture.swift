import Foundation
import LecternTestSupport
import Testing

/// A learner folder made by the built `lectern`, whose review log is then replaced by records written at known
/// times (the snapshot removed, so the next run replays the log).
enum LearnerLogFixture {
    /// Makes `learner`'s folder in `progress` and replaces its log with `lines`.
    static func write(_ progress: URL, learner: String = "ada", lines: [[String: Any]]) throws {
        let made = try EndToEnd.run(["report"] + EndToEnd.place(progress: progress, learner: learner))
        try #require(made.status == 0, "\(made)")
        let folder = ProgressPlaces.learnerFolder(progress, learner)
        let text = try lines.map { line in
            String(decoding: try JSONSerialization.data(withJSONObject: line, options: [.sortedKeys]), as: UTF8.self)
        }.joined(separator: "\n") + "\n"
        try Data(text.utf8).write(to: folder.appendingPathComponent("review-log.jsonl"))
        try FileManager.default.removeItem(at: folder.appendingPathComponent("snapshot.json"))
    }

    /// A review record (log version 1) of a typed answer to `id` at `seconds` since 1970.
    static func answer(_ id: String, at seconds: Double, rating: Int, outcome: String) -> [String: Any] {
        [
            "answeredAt": seconds, "confidence": NSNull(), "contentHash": "", "credit": outcome == "correct" ? 1 : 0,
            "hintsUsed": 0, "kind": "typed", "latency": 3, "mode": "review", "outcome": outcome, "questionID": id,
            "rating": rating, "response": "x", "type": "review", "v": 1,
        ]
    }

    /// A log in which the first `count` questions of the bundled bank were answered right sixty days ago, so all
    /// of them are due now.
    static func writeDue(_ progress: URL, learner: String = "ada", count: Int) throws {
        let ids = try PrintedQuestionBank().entries.prefix(count).map(\.id)
        let long = Date().timeIntervalSince1970 - 60 * 86_400
        try write(progress, learner: learner, lines: ids.enumerated().map { answer($1, at: long + Double($0), rating: 3, outcome: "correct") })
    }
}
