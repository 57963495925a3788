import LecternCore

/// A command of the main prompt, as help and completion describe it.
public struct CommandInfo: Sendable {
    /// The word typed.
    public let name: String
    /// The arguments, as help shows them.
    public let arguments: String
    /// One line for the list.
    public let summary: String
    /// What `help <command>` adds.
    public let details: String
    /// What the command's argument completes to.
    public let completes: ArgumentCompletion

    /// What Tab offers after a command.
    public enum ArgumentCompletion: Sendable {
        case nothing, lessons, actors, paragraphs, commands
    }
}

/// Every command of the main prompt.
public enum CommandCatalog {
    /// The commands, in the order help lists them.
    public static let commands: [CommandInfo] = [
        CommandInfo(
            name: "lessons", arguments: "", summary: "list the lessons and how far you are in each",
            details: "Each lesson shows its state: not started, in progress at section n of m, or done.",
            completes: .nothing),
        CommandInfo(
            name: "study", arguments: "<number|id>", summary: "read a lesson, section by section",
            details: """
                Opens a lesson where you left off. Inside a lesson: Enter or 'next' goes on, 'back' goes back, \
                'source' shows the cited paragraphs of the article word for word, 'quit' returns to the main prompt.
                """, completes: .lessons),
        CommandInfo(
            name: "actors", arguments: "", summary: "list the people, states and groups of the article",
            details: "Grouped by kind, with each actor's role as of the article.", completes: .nothing),
        CommandInfo(
            name: "actor", arguments: "<name or alias>", summary: "show an actor's profile card",
            details: "Role, affiliation, the events the actor took part in and where the article mentions it. "
                + "Any alias works: 'actor Maliki', 'actor ISIL'.", completes: .actors),
        CommandInfo(
            name: "timeline", arguments: "", summary: "the article's events in date order",
            details: "Dates are printed at the precision the article gives: a decade, a year, a month or a day.",
            completes: .nothing),
        CommandInfo(
            name: "source", arguments: "<paragraph id>", summary: "show a paragraph of the article word for word",
            details: "Paragraph ids are standfirst, p1 to p9 and caption; 'source' alone lists them.",
            completes: .paragraphs),
        CommandInfo(
            name: "help", arguments: "[command]", summary: "list the commands, or explain one",
            details: "Keys: Tab completes commands, lesson ids and actor names; Up and Down walk the history; "
                + "Ctrl-C clears the line; Ctrl-D on an empty line leaves.", completes: .commands),
        CommandInfo(
            name: "quit", arguments: "", summary: "leave Lectern (Ctrl-D does the same)",
            details: "Everything is saved as you go, so quitting loses nothing.", completes: .nothing),
    ]

    /// The command called `name`; `exit` is a synonym of `quit` and `?` of `help`.
    public static func command(_ name: String) -> CommandInfo? {
        let synonyms = ["exit": "quit", "?": "help", "q": "quit"]
        let resolved = synonyms[name] ?? name
        return commands.first { $0.name == resolved }
    }

    /// The command a mistyped word most likely meant.
    public static func suggestion(for word: String) -> String? {
        Identifier.closest(to: word.lowercased(), in: commands.map(\.name))
    }
}
