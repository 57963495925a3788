import Foundation
import LecternCore
import LecternShell
import LecternTestSupport
import Testing

/// The line after each answer in `review` that says what it means for the schedule, for an answer as graded and
/// for one counted right with `override`.
@Suite struct ReviewScheduleLineTests {
    /// A learner whose only answer, to an authored typed question, was right long before the shell's clock: it is due.
    private func dueTyped(_ course: Course) throws -> (InMemoryProgress, Question) {
        let question = try #require(course.questions.first { $0.kind == .typed })
        let progress = InMemoryProgress()
        let long = Date(timeIntervalSince1970: 1_600_000_000)
        progress.record(
            AnswerRecord(
                questionID: question.id, factID: question.factID, kind: .typed, response: "right", outcome: .correct,
                credit: 1, hintsUsed: 0, confidence: nil, askedAt: long, answeredAt: long.addingTimeInterval(5),
                mode: "review"))
        return (progress, question)
    }

    @Test func aWrongAnswerInReviewSaysWhenTheQuestionComesBackAsAgain() throws {
        let course = try BundledCourse.course()
        let (progress, _) = try dueTyped(course)
        let run = try ShellTranscript.run(
            ["review --limit 1", "zzzz qqqq", "quit"], course: course, width: 5000, progress: progress)
        #expect(run.reply(to: "review --limit 1").contains("1 due"), "\(run.reply(to: "review --limit 1"))")
        #expect(run.reply(to: "zzzz qqqq").contains("Next review in"), "\(run.reply(to: "zzzz qqqq"))")
        #expect(run.reply(to: "zzzz qqqq").contains("(Again)."), "\(run.reply(to: "zzzz qqqq"))")
    }

    @Test func anOverrideInReviewPrintsTheScheduleLineOfTheAnswerCountedRight() throws {
        let course = try BundledCourse.course()
        let (progress, question) = try dueTyped(course)
        let run = try ShellTranscript.run(
            ["review --limit 1", "zzzz qqqq", "override"], course: course, width: 5000, progress: progress)
        let reply = run.reply(to: "override")
        #expect(reply.contains("Counted as right at your word"), "\(reply)")
        let counted = try #require(progress.answers.last)
        let expected = try #require(ReviewQueue.nextReview(after: counted, in: progress.snapshot))
        #expect(expected.hasSuffix("(Good)"), "\(expected)")
        #expect(reply.contains("N" + expected.dropFirst() + "."), "\(reply)")
        #expect(progress.answers.last?.questionID == question.id && progress.answers.last?.overridden == true)
    }
}
