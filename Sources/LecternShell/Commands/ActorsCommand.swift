import ArgumentParser

/// `actors`: every actor of the article, grouped by kind.
public enum ActorsCommand: LecternCommand {
    /// It takes no arguments.
    public typealias Arguments = NoArguments
    /// `actors`.
    public static let info = CommandInfo(
        name: "actors", abstract: "list the people, states and groups of the article",
        discussion: "Grouped by kind, with each actor's role as of the article.")

    /// The list of actors.
    public static func run(_ arguments: Arguments, in context: CommandContext) -> Reply {
        Reply(CourseViews.actors(context.environment))
    }
}
