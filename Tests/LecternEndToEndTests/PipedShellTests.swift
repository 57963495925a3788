import Foundation
import LecternTestSupport
import Testing

/// The built `lectern` with its input from a pipe: the plain reader, no readline.
@Suite struct PipedShellTests {
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
}
