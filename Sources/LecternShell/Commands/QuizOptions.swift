import LecternCore

/// What `quiz …` and `exam …` ask for (`QuizCommand.options`), as the quiz screen draws it.
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
