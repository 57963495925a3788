import LecternCore
import LecternShell
import LecternTestSupport
import Testing

/// Errors and notes wrap to the width like every other reply: `error: ` first, continuations lined up under it.
struct MessageTextTests {
    private static let long = "no actor called 'Rouhanniii'. Did you mean 'Rouhani'? Type 'actors' for the list of everyone in the article."

    private static func widest(_ text: String) -> Int {
        text.split(separator: "\n").map { DisplayWidth.of(String($0)) }.max() ?? 0
    }

    @Test func aLongErrorAtWidth40HasNoLineWiderThan40AndKeepsEveryWord() {
        let text = MessageText.error(Self.long, width: 40).string
        #expect(Self.widest(text) <= 40, "\(text)")
        #expect(text.split(separator: "\n").count > 1, "it wrapped: \(text)")
        #expect(text.hasPrefix("error: no actor") && text.hasSuffix("\n"), "\(text)")
        #expect(ErrorLines.squeezed(text) == "error: " + Self.long)
    }

    @Test func continuationLinesLineUpUnderTheFirstWordOfTheMessage() {
        let lines = MessageText.note(Self.long, width: 40).string.split(separator: "\n")
        #expect(lines.first?.hasPrefix("note: no actor") == true)
        for line in lines.dropFirst() {
            #expect(line.hasPrefix("      ") && !line.hasPrefix("       "), "indented as far as 'note: ': \(line)")
        }
    }

    @Test func aShortErrorIsOneLineAsBefore() {
        #expect(MessageText.error("name the learner", width: 40) == "error: name the learner\n")
    }

    @Test func laterLinesOfAMessageKeepTheirOwnIndent() {
        let text = MessageText.error("--count needs a number\nUsage: lectern quiz [--count <n>] [--kind <kind>] [--seed <s>]\n  See 'lectern quiz --help'.", width: 40).string
        let lines = text.split(separator: "\n")
        #expect(lines.first == "error: --count needs a number")
        #expect(lines[1].hasPrefix("Usage: lectern quiz"), "\(text)")
        #expect(lines.contains("  See 'lectern quiz --help'."), "\(text)")
        #expect(Self.widest(text) <= 40, "\(text)")
    }

    @Test func thePresenterWrapsACommandErrorToTheWidthItIsGiven() {
        let errors = RecordingOutput()
        let status = ErrorPresenter.present(CommandError.failure(Self.long), root: TestRoot.self, output: RecordingOutput(), errors: errors, width: 40)
        #expect(status == 1)
        #expect(Self.widest(errors.text) <= 40, "\(errors.text)")
        #expect(ErrorLines.squeezed(errors.text) == "error: " + Self.long)
    }

    @Test func theShellWrapsAnErrorToTheTerminalWidth() throws {
        let run = try ShellTranscript.run(["actor Rouhanniii", "lesons"], width: 40)
        for typed in ["actor Rouhanniii", "lesons"] {
            let error = run.error(after: typed)
            #expect(Self.widest(error) <= 40, "\(error)")
            #expect(error.split(separator: "\n").count > 1, "\(error)")
        }
        #expect(ErrorLines.squeezed(run.error(after: "lesons")) == "error: unknown command 'lesons'. Did you mean 'lessons'? Type 'help' for the list.")
    }

    @Test func aRejectedLineIsWrappedToo() throws {
        let run = try ShellTranscript.run(inputs: [.rejected("that line is 100000 bytes long; the limit is 65536 and it was not read"), .endOfInput], width: 40)
        let error = run.errors.text
        #expect(Self.widest(error) <= 40 && error.hasPrefix("error: that line"), "\(error)")
    }
}
