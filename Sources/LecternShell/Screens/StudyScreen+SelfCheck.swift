import LecternCore

/// The closing page: the summary, then each "check yourself" prompt in turn. The learner types an answer (or
/// `skip`), sees the model answer, and says whether they had it (`y`/`n`), which is recorded as a `check` record;
/// an empty answer or `skip` records nothing.
extension StudyScreen {
    /// The summary and the first prompt; the end of the lesson comes when the prompts are done.
    mutating func closing(_ env: ShellEnvironment) -> DisplayText {
        var lines = [env.style.heading("Summary"), env.wrap(DisplayText(lesson.summary), indent: "  ")]
        guard !lesson.checks.isEmpty else {
            lines.append(env.wrap(env.style.dim("Enter: finish the lesson · back: last section · source: every paragraph the lesson cites")))
            return lines.joined(separator: "\n")
        }
        selfCheck = SelfCheck(index: 0)
        lines += ["", env.style.heading("Check yourself")]
        lines.append(
            env.wrap(env.style.dim("Answer in a few words, then compare with the model answer · Enter or skip: next · back · quit")))
        lines.append(checkPrompt(0, env))
        return lines.joined(separator: "\n")
    }

    /// One line at a "check yourself" prompt, or at its "had it? y/n".
    mutating func check(_ line: String, _ env: ShellEnvironment) -> Reply {
        guard var current = selfCheck else { return done(env) }
        let trimmed = line.trimmingCharacters(in: .whitespaces)
        let command = trimmed.lowercased()
        if command == "quit" { return leave(env) }
        if let typed = current.typed {
            switch command {
            case "y", "yes": return nextPrompt(recording: typed, hadIt: true, env)
            case "n", "no": return nextPrompt(recording: typed, hadIt: false, env)
            case "skip": return nextPrompt(recording: nil, hadIt: false, env)
            default: return .failure("type y if you had it, n if not (or skip)")
            }
        }
        switch command {
        case "", "skip":
            return nextPrompt(recording: nil, hadIt: false, env)
        case "back":
            selfCheck = nil
            page = max(0, closingPage - 1)
            return Reply(show(env), error: record(env))
        case "source":
            return Reply(CourseViews.paragraphs(lesson.citedParagraphIDs, env))
        case "help":
            return Reply(env.wrap(env.style.dim("Type your answer · Enter or skip: next prompt · back: last section · source · quit")))
        default:
            break
        }
        // To answer with one of those words, quote it, as in a quiz.
        let typed = Self.unquoted(trimmed)
        guard let model = lesson.checkAnswers[current.index] else {
            let note = env.style.dim("This prompt has no model answer; compare yours with the lesson ('back').")
            return nextPrompt(recording: nil, hadIt: false, env, before: env.wrap(note))
        }
        current.typed = typed
        selfCheck = current
        return Reply(
            [
                env.wrap(env.style.heading("Model answer: ") + DisplayText(model), indent: "  ", hangingIndent: "  "),
                env.wrap(env.style.dim("Did you have it? y or n")),
            ].joined(separator: "\n"))
    }

    /// Records the learner's verdict on the current prompt (when there is one) and shows the next prompt, or ends
    /// the lesson after the last.
    private mutating func nextPrompt(
        recording typed: String?, hadIt: Bool, _ env: ShellEnvironment, before: DisplayText? = nil
    ) -> Reply {
        guard let current = selfCheck else { return done(env) }
        var shown: [DisplayText] = before.map { [$0] } ?? []
        if let typed {
            let record = ProgressRecord.Check(
                lessonID: lesson.id, promptIndex: current.index, response: typed, hadIt: hadIt, at: env.now())
            do {
                try env.progress.record(record)
                shown.append(env.style.dim(hadIt ? "Noted: you had it." : "Noted: worth another look."))
            } catch {
                // Nothing is lost but this one verdict; the prompt is asked again so it can be given once more.
                return .failure("your answer could not be saved: \(error); type y or n again, or skip")
            }
        }
        let index = current.index + 1
        guard index < lesson.checks.count else {
            selfCheck = nil
            var reply = done(env)
            reply.display = (shown + [reply.display]).joined(separator: "\n")
            return reply
        }
        selfCheck = SelfCheck(index: index)
        shown.append(checkPrompt(index, env))
        return Reply(shown.joined(separator: "\n"))
    }

    /// `2/3  What did Iran offer…?`.
    private func checkPrompt(_ index: Int, _ env: ShellEnvironment) -> DisplayText {
        env.wrap(
            env.style.accent("\(index + 1)/\(lesson.checks.count)") + "  " + DisplayText(lesson.checks[index]),
            indent: "", hangingIndent: "     ")
    }

    /// A line wrapped whole in quotes without them (`"skip"` answers "skip").
    static func unquoted(_ text: String) -> String {
        for (open, close) in [("\"", "\""), ("'", "'"), ("“", "”")] where text.count >= 2 && text.hasPrefix(open) && text.hasSuffix(close) {
            return String(text.dropFirst().dropLast())
        }
        return text
    }
}
