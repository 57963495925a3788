import Foundation
import LecternCore
import LecternShell
import LecternTestSupport
import Testing

/// Quizzes and exams on the bundled course, driven through the shell with scripted lines and fixed seeds. The
/// expected answers come from the drawn questions themselves (`DrawnQuiz`, `AnswerKey`), never from the grader.
@Suite(.removingTemporaryFolders) struct QuizScreenTests {
    let course: Course

    init() throws {
        course = try BundledCourse.course()
    }

    /// Runs the shell wide enough that nothing is wrapped, so replies can be compared with course text.
    private func run(
        _ lines: [String], ending: [LineInput] = [.endOfInput], progress: InMemoryProgress = InMemoryProgress(),
        sourceLocation: Testing.SourceLocation = #_sourceLocation
    ) throws -> ShellTranscript {
        try ShellTranscript.run(lines, ending: ending, course: course, width: 5000, progress: progress, sourceLocation: sourceLocation)
    }

    private func isChoice(_ asked: AskedQuestion) -> Bool {
        if case .choice(let options, _) = asked.question.body { return options.count >= 3 }
        return false
    }

    @Test func theQuizShowsTheDrawnFirstQuestionWithItsOptions() throws {
        let quiz = try DrawnQuiz("quiz --seed 1", course: course)
        let run = try run(["quiz --seed 1"])
        let reply = run.reply(to: "quiz --seed 1")
        #expect(reply.hasPrefix("Quiz on the whole course · 10 questions · seed 1\n"))
        #expect(reply.contains("Question 1 of 10 · "))
        for line in quiz.shownText(0) {
            #expect(reply.contains(line), "the first question shows \(line.debugDescription)")
        }
        #expect(run.prompt(after: "quiz --seed 1") == "quiz 1/10> ")
    }

    @Test func aRightAnswerShowsCorrectAndTheSourcePassageWithItsParagraphId() throws {
        let seed = try DrawnQuiz.seed(course: course, where: isChoice)
        let quiz = try DrawnQuiz("quiz --seed \(seed)", course: course)
        let answer = quiz.right(0)
        let progress = InMemoryProgress()
        let run = try run(["quiz --seed \(seed)", answer], progress: progress)

        let reply = run.reply(to: answer)
        #expect(reply.hasPrefix("✓ Correct.\n"))
        #expect(!reply.contains("Answer: "))
        let passage = try #require(PassageFinder(course: course).best(for: quiz.first.question))
        #expect(reply.contains("  Source \(passage.paragraphID): “\(passage.excerpt(maxWords: QuizViews.sourceWords))”\n"))
        #expect(quiz.first.question.paragraphIDs.contains(passage.paragraphID))
        #expect(reply.contains("Question 2 of 10 · "))
        #expect(progress.answers.map(\.outcome) == [.correct])
        #expect(progress.answers.first?.questionID == quiz.first.question.id)
        #expect(progress.answers.first?.response == answer)
    }

    @Test func aWrongAnswerShowsTheRightAnswer() throws {
        let seed = try DrawnQuiz.seed(course: course, where: isChoice)
        let quiz = try DrawnQuiz("quiz --seed \(seed)", course: course)
        let wrong = try #require(AnswerKey.wrongResponses(to: quiz.first, course: course).first)
        let progress = InMemoryProgress()
        let run = try run(["quiz --seed \(seed)", wrong], progress: progress)

        let reply = run.reply(to: wrong)
        #expect(reply.hasPrefix("✗ Not right"))
        guard case .choice(let options, let right) = quiz.first.question.body else { return }
        #expect(reply.contains("\n  Answer: \(options[right])\n"))
        #expect(progress.answers.map(\.outcome) == [.incorrect])
        // The missed question comes back later, but it is no new question: still ten.
        #expect(run.prompt(after: wrong) == "quiz 2/10> ")
        #expect(reply.contains("It comes back later in this session."))
    }

