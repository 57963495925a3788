/// What the shell should show after a line it passed to a quiz session.
public enum QuizStep: Sendable, Equatable {
    /// The line could not be used; show the message and ask again (nothing was counted).
    case reprompt(String)
    /// A hint for the current question.
    case hint(String)
    /// The paragraphs the current question cites.
    case source([Paragraph])
    /// The current question was flagged and the flag saved.
    case flagged(FlagRecord)
    /// The answer was read; ask "sure, unsure or guess?" before revealing the grade.
    case askConfidence
    /// The answer was graded and saved; the session has moved on. `finished` is set when that was the last question.
    case feedback(Feedback, finished: QuizSummary?)
    /// An exam answer was saved without feedback; the session has moved on. `finished` is set at the end.
    case answerSaved(finished: QuizSummary?)
    /// The previous answer was taken back (an undo record saved); its question is now asked again.
    case undone(QuestionResult)
    /// The previous answer was counted as right at the learner's word; the current question is asked as before
    /// (`finished` is set when the overruled answer's re-ask was all that was left).
    case overridden(QuestionResult, finished: QuizSummary?)
    /// Saving failed; the answer (or flag) is kept, and the next line tries again (`quit` ends keeping it).
    case recordingFailed(String)
    /// The session is over (by `quit`, or any line after the end).
    case finished(QuizSummary)
}

/// The reveal after an answer: the grade, the explanation and the passage of the article it comes from.
public struct Feedback: Sendable, Equatable {
    /// The result as it goes into the summary.
    public let result: QuestionResult
    /// 1-based position of the question just answered.
    public let position: Int
    /// Questions in the session.
    public let total: Int
    /// The answer as saved, when the session saved one.
    public let record: AnswerRecord?
    /// Whether the question will be asked again later in the session.
    public let willReask: Bool

    /// Creates feedback.
    public init(result: QuestionResult, position: Int, total: Int, record: AnswerRecord? = nil, willReask: Bool = false) {
        self.result = result
        self.position = position
        self.total = total
        self.record = record
        self.willReask = willReask
    }

    /// The grade.
    public var grade: Grade { result.grade }
    /// Why the answer is right.
    public var explanation: String { result.explanation }
    /// The sentence of the article the answer comes from.
    public var passage: Passage? { result.passage }
}

/// One question of a finished (or quit) session, as the summary and recap show it.
public struct QuestionResult: Sendable, Equatable, Codable {
    /// The question's id.
    public let questionID: String
    /// The question text.
    public let prompt: String
    /// The kind of question.
    public let kind: QuestionKind
    /// What the learner typed (empty for a skip).
    public let response: String
    /// The learner's answer in words: option texts instead of shown numbers.
    public let responseText: String
    /// The grade (outcome `skipped` for a skip).
    public let grade: Grade
    /// Why the answer is right.
    public let explanation: String
    /// The sentence of the article the answer comes from.
    public let passage: Passage?
    /// The paragraphs the question cites.
    public let paragraphIDs: [String]
    /// Hints taken.
    public let hintsUsed: Int
    /// The confidence given, when asked.
    public var confidence: Confidence?
    /// Seconds taken to answer.
    public let latency: Double
    /// Whether this answer was to a re-ask of a question missed earlier in the session.
    public let isRetry: Bool
    /// Whether the learner counted this answer, graded wrong, as right (`override`).
    public let isOverridden: Bool

    /// Creates a result.
    public init(
        questionID: String, prompt: String, kind: QuestionKind, response: String, responseText: String, grade: Grade,
        explanation: String, passage: Passage?, paragraphIDs: [String], hintsUsed: Int, confidence: Confidence?,
        latency: Double, isRetry: Bool = false, isOverridden: Bool = false
    ) {
        self.questionID = questionID
        self.prompt = prompt
        self.kind = kind
        self.response = response
        self.responseText = responseText
        self.grade = grade
        self.explanation = explanation
        self.passage = passage
        self.paragraphIDs = paragraphIDs
        self.hintsUsed = hintsUsed
        self.confidence = confidence
        self.latency = latency
        self.isRetry = isRetry
        self.isOverridden = isOverridden
    }

    /// The same answer with a new grade, counted as right at the learner's word.
    func overruled(_ grade: Grade) -> QuestionResult {
        QuestionResult(
            questionID: questionID, prompt: prompt, kind: kind, response: response, responseText: responseText,
            grade: grade, explanation: explanation, passage: passage, paragraphIDs: paragraphIDs, hintsUsed: hintsUsed,
            confidence: confidence, latency: latency, isRetry: isRetry, isOverridden: true)
    }
}
