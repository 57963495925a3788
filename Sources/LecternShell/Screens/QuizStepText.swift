import LecternCore

/// What a quiz session's steps that do not move on look like, the same in a quiz and in a lesson's questions.
enum QuizStepText {
    /// The reply to a step that keeps the current question (a refused line, a hint, the source, an undo, a flag,
    /// the confidence question, a failed save); nil for a step that moves the session on.
    static func staying(_ step: QuizStep, _ session: QuizSession, _ env: ShellEnvironment) -> Reply? {
        switch step {
        case let .reprompt(message), let .recordingFailed(message):
            // A failed save's message already says what was not saved (an answer or a flag) and what to do next.
            return .failure(message)
        case let .hint(text):
            return Reply(env.wrap(env.style.warn("Hint: ") + DisplayText(text), indent: "  ", hangingIndent: "    "))
        case let .source(paragraphs):
            // The passage may be long: the question and its options come again after it.
            return Reply(CourseViews.paragraphs(paragraphs.map(\.id), env) + "\n\n" + QuizViews.question(session, env))
        case let .undone(result):
            let undone = env.style.dim("Took back your answer to “\(result.prompt)”. Answer it again.")
            return Reply(env.wrap(undone) + "\n\n" + QuizViews.question(session, env))
        case let .flagged(flag):
            let note = flag.note.isEmpty ? "" : ": \(flag.note)"
            return Reply(env.style.dim("Flagged for the author\(note). Carry on with your answer."))
        case .askConfidence:
            return Reply()
        case .overridden, .feedback, .answerSaved, .finished:
            return nil
        }
    }

    /// The note after `override`.
    static func overridden(_ env: ShellEnvironment) -> DisplayText {
        env.wrap(env.style.good("Counted as right at your word; the course author will see it in your report."))
    }
}
