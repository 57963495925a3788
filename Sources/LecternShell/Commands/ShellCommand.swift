import ArgumentParser

/// `lectern shell` (and `lectern` alone): opens the study shell at the main prompt.
public enum ShellCommand: LecternCommand {
    /// It takes no arguments.
    public typealias Arguments = NoArguments
    /// `shell`.
    public static let info = CommandInfo(
        name: "shell", abstract: "open the study shell (the default)",
        discussion: "Type 'help' at the lectern> prompt for its commands.", place: .commandLine,
        opensPrompt: true)

    /// Nothing more than the prompt's greeting.
    public static func run(_ arguments: Arguments, in context: CommandContext) -> Reply { Reply() }
}
