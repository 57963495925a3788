import ArgumentParser
import Foundation
import LecternCore

/// `flags [--class DIR]`: the flags learners raised on questions, for the course's author.
public enum FlagsCommand: LecternCommand {
    /// This learner's flags, or a class's.
    public struct Arguments: ParsableArguments {
        /// A progress folder: every learner in it.
        @Option(name: .customLong("class"), help: ArgumentHelp("A progress folder: the flags of every learner in it.", valueName: "dir"))
        public var classDirectory: String?

        /// This learner's flags.
        public init() {}
    }

    /// `flags`.
    public static let info = CommandInfo(
        name: "flags", abstract: "list the questions learners flagged, with their notes",
        discussion: """
            One line per flag: the day, the learner, the question's id, where it is written (file:line), the \
            paragraphs it cites and the learner's note, oldest first. --class DIR lists the flags of every learner \
            folder under DIR, reading their snapshots only, as 'report --class' does.
            """,)

    /// The class view reads snapshots only, so it needs the course and nothing else.
    public static func needs(_ arguments: Arguments) -> CommandNeeds {
        arguments.classDirectory == nil ? .learner : .course
    }

    /// The flags, as text.
    public static func run(_ arguments: Arguments, in context: CommandContext) throws(CommandError) -> Reply {
        let env = context.environment
        guard let directory = arguments.classDirectory else {
            let learner = (env.progress as? StoredProgress)?.store.learner.rawValue
            return Reply(FlagList(learners: [(name: learner, snapshot: env.progress.snapshot)], bank: env.bank).text)
        }
        let url = CourseLocator.classFolder(directory, courseID: env.course.identity.id)
        do {
            return Reply(try FlagList.read(directory: url, bank: env.bank).text)
        } catch {
            throw .failure(error.description, cause: error)
        }
    }
}
