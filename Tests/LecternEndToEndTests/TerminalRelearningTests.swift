import Foundation
import LecternTestSupport
import Testing

/// Re-asking, `override` and `undo` in a quiz of the built `lectern` at a real terminal (a tmux pseudo-terminal).
@Suite(.serialized) struct TerminalRelearningTests {
    @Test func aMissComesBackOverrideCountsItAndUndoTakesAnAnswerBack() throws {
        let progress = try Fixtures.temporaryDirectory("lectern-terminal-relearn")
        defer { try? FileManager.default.removeItem(at: progress) }
        let session = try TerminalSession(
            command: [try BuiltBinary.lectern().path, "quiz", "--kind", "typed", "--count", "2", "--seed", "3",
                      "--no-color"] + EndToEnd.place(progress: progress, learner: "ada"),
            environment: ["NO_COLOR": "1"], width: 100, height: 50)
        defer { session.close() }
        func prompt(_ text: String) throws -> String {
            try session.waitUntil("the prompt \(text)", timeout: .seconds(60)) { EndToEnd.lastLine(of: $0) == text }
        }
        let start = try prompt("quiz 1/2>")
        #expect(start.contains("undo · override"), "\(start)")

        // A wrong answer: the question will come back, but the quiz still counts two questions.
        try session.typeLine("zzzz qqqq")
        var screen = try prompt("quiz 2/2>")
        #expect(screen.contains("✗ Not right"), "\(screen)")
        #expect(!screen.contains("of 3"), "a re-ask is not counted as a question: \(screen)")
        #expect(screen.contains("It comes back later in this session."), "\(screen)")

        // "I was right": counted as right, and the re-ask is cancelled.
        try session.typeLine("override")
        screen = try prompt("quiz 2/2>")
        #expect(screen.contains("Counted as right at your word"), "\(screen)")

        // Another wrong answer, then undo: the same question is asked again.
        try session.typeLine("zzzz qqqq")
        screen = try prompt("quiz 2/2 again>")
        #expect(screen.contains("Question 2 of 2, asked again"), "\(screen)")
        try session.typeLine("undo")
        screen = try prompt("quiz 2/2>")
        #expect(screen.contains("Took back your answer to"), "\(screen)")
        #expect(EndToEnd.lastLine(of: screen) == "quiz 2/2>" && screen.contains("Question 2 of 2 · "), "\(screen)")
        try session.typeLine("skip")
        screen = try session.waitFor("Quiz finished")
        #expect(screen.contains("1 correct · 0 partial · 0 incorrect · 1 skipped"), "\(screen)")
        #expect(screen.contains("1 overridden"), "\(screen)")
        #expect(try session.waitForExit() == 0)

        // The log was only appended to: each answer, each undo, and the overridden answer marked as such.
        let log = try String(contentsOf: ProgressPlaces.learnerFolder(progress, "ada").appendingPathComponent("review-log.jsonl"), encoding: .utf8)
        let lines = log.split(separator: "\n")
        #expect(lines.map { $0.contains("\"type\":\"undo\"") } == [false, true, false, false, true, false], "\(log)")
        #expect(lines[2].contains("\"overridden\":true") && lines[2].contains("\"outcome\":\"correct\""), "\(log)")
        #expect(lines[5].contains("\"outcome\":\"skipped\""), "\(log)")
    }
}
