import Foundation
import Synchronization
import Testing
@testable import LecternCore

/// A recorder that refuses the first `failures` saves (answers and flags alike), then keeps everything.
final class FlakyRecorder: AnswerRecorder {
    struct DiskFull: Error, CustomStringConvertible {
        var description: String { "disk full" }
    }

    private typealias State = (failuresLeft: Int, answers: [AnswerRecord], flags: [FlagRecord])
    private let state: Mutex<State>

    init(failures: Int) {
        state = Mutex((failures, [], []))
    }

    func record(_ answer: AnswerRecord) throws {
        try save { $0.answers.append(answer) }
    }

    func flag(_ flag: FlagRecord) throws {
        try save { $0.flags.append(flag) }
    }

    func undo(_ answer: AnswerRecord, at now: Date) throws {
        try save { state in
            if let last = state.answers.lastIndex(of: answer) { state.answers.remove(at: last) }
        }
    }

    /// Refuses while failures are left, else keeps what `keep` adds.
    private func save(_ keep: (inout State) -> Void) throws {
        try state.withLock {
            if $0.failuresLeft > 0 {
                $0.failuresLeft -= 1
                throw DiskFull()
            }
            keep(&$0)
        }
    }

    var answers: [AnswerRecord] { state.withLock { $0.answers } }
    var flags: [FlagRecord] { state.withLock { $0.flags } }
}

extension QuizStep {
    var feedback: Feedback? {
        if case .feedback(let feedback, _) = self { return feedback }
        return nil
    }

    var endSummary: QuizSummary? {
        switch self {
        case .feedback(_, let summary), .answerSaved(let summary): return summary
        case .finished(let summary): return summary
        default: return nil
        }
    }

    var isReprompt: Bool {
        if case .reprompt = self { return true }
        return false
    }
}

@Suite struct QuizSessionTests {
    typealias F = GradingFixture
    let start = Date(timeIntervalSince1970: 1_403_000_000)

    func at(_ seconds: Double) -> Date { start.addingTimeInterval(seconds) }

    func session(
        _ questions: [Question], settings: QuizSettings = QuizSettings(), recorder: any AnswerRecorder = InMemoryProgress()
    ) -> QuizSession {
        var rng = SplitMix64(seed: 7)
        return QuizSession(
            questions: questions, course: F.course, settings: settings, recorder: recorder, using: &rng, now: start)
    }

