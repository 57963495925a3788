import Foundation

/// Everything the review log adds up to, kept as a cache so start-up reads one small file instead of the history.
///
/// It can always be rebuilt from the log: `apply(_:parameters:)` is the one replay function used both when an
/// answer is appended and when the log is replayed from scratch, so the two cannot drift apart.
public struct ProgressSnapshot: Sendable, Equatable, Codable {
    /// The snapshot schema version this Lectern writes and the newest it reads.
    public static let currentSchemaVersion = 1
    /// Lapses at which a question counts as a leech.
    public static let leechThreshold = 8

    /// One question's scheduling state and history summary.
    public struct Question: Sendable, Equatable, Codable {
        /// The FSRS memory state; `nil` until a rated answer.
        public var card: CardState?
        /// Rated answers (those that went through the scheduler).
        public var reviews: Int
        /// Times the question was forgotten after graduating (rated `again` while in review).
        public var lapses: Int
        /// The outcome of the latest answer.
        public var lastOutcome: ReviewRecord.Outcome?
        /// When the latest answer was given.
        public var lastAnsweredAt: Date?
        /// The content hash of the question as last asked.
        public var contentHash: String?
        /// Whether the question has lapsed `leechThreshold` times or more.
        public var isLeech: Bool
        /// When the question was first answered (skips included): the day it stopped being new. Missing in
        /// snapshots written before it was kept; the review queue then falls back on `reviews` and `lastAnsweredAt`.
        public var firstAnsweredAt: Date?

        /// A question never answered.
        public static let unseen = Question(
            card: nil, reviews: 0, lapses: 0, lastOutcome: nil, lastAnsweredAt: nil, contentHash: nil, isLeech: false)

        /// Creates a question state from its parts.
        public init(
            card: CardState?, reviews: Int, lapses: Int, lastOutcome: ReviewRecord.Outcome?, lastAnsweredAt: Date?,
            contentHash: String?, isLeech: Bool, firstAnsweredAt: Date? = nil
        ) {
            self.card = card
            self.reviews = reviews
            self.lapses = lapses
            self.lastOutcome = lastOutcome
            self.lastAnsweredAt = lastAnsweredAt
            self.contentHash = contentHash
            self.isLeech = isLeech
            self.firstAnsweredAt = firstAnsweredAt
        }
    }

    /// What the latest answer changed, kept so that an `undo` record can take it back exactly.
    public struct UndoPoint: Sendable, Equatable, Codable {
        /// The question answered.
        public var questionID: String
        /// When the answer was given.
        public var answeredAt: Date
        /// The question's state before the answer; nil when it had never been answered.
        public var previous: Question?
        /// What the answer added to the totals (and to its day's and its confidence's totals).
        public var counted: Totals
        /// The confidence the answer was given with, when asked.
        public var confidence: String?

        /// Creates an undo point.
        public init(questionID: String, answeredAt: Date, previous: Question?, counted: Totals, confidence: String?) {
            self.questionID = questionID
            self.answeredAt = answeredAt
            self.previous = previous
            self.counted = counted
            self.confidence = confidence
        }
    }

    /// The learner's settings.
    public struct Settings: Sendable, Equatable, Codable {
        /// The probability of recall FSRS aims for.
        public var desiredRetention: Double
        /// How many new questions a day the review queue introduces.
        public var dailyNewLimit: Int
        /// The weights fitted to the learner and their figures, from the latest `parameters` record; nil for the
        /// default weights (and in older snapshots).
        public var parameters: ProgressRecord.Parameters?

        /// The defaults: retention from the scheduler parameters (0.9 by default), 20 new questions a day, the
        /// default weights.
        public init(desiredRetention: Double = 0.9, dailyNewLimit: Int = 20, parameters: ProgressRecord.Parameters? = nil) {
            self.desiredRetention = desiredRetention
            self.dailyNewLimit = dailyNewLimit
            self.parameters = parameters
        }
    }

    /// Running totals over every answer.
    public struct Totals: Sendable, Equatable, Codable {
        /// Answers of any outcome, skipped included.
        public var answers: Int
        /// Answers judged correct.
        public var correct: Int
        /// Seconds spent answering (the sum of latencies).
        public var timeSpent: Double

        /// Creates totals from their parts.
        public init(answers: Int = 0, correct: Int = 0, timeSpent: Double = 0) {
            self.answers = answers
            self.correct = correct
            self.timeSpent = timeSpent
        }

        /// Counts one answer.
        mutating func add(_ review: ReviewRecord) {
            add(Totals(answers: 1, correct: review.outcome == .correct ? 1 : 0, timeSpent: review.latency))
        }

