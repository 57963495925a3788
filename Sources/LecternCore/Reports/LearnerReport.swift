import Foundation

/// One learner's progress report at one moment: a value built from the course, the question bank and the learner's
/// snapshot, and rendered separately as text, Markdown, CSV, HTML or JSON (`docs/report-format.md`).
///
/// Days are UTC days, like the snapshot's per-day totals, so the same files and `now` always give the same report.
public struct LearnerReport: Sendable, Equatable, Codable {
    /// The report format version written in JSON.
    public static let formatVersion = 1
    /// How many weeks the activity calendar and the accuracy sparkline cover.
    public static let activityWeeks = 12
    /// How many questions the weakest list shows.
    public static let weakestCount = 10

    /// The article the course teaches.
    public struct CourseInfo: Sendable, Equatable, Codable {
        /// The article's title.
        public let title: String
        /// Its author.
        public let author: String
        /// Its year.
        public let year: Int
    }

    /// Counts over the whole bank.
    public struct Overall: Sendable, Equatable, Codable {
        /// Questions in the bank.
        public let questions: Int
        /// Questions answered at least once.
        public let seen: Int
        /// Questions mastered (see `Mastery`).
        public let mastered: Int
        /// `mastered / questions` (0 for an empty bank).
        public let mastery: Double
        /// Answers ever given, skips included.
        public let answers: Int
        /// Answers judged correct.
        public let correct: Int
        /// `correct / answers`, nil before the first answer.
        public let accuracy: Double?
    }

    /// The mean FSRS retrievability of every question with a memory state, now and later if nothing is reviewed.
    public struct RecallForecast: Sendable, Equatable, Codable {
        /// Questions with a memory state (rated at least once): the ones averaged.
        public let questions: Int
        /// Expected recall now; nil when no question has a memory state.
        public let now: Double?
        /// Expected recall in 7 days.
        public let in7Days: Double?
        /// Expected recall in 30 days.
        public let in30Days: Double?
    }

    /// Mastery of one group of questions: a lesson, an actor, an event or a paragraph of the article.
    public struct Group: Sendable, Equatable, Codable {
        /// The lesson, actor, event or paragraph id.
        public let id: String
        /// What a reader sees: a lesson or event title, an actor's name, a paragraph id.
        public let title: String
        /// A lesson's reading state (`not started`, `in progress at section 2 of 3`, `done`), an event's date, or a
        /// paragraph's opening words.
        public let detail: String?
        /// Questions in the group.
        public let questions: Int
        /// Of those, answered at least once.
        public let seen: Int
        /// Of those, mastered.
        public let mastered: Int
        /// `mastered / questions`; nil for a group without questions.
        public let share: Double?
    }

    /// Questions coming due on one UTC day.
    public struct DueDay: Sendable, Equatable, Codable {
        /// `yyyy-MM-dd`.
        public let date: String
        /// Questions whose due time falls on that day.
        public let due: Int
    }

    /// What the review queue holds now and in the coming week.
    public struct Schedule: Sendable, Equatable, Codable {
        /// Questions due at `now` (overdue included), as `review` counts them: one form per fact.
        public let dueNow: Int
        /// Questions due by the end of today (UTC), overdue included.
        public let dueToday: Int
        /// Questions coming due on each of the next 7 days.
        public let nextDays: [DueDay]
        /// Questions never answered.
        public let newLeft: Int
        /// New questions `review` still introduces today (the daily limit minus those already started today).
        public let newToday: Int
    }

    /// One UTC day of activity.
    public struct Day: Sendable, Equatable, Codable {
        /// `yyyy-MM-dd`.
        public let date: String
        /// Answers given that day.
        public let answers: Int
        /// Of those, correct.
        public let correct: Int
        /// Seconds spent answering.
        public let seconds: Double
    }

