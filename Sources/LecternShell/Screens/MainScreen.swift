import LecternCore

/// The main prompt: reference commands, and the doors into lessons (and later quizzes and reports).
public struct MainScreen: Screen {
    /// Creates the main screen.
    public init() {}

    /// `lectern> `, in bold with colour (the readline reader marks the codes invisible for its line editing).
    public func prompt(in environment: ShellEnvironment) -> DisplayText {
        environment.style.heading("lectern>") + " "
    }

    /// A greeting that says where to start.
    public mutating func start(in env: ShellEnvironment) -> Reply {
        // The summary, not the course: the greeting must not wait for a course still being loaded.
        let course = env.summary
        let text = [
            env.wrap("\(env.style.heading("Lectern")) · \(course.title)"),
            env.wrap(env.style.dim("\(course.author), \(course.year) · \(course.lessonCount) lessons · type 'help' for commands, 'lessons' to begin")),
        ].joined(separator: "\n")
        return Reply(text)
    }

    /// Runs one command line.
    public mutating func handle(_ line: String, in env: ShellEnvironment) -> Reply {
        let words = line.split(separator: " ", omittingEmptySubsequences: true).map(String.init)
        guard let first = words.first else { return Reply() }
        let argument = words.dropFirst().joined(separator: " ")
        guard let command = CommandCatalog.command(first.lowercased()) else {
            let hint = CommandCatalog.suggestion(for: first).map { " Did you mean '\($0)'?" } ?? ""
            return .failure("unknown command '\(String(first.prefix(40)))'.\(hint) Type 'help' for the list.")
        }
        return MainScreen.run(command.name, argument: argument, env)
    }

    /// Runs a command by name; the command-line subcommands call this too, so both behave the same.
    public static func run(_ name: String, argument: String, _ env: ShellEnvironment) -> Reply {
        if let reason = env.progress.readOnlyReason, let command = CommandCatalog.command(name),
            command.writes(argument: argument)
        {
            return .failure(command.readOnlyRefusal(reason))
        }
        switch name {
        case "help": return Reply(HelpView.text(for: argument, env))
        case "lessons": return Reply(CourseViews.lessons(env))
        case "study": return study(argument, env)
        case "actors": return Reply(CourseViews.actors(env))
        case "actor": return actor(argument, env)
        case "timeline": return Reply(CourseViews.timeline(env))
        case "source": return source(argument, env)
        case "quit": return Reply(event: .quit)
        case "quiz", "exam": return quiz(argument, exam: name == "exam", env)
        case "review": return ProgressCommands.review(argument, env)
        case "report": return ReportViews.run(argument, env)
        case "settings": return ProgressCommands.settings(argument, env)
        case "recap": return recap(argument, env)
        case "questions": return Reply(QuestionCatalog(course: env.course, bank: env.bank).text(width: max(20, env.width())))
        default: return .failure("'\(name)' is not available here")
        }
    }

    private static func quiz(_ argument: String, exam: Bool, _ env: ShellEnvironment) -> Reply {
        let words = argument.split(separator: " ").map(String.init)
        let made = QuizOptions.parse(words, course: env.course, exam: exam).flatMap { QuizScreen.make($0, env) }
        switch made {
        case let .success(screen): return Reply(event: .push(screen))
        case let .failure(error): return .failure(error.description)
        }
    }

    private static func recap(_ argument: String, _ env: ShellEnvironment) -> Reply {
        guard let summary = env.memory.lastQuiz else { return .failure("there is no quiz to recap yet; take one with 'quiz'") }
        guard !argument.isEmpty else { return .failure("name the file, like 'recap quiz.md'") }
        let url = URL(fileURLWithPath: (argument as NSString).expandingTildeInPath)
        let text = summary.markdownRecap(course: env.course, title: "Lectern recap: \(summary.mode) of \(summary.finishedAt.formatted(.iso8601.year().month().day()))")
        do {
            try Data(text.string.utf8).write(to: url)
        } catch {
            return .failure("could not write \(url.path): \(error.localizedDescription)")
        }
        return Reply("Recap written to \(url.path) (\(summary.results.count) questions).")
    }

