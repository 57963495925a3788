import LecternCore
import LecternShell
import LecternTestSupport
import Testing

/// The questions a `quiz …` or `exam …` command line will ask, drawn and presented the way the quiz screen does
/// (one seeded generator for the draw, then each question's shuffle), so tests know the answers without
/// hard-coding them.
struct DrawnQuiz {
    let course: Course
    let asked: [AskedQuestion]

    /// The quiz `command` (like `quiz --seed 4` or `exam --count 3 --seed 2`) would ask a learner with `progress`.
    init(
        _ command: String, course: Course, progress: InMemoryProgress = InMemoryProgress(), bank: QuestionBank? = nil
    ) throws {
        let words = command.split(separator: " ").map(String.init)
        let rest = Array(words.dropFirst())
        let options = words.first == "exam" ? try ExamCommand.parse(rest).options(scope: .exam) : try QuizCommand.options(rest, course: course)
        let seed = try #require(options.seed, "the command needs --seed")
        var generator = SplitMix64(seed: seed)
        let resolvedBank = bank ?? QuestionBank(course: course)
        let request = QuizRequest(
            scope: options.scope, count: options.count ?? options.scope.defaultCount, kind: options.kind,
            correctFacts: progress.correctFacts(in: resolvedBank))
        let questions = QuizPlanner.draw(request, from: resolvedBank, using: &generator)
        self.course = course
        self.asked = questions.map { AskedQuestion($0, using: &generator) }
    }

    /// The first seed from 1 for which `command + " --seed N"` draws a quiz whose first question passes `test`.
    static func seed(
        _ command: String = "quiz", course: Course, where test: (AskedQuestion) -> Bool,
        sourceLocation: Testing.SourceLocation = #_sourceLocation
    ) throws -> UInt64 {
        let bank = QuestionBank(course: course)
        for seed in UInt64(1)...400 {
            let quiz = try DrawnQuiz("\(command) --seed \(seed)", course: course, bank: bank)
            if let first = quiz.asked.first, test(first) { return seed }
        }
        Issue.record("no seed up to 400 draws such a first question", sourceLocation: sourceLocation)
        return 1
    }

    /// The first question.
    var first: AskedQuestion { asked[0] }

    /// A right response to the question at `index`.
    func right(_ index: Int) -> String {
        AnswerKey.rightResponse(to: asked[index], course: course)
    }

    /// The text of the question at `index` as the learner sees it (prompt, lines, instruction), one item a line.
    func shownText(_ index: Int) -> [String] {
        let shown = asked[index].presentation(course: course)
        return [shown.prompt] + shown.lines + [shown.instruction]
    }
}
