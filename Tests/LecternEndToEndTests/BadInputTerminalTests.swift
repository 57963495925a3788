import Foundation
import LecternTestSupport
import Testing

/// Hostile text and hostile terminals: escape sequences and control characters in course files, typed at the prompt
/// and given as answers are shown escaped (`^[`), never sent raw; Ctrl-Z and `fg` bring the prompt back; an unknown
/// TERM, TERM=dumb, a 10-column window and a missing HOME still give a working shell.
@Suite(.serialized, .removingTemporaryFolders) struct BadInputTerminalTests {
    /// The end-to-end tests' environment, with colour left to the terminal.
    private static var environment: [String: String] {
        var variables = EndToEnd.environment
        variables["NO_COLOR"] = nil
        return variables
    }

    /// Control characters that must never reach the terminal from content: ESC, BEL, backspace, DEL, C1 CSI, and the
    /// bidi controls (an override, an isolate, the marks).
    private static let rawControls: [String] = [
        "\u{1B}", "\u{7}", "\u{8}", "\u{7F}", "\u{9B}", "\u{202E}", "\u{202A}", "\u{2066}", "\u{2069}", "\u{200F}",
        "\u{061C}",
    ]

    /// The minimal course with escape sequences in a lesson title, a section heading and body, a question prompt,
    /// an option, an explanation, an actor's name and role, the article's title and an event: OSC 52 (a clipboard
    /// write), OSC 0 (the window title), CSI sequences, a C1 CSI and bidi overrides.
    private static func hostileCourse() throws -> URL {
        let lesson = "Lessons/01-a-common-enemy.md"
        let questions = "Quizzes/questions/01-a-common-enemy.yaml"
        return try CourseFixture.minimal(editing:
            .replace(lesson, #"title: "2001: a common enemy""#, with: #"title: "2001: a \e[2Jcommon enemy""#),
            .replace(lesson, "was sent to meet", with: "was sent \u{1B}]0;pwned\u{7}to meet"),
            .replace(lesson, "## A shared foe [p1]", with: "## A shared \u{1B}[5mfoe [p1]"),
            .replace(questions, "prompt: In 2001, which enemy did Iran and the United States share?",
                     with: #"prompt: "In 2001, which \e[5menemy did Iran and the United States share?""#),
            .replace(questions, "explanation: Both countries opposed the Taliban.", with: #"explanation: "Both \e[31mcountries opposed the Taliban.""#),
            .replace(questions, "options: [Saddam Hussein's Iraq, The Taliban, Hezbollah]", with: #"options: [Saddam Hussein's Iraq, The Taliban, "Hez\ebollah"]"#),
            .replace("Quizzes/actors.yaml", "name: Dick Cheney", with: #"name: "Dick \x9b31mCheney""#),
            .replace(lesson, "## A shared", with: "## \u{202E}A shared"),
            .replace("Lessons/source/article.json", #""title": "The Long Thaw""#,
                     with: #""title": "The \u001b]52;c;aGk=\u0007Long \u202eThaw\u2066""#))
    }

    /// Whether `text` holds a control that must not reach the terminal; the scalar found, for the message.
    private static func rawControl(in text: String) -> String? {
        rawControls.first { text.contains($0) }.map { $0.unicodeScalars.first.map { String($0.value, radix: 16) } ?? "" }
    }

    /// A progress folder made hostile through the program itself and by hand: learner `ada` answered a quiz and
    /// flagged a question with an OSC 52 note; her log gains a review of a question whose id is a CSI sequence with a
    /// bidi override; learner `eve` has a broken snapshot (so the class report skips her, with the reason); and the
    /// folder itself is named with an OSC 0 title and a bidi override, which reports quote.
    private static func hostileProgress(course: URL, in root: URL) throws -> URL {
        let progress = root.appendingPathComponent("class \u{1B}]0;pwned\u{7}\u{202E}")
        try FileManager.default.createDirectory(at: progress, withIntermediateDirectories: true)
        let flagged = try Self.piped(
            ["quiz", "1", "--kind", "choice", "--count", "3", "--seed", "1", "--course", course.path, "--progress-dir", progress.path,
             "--learner", "ada"],
            input: "flag \u{1B}]52;c;aGk=\u{7} \u{202E}note\n1\n1\n1\n")
        #expect(flagged.status == 0, "\(flagged)")
        let log = ProgressPlaces.learnerFolder(progress, "ada", course: CourseFixture.minimal).appendingPathComponent("review-log.jsonl")
        let lines = try String(contentsOf: log, encoding: .utf8).split(separator: "\n")
        let review = try #require(lines.last { $0.contains("\"review\"") || $0.contains("\"outcome\"") })
        let id = try #require(review.firstRange(of: #/"questionID":"[^"]*"/#))
        let hostile = review.replacingCharacters(in: id, with: #""questionID":"\u001b[2J\u202eevil""#)
        let handle = try FileHandle(forWritingTo: log)
        try handle.seekToEnd()
        try handle.write(contentsOf: Data((hostile + "\n").utf8))
        try handle.close()
        let eve = ProgressPlaces.learnerFolder(progress, "eve", course: CourseFixture.minimal)
        try FileManager.default.createDirectory(at: eve, withIntermediateDirectories: true)
        try Data("{\"learner\": \"\u{1B}[2J\"".utf8).write(to: eve.appendingPathComponent("snapshot.json"))
        return progress
    }

    private static func piped(_ arguments: [String], input: String) throws -> ProcessOutcome {
        var environment = Self.environment
        environment["TERM"] = "xterm-256color"  // colour would be allowed, were it a terminal
        return try EndToEnd.run(arguments, input: input, environment: environment)
    }

    // MARK: Content and answers on a pipe

    @Test(arguments: [
        ["lessons"], ["study", "1"], ["questions"], ["actors"], ["actor", "cheney"], ["timeline"],
        ["quiz", "1", "--kind", "choice", "--count", "5", "--seed", "1"], ["quiz", "1", "--count", "8", "--seed", "2"],
        ["exam", "--count", "8", "--seed", "2"],
    ])
    func escapeSequencesInCourseFilesArePrintedEscapedByEveryCommand(arguments: [String]) throws {
        let course = try Self.hostileCourse()
        let progress = try Fixtures.temporaryDirectory("lectern-hostile")
        defer { try? FileManager.default.removeItem(at: progress) }
        let outcome = try Self.piped(
            arguments + ["--course", course.path, "--progress-dir", progress.path, "--learner", "ada"],
            input: String(repeating: "1\n", count: 8) + "\n\nquit\n")
        #expect(outcome.status == 0, "\(outcome)")
        for control in Self.rawControls {
            #expect(!outcome.standardOutput.contains(control) && !outcome.standardError.contains(control),
                    "\(control.unicodeScalars.first.map { String($0.value, radix: 16) } ?? "") reached the output:\n\(outcome)")
        }
    }

    /// Every report format, the class report in every format and `progress verify`, over the hostile course and the
    /// hostile progress folder: no ESC, C1 or bidi control in the output (JSON escapes controls as `\u001b` by
    /// itself).
    @Test(arguments: [
        ["report"], ["report", "--format", "markdown"], ["report", "--format", "csv"], ["report", "--format", "html"],
        ["report", "--format", "json"], ["report", "--class", "PROGRESS"],
        ["report", "--class", "PROGRESS", "--format", "markdown"], ["report", "--class", "PROGRESS", "--format", "csv"],
        ["report", "--class", "PROGRESS", "--format", "html"], ["report", "--class", "PROGRESS", "--format", "json"],
        ["progress", "verify"], ["lessons"], ["study", "1"], ["review", "--limit", "2"], ["source", "p1"], ["check"],
        ["learners", "list"],
    ])
    func escapeSequencesInCourseAndProgressFilesArePrintedEscapedByEveryReport(arguments: [String]) throws {
        let course = try Self.hostileCourse()
        let root = try Fixtures.temporaryDirectory("lectern-hostile-progress")
        defer { try? FileManager.default.removeItem(at: root) }
        let progress = try Self.hostileProgress(course: course, in: root)
        let place = arguments == ["check"]
            ? [course.path] : ["--course", course.path, "--progress-dir", progress.path, "--learner", "ada"]
        let outcome = try Self.piped(
            arguments.map { $0 == "PROGRESS" ? progress.path : $0 } + place, input: "1\n1\nquit\n")
        #expect(outcome.status == 0, "\(outcome)")
        #expect(!outcome.standardOutput.isEmpty, "\(outcome)")
        let found = Self.rawControl(in: outcome.standardOutput) ?? Self.rawControl(in: outcome.standardError)
        #expect(found == nil, "\(found ?? "") reached the output:\n\(outcome)")
    }

    @Test func theHostileProgressIsShownEscapedInTheReports() throws {
        let course = try Self.hostileCourse()
        let root = try Fixtures.temporaryDirectory("lectern-hostile-progress")
        defer { try? FileManager.default.removeItem(at: root) }
        let progress = try Self.hostileProgress(course: course, in: root)
        let place = ["--course", course.path, "--progress-dir", progress.path, "--learner", "ada"]
        let text = try Self.piped(["report", "--class", progress.path] + place, input: "")
        #expect(text.standardOutput.contains("^[]0;pwned^G\u{FFFD}"), "\(text)")
        #expect(text.standardOutput.contains("Skipped"), "\(text)")
        let csv = try Self.piped(["report", "--class", progress.path, "--format", "csv"] + place, input: "")
        #expect(csv.standardOutput.contains("eve,skipped"), "\(csv)")
        let verify = try Self.piped(["progress", "verify"] + place, input: "")
        #expect(verify.standardOutput.contains("^[[2J\u{FFFD}evil"), "\(verify)")
    }

    @Test func theEscapedContentIsStillReadable() throws {
        let course = try Self.hostileCourse()
        let progress = try Fixtures.temporaryDirectory("lectern-hostile")
        defer { try? FileManager.default.removeItem(at: progress) }
        let outcome = try Self.piped(["study", "1", "--course", course.path, "--progress-dir", progress.path], input: "quit\n")
        #expect(outcome.standardOutput.contains("Lesson 1 · 2001: a ^[[2Jcommon enemy"), "\(outcome)")
        #expect(outcome.standardOutput.contains("A shared ^[[5mfoe"), "\(outcome)")
        #expect(outcome.standardOutput.contains("^[]0;pwned^Gto meet"), "\(outcome)")
    }

    @Test func controlCharactersInAnswersAndFlagNotesAreNotEchoedRaw() throws {
        let progress = try Fixtures.temporaryDirectory("lectern-hostile")
        defer { try? FileManager.default.removeItem(at: progress) }
        let answers = [
            "flag \u{1B}]0;pwned\u{7} title", "hint", "\u{1B}[2J\u{8}\u{7F}evil\u{1B}[0m", "\u{9B}31mIraq", "Iran\u{0}Iraq", "quit",
        ]
        let outcome = try Self.piped(
            ["quiz", "--kind", "typed", "--count", "3", "--seed", "4", "--course", CourseFixture.minimal.path,
             "--progress-dir", progress.path, "--no-color"],
            input: answers.joined(separator: "\n") + "\n")
        #expect(outcome.status == 0, "\(outcome)")
        for control in Self.rawControls + ["\u{0}"] {
            #expect(!outcome.standardOutput.contains(control) && !outcome.standardError.contains(control), "\(outcome)")
        }
        #expect(outcome.standardOutput.contains("Flagged for the author: ^[]0;pwned^G title"), "\(outcome)")
    }

    // MARK: At a terminal

    @Test func anEscapeSequenceTypedAtThePromptIsShownEscapedAndNeverSentRaw() throws {
        let terminal = try RecordedTerminal(arguments: ["--no-color"])
        defer { terminal.close() }
        // Ctrl-V makes readline insert the next key as it is: a real ESC, then a BEL, in the line.
        try terminal.session.type("actor \u{16}\u{1B}[31mRED\u{16}\u{7}")
        try terminal.session.press(.enter)
        let screen = try terminal.session.waitFor("no actor called")
        #expect(screen.contains("error: no actor called '^[[31mRED^G'"), "\(screen)")
        try terminal.session.press(.controlD)
        #expect(try terminal.session.waitForExit() == 0)
        let raw = try terminal.rawOutput()
        #expect(!raw.contains("\u{1B}[31m"), "the typed colour code reached the terminal")
        #expect(!raw.contains("RED\u{7}"), "the typed bell reached the terminal")
    }

    @Test func controlZThenFgBringsBackThePromptWithTheLineBeingTyped() throws {
        let progress = try Fixtures.temporaryDirectory("lectern-tstp")
        defer { try? FileManager.default.removeItem(at: progress) }
        // An interactive bash gives job control, as a learner's shell would.
        let session = try TerminalSession(
            command: ["bash", "--norc", "--noprofile", "-i"], environment: ["PS1": "bash$ "], width: 200, height: 40)
        defer { session.close() }
        try session.waitUntil("bash's prompt") { _ in try session.lastLine() == "bash$" }
        let command = [try BuiltBinary.lectern().path, "--course", CourseFixture.minimal.path, "--progress-dir", progress.path, "--no-color"]
        try session.typeLine(command.joined(separator: " "))
        try session.waitUntil("lectern's prompt", timeout: .seconds(30)) { _ in try session.lastLine() == "lectern>" }
        try session.type("less")
        try session.waitUntil("the half-typed line") { _ in try session.lastLine() == "lectern> less" }

        try session.press(.controlZ)
        try session.waitUntil("lectern stopped and bash back") { screen in
            try screen.contains("Stopped") && session.lastLine() == "bash$"
        }
        try session.typeLine("fg")
        try session.waitUntil("the prompt and the half-typed line redrawn") { _ in try session.lastLine() == "lectern> less" }
        try session.typeLine("ons")
        try session.waitFor("Type 'study 1' to begin")
        try session.press(.controlD)
        try session.waitUntil("bash's prompt after lectern") { _ in try session.lastLine() == "bash$" }
        try session.typeLine("echo status=$?")
        try session.waitFor("status=0")
    }

    @Test(arguments: ["xterm-unknown", "dumb", "vt52"])
    func anUnknownOrLimitedTermStillGivesAWorkingShell(term: String) throws {
        let terminal = try RecordedTerminal(arguments: [], term: term)
        defer { terminal.close() }
        try terminal.session.typeLine("lessons")
        try terminal.session.waitFor("Type 'study 1' to begin")
        try terminal.session.press(.controlD)
        #expect(try terminal.session.waitForExit() == 0)
        if term == "dumb" {
            let raw = try terminal.rawOutput()
            #expect(!raw.contains("\u{1B}["), "TERM=dumb must get no colour or cursor codes: \(raw.debugDescription.prefix(400))")
        }
    }

    @Test func aColourTerminalDoesGetColourSoTheDumbCheckMeansSomething() throws {
        let terminal = try RecordedTerminal(arguments: [], term: "xterm-256color")
        defer { terminal.close() }
        try terminal.session.typeLine("lessons")
        try terminal.session.waitFor("Type 'study 1' to begin")
        try terminal.session.press(.controlD)
        #expect(try terminal.session.waitForExit() == 0)
        #expect(try terminal.rawOutput().contains("\u{1B}[1mLessons"))
    }

    @Test func aTenColumnTerminalStillWorks() throws {
        let progress = try Fixtures.temporaryDirectory("lectern-narrow")
        defer { try? FileManager.default.removeItem(at: progress) }
        let session = try TerminalSession(
            command: [try BuiltBinary.lectern().path, "--course", CourseFixture.minimal.path, "--progress-dir", progress.path, "--no-color"],
            width: 10, height: 30)
        defer { session.close() }
        try session.waitUntil("the prompt", timeout: .seconds(30)) { _ in try session.lastLine() == "lectern>" }
        for command in ["lessons", "actor obama", "help"] {
            try session.typeLine(command)
            try session.waitUntil("a prompt after \(command)") { _ in try session.lastLine() == "lectern>" }
        }
        // The lesson prompt is wider than the window; readline wraps it and still takes a line.
        try session.typeLine("study 1")
        try session.waitUntil("the lesson's keys") { Self.squeezed($0).contains("quit:mainprompt") }
        try session.typeLine("quit")
        try session.waitUntil("the way back into the lesson") { Self.squeezed($0).contains("resumeshere") }
        try session.waitUntil("the main prompt again") { _ in try session.lastLine() == "lectern>" }
        #expect(try session.isRunning())
        try session.press(.controlD)
        #expect(try session.waitForExit() == 0)
    }
}

extension BadInputTerminalTests {
    /// The screen without any white space, so words split by a narrow window's wrapping read whole.
    fileprivate static func squeezed(_ screen: String) -> String {
        screen.filter { !$0.isWhitespace }
    }
}

/// `lectern` at a tmux terminal under `script`, which records every byte lectern writes to the terminal.
private final class RecordedTerminal {
    let session: TerminalSession
    private let folder: URL
    private var typescript: URL { folder.appendingPathComponent("typescript") }

    init(arguments: [String], term: String = "xterm-256color") throws {
        folder = try Fixtures.temporaryDirectory("lectern-recorded")
        // Whatever the test runner's environment says about colour, TERM alone decides here.
        let command = [
            "env", "-u", "NO_COLOR", try BuiltBinary.lectern().path, "--course", CourseFixture.minimal.path,
            "--progress-dir", folder.appendingPathComponent("progress").path,
        ] + arguments
        let quoted = command.map { "'" + $0.replacingOccurrences(of: "'", with: "'\\''") + "'" }.joined(separator: " ")
        session = try TerminalSession(
            command: ["script", "-q", "-f", "-e", "-c", quoted, folder.appendingPathComponent("typescript").path],
            environment: ["SHELL": "/bin/sh"], term: term, width: 120, height: 40)
        try session.waitUntil("the first prompt", timeout: .seconds(30)) { screen in
            screen.split(separator: "\n").last.map { $0.hasPrefix("lectern>") } ?? false
        }
    }

    /// What lectern wrote to the terminal (the typescript without script's own first line).
    func rawOutput() throws -> String {
        let text = String(decoding: try Data(contentsOf: typescript), as: UTF8.self)
        return text.split(separator: "\n", maxSplits: 1, omittingEmptySubsequences: false).dropFirst().joined()
    }

    func close() {
        session.close()
        try? FileManager.default.removeItem(at: folder)
    }
}
