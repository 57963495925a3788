import Foundation
import LecternCore
import LecternShell
import LecternTestSupport
import Testing

/// A lesson you practise in, driven by scripted lines over the practice fixture course: lesson 1's first section
/// ("A shared foe") is followed by a choice question (`shared-foe`, the Taliban) and a typed one (`the-diplomat`,
/// Ryan Crocker), and both its "check yourself" prompts have model answers.
@Suite(.removingTemporaryFolders)
struct StudyPracticeTests {
    static func course() throws -> Course {
        try CourseLoader.load(from: Fixtures.url("courses/practice"))
    }

    /// The number shown before `option` in a question as printed ("  2. The Taliban" gives "2").
    static func number(of option: String, in text: String) -> String? {
        text.split(separator: "\n").first { $0.hasSuffix(". " + option) }?
            .trimmingCharacters(in: .whitespaces).split(separator: ".").first.map(String.init)
    }

    /// An option number that is not `option`'s.
    static func wrongNumber(than option: String, in text: String) -> String {
        number(of: option, in: text) == "1" ? "2" : "1"
    }

    /// Runs the shell twice with one seed, so the options come in the same order: once to read the first
    /// question's options after `before`, once to answer it with what `choose` makes of them, then `after`.
    static func answering(
        _ before: [String], firstWith choose: (String) -> String, then after: [String], progress: InMemoryProgress
    ) throws -> ShellTranscript {
        let course = try course()
        let peek = try ShellTranscript.run(before, course: course, seed: 11)
        let shown = peek.reply(to: before.last ?? "", occurrence: before.filter { $0 == before.last }.count - 1)
        return try ShellTranscript.run(before + [choose(shown)] + after, course: course, progress: progress, seed: 11)
    }

