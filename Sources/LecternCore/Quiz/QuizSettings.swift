/// How a quiz session runs.
public struct QuizSettings: Sendable, Equatable, Codable {
    /// Ask "sure / unsure / guess" after each answer, before revealing the grade.
    public var askConfidence: Bool
    /// Hold all feedback until the end (an exam); each answer is only acknowledged.
    public var feedbackAtEnd: Bool
    /// A label stored with every record ("quiz", "review", "exam", "lesson").
    public var mode: String
    /// Ask a question answered wrong again later in the session, until it is answered right or skipped.
    public var reasksMisses: Bool
    /// The exam form stored with every answer (the exam's seed), so the class report can group the answers of
    /// one form; nil outside exams.
    public var form: String?

    /// Creates settings; by default feedback follows each answer, confidence is not asked, and missed questions
    /// come back later in the session unless feedback waits for the end (an exam).
    public init(
        askConfidence: Bool = false, feedbackAtEnd: Bool = false, mode: String = "quiz", reasksMisses: Bool? = nil,
        form: String? = nil
    ) {
        self.askConfidence = askConfidence
        self.feedbackAtEnd = feedbackAtEnd
        self.mode = mode
        self.reasksMisses = reasksMisses ?? !feedbackAtEnd
        self.form = form
    }
}

/// How sure a learner said they were of an answer, before seeing the grade.
public enum Confidence: String, Sendable, Equatable, Codable, CaseIterable {
    /// Sure it is right.
    case sure
    /// Thinks so, but not sure.
    case unsure
    /// A guess.
    case guess

    /// Reads `sure`/`unsure`/`guess`, `s`/`u`/`g` or `1`/`2`/`3`, in any case; nil for anything else.
    public init?(reply: String) {
        switch reply.trimmingCharacters(in: .whitespaces).lowercased() {
        case "sure", "s", "1": self = .sure
        case "unsure", "u", "2": self = .unsure
        case "guess", "g", "3": self = .guess
        default: return nil
        }
    }
}
