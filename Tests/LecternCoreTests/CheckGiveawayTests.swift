import Foundation
import LecternCore
import LecternTestSupport
import Testing

/// `answer-in-prompt` and `role-names-actor`: a question whose own words give its answer away, broken in a copy of
/// the clean course.
@Suite(.removingTemporaryFolders)
struct CheckGiveawayTests {
    static let file = CheckFixture.questions
    /// The clean course's second choice question, turned into a typed one.
    static let whyStopped = """
            kind: choice
            prompt: What does the text give as the reason the contact ended?
            options: [A speech naming Iran, A change of leader in Tehran, The fall of the Taliban]
            answer: A speech naming Iran

        """
    /// One actor with an evidenced role, so the generator makes its role question.
    static func crocker(role: String) -> CourseEdit {
        .write(
            CheckFixture.actors,
            """
            actors:
              - id: crocker
                name: Ryan Crocker
                aliases: [Crocker, Ambassador Crocker]
                kind: person
                role: \(role)
                evidence: the American diplomat sent to meet Iranian officials
                paragraphs: [p1]

            """)
    }

    func typed(_ prompt: String, answer: String, accept: [String]) -> [CourseEdit] {
        [
            CheckFixture.question(
                Self.whyStopped,
                "    kind: typed\n    prompt: \(prompt)\n    answer: \(answer)\n    accept: [\(accept.joined(separator: ", "))]\n")
        ]
    }

    func giveaways(_ edits: [CourseEdit]) throws -> [String] {
        CourseCheck.warnings(for: try CheckFixture.course(edits)).filter { $0.rule == .answerInPrompt }.map(\.description)
    }

    @Test func aChoiceKeyInThePromptIsAGiveaway() throws {
        let found = try CheckFixture.warnings(
            CheckFixture.question(
                "    prompt: What brought the two governments together in 2001?",
                "    prompt: Was it a foe they both opposed that brought the two governments together in 2001?"),
            rule: .answerInPrompt)
        #expect(found == [
            "\(Self.file):3: warning[answer-in-prompt]: question what-united-them: the answer 'A foe they both opposed' "
                + "appears in the prompt: ask without it"
        ])
    }

    @Test func aTypedAnswersAcceptedFormInThePromptIsAGiveaway() throws {
        let clean = typed("Which speech, given in January 2002, ended the contact?", answer: "The axis of evil speech", accept: ["axis of evil"])
        #expect(try giveaways(clean) == [])
        let found = try giveaways(
            typed("Which speech about an axis of evil ended the contact?", answer: "The axis of evil speech", accept: ["axis of evil"]))
        #expect(found == [
            "\(Self.file):26: warning[answer-in-prompt]: question why-talks-stopped: the accepted answer 'axis of evil' "
                + "appears in the prompt: ask without it"
        ])
    }

    @Test func anActorsOtherNameInThePromptIsAGiveaway() throws {
        var edits = typed("Which diplomat, Crocker by name, met Iranian officials?", answer: "Ryan Crocker", accept: [])
        edits.append(Self.crocker(role: "American diplomat sent to meet Iranian officials"))
        edits.append(.replace(Self.file, "    paragraphs: [p2]\n    actors: []", with: "    paragraphs: [p2]\n    actors: [crocker]"))
        #expect(try giveaways(edits) == [
            "\(Self.file):26: warning[answer-in-prompt]: question why-talks-stopped: the answer is actor 'crocker', and "
                + "its name 'Crocker' appears in the prompt: ask without it"
        ])
    }

    @Test func aClozeAnswerRepeatedAroundTheGapIsAGiveaway() throws {
        let cloze = "    kind: cloze\n    prompt: Complete the sentence.\n    text: \"The speech on the {{axis of evil}} named Iran in an axis of evil.\"\n"
        #expect(try giveaways([CheckFixture.question(Self.whyStopped, cloze)]) == [
            "\(Self.file):26: warning[answer-in-prompt]: question why-talks-stopped: the answer 'axis of evil' appears "
                + "in the prompt or text: ask without it"
        ])
    }

    @Test func aNumberAnswerInThePromptIsAGiveaway() throws {
        let number = "    kind: number\n    prompt: In which year, 2002 or later, did the contact end?\n    answer: 2002\n"
        #expect(try giveaways([CheckFixture.question(Self.whyStopped, number)]) == [
            "\(Self.file):26: warning[answer-in-prompt]: question why-talks-stopped: the answer '2002' appears in the "
                + "prompt: ask without it"
        ])
        let fair = "    kind: number\n    prompt: In which year did the contact end?\n    answer: 2002\n"
        #expect(try giveaways([CheckFixture.question(Self.whyStopped, fair)]) == [])
    }

    @Test func aWordThatOnlyContainsTheAnswerIsNoGiveaway() throws {
        let number = "    kind: number\n    prompt: In which year (not 20021) did the contact end?\n    answer: 2002\n"
        #expect(try giveaways([CheckFixture.question(Self.whyStopped, number)]) == [])
    }

    @Test func theSpeakersNameInAWhoSaidPromptIsAGiveaway() {
        var parts = SampleCourse.parts
        let whoSaid = SampleCourse.authored(
            "who-evil", line: 7, prompt: "Who, Cheney or another, said this?",
            body: .whoSaid(quote: "we don't talk to evil", options: ["cheney", "crocker"], answer: 0), paragraphs: ["p2"],
            actors: ["cheney"])
        parts.questions = [whoSaid]
        let found = CourseCheck.warnings(for: parts.course).filter { $0.rule == .answerInPrompt }.map(\.description)
        #expect(found.contains(
            "Quizzes/questions/broken.yaml:7: warning[answer-in-prompt]: question who-evil: the speaker's name 'Cheney' "
                + "appears in the prompt: ask without it"), "\(found)")
    }

    @Test func aRoleThatNamesItsActorIsReportedAtTheActor() throws {
        let fair = try CheckFixture.course([Self.crocker(role: "American diplomat sent to meet Iranian officials")])
        #expect(fair.generatedQuestions.contains { $0.id == "gen.role-actor.crocker.typed" })
        #expect(CourseCheck.warnings(for: fair).filter { $0.rule == .roleNamesActor || $0.rule == .answerInPrompt } == [])

        let found = try CheckFixture.warnings(Self.crocker(role: "Ambassador Crocker, the American diplomat"))
        #expect(found == [
            "Quizzes/actors.yaml:2: warning[role-names-actor]: actor 'crocker': its role contains its own name "
                + "'Crocker', so a question on the role would answer itself and none is generated from it: "
                + "\"Ambassador Crocker, the American diplomat\""
        ])
    }
}
