import Foundation
import LecternCore

/// The course and its question bank, loaded together.
///
/// A class, so that handing it out (the shell asks for the course many times per answer) copies one reference, not
/// every array of the course and the bank.
public final class CourseContent: Sendable {
    /// The loaded course.
    public let course: Course
    /// Every question, authored and generated, built once.
    public let bank: QuestionBank

    /// Loads the course at `root` and builds its bank.
    public convenience init(root: URL) throws(CourseError) {
        self.init(course: try CourseLoader.load(from: root))
    }

    /// The content of a loaded course.
    public init(course: Course, bank: QuestionBank? = nil) {
        self.course = course
        self.bank = bank ?? QuestionBank(course: course)
    }
}

extension CourseContent {
    /// A course with nothing in it: what an environment holds when a command needs no course, or when the course
    /// failed to load (and the command reports that failure instead of showing anything).
    public static let empty = CourseContent(
        course: Course(
            root: URL(fileURLWithPath: "/"),
            article: Article(title: "", author: "", publication: "", year: 0, license: "", paragraphs: []), lessons: [],
            actors: [], events: [], quotes: [], questions: []))
}

/// Everything the program needs before the first prompt: the course, where progress goes, how to draw text.
///
/// When the course's stamp (`CourseStamp`) says its files loaded cleanly before, the course is loaded on another
/// thread and the prompt does not wait for it; otherwise it is loaded here and its problems end the launch.
public struct Launch: Sendable {
    /// What the greeting shows of the course, known at once.
    public let summary: CourseSummary
    /// The folder holding every learner's files.
    public let progressDirectory: URL
    /// Where that folder is: the course's own `Progress/`, or the course's part of a folder shared by courses.
    public let progressLocation: ProgressLocation
    /// The course folder found, whose `Quizzes/fsrs-parameters.json` (if any) a learner starts from.
    public let courseFolder: URL
    /// The learner whose files are used.
    public let learner: String
    /// Colours or none.
    public let style: Style
    /// Whether the course is being loaded on another thread (its stamp matched) rather than loaded already.
    public let loadsInBackground: Bool
    private let loading: Deferred<Result<CourseContent, CourseError>>

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
        /// `--no-pager`: long output is printed directly, never through `$PAGER`.
        public var noPager: Bool

        /// Creates options.
        public init(
            course: String? = nil, progressDirectory: String? = nil, learner: String? = nil, noColor: Bool = false,
            noPager: Bool = false
        ) {
            self.course = course
            self.progressDirectory = progressDirectory
            self.learner = learner
            self.noColor = noColor
            self.noPager = noPager
        }

        /// The course folder these options name (`CourseLocator.course`), found without loading the course.
        public func courseFolder(
            environment: [String: String] = ProcessInfo.processInfo.environment,
            currentDirectory: URL = URL(fileURLWithPath: FileManager.default.currentDirectoryPath),
            executable: URL = URL(fileURLWithPath: CommandLine.arguments.first ?? "lectern")
        ) -> URL {
            CourseLocator.course(explicit: course, environment: environment, currentDirectory: currentDirectory, executable: executable)
        }

        /// The folder of every learner's files for the course at `course` (`CourseLocator.progressDirectory`).
        public func progressDirectory(
            course: URL, environment: [String: String] = ProcessInfo.processInfo.environment,
            currentDirectory: URL = URL(fileURLWithPath: FileManager.default.currentDirectoryPath)
        ) -> URL {
            progressLocation(course: course, environment: environment, currentDirectory: currentDirectory).directory
        }

