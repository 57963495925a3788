import ArgumentParser

/// `help [command]` (also `?`): the list of commands, or one command explained.
public enum HelpCommand: LecternCommand {
    /// The command to explain.
    public struct Arguments: ParsableArguments {
        /// A command's name; the list when nil.
        @Argument(help: "A command to explain.", completion: HelpCommand.info.completion.kind) public var command: String?

        /// No command yet.
        public init() {}
    }

    /// `help`.
    public static let info = CommandInfo(
        name: "help", abstract: "list the commands, or explain one",
        discussion: "Keys: Tab completes commands, their options and values, lesson ids and actor names; Up and Down "
            + "walk the commands typed before (never answers); Ctrl-C clears the line; Ctrl-D on an empty line leaves, "
            + "or in a quiz or lesson ends it and comes back here.", completion: .commands,
        place: .prompt)

    /// The help text.
    public static func run(_ arguments: Arguments, in context: CommandContext) -> Reply {
        Reply(HelpView.text(for: arguments.command ?? "", context.environment))
    }
}
