import LecternCore
import LecternShell
import LecternTestSupport
import Testing

/// The main prompt, driven by scripted lines.
@Suite(.removingTemporaryFolders)
struct MainScreenTests {
    @Test func theGreetingNamesTheArticleAndTheLessons() throws {
        let run = try ShellTranscript.run([])
        #expect(run.greeting == "Lectern · The Long Thaw\nA. Writer, 2014 · 2 lessons · type 'help' for commands, 'lessons' to begin\n")
        #expect(run.script.prompts == ["lectern> "])
    }

    @Test func lessonsShowNotStartedThenInProgressAtSectionNOfMThenDone() throws {
        let run = try ShellTranscript.run(["lessons", "study 1", "quit", "lessons", "study 1", "next", "quit", "lessons", "study 1", "", "", "", "", "lessons"])
        #expect(run.reply(to: "lessons") == """
            Lessons of A. Writer, 2014
              1. 2001: a common enemy  · not started
              2. From the axis of evil to a phone call  · not started
            Type 'study 1' to begin, or 'study <number>' for any lesson.

            """)
        #expect(run.reply(to: "lessons", occurrence: 1).contains("  1. 2001: a common enemy  … in progress at section 1 of 2\n"))
        #expect(run.reply(to: "lessons", occurrence: 2).contains("  1. 2001: a common enemy  … in progress at section 2 of 2\n"))
        #expect(run.reply(to: "lessons", occurrence: 3).contains("  1. 2001: a common enemy  ✓ done\n"))
        #expect(run.reply(to: "lessons", occurrence: 3).contains("  2. From the axis of evil to a phone call  · not started\n"))
    }

    @Test func studyWithANumberOutOfRangeSaysHowLessonsAreNumbered() throws {
        let run = try ShellTranscript.run(["study 99"])
        #expect(ErrorLines.squeezed(run.error(after: "study 99")) == "error: no lesson '99'. Lessons are numbered 1 to 2.")
        #expect(run.prompt(after: "study 99") == "lectern> ")
    }

    @Test func studyWithAWordThatIsNoLessonIsAnError() throws {
        let run = try ShellTranscript.run(["study nonsense"])
        #expect(ErrorLines.squeezed(run.error(after: "study nonsense")) == "error: no lesson 'nonsense'. Lessons are numbered 1 to 2.")
    }

    @Test func studyWithAMistypedLessonIdSuggestsTheId() throws {
        let run = try ShellTranscript.run(["study the-thow"])
        #expect(ErrorLines.squeezed(run.error(after: "study the-thow")) == "error: no lesson 'the-thow'. Did you mean 'the-thaw'? Lessons are numbered 1 to 2.")
    }

    @Test func studyByIdOpensThatLesson() throws {
        let run = try ShellTranscript.run(["study the-thaw"])
        #expect(run.reply(to: "study the-thaw").hasPrefix("Lesson 2 · From the axis of evil to a phone call\n"))
    }

    @Test func studyWithoutALessonAsksWhichOne() throws {
        let run = try ShellTranscript.run(["study"])
        #expect(run.error(after: "study").contains("which lesson? Type 'study 1' to 'study 2'"))
    }

    @Test func anActorIsFoundByAnAlias() throws {
        let run = try ShellTranscript.run(["actor president obama"])
        let card = run.reply(to: "actor president obama")
        #expect(card.hasPrefix("Barack Obama  (person, id obama)\n"))
        #expect(card.contains("  Also called:      Obama, President Obama\n"))
        #expect(card.contains("  Role (2014):      President of the United States\n"))
        #expect(card.contains("  Events:\n    - September 2013  Obama and Rouhani speak by telephone\n"))
    }

    @Test func anActorIsFoundByAUniquePrefix() throws {
        let run = try ShellTranscript.run(["actor rouh"])
        #expect(run.reply(to: "actor rouh").hasPrefix("Hassan Rouhani  (person, id rouhani)\n"))
        #expect(run.errors.text == "")
    }

    @Test func aPrefixOfTwoActorsIsNotEnough() throws {
        let run = try ShellTranscript.run(["actor President"])
        #expect(run.error(after: "actor President").hasPrefix("error: no actor called 'President'."))
    }

    @Test func anActorWithOneTypoIsFoundAndTheTypoIsNamed() throws {
        let run = try ShellTranscript.run(["actor Rohani"])
        #expect(run.error(after: "actor Rohani") == "")
        #expect(run.reply(to: "actor Rohani").hasPrefix("(accepted with one typo; spelled Rouhani)\nHassan Rouhani"))
    }

    @Test func anUnknownActorSuggestsTheNearestName() throws {
        let run = try ShellTranscript.run(["actor Rouhanniii"])
        #expect(ErrorLines.squeezed(run.error(after: "actor Rouhanniii")) == "error: no actor called 'Rouhanniii'. Did you mean 'Rouhani'? Type 'actors' for the list.")
    }

    @Test func actorsAreGroupedByKind() throws {
        let run = try ShellTranscript.run(["actors"])
        let list = run.reply(to: "actors")
        #expect(list.contains("People\n  Barack Obama — President of the United States\n  Dick Cheney"))
        #expect(list.contains("States\n  Iran — A state in the Middle East\n"))
        #expect(list.contains("Armed groups\n  The Taliban — Former rulers of Afghanistan\n"))
    }

    @Test func theTimelineListsEventsInDateOrderAtTheirPrecision() throws {
        let run = try ShellTranscript.run(["timeline"])
        let lines = run.reply(to: "timeline").split(separator: "\n").map(String.init)
        #expect(lines == [
            "Timeline · dates at the precision the article gives",
            "  2001             Iran and the United States cooperate against the Taliban [p1]",
            "  29 January 2002  The axis of evil speech [p2]",
            "  September 2013   Obama and Rouhani speak by telephone [p3]",
        ])
    }

    @Test func sourceShowsAParagraphWordForWord() throws {
        let run = try ShellTranscript.run(["source p2"], width: 200)
        #expect(run.reply(to: "source p2") == "[p2]\n  \(StudyScreenTests.p2)\n")
    }

    @Test func sourceOfAnUnknownParagraphIsAnError() throws {
        let run = try ShellTranscript.run(["source zz"])
        #expect(ErrorLines.squeezed(run.error(after: "source zz")) == "error: no paragraph 'zz'. Paragraphs: p1, p2, p3.")
        #expect(run.reply(to: "source zz") == "")
    }

    @Test func sourceAloneListsTheParagraphs() throws {
        let run = try ShellTranscript.run(["source"])
        #expect(run.reply(to: "source").contains("  p2         Then came the axis of evil speech in January …\n"))
    }

    @Test func anUnknownCommandSuggestsTheClosest() throws {
        let run = try ShellTranscript.run(["lesons"])
        #expect(ErrorLines.squeezed(run.error(after: "lesons")) == "error: unknown command 'lesons'. Did you mean 'lessons'? Type 'help' for the list.")
        #expect(run.prompt(after: "lesons") == "lectern> ")
    }

    @Test func helpExplainsACommandAndSuggestsForATypo() throws {
        let run = try ShellTranscript.run(["help", "help study", "help studdy"])
        #expect(run.reply(to: "help").contains("study [<number|id>]"))
        #expect(run.reply(to: "help study").hasPrefix("study [<number|id>]\n  Read a lesson, section by section, and practise it.\n"))
        #expect(run.reply(to: "help studdy") == "There is no command 'studdy'. Did you mean 'study'?\n")
    }

    @Test func anEmptyLinePrintsNothing() throws {
        let run = try ShellTranscript.run(["", "   "])
        #expect(run.reply(to: "") == "")
        #expect(run.reply(to: "   ") == "")
        #expect(run.errors.text == "")
        #expect(run.script.prompts == ["lectern> ", "lectern> ", "lectern> "])
    }

    @Test(arguments: ["quit", "exit", "q"])
    func quitEndsTheShellWithoutReadingMore(word: String) throws {
        // The script holds nothing after the word: reading again would record an issue.
        let run = try ShellTranscript.run([word], ending: [])
        #expect(run.script.prompts == ["lectern> "])
        #expect(run.reply(to: word) == "")
    }

    @Test func quitInsideALessonLeavesOnlyTheLesson() throws {
        let run = try ShellTranscript.run(["study 1", "quit", "quit"], ending: [])
        #expect(run.script.prompts == ["lectern> ", "lesson 1 · 1/2> ", "lectern> "])
    }

    @Test func endOfInputEndsTheShellQuietly() throws {
        let run = try ShellTranscript.run(inputs: [.endOfInput])
        #expect(run.script.prompts == ["lectern> "])
        #expect(run.errors.text == "")
    }

    @Test func anInterruptedLineIsAskedAgain() throws {
        let run = try ShellTranscript.run(inputs: [.interrupted, .line("lesons"), .endOfInput])
        #expect(run.script.prompts == ["lectern> ", "lectern> ", "lectern> "])
        #expect(run.reply(to: .interrupted) == "")
    }

    @Test func aRejectedLinePrintsAnErrorAndTheShellGoesOn() throws {
        let run = try ShellTranscript.run(inputs: [.rejected("that line is not valid UTF-8 text"), .line("lessons"), .endOfInput])
        #expect(ErrorLines.squeezed(run.error(after: .rejected("that line is not valid UTF-8 text"))) == "error: that line is not valid UTF-8 text")
        #expect(run.reply(to: "lessons").hasPrefix("Lessons of A. Writer, 2014"))
    }

    static let tour = ["help", "lessons", "actors", "actor obama", "timeline", "source", "source p1", "study 2", "", "source", "", "lesons", "study 9"]

    @Test func withoutColourNothingWrittenHasAnEscapeCode() throws {
        let run = try ShellTranscript.run(Self.tour, style: Style(usesColor: false))
        #expect(!run.output.text.contains("\u{1B}"))
        #expect(!run.errors.text.contains("\u{1B}"))
        #expect(run.script.prompts.allSatisfy { !$0.contains("\u{1B}") })
    }

    @Test func withColourHeadingsAndNamesAreStyled() throws {
        let run = try ShellTranscript.run(Self.tour, style: Style(usesColor: true))
        #expect(run.reply(to: "lessons").hasPrefix("\u{1B}[1mLessons\u{1B}[0m"))
        #expect(run.reply(to: "", occurrence: 0).contains("\u{1B}[36mObama\u{1B}[0m"), "actor names in lesson prose are highlighted")
        #expect(run.script.prompts.first == "\u{1B}[1mlectern>\u{1B}[0m ")
    }

    @Test func atANarrowWidthNoLineIsLongerThanTheTerminal() throws {
        let width = 24
        let run = try ShellTranscript.run(Self.tour, width: width)
        let long = run.output.lines.filter { DisplayWidth.of($0) > width }
        #expect(long == [], "lines wider than \(width) columns")
        #expect(run.reply(to: "source p1").split(separator: "\n").count > 5, "the paragraph is wrapped, not cut")
    }

    @Test func anEscapeSequenceInTheArticleTitleOrAuthorIsPrintedSafely() throws {
        let root = try CourseFixture.minimal(
            editing: .replace("Lessons/source/article.json", #""title": "The Long Thaw""#, with: #""title": "The \u001b[31mLong Thaw""#),
            .replace("Lessons/source/article.json", #""author": "A. Writer""#, with: #""author": "A. \u001b[2JWriter""#))
        let course = try CourseLoader.load(from: root)
        #expect(course.article.author == "A. ^[[2JWriter", "the escape code is neutralised where the article is read")
        let run = try ShellTranscript.run(["lessons"], course: course)
        #expect(!run.output.text.contains("\u{1B}"))
        #expect(run.greeting.contains("The ^[[31mLong Thaw"))
        #expect(run.greeting.contains("A. ^[[2JWriter"))
        #expect(run.reply(to: "lessons").contains("A. ^[[2JWriter"))
    }

    @Test func anEscapeSequenceInCourseContentIsPrintedSafely() throws {
        let root = try CourseFixture.minimal(
            editing: .replace("Quizzes/actors.yaml", "name: Dick Cheney", with: #"name: "Dick \e[31mCheney""#))
        let course = try CourseLoader.load(from: root)
        #expect(course.actor("cheney")?.name == "Dick ^[[31mCheney", "the escape code is neutralised where the YAML is read")
        for style in [Style(usesColor: false), Style(usesColor: true)] {
            let run = try ShellTranscript.run(["actor cheney", "actors", "study 2", "source p2"], course: course, style: style)
            #expect(!run.output.text.contains("\u{1B}[31m"))
            #expect(run.reply(to: "actor cheney").contains("Dick ^[[31mCheney"))
        }
    }
}
