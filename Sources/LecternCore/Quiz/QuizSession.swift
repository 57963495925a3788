import Foundation

/// A quiz as a state machine the shell drives one line at a time; it never reads input, prints or reads the clock.
///
/// While a question is shown, these lines are commands (case-insensitive, the whole line): `hint`, `skip`,
/// `source`, `quit`, and `flag` or `flag <note>`. Every other line is an answer. To answer with one of those
/// words literally, wrap the whole line in quotes: `"skip"` (or `'skip'`, `“skip”`); the quotes are removed
/// before grading. An empty line re-prompts and says what can be typed.
///
/// Each answer or skip becomes an `AnswerRecord` handed to the recorder before the session moves on. If the
/// recorder throws, the step is `.recordingFailed`, the answer stays pending and the next line retries it;
/// `quit` ends the session with the answer listed in `QuizSummary.unsavedRecords` rather than losing it.
public struct QuizSession {
    /// An answer graded but not yet saved.
    struct Pending: Sendable {
        var record: AnswerRecord
        var result: QuestionResult
    }

    enum Phase: Sendable {
        case answering
        case confirming(Pending)
        case saving(Pending)
        case finished
    }

    /// How the session runs.
    public let settings: QuizSettings
    /// The course the questions come from.
    public let course: Course
    /// When the session began.
    public let startedAt: Date
    /// Answers and skips saved, in order.
    public private(set) var records: [AnswerRecord] = []
    /// Flags saved, in order.
    public private(set) var flags: [FlagRecord] = []
    /// Flags the recorder refused; retried before each later save.
    public private(set) var unsavedFlags: [FlagRecord] = []

    private let grader: Grader
    /// The passage of each question, in `asked` order: worked out when the session starts, not after each answer.
    private let passages: [Passage?]
    private let recorder: any AnswerRecorder
    private var asked: [AskedQuestion]
    private var index = 0
    private var phase = Phase.answering
    private var askedAt: Date
    private var finishedAt: Date?
    private var results: [QuestionResult] = []
    private var unsavedRecords: [AnswerRecord] = []

    /// Starts a session over `questions` in the given order, shuffling each question's options with `rng` now.
    public init(
        questions: [Question], course: Course, settings: QuizSettings, recorder: any AnswerRecorder,
        using rng: inout some RandomNumberGenerator, now: Date
    ) {
        self.settings = settings
        self.course = course
        self.recorder = recorder
        self.grader = Grader(course: course)
        self.asked = questions.map { AskedQuestion($0, using: &rng) }
        let finder = PassageFinder(course: course, names: grader.names)
        self.passages = questions.map { finder.best(for: $0) }
        self.startedAt = now
        self.askedAt = now
        if questions.isEmpty {
            phase = .finished
            finishedAt = now
        }
    }

    /// The question being asked, or nil once the session is over.
    public var current: AskedQuestion? {
        guard !isFinished, asked.indices.contains(index) else { return nil }
        return asked[index]
    }

    /// The question after the current one, or nil when the current one is the last (or the session is over).
    public var upcoming: AskedQuestion? {
        guard !isFinished, asked.indices.contains(index + 1) else { return nil }
        return asked[index + 1]
    }

    /// The passage the current question's feedback quotes, or nil when there is none (or the session is over).
    public var currentPassage: Passage? {
        guard !isFinished, passages.indices.contains(index) else { return nil }
        return passages[index]
    }

    /// The 1-based position of the current question (the total once finished).
    public var position: Int { min(index + 1, asked.count) }

    /// Questions in the session.
    public var total: Int { asked.count }

    /// Whether the session is over.
    public var isFinished: Bool {
        if case .finished = phase { return true }
        return false
    }

    /// Whether the session is waiting for "sure, unsure or guess".
    public var isAwaitingConfidence: Bool {
        if case .confirming = phase { return true }
        return false
    }

    /// Whether an answer is waiting to be saved after the recorder failed.
    public var hasPendingAnswer: Bool {
        if case .saving = phase { return true }
        return false
    }

    /// The summary so far (final once finished): every answer given, including any not yet saved.
    public var summary: QuizSummary {
        var shownResults = results
        var unsaved = unsavedRecords
        switch phase {
        case .confirming(let pending), .saving(let pending):
            shownResults.append(pending.result)
            unsaved.append(pending.record)
        case .answering, .finished:
            break
        }
        return QuizSummary(
            mode: settings.mode, startedAt: startedAt, finishedAt: finishedAt ?? askedAt, total: asked.count,
            results: shownResults, flags: flags, unsavedRecords: unsaved, unsavedFlags: unsavedFlags)
    }

    /// Takes one line typed by the learner and says what to show.
    public mutating func handle(_ line: String, now: Date) -> QuizStep {
        let trimmed = line.trimmed(.whitespacesAndNewlines)
        let command = trimmed.lowercased()
        switch phase {
        case .finished:
            return .finished(summary)
        case .saving(let pending):
            if command == "quit" { return quit(keeping: pending, now: now) }
            return commit(pending, now: now)
        case .confirming(var pending):
            if command == "quit" { return quit(keeping: pending, now: now) }
            guard let confidence = Confidence(reply: trimmed) else {
                return .reprompt("Type sure, unsure or guess (s, u or g).")
            }
            pending.record.confidence = confidence
            pending.result.confidence = confidence
            return commit(pending, now: now)
        case .answering:
            return answering(trimmed, command: command, now: now)
        }
    }

