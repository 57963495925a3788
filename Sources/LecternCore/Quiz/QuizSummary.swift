import Foundation

/// The numbers of a quiz session: score, counts, time, results by kind, misses and confidence calibration.
///
/// The score is the sum of credit over the questions answered or skipped (a skip earns 0); questions not reached
/// before `quit` are left out of it and counted in `notReached`.
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
    /// Questions in the session.
    public let total: Int
    /// Every question answered or skipped, in order.
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

    /// Questions answered or skipped.
    public var attempted: Int { results.count }
    /// Fully right answers.
    public var correct: Int { count(.correct) }
    /// Partly right answers.
    public var partial: Int { count(.partial) }
    /// Wrong answers.
    public var incorrect: Int { count(.incorrect) }
    /// Skipped questions.
    public var skipped: Int { count(.skipped) }
    /// Questions never shown because the session was quit.
    public var notReached: Int { max(0, total - results.count) }
    /// Credit earned in all.
    public var credit: Double { results.reduce(0) { $0 + $1.grade.credit } }
    /// Credit over questions answered or skipped, 0...1 (0 when none).
    public var score: Double { attempted == 0 ? 0 : credit / Double(attempted) }
    /// Seconds from start to end.
    public var duration: Double { max(0, finishedAt.timeIntervalSince(startedAt)) }
    /// Hints taken in all.
    public var hintsUsed: Int { results.reduce(0) { $0 + $1.hintsUsed } }
    /// Questions not fully right (partial, incorrect or skipped), with their passages.
    public var missed: [QuestionResult] { results.filter { $0.grade.outcome != .correct } }

    /// Results by kind, in the order kinds are declared.
    public var byKind: [KindResult] {
        QuestionKind.allCases.compactMap { kind in
            let ofKind = results.filter { $0.kind == kind }
            guard !ofKind.isEmpty else { return nil }
            return KindResult(kind: kind, count: ofKind.count, credit: ofKind.reduce(0) { $0 + $1.grade.credit })
        }
    }

    /// For each confidence given, how many answers were right; empty when confidence was not asked.
    public var calibration: [CalibrationRow] {
        Confidence.allCases.compactMap { level in
            let given = results.filter { $0.confidence == level }
            guard !given.isEmpty else { return nil }
            return CalibrationRow(
                confidence: level, count: given.count, correct: given.filter { $0.grade.outcome == .correct }.count,
                meanCredit: given.reduce(0) { $0 + $1.grade.credit } / Double(given.count))
        }
    }

    private func count(_ outcome: Grade.Outcome) -> Int {
        results.filter { $0.grade.outcome == outcome }.count
    }
}
