import Foundation
import LecternCore

/// The commands about the course itself rather than a learner: checking it, and listing its question bank.
public enum CourseCommands {
    /// `lectern check`: loads the course at `directory` (or the bundled one) and prints a one-line summary, or every
    /// problem as `file:line: message` and ends with 65.
    public static func check(_ directory: String?) throws(CommandError) {
        let root = Launch.Options(course: directory, progressDirectory: nil, learner: nil, noColor: false)
            .courseFolder()
        do {
            let course = try CourseLoader.load(from: root)
            FileOutput.standardOutput.write(
                "\(root.path): ok · \(course.lessons.count) lessons, \(course.actors.count) actors, \(course.events.count) events, "
                    + "\(course.questions.count) authored and \(course.generatedQuestions.count) generated questions\n")
        } catch {
            FileOutput.standardError.write("\(error.description)\n")
            FileOutput.standardError.write("\(error.diagnostics.count) problem(s) in \(root.path)\n")
            throw .badContent
        }
    }

    /// `lectern questions`: every question of the bank, as text for the terminal or as JSON (docs/question-bank.md).
    public static func questions(_ options: Launch.Options, json: Bool) throws(CommandError) {
        let launch = try options.launched()
        let catalog = QuestionCatalog(course: launch.course, bank: launch.bank)
        guard json else {
            FileOutput.standardOutput.write(catalog.text(width: TerminalSize.columns()) + "\n")
            return
        }
        do {
            FileOutput.standardOutput.write("\(String(decoding: try catalog.jsonData(), as: UTF8.self))\n")
        } catch {
            FileOutput.standardError.write("error: \(error)\n")
            throw .failure
        }
    }
}
