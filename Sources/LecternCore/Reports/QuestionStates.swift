import Foundation

/// Where every question stands for one learner at one moment: the scheduler's view, per question.
public struct QuestionStates: Sendable, Codable, Equatable {
    /// One question's state.
    public struct Row: Sendable, Codable, Equatable {
        /// The question's id.
        public let id: String
        /// Its kind.
        public let kind: String
        /// The lesson it belongs to.
        public let lesson: String?
        /// The paragraphs it cites.
        public let paragraphs: [String]
        /// `new`, `learning`, `review` or `relearning`.
        public let state: String
        /// FSRS stability in days, once reviewed.
        public let stability: Double?
        /// FSRS difficulty (1-10), once reviewed.
        public let difficulty: Double?
        /// Probability of recall now, once reviewed.
        public let retrievability: Double?
        /// When it is next due, once reviewed.
        public let due: Date?
        /// Answers given (skips included).
        public let reviews: Int
        /// Times forgotten after being learnt.
        public let lapses: Int
        /// Lapsed 8 times or more.
        public let isLeech: Bool
        /// Edited since the learner last answered it.
        public let isChanged: Bool
    }

    /// The moment the states are computed for.
    public let now: Date
    /// The learner's desired retention.
    public let desiredRetention: Double
    /// Every question of the bank, in bank order.
    public let questions: [Row]

    /// The states of every question of `bank` in `snapshot` at `now`.
    public init(bank: QuestionBank, snapshot: ProgressSnapshot, now: Date, parameters: FSRSParameters = .default) {
        let scheduler = FSRSScheduler(parameters: snapshot.effective(parameters))
        self.now = now
        self.desiredRetention = snapshot.settings.desiredRetention
        self.questions = bank.questions.map { question in
            let state = snapshot.questions[question.id]
            let card = state?.card
            return Row(
                id: question.id, kind: question.kind.rawValue, lesson: question.lessonID, paragraphs: question.paragraphIDs,
                state: card?.phase.rawValue ?? "new", stability: card?.stability, difficulty: card?.difficulty,
                retrievability: card.map { scheduler.retrievability($0, at: now) }, due: card?.due,
                reviews: state?.reviews ?? 0, lapses: state?.lapses ?? 0, isLeech: state?.isLeech ?? false,
                isChanged: snapshot.changedSinceLastReview(questionID: question.id, currentHash: question.contentHash))
        }
    }

    /// Pretty JSON with sorted keys and ISO 8601 dates.
    public func jsonData() throws -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys]
        encoder.dateEncodingStrategy = .iso8601
        return try encoder.encode(self)
    }
}
