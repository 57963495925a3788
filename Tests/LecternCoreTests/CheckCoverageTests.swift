import Foundation
import LecternCore
import LecternTestSupport
import Testing

/// Whether the questions cover the lessons at depth: `fact-repeated`, `paragraph-understanding`,
/// `objective-untested`, `objective-once`, `understanding-share` and `lesson-understanding`, each broken in a copy of
/// the clean course (two objectives, four questions, all of them understand or analyse).
@Suite(.removingTemporaryFolders)
struct CheckCoverageTests {
    static let file = CheckFixture.questions
    static let lesson = CheckFixture.lesson

    func fact(_ id: String, _ fact: String) -> CourseEdit {
        CheckFixture.question("  - id: \(id)\n", "  - id: \(id)\n    fact: \(fact)\n")
    }

    func level(_ id: String, from old: String, to new: String) -> CourseEdit {
        let evidence = Self.evidence[id] ?? ""
        return .replace(Self.file, "    level: \(old)\n    evidence: \(evidence)", with: "    level: \(new)\n    evidence: \(evidence)")
    }

    static let evidence = [
        "what-united-them": "had a common enemy in the Taliban",
        "crocker-judgement": "later said the cooperation was real and useful",
        "why-talks-stopped": "Then came the axis of evil speech in January 2002.",
        "long-silence": "the first such call since the 1970s",
    ]

    @Test func moreThanTwoQuestionsOnOneFactAreReportedAtTheFirst() throws {
        let two = [fact("what-united-them", "the-shared-enemy"), fact("crocker-judgement", "the-shared-enemy")]
        #expect(try CheckFixture.warnings(two[0], two[1], rule: .factRepeated) == [])
        let found = try CheckFixture.warnings(two[0], two[1], fact("why-talks-stopped", "the-shared-enemy"), rule: .factRepeated)
        #expect(found == [
            "\(Self.file):3: warning[fact-repeated]: question what-united-them: 3 questions test the fact 'the-shared-enemy' "
                + "(at most 2): what-united-them (\(Self.file):3), crocker-judgement (\(Self.file):16), "
                + "why-talks-stopped (\(Self.file):28)"
        ])
    }

    @Test func aCitedParagraphWithoutAnUnderstandingQuestionIsReportedAtItsSection() throws {
        let found = try CheckFixture.warnings(level("long-silence", from: "analyse", to: "remember"), rule: .paragraphUnderstanding)
        #expect(found == [
            "\(Self.lesson):19: warning[paragraph-understanding]: paragraph 'p3' has no understand or analyse question: "
                + "ask what it means or why it is there, not only what it says"
        ])
    }

    @Test func anObjectiveNoQuestionTestsIsReportedAtItsLine() throws {
        let found = try CheckFixture.warnings(
            .replace(Self.file, "    objectives: [2]\n    explanation: The speech", with: "    explanation: The speech"),
            .replace(Self.file, "    objectives: [2]\n    explanation: The length", with: "    explanation: The length"))
        #expect(found == [
            "\(Self.lesson):6: warning[objective-untested]: objective 2 is tested by no question: list it in the "
                + "'objectives' of at least 2: \"Explain how that contact ended, and how long the silence lasted.\""
        ])
    }

    @Test func anObjectiveOneQuestionTestsIsReportedAtItsLine() throws {
        let found = try CheckFixture.warnings(
            .replace(Self.file, "    objectives: [2]\n    explanation: The length", with: "    objectives: [1]\n    explanation: The length"))
        #expect(found == [
            "\(Self.lesson):6: warning[objective-once]: objective 2 is tested by one question only (why-talks-stopped); "
                + "give it at least 2: \"Explain how that contact ended, and how long the silence lasted.\""
        ])
    }

    @Test func anObjectiveOfAnotherLessonDoesNotCount() {
        var parts = SampleCourse.parts
        let lesson = parts.lessons[1]
        parts.questions = parts.questions.map { $0.lessonID == lesson.id ? $0 : $0.with(objectives: [1]) }
        let found = CourseCheck.warnings(for: parts.course).filter { $0.rule == .objectiveUntested }
        #expect(found.contains { $0.location.file == lesson.file && $0.message.hasPrefix("objective 1 ") }, "\(found)")
        let first = parts.lessons[0]
        #expect(first.file != lesson.file)
        #expect(!found.contains { $0.location.file == first.file && $0.message.hasPrefix("objective 1 ") }, "\(found)")
    }

    @Test func underFortyPercentOfAuthoredQuestionsAtUnderstandingIsReported() throws {
        let twoOfFour = [
            level("what-united-them", from: "understand", to: "remember"),
            level("crocker-judgement", from: "understand", to: "remember"),
        ]
        #expect(try CheckFixture.warnings(twoOfFour[0], twoOfFour[1], rule: .understandingShare) == [])
        let found = try CheckFixture.warnings(
            twoOfFour[0], twoOfFour[1], level("why-talks-stopped", from: "understand", to: "remember"), rule: .understandingShare)
        #expect(found == [
            "Quizzes/questions: warning[understanding-share]: 1 of 4 (25%) authored questions are understand or analyse "
                + "(at least 40%): the rest only ask to recall"
        ])
    }

    @Test func aLessonWithFewerThanFourUnderstandingQuestionsIsReportedAtItsTop() throws {
        let found = try CheckFixture.warnings(
            level("crocker-judgement", from: "understand", to: "remember"), rule: .lessonUnderstanding)
        #expect(found == [
            "\(Self.lesson):2: warning[lesson-understanding]: lesson 'a-common-enemy' has 3 understand or analyse questions (at least 4)"
        ])
    }
}
