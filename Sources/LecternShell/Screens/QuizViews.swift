import LecternCore

/// Text for quizzes: a question as asked, the feedback after an answer, and the closing summary.
public enum QuizViews {
    /// "Quiz on lesson 3 · The axis of evil…", "Exam on the whole article", ….
    public static func title(_ scope: QuizScope, _ env: ShellEnvironment) -> String {
        switch scope {
        case .mixed: return "Quiz on the whole course"
        case .exam: return "Exam on the whole article"
        case .actors: return "Quiz on the actors"
        case .events: return "Quiz on the events"
        case let .lesson(id):
            let number = (env.course.lessons.firstIndex { $0.id == id } ?? 0) + 1
            return "Quiz on lesson \(number) · \(env.course.lesson(id)?.title ?? id)"
        }
    }

    /// The current question (see `question(_:position:total:_:)`), or nothing once the session is over.
    public static func question(_ session: QuizSession, _ env: ShellEnvironment) -> DisplayText {
        guard let asked = session.current else { return "" }
        return question(asked, position: session.position, total: session.total, env)
    }

    /// A question as asked: its number, kind and source, whether it changed since the learner last answered it, then
    /// the prompt, the numbered lines and how to answer.
    public static func question(_ asked: AskedQuestion, position: Int, total: Int, _ env: ShellEnvironment) -> DisplayText {
        let shown = asked.presentation(course: env.course)
        let cites = asked.question.paragraphIDs.joined(separator: ", ")
        let changed = env.progress.snapshot.changedSinceLastReview(questionID: asked.question.id, currentHash: env.bank.contentHash(of: asked.question.id) ?? asked.question.contentHash)
        var lines = [
            env.style.dim("Question \(position) of \(total) · \(kindName(asked.question.kind)) · \(cites)")
                + (changed ? " · \(env.style.warn("changed since your last review"))" : ""),
            env.wrap(env.style.heading(DisplayText(shown.prompt))),
        ]
        lines += shown.lines.map { env.wrap(DisplayText($0), indent: "  ", hangingIndent: "     ") }
        lines.append(env.wrap(env.style.dim(DisplayText(shown.instruction))))
        return lines.joined(separator: "\n")
    }

    /// The reveal: verdict, why it was accepted or not, the right answer, the explanation and the passage.
    public static func feedback(_ feedback: Feedback, _ env: ShellEnvironment) -> DisplayText {
        let grade = feedback.grade
        var lines = [verdict(grade, env)]
        // A skip's verdict line already says so; its notes would only repeat it.
        if grade.outcome != .skipped {
            lines += grade.notes.map { env.wrap(DisplayText($0), indent: "  ", hangingIndent: "  ") }
        }
        if grade.outcome != .correct {
            lines.append(env.wrap(DisplayText(grade.correctAnswer), indent: "  Answer: ", hangingIndent: "          "))
        }
        lines.append(explanation(feedback.explanation, passage: feedback.passage, env))
        return lines.joined(separator: "\n")
    }

    /// The end of every reveal, the same whatever was answered: why the answer is right and the passage it is from.
    public static func explanation(_ explanation: String, passage: Passage?, _ env: ShellEnvironment) -> DisplayText {
        let why = env.wrap(DisplayText(explanation), indent: "  Why: ", hangingIndent: "       ")
        guard let passage else { return why }
        let source = env.wrap(
            env.style.dim("“\(passage.excerpt(maxWords: 40))”"),
            indent: "  Source \(passage.paragraphID): ", hangingIndent: "    ")
        return why + "\n" + source
    }

