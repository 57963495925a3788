import Foundation

/// One line of the review log: an answer, a reading position, a flag, a setting, the undoing of an answer, the
/// scheduler weights fitted to the learner or a self-check at the end of a lesson.
///
/// Every line is a JSON object with `type` (`review`, `reading`, `flag`, `setting`, `undo`, `parameters`, `check`) and `v`
/// (the record schema version) beside the fields of its kind.
public enum ProgressRecord: Sendable, Equatable {
    /// An answer to a question.
    case review(ReviewRecord)
    /// A new reading position in a lesson.
    case reading(Reading)
    /// A question flagged by the learner, with a note.
    case flag(Flag)
    /// A changed setting.
    case setting(Setting)
    /// The learner took back their latest answer (the log is never rewritten: this line cancels it).
    case undo(Undo)
    /// The scheduler weights to use from now on: fitted by `settings optimize`, or the defaults again.
    case parameters(Parameters)
    /// The learner's answer to a lesson's "check yourself" prompt, and whether they had it.
    case check(Check)

    /// The newest record schema version this Lectern reads (2 added `undo`, `overridden` and `sourceShown`;
    /// 3 added `parameters`; 4 added `check`; version 1 lines read as they always did).
    public static let currentVersion = 4

    /// The version written on this record's line: the oldest that holds it, so that a log without `parameters`
    /// lines stays readable by a Lectern that reads version 2.
    public var version: Int {
        if case .parameters = self { return 3 }
        if case .check = self { return Check.version }
        return 2
    }

    /// The latest answer to a question is taken back, as if it had not been given.
    ///
    /// It names the answer by question and time; replay cancels it only when it is the latest answer replayed
    /// (`ProgressSnapshot.undoable`), and otherwise counts for nothing.
    public struct Undo: Sendable, Equatable, Codable {
        /// The question whose answer is taken back.
        public var questionID: String
        /// When that answer was given: its `answeredAt`.
        public var answeredAt: Date
        /// When the learner took it back.
        public var at: Date

        /// Creates an undo record.
        public init(questionID: String, answeredAt: Date, at: Date) {
            self.questionID = questionID
            self.answeredAt = answeredAt
            self.at = at
        }

        /// Whether this undo names the answer to `questionID` given at `answered` (to within half a millisecond,
        /// what a date's trip through the log can move it).
        public func names(questionID: String, answeredAt answered: Date) -> Bool {
            questionID == self.questionID && abs(answered.timeIntervalSince(answeredAt)) < 0.000_5
        }
    }

    /// The FSRS weights the scheduler uses from this record on, with the figures that justified them.
    ///
    /// `settings optimize` writes one when the fitted weights predict the learner's history better than the ones in
    /// use (log loss and RMSE(bins) over `itemCount` items); `settings reset-parameters` writes one with no weights,
    /// which returns to the defaults. Replay reads it, so every schedule can be reproduced from the log.
    public struct Parameters: Sendable, Equatable, Codable {
        /// The 21 FSRS-6 weights, or `nil` for the defaults.
        public var weights: [Double]?
        /// The training items the weights were scored on (0 for a reset).
        public var itemCount: Int
        /// The weights' log loss on those items; `nil` for a reset.
        public var logLoss: Double?
        /// The weights' RMSE(bins) on those items, a share (0.043 is 4.3 points); `nil` for a reset.
        public var rmseBins: Double?
        /// The RMSE(bins) of the weights used before, on the same items; `nil` for a reset.
        public var previousRMSEBins: Double?
        /// When the weights were adopted.
        public var at: Date

        /// Creates a parameters record.
        public init(
            weights: [Double]?, itemCount: Int, logLoss: Double?, rmseBins: Double?, previousRMSEBins: Double?,
            at: Date
        ) {
            self.weights = weights
            self.itemCount = itemCount
            self.logLoss = logLoss
            self.rmseBins = rmseBins
            self.previousRMSEBins = previousRMSEBins
            self.at = at
        }

