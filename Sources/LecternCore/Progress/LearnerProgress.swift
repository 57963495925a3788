import Synchronization

/// Everything the shell keeps about one learner: reading positions, answers and flags, and what they already know.
/// Memory for sessions that are not saved and for tests; the learner's progress files otherwise.
public protocol LearnerProgress: ReadingLog, AnswerRecorder {
    /// Facts the learner has answered correctly at least once (the quiz planner asks their recall form next).
    func correctFacts() -> Set<String>
}

/// Progress that lives as long as the process.
public final class InMemoryProgress: LearnerProgress, Sendable {
    private let state = Mutex<(positions: [String: LessonPosition], answers: [AnswerRecord], flags: [FlagRecord])>(([:], [], []))

    /// Creates empty progress.
    public init() {}

    /// The stored position in a lesson.
    public func position(in lessonID: String) -> LessonPosition? { state.withLock { $0.positions[lessonID] } }

    /// Records a new position.
    public func record(_ position: LessonPosition, in lessonID: String) {
        state.withLock { $0.positions[lessonID] = position }
    }

    /// Keeps the answer.
    public func record(_ answer: AnswerRecord) {
        state.withLock { $0.answers.append(answer) }
    }

    /// Keeps the flag.
    public func flag(_ flag: FlagRecord) {
        state.withLock { $0.flags.append(flag) }
    }

    /// Every answer, in order.
    public var answers: [AnswerRecord] { state.withLock { $0.answers } }

    /// Every flag, in order.
    public var flags: [FlagRecord] { state.withLock { $0.flags } }

    /// Facts answered correctly at least once.
    public func correctFacts() -> Set<String> {
        state.withLock { Set($0.answers.filter { $0.outcome == .correct }.map(\.factID)) }
    }
}
