import LecternCore

/// Every command, each declared once (`LecternCommand`): the prompt's help, completion and dispatch and the
/// command line's subcommands all read this list.
public enum CommandCatalog {
    /// The commands, in the order help lists them.
    public static let commands: [any LecternCommand.Type] = [
        LessonsCommand.self, StudyCommand.self, QuizCommand.self, ExamCommand.self, ReviewCommand.self,
        ReportCommand.self, FlagsCommand.self, SettingsCommand.self, RecapCommand.self, QuestionsCommand.self, ActorsCommand.self,
        ActorCommand.self, TimelineCommand.self, SourceCommand.self, HelpCommand.self, QuitCommand.self,
        ShellCommand.self, LearnersCommand.self, ProgressCommand.self, CheckCommand.self,
        ImportCommand.self, NewCommand.self,
    ]

    /// The commands of the `lectern>` prompt.
    public static var promptCommands: [any LecternCommand.Type] { commands.filter { $0.info.place != .commandLine } }

    /// The subcommands of `lectern`.
    public static var commandLineCommands: [any LecternCommand.Type] { commands.filter { $0.info.place != .prompt } }

    /// The prompt command called `name`; `exit` and `q` are synonyms of `quit` and `?` of `help`.
    public static func command(_ name: String) -> (any LecternCommand.Type)? {
        let synonyms = ["exit": "quit", "?": "help", "q": "quit"]
        let resolved = synonyms[name] ?? name
        return promptCommands.first { $0.info.name == resolved }
    }

    /// The prompt command a mistyped word most likely meant.
    public static func suggestion(for word: String) -> String? {
        Identifier.closest(to: word.lowercased(), in: promptCommands.map { $0.info.name })
    }
}
