import Foundation
import LecternCore

/// What every screen and command may use: the course, the learner's stores, the clock, and how to draw text.
public struct ShellEnvironment {
    /// The course being studied (waiting for it when it is still being loaded).
    /// A course that failed to load gives an empty course here: commands call `requireCourse()` first, which
    /// reports the failure instead.
    public var course: Course { loadedOrEmpty.course }
    /// The question bank (authored and generated), built once.
    public var bank: QuestionBank { loadedOrEmpty.bank }
    /// What the greeting shows of the course, known without waiting for it.
    public let summary: CourseSummary
    /// Colours or none.
    public let style: Style
    /// The terminal width, read when needed so a resized window is honoured.
    public private(set) var width: () -> Int
    /// The current time.
    public let now: () -> Date
    /// The learner's reading positions, answers and flags.
    public let progress: any LearnerProgress
    /// A fresh seed for a quiz drawn without `--seed`.
    public let newSeed: () -> UInt64
    /// What the running shell remembers between commands (the last quiz, for `recap`).
    public let memory: ShellMemory
    private let content: ContentCache

    /// Creates an environment over a loaded course.
    public init(
        course: Course, style: Style, width: @escaping () -> Int, now: @escaping () -> Date,
        progress: any LearnerProgress, bank: QuestionBank? = nil,
        newSeed: @escaping () -> UInt64 = { UInt64.random(in: 0...UInt64.max) }
    ) {
        let content = CourseContent(course: course, bank: bank)
        self.init(
            loading: { .success(content) }, summary: CourseSummary(course: course), style: style, width: width, now: now,
            progress: progress, newSeed: newSeed)
    }

    /// Creates an environment over a course that may still be being loaded: `loading` waits for it, and says why
    /// it failed if it did.
    public init(
        loading: @escaping () -> Result<CourseContent, CourseError>, summary: CourseSummary, style: Style, width: @escaping () -> Int,
        now: @escaping () -> Date, progress: any LearnerProgress,
        newSeed: @escaping () -> UInt64 = { UInt64.random(in: 0...UInt64.max) }
    ) {
        self.content = ContentCache(loading)
        self.summary = summary
        self.style = style
        self.width = width
        self.now = now
        self.progress = progress
        self.newSeed = newSeed
        self.memory = ShellMemory()
    }

    /// Waits for the course; a course that failed to load (its files changed since its stamp) throws its problems
    /// with status 65.
    public func requireCourse() throws(CommandError) {
        if case let .failure(error) = content.value { throw .course(error) }
    }

    private var loadedOrEmpty: CourseContent {
        (try? content.value.get()) ?? .empty
    }

    /// This environment with the terminal width read once now, for drawing one reply (each read is a system call).
    public func measuringWidthOnce() -> ShellEnvironment {
        var measured = self
        let columns = width()
        measured.width = { columns }
        return measured
    }

    /// Wraps prose to the terminal width.
    public func wrap(_ text: DisplayText, indent: DisplayText = "", hangingIndent: DisplayText? = nil) -> DisplayText {
        TextWrapper.wrap(text, width: max(20, width()), indent: indent, hangingIndent: hangingIndent)
    }
}

/// The course content, asked for once and then kept: the shell asks for it many times an answer, and asking may
/// mean waiting for a course still being loaded.
final class ContentCache {
    private let source: () -> Result<CourseContent, CourseError>
    private var kept: Result<CourseContent, CourseError>?

    init(_ source: @escaping () -> Result<CourseContent, CourseError>) {
        self.source = source
    }

    var value: Result<CourseContent, CourseError> {
        if let kept { return kept }
        let content = source()
        kept = content
        return content
    }
}

/// What the running shell remembers between commands.
public final class ShellMemory {
    /// The summary of the last quiz or exam, for `recap`.
    public var lastQuiz: QuizSummary?

    /// Creates an empty memory.
    public init() {}
}
