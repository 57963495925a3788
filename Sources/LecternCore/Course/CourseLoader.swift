import Foundation
import Yams

/// Reads a course folder (`Lessons/` and `Quizzes/`) into a `Course`, collecting every problem with its file and line.
public enum CourseLoader {
    /// The article, relative to the course folder.
    public static let articlePath = "Lessons/source/article.json"

    /// Loads and checks the course at `root`; throws a `CourseError` listing every problem found.
    public static func load(from root: URL) throws(CourseError) -> Course {
        try load(CourseFiles(root: root))
    }

    /// Loads and checks a course held in memory: `files` maps paths relative to the course folder
    /// (`Lessons/01-intro.md`) to their bytes, and `root` only names the course. The same checks as `load(from:)`;
    /// the fuzz targets use it to read many variants of a course without touching the disk.
    public static func load(files: [String: Data], root: URL) throws(CourseError) -> Course {
        try load(CourseFiles(root: root, memory: files))
    }

    private static func load(_ files: CourseFiles) throws(CourseError) -> Course {
        let root = files.root
        var log = DiagnosticLog()
        guard files.isDirectory("Lessons"), files.isDirectory("Quizzes") else {
            throw CourseError([
                Diagnostic(
                    SourceLocation(file: root.path, line: nil),
                    "not a course folder: it needs a Lessons/ and a Quizzes/ folder")
            ])
        }
        var references = ReferenceChecks()
        let article = ArticleParser.parse(files: files, log: &log)
        let lessons = files.list("Lessons", suffix: ".md").compactMap { path in
            files.text(path, log: &log).flatMap { LessonParser.parse($0, file: path, references: &references, log: &log) }
        }
        let knowledge = KnowledgeBaseParser.parse(files: files, references: &references, log: &log)
        var questions: [Question] = []
        for path in files.list("Quizzes/questions", suffix: ".yaml") {
            guard let text = files.text(path, log: &log) else { continue }
            questions += QuestionParser.parse(text, file: path, references: &references, log: &log)
        }
        // The id is optional (`check` warns when it is missing); one that is there must be right.
        var identity: CourseIdentity?
        if files.exists(CourseIdentity.file), let text = files.text(CourseIdentity.file, log: &log),
            let id = CourseIdentity.parse(text, log: &log)
        {
            identity = CourseIdentity(id: id, origin: .declared)
        }
        guard let article else { throw CourseError(log.diagnostics) }
        // A file that could not be read at all (unreadable, missing, too large) is one problem: checking the others
        // against what it would have held (every actor a question names, say) only repeats it hundreds of times.
        guard !files.failures.hasFailed else { throw CourseError(log.diagnostics) }
        if lessons.isEmpty { log.add("Lessons", nil, "the course has no lessons (Lessons/*.md)") }
        let course = Course(
            root: root, article: article, lessons: lessons, actors: knowledge.actors, events: knowledge.events,
            quotes: knowledge.quotes, questions: questions, identity: identity)
        log.append(contentsOf: references.verify(against: course))
        log.append(contentsOf: CourseChecks.check(course))
        if log.diagnostics.isEmpty { log.append(contentsOf: QuestionValidator.validate(course)) }
        guard log.diagnostics.isEmpty else { throw CourseError(log.diagnostics) }
        return course
    }
}

/// File access relative to a course folder, reporting unreadable files as diagnostics.
struct CourseFiles {
    let root: URL
    /// The files by relative path when the course is held in memory; nil to read the folder.
    var memory: [String: Data]? = nil
    /// Whether any file could not be read, shared by every copy of these files.
    let failures = ReadFailures()

    /// Whether some file could not be read; a class so that the reads of a value `CourseFiles` can set it.
    final class ReadFailures {
        var hasFailed = false
    }

    func url(_ path: String) -> URL { root.appendingPathComponent(path) }

    func isDirectory(_ path: String) -> Bool {
        if let memory { return memory.keys.contains { $0.hasPrefix(path + "/") } }
        var isDirectory: ObjCBool = false
        return FileManager.default.fileExists(atPath: url(path).path, isDirectory: &isDirectory) && isDirectory.boolValue
    }

    func exists(_ path: String) -> Bool {
        if let memory { return memory[path] != nil || isDirectory(path) }
        return FileManager.default.fileExists(atPath: url(path).path)
    }

