import Foundation

/// One answer (or skip) as it is stored: what was asked, what was typed, how it was graded and when.
public struct AnswerRecord: Sendable, Equatable, Codable {
    /// The question's stable id.
    public let questionID: String
    /// The fact the question tests.
    public let factID: String
    /// The kind of question.
    public let kind: QuestionKind
    /// What the learner typed, as typed; empty for a skip.
    public let response: String
    /// The verdict (`skipped` for a skip).
    public let outcome: Grade.Outcome
    /// The credit earned, 0...1.
    public let credit: Double
    /// Hints taken before answering.
    public let hintsUsed: Int
    /// The confidence given, when it was asked.
    public var confidence: Confidence?
    /// When the question was shown.
    public let askedAt: Date
    /// When the answer was typed.
    public let answeredAt: Date
    /// Seconds from showing to answering.
    public let latency: Double
    /// The session's mode label.
    public let mode: String
    /// Whether the learner read the question's source paragraphs before answering (help, like a hint).
    public let sourceShown: Bool
    /// Whether the learner counted the answer, graded wrong, as right (`override`).
    public let overridden: Bool
    /// The text of each option picked (choice, select-all, true/false, who-said); nil for other kinds and skips.
    public let chosen: [String]?
    /// The exam form (the exam's seed) when the answer was given in an exam; nil otherwise.
    public let form: String?
    /// Whether the learner had seen the right answer before answering: the question is asked again after `undo`
    /// took back an answer whose feedback showed the key (help, like a hint). Not a log field: the `undo` line
    /// just before the answer says so, and the stored rating carries it.
    public let answerShown: Bool

    /// Creates a record.
    public init(
        questionID: String, factID: String, kind: QuestionKind, response: String, outcome: Grade.Outcome,
        credit: Double, hintsUsed: Int, confidence: Confidence?, askedAt: Date, answeredAt: Date, mode: String,
        sourceShown: Bool = false, overridden: Bool = false, chosen: [String]? = nil, form: String? = nil,
        answerShown: Bool = false
    ) {
        self.questionID = questionID
        self.factID = factID
        self.kind = kind
        self.response = response
        self.outcome = outcome
        self.credit = credit
        self.hintsUsed = hintsUsed
        self.confidence = confidence
        self.askedAt = askedAt
        self.answeredAt = answeredAt
        self.latency = max(0, answeredAt.timeIntervalSince(askedAt))
        self.mode = mode
        self.sourceShown = sourceShown
        self.overridden = overridden
        self.chosen = chosen
        self.form = form
        self.answerShown = answerShown
    }

    /// The same answer counted as fully right at the learner's word (`override`).
    func overruled() -> AnswerRecord {
        AnswerRecord(
            questionID: questionID, factID: factID, kind: kind, response: response, outcome: .correct, credit: 1,
            hintsUsed: hintsUsed, confidence: confidence, askedAt: askedAt, answeredAt: answeredAt, mode: mode,
            sourceShown: sourceShown, overridden: true, chosen: chosen, form: form, answerShown: answerShown)
    }
}

/// A learner's note that a question looks wrong, made in the middle of a quiz.
public struct FlagRecord: Sendable, Equatable, Codable {
    /// The question flagged.
    public let questionID: String
    /// What the learner wrote after `flag` (may be empty).
    public let note: String
    /// When.
    public let flaggedAt: Date
    /// The session's mode label.
    public let mode: String

    /// Creates a flag.
    public init(questionID: String, note: String, flaggedAt: Date, mode: String) {
        self.questionID = questionID
        self.note = note
        self.flaggedAt = flaggedAt
        self.mode = mode
    }
}
