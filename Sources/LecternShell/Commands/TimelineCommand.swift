import ArgumentParser

/// `timeline`: the article's events in date order.
public enum TimelineCommand: LecternCommand {
    /// It takes no arguments.
    public typealias Arguments = NoArguments
    /// `timeline`.
    public static let info = CommandInfo(
        name: "timeline", abstract: "the article's events in date order",
        discussion: "Dates are printed at the precision the article gives: a decade, a year, a month or a day.")

    /// The timeline.
    public static func run(_ arguments: Arguments, in context: CommandContext) -> Reply {
        Reply(CourseViews.timeline(context.environment))
    }
}