    @Test func enterAfterASectionAsksItsQuestionsAndAMissIsExplainedAndTheLessonGoesOn() throws {
        let progress = InMemoryProgress()
        let course = try Self.course()
        // Options are shuffled per session, so find the wrong number in this run's own output.
        var script = ["study 1", ""]
        let first = try ShellTranscript.run(script, course: course, progress: InMemoryProgress())
        #expect(first.reply(to: "").contains("Before you go on, 2 questions on this section"), "\(first.reply(to: ""))")
        #expect(first.reply(to: "").contains("In 2001, which enemy did Iran and the United States share?"))
        #expect(first.prompt(after: "") == "lesson 1 · 1/2 · question 1/2> ")

        script = ["study 1", "", "1", "Ryan Crocker"]
        let run = try ShellTranscript.run(script, course: course, progress: progress)
        let firstFeedback = run.reply(to: "1")
        let answeredRight = progress.answers.first?.outcome == .correct
        #expect(firstFeedback.contains(answeredRight ? "✓ Correct." : "✗ Not right"), "\(firstFeedback)")
        if !answeredRight { #expect(firstFeedback.contains("Answer: The Taliban"), "\(firstFeedback)") }
        #expect(firstFeedback.contains("Why: Both countries opposed the Taliban."))
        #expect(firstFeedback.contains("Which American diplomat met Iranian officials in 2001?"))
        #expect(run.prompt(after: "1") == "lesson 1 · 1/2 · question 2/2> ")
        let second = run.reply(to: "Ryan Crocker")
        #expect(second.hasPrefix("✓ Correct."), "\(second)")
        #expect(second.contains("2/2  What Crocker saw [p1]"), "the lesson goes on to the next section:\n\(second)")
        #expect(run.prompt(after: "Ryan Crocker") == "lesson 1 · 2/2> ")
        #expect(progress.answers.map(\.questionID) == ["shared-foe", "the-diplomat"])
        #expect(progress.answers.map(\.mode) == ["lesson", "lesson"])
        #expect(progress.answers.last?.outcome == .correct)
        // Recorded like a quiz's answers, so they feed spaced review: both now have a card.
        #expect(progress.snapshot.questions["shared-foe"]?.card != nil)
        #expect(progress.snapshot.questions["the-diplomat"]?.card?.due != nil)
        #expect(run.script.purposes.dropFirst().dropLast().allSatisfy { $0 == .answer }, "lines in a lesson are never history")
    }

    @Test func aWrongAnswerShowsTheRightOneAndIsNotAskedAgain() throws {
        let progress = InMemoryProgress()
        let run = try Self.answering(
            ["study 1", ""], firstWith: { Self.wrongNumber(than: "The Taliban", in: $0) }, then: ["skip"],
            progress: progress)
        #expect(progress.answers.first?.outcome == .incorrect)
        let wrong = run.reply(to: .line(progress.answers.first?.response ?? ""))
        #expect(wrong.contains("✗ Not right") && wrong.contains("Answer: The Taliban"), "\(wrong)")
        #expect(progress.answers.count == 2, "the miss is not re-asked: the next line answers the second question")
        #expect(progress.answers.last?.outcome == .skipped)
        #expect(run.prompt(after: "skip") == "lesson 1 · 2/2> ")
    }

    @Test func quitDuringAQuestionLeavesTheLessonSayingWhereAndKeepsThePlace() throws {
        let progress = InMemoryProgress()
        let run = try ShellTranscript.run(["study 1", "", "skip", "quit"], course: try Self.course(), progress: progress)
        #expect(run.reply(to: "quit") == "Left lesson 1 at section 1 of 2; 'study 1' resumes here.\n")
        #expect(run.prompt(after: "quit") == "lectern> ")
        #expect(progress.answers.map(\.outcome) == [.skipped])
        #expect(progress.position(in: "a-common-enemy") == LessonPosition(page: 0, isComplete: false))
    }

    @Test func endOfInputDuringAQuestionSaysWhereTheLearnerStopped() throws {
        let run = try ShellTranscript.run(["study 1", ""], course: try Self.course())
        #expect(run.output.text.contains("Left lesson 1 at section 1 of 2; 'study 1' resumes here."), "\(run.output.text)")
        #expect(run.script.prompts.last == "lectern> ", "the end of input closes the lesson, then the main prompt")
    }

    @Test func goingBackAndOnDoesNotAskTheSameQuestionsTwice() throws {
        let progress = InMemoryProgress()
        let run = try ShellTranscript.run(
            ["study 1", "", "skip", "skip", "back", "next"], course: try Self.course(), progress: progress)
        #expect(run.reply(to: "next").hasPrefix("2/2  What Crocker saw"), "\(run.reply(to: "next"))")
        #expect(progress.answers.count == 2)
    }

    @Test func aCheckYourselfAnswerShowsTheModelAnswerAndYOrNIsRecorded() throws {
        let progress = InMemoryProgress()
        let run = try ShellTranscript.run(
            ["study 1", "", "skip", "skip", "", "the taliban", "y", "someone", "maybe", "n"], course: try Self.course(),
            progress: progress)
        #expect(run.prompt(after: "", occurrence: 1) == "lesson 1 · check 1/2> ")
        let model = run.reply(to: "the taliban")
        #expect(model.contains("Model answer: The Taliban, which both countries opposed."), "\(model)")
        #expect(run.prompt(after: "the taliban") == "had it? y/n> ")
        #expect(run.reply(to: "y").contains("2/2  Who met the Iranian officials?"))
        #expect(run.error(after: "maybe") == "error: type y if you had it, n if not (or skip)\n")
        #expect(run.reply(to: "n").contains("Lesson 1 done. Next: 'quiz 1' on what you just read, then 'study 2'."))
        let checks = progress.records().compactMap { record -> ProgressRecord.Check? in
            if case let .check(check) = record { return check }
            return nil
        }
        #expect(checks.map(\.promptIndex) == [0, 1])
        #expect(checks.map(\.response) == ["the taliban", "someone"])
        #expect(checks.map(\.hadIt) == [true, false])
        #expect(checks.allSatisfy { $0.lessonID == "a-common-enemy" })
    }

    @Test func anEmptyAnswerOrSkipRecordsNoCheck() throws {
        let progress = InMemoryProgress()
        let run = try ShellTranscript.run(
            ["study 1", "", "skip", "skip", "", "", "something", "skip"], course: try Self.course(), progress: progress)
        #expect(run.reply(to: "skip", occurrence: 2).contains("Lesson 1 done."), "\(run.reply(to: "skip", occurrence: 2))")
        #expect(!progress.records().contains { if case .check = $0 { true } else { false } })
    }

    @Test func actorSourceAndTimelineWorkAtTheLessonPromptWithoutLeavingIt() throws {
        let run = try ShellTranscript.run(
            ["study 1", "actor crocker", "source p2", "timeline", "actor nobody", ""], course: try Self.course())
        #expect(run.reply(to: "actor crocker").contains("Ryan Crocker"), "\(run.reply(to: "actor crocker"))")
        #expect(run.reply(to: "source p2").hasPrefix("[p2]\n"))
        #expect(run.reply(to: "timeline").contains("2013"), "\(run.reply(to: "timeline"))")
        #expect(run.error(after: "actor nobody").hasPrefix("error: "))
        for line in ["actor crocker", "source p2", "timeline", "actor nobody"] {
            #expect(run.prompt(after: line) == "lesson 1 · 1/2> ", "\(line) keeps the lesson where it was")
        }
        #expect(run.reply(to: "").contains("Before you go on"), "the lesson continues where it was")
    }

    @Test func lessonsSaysWhatToDoNextFromTheLearnersState() throws {
        let course = try Self.course()
        let fresh = try ShellTranscript.run(["lessons"], course: course)
        #expect(fresh.reply(to: "lessons").contains("Type 'study 1' to begin"))
        let reading = try ShellTranscript.run(["study 1", "", "skip", "skip", "quit", "lessons"], course: course)
        #expect(reading.reply(to: "lessons").contains("Next: 'study 1' goes on with lesson 1 at section 2 of 2."))
        let read = try ShellTranscript.run(
            ["study 1", "", "skip", "skip", "", "", "", "lessons"], course: course)
        #expect(read.reply(to: "lessons").contains("Next: 'quiz 1' on lesson 1, which you have read."), "\(read.reply(to: "lessons"))")
    }
}
