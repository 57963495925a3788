import Foundation

/// The numbers of a quiz session: score, counts, time, results by kind, misses and confidence calibration.
///
/// The score is the sum of credit over the questions answered or skipped (a skip earns 0), each at its first try;
/// questions not reached before `quit` are left out of it and counted in `notReached`. Answers to re-asks of missed
/// questions are in `results` too (marked `isRetry`) and only count in `retried` and `recovered`.
public struct QuizSummary: Sendable, Equatable, Codable {
    /// Results by question kind.
    public struct KindResult: Sendable, Equatable, Codable {
        /// The kind.
        public let kind: QuestionKind
        /// Questions of this kind answered or skipped.
        public let count: Int
        /// Credit earned over them.
        public let credit: Double
        /// Credit over count.
        public var score: Double { count == 0 ? 0 : credit / Double(count) }
    }

    /// How often answers given at one confidence were right.
    public struct CalibrationRow: Sendable, Equatable, Codable {
        /// The confidence given.
        public let confidence: Confidence
        /// Answers given at it.
        public let count: Int
        /// Of those, fully correct.
        public let correct: Int
        /// Mean credit of those answers.
        public let meanCredit: Double
    }

    /// The session's mode label.
    public let mode: String
    /// When the session began.
    public let startedAt: Date
    /// When it ended.
    public let finishedAt: Date
    /// Questions in the session, each counted once (re-asks left out).
    public let total: Int
    /// Every answer or skip, in order, re-asks included.
    public let results: [QuestionResult]
    /// Flags saved during the session.
    public let flags: [FlagRecord]
    /// Answers that could not be saved before the session ended; the caller should keep them some other way.
    public let unsavedRecords: [AnswerRecord]
    /// Flags that could not be saved.
    public let unsavedFlags: [FlagRecord]

    /// Creates a summary.
    public init(
        mode: String, startedAt: Date, finishedAt: Date, total: Int, results: [QuestionResult], flags: [FlagRecord],
        unsavedRecords: [AnswerRecord], unsavedFlags: [FlagRecord]
    ) {
        self.mode = mode
        self.startedAt = startedAt
        self.finishedAt = finishedAt
        self.total = total
        self.results = results
        self.flags = flags
        self.unsavedRecords = unsavedRecords
        self.unsavedFlags = unsavedFlags
    }

    /// The first answer (or skip) to each question, in order: what the score and counts are made of.
    public var firstTries: [QuestionResult] { results.filter { !$0.isRetry } }
    /// Questions answered or skipped.
    public var attempted: Int { firstTries.count }
    /// Questions missed at their first try and asked again in the session.
    public var retried: Int { Set(results.filter(\.isRetry).map(\.questionID)).count }
    /// Questions wrong or partly right at their first try (and not overridden): the ones the session asks again,
    /// whether or not it got to asking them before it ended.
    public var missedAtFirstTry: Int {
        Set(firstTries.filter { $0.grade.outcome == .incorrect || $0.grade.outcome == .partial }.map(\.questionID)).count
    }
    /// Questions missed at their first try and answered right when asked again.
    public var recovered: Int {
        Set(results.filter { $0.isRetry && $0.grade.outcome == .correct }.map(\.questionID)).count
    }
    /// Answers the learner counted as right at their word (`override`).
    public var overridden: [QuestionResult] { results.filter(\.isOverridden) }
    /// Fully right answers.
    public var correct: Int { count(.correct) }
    /// Partly right answers.
    public var partial: Int { count(.partial) }
    /// Wrong answers.
    public var incorrect: Int { count(.incorrect) }
    /// Skipped questions.
    public var skipped: Int { count(.skipped) }
    /// Questions never shown because the session was quit.
    public var notReached: Int { max(0, total - attempted) }
    /// Credit earned at first tries.
    public var credit: Double { firstTries.reduce(0) { $0 + $1.grade.credit } }
    /// Credit over questions answered or skipped, 0...1 (0 when none).
    public var score: Double { attempted == 0 ? 0 : credit / Double(attempted) }
    /// Seconds from start to end.
    public var duration: Double { max(0, finishedAt.timeIntervalSince(startedAt)) }
    /// Hints taken in all.
    public var hintsUsed: Int { results.reduce(0) { $0 + $1.hintsUsed } }
    /// Questions not fully right at their first try (partial, incorrect or skipped), with their passages.
    public var missed: [QuestionResult] { firstTries.filter { $0.grade.outcome != .correct } }

    /// Results by kind, in the order kinds are declared.
    public var byKind: [KindResult] {
        QuestionKind.allCases.compactMap { kind in
            let ofKind = firstTries.filter { $0.kind == kind }
            guard !ofKind.isEmpty else { return nil }
            return KindResult(kind: kind, count: ofKind.count, credit: ofKind.reduce(0) { $0 + $1.grade.credit })
        }
    }

    /// For each confidence given, how many answers were right; empty when confidence was not asked.
    public var calibration: [CalibrationRow] {
        Confidence.allCases.compactMap { level in
            let given = firstTries.filter { $0.confidence == level }
            guard !given.isEmpty else { return nil }
            return CalibrationRow(
                confidence: level, count: given.count, correct: given.filter { $0.grade.outcome == .correct }.count,
                meanCredit: given.reduce(0) { $0 + $1.grade.credit } / Double(given.count))
        }
    }

    private func count(_ outcome: Grade.Outcome) -> Int {
        firstTries.filter { $0.grade.outcome == outcome }.count
    }
}
