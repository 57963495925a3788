import ArgumentParser

/// `lessons`: the numbered lessons with each one's state.
public enum LessonsCommand: LecternCommand {
    /// It takes no arguments.
    public typealias Arguments = NoArguments
    /// `lessons`.
    public static let info = CommandInfo(
        name: "lessons", abstract: "list the lessons and how far you are in each",
        discussion: "Each lesson shows its state: not started, in progress at section n of m, or done.")

    /// The list of lessons.
    public static func run(_ arguments: Arguments, in context: CommandContext) -> Reply {
        Reply(CourseViews.lessons(context.environment))
    }
}
