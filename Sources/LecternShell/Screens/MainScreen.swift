import LecternCore

/// The main prompt: reference commands, and the doors into lessons (and later quizzes and reports).
public struct MainScreen: Screen {
    /// Creates the main screen.
    public init() {}

    /// `lectern> `, in bold with colour (the readline reader marks the codes invisible for its line editing).
    public func prompt(in environment: ShellEnvironment) -> DisplayText {
        environment.style.heading("lectern>") + " "
    }

    /// Lines typed here are commands: they go into the history.
    public var linePurpose: LinePurpose { .command }

    /// Ctrl-C on an empty line: nothing to clear, so say how to leave.
    public func interruptedOnEmptyLine(in env: ShellEnvironment) -> Reply {
        Reply(env.wrap(env.style.dim("Type 'quit', or press Ctrl-D, to leave Lectern.")))
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

    /// Runs one command line: the first word names the command, the rest are its arguments, read as the command
    /// line reads them. A mistake is one line of error and the prompt again; a course that failed to load ends
    /// the shell with its problems.
    public mutating func handle(_ line: String, in env: ShellEnvironment) -> Reply {
        let words = line.split(separator: " ", omittingEmptySubsequences: true).map(String.init)
        guard let first = words.first else { return Reply() }
        guard let command = CommandCatalog.command(first.lowercased()) else {
            let hint = CommandCatalog.suggestion(for: first).map { " Did you mean '\($0)'?" } ?? ""
            return .failure("unknown command '\(String(first.prefix(40)))'.\(hint) Type 'help' for the list.")
        }
        return PromptCommand.run(command, words: Array(words.dropFirst()), in: env)
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
            return text(for: command, env)
        }
        return list(env)
    }

    /// One command's usage, summary and details.
    public static func text(for command: any LecternCommand.Type, _ env: ShellEnvironment) -> DisplayText {
        let info = command.info
        let options = command.options(width: max(40, env.width()))
        return [
            env.style.heading(DisplayText("\(info.name) \(command.usage)".trimmingCharacters(in: .whitespaces))),
            env.wrap(DisplayText(info.sentence), indent: "  "),
            env.wrap(DisplayText(info.discussion), indent: "  "),
        ].joined(separator: "\n") + DisplayText(options.isEmpty ? "" : "\n\n" + options)
    }

    private static func list(_ env: ShellEnvironment) -> DisplayText {
        // Long argument lists stay for `help <command>`; the list shows a short form.
        func usage(_ command: any LecternCommand.Type) -> String {
            let usage = command.usage
            return usage.count <= 18 ? "\(command.name) \(usage)" : "\(command.name) [options]"
        }
        let commands = CommandCatalog.promptCommands
        let width = commands.map { usage($0).count }.max() ?? 10
        // Side by side when the summaries keep some room; in a narrow terminal each summary goes under its usage.
        let isNarrow = env.width() < width + 4 + 20
        var lines = [env.style.heading("Commands")]
        for command in commands {
            let usage = usage(command)
            if isNarrow {
                lines.append(env.wrap(env.style.accent(DisplayText(usage)), indent: "  "))
                lines.append(env.wrap(DisplayText(command.info.abstract), indent: "    "))
            } else {
                let padded = usage.padding(toLength: width, withPad: " ", startingAt: 0)
                lines.append(
                    env.wrap(
                        DisplayText(command.info.abstract), indent: "  \(env.style.accent(DisplayText(padded)))  ",
                        hangingIndent: DisplayText(String(repeating: " ", count: width + 4))))
            }
        }
        lines.append(env.wrap(env.style.dim("Keys: Tab completes · Up/Down earlier commands · Ctrl-C clears the line · Ctrl-D leaves (a quiz: back here). 'help <command>' explains one.")))
        return lines.joined(separator: "\n")
    }
}

