import Foundation
import Testing
@testable import LecternCore

/// Until you know it, undo, override and `source` as help: the session over an injected clock.
@Suite struct QuizRelearningTests {
    typealias F = GradingFixture
    let start = Date(timeIntervalSince1970: 1_403_000_000)

    func at(_ seconds: Double) -> Date { start.addingTimeInterval(seconds) }

    func session(
        _ questions: [Question], settings: QuizSettings = QuizSettings(), recorder: any AnswerRecorder
    ) -> QuizSession {
        var rng = SplitMix64(seed: 7)
        return QuizSession(
            questions: questions, course: F.course, settings: settings, recorder: recorder, using: &rng, now: start)
    }

    /// Five typed questions with one-word answers, in this order.
    let five = [F.typedIraq, F.number, F.numberYears, F.typedTaliban, F.typedMaliki]
    let answers = ["typed-iraq": "Iraq", "number-troops": "2000", "number-years": "13", "typed-foe": "the Taliban",
                   "typed-pm": "Nouri al-Maliki"]

    @Test func aReaskKeepsItsQuestionsNumberAndIsNotCountedAsAQuestion() throws {
        var quiz = session(Array(five.prefix(2)), recorder: InMemoryProgress())
        #expect(quiz.questionNumber == 1 && quiz.questionCount == 2 && !quiz.isRetry)
        _ = quiz.handle("nothing like it", now: at(10))  // typed-iraq, missed: asked again at the end
        #expect(quiz.total == 3, "three to ask")
        #expect(quiz.questionNumber == 2 && quiz.questionCount == 2, "but two questions")
        _ = quiz.handle("2000", now: at(20))
        #expect(quiz.current?.question.id == "typed-iraq" && quiz.isRetry)
        #expect(quiz.questionNumber == 1 && quiz.questionCount == 2, "the re-ask is question 1 again")
        _ = quiz.handle("quit", now: at(30))
        #expect(quiz.summary.total == quiz.questionCount && quiz.summary.attempted == 2)
    }

