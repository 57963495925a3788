import Foundation
import LecternTestSupport
import Testing

/// The bash completion `make install` writes (`lectern --generate-completion-script bash`) completes option values
/// and arguments: the script holds the fixed lists, and asks the built `lectern` for the course's lessons.
@Suite(.removingTemporaryFolders) struct CompletionScriptTests {
    @Test func theBashScriptListsTheValuesOfTheOptions() throws {
        let script = try EndToEnd.run(["--generate-completion-script", "bash"])
        #expect(script.status == 0, "\(script)")
        let kinds = "'choice'$'\\n''multi'$'\\n''truefalse'$'\\n''typed'$'\\n''number'$'\\n''order'$'\\n''match'$'\\n''cloze'$'\\n''who-said'"
        #expect(script.standardOutput.contains(kinds), "quiz --kind")
        #expect(script.standardOutput.contains("'text'$'\\n''json'$'\\n''markdown'$'\\n''csv'$'\\n''html'"), "report --format")
        #expect(script.standardOutput.contains("'text'$'\\n''json'$'\\n''anki'$'\\n''gift'$'\\n''moodle-xml'"), "questions --format")
        #expect(script.standardOutput.contains("---completion study -- positional@0"), "study asks lectern for the lessons")
        for shell in ["zsh", "fish"] {
            let other = try EndToEnd.run(["--generate-completion-script", shell])
            #expect(other.status == 0 && other.standardOutput.contains("who-said") && other.standardOutput.contains("markdown"), "\(shell)")
        }
    }

    @Test(arguments: [
        (["report", "--format", ""], ["text", "json", "markdown", "csv", "html"]),
        (["quiz", "--kind", "t"], ["truefalse", "typed"]),
        (["study", "a"], ["a-common-enemy", "axis-of-evil", "a-call-and-a-common-aim"]),
        (["quiz", "e"], ["events"]),
        (["source", "p"], ["p1", "p2", "p3", "p4", "p5", "p6", "p7", "p8", "p9"]),
    ])
    func bashCompletesWhatFollowsTheWordsTyped(words: [String], expected: [String]) throws {
        let offered = try ShellPlace().bash(["lectern", "--course", EndToEnd.bundledCourse.path] + words)
        #expect(offered == expected, "\(words)")
    }
}
