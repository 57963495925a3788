import Foundation
import LecternTestSupport
import Testing

/// Keys that behave alike, in the built `lectern` at a real terminal (tmux): answers stay out of the history,
/// Ctrl-D in a quiz or a lesson returns to the main prompt, Ctrl-C on an empty quiz or lesson line says how to leave,
/// and `lectern review` returns to the shell that ran it.
@Suite(.serialized, .removingTemporaryFolders) struct TerminalKeysTests {
    private static let quiz = "quiz --kind choice --count 2 --seed 7"

    @Test func answersStayOutOfTheHistoryAndUpAtTheMainPromptBringsBackTheCommand() throws {
        let shell = try KeysShell()
        try shell.startQuizAndAnswerTheFirstQuestion(Self.quiz, with: "2")
        // Up at a quiz prompt offers nothing: not the answer just given, not the command before it.
        try shell.session.press(.up)
        try shell.session.type("x")
        try shell.session.waitUntil("only the typed x on the quiz line") { _ in
            let line = try shell.session.lastLine()
            return line.hasPrefix("quiz 2/") && line.hasSuffix("> x")
        }
        // Nor does Tab complete command names into an answer.
        try shell.session.press(.controlU)
        try shell.session.type("he")
        try shell.session.press(.tab)
        try shell.session.type("!")
        try shell.session.waitUntil("he! on the quiz line, not help") { _ in try shell.session.lastLine().hasSuffix("> he!") }
        try shell.session.press(.controlU)
        try shell.session.typeLine("quit")
        try shell.waitForLastLine("lectern>")
        try shell.session.press(.up)
        try shell.session.waitUntil("the quiz command back on the main prompt") { _ in
            try shell.session.lastLine() == "lectern> " + Self.quiz
        }
        // Nothing older: the answers and `quit` were never added.
        try shell.session.press(.up)
        try shell.session.type("!")
        try shell.session.waitUntil("the same line after a second Up") { _ in
            try shell.session.lastLine() == "lectern> " + Self.quiz + "!"
        }
        let history = try String(contentsOf: shell.learnerFolder.appendingPathComponent("history"), encoding: .utf8)
        #expect(history == Self.quiz + "\n", "the history file holds only the command")
    }

    @Test func controlDInAQuizEndsItAndReturnsToTheMainPromptThenLeaves() throws {
        let shell = try KeysShell()
        try shell.startQuizAndAnswerTheFirstQuestion(Self.quiz, with: "1")
        try shell.session.press(.controlD)
        let screen = try shell.waitForLastLine("lectern>")
        #expect(screen.contains("Stopped after 1 of 2 questions; the answers you gave are saved."), "\(screen)")
        #expect(screen.contains("Quiz finished"), "\(screen)")
        #expect(try shell.session.isRunning(), "Ctrl-D in a quiz must not leave the shell:\n\(screen)")
        #expect(try LogContents(folder: shell.learnerFolder).reviewCount == 1)
        try shell.session.press(.controlD)
        #expect(try shell.session.waitForExit() == 0)
    }

    @Test func controlCOnAnEmptyQuizLineSaysHowToLeaveAndWithTextClearsIt() throws {
        let shell = try KeysShell()
        try shell.session.typeLine(Self.quiz)
        try shell.waitForLastLine("quiz 1/")
        try shell.session.press(.controlC)
        let hint = "Type 'quit', or press Ctrl-D, to stop the quiz; your answers so far are kept."
        let said = try shell.session.waitUntil("the hint, then the quiz prompt again") { screen in
            screen.contains(hint) && EndToEnd.lastLine(of: screen).hasPrefix("quiz 1/")
        }
        #expect(try shell.session.isRunning(), "\(said)")
        try shell.session.type("half an answer")
        try shell.session.waitUntil("the typed text") { _ in try shell.session.lastLine().hasSuffix("> half an answer") }
        try shell.session.press(.controlC)
        let cleared = try shell.session.waitUntil("an empty quiz prompt after Ctrl-C") { _ in
            try shell.session.lastLine() == "quiz 1/2>"
        }
        #expect(cleared.components(separatedBy: hint).count == 2, "a cleared line needs no hint:\n\(cleared)")
        #expect(try shell.session.isRunning())
    }

