import LecternCore
import LecternShell
import LecternTestSupport
import Testing

/// How the words after `quiz` and `exam` are read (swift-argument-parser, as on the command line), on the bundled
/// course (nine lessons).
@Suite(.removingTemporaryFolders) struct QuizOptionsTests {
    /// One row of the table: the words typed, whether after `exam`, and the options or the error expected.
    struct Row: Sendable, CustomTestStringConvertible {
        let words: String
        let isExam: Bool
        /// The options, or a part of the one-line error.
        let expected: Result<QuizOptions, QuizOptionsError>

        init(_ words: String, exam: Bool = false, _ options: QuizOptions) {
            self.words = words
            self.isExam = exam
            self.expected = .success(options)
        }

        init(_ words: String, exam: Bool = false, error: String) {
            self.words = words
            self.isExam = exam
            self.expected = .failure(QuizOptionsError(error))
        }

        var testDescription: String { "\(isExam ? "exam" : "quiz") \(words)" }
    }

    static let notUnderstood = "is not understood here; use --count N, --kind K, --seed S, --confidence"
    static let lessonsToo = ", --question ID, a lesson number or id, 'actors' or 'events'"
    static let kinds = "the kinds are choice, multi, truefalse, typed, number, order, match, cloze, who-said"

    static let valid: [Row] = [
        Row("", QuizOptions()),
        Row("3", QuizOptions(scope: .lesson("axis-of-evil"))),
        Row("1", QuizOptions(scope: .lesson("the-news-and-the-argument"))),
        Row("9", QuizOptions(scope: .lesson("chaos-and-common-ground"))),
        Row("axis-of-evil", QuizOptions(scope: .lesson("axis-of-evil"))),
        Row("Axis-Of-Evil", QuizOptions(scope: .lesson("axis-of-evil"))),
        Row("actors", QuizOptions(scope: .actors)),
        Row("EVENTS", QuizOptions(scope: .events)),
        Row("--count 5", QuizOptions(count: 5)),
        Row("-n 1", QuizOptions(count: 1)),
        Row("--count 500", QuizOptions(count: 500)),
        Row("--kind typed", QuizOptions(kind: .typed)),
        Row("-k who-said", QuizOptions(kind: .whoSaid)),
        Row("--kind TrueFalse", QuizOptions(kind: .trueFalse)),
        Row("--seed 7", QuizOptions(seed: 7)),
        Row("--seed 18446744073709551615", QuizOptions(seed: UInt64.max)),
        Row("--confidence", QuizOptions(asksConfidence: true)),
        Row(
            "2 --count 4 --kind cloze --seed 0 --confidence",
            QuizOptions(scope: .lesson("a-common-enemy"), count: 4, kind: .cloze, seed: 0, asksConfidence: true)),
        Row("--seed 3 events --count 2", QuizOptions(scope: .events, count: 2, seed: 3)),
        Row("-c 2 -k typed", QuizOptions(count: 2, kind: .typed)),
        Row("", exam: true, QuizOptions(scope: .exam)),
        Row("--count 3 --seed 2 --confidence", exam: true, QuizOptions(scope: .exam, count: 3, seed: 2, asksConfidence: true)),
        Row("--kind order", exam: true, QuizOptions(scope: .exam, kind: .order)),
        Row("--question gen.role-actor.karzai.typed", question("gen.role-actor.karzai.typed")),
        Row("--question gen.who-said.cheney-evil.typed --seed 4", question("gen.who-said.cheney-evil.typed", seed: 4)),
    ]

    /// Options asking exactly one question.
    static func question(_ id: String, seed: UInt64? = nil) -> QuizOptions {
        var options = QuizOptions(seed: seed)
        options.questionID = id
        return options
    }

