import Foundation
import LecternCore
import LecternTestSupport
import Testing

/// A lesson's practice: "check yourself" prompts with a model `answer:`, and questions with a `section:` that
/// `study` asks after that section; the rules `check-answer-missing`, `section-unknown` and `section-crowded`.
/// Each test edits the clean course, whose lesson has the sections "A shared foe" and "The end and a new start"
/// and two mapping-form prompts.
@Suite(.removingTemporaryFolders)
struct LessonPracticeRulesTests {
    static let lesson = CheckFixture.lesson
    static let firstPrompt =
        "  - {prompt: \"What did the two sides share in 2001?\", answer: \"An enemy, the Taliban, which both of them opposed.\"}\n"
    static let secondPrompt =
        "  - {prompt: \"What ended the contact?\", answer: \"A speech in 2002 that named Iran as an enemy.\"}\n"

    /// Puts `section: title` into the clean question with this id (below its `kind:` line).
    static func section(_ title: String, on id: String) -> CourseEdit {
        .replace(CheckFixture.questions, "  - id: \(id)\n", with: "  - id: \(id)\n    section: \(title)\n")
    }

    @Test func aMappingPromptLoadsWithItsModelAnswer() throws {
        let lesson = try #require(try CheckFixture.course([]).lessons.first)
        #expect(lesson.checks == ["What did the two sides share in 2001?", "What ended the contact?"])
        #expect(lesson.checkAnswers == [
            "An enemy, the Taliban, which both of them opposed.", "A speech in 2002 that named Iran as an enemy.",
        ])
        #expect(lesson.lines.checks == [11, 12])
        #expect(lesson.lines.checkAnswers == [11, 12])
    }

    @Test func aBlockMappingWithAFoldedAnswerHasTheAnswersFirstLine() throws {
        let edit = CourseEdit.replace(
            Self.lesson, Self.secondPrompt,
            with: "  - prompt: What ended the contact?\n    answer: >\n      A speech in 2002\n      that named Iran.\n")
        let lesson = try #require(try CheckFixture.course([edit]).lessons.first)
        #expect(lesson.checks[1] == "What ended the contact?")
        #expect(lesson.checkAnswers[1] == "A speech in 2002 that named Iran.")
        #expect(lesson.lines.checks == [11, 12])
        #expect(lesson.lines.checkAnswers == [11, 14])
    }

    @Test func aPlainStringPromptStillLoadsAndIsWarnedAboutAtItsLine() throws {
        let edit = CourseEdit.replace(Self.lesson, Self.firstPrompt, with: "  - What did the two sides share in 2001?\n")
        let lesson = try #require(try CheckFixture.course([edit]).lessons.first)
        #expect(lesson.checks.first == "What did the two sides share in 2001?")
        #expect(lesson.checkAnswers.first == .some(nil))
        #expect(try CheckFixture.warnings(edit) == [
            "\(Self.lesson):11: warning[check-answer-missing]: check-yourself prompt 1 has no model answer: write it as"
                + " 'prompt:' with an 'answer:' the learner compares theirs with"
        ])
    }

    @Test(arguments: ["    answer: \"\"\n", "    answer:\n", "    answer: \"   \"\n"])
    func anEmptyAnswerIsTheSameWarning(answer: String) throws {
        let edit = CourseEdit.replace(
            Self.lesson, Self.firstPrompt, with: "  - prompt: What did the two sides share in 2001?\n" + answer)
        #expect(try CheckFixture.warnings(edit, rule: .checkAnswerMissing).count == 1)
    }

    @Test func aPromptWithoutAnswerFieldIsWarnedAboutAndOneWithAnUnknownFieldIsAnError() throws {
        let missing = CourseEdit.replace(
            Self.lesson, Self.firstPrompt, with: "  - prompt: What did the two sides share in 2001?\n")
        #expect(try CheckFixture.warnings(missing, rule: .checkAnswerMissing).count == 1)
        let unknown = CourseEdit.replace(
            Self.lesson, "\", answer: \"An enemy,", with: "\", answr: \"An enemy,")
        let errors = try CheckFixture.errors(unknown)
        #expect(errors.contains { $0.hasPrefix("\(Self.lesson):11: unknown field 'answr' in a check-yourself prompt") }, "\(errors)")
    }

    @Test func aPromptMappingWithoutItsPromptIsAnErrorAtItsLine() throws {
        let edit = CourseEdit.replace(
            Self.lesson, Self.firstPrompt, with: "  - answer: An enemy, the Taliban, which both of them opposed.\n")
        let errors = try CheckFixture.errors(edit)
        #expect(errors == ["\(Self.lesson):11: missing field 'prompt'"], "\(errors)")
    }

    @Test func aQuotationInAModelAnswerMustBeTheArticles() throws {
        let edit = CourseEdit.replace(
            Self.lesson, "\"An enemy, the Taliban, which both of them opposed.\"",
            with: "'An enemy: \"the Taliban were friends\".'")
        let errors = try CheckFixture.errors(edit)
        #expect(errors.count == 1 && errors[0].hasPrefix("\(Self.lesson):11: "), "\(errors)")
    }

    @Test func aModelAnswerCopyingTheArticleIsAnOwnWordsFinding() throws {
        let edit = CourseEdit.replace(
            Self.lesson, "\"An enemy, the Taliban, which both of them opposed.\"",
            with: "Ryan Crocker the American diplomat sent to meet Iranian officials later said so")
        let found = try CheckFixture.warnings(edit, rule: .ownWords)
        #expect(found.count == 1 && found[0].hasPrefix("\(Self.lesson):11: warning[own-words]"), "\(found)")
    }

    @Test func aSectionIsMatchedIgnoringCaseAndRunsOfSpacesOnly() throws {
        let course = try CheckFixture.course([Self.section("a   SHARED foe", on: "what-united-them")])
        let lesson = try #require(course.lessons.first)
        #expect(lesson.questions(afterSection: 0, in: course.questions).map(\.id) == ["what-united-them"])
        #expect(lesson.questions(afterSection: 1, in: course.questions).isEmpty)
        #expect(SectionReference(title: "A shared foe.").names("A shared foe") == false)
    }

    @Test func anUnknownSectionIsAnErrorAtItsLineWithTheNearestTitle() throws {
        let errors = try CheckFixture.errors(Self.section("The end and a new star", on: "why-talks-stopped"))
        #expect(errors == [
            "\(CheckFixture.questions):27: error[section-unknown]: question why-talks-stopped: lesson 'a-common-enemy'"
                + " has no section titled 'The end and a new star'. Did you mean 'The end and a new start'? Write a '## '"
                + " heading's title without its paragraphs (sections: A shared foe; The end and a new start)"
        ])
    }

    @Test func aSectionWrittenWithItsParagraphTagIsUnknown() throws {
        let errors = try CheckFixture.errors(Self.section("\"A shared foe [p1]\"", on: "what-united-them"))
        #expect(errors.count == 1 && errors[0].contains("error[section-unknown]"), "\(errors)")
    }

    @Test func twoQuestionsInASectionAreFineAndThreeAreCrowded() throws {
        let two = [Self.section("A shared foe", on: "what-united-them"), Self.section("A shared foe", on: "crocker-judgement")]
        #expect(try CheckFixture.course(two).questions.filter { $0.section != nil }.count == 2)
        #expect(try CheckFixture.warnings(two[0], two[1], rule: .sectionCrowded) == [])
        let three = try CheckFixture.warnings(
            two[0], two[1], Self.section("A shared foe", on: "why-talks-stopped"), rule: .sectionCrowded)
        #expect(three.count == 1)
        #expect(three.first?.hasPrefix(
            "\(Self.lesson):15: warning[section-crowded]: section 'A shared foe' is followed by 3 questions (at most 2):"
                + " what-united-them (") == true, "\(three)")
    }

    @Test func theCleanCourseWithSectionsAndAnswersBreaksNoRule() throws {
        #expect(try CheckFixture.warnings(Self.section("A shared foe", on: "what-united-them")) == [])
    }
}
