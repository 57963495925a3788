import Foundation
import LecternCore

/// A quiz or an exam in progress: shows each question, passes every line to the session and shows what it says.
public struct QuizScreen: Screen {
    private var session: QuizSession
    private let title: String
    private let seed: UInt64
    private let shortfall: String?

    /// Draws a quiz for `options`; nil with a message when nothing matches.
    public static func make(_ options: QuizOptions, _ env: ShellEnvironment) -> Result<QuizScreen, QuizOptionsError> {
        let seed = options.seed ?? env.newSeed()
        var rng = SplitMix64(seed: seed)
        let count = options.count ?? options.scope.defaultCount
        let isExam = options.scope == .exam
        // `exam --seed S` is one form for the whole class: the same questions in the same order, whatever each
        // learner answered before (the class report's reliability is per form).
        let isForm = isExam && options.seed != nil
        let request = QuizRequest(
            scope: options.scope, count: count, kind: options.kind,
            correctFacts: isForm ? [] : env.progress.correctFacts(in: env.bank))
        // `--question ID` asks exactly that question; otherwise the planner draws.
        let questions = options.questionID.map { id in env.bank.question(id).map { [$0] } ?? [] }
            ?? QuizPlanner.draw(request, from: env.bank, using: &rng)
        guard !questions.isEmpty else {
            return .failure(QuizOptionsError("no questions match that choice; try another lesson or kind"))
        }
        let settings = QuizSettings(
            askConfidence: options.asksConfidence, feedbackAtEnd: isExam, mode: isExam ? "exam" : "quiz",
            form: isExam ? String(seed) : nil)
        let shortfall = questions.count < count && options.questionID == nil ? "only \(questions.count) questions match" : nil
        let title = options.questionID.map { "Question \($0)" } ?? QuizViews.title(options.scope, env)
        return .success(
            QuizScreen(questions, settings: settings, title: title, seed: seed, rng: &rng, shortfall: shortfall, env))
    }

    /// A session over `questions` in the order given (the review queue).
    public init(
        _ questions: [Question], settings: QuizSettings, title: String, seed: UInt64, rng: inout SplitMix64,
        shortfall: String? = nil, _ env: ShellEnvironment
    ) {
        session = QuizSession(
            questions: questions, course: env.course, settings: settings, recorder: env.progress, using: &rng, now: env.now())
        self.title = title
        self.seed = seed
        self.shortfall = shortfall
    }

    /// `quiz 3/10> ` (question 3 of 10; `quiz 3/10 again> ` when it is asked again after a miss), or the
    /// confidence question.
    public func prompt(in env: ShellEnvironment) -> DisplayText {
        if session.isAwaitingConfidence { return "sure, unsure or guess? " }
        return "\(session.settings.mode) \(session.questionNumber)/\(session.questionCount)\(session.isRetry ? " again" : "")> "
    }

    /// The heading and the first question.
    public mutating func start(in env: ShellEnvironment) -> Reply {
        var heading = "\(title) · \(session.questionCount) question\(session.questionCount == 1 ? "" : "s") · seed \(seed)"
        if let shortfall { heading += " (\(shortfall))" }
        let commands = env.style.dim(
            DisplayText(
                session.settings.feedbackAtEnd
                    ? "During a question: hint · skip · flag <note> · quit · feedback comes at the end"
                    : "During a question: hint · skip · flag <note> · source · undo · override · quit"))
        let title = env.wrap(env.style.heading(DisplayText(heading)))
        return Reply([title, env.wrap(commands), "", QuizViews.question(session, env)].joined(separator: "\n"))
    }

    /// Passes the line to the session and shows the result.
    public mutating func handle(_ line: String, in env: ShellEnvironment) -> Reply {
        let step = session.handle(line, now: env.now())
        if let reply = QuizStepText.staying(step, session, env) { return reply }
        switch step {
        case let .overridden(_, finished):
            var text = QuizStepText.overridden(env)
            // The schedule changed with the answer: say when the question comes back now.
            if let schedule = scheduleLine(after: session.latestAnswer, env) { text += "\n" + schedule }
            return next(text, finished: finished, env)
        case let .feedback(feedback, finished):
            var text = QuizViews.feedback(feedback, env)
            if feedback.willReask { text += "\n" + env.wrap(env.style.dim("It comes back later in this session.")) }
            if let schedule = scheduleLine(after: feedback.record, env) { text += "\n" + schedule }
            return next(text, finished: finished, env)
        case let .answerSaved(finished):
            return next(env.style.dim("Answer saved."), finished: finished, env)
        case let .finished(summary):
            return end(summary, env)
        default:
            return Reply()
        }
    }

    /// Ctrl-C on an empty answer: nothing to clear, so say how to stop.
    public func interruptedOnEmptyLine(in env: ShellEnvironment) -> Reply {
        let mode = session.settings.mode
        return Reply(env.wrap(env.style.dim(DisplayText("Type 'quit', or press Ctrl-D, to stop the \(mode); your answers so far are kept."))))
    }

    /// Ctrl-D or the end of the input mid-quiz: end the session as `quit` does, keeping every answer given; the
    /// shell then goes back to the screen below (the main prompt), or ends when the quiz was the command line's.
    public mutating func finish(in env: ShellEnvironment) -> Reply {
        guard !session.isFinished else { return Reply() }
        if case let .finished(summary) = session.handle("quit", now: env.now()) {
            return end(summary, env)
        }
        return Reply()
    }

    /// In `review`, "Next review in 4 days (Good)." for the answer just saved; nil in a quiz or exam, or for a skip.
    private func scheduleLine(after record: AnswerRecord?, _ env: ShellEnvironment) -> DisplayText? {
        guard session.settings.mode == "review", let record,
            let schedule = ReviewQueue.nextReview(after: record, in: env.progress.snapshot)
        else { return nil }
        return env.wrap(env.style.dim(DisplayText(schedule.prefix(1).uppercased() + schedule.dropFirst() + ".")))
    }

    private mutating func next(_ text: DisplayText, finished: QuizSummary?, _ env: ShellEnvironment) -> Reply {
        guard let finished else {
            return Reply(text + "\n\n" + QuizViews.question(session, env))
        }
        var reply = end(finished, env)
        reply.display = text + "\n\n" + reply.display
        return reply
    }

    private func end(_ summary: QuizSummary, _ env: ShellEnvironment) -> Reply {
        env.memory.lastQuiz = summary
        if summary.attempted == 0 {
            // Nothing answered: a score of 0% and a recap of nothing would only mislead.
            let stopped = "Stopped before the first answer; nothing was recorded."
            return Reply(env.wrap(env.style.dim(DisplayText(stopped))), event: .pop)
        }
        var text = QuizViews.summary(summary, env)
        if summary.notReached > 0 {
            // Stopped early (quit, Ctrl-D, the end of the input): say where, and that nothing given is lost.
            let kept = summary.unsavedRecords.isEmpty ? "the answers you gave are saved" : "the answers saved are kept"
            let stopped = "Stopped after \(summary.attempted) of \(summary.total) questions; \(kept)."
            text = env.wrap(env.style.dim(DisplayText(stopped))) + "\n" + text
        }
        return Reply(text, event: .pop)
    }
}