        /// Adds other totals.
        mutating func add(_ other: Totals) {
            answers += other.answers
            correct += other.correct
            timeSpent += other.timeSpent
        }

        /// Takes back totals added before (never below zero).
        mutating func remove(_ other: Totals) {
            answers = max(0, answers - other.answers)
            correct = max(0, correct - other.correct)
            timeSpent = max(0, timeSpent - other.timeSpent)
        }
    }

    /// The schema version of this snapshot.
    public var schemaVersion: Int
    /// The scheduler configuration the card states were computed with; another one means replaying the log.
    public var scheduler: String
    /// Per-question state, by question id.
    public var questions: [String: Question]
    /// Reading position and completion, by lesson id.
    public var lessons: [String: LessonPosition]
    /// Flags in the order they were raised.
    public var flags: [ProgressRecord.Flag]
    /// The learner's settings.
    public var settings: Settings
    /// Totals over every answer.
    public var totals: Totals
    /// Totals per UTC day of `answeredAt`, keyed `yyyy-MM-dd`: the activity calendar and accuracy over time.
    public var days: [String: Totals]
    /// Totals per confidence the learner gave before the reveal (`sure`, `unsure`, `guess`): calibration.
    public var confidence: [String: Totals]
    /// How much of the log this snapshot covers.
    public var logOffset: ReviewLog.Position
    /// The latest answer, for an `undo` record to take back; nil once taken back, and in older snapshots.
    public var undoable: UndoPoint?
    /// Answers the learner counted as right at their word (`override`), in order, for the course author to judge;
    /// nil until the first (and in older snapshots).
    public var overrides: [Override]?

    /// An answer graded wrong that the learner counted as right.
    public struct Override: Sendable, Equatable, Codable {
        /// The question.
        public var questionID: String
        /// What the learner answered.
        public var response: String
        /// When.
        public var answeredAt: Date

        /// Creates an override entry.
        public init(questionID: String, response: String, answeredAt: Date) {
            self.questionID = questionID
            self.response = response
            self.answeredAt = answeredAt
        }
    }

    /// The state before any record, for a scheduler configured with `parameters`.
    public init(parameters: FSRSParameters = .default) {
        schemaVersion = Self.currentSchemaVersion
        scheduler = Self.configuration(parameters)
        questions = [:]
        lessons = [:]
        flags = []
        settings = Settings(desiredRetention: parameters.desiredRetention)
        totals = Totals()
        days = [:]
        confidence = [:]
        logOffset = .start
        undoable = nil
    }

    /// The state after `records`, replayed from the start.
    public static func replaying(_ records: [ProgressRecord], parameters: FSRSParameters = .default) -> Self {
        var snapshot = ProgressSnapshot(parameters: parameters)
        for record in records {
            snapshot.apply(record, parameters: parameters)
        }
        return snapshot
    }

    /// Applies one record read from the log and moves `logOffset` past its line.
    public mutating func apply(_ entry: ReviewLog.Entry, parameters: FSRSParameters) {
        apply(entry.record, parameters: parameters)
        logOffset = entry.end
    }

    /// Applies one record: the only place a record changes state.
    ///
    /// Reviews go through FSRS with the record's own rating at its own time and the desired retention in force then;
    /// a record without a rating (skipped) counts in the totals but leaves the card as it was.
    public mutating func apply(_ record: ProgressRecord, parameters: FSRSParameters) {
        switch record {
        case let .review(review):
            let previous = questions[review.questionID]
            var question = previous ?? .unseen
            question.firstAnsweredAt = question.firstAnsweredAt ?? (previous == nil ? review.answeredAt : nil)
            if let rating = review.rating {
                let previous = question.card
                question.card = FSRSScheduler(parameters: effective(parameters)).review(
                    previous, rating: rating, at: review.answeredAt)
                question.reviews += 1
                if rating == .again, previous?.phase == .review {
                    question.lapses += 1
                }
            }
            question.isLeech = question.lapses >= Self.leechThreshold
            question.lastOutcome = review.outcome
            question.lastAnsweredAt = review.answeredAt
            question.contentHash = review.contentHash
            questions[review.questionID] = question
            let counted = Totals(answers: 1, correct: review.outcome == .correct ? 1 : 0, timeSpent: review.latency)
            totals.add(counted)
            days[UTCDay(review.answeredAt).description, default: Totals()].add(counted)
            if let stated = review.confidence {
                confidence[stated.rawValue, default: Totals()].add(counted)
            }
            if review.overridden {
                overrides = (overrides ?? []) + [
                    Override(questionID: review.questionID, response: review.response, answeredAt: review.answeredAt)
                ]
            }
            undoable = UndoPoint(
                questionID: review.questionID, answeredAt: review.answeredAt, previous: previous, counted: counted,
                confidence: review.confidence?.rawValue)
        case let .undo(undo):
            takeBack(undo)
        case let .reading(reading):
            lessons[reading.lessonID] = reading.position
        case let .flag(flag):
            flags.append(flag)
        case let .setting(setting):
            switch setting.name {
            case .desiredRetention: settings.desiredRetention = setting.value
            case .dailyNewLimit: settings.dailyNewLimit = Int(exactly: setting.value.rounded()) ?? settings.dailyNewLimit
            }
        case let .parameters(fitted):
            settings.parameters = fitted.weights == nil ? nil : fitted
        case .check:
            // A self-check schedules nothing: it is kept in the log, for the learner's own record.
            break
        }
    }

