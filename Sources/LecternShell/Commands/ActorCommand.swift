import ArgumentParser
import LecternCore

/// `actor <name or alias>`: an actor's profile card.
public enum ActorCommand: LecternCommand {
    /// The actor's name, which may have spaces.
    public struct Arguments: ParsableArguments {
        /// The words of the name or alias.
        @Argument(help: ArgumentHelp("A name or alias.", valueName: "name"), completion: ActorCommand.info.completion.kind)
        public var name: [String] = []

        /// No name yet.
        public init() {}
    }

    /// `actor`.
    public static let info = CommandInfo(
        name: "actor", abstract: "show an actor's profile card",
        discussion: "Role, affiliation, the events the actor took part in and where the article mentions it. "
            + "Any alias works: 'actor Maliki', 'actor ISIL'.", completion: .actors)

    /// The card of the actor named, or the closest name.
    public static func run(_ arguments: Arguments, in context: CommandContext) throws(CommandError) -> Reply {
        let env = context.environment
        let argument = arguments.name.joined(separator: " ")
        guard !argument.isEmpty else { throw .usage("whose card? Type 'actor <name>', e.g. 'actor Rouhani'; 'actors' lists them") }
        guard let match = env.course.resolveActor(named: argument) else {
            let hint = Suggestion.closest(to: argument, in: env.course.actors.flatMap(\.allNames))
            throw .failure("no actor called '\(Suggestion.quoted(argument))'.\(hint) Type 'actors' for the list.")
        }
        let note = match.typos > 0 ? env.style.dim("(\(match.reason))") + "\n" : ""
        return Reply(note + CourseViews.card(match.actor, env))
    }
}
