import LecternCore
import LecternTestSupport
@testable import LecternShell
import Testing

/// What the exchange commands write: an export's bytes through `writeExact`, and the command a reply suggests.
@Suite struct ExchangeOutputTests {
    @Test func anExportShownByASinkThatIsNoPipeIsDisplayText() {
        // The prompt and the recordings are not pipes: a tab, an escape and a bidi override are shown, not sent.
        let output = RecordingOutput()
        output.writeExact("a\tb\u{1B}[2J\u{202E}c\n")
        #expect(output.text == "a  b^[[2J\u{FFFD}c\n")
    }

    @Test func theAnkiExportAtThePromptIsShownNeutralised() throws {
        let run = try ShellTranscript.run(["questions --format anki", "flags"])
        let shown = run.reply(to: "questions --format anki")
        #expect(shown.hasPrefix("#separator:tab\n#html:true\n"), "\(shown.prefix(80))")
        #expect(shown.contains("lectern/shared-foe"), "\(shown.prefix(400))")
        #expect(!shown.contains("\t"))
        #expect(run.reply(to: "flags").hasPrefix("No flags."), "\(run.reply(to: "flags"))")
    }

    @Test func theSuggestedCheckCommandCanBePasted() {
        #expect(ShellWord.quoted("/tmp/course-1/a_b.c") == "/tmp/course-1/a_b.c")
        #expect(ShellWord.quoted("/tmp/my course") == "'/tmp/my course'")
        #expect(ShellWord.quoted("/tmp/it's") == "'/tmp/it'\\''s'")
        #expect(ShellWord.quoted("/tmp/$(rm)") == "'/tmp/$(rm)'")
    }
}
