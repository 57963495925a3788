import ArgumentParser
import LecternCore

/// `lectern check [DIR]`: loads a course and says it is fine, or lists every problem as `file:line: message`.
public enum CheckCommand: LecternCommand {
    /// The course to check.
    public struct Arguments: ParsableArguments {
        /// Count warnings as errors.
        @Flag(help: "Count warnings as errors: list them and end with 65 when there are any.") public var strict = false
        /// Check the draft questions as if they were accepted.
        @Flag(help: "Check the draft questions and knowledge-base entries (draft: true) as if they were accepted.")
        public var drafts = false
        /// List what is left to write instead of the warnings.
        @Flag(help: "List what is left: paragraphs with no accepted question, lessons under the minimum, kinds and levels missing.")
        public var coverage = false
        /// The course folder; `--course`, or the bundled course, when nil.
        @Argument(help: ArgumentHelp("The course folder (default: --course, else the bundled course).", valueName: "directory"))
        public var directory: String?

        /// The course the common options name.
        public init() {}
    }

    /// `check`.
    public static let info = CommandInfo(
        name: "check", abstract: "validate a course and list every problem and warning as file:line: message",
        discussion: """
            Every warning of the check rules is listed as file:line: warning[rule]: message, then a one-line \
            summary. A course with problems ends with status 65, and so does one with warnings under --strict; \
            docs/course-format.md describes what a course holds and every rule. Draft questions (draft: true) are \
            not served or checked: --drafts checks them as if accepted. --coverage lists what is left to write, \
            with file references.
            """,
        place: .commandLine)

    /// The course is loaded here, from its own folder, so that its problems are the answer rather than an error.
    public static func needs(_ arguments: Arguments) -> CommandNeeds { .nothing }

    /// The warnings on the error sink and a one-line summary, or every problem (and, under `--strict`, every
    /// warning) and status 65.
    public static func run(_ arguments: Arguments, in context: CommandContext) throws(CommandError) -> Reply {
        var options = context.options
        options.course = arguments.directory ?? options.course
        let root = options.courseFolder()
        var course: Course
        do {
            course = try CourseLoader.load(from: root)
        } catch {
            throw .badData("\(error.diagnostics.count) problem(s) in \(root.path)", details: error.description, cause: error)
        }
        if arguments.coverage {
            return Reply(DisplayText(CoverageReport(course).text(folder: root.path)))
        }
        let drafts = course.draftCount
        if arguments.drafts, drafts > 0 {
            course = course.acceptingDrafts()
            // Drafts were not validated when the course loaded: their problems are errors now, as they will be once
            // the drafts are accepted.
            let problems = QuestionValidator.validate(course)
            if !problems.isEmpty {
                throw .badData(
                    "\(problems.count) problem(s) in the drafts of \(root.path)",
                    details: problems.map(\.description).joined(separator: "\n"))
            }
        } else if drafts > 0 {
            context.errors.write(MessageText.note(
                "\(drafts) draft question\(drafts == 1 ? " is" : "s are") not served or checked; "
                    + "`lectern check --drafts` checks them as if accepted.", width: context.environment.width()))
        }
        let found = CourseCheck.warnings(for: course)
        let warnings = found.map(\.description).joined(separator: "\n")
        let count = found.count
        if arguments.strict, count > 0 {
            throw .badData("\(count) warning(s) in \(root.path), errors under --strict", details: warnings)
        }
        if count > 0 { context.errors.write(DisplayText(warnings).asLine) }
        let warned = count == 0 ? "" : ", \(count) warning(s)"
        return Reply(
            "\(root.path): ok · \(course.lessons.count) lessons, \(course.actors.count) actors, \(course.events.count) events, "
                + "\(course.questions.count) authored and \(course.generatedQuestions.count) generated questions\(warned)")
    }
}
