import LecternCore
import LecternShell
import LecternTestSupport
import Testing

/// Reading lessons through the shell, driven by scripted lines.
@Suite(.removingTemporaryFolders)
struct StudyScreenTests {
    static let p2 = "Then came the axis of evil speech in January 2002. Dick Cheney was said to have declared that we don't talk to evil, and the talks stopped."
    static let p3 = "In September 2013 Barack Obama and Hassan Rouhani spoke by telephone, the first such call since the 1970s."

    @Test func aLessonOpensAtItsFirstSectionWithItsObjectives() throws {
        let run = try ShellTranscript.run(["study 1"])
        let page = run.reply(to: "study 1")
        #expect(page.hasPrefix("Lesson 1 · 2001: a common enemy\nYou will be able to:\n"))
        #expect(page.contains("  - Explain why Iran and the United States worked together in 2001.\n"))
        #expect(page.contains("  - Name the diplomat who met Iranian officials.\n"))
        #expect(page.contains("1/2  A shared foe [p1]"))
        #expect(page.contains("**Ryan Crocker** was sent") == false, "Markdown emphasis markers are not shown")
        #expect(page.contains("Ryan Crocker was sent to meet Iranian officials."))
        #expect(run.prompt(after: "study 1") == "lesson 1 · 1/2> ")
        #expect(run.errors.text == "")
    }

    @Test func enterAndNextGoOnAndBackGoesBack() throws {
        let run = try ShellTranscript.run(["study 2", "", "back", "next"])
        #expect(run.reply(to: "").hasPrefix("2/2  A call in 2013 [p2, p3]"))
        #expect(run.reply(to: "").contains("Eleven years later, Obama and Rouhani spoke by telephone"))
        #expect(run.prompt(after: "") == "lesson 2 · 2/2> ")
        #expect(run.reply(to: "back").hasPrefix("1/2  The axis of evil [p2]"))
        #expect(run.prompt(after: "back") == "lesson 2 · 1/2> ")
        #expect(run.reply(to: "next").hasPrefix("2/2  A call in 2013"))
        #expect(run.errors.text == "")
    }

    @Test func sourceShowsTheParagraphsTheSectionCitesWordForWord() throws {
        let run = try ShellTranscript.run(["study 2", "next", "source"], width: 200)
        #expect(run.reply(to: "source") == "[p2]\n  \(Self.p2)\n\n[p3]\n  \(Self.p3)\n")
        #expect(run.prompt(after: "source") == "lesson 2 · 2/2> ", "source keeps the reader on the same section")
    }

    @Test func theClosingPageShowsTheSummaryThenEachCheckPromptAndEnterSkipsToTheEnd() throws {
        let run = try ShellTranscript.run(["study 1", "", "", "source", "", ""])
        let closing = run.reply(to: "", occurrence: 1)
        #expect(closing.hasPrefix("Summary\n  In 2001 both countries had a \"common enemy in the Taliban\""))
        #expect(closing.contains("Check yourself\n"))
        #expect(closing.hasSuffix("1/2  Who was the shared enemy in 2001?\n"), "\(closing)")
        #expect(run.prompt(after: "", occurrence: 1) == "lesson 1 · check 1/2> ")
        #expect(run.reply(to: "source").hasPrefix("[p1]\n"), "on the closing page source shows every paragraph the lesson cites")
        #expect(run.reply(to: "", occurrence: 2) == "2/2  Who met the Iranian officials?\n")
        #expect(run.reply(to: "", occurrence: 3) == "Lesson 1 done. Next: 'quiz 1' on what you just read, then 'study 2'.\n")
        #expect(run.prompt(after: "", occurrence: 3) == "lectern> ")
    }

    @Test func finishingTheLastLessonOffersItsQuizThenReviewOrReport() throws {
        let run = try ShellTranscript.run(["study 2", "", "", "", "", ""])
        #expect(run.reply(to: "", occurrence: 4).replacingOccurrences(of: "\n", with: " ") == "Lesson 2 done. Next: 'quiz 2' on what you"
            + " just read, then 'review' for what is due, or 'report' to see where you stand. ")
    }

    @Test func quitLeavesTheLessonAndSaysHowToResume() throws {
        let run = try ShellTranscript.run(["study 1", "next", "quit"])
        #expect(run.reply(to: "quit") == "Left lesson 1 at section 2 of 2; 'study 1' resumes here.\n")
        #expect(run.prompt(after: "quit") == "lectern> ")
    }

    @Test func studyingAgainResumesWhereTheLearnerLeftOff() throws {
        let run = try ShellTranscript.run(["study 2", "next", "quit", "study 2"])
        let resumed = run.reply(to: "study 2", occurrence: 1)
        #expect(resumed.hasPrefix("Lesson 2 · From the axis of evil to a phone call · resuming at section 2 of 2\n"))
        #expect(resumed.contains("You will be able to:") == false)
        #expect(resumed.contains("2/2  A call in 2013"))
        #expect(run.prompt(after: "study 2", occurrence: 1) == "lesson 2 · 2/2> ")
    }

    @Test func aFinishedLessonOpensAgainAtTheStart() throws {
        let run = try ShellTranscript.run(["study 1", "", "", "", "", "study 1"])
        #expect(run.reply(to: "study 1", occurrence: 1).contains("1/2  A shared foe"))
        #expect(run.prompt(after: "study 1", occurrence: 1) == "lesson 1 · 1/2> ")
    }

    @Test func backOnTheFirstSectionIsAnErrorThatKeepsTheScreen() throws {
        let run = try ShellTranscript.run(["study 1", "back"])
        #expect(run.error(after: "back") == "error: this is the first section; type 'next' or press Enter to go on\n")
        #expect(run.reply(to: "back") == "")
        #expect(run.prompt(after: "back") == "lesson 1 · 1/2> ")
    }

    @Test func anUnknownCommandInALessonRepromptsWithTheKeys() throws {
        let run = try ShellTranscript.run(["study 1", "lessons"])
        #expect(ErrorLines.squeezed(run.error(after: "lessons")) == "error: in a lesson, type Enter or 'next', 'back', 'source', 'actor <name>', 'timeline', 'quit' or 'help'")
        #expect(run.reply(to: "lessons") == "")
        #expect(run.prompt(after: "lessons") == "lesson 1 · 1/2> ")
    }

    @Test func helpInALessonListsTheKeys() throws {
        let run = try ShellTranscript.run(["study 1", "help"])
        #expect(run.reply(to: "help").contains("Enter/next: go on · back: previous section"))
    }

    @Test func endOfInputInsideALessonEndsTheShellAndKeepsThePlace() throws {
        let log = InMemoryProgress()
        let run = try ShellTranscript.run(["study 1", "next"], progress: log)
        // The end of input closes the lesson, then the main prompt reads the end again and the shell leaves.
        #expect(run.script.prompts == ["lectern> ", "lesson 1 · 1/2> ", "lesson 1 · 2/2> ", "lectern> "])
        #expect(log.position(in: "a-common-enemy") == LessonPosition(page: 1, isComplete: false))
    }
}
