import Synchronization

/// Where a quiz session hands each answer and flag before it moves on; a durable progress store implements it.
///
/// A session calls `record` before it shows feedback or the next question. When it throws, the session keeps the
/// answer, reports the error and tries again on the learner's next line, so an answer is never lost or skipped.
public protocol AnswerRecorder: Sendable {
    /// Stores one answer or skip; throws when it could not be stored.
    func record(_ answer: AnswerRecord) throws
    /// Stores one flag; throws when it could not be stored.
    func flag(_ flag: FlagRecord) throws
}

/// Keeps records in memory: for tests, and for sessions that are not saved.
public final class InMemoryRecorder: AnswerRecorder {
    private let storage = Mutex<(answers: [AnswerRecord], flags: [FlagRecord])>(([], []))

    /// Creates an empty recorder.
    public init() {}

    /// Appends the answer.
    public func record(_ answer: AnswerRecord) throws {
        storage.withLock { $0.answers.append(answer) }
    }

    /// Appends the flag.
    public func flag(_ flag: FlagRecord) throws {
        storage.withLock { $0.flags.append(flag) }
    }

    /// Every answer recorded, in order.
    public var answers: [AnswerRecord] { storage.withLock { $0.answers } }

    /// Every flag recorded, in order.
    public var flags: [FlagRecord] { storage.withLock { $0.flags } }
}
