import Foundation
import LecternTestSupport
import Testing

/// The built `lectern` at a real terminal (a tmux pseudo-terminal): completion, history, Ctrl-C and Ctrl-D.
@Suite(.serialized, .removingTemporaryFolders) struct TerminalShellTests {
    private static let prompt = "lectern> "
    /// The prompt as `capture-pane` shows it on an empty line (trailing spaces are trimmed).
    private static let emptyPromptLine = "lectern>"

    @Test func tabCompletesHelpWithATrailingSpace() throws {
        let shell = try ShellAtTerminal()
        try Self.type("hel", tabCompletingTo: "help", at: shell)
    }

    /// Types `typed`, presses Tab, and waits for the prompt line to read `completed` with the cursor after a space.
    private static func type(_ typed: String, tabCompletingTo completed: String, at shell: ShellAtTerminal) throws {
        try shell.session.type(typed)
        try shell.session.waitFor(prompt + typed)
        try shell.session.press(.tab)
        try shell.session.waitUntil("`\(completed) ` completed on the prompt line") { _ in
            try shell.session.lastLine() == prompt + completed
                && shell.session.cursor().column == (prompt + completed + " ").count
        }
    }

    @Test func tabCompletesASettingThenTheWordItTakes() throws {
        let shell = try ShellAtTerminal()
        try Self.type("settings ret", tabCompletingTo: "settings retention", at: shell)
        try shell.session.press(.tab)
        try shell.session.waitUntil("`--simulate` completed after `settings retention`") { _ in
            try shell.session.lastLine() == Self.prompt + "settings retention --simulate"
        }
    }

    @Test func helpListsTheCommands() throws {
        let shell = try ShellAtTerminal()
        try shell.session.typeLine("help")
        let expected = ["lessons", "study", "actors", "actor", "timeline", "source", "quit"]
        let screen = try shell.session.waitUntil("help to list \(expected.joined(separator: ", "))") { screen in
            let words = Self.words(in: screen)
            return expected.allSatisfy(words.contains)
        }
        #expect(try shell.session.isRunning(), "lectern ended after help:\n\(screen)")
    }

    @Test func upArrowBringsBackThePreviousLine() throws {
        let shell = try ShellAtTerminal()
        try shell.session.typeLine("lessons")
        try shell.session.waitUntil("a fresh prompt after `lessons`") { screen in
            try shell.session.lastLine() == Self.emptyPromptLine && screen.contains(Self.prompt + "lessons")
        }
        try shell.session.press(.up)
        try shell.session.waitUntil("`lessons` back on the prompt line") { _ in
            try shell.session.lastLine() == Self.prompt + "lessons"
        }
    }

    @Test func controlCClearsTheLineAndTheShellCarriesOn() throws {
        let shell = try ShellAtTerminal()
        try shell.session.type("garbage")
        try shell.session.waitFor(Self.prompt + "garbage")
        try shell.session.press(.controlC)
        let screen = try shell.session.waitUntil("a fresh, empty prompt after Ctrl-C") { _ in
            try shell.session.lastLine() == Self.emptyPromptLine
                && shell.session.cursor().column == Self.prompt.count
        }
        #expect(try shell.session.isRunning(), "lectern died on Ctrl-C:\n\(screen)")
        #expect(screen.contains("garbage"), "the interrupted line should stay visible above the new prompt")

        // Still reading lines, and the cleared text does not come back with the next one.
        try shell.session.typeLine("help")
        let after = try shell.session.waitUntil("help to answer after Ctrl-C") { Self.words(in: $0).contains("quit") }
        #expect(!after.contains("garbagehelp"), "the interrupted text leaked into the next line:\n\(after)")
    }

    /// A quiz draws its next reply while the learner reads (readline's key reader runs the drawing when it first
    /// waits): Ctrl-C there still clears the line, and the answer after it gets the whole reply.
    @Test func controlCAtAQuizPromptClearsTheLineAndTheQuizCarriesOn() throws {
        let shell = try ShellAtTerminal()
        try shell.session.typeLine("quiz --kind choice --count 2 --seed 7")
        try shell.session.waitUntil("the first question's prompt") { _ in try shell.session.lastLine() == "quiz 1/2>" }
        try shell.session.type("9")
        try shell.session.waitFor("quiz 1/2> 9")
        try shell.session.press(.controlC)
        try shell.session.waitUntil("a fresh quiz prompt after Ctrl-C") { _ in try shell.session.lastLine() == "quiz 1/2>" }
        try shell.session.typeLine("1")
        // The condition reads the screen it is given: a second capture could see the reply that this one missed.
        let screen = try shell.session.waitUntil("the reply and the second question") {
            // "2/3" when the answer was wrong: the missed question comes back at the end.
            EndToEnd.lastLine(of: $0).trimmingCharacters(in: .whitespaces).hasPrefix("quiz 2/")
        }
        #expect(screen.contains("Question 2 of "), "\(screen)")
        #expect(screen.contains("  Why: "), "the explanation is in the reply:\n\(screen)")
        #expect(try shell.session.isRunning())
    }

    @Test func controlDOnAnEmptyLineExitsWithStatusZero() throws {
        let shell = try ShellAtTerminal()
        try shell.session.press(.controlD)
        #expect(try shell.session.waitForExit() == 0)
    }

    @Test func anErrorWrapsToANarrowWindowLinedUpUnderItsFirstWord() throws {
        let shell = try ShellAtTerminal(width: 40)
        try shell.session.typeLine("lesons")
        let screen = try shell.session.waitUntil("the wrapped error and the next prompt") { screen in
            screen.contains("error: unknown command") && EndToEnd.lastLine(of: screen) == "lectern>"
        }
        let lines = screen.components(separatedBy: "\n")
        let first = try #require(lines.firstIndex { $0.hasPrefix("error: unknown command") })
        let continued = lines[(first + 1)...].prefix { $0.hasPrefix("       ") }
        // Wrapped by Lectern, not by the terminal: the terminal would start the next line at column 0.
        #expect(!continued.isEmpty, "\(screen)")
        #expect(
            ErrorLines.squeezed(([lines[first]] + continued).joined(separator: " "))
                == "error: unknown command 'lesons'. Did you mean 'lessons'? Type 'help' for the list.", "\(screen)")
    }

    /// Words of letters and hyphens, so `actor` and `actors` count separately.
    private static func words(in screen: String) -> Set<String> {
        let separators = CharacterSet.letters.union(CharacterSet(charactersIn: "-")).inverted
        return Set(screen.components(separatedBy: separators).filter { !$0.isEmpty })
    }
}

/// `lectern --course <package root> --progress-dir <new temporary folder> --no-color` at its first prompt.
private final class ShellAtTerminal {
    let session: TerminalSession
    let progressDirectory: URL

    init(width: Int = 100) throws {
        let binary = try BuiltBinary.lectern()
        progressDirectory = try Fixtures.temporaryDirectory("lectern-terminal")
        session = try TerminalSession(
            command: [
                binary.path,
                "--course", Fixtures.packageRoot.path,
                "--progress-dir", progressDirectory.path,
                "--no-color",
            ],
            width: width,
            height: 40
        )
        try session.waitUntil("the first `lectern> ` prompt", timeout: .seconds(30)) { _ in
            try session.lastLine() == "lectern>"
        }
    }

    deinit {
        session.close()
        try? FileManager.default.removeItem(at: progressDirectory)
    }
}
