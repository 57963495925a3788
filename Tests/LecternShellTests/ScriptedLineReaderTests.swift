import LecternShell
import LecternTestSupport
import Testing

/// The fakes must fail loudly, or a shell test could pass by reading nothing.
@Suite(.removingTemporaryFolders)
struct ScriptedLineReaderTests {
    @Test func theScriptIsPlayedBackInOrderAndPromptsAreRemembered() {
        let reader = ScriptedLineReader(lines: ["one", "two"], thenEndOfInput: true)
        #expect(reader.readLine(prompt: "a> ") == .line("one"))
        #expect(reader.readLine(prompt: "b> ") == .line("two"))
        #expect(reader.readLine(prompt: "c> ") == .endOfInput)
        #expect(reader.isFinished)
        #expect(reader.prompts == ["a> ", "b> ", "c> "])
        #expect(!reader.wasOverrun)
    }

    @Test func readingPastTheEndOfTheScriptRecordsAnIssue() {
        let reader = ScriptedLineReader(lines: ["only"])
        _ = reader.readLine(prompt: "> ")
        withKnownIssue("the script has run out") {
            #expect(reader.readLine(prompt: "> ") == .endOfInput)
        }
        #expect(reader.wasOverrun)
    }

    @Test func recordingOutputKeepsEveryWriteAndSplitsLines() {
        let output = RecordingOutput()
        output.write("first\nsec")
        output.write("ond\n")
        #expect(output.writes == ["first\nsec", "ond\n"])
        #expect(output.lines == ["first", "second"])
    }
}
