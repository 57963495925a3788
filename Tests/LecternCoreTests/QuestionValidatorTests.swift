import LecternCore
import LecternTestSupport
import Testing

/// One broken authored question and the one diagnostic it must produce.
struct BrokenQuestion: Sendable, CustomTestStringConvertible {
    let rule: String
    let question: Question
    let message: String

    var testDescription: String { rule }

    init(_ rule: String, _ question: Question, _ message: String) {
        self.rule = rule
        self.question = question
        self.message = message
    }

    static let file = "Quizzes/questions/broken.yaml"

    static let all: [BrokenQuestion] = {
        let yes = QuestionBody.trueFalse(answer: true)
        return [
            BrokenQuestion(
                "a typed answer naming an actor inexactly",
                broken("broken-name", 3, "Who led Iraq?", .typed(answer: "maliki", accepted: []), "same-side-in-iraq",
                    ["p3"], ["maliki"], [], "Because."),
                "answer 'maliki' names actor 'maliki' but is not written as its name or an alias; use one of "
                    + "'Nouri al-Maliki', 'Maliki', 'al-Maliki', 'Prime Minister Maliki' or add it to the aliases"),
            BrokenQuestion(
                "a typed answer naming an actor the question does not list",
                broken("broken-unlisted", 5, "Which diplomat?", .typed(answer: "Ryan Crocker", accepted: []),
                    "a-common-enemy", ["p1"], [], [], "Because."),
                "answer 'Ryan Crocker' names actor 'crocker', which the question's actors do not list"),
            BrokenQuestion(
                "an accepted answer naming another actor",
                broken("broken-accept", 7, "Which diplomat?", .typed(answer: "Ryan Crocker", accepted: ["Cheney"]),
                    "a-common-enemy", ["p1"], ["crocker"], [], "Because."),
                "accepted answer 'Cheney' names actor 'cheney', not 'crocker'"),
            BrokenQuestion(
                "a choice whose answer is none of its options",
                broken("broken-answer", 9, "Which fuel?", .choice(options: ["Oil", "Gas", "Coal"], answer: 4)),
                "answer must be exactly one of the options"),
            BrokenQuestion(
                "a choice whose right option names an unlisted actor",
                broken("broken-option-actor", 11, "Which group?", .choice(options: ["Hezbollah", "Oil", "Gas"], answer: 0)),
                "answer 'Hezbollah' names actor 'hezbollah', which the question's actors do not list"),
            BrokenQuestion(
                "options that read the same",
                broken("broken-duplicate-options", 13, "Which fuel?", .choice(options: ["Oil", "oil.", "Gas"], answer: 2)),
                "options 'Oil' and 'oil.' read the same once case and punctuation are ignored"),
            BrokenQuestion(
                "a choice with one option",
                broken("broken-one-option", 15, "Which fuel?", .choice(options: ["Oil"], answer: 0)),
                "a choice needs 2 to 6 options, not 1"),
            BrokenQuestion(
                "a multi with one answer",
                broken("broken-multi-one", 17, "Which fuels?", .multi(options: ["Oil", "Gas", "Coal", "Wind"], answers: [0])),
                "a multi needs at least two answers and fewer answers than options (has 1 of 4)"),
            BrokenQuestion(
                "a multi where every option is right",
                broken("broken-multi-all", 19, "Which fuels?", .multi(options: ["Oil", "Gas", "Coal"], answers: [0, 1, 2])),
                "a multi needs at least two answers and fewer answers than options (has 3 of 3)"),
            BrokenQuestion(
                "order items that repeat",
                broken("broken-order", 21, "Order these.", .order(items: ["Talks", "Call", "talks!"])),
                "items 'Talks' and 'talks!' read the same once case and punctuation are ignored"),
            BrokenQuestion(
                "match left-hand items that repeat",
                broken("broken-match-left", 23, "Match these.", .match(pairs: [
                    MatchPair(left: "Oil", right: "One"), MatchPair(left: "Gas", right: "Two"),
                    MatchPair(left: "OIL", right: "Three"),
                ])),
                "left-hand items 'Oil' and 'OIL' read the same once case and punctuation are ignored"),
            BrokenQuestion(
                "match right-hand items that repeat",
                broken("broken-match-right", 25, "Match those.", .match(pairs: [
                    MatchPair(left: "Oil", right: "One"), MatchPair(left: "Gas", right: "Two"),
                    MatchPair(left: "Coal", right: "one"),
                ])),
                "right-hand items 'One' and 'one' read the same once case and punctuation are ignored"),
            BrokenQuestion(
                "a prompt that repeats an authored prompt",
                broken("broken-repeat-authored", 27, "in 2001 which enemy did IRAN and the United States share", yes),
                "prompt repeats question enemy-shared-foe (Quizzes/questions/01-a-common-enemy.yaml:3)"),
            BrokenQuestion(
                "a prompt that repeats a generated prompt",
                broken("broken-repeat-generated", 29, "Which person does the article describe? Prime Minister of Iraq.", yes),
                "prompt repeats generated question gen.role-actor.maliki.typed"),
            BrokenQuestion(
                "a paragraph that does not exist",
                broken("broken-paragraph", 31, "Is it so?", yes, "a-common-enemy", ["p1", "p99"]),
                "paragraph 'p99' is not in the article"),
            BrokenQuestion(
                "no paragraph at all",
                broken("broken-no-paragraph", 33, "Is it so?", yes, "a-common-enemy", []),
                "cites no paragraph; list the paragraphs the answer comes from"),
            BrokenQuestion(
                "an actor that does not exist",
                broken("broken-actor", 35, "Is it so?", yes, "a-common-enemy", ["p1"], ["khamenei"]),
                "actor 'khamenei' is not in Quizzes/actors.yaml"),
            BrokenQuestion(
                "an event that does not exist",
                broken("broken-event", 37, "Is it so?", yes, "a-common-enemy", ["p1"], [], ["gulf-war"]),
                "event 'gulf-war' is not in Quizzes/events.yaml"),
            BrokenQuestion(
                "a lesson that does not exist",
                broken("broken-lesson", 39, "Is it so?", yes, "no-such-lesson"),
                "lesson 'no-such-lesson' does not exist"),
            BrokenQuestion(
                "a cloze with two gaps",
                broken("broken-cloze-gaps", 41, "Complete it.", .cloze(
                    before: "Cheney said {{we}} don't talk to ", answer: "evil", after: "", accepted: [])),
                "cloze text must have exactly one gap written {{answer}}"),
            BrokenQuestion(
                "a cloze with an empty gap",
                broken("broken-cloze-empty", 43, "Complete it.", .cloze(
                    before: "Cheney said we don't talk to ", answer: " ", after: "", accepted: [])),
                "answer is empty"),
            BrokenQuestion(
                "a who-said option that is not an actor",
                broken("broken-who-option", 45, "Who said it?", .whoSaid(
                    quote: "we don't talk to evil", options: ["cheney", "khamenei"], answer: 0), "a-common-enemy",
                    ["p2"], ["cheney"]),
                "option 'khamenei' is not an actor id"),
            BrokenQuestion(
                "a who-said speaker the question does not list",
                broken("broken-who-speaker", 47, "Who said it?", .whoSaid(
                    quote: "we don't talk to evil", options: ["cheney", "obama"], answer: 0), "a-common-enemy", ["p2"]),
                "the speaker 'cheney' is not listed in the question's actors"),
            BrokenQuestion(
                "an explanation of two lines",
                broken("broken-explanation", 49, "Is it so?", yes, "a-common-enemy", ["p1"], [], [], "One.\nTwo."),
                "explanation must be one non-empty line"),
            BrokenQuestion(
                "a negative tolerance",
                broken("broken-tolerance", 51, "How many?", .number(answer: 2000, tolerance: -1, unit: nil)),
                "tolerance must be zero or more"),
            BrokenQuestion(
                "an id outside the authored syntax",
                broken("Broken_ID", 53, "Is it so?", yes),
                "id must be lower-case letters, digits and '-', starting with a letter"),
            BrokenQuestion(
                "an id used twice",
                broken("enemy-crocker", 55, "Is it so?", yes),
                "id is already used by the question at Quizzes/questions/01-a-common-enemy.yaml:14"),
        ]
    }()
}

