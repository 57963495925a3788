import Foundation

/// One answer to one question, as the quiz session produced it: the unit of the review log.
///
/// The rating is decided by the caller when the answer is graded and stored here, so replaying the log never needs
/// the course. `answeredAt` is written as seconds since 1970; see `docs/progress-format.md` for exactness.
public struct ReviewRecord: Sendable, Equatable, Codable {
    /// How an answer was judged: the grader's outcome.
    public typealias Outcome = Grade.Outcome

    /// How sure the learner said they were before the answer was revealed.
    public typealias Confidence = LecternCore.Confidence

    /// Where an answer was given: an open set of names, so a new mode does not change the format.
    public struct Mode: RawRepresentable, Sendable, Hashable, Codable, CustomStringConvertible {
        /// The name written to the log.
        public let rawValue: String
        /// Creates a mode from its name.
        public init(rawValue: String) { self.rawValue = rawValue }
        /// A quiz chosen by the learner.
        public static let quiz = Mode(rawValue: "quiz")
        /// An exam: no hints, feedback at the end.
        public static let exam = Mode(rawValue: "exam")
        /// The spaced-review queue of due questions.
        public static let review = Mode(rawValue: "review")
        /// Questions asked inside a guided lesson.
        public static let lesson = Mode(rawValue: "lesson")
        /// The mode's name.
        public var description: String { rawValue }

        /// Decodes the mode from a JSON string.
        public init(from decoder: any Decoder) throws {
            rawValue = try decoder.singleValueContainer().decode(String.self)
        }

        /// Encodes the mode as a JSON string.
        public func encode(to encoder: any Encoder) throws {
            var container = encoder.singleValueContainer()
            try container.encode(rawValue)
        }
    }

    /// The question's stable id from the course.
    public var questionID: String
    /// The caller's hash of the question as it was asked, to notice edits later.
    public var contentHash: String
    /// When the answer was given.
    public var answeredAt: Date
    /// The question kind's name (`QuestionKind.rawValue`).
    public var kind: String
    /// What the learner answered, as text.
    public var response: String
    /// How the answer was judged.
    public var outcome: Outcome
    /// The share of the marks earned, from 0 to 1.
    public var credit: Double
    /// The FSRS rating the caller derived, or `nil` when the answer does not schedule the card (skipped).
    public var rating: Rating?
    /// How many hints were shown before answering.
    public var hintsUsed: Int
    /// Seconds from showing the question to the answer.
    public var latency: Double
    /// The learner's stated confidence, when asked.
    public var confidence: Confidence?
    /// Where the answer was given.
    public var mode: Mode
    /// Whether the learner said "I was right" (`override`) about an answer graded wrong: this record counts it as
    /// right, and an `undo` line before it cancels the answer as graded. Missing (version 1) reads as false.
    public var overridden: Bool
    /// Whether the learner read the question's source paragraphs before answering (help, like a hint).
    /// Missing (version 1) reads as false.
    public var sourceShown: Bool
    /// The text of each option picked, in the order shown (choice, select-all, true/false, who-said), for the class
    /// report's option counts; nil for other kinds and in lines written before it was kept.
    public var chosen: [String]?
    /// The exam form the answer belongs to (the exam's seed), for the class report's reliability per form; nil
    /// outside exams and in lines written before it was kept.
    public var form: String?

    /// Creates a record from its parts.
    public init(
        questionID: String, contentHash: String, answeredAt: Date, kind: String, response: String,
        outcome: Outcome, credit: Double, rating: Rating?, hintsUsed: Int = 0, latency: Double,
        confidence: Confidence? = nil, mode: Mode = .quiz, overridden: Bool = false, sourceShown: Bool = false,
        chosen: [String]? = nil, form: String? = nil
    ) {
        self.questionID = questionID
        self.contentHash = contentHash
        self.answeredAt = answeredAt
        self.kind = kind
        self.response = response
        self.outcome = outcome
        self.credit = credit
        self.rating = rating
        self.hintsUsed = hintsUsed
        self.latency = latency
        self.confidence = confidence
        self.mode = mode
        self.overridden = overridden
        self.sourceShown = sourceShown
        self.chosen = chosen
        self.form = form
    }

    /// Why this record cannot be stored, or `nil` when it can.
    public var problem: String? {
        if questionID.isEmpty { return "questionID is empty" }
        if !(credit.isFinite && (0...1).contains(credit)) { return "credit \(credit) is not between 0 and 1" }
        if !(latency.isFinite && (0...Self.maximumLatency).contains(latency)) {
            return "latency \(latency) is not a number of seconds from 0 to \(Int(Self.maximumLatency))"
        }
        if hintsUsed < 0 { return "hintsUsed \(hintsUsed) is negative" }
        if let problem = ProgressRecord.dateProblem(answeredAt, field: "answeredAt") { return problem }
        return nil
    }

    /// The longest time an answer may have taken, in seconds (about 31 years): a bound that keeps totals finite.
    public static let maximumLatency: Double = 1e9

    private enum CodingKeys: String, CodingKey {
        case questionID, contentHash, answeredAt, kind, response, outcome, credit, rating, hintsUsed, latency
        case confidence, mode, overridden, sourceShown, chosen, form
    }

    /// Decodes a record; `overridden` and `sourceShown` may be missing (lines written before version 2), `chosen`
    /// and `form` too (lines written before they were kept).
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        questionID = try container.decode(String.self, forKey: .questionID)
        contentHash = try container.decode(String.self, forKey: .contentHash)
        answeredAt = try container.decode(Date.self, forKey: .answeredAt)
        kind = try container.decode(String.self, forKey: .kind)
        response = try container.decode(String.self, forKey: .response)
        outcome = try container.decode(Outcome.self, forKey: .outcome)
        credit = try container.decode(Double.self, forKey: .credit)
        rating = try container.decodeIfPresent(Rating.self, forKey: .rating)
        hintsUsed = try container.decode(Int.self, forKey: .hintsUsed)
        latency = try container.decode(Double.self, forKey: .latency)
        confidence = try container.decodeIfPresent(Confidence.self, forKey: .confidence)
        mode = try container.decode(Mode.self, forKey: .mode)
        overridden = try container.decodeIfPresent(Bool.self, forKey: .overridden) ?? false
        sourceShown = try container.decodeIfPresent(Bool.self, forKey: .sourceShown) ?? false
        chosen = try container.decodeIfPresent([String].self, forKey: .chosen)
        form = try container.decodeIfPresent(String.self, forKey: .form)
    }

    /// Encodes every field, writing `null` for a missing rating or confidence so each line shows the whole shape;
    /// `chosen` and `form` only when present, so a line without them is the line older Lecterns wrote.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(questionID, forKey: .questionID)
        try container.encode(contentHash, forKey: .contentHash)
        try container.encode(answeredAt, forKey: .answeredAt)
        try container.encode(kind, forKey: .kind)
        try container.encode(response, forKey: .response)
        try container.encode(outcome, forKey: .outcome)
        try container.encode(credit, forKey: .credit)
        try container.encode(rating, forKey: .rating)
        try container.encode(hintsUsed, forKey: .hintsUsed)
        try container.encode(latency, forKey: .latency)
        try container.encode(confidence, forKey: .confidence)
        try container.encode(mode, forKey: .mode)
        try container.encode(overridden, forKey: .overridden)
        try container.encode(sourceShown, forKey: .sourceShown)
        try container.encodeIfPresent(chosen, forKey: .chosen)
        try container.encodeIfPresent(form, forKey: .form)
    }
}
