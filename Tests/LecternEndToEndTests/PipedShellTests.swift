import Foundation
import LecternTestSupport
import Testing

/// The built `lectern` with its input from a pipe: the plain reader, no readline.
@Suite(.removingTemporaryFolders) struct PipedShellTests {
    @Test func pipedHelpAnswersWithoutEscapeCodesAndEndOfInputExitsWithZero() throws {
        let progress = try Fixtures.temporaryDirectory("lectern-piped")
        defer { try? FileManager.default.removeItem(at: progress) }
        let outcome = try BuiltBinary.run(
            try BuiltBinary.lectern(),
            arguments: ["--course", Fixtures.packageRoot.path, "--progress-dir", progress.path, "--no-color"],
            standardInput: Data("help\n".utf8)
        )
        #expect(outcome.status == 0, "\(outcome)")
        #expect(outcome.standardOutput.contains("quit"), "\(outcome)")
        // Readline on a pipe would echo the prompt and line and wrap them in paste-mode escape codes.
        #expect(!outcome.standardOutput.contains("\u{1B}"), "\(outcome)")
    }

    @Test func lecternAloneOpensTheSameShellAsTheShellCommandWithOptions() throws {
        // `lectern` with no argument skips the argument parser; its shell must be the one `lectern shell` opens.
        let progress = try Fixtures.temporaryDirectory("lectern-piped")
        defer { try? FileManager.default.removeItem(at: progress) }
        let input = Data("lessons\nactor Rouhani\nstudy 1\nquit\nlessons\nquit\n".utf8)
        var environment = EndToEnd.environment
        environment["LECTERN_COURSE"] = Fixtures.packageRoot.path
        environment["LECTERN_PROGRESS_DIR"] = progress.appendingPathComponent("alone").path
        environment["LECTERN_LEARNER"] = "ann"
        let alone = try BuiltBinary.run(try BuiltBinary.lectern(), standardInput: input, environment: environment)
        let withOptions = try BuiltBinary.run(
            try BuiltBinary.lectern(),
            arguments: ["shell"] + EndToEnd.place(progress: progress.appendingPathComponent("options"), learner: "ann"),
            standardInput: input, environment: EndToEnd.environment)
        #expect(alone.status == 0, "\(alone)")
        #expect(alone.standardOutput == withOptions.standardOutput)
        #expect(alone.standardError == withOptions.standardError)
        #expect(alone.standardOutput.contains("in progress at section"), "\(alone)")
        // The variables were honoured: the learner's files are where LECTERN_PROGRESS_DIR and LECTERN_LEARNER say.
        #expect(FileManager.default.fileExists(atPath: ProgressPlaces.learnerFolder(progress.appendingPathComponent("alone"), "ann").appendingPathComponent("review-log.jsonl").path))
    }
}
