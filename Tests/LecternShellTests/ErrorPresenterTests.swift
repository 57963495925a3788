import ArgumentParser
import Foundation
import LecternCore
import LecternShell
import LecternTestSupport
import Testing

/// The one presenter: what each kind of error prints, where, and the status the program exits with.
@Suite(.removingTemporaryFolders) struct ErrorPresenterTests {
    private func present(_ error: any Error) -> (output: String, errors: String, status: Int32) {
        let output = RecordingOutput()
        let errors = RecordingOutput()
        let status = ErrorPresenter.present(error, root: TestRoot.self, output: output, errors: errors)
        return (output.text, errors.text, status)
    }

    @Test func aCommandErrorIsItsDetailsThenOneErrorLineWithItsStatus() {
        #expect(present(CommandError.failure("the log could not be read")) == ("", "error: the log could not be read\n", 1))
        #expect(present(CommandError.usage("name the learner")) == ("", "error: name the learner\n", 64))
        let bad = present(CommandError.badData("2 problem(s) in /c", details: "a.yaml:1: one\nb.yaml:2: two"))
        #expect(bad == ("", "a.yaml:1: one\nb.yaml:2: two\nerror: 2 problem(s) in /c\n", 65))
    }

    @Test func aCourseErrorListsEveryProblemAndPointsAtCheck() throws {
        let broken = try CourseFixture.copy(editing: [.write("Quizzes/actors.yaml", "- id: [broken\n")])
        defer { try? FileManager.default.removeItem(at: broken) }
        let error = try #require(throws: CourseError.self) { try CourseLoader.load(from: broken) }
        let shown = present(CommandError.course(error))
        #expect(shown.status == 65)
        #expect(shown.errors.hasPrefix(error.description + "\n"))
        #expect(shown.errors.hasSuffix("error: the course has \(error.diagnostics.count) problem(s); run 'lectern check' for the list\n"))
        #expect(CommandError.course(error).cause is CourseError, "the cause is kept")
    }

    @Test func aParseErrorIsTheParsersMessageAndTheUsageWithStatus64() {
        let error: any Error
        do {
            _ = try TestRoot.parseAsRoot(["quiz", "--count", "0"])
            Issue.record("--count 0 was accepted")
            return
        } catch let thrown {
            error = thrown
        }
        let shown = present(error)
        #expect(shown.status == 64)
        #expect(shown.output.isEmpty)
        #expect(shown.errors.hasPrefix("error: --count needs a number from 1 to 500\nUsage: lectern quiz "), "\(shown.errors)")
    }

    @Test func helpGoesToStandardOutputWithStatus0() {
        do {
            // As in the program: `--help` parses as swift-argument-parser's help command, whose run throws.
            var command = try TestRoot.parseAsRoot(["--help"])
            try CommandCatalog.run(&command, with: CommandLineRunner(output: RecordingOutput(), errors: RecordingOutput()) { _, _ in
                ScriptedLineReader([])
            })
            Issue.record("--help ran as a command")
        } catch {
            let shown = present(error)
            #expect(shown.status == 0 && shown.errors.isEmpty)
            #expect(shown.output.contains("--progress-dir <dir>"), "the common options are listed: \(shown.output)")
            #expect(shown.output.contains("learners"), "\(shown.output)")
        }
    }

    @Test func whatWasTypedIsNotEchoedAsEscapeCodes() {
        do {
            _ = try TestRoot.parseAsRoot(["lessons", "\u{1B}]0;owned\u{7}"])
            Issue.record("an extra argument was accepted")
        } catch {
            let shown = present(error)
            #expect(shown.status == 64)
            #expect(!shown.errors.contains("\u{1B}") && shown.errors.contains("^[]0;owned^G"), "\(shown.errors)")
        }
    }
}