    @Test func hintShowsTheHintAndTheAnswerRecordCountsIt() throws {
        let seed = try DrawnQuiz.seed(course: course, where: isChoice)
        let quiz = try DrawnQuiz("quiz --seed \(seed)", course: course)
        var hinted = quiz.first
        let given = hinted.hint(course: course)
        let hint = try #require(given)
        let progress = InMemoryProgress()
        let run = try run(["quiz --seed \(seed)", "hint", quiz.right(0)], progress: progress)

        #expect(run.reply(to: "hint") == "  Hint: \(hint)\n")
        #expect(run.prompt(after: "hint") == "quiz 1/10> ")
        #expect(progress.answers.map(\.hintsUsed) == [1])
        #expect(progress.answers.map(\.outcome) == [.correct])
    }

    @Test func sourceShowsThePassageThenTheQuestionAgainAndCountsAsHelp() throws {
        let quiz = try DrawnQuiz("quiz --seed 1", course: course)
        let progress = InMemoryProgress()
        let run = try run(["quiz --seed 1", "source", quiz.right(0)], progress: progress)
        let reply = run.reply(to: "source")
        let paragraph = try #require(quiz.first.question.paragraphIDs.first)
        #expect(reply.hasPrefix("[\(paragraph)]"), "\(reply)")
        // The question and its options come again after the passage, which may have scrolled them away.
        let heading = try #require(reply.range(of: "Question 1 of 10 · "))
        #expect(reply.range(of: "[\(paragraph)]").map { $0.lowerBound < heading.lowerBound } == true)
        for line in quiz.shownText(0) { #expect(reply.contains(line), "\(line.debugDescription) is not shown again") }
        #expect(progress.answers.map(\.sourceShown) == [true])
        #expect(progress.snapshot.questions[quiz.first.question.id]?.card?.phase == .learning)
    }

    @Test func anExamDoesNotOfferTheSource() throws {
        let run = try run(["exam --seed 1", "source"])
        #expect(!run.reply(to: "exam --seed 1").contains("source"))
        #expect(run.error(after: "source").contains("The source is not shown during an exam"))
    }

    @Test func skipMovesOnAndRecordsASkip() throws {
        let quiz = try DrawnQuiz("quiz --seed 2", course: course)
        let progress = InMemoryProgress()
        let run = try run(["quiz --seed 2", "skip"], progress: progress)

        let reply = run.reply(to: "skip")
        #expect(reply.hasPrefix("→ Skipped.\n"))
        #expect(reply.contains("Question 2 of 10 · "))
        #expect(run.prompt(after: "skip") == "quiz 2/10> ")
        #expect(progress.answers.map(\.outcome) == [.skipped])
        #expect(progress.answers.first?.questionID == quiz.first.question.id)
        #expect(progress.answers.first?.response == "")
    }

    @Test func flagWithANoteIsSavedAndTheQuestionStays() throws {
        let quiz = try DrawnQuiz("quiz --seed 3", course: course)
        let progress = InMemoryProgress()
        let run = try run(["quiz --seed 3", "flag some note"], progress: progress)

        #expect(run.reply(to: "flag some note") == "Flagged for the author: some note. Carry on with your answer.\n")
        #expect(progress.flags.map(\.note) == ["some note"])
        #expect(progress.flags.map(\.questionID) == [quiz.first.question.id])
        #expect(progress.flags.map(\.mode) == ["quiz"])
        #expect(progress.answers.isEmpty)
        #expect(run.prompt(after: "flag some note") == "quiz 1/10> ")
    }

    @Test func sourceShowsTheCitedParagraphsVerbatim() throws {
        let quiz = try DrawnQuiz("quiz --seed 4", course: course)
        let run = try run(["quiz --seed 4", "source"])
        let reply = run.reply(to: "source")
        #expect(!quiz.first.question.paragraphIDs.isEmpty)
        for id in quiz.first.question.paragraphIDs {
            let paragraph = try #require(course.article.paragraph(id))
            #expect(reply.contains("[\(id)]\n  \(paragraph.text)\n"), "paragraph \(id) verbatim")
        }
        #expect(run.prompt(after: "source") == "quiz 1/10> ")
    }

    @Test func quitMidQuizShowsTheSummaryAndKeepsTheAnswers() throws {
        let quiz = try DrawnQuiz("quiz --seed 5", course: course)
        let progress = InMemoryProgress()
        let run = try run(["quiz --seed 5", quiz.right(0), quiz.right(1), "quit"], progress: progress)

        let summary = run.reply(to: "quit")
        #expect(summary.hasPrefix("Stopped after 2 of 10 questions; the answers you gave are saved.\nQuiz finished · score 100%\n"))
        #expect(summary.contains("2 correct · 0 partial · 0 incorrect · 0 skipped · 8 not reached"))
        #expect(progress.answers.map(\.questionID) == quiz.asked.prefix(2).map(\.question.id))
        #expect(run.prompt(after: "quit") == "lectern> ")
    }

    @Test func outOfRangeEmptyAndOverlongAnswersReaskWithoutCounting() throws {
        let seed = try DrawnQuiz.seed(course: course, where: isChoice)
        let quiz = try DrawnQuiz("quiz --seed \(seed)", course: course)
        let tooFar = String(quiz.first.shownCount + 1)
        let overlong = LineLimits.decode(Array(repeating: UInt8(ascii: "a"), count: 5000))
        let progress = InMemoryProgress()
        let run = try ShellTranscript.run(
            inputs: [.line("quiz --seed \(seed)"), .line(tooFar), .line(""), overlong, .line(quiz.right(0)), .endOfInput],
            course: course, width: 5000, progress: progress)

        #expect(run.error(after: tooFar) == "error: There is no option \(tooFar); choose 1 to \(quiz.first.shownCount).\n")
        #expect(run.error(after: "") == "error: Type an answer, or hint, skip, source, flag NOTE or quit.\n")
        #expect(run.error(after: overlong) == "error: that line is 5000 bytes long; the limit is 4096\n")
        for input in [tooFar, ""] {
            #expect(run.reply(to: input) == "")
            #expect(run.prompt(after: input) == "quiz 1/10> ")
        }
        #expect(run.reply(to: overlong) == "")
        #expect(progress.answers.map(\.outcome) == [.correct])
        #expect(run.reply(to: quiz.right(0)).hasPrefix("✓ Correct.\n"))
    }

    @Test func anOrderAnswerNamingAnItemTwiceReasks() throws {
        let seed = try DrawnQuiz.seed(course: course) { $0.question.kind == .order && $0.shownCount >= 3 }
        let quiz = try DrawnQuiz("quiz --seed \(seed)", course: course)
        let progress = InMemoryProgress()
        let run = try run(["quiz --seed \(seed)", "3 3 1", quiz.right(0)], progress: progress)

        #expect(run.error(after: "3 3 1") == "error: 3 appears twice; use each number once.\n")
        #expect(run.prompt(after: "3 3 1") == "quiz 1/10> ")
        #expect(progress.answers.map(\.outcome) == [.correct])
        #expect(progress.answers.map(\.response) == [quiz.right(0)])
    }

    @Test func confidenceIsAskedBeforeTheVerdictAndABadReplyReasks() throws {
        let quiz = try DrawnQuiz("quiz --seed 6 --confidence", course: course)
        let answer = quiz.right(0)
        let progress = InMemoryProgress()
        let run = try run(["quiz --seed 6 --confidence", answer, "maybe", "sure"], progress: progress)

        #expect(run.reply(to: answer) == "")
        #expect(run.prompt(after: answer) == "sure, unsure or guess? ")
        #expect(run.error(after: "maybe") == "error: Type sure, unsure or guess (s, u or g).\n")
        #expect(run.prompt(after: "maybe") == "sure, unsure or guess? ")
        #expect(run.reply(to: "sure").hasPrefix("✓ Correct.\n"))
        #expect(progress.answers.map(\.confidence) == [.sure])
        #expect(run.prompt(after: "sure") == "quiz 2/10> ")
    }

    @Test func anExamSavesEachAnswerSilentlyAndShowsFullResultsAtTheEnd() throws {
        let command = "exam --count 3 --seed 8"
        let quiz = try DrawnQuiz(command, course: course)
        #expect(quiz.asked.count == 3)
        let answers = [quiz.right(0), "skip", quiz.right(2)]
        let progress = InMemoryProgress()
        let run = try run([command] + answers, progress: progress)

        #expect(run.reply(to: command).hasPrefix("Exam on the whole article · 3 questions · seed 8\n"))
        let first = run.reply(to: answers[0], occurrence: 0)
        #expect(first.hasPrefix("Answer saved.\n\nQuestion 2 of 3 · "))
        #expect(!first.contains("Correct") && !first.contains("Answer: "))
        let last = run.reply(to: answers[2], occurrence: answers[0] == answers[2] ? 1 : 0)
        #expect(last.hasPrefix("Answer saved.\n\nExam finished · score 67%\n"))
        #expect(last.contains("2 correct · 0 partial · 0 incorrect · 1 skipped"))
        let grader = Grader(course: course)
        for (index, asked) in quiz.asked.enumerated() {
            let isSkipped = answers[index] == "skip"
            let mark = isSkipped ? "→" : "✓"
            #expect(last.contains("  \(index + 1). \(mark) \(asked.question.prompt)\n"))
            let you = isSkipped ? "(skipped)" : grader.describe(asked, response: answers[index])
            #expect(last.contains("     you: \(you) · answer: \(grader.correctAnswer(for: asked.question))\n"))
        }
        #expect(progress.answers.map(\.mode) == ["exam", "exam", "exam"])
        #expect(run.prompt(after: answers[2], occurrence: answers[0] == answers[2] ? 1 : 0) == "lectern> ")
    }

    @Test func recapWritesMarkdownWithThePromptsAndTheSources() throws {
        let quiz = try DrawnQuiz("quiz --seed 9", course: course)
        let folder = try Fixtures.temporaryDirectory("recap")
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent("recap.md")
        let run = try run(["quiz --seed 9", quiz.right(0), "skip", "quit", "recap \(file.path)"])

        #expect(run.reply(to: "recap \(file.path)") == "Recap written to \(file.path) (2 questions).\n")
        let markdown = try String(contentsOf: file, encoding: .utf8)
        #expect(markdown.hasPrefix("# Lectern recap: quiz of "))
        for asked in quiz.asked.prefix(2) {
            #expect(markdown.contains("**\(asked.question.prompt)**"))
        }
        #expect(markdown.contains("\n## Sources\n"))
        for id in quiz.asked.prefix(2).flatMap(\.question.paragraphIDs) {
            #expect(markdown.contains("**\(id)**\n\n> \(try #require(course.article.paragraph(id)).text)\n"))
        }
    }

    @Test func recapBeforeAnyQuizIsAnError() throws {
        let run = try run(["recap notes.md"])
        #expect(run.error(after: "recap notes.md") == "error: there is no quiz to recap yet; take one with 'quiz'\n")
        #expect(run.reply(to: "recap notes.md") == "")
        #expect(!FileManager.default.fileExists(atPath: "notes.md"))
    }

    @Test(arguments: [
        ("quiz nonsense", "error: 'nonsense' is not understood here; use --count N, --kind K, --seed S, --confidence, --question ID, a lesson number or id, 'actors' or 'events'\n"),
        ("quiz --count 0", "error: --count needs a number from 1 to 500\n"),
    ])
    func badQuizOptionsGiveOneLineErrors(line: String, error: String) throws {
        let run = try run([line])
        #expect(run.error(after: line) == error)
        #expect(run.reply(to: line) == "")
        #expect(run.prompt(after: line) == "lectern> ")
    }

    @Test func endOfInputMidQuizEndsItWithTheSummary() throws {
        let quiz = try DrawnQuiz("quiz --seed 10", course: course)
        let progress = InMemoryProgress()
        let run = try run(["quiz --seed 10", quiz.right(0)], progress: progress)

        let summary = run.reply(to: .endOfInput)
        #expect(summary.hasPrefix("Stopped after 1 of 10 questions; the answers you gave are saved.\nQuiz finished · score 100%\n"))
        #expect(summary.contains("1 correct · 0 partial · 0 incorrect · 0 skipped · 9 not reached"))
        #expect(progress.answers.map(\.questionID) == [quiz.first.question.id])
    }
    @Test(arguments: ["quiz --count 3 --seed 11", "exam --count 3 --seed 11", "quiz --count 3 --seed 11 --confidence"])
    func everyAnswerIsSavedBeforeTheNextQuestionIsShown(command: String) throws {
        let quiz = try DrawnQuiz(command, course: course)
        let confidence = command.hasSuffix("--confidence")
        let lines = [command] + quiz.asked.indices.flatMap { confidence ? [quiz.right($0), "guess"] : [quiz.right($0)] }
        let output = RecordingOutput()
        let progress = OutputMarkingProgress(output: output)
        let script = ScriptedLineReader(lines.map(LineInput.line) + [.endOfInput])
        let environment = ShellEnvironment(
            course: course, style: Style(usesColor: false), width: { 5000 },
            now: { Date(timeIntervalSince1970: 1_700_000_000) }, progress: progress)
        var shell = Shell(root: MainScreen(), environment: environment, reader: script, output: output, errors: RecordingOutput())
        shell.run()

        let text = output.text
        let marks = progress.marks
        #expect(marks.count == 3)
        func offset(of needle: String) -> Int? {
            text.range(of: needle).map { text.utf8.distance(from: text.startIndex, to: $0.lowerBound) }
        }
        let ending = command.hasPrefix("exam") ? "Exam finished" : "Quiz finished"
        for (index, mark) in marks.enumerated() {
            let shown = try #require(offset(of: "Question \(index + 1) of 3 · "))
            #expect(mark > shown, "answer \(index + 1) was saved after its question was shown")
            let next = index + 1 < 3 ? "Question \(index + 2) of 3 · " : ending
            let nextShown = try #require(offset(of: next))
            #expect(mark <= nextShown, "answer \(index + 1) was saved before \(next.debugDescription) was printed")
        }
        #expect(progress.answers.count == 3)
    }

    @Test func theSummaryOfAQuizLeftEarlyCountsEveryFirstTryMissNotOnlyThoseAskedAgain() throws {
        let miss = "zzzz qqqq"
        let transcript = try run(["quiz --kind typed --count 5 --seed 3"] + Array(repeating: miss, count: 5) + ["quit"])
        let summary = transcript.reply(to: "quit")
        #expect(summary.contains("0 correct · 0 partial · 4 incorrect · 0 skipped · 1 not reached · 0 of 4 missed recovered"), "\(summary)")
    }
}

/// Progress that notes how much the shell had printed (in UTF-8 bytes) each time an answer was saved.
private final class OutputMarkingProgress: LearnerProgress {
    private let inner = InMemoryProgress()
    private let output: RecordingOutput
    private(set) var marks: [Int] = []

    init(output: RecordingOutput) { self.output = output }

    var answers: [AnswerRecord] { inner.answers }
    func position(in lessonID: String) -> LessonPosition? { inner.position(in: lessonID) }
    func record(_ position: LessonPosition, in lessonID: String) { inner.record(position, in: lessonID) }
    func record(_ answer: AnswerRecord) {
        marks.append(output.text.utf8.count)
        inner.record(answer)
    }
    func flag(_ flag: FlagRecord) { inner.flag(flag) }
    func undo(_ answer: AnswerRecord, at now: Date) { inner.undo(answer, at: now) }
    func change(_ setting: ProgressRecord.Setting) { inner.change(setting) }
    func adopt(_ parameters: ProgressRecord.Parameters) { inner.adopt(parameters) }
    func records() -> [ProgressRecord] { inner.records() }
    func record(_ check: ProgressRecord.Check) { inner.record(check) }
    var snapshot: ProgressSnapshot { inner.snapshot }
    var readOnlyReason: String? { nil }
}
