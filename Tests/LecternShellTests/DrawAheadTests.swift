import Foundation
import LecternCore
@testable import LecternShell
import LecternTestSupport
import Testing

/// A quiz draws, while the learner reads a question, the explanation lines of its reply and the next question
/// (`QuizScreen.drawAhead`). What is drawn ahead must be exactly what would have been drawn on the spot.
@Suite struct DrawAheadTests {
    let course: Course

    init() throws {
        course = try BundledCourse.course()
    }

    private func environment(width: Int, style: Style = Style(usesColor: false)) -> ShellEnvironment {
        ShellEnvironment(
            course: course, style: style, width: { width }, now: { Date(timeIntervalSince1970: 1_700_000_000) },
            progress: InMemoryProgress())
    }

    private func screen(_ command: String, _ env: ShellEnvironment) throws -> QuizScreen {
        let words = command.split(separator: " ").map(String.init)
        let options = try QuizOptions.parse(Array(words.dropFirst()), course: course, exam: words.first == "exam").get()
        return try QuizScreen.make(options, env).get()
    }

    @Test(arguments: [
        (60, true), (100, false), (24, true),
    ])
    func aWholeQuizReadsTheSameDrawnAheadOrNot(width: Int, colour: Bool) throws {
        let quiz = try DrawnQuiz("quiz --count 8 --seed 21", course: course)
        // Right and wrong answers, a re-ask, a hint and a skip, so every kind of reply follows a drawing.
        var lines = ["quiz --count 8 --seed 21"]
        for index in quiz.asked.indices {
            switch index % 4 {
            case 0: lines.append(quiz.right(index))
            case 1: lines += ["", "hint", quiz.right(index)]
            case 2: lines.append("skip")
            default: lines.append(AnswerKey.wrongResponses(to: quiz.asked[index], course: course).first ?? "skip")
            }
        }
        let style = Style(usesColor: colour)
        let drawn = try ShellTranscript.run(lines, course: course, style: style, width: width, drawsAhead: true)
        let onTheSpot = try ShellTranscript.run(lines, course: course, style: style, width: width, drawsAhead: false)
        #expect(drawn.script.idleCalls == lines.count + 1)
        #expect(onTheSpot.script.idleCalls == 0)
        #expect(drawn.output.text == onTheSpot.output.text)
        #expect(drawn.errors.text == onTheSpot.errors.text)
        #expect(drawn.output.text.contains("Quiz finished"))
    }

    @Test func theExplanationAndTheNextQuestionAreDrawnAheadAndUsed() throws {
        let env = environment(width: 70)
        var quiz = try screen("quiz --count 3 --seed 5", env)
        _ = quiz.start(in: env)
        quiz.drawAhead(in: env)
        #expect(quiz.drafts.keys == [
            Drafts.Key(part: .explanation, position: 1, total: 0, width: 70), Drafts.Key(part: .question, position: 2, total: 3, width: 70),
        ])
        var fresh = try screen("quiz --count 3 --seed 5", env)
        _ = fresh.start(in: env)
        let answer = try DrawnQuiz("quiz --count 3 --seed 5", course: course).right(0)
        let reply = quiz.handle(answer, in: env)
        #expect(quiz.drafts.keys.isEmpty, "the reply took both drafts")
        #expect(reply.text == fresh.handle(answer, in: env).text)
        #expect(reply.text.contains("Question 2 of 3"))
    }

    @Test func aDraftForAnotherWidthIsNotUsed() throws {
        let narrow = environment(width: 30)
        let wide = environment(width: 120)
        var quiz = try screen("quiz --count 3 --seed 5", narrow)
        var fresh = try screen("quiz --count 3 --seed 5", wide)
        _ = quiz.start(in: narrow)
        _ = fresh.start(in: wide)
        quiz.drawAhead(in: narrow)
        let answer = try DrawnQuiz("quiz --count 3 --seed 5", course: course).right(0)
        // The window grew while the learner read: the reply is drawn for the new width, the drafts stay untouched.
        #expect(quiz.handle(answer, in: wide).text == fresh.handle(answer, in: wide).text)
        #expect(quiz.drafts.keys.count == 2)
    }

    @Test func drawingTwiceKeepsTheFirstDraftsAndNothingIsDrawnPastTheLastQuestion() throws {
        let env = environment(width: 80)
        var quiz = try screen("quiz --count 1 --seed 5", env)
        _ = quiz.start(in: env)
        quiz.drawAhead(in: env)
        quiz.drawAhead(in: env)
        #expect(quiz.drafts.keys == [Drafts.Key(part: .explanation, position: 1, total: 0, width: 80)])
    }

    @Test func anExamDrawsNoExplanationAndAConfidenceQuestionDrawsNothing() throws {
        let env = environment(width: 80)
        var exam = try screen("exam --count 2 --seed 5", env)
        _ = exam.start(in: env)
        exam.drawAhead(in: env)
        #expect(exam.drafts.keys == [Drafts.Key(part: .question, position: 2, total: 2, width: 80)])

        var quiz = try screen("quiz --count 2 --seed 5 --confidence", env)
        _ = quiz.start(in: env)
        _ = quiz.handle(try DrawnQuiz("quiz --count 2 --seed 5 --confidence", course: course).right(0), in: env)
        #expect(quiz.prompt(in: env).string.hasPrefix("sure, unsure or guess"))
        quiz.drawAhead(in: env)
        #expect(quiz.drafts.keys.isEmpty)
    }

    @Test func aQuestionSeenBeforeSaysItChangedDrawnAheadOrNot() throws {
        // InMemoryProgress without a bank saves no content hash, so a question answered before reads as changed.
        let quiz = try DrawnQuiz("quiz --count 4 --seed 9", course: course)
        let answers = quiz.asked.indices.map { quiz.right($0) }
        let lines = ["quiz --count 4 --seed 9"] + answers + ["quiz --count 4 --seed 9"] + answers
        let drawn = try ShellTranscript.run(lines, course: course, drawsAhead: true)
        let onTheSpot = try ShellTranscript.run(lines, course: course, drawsAhead: false)
        #expect(drawn.output.text == onTheSpot.output.text)
        #expect(drawn.output.text.components(separatedBy: "changed since your last review").count - 1 == 4)
    }

    @Test func theSameQuestionTwiceInARowIsNotDrawnAheadAsItsProgressWillChange() throws {
        let env = environment(width: 80)
        let question = try #require(QuestionBank(course: course).questions.first { $0.kind == .choice })
        var rng = SplitMix64(seed: 3)
        var twice = QuizScreen(
            [question, question], settings: QuizSettings(askConfidence: false, feedbackAtEnd: false, mode: "quiz"),
            title: "Twice", seed: 3, rng: &rng, env)
        _ = twice.start(in: env)
        twice.drawAhead(in: env)
        #expect(twice.drafts.keys == [Drafts.Key(part: .explanation, position: 1, total: 0, width: 80)])
        let reply = twice.handle("skip", in: env)
        #expect(reply.text.contains("Question 2 of 2 · multiple choice · "))
        #expect(reply.text.contains("changed since your last review"), "the skip was saved without a content hash")
    }
}
