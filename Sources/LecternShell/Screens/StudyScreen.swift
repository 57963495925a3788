import LecternCore

/// Reading one lesson: a page per section, then a closing page with the summary and "check yourself" prompts.
public struct StudyScreen: Screen {
    private let lesson: Lesson
    private var page = 0

    /// Opens `lesson`; it resumes where the learner left off.
    public init(lesson: Lesson) {
        self.lesson = lesson
    }

    private var closingPage: Int { lesson.sections.count }

    /// `lesson 2 · 1/3> `.
    public func prompt(in env: ShellEnvironment) -> DisplayText {
        let place = page < closingPage ? "\(page + 1)/\(lesson.sections.count)" : "end"
        return "lesson \(number(in: env)) · \(place)> "
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
        parts.append(render(env))
        let reply = record(env)
        return Reply(parts.joined(separator: "\n"), error: reply)
    }

    /// Moves through the lesson.
    public mutating func handle(_ line: String, in env: ShellEnvironment) -> Reply {
        switch line.trimmingCharacters(in: .whitespaces).lowercased() {
        case "", "next", "n":
            if page == closingPage {
                let next = number(in: env) < env.course.lessons.count ? " Next: 'study \(number(in: env) + 1)'." : ""
                return Reply(env.wrap(env.style.good("Lesson \(number(in: env)) done.") + DisplayText(next)), event: .pop)
            }
            page += 1
            return Reply(render(env), error: record(env))
        case "back", "b", "previous", "p":
            guard page > 0 else { return .failure("this is the first section; type 'next' or press Enter to go on") }
            page -= 1
            return Reply(render(env), error: record(env))
        case "source", "s":
            let ids = page < closingPage ? lesson.sections[page].paragraphIDs : lesson.citedParagraphIDs
            return Reply(CourseViews.paragraphs(ids, env))
        case "quit", "q", "exit":
            return Reply(env.wrap(env.style.dim("Left lesson \(number(in: env)) at \(place); 'study \(number(in: env))' resumes here.")), event: .pop)
        case "help", "?", "h":
            return Reply(keys(env))
        default:
            return .failure("in a lesson, type Enter or 'next', 'back', 'source', 'quit' or 'help'")
        }
    }

    private var place: String {
        page < closingPage ? "section \(page + 1) of \(lesson.sections.count)" : "the summary"
    }

    private func number(in env: ShellEnvironment) -> Int {
        (env.course.lessons.firstIndex { $0.id == lesson.id } ?? 0) + 1
    }

    private func keys(_ env: ShellEnvironment) -> DisplayText {
        env.wrap(env.style.dim("Enter/next: go on · back: previous section · source: the article's words · quit: main prompt"))
    }

    private func render(_ env: ShellEnvironment) -> DisplayText {
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

    private func closing(_ env: ShellEnvironment) -> DisplayText {
        var lines = [env.style.heading("Summary"), env.wrap(DisplayText(lesson.summary), indent: "  "), "", env.style.heading("Check yourself")]
        lines += lesson.checks.enumerated().map { env.wrap(DisplayText($1), indent: "  \($0 + 1). ", hangingIndent: "     ") }
        lines.append(env.wrap(env.style.dim("Enter: finish the lesson · back: last section · source: every paragraph the lesson cites")))
        return lines.joined(separator: "\n")
    }

    private func names(_ env: ShellEnvironment) -> [String] {
        lesson.actorIDs.compactMap { env.course.actor($0) }.flatMap(\.allNames)
    }

    /// Saves the position; returns the problem to show if it could not be kept.
    private func record(_ env: ShellEnvironment) -> String? {
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
