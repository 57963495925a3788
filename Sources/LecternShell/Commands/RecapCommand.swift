import ArgumentParser
import Foundation
import LecternCore

/// `recap <file.md>`: a Markdown recap of the last quiz of this shell.
public enum RecapCommand: LecternCommand {
    /// Where the recap goes.
    public struct Arguments: ParsableArguments {
        /// The file's path, which may have spaces.
        @Argument(help: ArgumentHelp("The Markdown file to write.", valueName: "file.md")) public var file: [String] = []

        /// No file yet.
        public init() {}
    }

    /// `recap`.
    public static let info = CommandInfo(
        name: "recap", abstract: "save a Markdown recap of the last quiz",
        discussion: "The recap lists every question with your answer, the right answer and the passage it comes from.",
        place: .prompt)

    /// Writes the recap of the last quiz to the file.
    public static func run(_ arguments: Arguments, in context: CommandContext) throws(CommandError) -> Reply {
        let env = context.environment
        let argument = arguments.file.joined(separator: " ")
        guard let summary = env.memory.lastQuiz else { throw .failure("there is no quiz to recap yet; take one with 'quiz'") }
        guard !argument.isEmpty else { throw .usage("name the file, like 'recap quiz.md'") }
        let url = URL(fileURLWithPath: (argument as NSString).expandingTildeInPath)
        let text = summary.markdownRecap(
            course: env.course, title: "Lectern recap: \(summary.mode) of \(summary.finishedAt.formatted(.iso8601.year().month().day()))")
        do {
            try Data(text.string.utf8).write(to: url)
        } catch {
            throw .failure("could not write \(url.path): \(error.localizedDescription)")
        }
        return Reply("Recap written to \(url.path) (\(summary.results.count) questions).")
    }
}
