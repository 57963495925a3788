import Foundation

/// A quiz as a state machine the shell drives one line at a time; it never reads input, prints or reads the clock.
///
/// While a question is shown, these lines are commands (case-insensitive, the whole line): `hint`, `skip`,
/// `source` (not in an exam; it counts as help, like a hint), `undo` (takes back the previous answer and asks that
/// question again), `override` (counts the previous typed, cloze or number answer, marked wrong, as right), `quit`,
/// and `flag` or `flag <note>`. Every other line is an answer. To answer with one of those
/// words literally, wrap the whole line in quotes: `"skip"` (or `'skip'`, `“skip”`); the quotes are removed
/// before grading. An empty line re-prompts and says what can be typed.
///
/// Each answer or skip becomes an `AnswerRecord` handed to the recorder before the session moves on. If the
/// recorder throws, the step is `.recordingFailed`, the answer stays pending and the next line retries it;
/// `quit` ends the session with the answer listed in `QuizSummary.unsavedRecords` rather than losing it.
///
/// Until you know it: when `QuizSettings.reasksMisses` is set, a question answered wrong (or partly right) is asked
/// again after three others (or at the end, when fewer are left), and again after each miss, until it is answered
/// right or skipped. Each re-ask is an answer like any other, recorded and rated.
public struct QuizSession {
    /// One place in the order of questions: the question as shown there, and whether it is a re-ask.
    struct Entry: Sendable {
        /// The question with its option order and hints taken so far.
        var asked: AskedQuestion
        /// The same question before any hint, to ask it again.
        let fresh: AskedQuestion
        /// The passage its feedback quotes.
        let passage: Passage?
        /// Whether this is a re-ask of a question missed earlier in the session.
        let isRetry: Bool
        /// Whether the learner read the source before answering here.
        var sourceShown = false
        /// Whether the learner has seen the right answer here: the feedback of an answer `undo` took back showed it.
        var answerShown = false
        /// Tells entries apart when one is taken out again (after `undo` or `override`).
        let serial: Int

        /// The same question, fresh, at a new place.
        func again(serial: Int, isRetry: Bool) -> Entry {
            Entry(asked: fresh, fresh: fresh, passage: passage, isRetry: isRetry, serial: serial)
        }
    }

    /// The latest saved answer, which `undo` and `override` act on.
    struct Saved: Sendable {
        /// The answer as saved.
        var record: AnswerRecord
        /// Where it was asked.
        var entry: Entry
        /// The re-ask it scheduled, if any.
        var reask: Int?
    }

    /// An answer graded but not yet saved.
    struct Pending: Sendable {
        var record: AnswerRecord
        var result: QuestionResult
    }

    /// How many other questions come before a missed one is asked again.
    public static let reaskGap = 3

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
    public internal(set) var records: [AnswerRecord] = []
    /// Flags saved, in order.
    public private(set) var flags: [FlagRecord] = []
    /// Flags the recorder refused; retried before each later save.
    public private(set) var unsavedFlags: [FlagRecord] = []

    private let grader: Grader
    let recorder: any AnswerRecorder
    /// The questions in the order asked, re-asks included; passages are worked out when the session starts.
    var entries: [Entry]
    var nextSerial: Int
    var lastSaved: Saved?
    var index = 0
    var phase = Phase.answering
    var askedAt: Date
    var finishedAt: Date?
    var results: [QuestionResult] = []
    var unsavedRecords: [AnswerRecord] = []

    /// Starts a session over `questions` in the given order, shuffling each question's options with `rng` now.
    public init(
        questions: [Question], course: Course, settings: QuizSettings, recorder: any AnswerRecorder,
        using rng: inout some RandomNumberGenerator, now: Date
    ) {
        self.settings = settings
        self.course = course
        self.recorder = recorder
        self.grader = Grader(course: course)
        let finder = PassageFinder(course: course, names: grader.names)
        self.entries = questions.enumerated().map { offset, question in
            let asked = AskedQuestion(question, using: &rng)
            return Entry(asked: asked, fresh: asked, passage: finder.best(for: question), isRetry: false, serial: offset)
        }
        self.nextSerial = questions.count
        self.startedAt = now
        self.askedAt = now
        if questions.isEmpty {
            phase = .finished
            finishedAt = now
        }
    }

    /// The question being asked, or nil once the session is over.
    public var current: AskedQuestion? {
        guard !isFinished, entries.indices.contains(index) else { return nil }
        return entries[index].asked
    }

    /// The question after the current one, or nil when the current one is the last (or the session is over).
    public var upcoming: AskedQuestion? {
        guard !isFinished, entries.indices.contains(index + 1) else { return nil }
        return entries[index + 1].asked
    }

    /// The passage the current question's feedback quotes, or nil when there is none (or the session is over).
    public var currentPassage: Passage? {
        guard !isFinished, entries.indices.contains(index) else { return nil }
        return entries[index].passage
    }

