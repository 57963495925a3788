import Foundation
import LecternCore

/// What every screen and command may use: the course, the learner's stores, the clock, and how to draw text.
public struct ShellEnvironment {
    /// The course being studied.
    public let course: Course
    /// Colours or none.
    public let style: Style
    /// The terminal width, read when needed so a resized window is honoured.
    public let width: () -> Int
    /// The current time.
    public let now: () -> Date
    /// Where lesson reading positions are kept.
    public let readingLog: any ReadingLog

    /// Creates an environment.
    public init(
        course: Course, style: Style, width: @escaping () -> Int, now: @escaping () -> Date, readingLog: any ReadingLog
    ) {
        self.course = course
        self.style = style
        self.width = width
        self.now = now
        self.readingLog = readingLog
    }

    /// Wraps prose to the terminal width.
    public func wrap(_ text: String, indent: String = "", hangingIndent: String? = nil) -> String {
        TextWrapper.wrap(text, width: max(20, width()), indent: indent, hangingIndent: hangingIndent)
    }
}
