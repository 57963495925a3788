import LecternCore
import LecternShell
import LecternTestSupport
import Testing

/// The actor card, the timeline and `quiz --question` on the bundled course.
@Suite(.removingTemporaryFolders) struct KnowledgeBaseScreensTests {
    let course: Course

    init() throws {
        course = try BundledCourse.course()
    }

    @Test func questionsAtTheLearnersPromptShowsNoAnswersUnlessAskedFor() throws {
        let run = try ShellTranscript.run(["questions", "questions --answers"], course: course, width: 100)
        let plain = run.reply(to: "questions")
        let withAnswers = run.reply(to: "questions --answers")
        let typed = try #require(QuestionBank(course: course).questions.first { $0.kind == .typed && $0.origin == .authored })
        #expect(plain.contains("\(typed.id)\n"))
        #expect(!plain.contains("Answer: ") && !plain.contains("Why: ") && !plain.contains(" *\n"))
        #expect(!plain.contains(typed.explanation))
        #expect(withAnswers.contains("Answer: ") && withAnswers.contains("Why: ") && withAnswers.contains(" *\n"))
    }

    @Test func aHistoricalActorsCardGivesTheTimeOfItsRoleAndNeverTheArticlesYear() throws {
        let run = try ShellTranscript.run(["actor karzai"], course: course, width: 200)
        let card = run.reply(to: "actor karzai")
        #expect(card.hasPrefix("Hamid Karzai  (person, id karzai)\n"))
        #expect(card.contains("  Role (2001):      Head of the Afghan Interim Authority, for which Iran offered political backing\n"))
        #expect(!card.contains("2014"))
        #expect(card.contains("  The article:      ‘political backing for the Afghan Interim Authority, headed by Hamid Karzai’\n"))
    }

    @Test func aRoleTimeTooLongForTheLabelColumnIsShownWholeOnItsOwnLine() throws {
        let run = try ShellTranscript.run(["actor coalition-troops"], course: course, width: 200)
        let card = run.reply(to: "actor coalition-troops")
        let time = try #require(course.actor("coalition-troops")?.asOf)
        #expect(card.contains("  Role (\(time)):\n                    Troops killed"), "\(card)")
    }

    @Test func anAddedNameIsShownAsAddedAndTheArticlesFormIsTheName() throws {
        let run = try ShellTranscript.run(["actor cheney"], course: course, width: 200)
        let card = run.reply(to: "actor cheney")
        #expect(card.hasPrefix("Vice-President Cheney  (person, id cheney)\n"))
        #expect(card.contains("  Full name:        Dick Cheney (added: the article does not use it)\n"))
        #expect(card.contains("  Role (under the Bush administration):\n"), "the article gives no year for the remark")
    }

    @Test func aCurrentActorsCardGivesTheArticlesYear() throws {
        let run = try ShellTranscript.run(["actor crocker"], course: course, width: 200)
        #expect(run.reply(to: "actor crocker").contains("  Role (2014):      Veteran US diplomat"))
    }

    @Test func theTimelineKeepsTheArticlesOrderWithinAYearAndListsConditionsUndated() throws {
        let run = try ShellTranscript.run(["timeline"], course: course, width: 200)
        let lines = run.reply(to: "timeline").split(separator: "\n").map(String.init)
        func position(_ title: String) throws -> Int {
            try #require(lines.firstIndex { $0.contains(title) }, "no \(title) in \(lines)")
        }
        // p1: the exploration came "after 9/11"; p2: the snub followed "a devastating demonstration of US hard power".
        #expect(try position("The 9/11 attacks") < position("US and Iranian diplomats explore ways to cooperate"))
        #expect(try position("US and Iranian diplomats explore ways") < position("Iran offers intelligence and backing"))
        #expect(try position("The US invasion of Iraq") < position("The Bush administration snubs Iran's offer"))
        #expect(try position("The US invasion of Iraq") < position("Iran reportedly offers to use its influence"))
        #expect(try position("Iran reportedly sends a road map") < position("The Bush administration snubs"))
        let ongoing = try position("Ongoing · states of affairs the article does not date")
        for condition in ["Syria is stuck in civil war", "The Taliban are making a comeback", "Nuclear negotiations"] {
            let line = try position(condition)
            #expect(line > ongoing, "\(condition) is listed as undated")
            #expect(lines[line].contains("(as of 2014)"))
            #expect(!lines[line].hasPrefix("  2014"))
        }
        // Dated events come in date order.
        let dated = lines[1..<ongoing].compactMap { line in Int(line.dropFirst(2).prefix(4)) }
        #expect(dated == dated.sorted() && dated.count >= 10, "\(dated)")
    }

    @Test func quizQuestionAsksExactlyThatQuestionAtThePrompt() throws {
        let id = "gen.role-actor.karzai.typed"
        let run = try ShellTranscript.run(["quiz --question \(id)", "Karzai"], course: course, width: 200)
        let reply = run.reply(to: "quiz --question \(id)")
        #expect(reply.hasPrefix("Question \(id) · 1 question · seed "))
        #expect(reply.contains("Which person does the article describe, in 2001? Head of the Afghan Interim Authority"))
        #expect(run.reply(to: "Karzai").contains("✓"))
        #expect(run.reply(to: "Karzai").contains("Source p1:"))
    }

    @Test func quizQuestionWithAnUnknownIdIsAnErrorNamingCloseIds() throws {
        let run = try ShellTranscript.run(["quiz --question gen.role-actor.karzai"], course: course)
        let error = ErrorLines.squeezed(run.error(after: "quiz --question gen.role-actor.karzai"))
        #expect(error.hasPrefix("error: no question 'gen.role-actor.karzai' in this course; close ids: "))
        #expect(error.contains("gen.role-actor.karzai.typed"))
        #expect(run.prompt(after: "quiz --question gen.role-actor.karzai") == "lectern> ")
    }
}