    /// Accuracy over one week of the activity window.
    public struct Week: Sendable, Equatable, Codable {
        /// The Monday that starts the week, `yyyy-MM-dd`.
        public let start: String
        /// Answers that week.
        public let answers: Int
        /// Of those, correct.
        public let correct: Int
        /// `correct / answers`; nil for a week without answers.
        public let accuracy: Double?
    }

    /// Answers per day, streaks and time.
    public struct Activity: Sendable, Equatable, Codable {
        /// Every day of the calendar, oldest first: from the Monday 11 weeks before this week's to today.
        public let days: [Day]
        /// The same window as weeks, oldest first, for accuracy over time.
        public let weeks: [Week]
        /// Consecutive days with answers, ending today (or yesterday when today has none yet).
        public let currentStreak: Int
        /// The longest run of consecutive days with answers, ever.
        public let longestStreak: Int
        /// Days with at least one answer, ever.
        public let activeDays: Int
        /// Seconds spent answering, ever.
        public let timeSpent: Double
        /// The last answer's time; nil before the first.
        public let lastAnswer: Date?
    }

    /// A question named in a list (weakest, leeches, changed), with where it comes from.
    public struct QuestionRef: Sendable, Equatable, Codable {
        /// The question's id.
        public let id: String
        /// Its prompt.
        public let prompt: String
        /// Its lesson id.
        public let lesson: String?
        /// The paragraphs of the article it cites.
        public let paragraphs: [String]
        /// Probability of recall now; nil before a rated answer.
        public let retrievability: Double?
        /// Rated answers.
        public let reviews: Int
        /// Times forgotten after being learnt.
        public let lapses: Int
        /// The last answer's outcome.
        public let lastOutcome: String?
    }

    /// Accuracy at one stated confidence.
    public struct Calibration: Sendable, Equatable, Codable {
        /// `sure`, `unsure` or `guess`.
        public let confidence: String
        /// Answers given at that confidence.
        public let answers: Int
        /// Of those, correct.
        public let correct: Int
        /// `correct / answers`.
        public let accuracy: Double
    }

    /// Where one question stands: what JSON and CSV list per question.
    public struct QuestionRow: Sendable, Equatable, Codable {
        /// The question's id.
        public let id: String
        /// Its kind.
        public let kind: String
        /// Its lesson id.
        public let lesson: String?
        /// The paragraphs it cites.
        public let paragraphs: [String]
        /// `new`, `learning`, `review` or `relearning`.
        public let state: String
        /// FSRS stability in days.
        public let stability: Double?
        /// FSRS difficulty, 1 to 10.
        public let difficulty: Double?
        /// Probability of recall now.
        public let retrievability: Double?
        /// When it is next due.
        public let due: Date?
        /// Rated answers.
        public let reviews: Int
        /// Times forgotten after being learnt.
        public let lapses: Int
        /// The last answer's outcome.
        public let lastOutcome: String?
        /// When it was last answered.
        public let lastAnsweredAt: Date?
        /// Whether it counts as mastered.
        public let isMastered: Bool
        /// Lapsed 8 times or more.
        public let isLeech: Bool
        /// Edited since the learner last answered it.
        public let isChanged: Bool
    }

    /// The report format version.
    public var reportVersion = LearnerReport.formatVersion
    /// Whose progress this is, when known.
    public let learner: String?
    /// The moment the report describes.
    public let generatedAt: Date
    /// The article.
    public let course: CourseInfo
    /// The learner's desired retention.
    public let desiredRetention: Double
    /// Counts over the bank.
    public let overall: Overall
    /// Expected recall now, in 7 and in 30 days.
    public let recall: RecallForecast
    /// Mastery per lesson, in course order, with the reading state as `detail`.
    public let lessons: [Group]
    /// Mastery per actor with questions, in course order.
    public let actors: [Group]
    /// Mastery per event with questions, in date order, with the date as `detail`.
    public let events: [Group]
    /// Mastery per paragraph of the article, in article order.
    public let paragraphs: [Group]
    /// Due today, in the next 7 days, and new.
    public let schedule: Schedule
    /// Answers per day, streaks, time, accuracy by week.
    public let activity: Activity
    /// The weakest questions answered so far, weakest first.
    public let weakest: [QuestionRef]
    /// Questions lapsed 8 times or more.
    public let leeches: [QuestionRef]
    /// Questions edited since the learner's last answer.
    public let changed: [QuestionRef]
    /// Answers graded wrong that the learner counted as right (`override`), for the course author to judge.
    public let overridden: [OverriddenAnswer]

