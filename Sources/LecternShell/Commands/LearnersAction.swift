import Foundation
import LecternCore

/// What `lectern learners` does: list the learners of a progress folder, add one, or remove one (moving the folder
/// to a dated backup). The course is found but not loaded, so this works even while the course has problems.
public enum LearnersAction: String, CaseIterable, Sendable {
    /// Every learner's name.
    case list
    /// A new learner's empty files.
    case add
    /// A learner's folder moved to a dated backup.
    case remove

    /// Does the action on the progress folder `options` name; `remove` asks `confirm` unless `yes`. `add` and
    /// `remove` without a name are a usage error, said in one line.
    public func run(
        name: String?, yes: Bool, options: Launch.Options, confirm: (String) -> Bool = LearnersAction.askToConfirm
    ) throws(CommandError) {
        let named = self == .list ? "" : try required(name)
        let directory = options.progressDirectory(course: options.courseFolder())
        let learners = Learners(directory: directory)
        do {
            switch self {
            case .list:
                let names = try learners.list()
                FileOutput.standardOutput.write("\(names.isEmpty ? "No learners yet in \(directory.path)." : names.joined(separator: "\n"))\n")
            case .add:
                let folder = try learners.add(named)
                FileOutput.standardOutput.write("Added \(folder.lastPathComponent) at \(folder.path).\n")
            case .remove:
                guard yes || confirm(named) else {
                    FileOutput.standardOutput.write("Nothing removed.\n")
                    return
                }
                let backup = try learners.remove(named, now: Date())
                FileOutput.standardOutput.write("Removed \(named): the folder was moved to \(backup.path).\n")
            }
        } catch {
            FileOutput.standardError.write("error: \(error)\n")
            throw .failure
        }
    }

    private func required(_ name: String?) throws(CommandError) -> String {
        guard let name else {
            FileOutput.standardError.write("error: name the learner: 'lectern learners \(rawValue) NAME'\n")
            throw .usage
        }
        return name
    }

    /// Asks on standard output and reads the answer from standard input: the learner's name confirms.
    public static func askToConfirm(_ name: String) -> Bool {
        FileOutput.standardOutput.write("Remove learner '\(name)'? Their folder is moved to a dated backup. Type the name to confirm: ")
        return readLine()?.trimmingCharacters(in: .whitespaces) == name
    }
}