    private static func study(_ argument: String, _ env: ShellEnvironment) -> Reply {
        guard !argument.isEmpty else {
            return .failure("which lesson? Type 'study 1' to 'study \(env.course.lessons.count)', or a lesson id (see 'lessons')")
        }
        guard let lesson = env.course.lesson(named: argument) else {
            let hint = closest(to: argument, in: env.course.lessons.map(\.id)).map { " Did you mean '\($0)'?" } ?? ""
            return .failure("no lesson '\(quoted(argument))'.\(hint) Lessons are numbered 1 to \(env.course.lessons.count).")
        }
        return Reply(event: .push(StudyScreen(lesson: lesson)))
    }

    private static func actor(_ argument: String, _ env: ShellEnvironment) -> Reply {
        guard !argument.isEmpty else { return .failure("whose card? Type 'actor <name>', e.g. 'actor Rouhani'; 'actors' lists them") }
        guard let match = env.course.resolveActor(named: argument) else {
            let names = env.course.actors.flatMap(\.allNames)
            let hint = closest(to: argument, in: names).map { " Did you mean '\($0)'?" } ?? ""
            return .failure("no actor called '\(quoted(argument))'.\(hint) Type 'actors' for the list.")
        }
        let note: DisplayText = match.typos > 0 ? env.style.dim("(\(match.reason))") + "\n" : ""
        return Reply(note + CourseViews.card(match.actor, env))
    }

    /// What the learner typed, cut to a readable length (it is neutralised where the message is written).
    private static func quoted(_ argument: String) -> String {
        argument.count > 60 ? argument.prefix(60) + "…" : argument
    }

    /// A suggestion for a name of a sensible length; comparing a pasted page with every name would take seconds.
    private static func closest(to argument: String, in names: [String]) -> String? {
        argument.count <= 64 ? Identifier.closest(to: argument, in: names) : nil
    }

    private static func source(_ argument: String, _ env: ShellEnvironment) -> Reply {
        guard !argument.isEmpty else { return Reply(CourseViews.paragraphList(env)) }
        let ids = argument.split(whereSeparator: { $0 == " " || $0 == "," }).map { $0.lowercased() }
        let ordered = env.course.article.paragraphs.map(\.id)
        for id in ids where !ordered.contains(id) {
            let hint = Identifier.closest(to: id, in: ordered).map { " Did you mean '\($0)'?" } ?? ""
            return .failure("no paragraph '\(id)'.\(hint) Paragraphs: \(ordered.joined(separator: ", ")).")
        }
        return Reply(CourseViews.paragraphs(ids, env))
    }
}

/// The text of `help` and `help <command>`.
public enum HelpView {
    /// The list of commands, or one command's details.
    public static func text(for argument: String, _ env: ShellEnvironment) -> DisplayText {
        if !argument.isEmpty {
            guard let command = CommandCatalog.command(argument.lowercased()) else {
                let hint = CommandCatalog.suggestion(for: argument).map { " Did you mean '\($0)'?" } ?? ""
                return "There is no command '\(argument)'.\(hint)"
            }
            return [
                env.style.heading(DisplayText("\(command.name) \(command.arguments)".trimmingCharacters(in: .whitespaces))),
                env.wrap(DisplayText(command.summary.prefix(1).uppercased() + command.summary.dropFirst() + "."), indent: "  "),
                env.wrap(DisplayText(command.details), indent: "  "),
            ].joined(separator: "\n")
        }
        // Long argument lists stay for `help <command>`; the list shows a short form.
        func usage(_ command: CommandInfo) -> String {
            command.arguments.count <= 18 ? "\(command.name) \(command.arguments)" : "\(command.name) [options]"
        }
        let width = CommandCatalog.commands.map { usage($0).count }.max() ?? 10
        // Side by side when the summaries keep some room; in a narrow terminal each summary goes under its usage.
        let isNarrow = env.width() < width + 4 + 20
        var lines = [env.style.heading("Commands")]
        for command in CommandCatalog.commands {
            let usage = usage(command)
            if isNarrow {
                lines.append(env.wrap(env.style.accent(DisplayText(usage)), indent: "  "))
                lines.append(env.wrap(DisplayText(command.summary), indent: "    "))
            } else {
                let padded = usage.padding(toLength: width, withPad: " ", startingAt: 0)
                lines.append(
                    env.wrap(
                        DisplayText(command.summary), indent: "  \(env.style.accent(DisplayText(padded)))  ",
                        hangingIndent: DisplayText(String(repeating: " ", count: width + 4))))
            }
        }
        lines.append(env.wrap(env.style.dim("Keys: Tab completes · Up/Down history · Ctrl-C clears the line · Ctrl-D leaves. 'help <command>' explains one.")))
        return lines.joined(separator: "\n")
    }
}

import Foundation
