import Foundation
import LecternTestSupport
import Testing

/// `lectern quiz | head -1`: a reader that goes away ends the command quietly, with status 0, nothing on standard
/// error and every saved answer intact, rather than a death by SIGPIPE (status 141).
@Suite(.removingTemporaryFolders) struct ClosedPipeTests {
    /// What a run through `head -1` left: lectern's status, its standard error, and head's output with the status.
    struct Piped: CustomStringConvertible {
        var status: Int32?
        var standardError: String
        var standardOutput: String
        var description: String { "status \(status.map(String.init) ?? "none")\n--- stdout ---\n\(standardOutput)\n--- stderr ---\n\(standardError)" }
    }

    /// Runs `lectern arguments` in bash with `input` on its standard input and its output piped into `head -1`;
    /// gives lectern's own status (not head's), what it wrote to standard error and the one line head kept.
    private func throughHead(_ arguments: [String], input: String) throws -> Piped {
        let command = [try BuiltBinary.lectern().path] + arguments
        let quoted = command.map { "'" + $0.replacingOccurrences(of: "'", with: "'\\''") + "'" }.joined(separator: " ")
        // head leaves after one line; the sleep keeps the input open until it has, so lectern writes to a closed pipe.
        let script = "{ printf '%s' \"$INPUT\"; sleep 1; } | \(quoted) 2>\"$ERRORS\" | head -1; echo \"status=${PIPESTATUS[1]}\""
        let errors = try Fixtures.temporaryDirectory("lectern-pipe-errors").appendingPathComponent("stderr")
        defer { try? FileManager.default.removeItem(at: errors.deletingLastPathComponent()) }
        var environment = EndToEnd.environment
        environment["INPUT"] = input
        environment["ERRORS"] = errors.path
        let outcome = try BuiltBinary.run(
            URL(fileURLWithPath: "/bin/bash"), arguments: ["-c", script], standardInput: Data(), environment: environment,
            timeout: .seconds(60))
        let standardError = (try? String(contentsOf: errors, encoding: .utf8)) ?? "(no stderr file)"
        let status = outcome.standardOutput.split(separator: "\n").last.flatMap { $0.hasPrefix("status=") ? Int32($0.dropFirst(7)) : nil }
        return Piped(status: status, standardError: standardError, standardOutput: outcome.standardOutput)
    }

    @Test func aQuizPipedIntoHeadEndsWithStatusZeroAndNothingOnStandardError() throws {
        let progress = try Fixtures.temporaryDirectory("lectern-pipe")
        defer { try? FileManager.default.removeItem(at: progress) }
        let place = EndToEnd.place(course: CourseFixture.minimal, progress: progress, learner: "ada")
        let outcome = try throughHead(
            ["quiz", "--count", "5", "--seed", "3", "--kind", "choice"] + place, input: String(repeating: "1\n", count: 5))
        #expect(outcome.status == 0, "\(outcome)")
        #expect(outcome.standardError.isEmpty, "\(outcome)")
        #expect(outcome.standardOutput.split(separator: "\n").count == 2, "head's one line, then the status: \(outcome)")
        // Whatever was answered before the pipe closed is saved whole: the learner's files check out.
        let verify = try EndToEnd.run(["progress", "verify"] + place)
        #expect(verify.status == 0, "\(verify)")
        #expect(!verify.standardOutput.contains("unreadable"), "\(verify)")
    }

    /// The bundled course's question list is about 200 KB, more than a pipe holds: its one write is still going when
    /// head leaves, so it meets the closed pipe (without SIGPIPE ignored, status 141).
    @Test func aLongListPipedIntoHeadEndsWithStatusZero() throws {
        let progress = try Fixtures.temporaryDirectory("lectern-pipe")
        defer { try? FileManager.default.removeItem(at: progress) }
        let place = EndToEnd.place(progress: progress, learner: "ada")
        for arguments in [["questions"], ["report"], ["lessons"]] {
            let outcome = try throughHead(arguments + place, input: "")
            #expect(outcome.status == 0, "\(arguments): \(outcome)")
            #expect(outcome.standardError.isEmpty, "\(arguments): \(outcome)")
        }
    }
}
