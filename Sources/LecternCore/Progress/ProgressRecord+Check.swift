import Foundation

extension ProgressRecord {
    /// The learner's self-check on one "check yourself" prompt at the end of a lesson: what they typed, and whether,
    /// once shown the model answer, they said they had it.
    ///
    /// It schedules nothing and changes no total; replay keeps it in the log only. It is written as record version 4,
    /// so a Lectern that reads up to version 3 opens such a log read-only ("written by a newer Lectern") rather than
    /// taking the line for a damaged one.
    public struct Check: Sendable, Equatable, Codable {
        /// The lesson's id.
        public var lessonID: String
        /// The prompt's 0-based place in the lesson's `check` list.
        public var promptIndex: Int
        /// What the learner typed before seeing the model answer (never empty: an empty answer records nothing).
        public var response: String
        /// Whether the learner said they had it (`y`) or not (`n`).
        public var hadIt: Bool
        /// When they said so.
        public var at: Date

        /// Creates a check record.
        public init(lessonID: String, promptIndex: Int, response: String, hadIt: Bool, at: Date) {
            self.lessonID = lessonID
            self.promptIndex = promptIndex
            self.response = response
            self.hadIt = hadIt
            self.at = at
        }

        /// The record version that first holds a check.
        public static let version = 4

        /// Why this record cannot be stored, or `nil` when it can.
        var problem: String? {
            if lessonID.isEmpty { return "lessonID is empty" }
            if promptIndex < 0 { return "promptIndex \(promptIndex) is negative" }
            if response.allSatisfy(\.isWhitespace) { return "response is empty" }
            return ProgressRecord.dateProblem(at, field: "at")
        }
    }

    /// The lesson a reading position or a self-check is about, if any.
    public var lessonID: String? {
        switch self {
        case let .reading(reading): reading.lessonID
        case let .check(check): check.lessonID
        case .review, .flag, .setting, .undo, .parameters: nil
        }
    }
}
