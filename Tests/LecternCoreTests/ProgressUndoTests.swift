import Foundation
import Testing
@testable import LecternCore

/// Undo records in the log and the snapshot, version 1 lines, the new-question limit and recall after a miss.
@Suite struct ProgressUndoTests {
    typealias F = ProgressFixtures

    @Test func anUndoCancelsTheLatestAnswerInTheStoreAndInAReplay() throws {
        let directory = try F.folder()
        defer { try? FileManager.default.removeItem(at: directory) }
        let store = try F.open(directory)
        try store.append(F.review("q1", at: F.start))
        let before = store.snapshot
        let wrong = F.review("q2", at: F.start.addingTimeInterval(30), rating: .again, outcome: .incorrect)
        try store.append(wrong)
        try store.append(.undo(.init(questionID: "q2", answeredAt: wrong.answeredAt, at: F.start.addingTimeInterval(40))))
        #expect(store.snapshot.questions == before.questions)
        #expect(store.snapshot.totals == before.totals)
        #expect(store.snapshot.days == before.days)
        #expect(store.snapshot.confidence == before.confidence)
        #expect(store.snapshot.undoable == nil)
        // The log is appended to, never rewritten: three lines, the last an undo.
        let lines = try F.text(store.logURL).split(separator: "\n")
        #expect(lines.count == 3)
        #expect(lines.last?.contains("\"type\":\"undo\"") == true)
        // Reopened and replayed from the log alone, the state is the same.
        let live = store.snapshot
        _ = store.close()
        try FileManager.default.removeItem(at: store.snapshotURL)
        let reopened = try F.open(directory)
        defer { _ = reopened.close() }
        #expect(reopened.snapshot.questions == live.questions)
        #expect(reopened.snapshot.totals == live.totals)
    }

    @Test func anUndoOfAnAnswerThatIsNotTheLatestChangesNothing() {
        let first = F.review("q1", at: F.start)
        let second = F.review("q2", at: F.start.addingTimeInterval(60))
        let undoFirst = ProgressRecord.undo(.init(questionID: "q1", answeredAt: first.answeredAt, at: F.start))
        let replayed = ProgressSnapshot.replaying([.review(first), .review(second), undoFirst])
        let without = ProgressSnapshot.replaying([.review(first), .review(second)])
        #expect(replayed == without)
        // Two undos in a row take back one answer only.
        let undoSecond = ProgressRecord.undo(.init(questionID: "q2", answeredAt: second.answeredAt, at: F.start))
        let twice = ProgressSnapshot.replaying([.review(first), .review(second), undoSecond, undoSecond])
        #expect(twice.questions.keys.sorted() == ["q1"])
        #expect(twice.totals.answers == 1)
    }

    @Test func anOverrideIsListedForTheAuthorUntilItIsTakenBack() throws {
        let wrong = F.review("typed-iraq", at: F.start, rating: .again, outcome: .incorrect)
        var right = wrong
        right.outcome = .correct
        right.credit = 1
        right.rating = .good
        right.overridden = true
        let undo = ProgressRecord.undo(.init(questionID: wrong.questionID, answeredAt: wrong.answeredAt, at: F.start))
        let snapshot = ProgressSnapshot.replaying([.review(wrong), undo, .review(right)])
        #expect(snapshot.overrides == [.init(questionID: "typed-iraq", response: "Baghdad", answeredAt: F.start)])
        #expect(snapshot.totals.answers == 1 && snapshot.totals.correct == 1)
        let report = LearnerReport(
            course: GradingFixture.course, bank: QuestionBank(questions: [GradingFixture.typedIraq]), snapshot: snapshot,
            now: F.start.addingTimeInterval(60))
        #expect(report.overridden.map(\.id) == ["typed-iraq"])
        #expect(report.overridden.map(\.response) == ["Baghdad"])
        let text = ReportText.render(report, options: ReportRenderOptions(width: 80, charset: .unicode, usesColor: false))
        #expect(text.string.contains("Counted as right by you"))
        #expect(text.string.contains("typed-iraq: “Baghdad”"))
        // Undone, the override is gone from the list too.
        let again = ProgressRecord.undo(.init(questionID: right.questionID, answeredAt: right.answeredAt, at: F.start))
        #expect(ProgressSnapshot.replaying([.review(wrong), undo, .review(right), again]).overrides == nil)
        // And the snapshot with it reads back the same fast or through the decoder.
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        let data = try encoder.encode(snapshot)
        #expect(ProgressSnapshot(fastJSON: data) == snapshot)
    }

