import Foundation
import LecternTestSupport
import Testing

/// Studying through the built `lectern` with its input from a pipe: clean output, a saved reading position, and lines
/// the shell refuses without stopping.
@Suite(.removingTemporaryFolders) struct PipedStudyTests {
    @Test func pipedStudySessionPrintsTheLessonWithoutPromptsOrEscapeCodes() throws {
        let progress = try Fixtures.temporaryDirectory("lectern-study")
        defer { try? FileManager.default.removeItem(at: progress) }
        let outcome = try EndToEnd.run(
            EndToEnd.place(progress: progress, learner: "ada"), input: "lessons\nstudy 1\n\nskip\nskip\n\nskip\nskip\nquit\n")

        #expect(outcome.status == 0, "\(outcome)")
        #expect(outcome.standardError.isEmpty, "\(outcome)")
        let text = outcome.standardOutput
        #expect(!text.contains("\u{1B}"), "escape codes on a pipe:\n\(text)")
        // The plain reader shows no prompt, so neither the main nor the lesson prompt appears, nor an echoed line.
        #expect(!text.contains("lectern>"), "a prompt was printed on a pipe:\n\(text)")
        #expect(!text.contains("lesson 1 ·"), "a lesson prompt was printed on a pipe:\n\(text)")
        #expect(!text.contains("study 1\n"), "the input was echoed:\n\(text)")
        #expect(text.contains("1. The 2014 news and the author's argument  · not started"), "\(text)")
        #expect(text.contains("Lesson 1 · The 2014 news and the author's argument"), "\(text)")
        #expect(text.contains("1/2  The surprising news [standfirst]"), "\(text)")
        #expect(text.contains("2/2  The argument in brief [standfirst]"), "\(text)")
        #expect(text.contains("Emery makes two linked claims."), "\(text)")
        #expect(text.contains("Check yourself"), "two Enters, each past its section's questions, should reach the closing page:\n\(text)")
        #expect(text.contains("Left lesson 1 at the summary; 'study 1' resumes here."), "\(text)")
    }

    @Test func readingPositionOfAPipedSessionIsThereForTheNextRun() throws {
        let progress = try Fixtures.temporaryDirectory("lectern-study")
        defer { try? FileManager.default.removeItem(at: progress) }
        let place = EndToEnd.place(progress: progress, learner: "ada")
        // One Enter and the first section's two questions skipped: section 2 of 2, short of the closing page, which
        // counts as done.
        let first = try EndToEnd.run(place, input: "study 1\n\nskip\nskip\nquit\n")
        #expect(first.status == 0, "\(first)")
        #expect(first.standardOutput.contains("Left lesson 1 at section 2 of 2"), "\(first)")

        let second = try EndToEnd.run(place, input: "lessons\nstudy 1\nquit\n")
        #expect(second.status == 0, "\(second)")
        #expect(second.standardOutput.contains("1. The 2014 news and the author's argument  … in progress at section 2 of 2"), "\(second)")
        #expect(second.standardOutput.contains("2. A common enemy in 2001  · not started"), "\(second)")
        #expect(second.standardOutput.contains("resuming at section 2 of 2"), "\(second)")
        #expect(!second.standardOutput.contains("1/2  The surprising news"), "study 1 should resume, not restart:\n\(second)")
    }

    @Test func unknownCommandIsOneLineOnStandardErrorWithASuggestion() throws {
        let progress = try Fixtures.temporaryDirectory("lectern-study")
        defer { try? FileManager.default.removeItem(at: progress) }
        let outcome = try EndToEnd.run(EndToEnd.place(progress: progress, learner: "ada"), input: "lesons\nactors\n")

        #expect(outcome.status == 0, "\(outcome)")
        let errors = ErrorLines.messages(in: outcome.standardError)
        #expect(errors.count == 1 && outcome.standardError.hasSuffix("\n"), "\(outcome)")
        #expect(errors.first?.hasPrefix("error: unknown command 'lesons'") == true, "\(outcome)")
        #expect(errors.first?.contains("Did you mean 'lessons'?") == true, "\(outcome)")
        #expect(!outcome.standardOutput.contains("lesons"), "the error belongs on standard error:\n\(outcome)")
        #expect(outcome.standardOutput.contains("Hassan Rouhani"), "the shell should carry on to 'actors':\n\(outcome)")
    }

    @Test func megabyteLineAndInvalidUTF8AreRefusedAndTheShellCarriesOn() throws {
        let progress = try Fixtures.temporaryDirectory("lectern-study")
        defer { try? FileManager.default.removeItem(at: progress) }
        var input = Data(repeating: UInt8(ascii: "x"), count: 1 << 20)
        input.append(contentsOf: Array("\nhelp ".utf8) + [0xFF, 0xFE, 0xC3] + Array(" bad\nlessons\n".utf8))
        let outcome = try EndToEnd.run(EndToEnd.place(progress: progress, learner: "ada"), input: input)

        #expect(outcome.status == 0, "\(outcome.standardError)")
        let errors = ErrorLines.messages(in: outcome.standardError)
        #expect(errors.count == 2, "\(errors)")
        #expect(errors.first?.contains("1048576 bytes") == true, "\(errors)")
        #expect(errors.last?.contains("not valid UTF-8") == true, "\(errors)")
        #expect(!outcome.standardOutput.contains("xxxx"), "the long line must not be echoed back")
        #expect(outcome.standardOutput.contains("Lessons of Christian Emery, 2014"), "the shell should carry on:\n\(outcome.standardOutput)")
    }
}
