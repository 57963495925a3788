import ArgumentParser
import Foundation
import LecternCore

/// `lectern import --from gift|moodle-xml FILE [--lesson ID]`: a teacher's GIFT or Moodle XML bank becomes a question
/// file of the course, checked as `lectern check` checks it; what cannot be imported is listed with its reason.
public enum ImportCommand: LecternCommand {
    /// The file, its format, and the lesson its questions go to.
    public struct Arguments: ParsableArguments {
        /// The two formats read.
        public enum Format: String, ExpressibleByArgument, CaseIterable, Sendable {
            /// Moodle's GIFT text.
            case gift
            /// Moodle XML.
            case moodleXML = "moodle-xml"
        }

        /// gift or moodle-xml.
        @Option(help: "gift or moodle-xml.") public var from: Format
        /// The file to import.
        @Argument(help: ArgumentHelp("The GIFT or Moodle XML file.", valueName: "file")) public var file: String
        /// The lesson the questions go to.
        @Option(help: ArgumentHelp("The lesson the questions go to, by id or number (default: the first).", valueName: "id"))
        public var lesson: String?
        /// Paragraphs cited by questions that name none.
        @Option(name: .customLong("paragraph"), help: ArgumentHelp(
            "A paragraph cited by questions that name none; repeat it (default: the lesson's paragraphs).", valueName: "id"))
        public var paragraphs: [String] = []
        /// Replace a question file that is there.
        @Flag(help: "Replace the lesson's imported question file if it is there.") public var force = false

        /// Parsed from the command line.
        public init() {}
    }

    /// `import`.
    public static let info = CommandInfo(
        name: "import", abstract: "turn a GIFT or Moodle XML question bank into a question file of the course",
        discussion: """
            Writes Quizzes/questions/<lesson id>.yaml in the course (--course DIR), never over a file that is \
            there unless --force is given. Every question is checked as 'lectern check' would check it in the \
            course; those that cannot be imported are listed with the reason, and so is what an imported question \
            lost (docs/exchange.md). Ends with status 65 when nothing could be imported.
            """,
        place: .commandLine)

    /// The course, to check the questions against and to write into; no learner.
    public static func needs(_ arguments: Arguments) -> CommandNeeds { .course }

    /// Reads the file, imports it into the lesson, writes the question file and lists what was skipped and noted.
    public static func run(_ arguments: Arguments, in context: CommandContext) throws(CommandError) -> Reply {
        let course = context.environment.course
        let lesson = try lesson(arguments.lesson, in: course)
        let relative = "Quizzes/questions/\(lesson.id).yaml"
        let target = course.root.appendingPathComponent(relative)
        if !arguments.force && FileManager.default.fileExists(atPath: target.path) {
            throw .failure("\(target.path) is there already; give --force to replace it, or another --lesson")
        }
        let options = ImportOptions(
            lessonID: lesson.id, file: relative,
            paragraphIDs: arguments.paragraphs.isEmpty ? lesson.citedParagraphIDs : arguments.paragraphs, course: course)
        let result = try importing(arguments, options: options)
        let listing = report(result)
        guard !result.questions.isEmpty else {
            throw .badData("nothing in \(arguments.file) could be imported", details: listing.string)
        }
        do {
            try FileManager.default.createDirectory(
                at: target.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data(result.fileText.utf8).write(to: target, options: arguments.force ? .atomic : .withoutOverwriting)
        } catch {
            throw .failure("could not write \(target.path): \(error.localizedDescription)", cause: error)
        }
        let count = result.questions.count
        let written: DisplayText = """
            \(count) question\(count == 1 ? "" : "s") imported into lesson \(lesson.id): \(target.path)
            """
        return Reply(written + "\n" + listing + "Check the course with: lectern check \(ShellWord.quoted(course.root.path))")
    }

    /// The lesson named, or the first.
    static func lesson(_ reference: String?, in course: Course) throws(CommandError) -> Lesson {
        if let reference {
            guard let lesson = course.lesson(named: reference) else {
                let ids = course.lessons.map(\.id).joined(separator: ", ")
                throw .usage("there is no lesson '\(reference)'; the lessons are \(ids)")
            }
            return lesson
        }
        guard let first = course.lessons.first else { throw .usage("the course has no lesson to import into") }
        return first
    }

    /// The import of the file, or why it cannot be read.
    static func importing(_ arguments: Arguments, options: ImportOptions) throws(CommandError) -> QuestionImport {
        let data = try CommandInput.contents(of: arguments.file, limit: MoodleXMLImporter.maximumBytes, purpose: "import")
        do {
            switch arguments.from {
            case .gift:
                guard let text = String(data: data, encoding: .utf8) else { throw ExchangeError.notText }
                return GIFTImporter.importing(text, options: options)
            case .moodleXML:
                return try MoodleXMLImporter.importing(data, options: options)
            }
        } catch {
            throw .badData("cannot import \(arguments.file): \(error)", cause: error)
        }
    }

    /// The skipped questions with their reasons, then the notes: text from the file, neutralised.
    static func report(_ result: QuestionImport) -> DisplayText {
        var text: DisplayText = ""
        if !result.skipped.isEmpty {
            text += "Not imported (\(result.skipped.count)):\n"
            for skipped in result.skipped { text += "  \(skipped)\n" }
        }
        if !result.notes.isEmpty {
            text += "Notes (\(result.notes.count)):\n"
            for note in result.notes { text += "  \(note)\n" }
        }
        return text
    }
}
