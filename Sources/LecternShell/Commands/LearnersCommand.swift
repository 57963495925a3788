import ArgumentParser
import Foundation
import LecternCore

/// `lectern learners [list|add|remove] [NAME]`: the learners of a progress folder. The course is found but not
/// loaded, so this works even while the course has problems.
public enum LearnersCommand: LecternCommand {
    /// What to do, and to whom.
    public struct Arguments: ParsableArguments {
        /// list, add or remove.
        @Argument(help: "list, add or remove.") public var action: LearnersAction = .list
        /// The learner's name, for add and remove.
        @Argument(help: "The learner's name (for add and remove).") public var name: String?
        /// Remove without asking.
        @Flag(help: "Remove without asking.") public var yes = false

        /// The list.
        public init() {}
    }

    /// `learners`.
    public static let info = CommandInfo(
        name: "learners", abstract: "list, add or remove learners (removing moves the folder to a dated backup)",
        discussion: "remove asks for the learner's name to confirm, unless --yes is given.", place: .commandLine)

    /// The progress folder is all it needs.
    public static func needs(_ arguments: Arguments) -> CommandNeeds { .nothing }

    /// Lists, adds or removes; `remove` reads the learner's name from the context's input to confirm.
    public static func run(_ arguments: Arguments, in context: CommandContext) throws(CommandError) -> Reply {
        let action = arguments.action
        let named: String
        switch (action, arguments.name) {
        case (.list, _): named = ""
        case let (_, name?): named = name
        case (_, nil): throw .usage("name the learner: 'lectern learners \(action.rawValue) NAME'")
        }
        let location = context.options.progressLocation(course: context.options.courseFolder())
        let directory = location.directory
        let learners = Learners(directory: directory)
        do {
            switch action {
            case .list:
                let names = try learners.list()
                if let pending = LayoutMigration(location)?.pendingFolders(), !pending.isEmpty {
                    context.errors.write(MessageText.note(
                        "\(location.shared?.path ?? "") holds \(pending.count) learner folder\(pending.count == 1 ? "" : "s")"
                            + " in the layout of before courses had ids (\(pending.joined(separator: ", "))); those of this"
                            + " course are carried over to \(directory.path) when a learner next opens it", width: context.environment.width()))
                }
                return Reply(names.isEmpty ? "No learners yet in \(directory.path)." : DisplayText(names.joined(separator: "\n")))
            case .add:
                let folder = try learners.add(named)
                return Reply("Added \(folder.lastPathComponent) at \(folder.path).")
            case .remove:
                guard arguments.yes || confirm(named, context) else { return Reply("Nothing removed.") }
                let backup = try learners.remove(named, now: context.environment.now())
                return Reply("Removed \(named): the folder was moved to \(backup.path).")
            }
        } catch {
            throw .failure("\(error)", cause: error)
        }
    }

    /// Asks on the context's output and reads the answer from its input: the learner's name confirms.
    private static func confirm(_ name: String, _ context: CommandContext) -> Bool {
        context.output.write("Remove learner '\(name)'? Their folder is moved to a dated backup. Type the name to confirm: ")
        guard case let .line(answer) = context.input.readLine(prompt: "") else { return false }
        return answer.trimmingCharacters(in: .whitespaces) == name
    }
}

/// What `lectern learners` does to a progress folder.
public enum LearnersAction: String, CaseIterable, Sendable, ExpressibleByArgument {
    /// Every learner's name.
    case list
    /// A new learner's empty files.
    case add
    /// A learner's folder moved to a dated backup.
    case remove
}
