import Foundation
import LecternTestSupport
import Testing

/// Quizzes through the built `lectern` with answers from a pipe: a seed repeats a quiz, every answer shown as graded
/// is in the learner's log, and bad arguments are usage errors.
@Suite(.removingTemporaryFolders) struct PipedQuizTests {
    /// Two answers any choice question takes (right or wrong), then `quit`.
    private static let answers = "2\n1\nquit\n"

    @Test func seededPipedQuizGivesTheSameOutputTwice() throws {
        let progress = try Fixtures.temporaryDirectory("lectern-quiz")
        defer { try? FileManager.default.removeItem(at: progress) }
        // Two fresh learners, since what a learner already knows changes the draw.
        let runs = try ["ada", "bob"].map { learner in
            try EndToEnd.run(
                ["quiz", "--seed", "7", "--count", "2", "--kind", "choice"] + EndToEnd.place(progress: progress, learner: learner),
                input: Self.answers)
        }
        for run in runs {
            #expect(run.status == 0, "\(run)")
            #expect(run.standardOutput.contains("2 questions · seed 7"), "\(run)")
            #expect(run.standardOutput.contains("Question 2 of 2 · "), "\(run)")  // a miss asked again is not a third question
            #expect(run.standardOutput.contains("Quiz finished"), "\(run)")
            #expect(!run.standardOutput.contains("\u{1B}"), "\(run)")
            #expect(!run.standardOutput.contains("quiz 1/2>"), "a prompt was printed on a pipe:\n\(run)")
        }
        #expect(EndToEnd.withoutTimings(runs[0].standardOutput) == EndToEnd.withoutTimings(runs[1].standardOutput))
        #expect(runs[0].standardError == runs[1].standardError)
    }

    @Test func everyCountSaysQuestionsAndAReaskIsNamedAsOne() throws {
        let progress = try Fixtures.temporaryDirectory("lectern-quiz")
        defer { try? FileManager.default.removeItem(at: progress) }
        // Three wrong answers to two typed questions: both come back; the quiz is left at the second's re-ask.
        let run = try EndToEnd.run(
            ["quiz", "--seed", "7", "--count", "2", "--kind", "typed"] + EndToEnd.place(progress: progress, learner: "ada"),
            input: "zzzz qqqq\nzzzz qqqq\nzzzz qqqq\nquit\n")
        #expect(run.status == 0, "\(run)")
        let headers = run.standardOutput.components(separatedBy: "\n").filter { $0.hasPrefix("Question ") }
            .map { $0.components(separatedBy: " · ").first ?? "" }
        #expect(headers == ["Question 1 of 2", "Question 2 of 2", "Question 1 of 2, asked again", "Question 2 of 2, asked again"], "\(run)")
        #expect(run.standardOutput.contains("Quiz finished · first-try score 0%"), "\(run)")
        #expect(run.standardOutput.contains("0 of 2 missed recovered"), "\(run)")
        // Stopped with a question not yet reached: the same count of questions, re-asks apart.
        let stopped = try EndToEnd.run(
            ["quiz", "--seed", "7", "--count", "2", "--kind", "typed"] + EndToEnd.place(progress: progress, learner: "bob"),
            input: "zzzz qqqq\nquit\n")
        #expect(stopped.standardOutput.contains("Stopped after 1 of 2 questions;"), "\(stopped)")
    }

    @Test func aReviewEndsSayingReviewFinished() throws {
        let progress = try Fixtures.temporaryDirectory("lectern-quiz")
        defer { try? FileManager.default.removeItem(at: progress) }
        let run = try EndToEnd.run(["review", "--limit", "1"] + EndToEnd.place(progress: progress, learner: "ada"), input: "skip\n")
        #expect(run.status == 0, "\(run)")
        #expect(run.standardOutput.contains("Review finished · score 0%"), "\(run)")
        #expect(!run.standardOutput.contains("Quiz finished"), "\(run)")
    }

    @Test func everyAcknowledgedAnswerIsInTheReviewLog() throws {
        let progress = try Fixtures.temporaryDirectory("lectern-quiz")
        defer { try? FileManager.default.removeItem(at: progress) }
        let short = try EndToEnd.run(
            ["quiz", "--seed", "7", "--count", "2", "--kind", "choice"] + EndToEnd.place(progress: progress, learner: "ada"),
            input: Self.answers)
        #expect(short.status == 0, "\(short)")
        let shortCount = EndToEnd.acknowledgements(in: short.standardOutput)
        #expect(shortCount >= 1, "\(short)")
        #expect(try LogContents(folder: ProgressPlaces.learnerFolder(progress, "ada")).reviewCount == shortCount)

        // A longer quiz, every question answered: one record per verdict, and the summary agrees.
        let long = try EndToEnd.run(
            ["quiz", "--seed", "11", "--count", "6", "--kind", "choice"] + EndToEnd.place(progress: progress, learner: "bob"),
            input: String(repeating: "1\n", count: 6))
        #expect(long.status == 0, "\(long)")
        #expect(EndToEnd.acknowledgements(in: long.standardOutput) == 6, "\(long)")
        let log = try LogContents(folder: ProgressPlaces.learnerFolder(progress, "bob"))
        #expect(log.reviewCount == 6)
        #expect(log.records.allSatisfy { $0["response"] as? String == "1" && $0["mode"] as? String == "quiz" })
        let correct = long.standardOutput.components(separatedBy: "\n").filter { $0.hasPrefix("✓ Correct.") }.count
        #expect(log.records.filter { $0["outcome"] as? String == "correct" }.count == correct)
    }

