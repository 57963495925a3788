import Foundation
import LecternCore

/// What every screen and command may use: the course, the learner's stores, the clock, and how to draw text.
public struct ShellEnvironment {
    /// The course being studied.
    public let course: Course
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
    /// The question bank (authored and generated), built once.
    public let bank: QuestionBank

    /// Creates an environment.
    public init(
        course: Course, style: Style, width: @escaping () -> Int, now: @escaping () -> Date,
        progress: any LearnerProgress, bank: QuestionBank? = nil,
        newSeed: @escaping () -> UInt64 = { UInt64.random(in: 0...UInt64.max) }
    ) {
        self.course = course
        self.style = style
        self.width = width
        self.now = now
        self.progress = progress
        self.newSeed = newSeed
        self.memory = ShellMemory()
        self.bank = bank ?? QuestionBank(course: course)
    }

    /// This environment with the terminal width read once now, for drawing one reply (each read is a system call).
    public func measuringWidthOnce() -> ShellEnvironment {
        var measured = self
        let columns = width()
        measured.width = { columns }
        return measured
    }

    /// Wraps prose to the terminal width.
    public func wrap(_ text: String, indent: String = "", hangingIndent: String? = nil) -> String {
        TextWrapper.wrap(text, width: max(20, width()), indent: indent, hangingIndent: hangingIndent)
    }
}

/// What the running shell remembers between commands.
public final class ShellMemory {
    /// The summary of the last quiz or exam, for `recap`.
    public var lastQuiz: QuizSummary?

    /// Creates an empty memory.
    public init() {}
}