        /// The record that returns to the default weights at `at`.
        public static func reset(at: Date) -> Self {
            Self(weights: nil, itemCount: 0, logLoss: nil, rmseBins: nil, previousRMSEBins: nil, at: at)
        }

        /// Why this record cannot be stored, or `nil` when it can.
        var problem: String? {
            if let weights {
                do {
                    _ = try FSRSParameters(weights: weights)
                } catch {
                    return "weights: \(error)"
                }
            }
            if itemCount < 0 { return "itemCount \(itemCount) is negative" }
            for (field, value) in [("logLoss", logLoss), ("rmseBins", rmseBins), ("previousRMSEBins", previousRMSEBins)] {
                if let value, !(value.isFinite && value >= 0) { return "\(field) \(value) is not a number from 0" }
            }
            return ProgressRecord.dateProblem(at, field: "at")
        }

        private enum CodingKeys: String, CodingKey {
            case weights, itemCount, logLoss, rmseBins, previousRMSEBins, at
        }

        /// Encodes every field, writing `null` for missing weights and figures so each line shows the whole shape.
        public func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(weights, forKey: .weights)
            try container.encode(itemCount, forKey: .itemCount)
            try container.encode(logLoss, forKey: .logLoss)
            try container.encode(rmseBins, forKey: .rmseBins)
            try container.encode(previousRMSEBins, forKey: .previousRMSEBins)
            try container.encode(at, forKey: .at)
        }
    }

    /// A lesson's reading position changed.
    public struct Reading: Sendable, Equatable, Codable {
        /// The lesson's id.
        public var lessonID: String
        /// The 0-based page now shown.
        public var page: Int
        /// Whether the lesson has been read to the end at least once.
        public var isComplete: Bool
        /// When it changed, when the caller knew (`ReadingLog` does not pass a time).
        public var at: Date?

        /// Creates a reading record.
        public init(lessonID: String, page: Int, isComplete: Bool, at: Date?) {
            self.lessonID = lessonID
            self.page = page
            self.isComplete = isComplete
            self.at = at
        }

        /// The position this record sets.
        public var position: LessonPosition { LessonPosition(page: page, isComplete: isComplete) }
    }

    /// A question flagged for the author or for later, with the learner's note.
    public struct Flag: Sendable, Equatable, Codable {
        /// The flagged question's id.
        public var questionID: String
        /// What the learner wrote (may be empty).
        public var note: String
        /// When it was flagged.
        public var at: Date

        /// Creates a flag record.
        public init(questionID: String, note: String, at: Date) {
            self.questionID = questionID
            self.note = note
            self.at = at
        }
    }

    /// A setting changed by the learner.
    public struct Setting: Sendable, Equatable, Codable {
        /// The settings a learner can change.
        public enum Name: String, Sendable, Codable, CaseIterable {
            /// The probability of recall FSRS aims for, strictly between 0 and 1.
            case desiredRetention
            /// How many new questions a day the review queue introduces, a whole number from 0.
            case dailyNewLimit
        }

        /// Which setting.
        public var name: Name
        /// Its new value.
        public var value: Double
        /// When it changed.
        public var at: Date

        /// Creates a setting record.
        public init(name: Name, value: Double, at: Date) {
            self.name = name
            self.value = value
            self.at = at
        }
    }

    /// The record's `type` field.
    public var type: String {
        switch self {
        case .review: "review"
        case .reading: "reading"
        case .flag: "flag"
        case .setting: "setting"
        case .undo: "undo"
        case .parameters: "parameters"
        case .check: "check"
        }
    }

    /// The question this record is about, if any.
    public var questionID: String? {
        switch self {
        case let .review(record): record.questionID
        case let .flag(flag): flag.questionID
        case let .undo(undo): undo.questionID
        case .reading, .setting, .parameters, .check: nil
        }
    }

    /// Why this record cannot be stored, or `nil` when it can.
    public var problem: String? {
        switch self {
        case let .review(record):
            return record.problem
        case let .reading(reading):
            if reading.lessonID.isEmpty { return "lessonID is empty" }
            if let at = reading.at, let problem = Self.dateProblem(at, field: "at") { return problem }
            return reading.page < 0 ? "page \(reading.page) is negative" : nil
        case let .flag(flag):
            return flag.questionID.isEmpty ? "questionID is empty" : Self.dateProblem(flag.at, field: "at")
        case let .undo(undo):
            if undo.questionID.isEmpty { return "questionID is empty" }
            return Self.dateProblem(undo.answeredAt, field: "answeredAt") ?? Self.dateProblem(undo.at, field: "at")
        case let .parameters(parameters):
            return parameters.problem
        case let .check(check):
            return check.problem
        case let .setting(setting):
            if let problem = Self.dateProblem(setting.at, field: "at") { return problem }
            switch setting.name {
            case .desiredRetention:
                return setting.value > 0 && setting.value < 1
                    ? nil : "desiredRetention \(setting.value) must be greater than 0 and less than 1"
            case .dailyNewLimit:
                return setting.value >= 0 && setting.value <= 10_000 && setting.value.rounded() == setting.value
                    ? nil : "dailyNewLimit \(setting.value) must be a whole number from 0 to 10000"
            }
        }
    }
}