    /// The shown number of authored option `index` of the current question.
    func shown(_ session: QuizSession, _ index: Int) throws -> String {
        String(try #require(session.current?.shownNumber(ofAuthored: index)))
    }

    @Test func aScriptedRunGradesRecordsAndSummarises() throws {
        let recorder = InMemoryProgress()
        var quiz = session(
            [F.typedIraq, F.number, F.choice, F.order], settings: QuizSettings(reasksMisses: false), recorder: recorder)
        #expect(quiz.position == 1)
        #expect(quiz.total == 4)

        let first = quiz.handle("Irq", now: at(10))
        #expect(first.feedback?.grade.outcome == .correct)
        #expect(first.feedback?.grade.notes == ["accepted with one typo; spelled Iraq"])
        #expect(first.feedback?.passage?.paragraphID == "p4")
        #expect(quiz.position == 2)

        #expect(quiz.handle("two thousand", now: at(25)).feedback?.grade.outcome == .correct)
        let wrong = try shown(quiz, 1)
        let third = quiz.handle(wrong, now: at(30))
        #expect(third.feedback?.grade.outcome == .incorrect)
        #expect(third.feedback?.result.responseText == "Saudi")
        let order = try ["{1}", "{0}", "{2}", "{3}"].map { try shown(quiz, Int($0.dropFirst().dropLast()) ?? 0) }
        let last = quiz.handle(order.joined(separator: " "), now: at(60))
        let summary = try #require(last.endSummary)
        #expect(quiz.isFinished)
        #expect(quiz.current == nil)

        #expect(summary.correct == 2)
        #expect(summary.partial == 1)
        #expect(summary.incorrect == 1)
        #expect(summary.skipped == 0)
        #expect(abs(summary.score - (2 + 5.0 / 6) / 4) < 1e-9)
        #expect(summary.duration == 60)
        #expect(summary.missed.map(\.questionID) == ["troops-who", "order-events"])
        #expect(summary.byKind.map(\.kind) == [.choice, .typed, .number, .order])

        let records = recorder.answers
        #expect(records.map(\.questionID) == ["typed-iraq", "number-troops", "troops-who", "order-events"])
        #expect(records.map(\.latency) == [10, 15, 5, 30])
        #expect(records[1].response == "two thousand")
        #expect(records.allSatisfy { $0.mode == "quiz" && $0.confidence == nil })
        #expect(quiz.handle("anything", now: at(70)).endSummary == summary)
    }

    @Test(arguments: ["hint", "HINT", " Hint "])
    func hintIsACommandInAnyCase(line: String) {
        var quiz = session([F.typedIraq])
        #expect(quiz.handle(line, now: at(1)) == .hint("It begins “I…” (4 letters)."))
        #expect(quiz.current?.hintsUsed == 1)
    }

    @Test func hintsAreCountedInTheRecordAndEndWithAMessage() throws {
        let recorder = InMemoryProgress()
        var quiz = session([F.trueFalse, F.typedIraq], recorder: recorder)
        #expect(quiz.handle("hint", now: at(1)).isReprompt)
        _ = quiz.handle("t", now: at(2))
        _ = quiz.handle("hint", now: at(3))
        _ = quiz.handle("hint", now: at(4))
        let summary = try #require(quiz.handle("Iraq", now: at(5)).endSummary)
        #expect(recorder.answers.map(\.hintsUsed) == [0, 2])
        #expect(summary.hintsUsed == 2)
    }

    @Test func askingForAHintSaysWhetherThereWereNoneOrNoMore() {
        var quiz = session([F.trueFalse, F.typedIraq])
        #expect(quiz.handle("hint", now: at(1)) == .reprompt("This question has no hints. Type an answer, or skip."))
        _ = quiz.handle("t", now: at(2))
        var step = quiz.handle("hint", now: at(3))
        while case .hint = step { step = quiz.handle("hint", now: at(4)) }
        #expect(step == .reprompt("No more hints for this question. Type an answer, or skip."))
        #expect((quiz.current?.hintsUsed ?? 0) > 0)
    }

    @Test func sourceShowsTheCitedParagraphs() {
        var quiz = session([F.typedMaliki])
        guard case .source(let paragraphs) = quiz.handle("Source", now: at(1)) else {
            Issue.record("expected the source")
            return
        }
        #expect(paragraphs.map(\.id) == ["p3"])
        #expect(quiz.position == 1)
    }

    @Test func flagSavesANoteWithoutMovingOn() {
        let recorder = InMemoryProgress()
        var quiz = session([F.typedIraq], recorder: recorder)
        let step = quiz.handle("FLAG the date looks wrong", now: at(3))
        let expected = FlagRecord(questionID: "typed-iraq", note: "the date looks wrong", flaggedAt: at(3), mode: "quiz")
        #expect(step == .flagged(expected))
        #expect(quiz.handle("flag", now: at(4)) == .flagged(FlagRecord(questionID: "typed-iraq", note: "", flaggedAt: at(4), mode: "quiz")))
        #expect(recorder.flags.count == 2)
        #expect(quiz.position == 1)
        #expect(quiz.handle("Iraq", now: at(5)).endSummary?.flags.first == expected)
    }

    @Test func skipRecordsASkipAndShowsTheAnswer() throws {
        let recorder = InMemoryProgress()
        var quiz = session([F.number, F.typedIraq], recorder: recorder)
        let feedback = try #require(quiz.handle("skip", now: at(4)).feedback)
        #expect(feedback.grade.outcome == .skipped)
        #expect(feedback.grade.correctAnswer == "2,000 troops")
        #expect(recorder.answers.first?.outcome == .skipped)
        #expect(recorder.answers.first?.response == "")
        let summary = try #require(quiz.handle("Iraq", now: at(9)).endSummary)
        #expect(summary.skipped == 1)
        #expect(summary.score == 0.5)
    }

    @Test func aQuotedCommandWordIsAnAnswer() throws {
        let question = F.question("typed-skip", "Type the word skip.", .typed(answer: "skip", accepted: []))
        var quiz = session([question])
        let feedback = try #require(quiz.handle("\"Skip\"", now: at(1)).feedback)
        #expect(feedback.grade.outcome == .correct)
    }

    @Test(arguments: ["", "   ", "9", "Iranian"])
    func unusableInputRepromptsAndIsNeverRecorded(line: String) {
        let recorder = InMemoryProgress()
        var quiz = session([F.choice], recorder: recorder)
        #expect(quiz.handle(line, now: at(1)).isReprompt)
        #expect(recorder.answers.isEmpty)
        #expect(quiz.position == 1)
        #expect(!quiz.isFinished)
    }

    @Test func confidenceIsAskedBeforeTheRevealAndABadReplyRepromptsIt() throws {
        let recorder = InMemoryProgress()
        var quiz = session([F.typedIraq, F.trueFalse, F.typedRouhani], settings: QuizSettings(askConfidence: true), recorder: recorder)
        #expect(quiz.handle("Iraq", now: at(5)) == .askConfidence)
        #expect(quiz.isAwaitingConfidence)
        #expect(quiz.handle("maybe", now: at(6)) == .reprompt("Type sure, unsure or guess (s, u or g)."))
        #expect(recorder.answers.isEmpty)
        let feedback = try #require(quiz.handle("S", now: at(7)).feedback)
        #expect(feedback.result.confidence == .sure)
        #expect(quiz.handle("f", now: at(8)) == .askConfidence)
        _ = quiz.handle("3", now: at(9))
        #expect(quiz.handle("skip", now: at(10)).feedback?.grade.outcome == .skipped)
        let summary = quiz.summary
        #expect(recorder.answers.map(\.confidence) == [.sure, .guess, nil])
        #expect(recorder.answers.first?.latency == 5)
        #expect(summary.calibration == [
            QuizSummary.CalibrationRow(confidence: .sure, count: 1, correct: 1, meanCredit: 1),
            QuizSummary.CalibrationRow(confidence: .guess, count: 1, correct: 0, meanCredit: 0),
        ])
    }

    @Test func aFailingRecorderKeepsTheAnswerUntilItIsSaved() throws {
        let recorder = FlakyRecorder(failures: 2)
        var quiz = session([F.typedIraq, F.trueFalse], recorder: recorder)
        guard case .recordingFailed(let message) = quiz.handle("Iraq", now: at(4)) else {
            Issue.record("expected a recording failure")
            return
        }
        #expect(message.contains("disk full"))
        #expect(quiz.hasPendingAnswer)
        #expect(quiz.position == 1)
        #expect(quiz.summary.unsavedRecords.count == 1)
        guard case .recordingFailed = quiz.handle("", now: at(8)) else {
            Issue.record("expected a second failure")
            return
        }
        let feedback = try #require(quiz.handle("", now: at(12)).feedback)
        #expect(feedback.grade.outcome == .correct)
        #expect(recorder.answers.count == 1)
        #expect(recorder.answers.first?.answeredAt == at(4))
        #expect(quiz.position == 2)
        #expect(quiz.summary.unsavedRecords.isEmpty)
    }

    @Test func quittingWhileSavingFailsKeepsTheAnswerInTheSummary() throws {
        let recorder = FlakyRecorder(failures: 10)
        var quiz = session([F.typedIraq, F.trueFalse], recorder: recorder)
        _ = quiz.handle("Iran", now: at(4))
        let summary = try #require(quiz.handle("quit", now: at(5)).endSummary)
        #expect(summary.results.map(\.questionID) == ["typed-iraq"])
        #expect(summary.unsavedRecords.map(\.questionID) == ["typed-iraq"])
        #expect(summary.incorrect == 1)
        #expect(summary.notReached == 1)
        #expect(recorder.answers.isEmpty)
    }

    @Test func aFlagThatCannotBeSavedIsRetriedWithTheNextAnswer() {
        let recorder = FlakyRecorder(failures: 1)
        var quiz = session([F.typedIraq], recorder: recorder)
        guard case .recordingFailed = quiz.handle("flag typo in prompt", now: at(1)) else {
            Issue.record("expected a recording failure")
            return
        }
        #expect(quiz.unsavedFlags.count == 1)
        _ = quiz.handle("Iraq", now: at(2))
        #expect(recorder.flags.map(\.note) == ["typo in prompt"])
        #expect(quiz.unsavedFlags.isEmpty)
        #expect(recorder.answers.count == 1)
    }

    @Test func quitMidQuizEndsWithEveryAnswerGiven() throws {
        var quiz = session([F.typedIraq, F.trueFalse, F.number])
        _ = quiz.handle("Iraq", now: at(3))
        let summary = try #require(quiz.handle("Quit", now: at(9)).endSummary)
        #expect(quiz.isFinished)
        #expect(summary.attempted == 1)
        #expect(summary.notReached == 2)
        #expect(summary.score == 1)
        #expect(summary.duration == 9)
    }

    @Test func quitWhileAskedForConfidenceKeepsTheAnswer() throws {
        let recorder = InMemoryProgress()
        var quiz = session([F.typedIraq, F.trueFalse], settings: QuizSettings(askConfidence: true), recorder: recorder)
        _ = quiz.handle("Iraq", now: at(3))
        let summary = try #require(quiz.handle("quit", now: at(4)).endSummary)
        #expect(summary.correct == 1)
        #expect(recorder.answers.count == 1)
        #expect(recorder.answers.first?.confidence == nil)
    }

    @Test func anExamHoldsFeedbackUntilTheEnd() throws {
        let recorder = InMemoryProgress()
        var quiz = session([F.typedIraq, F.trueFalse], settings: QuizSettings(feedbackAtEnd: true, mode: "exam"), recorder: recorder)
        #expect(quiz.handle("Iran", now: at(3)) == .answerSaved(finished: nil))
        let summary = try #require(quiz.handle("t", now: at(6)).endSummary)
        #expect(summary.mode == "exam")
        #expect(summary.results.map(\.grade.outcome) == [.incorrect, .correct])
        #expect(recorder.answers.map(\.mode) == ["exam", "exam"])
    }

    @Test func anEmptyQuizIsFinishedAtOnce() {
        var quiz = session([])
        #expect(quiz.isFinished)
        #expect(quiz.current == nil)
        #expect(quiz.handle("x", now: at(1)).endSummary?.attempted == 0)
    }
}
