import ArgumentParser
import LecternCore

/// `source [id …]`: paragraphs of the article word for word, or the list of their ids.
public enum SourceCommand: LecternCommand {
    /// The paragraphs asked for.
    public struct Arguments: ParsableArguments {
        /// Paragraph ids, separated by spaces or commas.
        @Argument(
            help: ArgumentHelp("Paragraph ids (standfirst, p1 … p9, caption).", valueName: "id"),
            completion: SourceCommand.info.completion.kind)
        public var ids: [String] = []

        /// No paragraph yet.
        public init() {}
    }

    /// `source`.
    public static let info = CommandInfo(
        name: "source", abstract: "show a paragraph of the article word for word",
        discussion: "Paragraph ids are standfirst, p1 to p9 and caption; 'source' alone lists them.",
        completion: .paragraphs)

    /// The paragraphs, or the list when none is named.
    public static func run(_ arguments: Arguments, in context: CommandContext) throws(CommandError) -> Reply {
        let env = context.environment
        let ids = arguments.ids.flatMap { $0.split(separator: ",") }.map { $0.lowercased() }
        guard !ids.isEmpty else { return Reply(CourseViews.paragraphList(env)) }
        let ordered = env.course.article.paragraphs.map(\.id)
        for id in ids where !ordered.contains(id) {
            let hint = Suggestion.closest(to: id, in: ordered)
            throw .failure("no paragraph '\(Suggestion.quoted(id))'.\(hint) Paragraphs: \(ordered.joined(separator: ", ")).")
        }
        return Reply(CourseViews.paragraphs(ids, env))
    }
}
