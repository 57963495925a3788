import Foundation

/// Everything the shell keeps about one learner: reading positions, answers and flags, and the scheduler state they
/// lead to. The learner's files normally (`StoredProgress`); memory in tests (`InMemoryProgress`).
public protocol LearnerProgress: ReadingLog, AnswerRecorder {
    /// The state replayed from every record so far.
    var snapshot: ProgressSnapshot { get }
    /// Why nothing can be written (another process holds the learner, a repair is needed…); nil when writable.
    var readOnlyReason: String? { get }
    /// Changes a learner setting (desired retention, new questions a day).
    func change(_ setting: ProgressRecord.Setting) throws
    /// Adopts scheduler weights (fitted ones, or the defaults again) from now on.
    func adopt(_ parameters: ProgressRecord.Parameters) throws
    /// Every record so far, in log order: what the optimizer and the revlog export read.
    func records() throws -> [ProgressRecord]
    /// Stores the learner's self-check on a lesson's "check yourself" prompt.
    func record(_ check: ProgressRecord.Check) throws
}

extension LearnerProgress {
    /// Facts whose latest answer, in any of their forms, was right: the quiz planner asks their recall form next.
    public func correctFacts(in bank: QuestionBank) -> Set<String> { snapshot.correctFacts(in: bank) }
}

extension ProgressSnapshot {
    /// Facts whose latest answer, in any of their forms, was right.
    public func correctFacts(in bank: QuestionBank) -> Set<String> {
        Set(questions.filter { $0.value.lastOutcome == .correct }.map { bank.question($0.key)?.factID ?? $0.key })
    }
}

extension ReviewRecord {
    /// The log record of a quiz answer: its rating from `policy`, and the hash of the question as asked.
    public init(_ answer: AnswerRecord, question: Question?, policy: RatingPolicy) {
        self.init(answer, contentHash: question?.contentHash, policy: policy)
    }

    /// The same, given the question's content hash (nil for a question the bank does not have).
    public init(_ answer: AnswerRecord, contentHash: String?, policy: RatingPolicy) {
        self.init(
            questionID: answer.questionID, contentHash: contentHash ?? "", answeredAt: answer.answeredAt,
            kind: answer.kind.rawValue, response: answer.response, outcome: answer.outcome, credit: answer.credit,
            rating: policy.rating(for: answer), hintsUsed: answer.hintsUsed, latency: answer.latency,
            confidence: answer.confidence, mode: ReviewRecord.Mode(rawValue: answer.mode),
            overridden: answer.overridden, sourceShown: answer.sourceShown, chosen: answer.chosen, form: answer.form)
    }
}

extension ProgressRecord.Undo {
    /// The undo record that takes back `answer` at `now`.
    public init(_ answer: AnswerRecord, at now: Date) {
        self.init(questionID: answer.questionID, answeredAt: answer.answeredAt, at: now)
    }
}

/// Progress that lives as long as the process, replayed with the same rules as the files.
public final class InMemoryProgress: LearnerProgress {
    /// The replayed state.
    public private(set) var snapshot = ProgressSnapshot()
    /// Every answer, in order.
    public private(set) var answers: [AnswerRecord] = []
    /// Every flag, in order.
    public private(set) var flags: [FlagRecord] = []
    /// Every record applied, in order.
    private var applied: [ProgressRecord] = []
    private let bank: QuestionBank?
    private let policy = RatingPolicy()

    /// Creates empty progress; `bank` supplies content hashes when given.
    public init(bank: QuestionBank? = nil) {
        self.bank = bank
    }

    /// Always writable.
    public var readOnlyReason: String? { nil }

    /// The stored position in a lesson.
    public func position(in lessonID: String) -> LessonPosition? { snapshot.lessons[lessonID] }

    /// Records a new position.
    public func record(_ position: LessonPosition, in lessonID: String) {
        apply(.reading(ProgressRecord.Reading(lessonID: lessonID, page: position.page, isComplete: position.isComplete, at: nil)))
    }

    /// Keeps the answer.
    public func record(_ answer: AnswerRecord) {
        answers.append(answer)
        apply(.review(ReviewRecord(answer, question: bank?.question(answer.questionID), policy: policy)))
    }

    /// Keeps the flag.
    public func flag(_ flag: FlagRecord) {
        flags.append(flag)
        apply(.flag(ProgressRecord.Flag(questionID: flag.questionID, note: flag.note, at: flag.flaggedAt)))
    }

    /// Takes back the answer.
    public func undo(_ answer: AnswerRecord, at now: Date) {
        if let last = answers.lastIndex(of: answer) { answers.remove(at: last) }
        apply(.undo(ProgressRecord.Undo(answer, at: now)))
    }

    /// Changes a setting.
    public func change(_ setting: ProgressRecord.Setting) {
        apply(.setting(setting))
    }

    /// Adopts the weights.
    public func adopt(_ parameters: ProgressRecord.Parameters) {
        apply(.parameters(parameters))
    }

    /// Every record applied so far.
    public func records() -> [ProgressRecord] { applied }

    /// Keeps the self-check.
    public func record(_ check: ProgressRecord.Check) {
        apply(.check(check))
    }

    private func apply(_ record: ProgressRecord) {
        applied.append(record)
        snapshot.apply(record, parameters: .default)
    }
}