    /// Cancels the latest answer when `undo` names it: the question's state, the totals, its day's and its
    /// confidence's totals return to what they were before it. An undo naming any other answer changes nothing.
    private mutating func takeBack(_ undo: ProgressRecord.Undo) {
        guard let point = undoable, undo.names(questionID: point.questionID, answeredAt: point.answeredAt) else { return }
        questions[point.questionID] = point.previous
        totals.remove(point.counted)
        func removed(_ from: Totals?) -> Totals? {
            guard var from else { return nil }
            from.remove(point.counted)
            return from.answers == 0 ? nil : from
        }
        let day = UTCDay(point.answeredAt).description
        days[day] = removed(days[day])
        if let level = point.confidence { confidence[level] = removed(confidence[level]) }
        if let last = overrides?.last, last.questionID == point.questionID, last.answeredAt == point.answeredAt {
            overrides?.removeLast()
            if overrides?.isEmpty == true { overrides = nil }
        }
        undoable = nil
    }

    /// Why this snapshot cannot be the replay of the records its `logOffset` covers (a damaged or edited file), or
    /// `nil` when it can: every count must fit in those records, or adding the next answer could overflow it.
    public var replayProblem: String? {
        if let problem = logOffset.problem { return "field \"logOffset\" is impossible: \(problem)" }
        let records = logOffset.records
        func check(_ totals: Totals, _ field: String) -> String? {
            guard (0...records).contains(totals.answers), (0...totals.answers).contains(totals.correct) else {
                return "field \"\(field)\" counts \(totals.answers) answers, \(totals.correct) correct,"
                    + " in \(records) records"
            }
            return nil
        }
        if let problem = check(totals, "totals") { return problem }
        for (day, totals) in days { if let problem = check(totals, "days.\(day)") { return problem } }
        for (level, totals) in confidence { if let problem = check(totals, "confidence.\(level)") { return problem } }
        for (id, question) in questions
        where !(0...records).contains(question.reviews) || !(0...question.reviews).contains(question.lapses) {
            return "field \"questions.\(id)\" counts \(question.reviews) reviews, \(question.lapses) lapses,"
                + " in \(records) records"
        }
        if flags.count > records { return "field \"flags\" holds \(flags.count) flags in \(records) records" }
        if let count = overrides?.count, count > records {
            return "field \"overrides\" holds \(count) answers in \(records) records"
        }
        return nil
    }

    /// Whether the question's text changed since its last answer: the last hash seen differs from `currentHash`.
    public func changedSinceLastReview(questionID: String, currentHash: String) -> Bool {
        guard let seen = questions[questionID]?.contentHash else { return false }
        return seen != currentHash
    }

    /// The scheduler parameters with the learner's fitted weights and desired retention, or `parameters` if those
    /// are invalid.
    public func effective(_ parameters: FSRSParameters) -> FSRSParameters {
        let weights = settings.parameters?.weights ?? parameters.weights
        guard settings.desiredRetention != parameters.desiredRetention || weights != parameters.weights else {
            return parameters
        }
        return (try? FSRSParameters(
            weights: weights, desiredRetention: settings.desiredRetention,
            learningSteps: parameters.learningSteps, relearningSteps: parameters.relearningSteps,
            maximumInterval: parameters.maximumInterval)) ?? parameters
    }

    /// A text naming every parameter that changes card states, to notice a snapshot made with other ones.
    public static func configuration(_ parameters: FSRSParameters) -> String {
        func list(_ values: [Double]) -> String { values.map { "\($0)" }.joined(separator: ",") }
        return "fsrs-6 w=\(list(parameters.weights)) retention=\(parameters.desiredRetention)"
            + " learning=\(list(parameters.learningSteps)) relearning=\(list(parameters.relearningSteps))"
            + " maximumInterval=\(parameters.maximumInterval)"
    }
}
