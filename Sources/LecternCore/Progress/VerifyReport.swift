/// What `LearnerStore.verify` found: counts, unreadable lines, records of unknown questions, edited questions, and
/// whether the snapshot agrees with the log. Verifying never changes a file.
public struct VerifyReport: Sendable, Equatable, CustomStringConvertible {
    /// A line that is not a readable record.
    public struct LineProblem: Sendable, Equatable {
        /// The 1-based line number.
        public var line: Int
        /// Why it could not be read.
        public var cause: String

        /// Creates a line problem.
        public init(line: Int, cause: String) {
            self.line = line
            self.cause = cause
        }
    }

    /// Records about a question id the course does not have (kept, never deleted).
    public struct UnknownQuestion: Sendable, Equatable {
        /// The question id.
        public var questionID: String
        /// How many records mention it.
        public var records: Int

        /// Creates an entry.
        public init(questionID: String, records: Int) {
            self.questionID = questionID
            self.records = records
        }
    }

    /// A question whose text changed over its history or since its last answer.
    public struct ContentChange: Sendable, Equatable {
        /// The question id.
        public var questionID: String
        /// How many times the hash changed between two answers.
        public var changesInHistory: Int
        /// Whether the course's current hash differs from the last one answered.
        public var changedSinceLastReview: Bool

        /// Creates an entry.
        public init(questionID: String, changesInHistory: Int, changedSinceLastReview: Bool) {
            self.questionID = questionID
            self.changesInHistory = changesInHistory
            self.changedSinceLastReview = changedSinceLastReview
        }
    }

    /// How the snapshot file relates to the log.
    public enum SnapshotCheck: Sendable, Equatable {
        /// No snapshot file.
        case missing
        /// It equals the replay of the whole log.
        case matches
        /// It equals the replay of the log's first records; `records` later ones are not in it yet.
        case behind(records: Int)
        /// At the point of the log it claims to cover, it differs from the replay.
        case differs
        /// It claims a point the log does not have.
        case unmatched
        /// It cannot be read.
        case damaged(String)
        /// Its schema version is not the current one.
        case otherSchema(Int)
    }

    /// The review log's path.
    public var logPath: String
    /// Lines in the log.
    public var lines: Int
    /// Readable records, by `type`.
    public var recordsByType: [String: Int]
    /// Lines that are not readable records.
    public var unreadableLines: [LineProblem]
    /// Lines written by a newer Lectern.
    public var newerLines: [Int]
    /// Question ids in the log the course does not know, sorted.
    public var unknownQuestions: [UnknownQuestion]
    /// Lesson ids of reading positions and self-checks in the log that the course does not know, with their record
    /// counts, sorted.
    public var unknownLessons: [UnknownQuestion] = []
    /// Questions edited over their history or since their last answer, sorted.
    public var contentChanges: [ContentChange]
    /// How the snapshot file relates to the log.
    public var snapshotFile: SnapshotCheck
    /// Whether the store's state equals a fresh replay of the whole log.
    public var stateMatchesLog: Bool

    /// All readable records.
    public var records: Int { recordsByType.values.reduce(0, +) }

    /// Whether nothing needs the learner's attention (unknown questions and edits are information, not faults).
    public var isSound: Bool {
        unreadableLines.isEmpty && newerLines.isEmpty && stateMatchesLog
    }

    /// The report as lines of text.
    public var description: String {
        let types = recordsByType.sorted { $0.key < $1.key }.map { "\($0.value) \($0.key)" }.joined(separator: ", ")
        var text = ["\(logPath): \(lines) lines, \(records) records (\(types.isEmpty ? "none" : types))"]
        if unreadableLines.isEmpty {
            text.append("every line is readable")
        } else {
            text.append("\(unreadableLines.count) unreadable lines; run repair to move them to the .corrupt file:")
            text += unreadableLines.map { "  line \($0.line): \($0.cause)" }
        }
        if !newerLines.isEmpty {
            text.append("lines written by a newer Lectern: \(newerLines.map(String.init).joined(separator: ", "))")
        }
        if !unknownQuestions.isEmpty {
            text.append("records for questions not in the course (kept):")
            text += unknownQuestions.map { "  \($0.questionID): \($0.records) record\($0.records == 1 ? "" : "s")" }
        }
        if !unknownLessons.isEmpty {
            text.append("reading positions and self-checks in lessons not in the course (kept):")
            text += unknownLessons.map { "  \($0.questionID): \($0.records) record\($0.records == 1 ? "" : "s")" }
        }
        if !contentChanges.isEmpty {
            text.append("questions edited (history kept):")
            text += contentChanges.map { change in
                let since = change.changedSinceLastReview ? ", changed since the last review" : ""
                return "  \(change.questionID): \(change.changesInHistory) changes between answers\(since)"
            }
        }
        switch snapshotFile {
        case .missing: text.append("snapshot: missing (it is rebuilt from the log when opened)")
        case .matches: text.append("snapshot: matches the log")
        case let .behind(records): text.append("snapshot: matches the log but is \(records) records behind (normal)")
        case .differs: text.append("snapshot: differs from the log; run rebuild")
        case .unmatched: text.append("snapshot: covers a log that is no longer there; run rebuild")
        case let .damaged(cause): text.append("snapshot: unreadable (\(cause)); run rebuild")
        case let .otherSchema(version): text.append("snapshot: schema version \(version), not the current one")
        }
        text.append(stateMatchesLog ? "state: matches the log" : "state: differs from the log; run rebuild")
        return text.joined(separator: "\n")
    }
}
