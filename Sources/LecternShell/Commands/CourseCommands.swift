import Foundation
import LecternCore

/// The commands about the course itself rather than a learner: checking it, and listing its question bank.
public enum CourseCommands {
    /// `lectern check`: loads the course at `directory` (or the bundled one) and prints every warning of the check
    /// rules as `file:line: warning[rule]: message`, then a one-line summary; a course that does not load has every
    /// problem listed and ends with 65, and so does one with warnings when `strict`.
    public static func check(_ directory: String?, strict: Bool = false) throws(CommandError) {
        let root = Launch.Options(course: directory, progressDirectory: nil, learner: nil, noColor: false)
            .courseFolder()
        let course: Course
        do {
            course = try CourseLoader.load(from: root)
        } catch {
            FileOutput.standardError.write("\(error.description)\n")
            FileOutput.standardError.write("\(error.diagnostics.count) problem(s) in \(root.path)\n")
            throw .badContent
        }
        let warnings = CourseCheck.warnings(for: course)
        if !warnings.isEmpty {
            FileOutput.standardError.write("\(warnings.map(\.description).joined(separator: "\n"))\n")
        }
        if strict, !warnings.isEmpty {
            FileOutput.standardError.write("\(warnings.count) warning(s) in \(root.path), errors under --strict\n")
            throw .badContent
        }
        let warned = warnings.isEmpty ? "" : ", \(warnings.count) warning(s)"
        FileOutput.standardOutput.write(
            "\(root.path): ok · \(course.lessons.count) lessons, \(course.actors.count) actors, \(course.events.count) events, "
                + "\(course.questions.count) authored and \(course.generatedQuestions.count) generated questions\(warned)\n")
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
