import ArgumentParser
import LecternCore

/// `study <number|id>`: opens a lesson where the learner left off.
public enum StudyCommand: LecternCommand {
    /// The lesson to open.
    public struct Arguments: ParsableArguments {
        /// The lesson's number or id.
        @Argument(help: ArgumentHelp("The lesson's number or id.", valueName: "number|id"), completion: StudyCommand.info.completion.kind)
        public var lesson: String?

        /// No lesson yet.
        public init() {}
    }

    /// `study`.
    public static let info = CommandInfo(
        name: "study", abstract: "read a lesson, section by section, and practise it",
        discussion: """
            Opens a lesson where you left off. Inside a lesson: Enter or 'next' goes on, 'back' goes back, \
            'source' shows the cited paragraphs of the article word for word ('source p3' any paragraph), \
            'actor <name>' and 'timeline' look things up without leaving the lesson, 'quit' returns to the main \
            prompt. The questions a section has are asked right after it, as in a quiz ('skip' passes one). At the \
            end, each 'check yourself' prompt takes your answer, shows the model answer and asks whether you had \
            it (y or n).
            """, completion: .lessons, opensPrompt: true)

    /// Reading moves the learner's place in the lesson.
    public static func writes(_ arguments: Arguments) -> Bool { true }

    /// Opens the lesson's screen, or says which lessons there are.
    public static func run(_ arguments: Arguments, in context: CommandContext) throws(CommandError) -> Reply {
        let env = context.environment
        guard let argument = arguments.lesson, !argument.isEmpty else {
            throw .usage("which lesson? Type 'study 1' to 'study \(env.course.lessons.count)', or a lesson id (see 'lessons')")
        }
        guard let lesson = env.course.lesson(named: argument) else {
            let hint = Suggestion.closest(to: argument, in: env.course.lessons.map(\.id))
            throw .failure("no lesson '\(Suggestion.quoted(argument))'.\(hint) Lessons are numbered 1 to \(env.course.lessons.count).")
        }
        return Reply(event: .push(StudyScreen(lesson: lesson)))
    }
}