    // Option names are exact, as on the command line (before, the prompt's own parser also took `--SEED`).
    static let invalid: [Row] = [
        Row("--count", error: "Missing value for '--count <count>'"),
        Row("--count 0", error: "--count needs a number from 1 to 500"),
        Row("--count 501", error: "--count needs a number from 1 to 500"),
        Row("--count -5", error: "--count needs a number from 1 to 500"),
        Row("--count ten", error: "The value 'ten' is invalid for '--count <count>'"),
        Row("--count 0", exam: true, error: "--count needs a number from 1 to 500"),
        Row("--kind essay", error: "The value 'essay' is invalid for '--kind <kind>': \(kinds)"),
        Row("-k", error: "Missing value for '-k <kind>'"),
        Row("--seed", error: "Missing value for '--seed <seed>'"),
        Row("--seed -1", error: "The value '-1' is invalid for '--seed <seed>'"),
        Row("--seed 1.5", error: "The value '1.5' is invalid for '--seed <seed>'"),
        Row("--seed --confidence", error: "The value '--confidence' is invalid for '--seed <seed>'"),
        Row("--SEED 3", error: "Unknown option '--SEED'"),
        Row("nonsense", error: "'nonsense' \(notUnderstood)\(lessonsToo)"),
        Row("0", error: "'0' \(notUnderstood)\(lessonsToo)"),
        Row("10", error: "'10' \(notUnderstood)\(lessonsToo)"),
        Row("--bogus", error: "Unknown option '--bogus'"),
        Row(String(repeating: "x", count: 60), error: "'\(String(repeating: "x", count: 40))' \(notUnderstood)\(lessonsToo)"),
        Row("3", exam: true, error: "Unexpected argument '3'"),
        Row("actors", exam: true, error: "Unexpected argument 'actors'"),
        Row("events", exam: true, error: "Unexpected argument 'events'"),
        Row("3 actors", error: "Unexpected argument 'actors'"),
        Row("events --count 2 1", error: "Unexpected argument '1'"),
        Row("--question", error: "Missing value for '--question <id>'"),
        Row("--question zzzz-nothing-like-it", error: "no question 'zzzz-nothing-like-it' in this course; 'questions' lists every id"),
        Row("--question gen.role-actor.karzai.typed", exam: true, error: "Unknown option '--question'"),
    ]

    /// The options the words give after `quiz` (or `exam`), or the error's message.
    static func parse(_ words: [String], course: Course, exam: Bool = false) -> Result<QuizOptions, QuizOptionsError> {
        do {
            let options = exam ? try ExamCommand.parse(words).options(scope: .exam) : try QuizCommand.options(words, course: course)
            return .success(options)
        } catch {
            return .failure(QuizOptionsError(error.message))
        }
    }

    @Test(arguments: valid + invalid)
    func wordsAreReadIntoOptionsOrAOneLineError(row: Row) throws {
        let course = try BundledCourse.course()
        let words = row.words.split(separator: " ").map(String.init)
        let parsed = Self.parse(words, course: course, exam: row.isExam)
        switch (parsed, row.expected) {
        case let (.failure(error), .failure(expected)):
            #expect(error.description.hasPrefix(expected.description), "\(error)")
            #expect(!error.description.contains("\n"))
        default:
            #expect(parsed == row.expected)
        }
    }

    @Test func everyKindCanBeAskedForByItsName() throws {
        let course = try BundledCourse.course()
        for kind in QuestionKind.allCases {
            #expect(Self.parse(["--kind", kind.rawValue], course: course) == .success(QuizOptions(kind: kind)))
        }
    }

    @Test func everyLessonCanBeAskedForByNumberAndById() throws {
        let course = try BundledCourse.course()
        for (index, lesson) in course.lessons.enumerated() {
            let expected = Result<QuizOptions, QuizOptionsError>.success(QuizOptions(scope: .lesson(lesson.id)))
            #expect(Self.parse([String(index + 1)], course: course) == expected)
            #expect(Self.parse([lesson.id], course: course) == expected)
        }
    }

    @Test func anUnknownQuestionIdNamesTheClosestIdsFirst() throws {
        let course = try BundledCourse.course()
        let parsed = Self.parse(["--question", "gen.role-actor.karzia.typed"], course: course)
        guard case .failure(let error) = parsed else {
            Issue.record("a mistyped id was accepted: \(parsed)")
            return
        }
        #expect(error.description.hasPrefix("no question 'gen.role-actor.karzia.typed' in this course; close ids: gen.role-actor.karzai.typed"))
        #expect(error.description.split(separator: ",").count <= 5)
    }
}