    @Test func controlDInALessonLeavesItAsQuitDoesAndControlCOnAnEmptyLineSaysHowToLeave() throws {
        let shell = try KeysShell()
        try shell.session.typeLine("study 2")
        try shell.waitForLastLine("lesson 2 · 1/")
        try shell.session.press(.controlC)
        let hint = "Type 'quit', or press Ctrl-D, to leave the lesson; your place is kept."
        try shell.session.waitUntil("the hint, then the lesson prompt again") { screen in
            screen.contains(hint) && EndToEnd.lastLine(of: screen).hasPrefix("lesson 2 · 1/")
        }
        // Section 1 of the bundled lesson 2 asks two questions before section 2: skip both.
        try shell.session.press(.enter)
        try shell.waitForLastLine("lesson 2 · 1/3 · question 1/2>")
        try shell.session.typeLine("skip")
        try shell.waitForLastLine("lesson 2 · 1/3 · question 2/2>")
        try shell.session.typeLine("skip")
        try shell.waitForLastLine("lesson 2 · 2/")
        try shell.session.press(.controlD)
        let screen = try shell.waitForLastLine("lectern>")
        #expect(screen.contains("Left lesson 2 at section 2 of ") && screen.contains("; 'study 2' resumes here."), "\(screen)")
        #expect(try shell.session.isRunning(), "Ctrl-D in a lesson must not leave the shell:\n\(screen)")
        try shell.session.typeLine("study 2")
        let resumed = try shell.waitForLastLine("lesson 2 · 2/")
        #expect(resumed.contains("resuming at section 2 of "), "\(resumed)")
    }

    @Test func tabTwiceAfterAnOptionListsTheValuesItTakes() throws {
        let shell = try KeysShell()
        try shell.session.type("report --format ")
        try shell.session.press(.tab)
        try shell.session.press(.tab)
        let screen = try shell.session.waitUntil("the five report formats listed under the line") { screen in
            screen.components(separatedBy: "\n").contains { $0.split(separator: " ") == ["csv", "html", "json", "markdown", "text"] }
        }
        #expect(EndToEnd.lastLine(of: screen).hasPrefix("lectern> report --format"), "\(screen)")
        try shell.session.type("js")
        try shell.session.press(.tab)
        try shell.session.waitUntil("json completed on the line") { _ in
            try shell.session.lastLine() == "lectern> report --format json"
        }
        try shell.session.press(.controlU)
        try shell.session.type("quiz --kind who")
        try shell.session.press(.tab)
        try shell.session.waitUntil("who-said completed on the line") { _ in
            try shell.session.lastLine() == "lectern> quiz --kind who-said"
        }
    }

    @Test func lecternReviewReturnsToTheShellThatRanIt() throws {
        let progress = try Fixtures.temporaryDirectory("lectern-terminal-keys")
        defer { try? FileManager.default.removeItem(at: progress) }
        let place = EndToEnd.place(progress: progress, learner: "ada")
        try LearnerLogFixture.writeDue(progress, count: 2)
        let session = try TerminalSession(
            command: [try BuiltBinary.lectern().path, "review", "--limit", "2", "--no-color"] + place, environment: ["NO_COLOR": "1"],
            width: 100, height: 40)
        defer { session.close() }
        try session.waitUntil("the review's first prompt", timeout: .seconds(60)) { _ in
            try session.lastLine().hasPrefix("review 1/2>")
        }
        try session.typeLine("skip")
        try session.waitUntil("the second question") { _ in try session.lastLine().hasPrefix("review 2/") }
        try session.typeLine("skip")
        let status = try session.waitForExit()
        let screen = try session.screen()
        #expect(status == 0, "\(screen)")
        #expect(screen.contains("Review finished") && !screen.contains("Quiz finished"), "\(screen)")
        #expect(!screen.contains("lectern>"), "review left the learner at the shell's prompt:\n\(screen)")
    }
}

/// `lectern --course <bundled> --progress-dir <new folder> --learner ada --no-color` at its first prompt.
private final class KeysShell {
    let session: TerminalSession
    let progressDirectory: URL
    var learnerFolder: URL { ProgressPlaces.learnerFolder(progressDirectory, "ada") }

    init() throws {
        progressDirectory = try Fixtures.temporaryDirectory("lectern-terminal-keys")
        session = try TerminalSession(
            command: [try BuiltBinary.lectern().path, "--no-color"] + EndToEnd.place(progress: progressDirectory, learner: "ada"),
            environment: ["NO_COLOR": "1"], width: 100, height: 40)
        try session.waitUntil("the first `lectern> ` prompt", timeout: .seconds(30)) { _ in
            try session.lastLine() == "lectern>"
        }
    }

    /// Types `quiz` at the main prompt, answers its first question with `answer`, and waits for the second.
    func startQuizAndAnswerTheFirstQuestion(_ quiz: String, with answer: String) throws {
        try session.typeLine(quiz)
        try waitForLastLine("quiz 1/")
        try session.typeLine(answer)
        try waitForLastLine("quiz 2/")
    }

    /// Waits until the last line starts with `prefix` (a prompt), and returns the screen.
    @discardableResult
    func waitForLastLine(_ prefix: String) throws -> String {
        try session.waitUntil("a last line starting \(prefix.debugDescription)") { screen in
            EndToEnd.lastLine(of: screen).hasPrefix(prefix)
        }
    }

    deinit {
        session.close()
        try? FileManager.default.removeItem(at: progressDirectory)
    }
}
