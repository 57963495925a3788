import Foundation
import LecternTestSupport
import Testing

/// The built `lectern` given command lines it cannot use: each ends at once with the house exit status (64 usage,
/// 65 bad content, 1 runtime failure), a message on standard error that names what is wrong, no stack trace, and
/// no learner files written anywhere.
@Suite(.removingTemporaryFolders) struct BadArgumentsTests {
    /// A progress folder of its own for every run, outside the working folder.
    private static let progress = "PROGRESS"

    /// Runs lectern from a fresh empty working folder (so a stray file would show) with `arguments`, where
    /// `progress` stands for a fresh progress folder elsewhere.
    private func run(_ arguments: [String]) throws -> (outcome: ProcessOutcome, folder: URL) {
        let folder = try Fixtures.temporaryDirectory("lectern-args")
        let progress = try Fixtures.temporaryDirectory("lectern-args-progress")
        defer { try? FileManager.default.removeItem(at: progress) }
        let arguments = arguments.map { $0 == Self.progress ? progress.path : $0 }
        // `env -C` runs the binary in the folder, the way a learner's shell would.
        let outcome = try BuiltBinary.run(
            URL(fileURLWithPath: "/usr/bin/env"), arguments: ["-C", folder.path, try BuiltBinary.lectern().path] + arguments,
            standardInput: Data("quit\n".utf8), environment: EndToEnd.environment, timeout: .seconds(30))
        return (outcome, folder)
    }

    private func expectCleanFailure(
        _ outcome: ProcessOutcome, status: Int32, mentioning words: [String], in folder: URL,
        sourceLocation: Testing.SourceLocation = #_sourceLocation
    ) throws {
        #expect(outcome.status == status, "\(outcome)", sourceLocation: sourceLocation)
        // The message wraps to the width: its first line and the lines it wraps onto, whitespace made single spaces.
        let firstLine = ErrorLines.first(in: outcome.standardError) ?? ""
        for word in words {
            #expect(firstLine.contains(word), "the first line should name \(word.debugDescription): \(outcome)", sourceLocation: sourceLocation)
        }
        for trace in ["Fatal error", "Backtrace", "Stack dump", "0x0000"] {
            #expect(!outcome.standardError.contains(trace), "a stack trace: \(outcome)", sourceLocation: sourceLocation)
        }
        #expect(!outcome.standardOutput.contains("Question"), "\(outcome)", sourceLocation: sourceLocation)
        let left = try FileManager.default.contentsOfDirectory(atPath: folder.path)
        #expect(left.isEmpty, "files were written in the working folder: \(left)", sourceLocation: sourceLocation)
        try? FileManager.default.removeItem(at: folder)
    }

    private var course: String { CourseFixture.minimal.path }

    @Test(arguments: [["frobnicate"], ["--frobnicate"], ["quiz", "--frobnicate"], ["lessons", "extra", "words"]])
    func anUnknownSubcommandOrOptionIsAUsageErrorWithTheUsage(arguments: [String]) throws {
        let (outcome, folder) = try run(arguments)
        try expectCleanFailure(outcome, status: 64, mentioning: ["error: "], in: folder)
        #expect(ErrorLines.squeezed(outcome.standardError).contains("Usage: lectern"), "\(outcome)")
        #expect(outcome.standardOutput.isEmpty, "\(outcome)")
    }

    @Test(arguments: [["--count", "-1"], ["--count", "0"], ["--count", "501"], ["-c", "-1"]])
    func aQuizCountOutOfRangeSaysTheRange(flags: [String]) throws {
        // Before: `--count -1` said "Missing value for '--count <count>'", as if no value had been given.
        let (outcome, folder) = try run(["quiz"] + flags + ["--course", course, "--progress-dir", Self.progress])
        try expectCleanFailure(outcome, status: 64, mentioning: ["--count needs a number from 1 to 500"], in: folder)
    }

    @Test(arguments: ["abc", "-1", "99999999999999999999999", "1.5"])
    func aSeedThatIsNotAWholeNumberIsRefused(seed: String) throws {
        let (outcome, folder) = try run(["quiz", "--seed", seed, "--course", course, "--progress-dir", Self.progress])
        try expectCleanFailure(outcome, status: 64, mentioning: ["'\(seed)'", "--seed"], in: folder)
    }

