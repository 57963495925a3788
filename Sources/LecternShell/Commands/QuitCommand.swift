import ArgumentParser

/// `quit` (also `exit` and `q`): leaves the shell.
public enum QuitCommand: LecternCommand {
    /// It takes no arguments.
    public typealias Arguments = NoArguments
    /// `quit`.
    public static let info = CommandInfo(
        name: "quit", abstract: "leave Lectern (Ctrl-D does the same)",
        discussion: "Everything is saved as you go, so quitting loses nothing.", place: .prompt)

    /// Ends the shell.
    public static func run(_ arguments: Arguments, in context: CommandContext) -> Reply {
        Reply(event: .quit)
    }
}