    @Test func aVersionOneLineStillReadsAndANewLineReadsTheSameFastOrNot() throws {
        let old = #"{"answeredAt":1735689600.5,"confidence":null,"contentHash":"h1","credit":1,"hintsUsed":0,"kind":"typed","latency":3,"mode":"quiz","outcome":"correct","questionID":"q1","rating":3,"response":"Iraq","type":"review","v":1}"#
        guard case let .record(.review(record)) = ReviewLog.decode(ArraySlice(Array(old.utf8))) else {
            Issue.record("a version 1 line did not read")
            return
        }
        #expect(!record.overridden && !record.sourceShown)
        var changed = record
        changed.overridden = true
        changed.sourceShown = true
        let line = try #require(ReviewLog.fastEncode(.review(changed)))
        #expect(String(decoding: line, as: UTF8.self).contains(#""overridden":true"#))
        #expect(ReviewLog.decode(ArraySlice(line)) == .record(.review(changed)))
        let decoder = JSONDecoder()
        decoder.dateDecodingStrategy = .secondsSince1970
        let decoded = try decoder.decode(ProgressRecord.self, from: Data(line))
        #expect(decoded == .review(changed))
    }

    @Test func aSnapshotWithAnUndoPointReadsTheSameFastOrThroughTheDecoder() throws {
        let snapshot = ProgressSnapshot.replaying(F.randomRecords(40, seed: 3) + [.review(F.review("q9", at: F.start))])
        #expect(snapshot.undoable?.questionID == "q9")
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        let data = try encoder.encode(snapshot)
        let fast = try #require(ProgressSnapshot(fastJSON: data))
        #expect(fast == snapshot)
        #expect(try JSONDecoder().decode(ProgressSnapshot.self, from: data) == snapshot)
    }

    @Test func theNewQuestionLimitCountsQuestionsFirstShownTodayAcrossLearningSteps() throws {
        let questions = (0..<6).map { index in
            Question(
                id: "q\(index)", prompt: "Q\(index)?", body: .typed(answer: "a", accepted: []), explanation: "e",
                lessonID: nil, paragraphIDs: ["p1"], actorIDs: [], eventIDs: [], origin: .authored)
        }
        let bank = QuestionBank(questions: questions)
        let course = GradingFixture.course
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = .gmt
        let morning = Date(timeIntervalSince1970: 1_735_725_600)  // 2025-01-01 10:00 UTC
        let progress = InMemoryProgress()
        progress.change(.init(name: .dailyNewLimit, value: 3, at: morning))
        func answer(_ id: String, at date: Date) {
            progress.record(AnswerRecord(
                questionID: id, factID: id, kind: .typed, response: "a", outcome: .correct, credit: 1, hintsUsed: 0,
                confidence: nil, askedAt: date, answeredAt: date, mode: "review"))
        }
        let first = ReviewQueue.plan(bank: bank, course: course, snapshot: progress.snapshot, now: morning, calendar: calendar)
        #expect(first.new.map(\.id) == ["q0", "q1", "q2"])
        for (offset, question) in first.new.enumerated() { answer(question.id, at: morning.addingTimeInterval(Double(offset))) }
        // The learning step: each comes back after a minute and is answered again.
        let later = morning.addingTimeInterval(15 * 60)
        let steps = ReviewQueue.plan(bank: bank, course: course, snapshot: progress.snapshot, now: later, calendar: calendar)
        #expect(steps.due.count == 3)
        #expect(steps.new.isEmpty && steps.newAllowance == 0)
        for (offset, question) in steps.due.enumerated() { answer(question.id, at: later.addingTimeInterval(Double(offset))) }
        // Answered twice now, they still count as today's new questions: no more new ones until tomorrow.
        let evening = morning.addingTimeInterval(8 * 3_600)
        let after = ReviewQueue.plan(bank: bank, course: course, snapshot: progress.snapshot, now: evening, calendar: calendar)
        #expect(after.newAllowance == 0 && after.new.isEmpty)
        let tomorrow = morning.addingTimeInterval(24 * 3_600)
        let next = ReviewQueue.plan(bank: bank, course: course, snapshot: progress.snapshot, now: tomorrow, calendar: calendar)
        #expect(next.newAllowance == 3)
    }

    @Test func recallRightAfterAMissIsBelowCertainty() throws {
        let miss = F.review("q1", at: F.start, rating: .again, outcome: .incorrect)
        let snapshot = ProgressSnapshot.replaying([.review(miss)])
        let card = try #require(snapshot.questions["q1"]?.card)
        let scheduler = FSRSScheduler()
        let aMinuteLater = F.start.addingTimeInterval(60)
        #expect(scheduler.retrievability(card, at: aMinuteLater) == 1)  // the reference's whole days
        let recall = scheduler.expectedRecall(card, at: aMinuteLater)
        #expect(recall < 1 && recall > 0.99)
        #expect(Charts.percent(recall) == "99%")
        #expect(Charts.percent(1) == "100%")
        // Mastery and the report follow: not "recall 100%" a minute after a miss.
        let bank = QuestionBank(questions: [GradingFixture.typedIraq])
        let missed = ProgressSnapshot.replaying([.review(F.review("typed-iraq", at: F.start, rating: .again, outcome: .incorrect))])
        let evaluation = try #require(Mastery.evaluate(bank: bank, snapshot: missed, now: aMinuteLater).first)
        #expect(try #require(evaluation.retrievability) < 1)
        #expect(scheduler.expectedRecall(card, at: F.start) == 1)
    }
}