    @Test func anAnswerAfterUndoKeepsTheSourceTakenAndIsAtMostHardOnceTheFeedbackShowedTheKey() throws {
        let progress = try Fixtures.temporaryDirectory("lectern-quiz")
        defer { try? FileManager.default.removeItem(at: progress) }
        let id = "gen.who-said.cheney-evil.typed"
        // The source, a wrong answer (its feedback names Cheney), undo, then the right answer.
        let outcome = try EndToEnd.run(
            ["quiz", "--question", id] + EndToEnd.place(progress: progress, learner: "ada"),
            input: "source\nnobody at all\nundo\nCheney\n")
        #expect(outcome.status == 0, "\(outcome)")
        #expect(outcome.standardOutput.contains("Took back your answer to"), "\(outcome)")
        let log = try LogContents(folder: ProgressPlaces.learnerFolder(progress, "ada"))
        #expect(log.records.map { $0["type"] as? String } == ["review", "undo", "review"], "\(log.records)")
        let again = try #require(log.records.last)
        #expect(again["outcome"] as? String == "correct")
        #expect(again["sourceShown"] as? Bool == true, "the source read before the undone answer still counts")
        #expect(again["rating"] as? Int == 2, "Hard, not Good: \(again)")
    }

    @Test func quizQuestionAsksExactlyThatQuestionFromAPipe() throws {
        let progress = try Fixtures.temporaryDirectory("lectern-quiz")
        defer { try? FileManager.default.removeItem(at: progress) }
        let id = "gen.who-said.cheney-evil.typed"
        let outcome = try EndToEnd.run(
            ["quiz", "--question", id] + EndToEnd.place(progress: progress, learner: "ada"), input: "Cheney\n")
        #expect(outcome.status == 0, "\(outcome)")
        #expect(outcome.standardOutput.contains("Question \(id) · 1 question · seed "), "\(outcome)")
        #expect(outcome.standardOutput.contains("Who said \"we don't talk to evil\", as quoted in the article?"), "\(outcome)")
        #expect(outcome.standardOutput.contains("✓ Correct"), "\(outcome)")
        #expect(!outcome.standardOutput.contains("Question 2"), "\(outcome)")
        let log = try LogContents(folder: ProgressPlaces.learnerFolder(progress, "ada"))
        #expect(log.records.filter { $0["type"] as? String == "review" }.map { $0["questionID"] as? String } == [id])

        let unknown = try EndToEnd.run(["quiz", "--question", "gen.who-said.cheney-evl.typed"] + EndToEnd.place(progress: progress, learner: "ada"))
        #expect(unknown.status != 0)
        #expect(ErrorLines.squeezed(unknown.standardError).contains("no question 'gen.who-said.cheney-evl.typed' in this course; close ids: gen.who-said.cheney-evil.typed"), "\(unknown)")
        #expect(!unknown.standardOutput.contains("Question"), "\(unknown)")
    }

    @Test func quizWithAnUnknownScopeIsAUsageErrorOfOneMessage() throws {
        let progress = try Fixtures.temporaryDirectory("lectern-quiz")
        defer { try? FileManager.default.removeItem(at: progress) }
        let outcome = try EndToEnd.run(["quiz", "nonsense"] + EndToEnd.place(progress: progress, learner: "ada"))
        #expect(outcome.status == 64, "\(outcome)")
        let lines = ErrorLines.messages(in: outcome.standardError)
        #expect(lines.count == 1, "\(outcome)")
        #expect(lines.first?.contains("'nonsense'") == true, "\(outcome)")
        #expect(!outcome.standardOutput.contains("Question"), "\(outcome)")
    }

    @Test func questionBankAsJSONParsesAndHoldsEveryQuestion() throws {
        let outcome = try EndToEnd.run(["questions", "--format", "json", "--course", EndToEnd.bundledCourse.path])
        #expect(outcome.status == 0, "\(outcome.standardError)")
        let object = try JSONSerialization.jsonObject(with: Data(outcome.standardOutput.utf8))
        let questions = try #require((object as? [String: Any])?["questions"] as? [[String: Any]])
        // 176 authored and 94 generated when the knowledge base was rebuilt on evidence; the content may change.
        #expect(questions.count > 200)
        #expect(questions.contains { ($0["id"] as? String)?.hasPrefix("gen.") == true })
        let ids = questions.compactMap { $0["id"] as? String }
        #expect(ids.count == questions.count && Set(ids).count == ids.count, "every question needs its own id")
    }
}
