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

    /// Reads `[lesson|actors|events] [--count N] [--kind K] [--seed S] [--confidence]`; a message when it can't.
    public static func parse(_ words: [String], course: Course, exam: Bool = false) -> Result<QuizOptions, QuizOptionsError> {
        var options = QuizOptions(scope: exam ? .exam : .mixed)
        var rest = words[...]
        var scopeWord: String?
        while let word = rest.popFirst() {
            if !word.hasPrefix("-") {
                if let scopeWord {
                    return .failure(QuizOptionsError("choose one of '\(TerminalText.safe(scopeWord))' and '\(TerminalText.safe(String(word.prefix(40))))'"))
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
            case "actors" where !exam:
                options.scope = .actors
            case "events" where !exam:
                options.scope = .events
            default:
                guard !exam, !word.hasPrefix("-"), let lesson = course.lesson(named: word) else {
                    let lessons = exam ? "" : ", a lesson number or id, 'actors' or 'events'"
                    return .failure(
                        QuizOptionsError(
                            "'\(TerminalText.safe(String(word.prefix(40))))' is not understood here; use --count N, --kind K, --seed S, --confidence\(lessons)"))
                }
                options.scope = .lesson(lesson.id)
            }
        }
        return .success(options)
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
