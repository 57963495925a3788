import LecternCore

/// What `quiz …` and `exam …` ask for, read from the words after the command; the command line builds the same.
public struct QuizOptions: Sendable, Equatable {
    /// Where the questions come from.
    public var scope: QuizScope = .mixed
    /// How many questions; nil for the scope's default.
    public var count: Int?
    /// Only this kind of question.
    public var kind: QuestionKind?
    /// A seed for a reproducible draw and option order.
    public var seed: UInt64?
    /// Ask "sure / unsure / guess" before each reveal.
    public var asksConfidence = false
    /// Ask exactly this question (authored or generated), so an author can try one; nil to draw.
    public var questionID: String?

    /// Creates options.
    public init(
        scope: QuizScope = .mixed, count: Int? = nil, kind: QuestionKind? = nil, seed: UInt64? = nil,
        asksConfidence: Bool = false
    ) {
        self.scope = scope
        self.count = count
        self.kind = kind
        self.seed = seed
        self.asksConfidence = asksConfidence
    }

    /// Reads `[lesson|actors|events] [--count N] [--kind K] [--seed S] [--confidence] [--question ID]`; a message
    /// when it can't. `--question` must name a question of the course's bank.
    public static func parse(_ words: [String], course: Course, exam: Bool = false) -> Result<QuizOptions, QuizOptionsError> {
        var options = QuizOptions(scope: exam ? .exam : .mixed)
        var rest = words[...]
        var scopeWord: String?
        while let word = rest.popFirst() {
            if !word.hasPrefix("-") {
                if let scopeWord {
                    return .failure(QuizOptionsError("choose one of '\(scopeWord)' and '\(String(word.prefix(40)))'"))
                }
                scopeWord = word
            }
            func value() -> String? { rest.popFirst() }
            switch word.lowercased() {
            case "--count", "-n":
                guard let text = value(), let count = Int(text), (1...500).contains(count) else {
                    return .failure(QuizOptionsError("--count needs a number from 1 to 500"))
                }
                options.count = count
            case "--kind", "-k":
                let kinds = QuestionKind.allCases.map(\.rawValue)
                guard let text = value(), let kind = QuestionKind(rawValue: text.lowercased()) else {
                    return .failure(QuizOptionsError("--kind needs one of: \(kinds.joined(separator: ", "))"))
                }
                options.kind = kind
            case "--seed":
                guard let text = value(), let seed = UInt64(text) else {
                    return .failure(QuizOptionsError("--seed needs a whole number, like --seed 7"))
                }
                options.seed = seed
            case "--confidence":
                options.asksConfidence = true
            case "--question" where !exam:
                guard let text = value(), !text.isEmpty else {
                    return .failure(QuizOptionsError("--question needs a question id; 'questions' lists them"))
                }
                let bank = course.questions + course.generatedQuestions
                guard bank.contains(where: { $0.id == text }) else {
                    return .failure(QuizOptionsError(unknownQuestion(text, among: bank.map(\.id))))
                }
                options.questionID = text
            case "actors" where !exam:
                options.scope = .actors
            case "events" where !exam:
                options.scope = .events
            default:
                guard !exam, !word.hasPrefix("-"), let lesson = course.lesson(named: word) else {
                    let lessons = exam ? "" : ", --question ID, a lesson number or id, 'actors' or 'events'"
                    return .failure(
                        QuizOptionsError(
                            "'\(String(word.prefix(40)))' is not understood here; use --count N, --kind K, --seed S, --confidence\(lessons)"))
                }
                options.scope = .lesson(lesson.id)
            }
        }
        return .success(options)
    }

    /// "no question 'x' in this course; close ids: a, b" for an unknown `--question` id.
    static func unknownQuestion(_ id: String, among ids: [String]) -> String {
        let wanted = id.lowercased()
        let limit = max(2, wanted.count / 4)
        let close = ids.map { (id: $0, distance: AnswerText.distance(wanted, $0.lowercased())) }
            .filter { $0.distance <= limit || (wanted.count >= 3 && $0.id.contains(wanted)) }
            .sorted { ($0.distance, $0.id) < ($1.distance, $1.id) }
            .prefix(5).map(\.id)
        let shown = String(id.prefix(80))
        let hint = close.isEmpty ? "'questions' lists every id" : "close ids: " + close.joined(separator: ", ")
        return "no question '\(shown)' in this course; \(hint)"
    }
}

/// Options for a quiz that cannot be used, with the reason.
public struct QuizOptionsError: Error, Sendable, Equatable, CustomStringConvertible {
    /// What is wrong, for the learner.
    public let description: String

    /// Creates the error.
    public init(_ description: String) {
        self.description = description
    }
}