        /// Where the learners of the course at `course` keep their files (`CourseLocator.progressLocation`).
        public func progressLocation(
            course: URL, environment: [String: String] = ProcessInfo.processInfo.environment,
            currentDirectory: URL = URL(fileURLWithPath: FileManager.default.currentDirectoryPath)
        ) -> ProgressLocation {
            CourseLocator.progressLocation(
                explicit: progressDirectory, environment: environment, course: course, currentDirectory: currentDirectory)
        }
    }

    /// Finds the course and loads it, or starts loading it when its stamp matches; a course with problems throws a
    /// `CourseError` listing them all. `program` is the file whose identity joins the stamp's fingerprint.
    public init(
        options: Options, environment: [String: String] = ProcessInfo.processInfo.environment,
        currentDirectory: URL = URL(fileURLWithPath: FileManager.default.currentDirectoryPath),
        executable: URL = URL(fileURLWithPath: CommandLine.arguments.first ?? "lectern"),
        program: String = "/proc/self/exe", isTerminal: Bool = isatty(STDOUT_FILENO) != 0
    ) throws(CourseError) {
        let root = options.courseFolder(environment: environment, currentDirectory: currentDirectory, executable: executable)
        // The fingerprint is taken before loading: a file changed during the load then misses the stamp next time.
        let stampFile = CourseStamp.location(for: root, environment: environment)
        let fingerprint = stampFile == nil ? nil : CourseStamp.fingerprint(of: root, program: program)
        if let stampFile, let fingerprint, let stamp = CourseStamp.read(from: stampFile), stamp.fingerprint == fingerprint {
            summary = stamp.summary
            loadsInBackground = true
            loading = Deferred { Result { () throws(CourseError) in try CourseContent(root: root) } }
        } else {
            let content = try CourseContent(root: root)
            summary = CourseSummary(course: content.course)
            loadsInBackground = false
            if let stampFile, let fingerprint {
                CourseStamp(fingerprint: fingerprint, summary: summary).write(to: stampFile)
            }
            loading = Deferred(value: .success(content))
        }
        courseFolder = root
        progressLocation = options.progressLocation(course: root, environment: environment, currentDirectory: currentDirectory)
        progressDirectory = progressLocation.directory
        learner = options.learner ?? environment["LECTERN_LEARNER"] ?? environment["USER"] ?? environment["LOGNAME"] ?? "learner"
        style = Style.detect(isTerminal: isTerminal, environment: environment, noColorFlag: options.noColor)
    }

    /// The course and its bank, waiting for them when they are still being loaded. A course that loaded cleanly
    /// when it was stamped but fails now (its files changed during this start) throws its problems.
    public func content() throws(CourseError) -> CourseContent {
        try loading.value.get()
    }

    /// The course and its bank as the environment holds them: the content once loaded, or why it failed.
    public var result: Result<CourseContent, CourseError> { loading.value }

    /// The learner's own folder.
    public var learnerDirectory: URL { progressDirectory.appendingPathComponent(learner, isDirectory: true) }

    /// Opens the learner's files (taking their lock, or read-only when another process holds it), first carrying
    /// learner folders of this course in the old layout of a shared folder over to the course's part of it
    /// (`LayoutMigration`), which waits for the course only when there are any; scheduled with the course's
    /// weights (`CourseParameterSet`) unless the learner has fitted their own.
    public func openProgress(now: Date = Date()) throws(ProgressError) -> StoredProgress {
        var moved: [String] = []
        if let migration = LayoutMigration(progressLocation), !migration.pendingFolders().isEmpty,
            let content = try? content()
        {
            moved = migration.run(
                knownQuestionIDs: Set(content.bank.questions.map(\.id)),
                knownLessonIDs: Set(content.course.lessons.map(\.id)), now: now
            ).notices
        }
        let start = CourseParameterSet.startingParameters(course: courseFolder)
        let store = try LearnerStore.open(
            directory: progressDirectory, learner: learner, now: now, parameters: start.parameters)
        // A course weights file that cannot be used is said, not passed over: the learner is on the defaults.
        store.insertNotices(moved + (start.problem.map { ["\($0); the default weights are used"] } ?? []))
        let bank = { (try? content())?.bank ?? CourseContent.empty.bank }
        return StoredProgress(store: store, bank: bank, policy: RatingPolicy())
    }

    /// A shell environment over this launch, with the terminal's width and the system clock.
    public func environment(progress: any LearnerProgress) -> ShellEnvironment {
        ShellEnvironment(
            loading: { result }, summary: summary, style: style, width: { TerminalSize.columns() }, now: { Date() },
            progress: progress)
    }
}
