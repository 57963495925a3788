import Foundation
import LecternCore

/// Studying one lesson: a page per section, each followed by the questions the course asks after it (`section:`),
/// then a closing page with the summary and the "check yourself" prompts, each answered and compared with its model
/// answer.
///
/// At a section's prompt, `actor NAME`, `source ID…` and `timeline` look things up without leaving the lesson.
/// The questions after a section are a quiz session of their own (mode `lesson`): graded, explained and recorded
/// as in a quiz, so they feed spaced review; a miss is explained and the lesson moves on.
public struct StudyScreen: Screen {
    let lesson: Lesson
    var page = 0
    /// The questions being asked after the section at `page`, while they are.
    var questions: QuizSession?
    /// Sections whose questions were asked since the lesson opened: going back and on again does not ask them twice.
    var askedSections = Set<Int>()
    /// The "check yourself" prompt being answered on the closing page, while one is.
    var selfCheck: SelfCheck?

    /// Where the learner is in the "check yourself" prompts.
    struct SelfCheck {
        /// The prompt's 0-based index.
        var index: Int
        /// What the learner typed, once they have: the model answer is shown and "had it? y/n" asked.
        var typed: String?
    }

    /// Commands of the lesson's prompt that look something up without leaving the lesson.
    static let lookups: Set<String> = ["actor", "source", "timeline"]

    /// Opens `lesson`; it resumes where the learner left off.
    public init(lesson: Lesson) {
        self.lesson = lesson
    }

    var closingPage: Int { lesson.sections.count }

    /// `lesson 2 · 1/3> `, `lesson 2 · 1/3 · question 1/2> `, `lesson 2 · check 1/3> ` or `had it? y/n> `.
    public func prompt(in env: ShellEnvironment) -> DisplayText {
        let lessonNumber = number(in: env)
        if let questions, !questions.isFinished {
            return "lesson \(lessonNumber) · \(page + 1)/\(lesson.sections.count) · question \(questions.position)/\(questions.total)> "
        }
        if let selfCheck {
            if selfCheck.typed != nil { return "had it? y/n> " }
            return "lesson \(lessonNumber) · check \(selfCheck.index + 1)/\(lesson.checks.count)> "
        }
        let place = page < closingPage ? "\(page + 1)/\(lesson.sections.count)" : "end"
        return "lesson \(lessonNumber) · \(place)> "
    }

    /// Shows the page the learner was on, with the lesson's objectives when starting afresh.
    public mutating func start(in env: ShellEnvironment) -> Reply {
        let stored = env.progress.position(in: lesson.id)
        // The position comes from the learner's files, which may have been edited: keep it inside the lesson.
        page = max(0, min(stored?.page ?? 0, closingPage))
        if stored?.isComplete == true, page == closingPage { page = 0 }
        var parts: [DisplayText] = []
        let heading = env.style.heading("Lesson \(number(in: env)) · \(lesson.title)")
        if page == 0 {
            parts.append(env.wrap(heading))
            parts.append("You will be able to:")
            parts += lesson.objectives.map { env.wrap(DisplayText($0), indent: "  - ", hangingIndent: "    ") }
        } else {
            parts.append(env.wrap(heading + env.style.dim(" · resuming at section \(page + 1) of \(lesson.sections.count)")))
        }
        parts.append("")
        parts.append(show(env))
        let reply = record(env)
        return Reply(parts.joined(separator: "\n"), error: reply)
    }

    /// Moves through the lesson, answers its questions and its "check yourself" prompts.
    public mutating func handle(_ line: String, in env: ShellEnvironment) -> Reply {
        if questions != nil { return answer(line, env) }
        if selfCheck != nil { return check(line, env) }
        let words = line.split(separator: " ", omittingEmptySubsequences: true).map(String.init)
        if let first = words.first?.lowercased(), Self.lookups.contains(first), words.count > 1 || first == "timeline",
            let command = CommandCatalog.command(first)
        {
            // A look-up leaves the lesson where it is: the prompt says the same section afterwards.
            return PromptCommand.run(command, words: Array(words.dropFirst()), in: env)
        }
        switch line.trimmingCharacters(in: .whitespaces).lowercased() {
        case "", "next", "n":
            return goOn(env)
        case "back", "b", "previous", "p":
            guard page > 0 else { return .failure("this is the first section; type 'next' or press Enter to go on") }
            page -= 1
            return Reply(show(env), error: record(env))
        case "source", "s":
            let ids = page < closingPage ? lesson.sections[page].paragraphIDs : lesson.citedParagraphIDs
            return Reply(CourseViews.paragraphs(ids, env))
        case "quit", "q", "exit":
            return leave(env)
        case "help", "?", "h":
            return Reply(keys(env))
        default:
            return .failure("in a lesson, type Enter or 'next', 'back', 'source', 'actor <name>', 'timeline', 'quit' or 'help'")
        }
    }

