import Foundation

/// A learner's progress kept in their files: every answer, flag and reading position goes to the learner store
/// (appended and synced) before the caller goes on.
public final class StoredProgress: LearnerProgress {
    /// The learner's files.
    public let store: LearnerStore
    private let bank: () -> QuestionBank
    /// The bank, asked for at the first answer and then kept: asking may mean waiting for the course.
    private lazy var keptBank = bank()
    private let policy: RatingPolicy

    /// Wraps an open store; `bank` gives each answered question's content hash.
    public convenience init(store: LearnerStore, bank: QuestionBank, policy: RatingPolicy = RatingPolicy()) {
        self.init(store: store, bank: { bank }, policy: policy)
    }

    /// Wraps an open store over a bank that may still be being built (`bank` is called at the first answer).
    public init(store: LearnerStore, bank: @escaping () -> QuestionBank, policy: RatingPolicy = RatingPolicy()) {
        self.store = store
        self.bank = bank
        self.policy = policy
    }

    /// The store's replayed state.
    public var snapshot: ProgressSnapshot { store.snapshot }

    /// Why the store cannot be written, if it cannot.
    public var readOnlyReason: String? {
        if case let .readOnly(reason) = store.mode { return reason.description }
        return nil
    }

    /// The stored position in a lesson.
    public func position(in lessonID: String) -> LessonPosition? { store.position(in: lessonID) }

    /// Saves a reading position.
    public func record(_ position: LessonPosition, in lessonID: String) throws {
        try store.record(position, in: lessonID)
    }

    /// Appends the answer with its rating and the question's content hash.
    public func record(_ answer: AnswerRecord) throws {
        try store.append(ReviewRecord(answer, contentHash: keptBank.contentHash(of: answer.questionID), policy: policy))
    }

    /// Appends the setting.
    public func change(_ setting: ProgressRecord.Setting) throws {
        try store.append(.setting(setting))
    }

    /// Appends the parameters record.
    public func adopt(_ parameters: ProgressRecord.Parameters) throws {
        try store.append(.parameters(parameters))
    }

    /// Every record of the log that reads (damaged lines are left out, as replay leaves them out).
    public func records() throws -> [ProgressRecord] {
        try store.records()
    }

    /// Appends an undo record for the answer.
    public func undo(_ answer: AnswerRecord, at now: Date) throws {
        try store.append(.undo(ProgressRecord.Undo(answer, at: now)))
    }

    /// Appends the self-check.
    public func record(_ check: ProgressRecord.Check) throws {
        try store.append(.check(check))
    }

    /// Appends the flag.
    public func flag(_ flag: FlagRecord) throws {
        try store.append(.flag(ProgressRecord.Flag(questionID: flag.questionID, note: flag.note, at: flag.flaggedAt)))
    }
}