    @Test func aMissedQuestionComesBackAfterThreeOthersUntilRight() throws {
        let progress = InMemoryProgress()
        var quiz = session(five, recorder: progress)
        var order: [String] = []
        var clock = 0.0
        func answer(_ right: Bool) {
            let id = quiz.current?.question.id ?? ""
            order.append(id)
            clock += 10
            _ = quiz.handle(right ? answers[id] ?? "" : "nothing like it", now: at(clock))
        }
        answer(false)  // typed-iraq, missed
        #expect(quiz.total == 6)
        answer(true); answer(true); answer(true)
        answer(false)  // typed-iraq again, missed again: back after three more, or at the end
        answer(true)  // typed-pm
        answer(true)  // typed-iraq, third time, right
        #expect(quiz.isFinished)
        #expect(order == [
            "typed-iraq", "number-troops", "number-years", "typed-foe", "typed-iraq", "typed-pm", "typed-iraq",
        ])
        let summary = quiz.summary
        #expect(summary.total == 5)
        #expect(summary.attempted == 5)
        #expect(summary.correct == 4 && summary.incorrect == 1)
        #expect(summary.score == 0.8)
        #expect(summary.retried == 1 && summary.recovered == 1)
        #expect(summary.notReached == 0)
        // Every re-ask is an answer like any other, in the log and rated.
        #expect(progress.answers.count == 7)
        let card = try #require(progress.snapshot.questions["typed-iraq"]?.card)
        #expect(progress.snapshot.questions["typed-iraq"]?.reviews == 3)
        // Again, Again, Good within minutes: FSRS's same-day learning steps, not a day-long interval.
        #expect(card.phase == .learning)
        #expect(card.due.timeIntervalSince(at(clock)) <= 3_600)
    }

    @Test func aMissNearTheEndComesBackAtTheEnd() {
        var quiz = session([F.typedIraq, F.number], recorder: InMemoryProgress())
        _ = quiz.handle("2000", now: at(5))  // typed-iraq answered "2000": wrong
        #expect(quiz.total == 3)
        _ = quiz.handle("2000", now: at(10))
        #expect(quiz.current?.question.id == "typed-iraq")
        #expect(quiz.isRetry)
        _ = quiz.handle("skip", now: at(15))
        #expect(quiz.isFinished)
        #expect(quiz.summary.retried == 1 && quiz.summary.recovered == 0)
    }

    @Test func aQuizLeftBeforeItsReasksCountsEveryFirstTryMissAsStillToRecover() {
        var quiz = session(five, recorder: InMemoryProgress())
        for second in 1...5 {  // four misses, then the first again
            let wrong = quiz.current?.question.kind == .number ? "1" : "nothing like it"
            _ = quiz.handle(wrong, now: at(Double(second)))
        }
        _ = quiz.handle("quit", now: at(9))
        let summary = quiz.summary
        #expect(summary.incorrect == 4 && summary.notReached == 1)
        #expect(summary.retried == 1 && summary.recovered == 0)
        #expect(summary.missedAtFirstTry == 4, "the three misses not yet asked again are still missed")
    }

    @Test func anExamNeverAsksAgainAndHidesTheSource() {
        let settings = QuizSettings(feedbackAtEnd: true, mode: "exam")
        var exam = session([F.typedIraq, F.number], settings: settings, recorder: InMemoryProgress())
        #expect(exam.handle("source", now: at(1)).isReprompt)
        _ = exam.handle("wrong", now: at(5))
        #expect(exam.total == 2)
        _ = exam.handle("1", now: at(10))
        #expect(exam.isFinished)
    }

    @Test func undoTakesBackTheAnswerAndAsksTheQuestionAgain() throws {
        let progress = InMemoryProgress()
        var quiz = session([F.typedIraq, F.number, F.numberYears], recorder: progress)
        let before = progress.snapshot
        #expect(quiz.handle("undo", now: at(1)).isReprompt)  // nothing to take back yet
        _ = quiz.handle("3", now: at(5))  // meant for the next question: wrong
        #expect(quiz.total == 4)
        let step = quiz.handle("undo", now: at(6))
        guard case .undone(let result) = step else {
            Issue.record("undo gave \(step)")
            return
        }
        #expect(result.questionID == "typed-iraq")
        #expect(quiz.current?.question.id == "typed-iraq")
        #expect(quiz.total == 3)  // the re-ask the miss had scheduled is gone
        #expect(progress.answers.isEmpty)
        // The snapshot is as if the answer had not been given.
        var expected = before
        expected.undoable = nil
        #expect(progress.snapshot.questions == expected.questions)
        #expect(progress.snapshot.totals == expected.totals)
        #expect(progress.snapshot.days == expected.days)
        #expect(quiz.handle("undo", now: at(7)).isReprompt)  // only the latest answer
        _ = quiz.handle("Iraq", now: at(9))
        #expect(quiz.summary.results.map(\.questionID) == ["typed-iraq"])
        #expect(quiz.summary.correct == 1)
    }

    @Test func aQuestionAskedAgainAfterUndoKeepsTheSourceAndHintsAlreadyTaken() throws {
        let progress = InMemoryProgress()
        var quiz = session([F.typedIraq, F.number], recorder: progress)
        _ = quiz.handle("source", now: at(1))
        _ = quiz.handle("hint", now: at(2))
        _ = quiz.handle("Irak country", now: at(4))
        _ = quiz.handle("undo", now: at(5))
        #expect(quiz.current?.hintsUsed == 1, "the hint taken before the undone answer is still shown")
        _ = quiz.handle("Iraq", now: at(7))
        let again = try #require(progress.answers.last)
        #expect(progress.answers.count == 1)
        #expect(again.sourceShown && again.hintsUsed == 1)
        #expect(RatingPolicy().rating(for: again) == .hard, "reading the source caps the rating, undo or not")
        guard case .review(let stored)? = try progress.records().last else {
            Issue.record("the answer after the undo is not the last record")
            return
        }
        #expect(stored.rating == .hard && stored.sourceShown)
    }

    @Test func aRightAnswerAfterUndoingAWrongOneIsAtMostHardBecauseTheFeedbackShowedTheKey() throws {
        let progress = InMemoryProgress()
        var quiz = session([F.typedIraq, F.number], recorder: progress)
        _ = quiz.handle("nothing like it", now: at(4))  // wrong, unaided: the feedback shows "Iraq"
        _ = quiz.handle("undo", now: at(5))
        _ = quiz.handle("Iraq", now: at(7))
        let again = try #require(progress.answers.last)
        #expect(again.answerShown && !again.sourceShown && again.hintsUsed == 0)
        #expect(RatingPolicy().rating(for: again) == .hard)
        // Undone twice, the key stays seen even though the answer taken back the second time was right.
        _ = quiz.handle("undo", now: at(8))
        _ = quiz.handle("Iraq", now: at(10))
        #expect(RatingPolicy().rating(for: try #require(progress.answers.last)) == .hard)
    }

    @Test func aRightAnswerAfterUndoingARightOneStaysGood() throws {
        let progress = InMemoryProgress()
        var quiz = session([F.typedIraq, F.number], recorder: progress)
        _ = quiz.handle("Iraq", now: at(4))
        _ = quiz.handle("undo", now: at(5))
        _ = quiz.handle("Iraq", now: at(7))
        let again = try #require(progress.answers.last)
        #expect(!again.answerShown)
        #expect(RatingPolicy().rating(for: again) == .good)
    }

    @Test func overrideCountsATypedAnswerAsRightAndCancelsItsReask() throws {
        let progress = InMemoryProgress()
        var quiz = session([F.typedIraq, F.number], recorder: progress)
        _ = quiz.handle("Irak country", now: at(5))
        #expect(quiz.total == 3)
        guard case .overridden(let result, nil) = quiz.handle("override", now: at(6)) else {
            Issue.record("override was not taken")
            return
        }
        #expect(result.isOverridden && result.grade.outcome == .correct)
        #expect(quiz.total == 2)
        #expect(quiz.current?.question.id == "number-troops")
        let saved = try #require(progress.answers.last)
        #expect(progress.answers.count == 1)
        #expect(saved.overridden && saved.outcome == .correct && saved.credit == 1)
        #expect(progress.snapshot.questions["typed-iraq"]?.lastOutcome == .correct)
        #expect(progress.snapshot.questions["typed-iraq"]?.reviews == 1)
        #expect(progress.snapshot.totals.answers == 1 && progress.snapshot.totals.correct == 1)
        #expect(quiz.handle("override", now: at(7)).isReprompt)  // already right
        _ = quiz.handle("2000", now: at(9))
        #expect(quiz.summary.overridden.map(\.questionID) == ["typed-iraq"])
        #expect(quiz.summary.correct == 2)
    }

    @Test func overrideIsOnlyForTypedClozeAndNumberAnswers() throws {
        var quiz = session([F.choice, F.number], recorder: InMemoryProgress())
        let wrong = try #require(quiz.current?.shownNumber(ofAuthored: 1))
        _ = quiz.handle(String(wrong), now: at(5))
        #expect(quiz.handle("override", now: at(6)).isReprompt)
    }

    @Test func readingTheSourceCountsAsHelp() throws {
        let progress = InMemoryProgress()
        var quiz = session([F.typedIraq, F.number], recorder: progress)
        guard case .source(let paragraphs) = quiz.handle("source", now: at(1)) else {
            Issue.record("source was refused in a quiz")
            return
        }
        #expect(paragraphs.map(\.id) == ["p4"])
        _ = quiz.handle("Iraq", now: at(3))
        _ = quiz.handle("2000", now: at(5))
        let first = try #require(progress.answers.first)
        #expect(first.sourceShown)
        #expect(!(try #require(progress.answers.last)).sourceShown)
        #expect(RatingPolicy().rating(for: first) == .hard)
        #expect(RatingPolicy().rating(for: try #require(progress.answers.last)) == .good)
    }

    @Test func theScheduleLineNamesTheIntervalAndTheRating() throws {
        let progress = InMemoryProgress()
        var quiz = session([F.typedIraq], settings: QuizSettings(mode: "review"), recorder: progress)
        let step = quiz.handle("Iraq", now: at(5))
        let record = try #require(step.feedback?.record)
        let line = try #require(ReviewQueue.nextReview(after: record, in: progress.snapshot))
        // A first Good answer moves to the second learning step: ten minutes.
        #expect(line == "next review in 10 minutes (Good)")
        #expect(ReviewQueue.interval(4 * 86_400 + 600) == "4 days")
        #expect(ReviewQueue.interval(3 * 3_600) == "3 hours")
        #expect(ReviewQueue.interval(20) == "1 minute")
    }
}
