import Foundation
import LecternTestSupport
import Testing

/// The numbers of the learning loop through the built `lectern`, on review logs written at known times: the daily
/// new-question limit across learning steps, recall right after a miss, and `report --now` before the history.
@Suite struct PipedLearningLoopTests {
    /// A learner folder made by `lectern`, whose log is then replaced by `lines` (the snapshot rebuilt from it).
    private func learner(_ progress: URL, lines: [[String: Any]]) throws {
        let made = try EndToEnd.run(["report"] + EndToEnd.place(progress: progress, learner: "ada"))
        try #require(made.status == 0, "\(made)")
        let folder = ProgressPlaces.learnerFolder(progress, "ada")
        let text = try lines.map { line in
            String(decoding: try JSONSerialization.data(withJSONObject: line, options: [.sortedKeys]), as: UTF8.self)
        }.joined(separator: "\n") + "\n"
        try Data(text.utf8).write(to: folder.appendingPathComponent("review-log.jsonl"))
        try FileManager.default.removeItem(at: folder.appendingPathComponent("snapshot.json"))
    }

    private func answer(_ id: String, at seconds: Double, rating: Int, outcome: String) -> [String: Any] {
        [
            "answeredAt": seconds, "confidence": NSNull(), "contentHash": "", "credit": outcome == "correct" ? 1 : 0,
            "hintsUsed": 0, "kind": "typed", "latency": 3, "mode": "review", "outcome": outcome, "questionID": id,
            "rating": rating, "response": "x", "type": "review", "v": 1,
        ]
    }

    @Test func questionsFirstShownTodayStillCountAfterTheirLearningStep() throws {
        let progress = try Fixtures.temporaryDirectory("lectern-loop")
        defer { try? FileManager.default.removeItem(at: progress) }
        let now = Date().timeIntervalSince1970
        // Twenty questions first shown a few minutes ago, then answered again at their learning step.
        let lines = (0..<20).flatMap { index in
            [
                answer("retired-\(index)", at: now - 300 + Double(index), rating: 3, outcome: "correct"),
                answer("retired-\(index)", at: now - 100 + Double(index), rating: 3, outcome: "correct"),
            ]
        }
        try learner(progress, lines: lines)
        let review = try EndToEnd.run(["review"] + EndToEnd.place(progress: progress, learner: "ada"))
        #expect(review.status == 0, "\(review)")
        #expect(review.standardOutput.contains("no new questions are left for today (20 a day)"), "\(review)")
        #expect(!review.standardOutput.contains("20 new"), "\(review)")
    }

    @Test func recallRightAfterAMissIsNotCertain() throws {
        let progress = try Fixtures.temporaryDirectory("lectern-loop")
        defer { try? FileManager.default.removeItem(at: progress) }
        let bank = try PrintedQuestionBank()
        let id = try #require(bank.entries.first { $0.kind == "typed" }?.id)
        let missed = Date(timeIntervalSince1970: 1_780_000_000)
        try learner(progress, lines: [answer(id, at: missed.timeIntervalSince1970, rating: 1, outcome: "incorrect")])
        let aMinuteLater = missed.addingTimeInterval(60).formatted(.iso8601)
        let report = try EndToEnd.run(
            ["report", "--format", "json", "--now", aMinuteLater] + EndToEnd.place(progress: progress, learner: "ada"))
        try #require(report.status == 0, "\(report)")
        let object = try #require(try JSONSerialization.jsonObject(with: Data(report.standardOutput.utf8)) as? [String: Any])
        let recall = try #require((object["recall"] as? [String: Any])?["now"] as? Double, "\(report.standardOutput.prefix(400))")
        #expect(recall < 1)
        let text = try EndToEnd.run(["report", "--now", aMinuteLater] + EndToEnd.place(progress: progress, learner: "ada"))
        #expect(!text.standardOutput.contains("100%"), "\(text)")
    }

    @Test func aReportBeforeTheHistoryIsRefusedWithoutCountingLaterAnswers() throws {
        let progress = try Fixtures.temporaryDirectory("lectern-loop")
        defer { try? FileManager.default.removeItem(at: progress) }
        let answered = Date(timeIntervalSince1970: 1_780_000_000)  // 2026-05-28
        try learner(progress, lines: [answer("retired-1", at: answered.timeIntervalSince1970, rating: 3, outcome: "correct")])
        let place = EndToEnd.place(progress: progress, learner: "ada")
        let early = try EndToEnd.run(["report", "--now", "2026-05-01"] + place)
        #expect(early.status != 0, "\(early)")
        #expect(early.standardOutput.isEmpty, "\(early)")
        #expect(early.standardError.contains("cannot report on 2026-05-01 00:00:00 UTC"), "\(early)")
        #expect(early.standardError.contains("latest answer is from 2026-05-28"), "\(early)")
        let later = try EndToEnd.run(["report", "--now", "2026-06-01"] + place)
        #expect(later.status == 0, "\(later)")
    }
}
