import ArgumentParser
import Foundation
import LecternCore

/// `questions [--answers] [--format text|json|anki|gift|moodle-xml] [--output FILE]`: the whole question bank, authored and
/// generated, listed or exported.
public enum QuestionsCommand: LecternCommand {
    /// How the bank is shown, and where it is written.
    public struct Arguments: ParsableArguments {
        /// The ways of listing or exporting the bank.
        public enum Format: String, ExpressibleByArgument, CaseIterable, Sendable {
            /// Wrapped text for the terminal.
            case text
            /// JSON for tools (docs/question-bank.md).
            case json
            /// Anki's text import (docs/exchange.md).
            case anki
            /// Moodle's GIFT format.
            case gift
            /// Moodle XML.
            case moodleXML = "moodle-xml"

            /// Whether this is a file another program reads (an export or JSON), written byte for byte.
            var isFile: Bool { self != .text }
        }

        /// The format.
        @Option(help: "text, json, anki, gift or moodle-xml (docs/question-bank.md, docs/exchange.md).")
        public var format: Format = .text
        /// Whether the text shows the answers (the exports always hold them).
        @Flag(help: "Show the answers and explanations in the text (for teachers; the exports always have them).")
        public var answers = false
        /// The file to write instead of standard output.
        @Option(help: ArgumentHelp("Write the bank to this file instead of standard output (not with text).", valueName: "file"))
        public var output: String?
        /// List the drafts instead of the bank.
        @Flag(help: "List the draft questions (draft: true, and those of draft knowledge-base entries) instead of the bank (text and json).")
        public var drafts = false

        /// As text on standard output.
        public init() {}

        /// Refuses `--output` with text, which is for reading on the terminal.
        public func validate() throws {
            if output != nil && !format.isFile {
                throw ValidationError("--output writes json, anki, gift or moodle-xml; text is for the terminal")
            }
            if drafts && format != .text && format != .json {
                throw ValidationError("--drafts lists drafts as text or json; exports hold accepted questions only")
            }
        }
    }

    /// `questions`.
    public static let info = CommandInfo(
        name: "questions", abstract: "list the whole question bank, authored and generated",
        discussion: "Every question with its id, kind, prompt, options, lesson and sources, and no answers; "
            + "'questions --answers' adds the right options, accepted answers and explanations (for teachers). "
            + "'questions --format json' gives the same as JSON (docs/question-bank.md); --format anki, gift or "
            + "moodle-xml exports the bank for Anki or Moodle (docs/exchange.md); --output FILE writes it to a file.",)

    /// The bank reads only the course.
    public static func needs(_ arguments: Arguments) -> CommandNeeds { .course }

    /// Every question, as text, or as a file's bytes: on standard output (exact when piped) or in `--output`.
    public static func run(_ arguments: Arguments, in context: CommandContext) throws(CommandError) -> Reply {
        let env = context.environment
        let bank = arguments.drafts
            ? QuestionBank(questions: env.course.drafts + env.course.draftGeneratedQuestions) : env.bank
        if arguments.format == .text {
            return Reply(QuestionCatalog(course: env.course, bank: bank).text(width: max(20, env.width()), answers: arguments.answers))
        }
        if arguments.format == .json {
            do {
                let json = try QuestionCatalog(course: env.course, bank: bank).jsonData()
                return try write(String(decoding: json, as: UTF8.self), count: bank.questions.count, arguments, context)
            } catch let error as CommandError {
                throw error
            } catch {
                throw .failure("could not encode the question bank: \(error)", cause: error)
            }
        }
        return try write(try file(arguments.format, env), count: env.bank.questions.count, arguments, context)
    }

    /// `contents` on standard output (exact when piped), or in `--output`.
    private static func write(
        _ contents: String, count: Int, _ arguments: Arguments, _ context: CommandContext
    ) throws(CommandError) -> Reply {
        guard let output = arguments.output else {
            context.output.writeExact(contents)
            return Reply()
        }
        let url = URL(fileURLWithPath: (output as NSString).expandingTildeInPath)
        do {
            try Data(contents.utf8).write(to: url, options: .atomic)
        } catch {
            throw .failure("could not write \(url.path): \(error.localizedDescription)", cause: error)
        }
        return Reply("\(count) questions written to \(url.path) (\(arguments.format.rawValue), \(contents.utf8.count) bytes).")
    }

    /// The bank in a file format.
    static func file(_ format: Arguments.Format, _ env: ShellEnvironment) throws(CommandError) -> String {
        switch format {
        case .text, .json:
            do {
                return String(decoding: try QuestionCatalog(course: env.course, bank: env.bank).jsonData(), as: UTF8.self)
            } catch {
                throw .failure("could not encode the question bank: \(error)", cause: error)
            }
        case .anki: return AnkiExporter.export(course: env.course)
        case .gift: return GIFTExporter.export(course: env.course)
        case .moodleXML: return MoodleXMLExporter.export(course: env.course)
        }
    }
}