    @Test func aCourseThatDoesNotExistIsBadContentNamingThePath() throws {
        let (outcome, folder) = try run(["lessons", "--course", "/nonexistent/course", "--progress-dir", Self.progress])
        try expectCleanFailure(outcome, status: 65, mentioning: ["/nonexistent/course", "Lessons/", "Quizzes/"], in: folder)
    }

    @Test(arguments: ["--progress-dir", "--course"])
    func anEmptyPathIsAUsageErrorNotTheWorkingFolder(option: String) throws {
        // Before: `--progress-dir ''` meant the working folder, and a learner folder appeared there.
        var arguments = ["lessons", "--course", course, "--progress-dir", Self.progress, "--learner", "ada"]
        let index = try #require(arguments.firstIndex(of: option))
        arguments[index + 1] = ""
        let (outcome, folder) = try run(arguments)
        try expectCleanFailure(outcome, status: 64, mentioning: [option, "empty path"], in: folder)
    }

    @Test(arguments: ["actor", "study"])
    func aVeryLongArgumentIsRefusedInOneShortMessage(command: String) throws {
        // Before: the 100 000 characters were echoed back, after seconds of looking for the closest actor name.
        let long = String(repeating: "x", count: 100_000)
        let clock = ContinuousClock()
        let start = clock.now
        let (outcome, folder) = try run([command, long, "--course", course, "--progress-dir", Self.progress])
        defer { try? FileManager.default.removeItem(at: folder) }
        #expect(clock.now - start < .seconds(30), "a generous bound: the machine is shared and tests run in parallel")
        let message = ErrorLines.first("error: ", in: outcome.standardError)
        #expect(message?.hasPrefix("error: no ") == true, "\(outcome.standardError.prefix(300))")
        #expect(message == ErrorLines.squeezed(outcome.standardError), "one message and nothing else: \(outcome.standardError.prefix(300))")
        #expect(outcome.standardError.utf8.count < 300, "\(outcome.standardError.prefix(300))")
        #expect(ErrorLines.squeezed(outcome.standardError).contains("xxx…'"), "\(outcome.standardError.prefix(300))")
    }

    @Test func aVeryLongLearnerNameIsRefusedByItsRule() throws {
        let (outcome, folder) = try run(["lessons", "--course", course, "--progress-dir", Self.progress, "--learner", String(repeating: "n", count: 10_000)])
        try expectCleanFailure(outcome, status: 1, mentioning: ["learner name", "is not allowed"], in: folder)
    }

    @Test func anUnknownReportFormatIsRefusedNamingTheFormats() throws {
        let (outcome, folder) = try run(["report", "--format", "xml", "--course", course, "--progress-dir", Self.progress])
        defer { try? FileManager.default.removeItem(at: folder) }
        #expect(outcome.status == 64, "a usage error: \(outcome)")
        #expect(outcome.standardError.hasPrefix("error: unknown format 'xml'; the formats are text, json, markdown, csv and html\n"), "\(outcome)")
    }

    @Test func anUnknownQuestionsFormatIsAUsageErrorListingTheFormats() throws {
        let (outcome, folder) = try run(["questions", "--format", "xml", "--course", course])
        try expectCleanFailure(outcome, status: 64, mentioning: ["'xml'", "'text'", "'json'"], in: folder)
    }

    @Test func anEscapeSequenceInAnArgumentIsNotEchoedRaw() throws {
        let (outcome, folder) = try run(["actor", "\u{1B}]0;owned\u{7}\u{1B}[2J", "--course", course, "--progress-dir", Self.progress])
        defer { try? FileManager.default.removeItem(at: folder) }
        #expect(outcome.status == 1, "\(outcome)")
        #expect(!outcome.standardError.contains("\u{1B}") && !outcome.standardOutput.contains("\u{1B}"), "\(outcome)")
        #expect(ErrorLines.squeezed(outcome.standardError).contains("^[]0;owned^G^[[2J"), "\(outcome)")
    }
}