    private mutating func answering(_ trimmed: String, command: String, now: Date) -> QuizStep {
        guard asked.indices.contains(index) else { return finish(now: now) }
        if trimmed.isEmpty {
            return .reprompt("Type an answer, or hint, skip, source, flag NOTE or quit.")
        }
        switch command {
        case "hint":
            guard let hint = asked[index].hint(course: course) else {
                let none = asked[index].hintsUsed == 0 ? "This question has no hints." : "No more hints for this question."
                return .reprompt(none + " Type an answer, or skip.")
            }
            return .hint(hint)
        case "skip":
            return commit(skipped(now: now), now: now)
        case "source":
            return .source(asked[index].question.paragraphIDs.compactMap { course.article.paragraph($0) })
        case "quit":
            return finish(now: now)
        default:
            if command == "flag" || command.hasPrefix("flag ") {
                let note = String(trimmed.dropFirst(4)).trimmingCharacters(in: .whitespaces)
                return flag(note: note, now: now)
            }
            return answer(trimmed, now: now)
        }
    }

    private mutating func answer(_ response: String, now: Date) -> QuizStep {
        let current = asked[index]
        switch grader.grade(current, response: response) {
        case .failure(let error):
            return .reprompt(error.message)
        case .success(let grade):
            let pending = makePending(response: response, grade: grade, now: now)
            if settings.askConfidence {
                phase = .confirming(pending)
                return .askConfidence
            }
            return commit(pending, now: now)
        }
    }

    private func skipped(now: Date) -> Pending {
        let grade = Grade(
            outcome: .skipped, credit: 0, notes: ["skipped"],
            correctAnswer: grader.correctAnswer(for: asked[index].question))
        return makePending(response: "", grade: grade, now: now)
    }

    private func makePending(response: String, grade: Grade, now: Date) -> Pending {
        let current = asked[index]
        let question = current.question
        let record = AnswerRecord(
            questionID: question.id, factID: question.factID, kind: question.kind, response: response,
            outcome: grade.outcome, credit: grade.credit, hintsUsed: current.hintsUsed, confidence: nil,
            askedAt: askedAt, answeredAt: now, mode: settings.mode)
        let result = QuestionResult(
            questionID: question.id, prompt: question.prompt, kind: question.kind, response: response,
            responseText: response.isEmpty ? "" : grader.describe(current, response: response), grade: grade,
            explanation: question.explanation, passage: passages[index],
            paragraphIDs: question.paragraphIDs, hintsUsed: current.hintsUsed, confidence: nil,
            latency: record.latency)
        return Pending(record: record, result: result)
    }

    /// Saves a pending answer, then moves on; on failure keeps it and reports.
    private mutating func commit(_ pending: Pending, now: Date) -> QuizStep {
        retryFlags()
        do {
            try recorder.record(pending.record)
        } catch {
            phase = .saving(pending)
            return .recordingFailed(
                "Could not save your answer (\(error)). It is kept: press Enter to try again, or type quit.")
        }
        records.append(pending.record)
        results.append(pending.result)
        let feedback = Feedback(result: pending.result, position: index + 1, total: asked.count)
        index += 1
        askedAt = now
        var ended: QuizSummary?
        if index >= asked.count {
            phase = .finished
            finishedAt = now
            ended = summary
        } else {
            phase = .answering
        }
        return settings.feedbackAtEnd ? .answerSaved(finished: ended) : .feedback(feedback, finished: ended)
    }

    private mutating func flag(note: String, now: Date) -> QuizStep {
        let record = FlagRecord(questionID: asked[index].question.id, note: note, flaggedAt: now, mode: settings.mode)
        do {
            try recorder.flag(record)
        } catch {
            unsavedFlags.append(record)
            return .recordingFailed("Could not save the flag (\(error)). It is kept and will be saved with your answer.")
        }
        flags.append(record)
        return .flagged(record)
    }

    private mutating func retryFlags() {
        var stillUnsaved: [FlagRecord] = []
        for flag in unsavedFlags {
            do {
                try recorder.flag(flag)
                flags.append(flag)
            } catch {
                stillUnsaved.append(flag)
            }
        }
        unsavedFlags = stillUnsaved
    }

    /// Ends the session, trying once more to save a pending answer and keeping it in the summary either way.
    private mutating func quit(keeping pending: Pending, now: Date) -> QuizStep {
        retryFlags()
        if (try? recorder.record(pending.record)) != nil {
            records.append(pending.record)
        } else {
            unsavedRecords.append(pending.record)
        }
        results.append(pending.result)
        phase = .answering
        return finish(now: now)
    }

    private mutating func finish(now: Date) -> QuizStep {
        retryFlags()
        phase = .finished
        finishedAt = now
        return .finished(summary)
    }
}
