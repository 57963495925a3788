import ArgumentParser
import LecternCore

/// `questions [--format text|json]`: the whole question bank, authored and generated.
public enum QuestionsCommand: LecternCommand {
    /// How the bank is shown.
    public struct Arguments: ParsableArguments {
        /// The two ways of listing the bank.
        public enum Format: String, ExpressibleByArgument, CaseIterable, Sendable {
            /// Wrapped text for the terminal.
            case text
            /// JSON for tools (docs/question-bank.md).
            case json
        }

        /// text or json.
        @Option(help: "text or json (documented in docs/question-bank.md).") public var format: Format = .text

        /// As text.
        public init() {}
    }

    /// `questions`.
    public static let info = CommandInfo(
        name: "questions", abstract: "list the whole question bank, authored and generated",
        discussion: "For teachers: id, kind, prompt, options, accepted answers, lesson and sources. "
            + "'questions --format json' gives the same as JSON (docs/question-bank.md).",)

    /// The bank reads only the course.
    public static func needs(_ arguments: Arguments) -> CommandNeeds { .course }

    /// Every question, as text or JSON.
    public static func run(_ arguments: Arguments, in context: CommandContext) throws(CommandError) -> Reply {
        let env = context.environment
        let catalog = QuestionCatalog(course: env.course, bank: env.bank)
        switch arguments.format {
        case .text:
            return Reply(catalog.text(width: max(20, env.width())))
        case .json:
            do {
                return Reply(DisplayText(String(decoding: try catalog.jsonData(), as: UTF8.self)))
            } catch {
                throw .failure("could not encode the question bank: \(error)", cause: error)
            }
        }
    }
}