    /// Enter at a section: its questions, if it has any not yet asked; else the next page.
    private mutating func goOn(_ env: ShellEnvironment) -> Reply {
        if page < closingPage, !askedSections.contains(page), let first = askQuestions(env) { return Reply(first) }
        return advance(env)
    }

    /// The next page: the next section, or the closing page with its first "check yourself" prompt; past the
    /// closing page, the end of the lesson.
    mutating func advance(_ env: ShellEnvironment) -> Reply {
        guard page < closingPage else { return done(env) }
        page += 1
        return Reply(show(env), error: record(env))
    }

    /// The current page as shown: a section, or the closing page (which starts the "check yourself" prompts).
    mutating func show(_ env: ShellEnvironment) -> DisplayText {
        guard page < closingPage else { return closing(env) }
        let section = lesson.sections[page]
        let title = "\(page + 1)/\(lesson.sections.count)  \(section.title)"
        let cites = env.style.dim("[\(section.paragraphIDs.joined(separator: ", "))]")
        return [
            env.wrap(env.style.heading(DisplayText(title)) + " " + cites),
            MarkdownText.render(section.body, style: env.style, width: env.width(), highlight: names(env)),
            keys(env),
        ].joined(separator: "\n")
    }

    /// Leaves the lesson, saying where the learner stopped; the reading position is already saved.
    mutating func leave(_ env: ShellEnvironment) -> Reply {
        var lines: [DisplayText] = []
        if var session = questions {
            questions = nil
            // The session keeps an answer whose saving failed; `quit` is its last chance to say so.
            if case let .finished(summary) = session.handle("quit", now: env.now()), !summary.unsavedRecords.isEmpty {
                lines.append(env.wrap(env.style.warn("\(summary.unsavedRecords.count) answer(s) could not be saved.")))
            }
        }
        let where_ = page < closingPage ? "section \(page + 1) of \(lesson.sections.count)" : "the summary"
        let resume = "Left lesson \(number(in: env)) at \(where_); 'study \(number(in: env))' resumes here."
        lines.append(env.wrap(env.style.dim(DisplayText(resume))))
        return Reply(lines.joined(separator: "\n"), event: .pop)
    }

    /// The end of the lesson, with what to do next: a quiz on it while it is fresh, then the next lesson.
    mutating func done(_ env: ShellEnvironment) -> Reply {
        let lessonNumber = number(in: env)
        let then = lessonNumber < env.course.lessons.count
            ? "then 'study \(lessonNumber + 1)'" : "then 'review' for what is due, or 'report' to see where you stand"
        let next = " Next: 'quiz \(lessonNumber)' on what you just read, \(then)."
        return Reply(env.wrap(env.style.good("Lesson \(lessonNumber) done.") + DisplayText(next)), event: .pop)
    }

    func number(in env: ShellEnvironment) -> Int {
        (env.course.lessons.firstIndex { $0.id == lesson.id } ?? 0) + 1
    }

    private func keys(_ env: ShellEnvironment) -> DisplayText {
        env.wrap(
            env.style.dim(
                "Enter/next: go on · back: previous section · source: the article's words · actor <name> · timeline"
                    + " · quit: main prompt"))
    }

    private func names(_ env: ShellEnvironment) -> [String] {
        lesson.actorIDs.compactMap { env.course.actor($0) }.flatMap(\.allNames)
    }

    /// Saves the position; returns the problem to show if it could not be kept.
    func record(_ env: ShellEnvironment) -> String? {
        let wasComplete = env.progress.position(in: lesson.id)?.isComplete ?? false
        let position = LessonPosition(page: page, isComplete: wasComplete || page == closingPage)
        do {
            try env.progress.record(position, in: lesson.id)
            return nil
        } catch {
            return "your place in the lesson could not be saved: \(error)"
        }
    }
}
