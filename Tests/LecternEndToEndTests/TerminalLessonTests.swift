import Foundation
import LecternTestSupport
import Testing

/// A lesson you practise in, in the built `lectern` at a real terminal (tmux), over the practice fixture course:
/// lesson 1's first section is followed by a choice question (the Taliban) and a typed one (Ryan Crocker), and its
/// "check yourself" prompts have model answers.
@Suite(.serialized, .removingTemporaryFolders) struct TerminalLessonTests {
    @Test func aLessonAsksItsQuestionsRecordsTheCheckYourselfAndKeepsAnswersOutOfTheHistory() throws {
        let shell = try LessonShell()
        let session = shell.session
        try session.typeLine("study 1")
        try shell.waitForLastLine("lesson 1 · 1/2>")
        // A look-up at the lesson's prompt leaves the lesson where it was.
        try session.typeLine("actor crocker")
        var screen = try shell.waitForLastLine("lesson 1 · 1/2>", containing: "American diplomat")
        try session.typeLine("")
        screen = try shell.waitForLastLine("lesson 1 · 1/2 · question 1/2>")
        #expect(screen.contains("Before you go on, 2 questions on this section"), "\(screen)")
        // The options are shuffled: answer with a number that is not the Taliban's.
        // Short options may sit side by side ("1. …   2. The Taliban"): find the number before the Taliban's option.
        let taliban = try #require(screen.matches(of: /(\d+)\. The Taliban/).last.map { String($0.output.1) }, "\(screen)")
        try session.typeLine(taliban == "1" ? "2" : "1")
        screen = try shell.waitForLastLine("lesson 1 · 1/2 · question 2/2>")
        #expect(screen.contains("✗ Not right"), "\(screen)")
        #expect(screen.contains("Answer: The Taliban"), "\(screen)")
        #expect(screen.contains("Why: Both countries opposed the Taliban."), "\(screen)")
        try session.typeLine("Ryan Crocker")
        screen = try shell.waitForLastLine("lesson 1 · 2/2>")
        #expect(screen.contains("✓ Correct."), "\(screen)")
        #expect(screen.contains("2/2  What Crocker saw"), "\(screen)")
        try session.typeLine("")
        screen = try shell.waitForLastLine("lesson 1 · check 1/2>")
        #expect(screen.contains("1/2  Who was the shared enemy in 2001?"), "\(screen)")
        try session.typeLine("the taliban")
        screen = try shell.waitForLastLine("had it? y/n>")
        #expect(screen.contains("Model answer: The Taliban, which both countries opposed."), "\(screen)")
        try session.typeLine("y")
        try shell.waitForLastLine("lesson 1 · check 2/2>")
        try session.typeLine("skip")
        screen = try shell.waitForLastLine("lectern>")
        #expect(screen.contains("Lesson 1 done. Next: 'quiz 1' on what you just read, then 'study 2'."), "\(screen)")

        let log = try LogContents(folder: shell.learnerFolder)
        let reviews = log.records.filter { $0["type"] as? String == "review" }
        #expect(reviews.map { $0["questionID"] as? String } == ["shared-foe", "the-diplomat"])
        #expect(reviews.map { $0["outcome"] as? String } == ["incorrect", "correct"])
        #expect(reviews.allSatisfy { $0["mode"] as? String == "lesson" })
        let checks = log.records.filter { $0["type"] as? String == "check" }
        #expect(checks.count == 1, "the skipped prompt records nothing")
        #expect(checks.first?["response"] as? String == "the taliban")
        #expect(checks.first?["hadIt"] as? Bool == true)
        #expect(checks.first?["promptIndex"] as? Int == 0)

        // Up at the main prompt brings back the command, never an answer or a look-up typed in the lesson.
        try session.press(.up)
        try session.waitUntil("study 1 back on the main prompt") { _ in try session.lastLine() == "lectern> study 1" }
        try session.press(.up)
        try session.type("!")
        try session.waitUntil("nothing older than study 1") { _ in try session.lastLine() == "lectern> study 1!" }
        let history = try String(contentsOf: shell.learnerFolder.appendingPathComponent("history"), encoding: .utf8)
        #expect(history == "study 1\n", "the history file holds only the command")
    }

    @Test func skipThenControlDInsideALessonReturnsToTheMainPromptSayingWhereTheLearnerStopped() throws {
        let shell = try LessonShell()
        let session = shell.session
        try session.typeLine("study 1")
        try shell.waitForLastLine("lesson 1 · 1/2>")
        try session.typeLine("")
        try shell.waitForLastLine("lesson 1 · 1/2 · question 1/2>")
        try session.typeLine("skip")
        var screen = try shell.waitForLastLine("lesson 1 · 1/2 · question 2/2>")
        #expect(screen.contains("Answer: The Taliban"), "a skip shows the answer:\n\(screen)")
        try session.press(.controlD)
        screen = try shell.waitForLastLine("lectern>")
        #expect(screen.contains("Left lesson 1 at section 1 of 2; 'study 1' resumes here."), "\(screen)")
        #expect(try session.isRunning(), "Ctrl-D in a lesson must not leave the shell:\n\(screen)")
        let reviews = try LogContents(folder: shell.learnerFolder).records.filter { $0["type"] as? String == "review" }
        #expect(reviews.map { $0["outcome"] as? String } == ["skipped"])
        try session.typeLine("lessons")
        screen = try shell.waitForLastLine("lectern>", containing: "Next: 'study 1' goes on with lesson 1")
        try session.press(.controlD)
        #expect(try session.waitForExit() == 0)
    }
}

/// The built `lectern` over the practice course at a tmux terminal, with a fresh progress folder.
private final class LessonShell {
    let session: TerminalSession
    let progressDirectory: URL
    var learnerFolder: URL { ProgressPlaces.learnerFolder(progressDirectory, "ada", course: Fixtures.url("courses/practice")) }

    init() throws {
        progressDirectory = try Fixtures.temporaryDirectory("lectern-terminal-lesson")
        session = try TerminalSession(
            command: [try BuiltBinary.lectern().path, "--no-color"]
                + EndToEnd.place(course: Fixtures.url("courses/practice"), progress: progressDirectory, learner: "ada"),
            environment: ["NO_COLOR": "1"], width: 100, height: 50)
        try session.waitUntil("the first `lectern> ` prompt", timeout: .seconds(30)) { _ in
            try session.lastLine() == "lectern>"
        }
    }

    /// Waits until the last line starts with `prefix` (a prompt) and the screen holds `text`, and returns the screen.
    @discardableResult
    func waitForLastLine(_ prefix: String, containing text: String = "") throws -> String {
        try session.waitUntil("a last line starting \(prefix.debugDescription)", timeout: .seconds(30)) { screen in
            EndToEnd.lastLine(of: screen).hasPrefix(prefix) && (text.isEmpty || screen.contains(text))
        }
    }

    deinit {
        session.close()
        try? FileManager.default.removeItem(at: progressDirectory)
    }
}