    /// Whether the current question is asked again after a miss earlier in the session.
    public var isRetry: Bool {
        guard !isFinished, entries.indices.contains(index) else { return false }
        return entries[index].isRetry
    }

    /// The 1-based position of the current question (the total once finished).
    public var position: Int { min(index + 1, entries.count) }

    /// Questions in the session, re-asks so far included.
    public var total: Int { entries.count }

    /// The latest answer saved, the one `undo` and `override` act on (after an override, the answer counted right);
    /// nil before the first and after an undo.
    public var latestAnswer: AnswerRecord? { lastSaved?.record }

    /// Questions in the session, each counted once (re-asks left out), as the summary counts them.
    public var questionCount: Int { entries.filter { !$0.isRetry }.count }

    /// The 1-based number of the current question among `questionCount`: a re-ask has the number its question had
    /// when first asked (`questionCount` once finished).
    public var questionNumber: Int {
        let firsts = entries.filter { !$0.isRetry }
        guard !isFinished, entries.indices.contains(index) else { return firsts.count }
        guard entries[index].isRetry else { return entries[..<index].filter { !$0.isRetry }.count + 1 }
        let id = entries[index].asked.question.id
        return (firsts.firstIndex { $0.asked.question.id == id } ?? 0) + 1
    }

    /// Whether `undo` has an answer to take back.
    public var canUndo: Bool { lastSaved != nil && !isFinished }

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
            mode: settings.mode, startedAt: startedAt, finishedAt: finishedAt ?? askedAt,
            total: entries.filter { !$0.isRetry }.count,
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
        guard entries.indices.contains(index) else { return finish(now: now) }
        if trimmed.isEmpty {
            let source = settings.feedbackAtEnd ? "" : " source,"
            let undo = canUndo ? " undo," : ""
            return .reprompt("Type an answer, or hint, skip,\(source)\(undo) flag NOTE or quit.")
        }
        switch command {
        case "hint":
            guard let hint = entries[index].asked.hint(course: course) else {
                let none = entries[index].asked.hintsUsed == 0
                    ? "This question has no hints." : "No more hints for this question."
                return .reprompt(none + " Type an answer, or skip.")
            }
            return .hint(hint)
        case "skip":
            return commit(skipped(now: now), now: now)
        case "source":
            guard !settings.feedbackAtEnd else {
                return .reprompt("The source is not shown during an exam; it comes with the results at the end.")
            }
            entries[index].sourceShown = true
            return .source(entries[index].asked.question.paragraphIDs.compactMap { course.article.paragraph($0) })
        case "undo":
            return undo(now: now)
        case "override":
            return override(now: now)
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
        let current = entries[index].asked
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
            correctAnswer: grader.correctAnswer(for: entries[index].asked.question))
        return makePending(response: "", grade: grade, now: now)
    }

    private func makePending(response: String, grade: Grade, now: Date) -> Pending {
        let entry = entries[index]
        let current = entry.asked
        let question = current.question
        let record = AnswerRecord(
            questionID: question.id, factID: question.factID, kind: question.kind, response: response,
            outcome: grade.outcome, credit: grade.credit, hintsUsed: current.hintsUsed, confidence: nil,
            askedAt: askedAt, answeredAt: now, mode: settings.mode, sourceShown: entry.sourceShown,
            chosen: grade.chosen, form: settings.form, answerShown: entry.answerShown)
        let result = QuestionResult(
            questionID: question.id, prompt: question.prompt, kind: question.kind, response: response,
            responseText: response.isEmpty ? "" : grader.describe(current, response: response), grade: grade,
            explanation: question.explanation, passage: entry.passage,
            paragraphIDs: question.paragraphIDs, hintsUsed: current.hintsUsed, confidence: nil,
            latency: record.latency, isRetry: entry.isRetry)
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
        let reask = needsReask(pending.record.outcome) ? scheduleReask() : nil
        lastSaved = Saved(record: pending.record, entry: entries[index], reask: reask)
        let feedback = Feedback(
            result: pending.result, position: index + 1, total: entries.count, record: pending.record,
            willReask: reask != nil)
        index += 1
        askedAt = now
        var ended: QuizSummary?
        if index >= entries.count {
            phase = .finished
            finishedAt = now
            ended = summary
        } else {
            phase = .answering
        }
        return settings.feedbackAtEnd ? .answerSaved(finished: ended) : .feedback(feedback, finished: ended)
    }

    private mutating func flag(note: String, now: Date) -> QuizStep {
        let record = FlagRecord(questionID: entries[index].asked.question.id, note: note, flaggedAt: now, mode: settings.mode)
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
        lastSaved = nil
        phase = .finished
        finishedAt = now
        return .finished(summary)
    }
}
