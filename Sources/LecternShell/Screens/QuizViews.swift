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
        return question(asked, position: session.questionNumber, total: session.questionCount, again: session.isRetry, env)
    }

    /// A question as asked: its number among the session's questions (a missed question asked again keeps its
    /// number and says so), kind and source, whether it changed since the learner last answered it, then the prompt,
    /// the numbered lines and how to answer.
    public static func question(
        _ asked: AskedQuestion, position: Int, total: Int, again: Bool = false, _ env: ShellEnvironment
    ) -> DisplayText {
        let shown = asked.presentation(course: env.course)
        let cites = asked.question.paragraphIDs.joined(separator: ", ")
        let changed = env.progress.snapshot.changedSinceLastReview(questionID: asked.question.id, currentHash: env.bank.contentHash(of: asked.question.id) ?? asked.question.contentHash)
        let header = "Question \(position) of \(total)\(again ? ", asked again" : "") · \(kindName(asked.question.kind)) · \(cites)"
        // How to answer goes on the header line when both fit, so the question keeps to one screen.
        let instructionOnHeader = !changed && DisplayWidth.of(header + " · " + shown.instruction) <= env.width()
        var lines = [
            env.style.dim(DisplayText(instructionOnHeader ? header + " · " + shown.instruction : header))
                + (changed ? " · \(env.style.warn("changed since your last review"))" : ""),
            env.wrap(env.style.heading(DisplayText(shown.prompt))),
        ]
        lines += layout(shown.lines, of: asked.question.body, env)
        if !instructionOnHeader { lines.append(env.wrap(env.style.dim(DisplayText(shown.instruction)))) }
        return lines.joined(separator: "\n")
    }

    /// The lines under the prompt: short options side by side in columns, a matching's two columns side by side,
    /// when every row fits the width; one a line, wrapped, otherwise.
    static func layout(_ lines: [String], of body: QuestionBody, _ env: ShellEnvironment) -> [DisplayText] {
        let width = env.width()
        let oneALine = { (items: [String]) in items.map { env.wrap(DisplayText($0), indent: "  ", hangingIndent: "     ") } }
        switch body {
        case .match(let pairs) where lines.count == pairs.count * 2:
            let left = Array(lines.prefix(pairs.count))
            let right = Array(lines.suffix(pairs.count))
            let column = (left.map(DisplayWidth.of).max() ?? 0) + 3
            guard 2 + column + (right.map(DisplayWidth.of).max() ?? 0) <= width else { return oneALine(lines) }
            return zip(left, right).map { DisplayText("  " + $0.padded(to: column) + $1) }
        case .choice, .multi, .order, .whoSaid:
            // A who-said question's quotation stays on its own lines above the options.
            let quote = body.isWhoSaid ? Array(lines.prefix(1)) : []
            let options = Array(lines.dropFirst(quote.count))
            let column = (options.map(DisplayWidth.of).max() ?? 0) + 3
            let columns = min(options.count, max(1, (width - 2 + 3) / max(column, 1)))
            guard columns >= 2 else { return oneALine(lines) }
            let rows = (options.count + columns - 1) / columns
            let grid = (0..<rows).map { row in
                // In reading order: 1 and 2 on the first row, 3 and 4 on the next.
                let cells = Array(options[(row * columns)..<min(options.count, row * columns + columns)])
                return DisplayText("  " + cells.enumerated().map { $0.offset == cells.count - 1 ? $0.element : $0.element.padded(to: column) }.joined())
            }
            return oneALine(quote) + grid
        default:
            return oneALine(lines)
        }
    }

    /// The reveal: verdict, why it was accepted or not, the right answer, the explanation and the passage.
    public static func feedback(_ feedback: Feedback, _ env: ShellEnvironment) -> DisplayText {
        let grade = feedback.grade
        var lines = [verdict(grade, env.style)]
        // A skip's verdict line already says so; its notes would only repeat it.
        var notes = grade.outcome == .skipped ? [] : grade.notes
        // The first note shares the verdict's line when it fits there: "✗ Not right · you chose 1: 2000".
        if let first = notes.first,
            DisplayWidth.of(verdict(grade, Style(usesColor: false), stop: "").string + " · " + first) <= env.width()
        {
            lines[0] = verdict(grade, env.style, stop: "") + " · " + DisplayText(first)
            notes.removeFirst()
        }
        lines += notes.map { env.wrap(DisplayText($0), indent: "  ", hangingIndent: "  ") }
        if grade.outcome != .correct {
            lines.append(env.wrap(DisplayText(grade.shownAnswer ?? grade.correctAnswer), indent: "  Answer: ", hangingIndent: "          "))
        }
        lines.append(explanation(feedback.explanation, passage: feedback.passage, env))
        return lines.joined(separator: "\n")
    }

    /// Words of the passage quoted after an answer: the sentence whole when shorter, else that many around the
    /// words of the answer (three lines at most at 80 columns).
    public static let sourceWords = 40

    /// The end of every reveal, the same whatever was answered: why the answer is right and the passage it is from.
    public static func explanation(_ explanation: String, passage: Passage?, _ env: ShellEnvironment) -> DisplayText {
        let why = env.wrap(DisplayText(explanation), indent: "  Why: ", hangingIndent: "       ")
        guard let passage else { return why }
        let source = env.wrap(
            env.style.dim("“\(passage.excerpt(maxWords: sourceWords))”"),
            indent: "  Source \(passage.paragraphID): ", hangingIndent: "    ")
        return why + "\n" + source
    }

    /// The end of a quiz: score, counts, time, results by kind, confidence, and what was missed with its source.
    public static func summary(_ summary: QuizSummary, _ env: ShellEnvironment) -> DisplayText {
        let score = summary.retried > 0 ? "first-try score" : "score"
        var lines = [env.style.heading("\(sessionName(summary.mode)) finished") + " · \(score) \(percent(summary.score))"]
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

    /// What a session of `mode` is called at its end: "Exam", "Review" or "Quiz".
    static func sessionName(_ mode: String) -> String {
        switch mode {
        case "exam": "Exam"
        case "review": "Review"
        default: "Quiz"
        }
    }

    /// "✓ Correct.", "◐ Partly right: 50% credit.", …; `stop` ends it (none when a note follows on its line).
    private static func verdict(_ grade: Grade, _ style: Style, stop: String = ".") -> DisplayText {
        switch grade.outcome {
        case .correct: style.good("✓ Correct\(stop)")
        case .partial: style.warn("◐ Partly right: \(percent(grade.credit)) credit\(stop)")
        case .incorrect: style.bad("✗ Not right\(stop)")
        case .skipped: style.dim("→ Skipped\(stop)")
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

extension String {
    /// The string followed by spaces up to `columns` display columns.
    fileprivate func padded(to columns: Int) -> String {
        self + String(repeating: " ", count: max(0, columns - DisplayWidth.of(self)))
    }
}

extension QuestionBody {
    fileprivate var isWhoSaid: Bool {
        if case .whoSaid = self { return true }
        return false
    }
}