    /// The end of a quiz: score, counts, time, results by kind, confidence, and what was missed with its source.
    public static func summary(_ summary: QuizSummary, _ env: ShellEnvironment) -> DisplayText {
        let score = summary.retried > 0 ? "first-try score" : "score"
        var lines = [env.style.heading("\(summary.mode == "exam" ? "Exam" : "Quiz") finished") + " · \(score) \(percent(summary.score))"]
        var counts = ["\(summary.correct) correct", "\(summary.partial) partial", "\(summary.incorrect) incorrect", "\(summary.skipped) skipped"]
        if summary.notReached > 0 { counts.append("\(summary.notReached) not reached") }
        if summary.retried > 0 { counts.append("\(summary.recovered) of \(summary.missedAtFirstTry) missed recovered") }
        if !summary.overridden.isEmpty { counts.append("\(summary.overridden.count) overridden") }
        counts.append("time \(duration(summary.duration))")
        if summary.hintsUsed > 0 { counts.append("\(summary.hintsUsed) hint\(summary.hintsUsed == 1 ? "" : "s")") }
        lines.append(env.wrap(DisplayText(counts.joined(separator: " · ")), indent: "  "))
        if !summary.byKind.isEmpty {
            let kinds = summary.byKind.map { "\(kindName($0.kind)) \(percent($0.score)) (\($0.count))" }
            lines.append(env.wrap(DisplayText(kinds.joined(separator: " · ")), indent: "  By kind: ", hangingIndent: "    "))
        }
        if !summary.calibration.isEmpty {
            let rows = summary.calibration.map { "\($0.confidence.rawValue): \($0.correct) of \($0.count) right" }
            lines.append(env.wrap(DisplayText(rows.joined(separator: " · ")), indent: "  Confidence: ", hangingIndent: "    "))
        }
        if summary.mode == "exam" {
            lines.append("")
            for (number, result) in summary.firstTries.enumerated() {
                lines.append(env.wrap("\(mark(result.grade.outcome)) \(result.prompt)", indent: "  \(number + 1). ", hangingIndent: "     "))
                lines.append(env.wrap("you: \(result.responseText.isEmpty ? "(skipped)" : result.responseText) · answer: \(result.grade.correctAnswer)", indent: "     "))
            }
        }
        if !summary.missed.isEmpty {
            lines.append(env.style.heading("To review"))
            for result in summary.missed {
                let cite = result.passage.map { " (\($0.paragraphID))" } ?? ""
                lines.append(
                    env.wrap(
                        "\(result.prompt) — \(result.grade.correctAnswer)\(cite)",
                        indent: "  - ", hangingIndent: "    "))
            }
        }
        if !summary.unsavedRecords.isEmpty {
            lines.append(env.style.bad("\(summary.unsavedRecords.count) answer(s) could not be saved; 'recap <file>' keeps them in a recap."))
        }
        lines.append(env.style.dim("Type 'recap <file.md>' to save a Markdown recap of this session."))
        return lines.joined(separator: "\n")
    }

    private static func verdict(_ grade: Grade, _ env: ShellEnvironment) -> DisplayText {
        switch grade.outcome {
        case .correct: env.style.good("✓ Correct.")
        case .partial: env.style.warn("◐ Partly right: \(percent(grade.credit)) credit.")
        case .incorrect: env.style.bad("✗ Not right.")
        case .skipped: env.style.dim("→ Skipped.")
        }
    }

    private static func mark(_ outcome: Grade.Outcome) -> String {
        switch outcome {
        case .correct: "✓"
        case .partial: "◐"
        case .incorrect: "✗"
        case .skipped: "→"
        }
    }

    /// How a kind is named to the learner.
    public static func kindName(_ kind: QuestionKind) -> String {
        switch kind {
        case .choice: "multiple choice"
        case .multi: "select all that apply"
        case .trueFalse: "true or false"
        case .typed: "short answer"
        case .number: "number"
        case .order: "timeline"
        case .match: "matching"
        case .cloze: "fill the gap"
        case .whoSaid: "who said it"
        }
    }

    /// `72%`.
    public static func percent(_ value: Double) -> String { Charts.percent(value) }

    /// `3m 12s`.
    public static func duration(_ seconds: Double) -> String {
        guard let total = Int(exactly: seconds.rounded()) else { return "?" }
        return total >= 60 ? "\(total / 60)m \(total % 60)s" : "\(total)s"
    }
}
