import ArgumentParser
import Foundation
import LecternCore
import LecternShell
import LecternTestSupport
import Testing

/// Every command is declared once: the `lectern>` prompt and the command line read the same words with the same
/// parser, and refuse the same words with the same message.
@Suite(.removingTemporaryFolders) struct CommandShapeTests {
    static let course = CourseFixture.minimal

    /// `words` typed at the prompt (the command's name first), over the minimal course and a fresh learner.
    static func prompt(_ words: [String]) throws -> InProcessCommandLine.Outcome {
        let run = try ShellTranscript.run([words.joined(separator: " ")], ending: [.endOfInput])
        return InProcessCommandLine.Outcome(output: run.output.text, errors: run.errors.text, status: 0)
    }

    /// `lectern <words>` parsed and run in process with the program's presenter, on a progress folder of its own.
    static func commandLine(_ words: [String]) throws -> InProcessCommandLine.Outcome {
        let progress = try Fixtures.temporaryDirectory("lectern-shape")
        defer { try? FileManager.default.removeItem(at: progress) }
        return InProcessCommandLine.run(words + ["--course", course.path, "--progress-dir", progress.path, "--learner", "ann"])
    }

    /// Words each command refuses, with what the message must say.
    static let refused: [(words: [String], message: String)] = [
        (["lessons", "extra"], "error: Unexpected argument 'extra'"),
        (["actors", "--bogus"], "error: Unknown option '--bogus'"),
        (["timeline", "x"], "error: Unexpected argument 'x'"),
        (["study", "1", "2"], "error: Unexpected argument '2'"),
        (["study", "99"], "error: no lesson '99'."),
        (["actor", "nobody-at-all"], "error: no actor called 'nobody-at-all'."),
        (["source", "p99"], "error: no paragraph 'p99'."),
        (["quiz", "--count", "0"], "error: --count needs a number from 1 to 500"),
        (["quiz", "--seed", "-1"], "error: The value '-1' is invalid for '--seed <seed>'"),
        (["quiz", "--kind", "essay"], "error: The value 'essay' is invalid for '--kind <kind>': the kinds are"),
        (["quiz", "nonsense"], "error: 'nonsense' is not understood here"),
        (["quiz", "1", "actors"], "error: Unexpected argument 'actors'"),
        (["quiz", "--question", "zzzz-nothing"], "error: no question 'zzzz-nothing' in this course"),
        (["exam", "--question", "x"], "error: Unknown option '--question'"),
        (["exam", "1"], "error: Unexpected argument '1'"),
        (["review", "--limit", "0"], "error: review takes '--limit N' with N a whole number above 0"),
        (["review", "--limit", "x"], "error: The value 'x' is invalid for '--limit <limit>'"),
        (["report", "--format", "pdf"], "error: unknown format 'pdf'; the formats are text, json, markdown, csv and html"),
        (["report", "--width", "10"], "error: --width takes a number of columns from 40 to 1000, not '10'"),
        (["settings", "retention", "5"], "error: retention is a number from 0.7 to 0.97"),
        (["settings", "colour", "red"], "error: unknown setting 'colour'"),
        (["settings", "retention"], "error: type 'settings retention 0.85', 'settings new-per-day 10', 'settings optimize',"),
        (["questions", "--format", "xml"], "error: The value 'xml' is invalid for '--format <format>'"),
        (["lessons", "\u{1B}]0;owned\u{7}"], "error: Unexpected argument '^[]0;owned^G'"),
    ]

    @Test(arguments: refused)
    func thePromptAndTheCommandLineRefuseTheSameWordsWithTheSameMessage(words: [String], message: String) throws {
        let prompt = try Self.prompt(words)
        let commandLine = try Self.commandLine(words)
        #expect(prompt.firstError?.hasPrefix(message) == true, "prompt: \(prompt.errors)")
        #expect(commandLine.firstError == prompt.firstError, "command line: \(commandLine.errors)")
        #expect(ErrorLines.messages(in: prompt.errors).count == 1, "one message at the prompt: \(prompt.errors)")
        // The shell goes on after a mistake at the prompt; the command line ends, unless it opened the shell first.
        #expect(commandLine.status != 0 || ["study"].contains(words[0]), "\(commandLine)")
    }

    /// Words each command accepts, with something its output must show.
    static let accepted: [(words: [String], shows: String)] = [
        (["lessons"], "Lessons of A. Writer, 2014"),
        (["actors"], "Actors"),
        (["timeline"], "Timeline"),
        (["source"], "Paragraphs of the article"),
        (["source", "p1,p2"], "[p2]"),
        (["study", "1"], "2001: a common enemy"),
        (["quiz", "--count", "2", "--seed", "3"], "2 questions · seed 3"),
        (["quiz", "-n", "1", "--seed", "3", "actors"], "1 question · seed 3"),
        (["exam", "-c", "2", "--seed", "4"], "2 questions · seed 4"),
        (["review", "--limit", "1"], "Review · 0 due, 1 new · 1 question"),
        (["report", "--ascii", "--now", "2025-03-03", "--width", "60"], "Progress report"),
        (["settings"], "retention     0.9"),
        (["settings", "new-per-day", "7"], "Saved: new-per-day is now 7."),
        (["questions", "--format", "json"], "\"questions\""),
    ]

    @Test(arguments: accepted)
    func thePromptAndTheCommandLineAcceptTheSameWords(words: [String], shows: String) throws {
        let prompt = try Self.prompt(words)
        let commandLine = try Self.commandLine(words)
        #expect(prompt.errors.isEmpty, "prompt: \(prompt.errors)")
        #expect(commandLine.errors.isEmpty && commandLine.status == 0, "command line: \(commandLine)")
        #expect(prompt.output.contains(shows), "prompt: \(prompt.output)")
        #expect(commandLine.output.contains(shows), "command line: \(commandLine.output)")
    }

    @Test func helpAtThePromptIsTheDeclarationTheCommandLineShows() throws {
        for command in CommandCatalog.commands where command.info.place == .everywhere {
            let prompt = try Self.prompt(["help", command.info.name]).output
            let commandLine = try Self.commandLine([command.info.name, "--help"])
            #expect(commandLine.status == 0)
            for text in [command.info.sentence, String(command.info.discussion.prefix(30))] {
                #expect(prompt.contains(text), "\(command.info.name) at the prompt: \(prompt)")
                #expect(commandLine.output.contains(text), "\(command.info.name) --help: \(commandLine.output)")
            }
            #expect(try Self.prompt([command.info.name, "--help"]).output == prompt, "'\(command.info.name) --help' is 'help \(command.info.name)'")
        }
    }

    @Test func promptOnlyAndCommandLineOnlyCommandsStayInTheirPlace() throws {
        #expect(try Self.prompt(["check"]).firstError == "error: unknown command 'check'. Type 'help' for the list.")
        #expect(try Self.prompt(["learners"]).firstError?.hasPrefix("error: unknown command 'learners'.") == true)
        #expect(try Self.commandLine(["recap", "x.md"]).status == 64)
        #expect(try Self.commandLine(["quit"]).status == 64)
    }
}