    /// An answer the learner counted as right at their word.
    public struct OverriddenAnswer: Sendable, Equatable, Codable {
        /// The question's id.
        public let id: String
        /// What the learner answered.
        public let response: String
        /// When.
        public let answeredAt: Date
    }
    /// Accuracy by stated confidence; empty when confidence was never given.
    public let calibration: [Calibration]
    /// One sentence: what to do next.
    public let nextStep: String
    /// Every question of the bank, in bank order.
    public let questions: [QuestionRow]
    /// How well the scheduler's weights predict the learner's reviews; nil when the log was not read or holds no
    /// review on a later day than its question's previous one.
    public var fit: Fit?

    /// How well the weights in use predict the learner's reviews: fsrs-rs's `evaluate` over the log.
    public struct Fit: Sendable, Equatable, Codable {
        /// `default`, `course` (the course's set, `Quizzes/fsrs-parameters.json`) or `fitted` (by
        /// `settings optimize`).
        public let weights: String
        /// When the weights in use were fitted; nil for the defaults.
        public let fittedAt: Date?
        /// The reviews scored: those on a later day than their question's previous review.
        public let items: Int
        /// Recency-weighted log loss (lower is better; 0.69 is a coin toss).
        public let logLoss: Double
        /// RMSE(bins): how far predicted recall is from actual recall, as a share (0.05 is 5 points).
        public let rmseBins: Double
        /// Anki's true retention table with the recall predicted beside it (`TrueRetention`); nil when the fit was
        /// made without a moment to count periods from.
        public let retention: TrueRetention?

        /// The fit of the weights `snapshot` schedules with (its own, else `parameters`') over the answers
        /// `records` keep, with the true retention table for the day of `now` when given; nil when there is
        /// nothing to score.
        public static func of(
            _ records: [ProgressRecord], snapshot: ProgressSnapshot, parameters: FSRSParameters = .default,
            now: Date? = nil
        ) -> Fit? {
            let reviews = ProgressRecord.keptReviews(in: records)
            let set = FSRSTrainingSet(records: reviews)
            let weights = snapshot.effective(parameters).weights
            guard !set.items.isEmpty, let evaluation = try? FSRSEvaluation.evaluate(weights, on: set) else { return nil }
            let fitted = snapshot.settings.parameters
            let kind = fitted != nil ? "fitted" : parameters.weights == FSRSParameters.defaultWeights ? "default" : "course"
            return Fit(
                weights: kind, fittedAt: fitted?.at, items: evaluation.itemCount,
                logLoss: evaluation.logLoss, rmseBins: evaluation.rmseBins,
                retention: now.flatMap { try? TrueRetention.of(reviews, weights: weights, now: $0) })
        }
    }
}

extension LearnerReport {
    /// Pretty JSON with sorted keys and ISO 8601 dates, as documented in `docs/schemas/report.schema.json`.
    public func jsonData() throws -> Data {
        try ReportJSON.encode(self)
    }
}

/// The JSON encoding every report uses.
public enum ReportJSON {
    /// Pretty-printed, sorted keys, ISO 8601 dates, slashes unescaped, a final newline.
    public static func encode(_ value: some Encodable) throws -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        encoder.dateEncodingStrategy = .iso8601
        return try encoder.encode(value) + Data("\n".utf8)
    }
}
