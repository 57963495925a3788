import Foundation
import LecternCore
import LecternShell
import LecternTestSupport
import Testing

/// Commands run in process through the sinks and the reader they are given, with nothing printed behind them.
@Suite(.removingTemporaryFolders) struct CommandLineRunnerTests {
    @Test func learnersRemoveAsksThroughTheGivenOutputAndReadsTheGivenInput() throws {
        let progress = try Fixtures.temporaryDirectory("lectern-runner")
        defer { try? FileManager.default.removeItem(at: progress) }
        _ = try Learners(directory: ProgressPlaces.coursePart(progress, course: CourseFixture.minimal)).add("kim")
        let place = ["--course", CourseFixture.minimal.path, "--progress-dir", progress.path]

        let kept = run(["learners", "remove", "kim"] + place, input: [.line("not kim")])
        #expect(kept.output == "Remove learner 'kim'? Their folder is moved to a dated backup. Type the name to confirm: Nothing removed.\n")
        #expect(try Learners(directory: ProgressPlaces.coursePart(progress, course: CourseFixture.minimal)).list() == ["kim"])

        let ended = run(["learners", "remove", "kim"] + place, input: [.endOfInput])
        #expect(ended.output.hasSuffix("Nothing removed.\n"), "the end of the input confirms nothing")

        let removed = run(["learners", "remove", "kim"] + place, input: [.line("kim")])
        #expect(removed.output.contains("Removed kim: the folder was moved to "), "\(removed)")
        #expect(removed.status == 0 && removed.errors.isEmpty)
        #expect(try Learners(directory: ProgressPlaces.coursePart(progress, course: CourseFixture.minimal)).list().isEmpty)
    }

    @Test func aCourseThatFailsToLoadIsStatus65WithEveryProblem() throws {
        let broken = try CourseFixture.copy(editing: [.write("Quizzes/actors.yaml", "- id: [broken\n")])
        defer { try? FileManager.default.removeItem(at: broken) }
        let progress = try Fixtures.temporaryDirectory("lectern-runner")
        defer { try? FileManager.default.removeItem(at: progress) }
        for command in [["lessons"], ["questions"], ["report", "--class", progress.path]] {
            let outcome = run(command + ["--course", broken.path, "--progress-dir", progress.path])
            #expect(outcome.status == 65, "\(command): \(outcome)")
            #expect(outcome.errors.contains("Quizzes/actors.yaml:2: YAML syntax error"), "\(outcome)")
            #expect(outcome.errors.hasSuffix("run 'lectern check' for the list\n"), "\(outcome)")
            #expect(outcome.output.isEmpty)
        }
        let check = run(["check", broken.path])
        #expect(check.status == 65 && ErrorLines.first("error: ", in: check.errors) == "error: 25 problem(s) in \(broken.path)", "\(check)")
    }

    @Test func aCourseThatFailsInTheBackgroundEndsTheShellAtTheFirstCommand() throws {
        let broken = try CourseFixture.copy(editing: [.write("Quizzes/actors.yaml", "- id: [broken\n")])
        defer { try? FileManager.default.removeItem(at: broken) }
        let failure = try #require(throws: CourseError.self) { try CourseLoader.load(from: broken) }
        // As when the course's stamp matched and its files broke while it was being loaded on another thread.
        let environment = ShellEnvironment(
            loading: { .failure(failure) }, summary: CourseSummary(title: "T", author: "A", year: 2014, lessonCount: 2),
            style: Style(usesColor: false), width: { 80 }, now: { Date(timeIntervalSince1970: 1_700_000_000) },
            progress: InMemoryProgress())
        let output = RecordingOutput()
        let errors = RecordingOutput()
        let reader = ScriptedLineReader([.line("lessons"), .line("help")])
        var shell = Shell(root: MainScreen(), environment: environment, reader: reader, output: output, errors: errors)
        shell.run()
        #expect(shell.failure?.status == 65)
        #expect(shell.failure?.details == failure.description)
        #expect(reader.prompts.count == 1, "nothing more is read after the first command")
        #expect(errors.text.isEmpty, "the presenter, not the shell, prints the problems")
        #expect(output.text.hasPrefix("Lectern · T\n"), "the greeting needs only the stamp's summary")
    }

    @Test func aReadOnlyLearnerIsRefusedBeforeAnythingIsShown() throws {
        let progress = try Fixtures.temporaryDirectory("lectern-runner")
        defer { try? FileManager.default.removeItem(at: progress) }
        let place = ["--course", CourseFixture.minimal.path, "--progress-dir", progress.path, "--learner", "ann"]
        // Another process holds the learner: this one opens the files read-only.
        let holder = try LearnerStore.open(
            directory: ProgressPlaces.coursePart(progress, course: CourseFixture.minimal), learner: "ann", now: Date())
        defer { holder.close() }
        let quiz = run(["quiz", "--seed", "1"] + place)
        #expect(quiz.status == 1, "\(quiz)")
        #expect(quiz.errors.contains("note: read-only: "), "\(quiz)")
        #expect(ErrorLines.first("error: ", in: quiz.errors) == "error: 'quiz' needs this learner's files, which are read-only: \(try #require(readOnlyReason(quiz.errors)))", "\(quiz)")
        #expect(quiz.output.isEmpty)
        let lessons = run(["lessons"] + place)
        #expect(lessons.status == 0 && lessons.output.hasPrefix("Lessons"), "reading works: \(lessons)")
    }

    /// The reason in the read-only note.
    private func readOnlyReason(_ errors: String) -> String? {
        guard let note = ErrorLines.first("note: read-only: ", in: errors) else { return nil }
        return note.dropFirst("note: read-only: ".count).components(separatedBy: ". Lessons").first
    }

    private func run(_ words: [String], input: [LineInput] = []) -> InProcessCommandLine.Outcome {
        InProcessCommandLine.run(words, input: input)
    }
}
