import LecternCore

/// The questions asked right after a section: a quiz session of their own, in mode `lesson`, graded, explained and
/// recorded as a quiz's answers are, without re-asking a miss: its explanation is shown and the lesson goes on.
extension StudyScreen {
    /// How the questions after a section are asked.
    static let questionSettings = QuizSettings(askConfidence: false, feedbackAtEnd: false, mode: "lesson", reasksMisses: false)

    /// Starts the questions of the section at `page`, returning the first as shown; nil when it has none.
    mutating func askQuestions(_ env: ShellEnvironment) -> DisplayText? {
        askedSections.insert(page)
        let asked = lesson.questions(afterSection: page, in: env.bank.questions)
        guard !asked.isEmpty else { return nil }
        var rng = SplitMix64(seed: env.newSeed())
        let session = QuizSession(
            questions: asked, course: env.course, settings: Self.questionSettings, recorder: env.progress, using: &rng,
            now: env.now())
        questions = session
        let count = asked.count == 1 ? "a question" : "\(asked.count) questions"
        let intro = env.style.dim(DisplayText("Before you go on, \(count) on this section · hint · skip · source · quit"))
        return env.wrap(intro) + "\n\n" + QuizViews.question(session, env)
    }

    /// One line while a question is asked: passed to the session, whose step is shown as in a quiz.
    mutating func answer(_ line: String, _ env: ShellEnvironment) -> Reply {
        guard var session = questions else { return advance(env) }
        if line.trimmingCharacters(in: .whitespaces).lowercased() == "quit" { return leave(env) }
        let step = session.handle(line, now: env.now())
        questions = session
        if let reply = QuizStepText.staying(step, session, env) { return reply }
        switch step {
        case let .overridden(_, finished):
            return next(QuizStepText.overridden(env), finished: finished != nil, env)
        case let .feedback(feedback, finished):
            return next(QuizViews.feedback(feedback, env), finished: finished != nil, env)
        case let .answerSaved(finished):
            return next(env.style.dim("Answer saved."), finished: finished != nil, env)
        case .finished:
            questions = nil
            return advance(env)
        default:
            return Reply()
        }
    }

    /// After an answer: the next question, or, when that was the last, the lesson's next page.
    private mutating func next(_ text: DisplayText, finished: Bool, _ env: ShellEnvironment) -> Reply {
        if !finished, let session = questions { return Reply(text + "\n\n" + QuizViews.question(session, env)) }
        questions = nil
        var reply = advance(env)
        reply.display = text + "\n\n" + reply.display
        return reply
    }
}
