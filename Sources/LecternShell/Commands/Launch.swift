import Foundation
import LecternCore

/// Everything the program needs before the first prompt: the course, where progress goes, how to draw text.
public struct Launch {
    /// The loaded course.
    public let course: Course
    /// The folder holding every learner's files.
    public let progressDirectory: URL
    /// The learner whose files are used.
    public let learner: String
    /// Colours or none.
    public let style: Style
    /// Every question, authored and generated, built once.
    public let bank: QuestionBank

    /// Options shared by every subcommand.
    public struct Options: Sendable {
        /// `--course`.
        public var course: String?
        /// `--progress-dir`.
        public var progressDirectory: String?
        /// `--learner`.
        public var learner: String?
        /// `--no-color`.
        public var noColor: Bool

        /// Creates options.
        public init(course: String?, progressDirectory: String?, learner: String?, noColor: Bool) {
            self.course = course
            self.progressDirectory = progressDirectory
            self.learner = learner
            self.noColor = noColor
        }
    }

    /// Finds and loads the course; a course with problems throws a `CourseError` listing them all.
    public init(
        options: Options, environment: [String: String] = ProcessInfo.processInfo.environment,
        currentDirectory: URL = URL(fileURLWithPath: FileManager.default.currentDirectoryPath),
        executable: URL = URL(fileURLWithPath: CommandLine.arguments.first ?? "lectern"),
        isTerminal: Bool = isatty(STDOUT_FILENO) != 0
    ) throws(CourseError) {
        let root = CourseLocator.course(
            explicit: options.course, environment: environment, currentDirectory: currentDirectory, executable: executable)
        course = try CourseLoader.load(from: root)
        progressDirectory = CourseLocator.progressDirectory(
            explicit: options.progressDirectory, environment: environment, course: root, currentDirectory: currentDirectory)
        learner = options.learner ?? environment["LECTERN_LEARNER"] ?? environment["USER"] ?? environment["LOGNAME"] ?? "learner"
        style = Style.detect(isTerminal: isTerminal, environment: environment, noColorFlag: options.noColor)
        bank = QuestionBank(course: course)
    }

    /// The learner's own folder.
    public var learnerDirectory: URL { progressDirectory.appendingPathComponent(learner, isDirectory: true) }

    /// Opens the learner's files (taking their lock, or read-only when another process holds it).
    public func openProgress(now: Date = Date()) throws(ProgressError) -> StoredProgress {
        let store = try LearnerStore.open(directory: progressDirectory, learner: learner, now: now)
        return StoredProgress(store: store, bank: bank, policy: RatingPolicy())
    }

    /// A shell environment over this launch, with the terminal's width and the system clock.
    public func environment(progress: any LearnerProgress) -> ShellEnvironment {
        ShellEnvironment(
            course: course, style: style, width: { TerminalSize.columns() }, now: { Date() }, progress: progress,
            bank: bank)
    }
}
