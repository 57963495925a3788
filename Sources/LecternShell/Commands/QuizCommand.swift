import ArgumentParser
import LecternCore

/// `quiz [lesson|actors|events] [options]`: ten questions with feedback and the source after each.
public enum QuizCommand: LecternCommand {
    /// What the quiz is on, and how it is drawn.
    public struct Arguments: ParsableArguments {
        /// A lesson number or id, `actors` or `events`; everything when nil.
        @Argument(
            help: ArgumentHelp("A lesson number or id, 'actors' or 'events' (default: everything).", valueName: "scope"),
            completion: QuizCommand.info.completion.kind)
        public var scope: String?
        /// How the quiz is drawn.
        @OptionGroup public var flags: QuizFlags
        /// Exactly this question (authored or generated), so an author can try one; nil to draw.
        @Option(help: ArgumentHelp("Ask exactly this question (an id from 'lectern questions'), to try one.", valueName: "id"))
        public var question: String?

        /// Everything, drawn by default.
        public init() {}
    }

    /// `quiz`.
    public static let info = CommandInfo(
        name: "quiz", abstract: "answer questions, with feedback and the source after each",
        discussion: """
            Ten questions from the whole course unless you name a lesson (number or id), 'actors' or 'events'. \
            A fact you have not yet got right comes as multiple choice; once you have, you type the answer. \
            During a question: 'hint' (removes an option or shows a letter), 'skip', 'flag <note>' (reports the \
            question to the author), 'source' (the paragraph it comes from), 'quit' (ends the quiz, keeping your \
            answers). To answer with one of those words, put it in quotes. --confidence asks how sure you are \
            before each reveal. --seed repeats a draw exactly. --question ID asks exactly that question (an id \
            from 'questions'), so an author can try one.
            """, completion: .scopes)

    /// The quiz scopes named by a word rather than a lesson.
    static let namedScopes: [(word: String, scope: QuizScope)] = [("actors", .actors), ("events", .events)]

    /// Every answer is saved.
    public static func writes(_ arguments: Arguments) -> Bool { true }

    /// Draws the quiz and opens its screen.
    public static func run(_ arguments: Arguments, in context: CommandContext) throws(CommandError) -> Reply {
        try QuizScreen.opening(options(arguments, course: context.environment.course), context.environment)
    }

    /// The options the words after `quiz` ask for, read as the prompt and the command line read them.
    public static func options(_ words: [String], course: Course) throws(CommandError) -> QuizOptions {
        try options(parse(words), course: course)
    }

    /// The options of parsed arguments: the scope word names a lesson of `course`, the actors or the events, and
    /// `--question` a question of its bank.
    public static func options(_ arguments: Arguments, course: Course) throws(CommandError) -> QuizOptions {
        var options = try scoped(arguments, course: course)
        if let id = arguments.question {
            let bank = course.questions + course.generatedQuestions
            guard bank.contains(where: { $0.id == id }) else {
                throw .usage(QuizOptions.unknownQuestion(id, among: bank.map(\.id)))
            }
            options.questionID = id
        }
        return options
    }

    private static func scoped(_ arguments: Arguments, course: Course) throws(CommandError) -> QuizOptions {
        guard let word = arguments.scope else { return arguments.flags.options(scope: .mixed) }
        if let named = namedScopes.first(where: { $0.word == word.lowercased() }) {
            return arguments.flags.options(scope: named.scope)
        }
        guard let lesson = course.lesson(named: word) else {
            throw .usage(
                "'\(String(word.prefix(40)))' is not understood here; use --count N, --kind K, "
                    + "--seed S, --confidence, --question ID, a lesson number or id, 'actors' or 'events'")
        }
        return arguments.flags.options(scope: .lesson(lesson.id))
    }
}
