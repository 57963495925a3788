import Foundation
import LecternTestSupport
import Testing

/// Outside a UTF-8 locale the whole shell writes ASCII: quiz feedback marks, quotes, dashes, the summary, notes
/// and errors, not only the report's charts.
@Suite(.removingTemporaryFolders) struct ASCIILocaleTests {
    private func quiz(locale: String) throws -> ProcessOutcome {
        let folder = try Fixtures.temporaryDirectory("lectern-ascii")
        var environment = EndToEnd.environment
        for name in ["LC_ALL", "LC_CTYPE", "LANG"] { environment[name] = locale }
        // Right, wrong, a hint, a skip, an unreadable answer and an unknown command: every kind of line.
        let input = "1\n2\nhint\n3\nskip\n99\n1\nsource\n1\nquit\nreport\nnosuchcommand\nquit\n"
        return try EndToEnd.run(
            ["quiz", "--count", "6", "--seed", "5", "--course", EndToEnd.bundledCourse.path, "--progress-dir", folder.path],
            input: input, environment: environment)
    }

    @Test func withLCALLCAQuizSessionWritesNoByteAbove127() throws {
        let outcome = try quiz(locale: "C")
        #expect(outcome.status == 0, "\(outcome)")
        #expect(outcome.standardOutput.contains("Quiz finished"), "\(outcome)")
        let high = Array(outcome.standardOutput.utf8).filter { $0 >= 0x80 } + Array(outcome.standardError.utf8).filter { $0 >= 0x80 }
        #expect(high.isEmpty, "\(high.count) bytes above 127:\n\(outcome.standardOutput)")
    }

    @Test func inAUTF8LocaleTheSameSessionKeepsItsMarks() throws {
        let outcome = try quiz(locale: "C.UTF-8")
        #expect(outcome.status == 0)
        #expect(outcome.standardOutput.utf8.contains { $0 >= 0x80 }, "the marks and quotes are UTF-8 here")
    }
}