    /// Relative paths of the files in `folder` ending with `suffix`, in name order.
    func list(_ folder: String, suffix: String) -> [String] {
        let names: [String]
        if let memory {
            names = memory.keys.filter { $0.hasPrefix(folder + "/") }.map { String($0.dropFirst(folder.count + 1)) }
                .filter { !$0.contains("/") }
        } else {
            names = (try? FileManager.default.contentsOfDirectory(atPath: url(folder).path)) ?? []
        }
        return names.filter { $0.hasSuffix(suffix) && !$0.hasPrefix(".") }.sorted().map { "\(folder)/\($0)" }
    }

    /// The largest course file read, in bytes: far above any real lesson or knowledge base, and small enough that a
    /// runaway file is refused at once instead of keeping `check` busy for minutes.
    static let maximumFileBytes = 1 << 20

    func data(_ path: String, log: inout DiagnosticLog) -> Data? {
        let size = memory.map { $0[path].map { Int64($0.count) } } ?? DurableFile.size(of: url(path)).map(Int64.init)
        if let size, size > Self.maximumFileBytes {
            log.add(path, nil, "the file is \(size) bytes; a course file may hold at most \(Self.maximumFileBytes) bytes (1 MB)")
            failures.hasFailed = true
            return nil
        }
        if let memory {
            guard let data = memory[path] else {
                log.add(path, nil, "the file is missing")
                failures.hasFailed = true
                return nil
            }
            return data
        }
        switch RegularFile.contents(url(path).path, limit: Self.maximumFileBytes) {
        case .success(let data):
            return data
        case .failure(let reason):
            log.add(path, nil, "the file \(exists(path) ? reason.reason : "is missing")")
            failures.hasFailed = true
            return nil
        }
    }

    func text(_ path: String, log: inout DiagnosticLog) -> String? {
        guard let data = data(path, log: &log) else { return nil }
        guard let text = String(data: data, encoding: .utf8) else {
            log.add(path, nil, "the file is not UTF-8 text")
            return nil
        }
        return text
    }
}

/// Reads `Lessons/source/article.json`.
enum ArticleParser {
    private struct RawArticle: Decodable {
        let title: String
        let author: String
        let publication: String?
        let year: Int
        let license: String
        let paragraphs: [RawParagraph]
    }

    private struct RawParagraph: Decodable {
        let id: String
        let kind: String?
        let text: String
    }

    static func parse(files: CourseFiles, log: inout DiagnosticLog) -> Article? {
        let path = CourseLoader.articlePath
        guard let data = files.data(path, log: &log) else { return nil }
        let raw: RawArticle
        do {
            raw = try JSONDecoder().decode(RawArticle.self, from: data)
        } catch {
            log.add(path, nil, "not a valid article: \(JSONProblem.describe(error))")
            return nil
        }
        var seen = Set<String>()
        for paragraph in raw.paragraphs {
            if !seen.insert(paragraph.id).inserted { log.add(path, nil, "paragraph id '\(paragraph.id)' is used twice") }
            if paragraph.text.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty {
                log.add(path, nil, "paragraph '\(paragraph.id)' has no text")
            }
        }
        if raw.paragraphs.isEmpty { log.add(path, nil, "the article has no paragraphs") }
        // Every string is neutralised where it is read: a JSON escape such as `\u001b` cannot reach the terminal.
        let clean = DisplayText.neutralise
        return Article(
            title: clean(raw.title), author: clean(raw.author), publication: clean(raw.publication ?? ""),
            year: raw.year, license: clean(raw.license),
            paragraphs: raw.paragraphs.map {
                Paragraph(id: clean($0.id), kind: clean($0.kind ?? "body"), text: clean($0.text))
            })
    }
}

/// Turns a `DecodingError` into one line naming the field that is wrong.
enum JSONProblem {
    static func describe(_ error: any Error) -> String {
        guard let error = error as? DecodingError else { return "\(error)" }
        func path(_ context: DecodingError.Context) -> String {
            let keys = context.codingPath.map { $0.intValue.map { "[\($0)]" } ?? ".\($0.stringValue)" }.joined()
            return keys.isEmpty ? "the top level" : String(keys.drop { $0 == "." })
        }
        switch error {
        case let .keyNotFound(key, context): return "missing field '\(key.stringValue)' at \(path(context))"
        case let .typeMismatch(_, context): return "wrong type at \(path(context)): \(context.debugDescription)"
        case let .valueNotFound(_, context): return "missing value at \(path(context))"
        case let .dataCorrupted(context): return "\(context.debugDescription) (at \(path(context)))"
        @unknown default: return "\(error)"
        }
    }
}