/// `SampleCourse.authored` with positional arguments, to keep the table of broken questions short.
private func broken(
    _ id: String, _ line: Int, _ prompt: String, _ body: QuestionBody, _ lesson: String? = "a-common-enemy",
    _ paragraphs: [String] = ["p1"], _ actors: [String] = [], _ events: [String] = [],
    _ explanation: String = "Because the article says so."
) -> Question {
    SampleCourse.authored(
        id, line: line, prompt: prompt, body: body, lesson: lesson, paragraphs: paragraphs, actors: actors,
        events: events, explanation: explanation)
}

@Suite(.removingTemporaryFolders) struct QuestionValidatorTests {
    @Test func theSampleCourseHasNoProblems() {
        #expect(QuestionValidator.validate(SampleCourse.course) == [])
    }

    @Test(arguments: BrokenQuestion.all)
    func eachBrokenRuleIsReportedAtItsFileAndLine(_ broken: BrokenQuestion) throws {
        var parts = SampleCourse.parts
        parts.questions.append(broken.question)
        let diagnostics = QuestionValidator.validate(parts.course)
        let line = try #require(broken.question.source?.line)
        let expected = Diagnostic(
            SourceLocation(file: BrokenQuestion.file, line: line), "question \(broken.question.id): \(broken.message)")
        #expect(diagnostics == [expected])
        #expect(expected.description == "\(BrokenQuestion.file):\(line): question \(broken.question.id): \(broken.message)")
    }

