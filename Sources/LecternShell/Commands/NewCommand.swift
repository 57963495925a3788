import ArgumentParser
import Foundation
import LecternCore

/// `lectern new DIR --from FILE [--year N]`: an article (plain text, Markdown or HTML) becomes a draft course in a new
/// or empty folder, offline and the same bytes for the same article (docs/course-format.md, "From an article to a
/// course").
public enum NewCommand: LecternCommand {
    /// The folder to make and the article to make it from.
    public struct Arguments: ParsableArguments {
        /// The course folder to write: new, or empty.
        @Argument(help: ArgumentHelp("The course folder to make: a new or empty folder.", valueName: "directory"), completion: .directory)
        public var directory: String
        /// The article.
        @Option(help: ArgumentHelp("The article: plain text (.txt), Markdown (.md) or HTML (.html).", valueName: "file"), completion: .file())
        public var from: String
        /// The article's year, when its text writes none or the latest is not it.
        @Option(help: ArgumentHelp("The article's year (default: the latest year its text writes).", valueName: "year"))
        public var year: Int?

        /// Parsed from the command line.
        public init() {}

        /// A year Lectern can date against.
        public func validate() throws {
            if let year, !(1...9999).contains(year) { throw ValidationError("--year takes a year from 1 to 9999, not \(year)") }
        }
    }

    /// `new`.
    public static let info = CommandInfo(
        name: "new", abstract: "make a draft course from an article (plain text, Markdown or HTML)",
        discussion: """
            Splits the article into paragraphs with stable ids, writes Lessons/source/article.json with an \
            attribution to fill in, one lesson stub per heading (or per three paragraphs), a candidate knowledge \
            base (Quizzes/actors.yaml, events.yaml, quotes.yaml) and draft questions, every one 'draft: true', so \
            nothing is served until you accept it. The folder must be new or empty. The course passes 'lectern \
            check --strict' at once; 'lectern check --coverage DIR' lists what is left. docs/course-format.md, \
            "From an article to a course", walks through the rest.
            """,
        place: .commandLine)

    /// Reads only the article, writes only the new folder.
    public static func needs(_ arguments: Arguments) -> CommandNeeds { .nothing }

    /// Reads the article, makes the course and writes it, then says what was made and what to do next.
    public static func run(_ arguments: Arguments, in context: CommandContext) throws(CommandError) -> Reply {
        let source = URL(fileURLWithPath: (arguments.from as NSString).expandingTildeInPath)
        let folder = URL(fileURLWithPath: (arguments.directory as NSString).expandingTildeInPath)
        let data = try CommandInput.contents(of: arguments.from, limit: ArticleDraft.maximumBytes, purpose: "use")
        let draft: CourseDraft
        do {
            let article = try ArticleDraft(
                data: data, name: source.lastPathComponent, fallbackTitle: source.deletingPathExtension().lastPathComponent)
            draft = try CourseDraft(article: article, year: arguments.year, source: source.lastPathComponent)
            try CourseDraftWriter.write(draft, to: folder)
        } catch {
            switch error.kind {
            case .badArticle: throw .badData(error.description, cause: error)
            case .badTarget: throw .usage(error.description, cause: error)
            case .writeFailed: throw .failure(error.description, cause: error)
            }
        }
        return Reply(DisplayText(summary(draft, folder: folder)))
    }

    /// What was written, and the next steps.
    static func summary(_ draft: CourseDraft, folder: URL) -> String {
        let article = draft.article
        let lessons = draft.files.filter { $0.path.hasPrefix("Lessons/") && $0.path.hasSuffix(".md") }.count
        let questions = draft.files.filter { $0.path.hasPrefix("Quizzes/questions/") }
            .reduce(0) { $0 + $1.text.components(separatedBy: "\n    draft: true\n").count - 1 }
        let path = ShellWord.quoted(folder.path)
        return """
            Made \(folder.path) from \(article.format.rawValue): \(article.paragraphs.count) paragraphs, \(lessons) \
            lesson stubs, \(draft.knowledge.actors.count) actor, \(draft.knowledge.events.count) event and \
            \(draft.knowledge.quotes.count) quotation candidates, \(questions) draft questions (year \(draft.year)).
            Next: fill in the attribution in Lessons/source/article.json, read the drafts ('lectern questions \
            --drafts --course \(path)'), accept the good ones by removing 'draft: true', then 'lectern check \
            --coverage \(path)'.
            """
    }
}
