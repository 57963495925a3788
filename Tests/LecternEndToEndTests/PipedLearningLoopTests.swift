import Foundation
import LecternTestSupport
import Testing

/// The numbers of the learning loop through the built `lectern`, on review logs written at known times: the daily
/// new-question limit across learning steps, recall right after a miss, and `report --now` before the history.
@Suite struct PipedLearningLoopTests {
    private func learner(_ progress: URL, lines: [[String: Any]]) throws {
        try LearnerLogFixture.write(progress, lines: lines)
    }

    private func answer(_ id: String, at seconds: Double, rating: Int, outcome: String) -> [String: Any] {
        LearnerLogFixture.answer(id, at: seconds, rating: rating, outcome: outcome)
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

    @Test func theClassViewsRecallRightAfterAMissIsNotCertain() throws {
        let progress = try Fixtures.temporaryDirectory("lectern-loop")
        defer { try? FileManager.default.removeItem(at: progress) }
        let id = try #require(try PrintedQuestionBank().entries.first { $0.kind == "typed" }?.id)
        let missed = 1_780_000_000.0
        try learner(progress, lines: [answer(id, at: missed, rating: 1, outcome: "incorrect")])
        // The class view reads snapshots: the learner's next run writes one from the log.
        _ = try EndToEnd.run(["report"] + EndToEnd.place(progress: progress, learner: "ada"))
        let aMinuteLater = Date(timeIntervalSince1970: missed + 60).formatted(.iso8601)
        let report = try EndToEnd.run(
            ["report", "--class", progress.path, "--format", "json", "--now", aMinuteLater] + EndToEnd.place(progress: progress, learner: "ada"))
        try #require(report.status == 0, "\(report)")
        let object = try #require(try JSONSerialization.jsonObject(with: Data(report.standardOutput.utf8)) as? [String: Any])
        let ada = try #require((object["learners"] as? [[String: Any]])?.first { $0["name"] as? String == "ada" }, "\(object)")
        let recall = try #require(ada["recallNow"] as? Double)
        #expect(recall < 1 && recall > 0.9, "recall a minute after a miss: \(recall)")
    }

    @Test func aClassReportOfAMomentBeforeALearnersLatestAnswerIsRefusedNotCountedAhead() throws {
        let progress = try Fixtures.temporaryDirectory("lectern-loop")
        defer { try? FileManager.default.removeItem(at: progress) }
        try learner(progress, lines: [answer("retired-1", at: 1_780_000_000, rating: 3, outcome: "correct")])
        _ = try EndToEnd.run(["report"] + EndToEnd.place(progress: progress, learner: "ada"))  // writes the snapshot
        for format in ["text", "json"] {
            let early = try EndToEnd.run(
                ["report", "--class", progress.path, "--format", format, "--now", "2026-05-01"] + EndToEnd.place(progress: progress, learner: "ada"))
            #expect(early.status != 0, "\(format): \(early)")
            #expect(early.standardOutput.isEmpty, "\(format): nothing counted ahead is printed: \(early)")
            #expect(ErrorLines.squeezed(early.standardError).contains(
                "--now 2026-05-01T00:00:00Z is before ada's latest answer (2026-05-28T20:26:40Z)"), "\(early)")
        }
        let later = try EndToEnd.run(
            ["report", "--class", progress.path, "--format", "json", "--now", "2026-06-01"] + EndToEnd.place(progress: progress, learner: "ada"))
        #expect(later.status == 0, "\(later)")
    }

    @Test func aReportOfAMomentInThePastIsTheReportOfTheLogCutThereInEveryFormat() throws {
        let full = try Fixtures.temporaryDirectory("lectern-loop")
        let cut = try Fixtures.temporaryDirectory("lectern-loop")
        defer {
            try? FileManager.default.removeItem(at: full)
            try? FileManager.default.removeItem(at: cut)
        }
        let bank = try PrintedQuestionBank()
        let ids = bank.entries.prefix(3).map(\.id)
        let day = 86_400.0
        let start = 1_780_000_000.0  // 2026-05-28 20:26 UTC
        let before = [
            answer(ids[0], at: start, rating: 3, outcome: "correct"),
            answer(ids[1], at: start + 60, rating: 1, outcome: "incorrect"),
        ]
        // Two days later: another answer to the first question, a new one, and a setting; none happened by then.
        let after = [
            answer(ids[0], at: start + 2 * day, rating: 1, outcome: "incorrect"),
            answer(ids[2], at: start + 2 * day + 60, rating: 3, outcome: "correct"),
            ["type": "setting", "v": 1, "name": "dailyNewLimit", "value": 5, "at": start + 2 * day + 120],
        ]
        try learner(full, lines: before + after)
        try learner(cut, lines: before)
        let moment = "2026-05-29T12:00:00Z"
        for format in ["text", "json", "markdown", "csv", "html"] {
            let report = ["report", "--format", format, "--now", moment, "--width", "100"]
            let past = try EndToEnd.run(report + EndToEnd.place(progress: full, learner: "ada"))
            let truncated = try EndToEnd.run(report + EndToEnd.place(progress: cut, learner: "ada"))
            #expect(past.status == 0 && truncated.status == 0, "\(format): \(past) \(truncated)")
            #expect(!past.standardOutput.isEmpty)
            #expect(past.standardOutput == truncated.standardOutput, "\(format) at \(moment) differs from the cut log")
        }
        let json = try EndToEnd.run(["report", "--format", "json", "--now", moment] + EndToEnd.place(progress: full, learner: "ada"))
        #expect(try overallAnswers(json.standardOutput) == 2, "the answers after the moment are not counted")
        // Now, every answer counts.
        let now = try EndToEnd.run(["report", "--format", "json"] + EndToEnd.place(progress: full, learner: "ada"))
        #expect(try overallAnswers(now.standardOutput) == 4)
    }

    private func overallAnswers(_ json: String) throws -> Int? {
        let object = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
        return (object["overall"] as? [String: Any])?["answers"] as? Int
    }

    @Test func aReportOfAMomentBeforeEveryAnswerCountsNone() throws {
        let progress = try Fixtures.temporaryDirectory("lectern-loop")
        defer { try? FileManager.default.removeItem(at: progress) }
        try learner(progress, lines: [answer("retired-1", at: 1_780_000_000, rating: 3, outcome: "correct")])
        let early = try EndToEnd.run(["report", "--now", "2026-05-01", "--width", "80"] + EndToEnd.place(progress: progress, learner: "ada"))
        #expect(early.status == 0, "\(early)")
        #expect(early.standardOutput.contains("2026-05-01 00:00 UTC"), "\(early)")
        #expect(!early.standardOutput.contains("1 answer"), "\(early)")
    }
}