    @Test func everyRuleHasItsOwnLine() {
        let lines = BrokenQuestion.all.compactMap(\.question.source?.line)
        #expect(Set(lines).count == BrokenQuestion.all.count)
    }

    @Test func severalProblemsComeBackSortedByLine() {
        var parts = SampleCourse.parts
        parts.questions += BrokenQuestion.all.map(\.question)
        let diagnostics = QuestionValidator.validate(parts.course)
        #expect(diagnostics == diagnostics.sorted())
        for broken in BrokenQuestion.all {
            #expect(diagnostics.contains { $0.message == "question \(broken.question.id): \(broken.message)" }, "\(broken.rule)")
        }
    }

    @Test func aProblemWithAGeneratedQuestionIsReportedAsAGeneratorBug() {
        let ghost = Question(
            id: "gen.role-actor.ghost.choice", prompt: "As of 2014, which person was a ghost?",
            body: .choice(options: ["Casper", "casper"], answer: 0), explanation: "Boo.", lessonID: nil,
            paragraphIDs: ["p99"], actorIDs: [], eventIDs: [], origin: .generated, factID: "gen.role-actor.ghost")
        let diagnostics = QuestionValidator.validate(authored: [], generated: [ghost], in: SampleCourse.course)
        #expect(diagnostics.map(\.description) == [
            "generated:gen.role-actor.ghost.choice: options 'Casper' and 'casper' read the same once case and punctuation are ignored",
            "generated:gen.role-actor.ghost.choice: paragraph 'p99' is not in the article",
        ])
    }

    @Test func theFormsOfOneFactMayShareAPrompt() {
        let course = SampleCourse.course
        let forms = QuestionGenerator.generate(for: course).filter { $0.factID == "gen.role-actor.maliki" }
        #expect(forms.count == 2)
        #expect(QuestionValidator.validate(authored: [], generated: forms, in: course) == [])
    }
}
