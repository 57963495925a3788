import Foundation
import LecternCore

/// What every screen and command may use: the course, the learner's stores, the clock, and how to draw text.
public struct ShellEnvironment {
    /// The course being studied (waiting for it when it is still being loaded).
    public var course: Course { content.value.course }
    /// The question bank (authored and generated), built once.
    public var bank: QuestionBank { content.value.bank }
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
            content: { content }, summary: CourseSummary(course: course), style: style, width: width, now: now,
            progress: progress, newSeed: newSeed)
    }

    /// Creates an environment over a course that may still be being loaded: `content` waits for it.
    public init(
        content: @escaping () -> CourseContent, summary: CourseSummary, style: Style, width: @escaping () -> Int,
        now: @escaping () -> Date, progress: any LearnerProgress,
        newSeed: @escaping () -> UInt64 = { UInt64.random(in: 0...UInt64.max) }
    ) {
        self.content = ContentCache(content)
        self.summary = summary
        self.style = style
        self.width = width
        self.now = now
        self.progress = progress
        self.newSeed = newSeed
        self.memory = ShellMemory()
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
    private let source: () -> CourseContent
    private var kept: CourseContent?

    init(_ source: @escaping () -> CourseContent) {
        self.source = source
    }

    var value: CourseContent {
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