extension ProgressRecord {
    /// Dates a record may carry: from 1970 to the end of the year 9999, so date arithmetic never overflows.
    public static let plausibleDates = Date(timeIntervalSince1970: 0)...Date(timeIntervalSince1970: 253_402_300_799)

    /// Why `date` cannot be stored in `field`, or nil when it can.
    static func dateProblem(_ date: Date, field: String) -> String? {
        plausibleDates.contains(date) ? nil : "\(field) \(date.timeIntervalSince1970) is not a date from 1970 to 9999"
    }
}

extension ProgressRecord: Codable {
    private enum EnvelopeKeys: String, CodingKey {
        case type
        case v
    }

    /// Decodes a record from a log line's object, refusing an unknown `type`.
    public init(from decoder: any Decoder) throws {
        let envelope = try decoder.container(keyedBy: EnvelopeKeys.self)
        let type = try envelope.decode(String.self, forKey: .type)
        switch type {
        case "review": self = .review(try ReviewRecord(from: decoder))
        case "reading": self = .reading(try Reading(from: decoder))
        case "flag": self = .flag(try Flag(from: decoder))
        case "setting": self = .setting(try Setting(from: decoder))
        case "undo": self = .undo(try Undo(from: decoder))
        case "parameters": self = .parameters(try Parameters(from: decoder))
        case "check": self = .check(try Check(from: decoder))
        default:
            throw DecodingError.dataCorruptedError(
                forKey: .type, in: envelope, debugDescription: "unknown record type \"\(type)\"")
        }
    }

    /// Encodes the record's fields with `type` and `v` in one flat object.
    public func encode(to encoder: any Encoder) throws {
        switch self {
        case let .review(record): try record.encode(to: encoder)
        case let .reading(reading): try reading.encode(to: encoder)
        case let .flag(flag): try flag.encode(to: encoder)
        case let .setting(setting): try setting.encode(to: encoder)
        case let .undo(undo): try undo.encode(to: encoder)
        case let .parameters(parameters): try parameters.encode(to: encoder)
        case let .check(check): try check.encode(to: encoder)
        }
        var envelope = encoder.container(keyedBy: EnvelopeKeys.self)
        try envelope.encode(type, forKey: .type)
        try envelope.encode(version, forKey: .v)
    }
}

extension ProgressRecord.Reading {
    private enum CodingKeys: String, CodingKey {
        case lessonID, page, isComplete, at
    }

    /// Encodes every field, writing `null` for an unknown time.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(lessonID, forKey: .lessonID)
        try container.encode(page, forKey: .page)
        try container.encode(isComplete, forKey: .isComplete)
        try container.encode(at, forKey: .at)
    }
}
