import Foundation

/// A course's stable id: the name its learners' progress is kept under in a progress folder shared by courses.
///
/// It is declared in `Quizzes/course.yaml` (`id: emery-2014-iran-iraq`). A course without that file still works: its
/// id is then made from the article's title (`The Long Thaw` gives `the-long-thaw`), else from the course folder's
/// name, and `lectern check` warns (`warning[course-id-missing]`), because that id changes when the title does.
public struct CourseIdentity: Sendable, Equatable, CustomStringConvertible {
    /// Where the id came from.
    public enum Origin: Sendable, Equatable {
        /// `Quizzes/course.yaml`.
        case declared
        /// Made from the article's title: the course has no `Quizzes/course.yaml`.
        case articleTitle
        /// Made from the course folder's name: no `Quizzes/course.yaml`, and no article title could be read.
        case folderName
    }

    /// The id: lowercase letters, digits and hyphens, 1 to 64 characters, starting with a letter.
    public let id: String
    /// Where it came from.
    public let origin: Origin

    /// The file that declares the id, relative to the course folder.
    public static let file = "Quizzes/course.yaml"
    /// The longest id.
    public static let maximumLength = 64

    /// An identity from its parts; `id` is taken as it is (see `problem(with:)`).
    public init(id: String, origin: Origin) {
        self.id = id
        self.origin = origin
    }

    /// The id.
    public var description: String { id }

    /// Whether the course declares its id rather than having one made for it.
    public var isDeclared: Bool { origin == .declared }

    /// The id a course without `Quizzes/course.yaml` gets, from its article's title.
    public static func derived(fromTitle title: String) -> CourseIdentity {
        CourseIdentity(id: slug(title), origin: .articleTitle)
    }

    /// What is wrong with `id` as a course id, or nil when it is one.
    public static func problem(with id: String) -> String? {
        if id.isEmpty { return "it is empty" }
        if id.count > maximumLength { return "it has \(id.count) characters; an id has at most \(maximumLength)" }
        guard let first = id.unicodeScalars.first, ("a"..."z").contains(first) else {
            return "it must start with a lowercase letter (a-z)"
        }
        if let bad = id.unicodeScalars.first(where: { !isIDCharacter($0) }) {
            let shown = bad.properties.generalCategory == .control || bad.value > 0x7E
                ? String(format: "U+%04X", bad.value) : "'\(bad)'"
            return "it contains \(shown); an id holds only lowercase letters, digits and hyphens"
        }
        return nil
    }

    /// `text` as an id: letters and digits folded to lowercase ASCII, every other run of characters one hyphen, cut
    /// to 64 characters at a hyphen when it can be, and `course-` put in front when it does not start with a letter.
    public static func slug(_ text: String) -> String {
        var result = IDWords.hyphenated(text)
        if result.first.map({ !("a"..."z").contains($0) }) ?? true { result = "course" + (result.isEmpty ? "" : "-" + result) }
        if result.count > maximumLength {
            let cut = String(result.prefix(maximumLength))
            let endsAWord = result.dropFirst(maximumLength).first == "-"
            let atHyphen = endsAWord ? cut : cut.lastIndex(of: "-").map { String(cut[..<$0]) } ?? cut
            result = atHyphen.count >= maximumLength / 2 ? atHyphen : cut
            while result.hasSuffix("-") { result.removeLast() }
        }
        return result
    }

    private static func isIDCharacter(_ scalar: Unicode.Scalar) -> Bool {
        ("a"..."z").contains(scalar) || ("0"..."9").contains(scalar) || scalar == "-"
    }

    /// Reads `Quizzes/course.yaml` from its text: a mapping with the one field `id`. Every problem is logged with its
    /// line; nil when the id cannot be used.
    static func parse(_ text: String, log: inout DiagnosticLog) -> String? {
        let file = Self.file
        guard let node = YAMLDocument.compose(text, file: file, log: &log),
            let fields = YAMLFields(node, file: file, lineOffset: 0, what: "the file", allowed: ["id"], log: &log),
            let id = fields.string("id", log: &log)
        else { return nil }
        if let problem = problem(with: id) {
            log.add(file, fields.line(of: "id"), "course id '\(id)' is not allowed: \(problem) (like emery-2014-iran-iraq)")
            return nil
        }
        return id
    }

    /// The identity of the course at `root`, read without loading the course (so that it works while the course
    /// has problems): the declared id when `Quizzes/course.yaml` reads, else made from the article's title, else
    /// from the folder's name. A course whose `course.yaml` is broken fails to load, and `check` says why.
    public static func read(courseAt root: URL) -> CourseIdentity {
        let limit = CourseFiles.maximumFileBytes
        if case let .success(data) = RegularFile.contents(root.appendingPathComponent(file).path, limit: limit),
            let text = String(data: data, encoding: .utf8)
        {
            var log = DiagnosticLog()
            if let id = parse(text, log: &log) { return CourseIdentity(id: id, origin: .declared) }
        }
        struct Titled: Decodable { let title: String }
        if case let .success(data) = RegularFile.contents(
            root.appendingPathComponent(CourseLoader.articlePath).path, limit: limit),
            let titled = try? JSONDecoder().decode(Titled.self, from: data)
        {
            return derived(fromTitle: DisplayText.neutralise(titled.title))
        }
        return CourseIdentity(id: slug(root.standardizedFileURL.lastPathComponent), origin: .folderName)
    }
}
