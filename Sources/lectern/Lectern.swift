import ArgumentParser
import LecternCore
import LecternReadline
import LecternShell

/// Options every subcommand shares.
struct CommonOptions: ParsableArguments {
    @Option(help: "The course folder (default: LECTERN_COURSE, this folder, or the bundled course).")
    var course: String?
    @Option(name: .customLong("progress-dir"), help: "Where learners' files live (default: LECTERN_PROGRESS_DIR or the course's Progress/).")
    var progressDir: String?
    @Option(help: "Whose progress to use (default: LECTERN_LEARNER or your login name).")
    var learner: String?
    @Flag(name: .customLong("no-color"), help: "Never use colour (NO_COLOR and TERM=dumb do the same).")
    var noColor = false

    /// The options as plain values.
    var values: Launch.Options {
        .init(course: course, progressDirectory: progressDir, learner: learner, noColor: noColor)
    }

    func validate() throws {
        // An empty path would quietly mean the working folder, and learner files would land there.
        for (name, value) in [("--course", course), ("--progress-dir", progressDir)] where value?.isEmpty == true {
            throw ValidationError("\(name) needs a folder; it was given an empty path")
        }
    }
}

extension CommandSession {
    /// Loads the course and opens the learner's files.
    init(_ options: CommonOptions) throws { try self.init(options.values) }

    /// Runs the shell, reading lines with readline at a terminal and plainly from a pipe.
    func runShell(root: any Screen = MainScreen(), firstLine: String? = nil) throws {
        try runShell(reader: LineReaderFactory.make(historyFile: historyFile, completion: completion), root: root, firstLine: firstLine)
    }
}

/// The program. Every command names itself (`commandName:`): otherwise swift-argument-parser derives each name with
/// `String(describing:)` of the type at every start, and those lookups cost more than a millisecond of start-up.
@main
struct Lectern: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "lectern",
        abstract: "Study an article through lessons, quizzes and spaced review.",
        version: "0.1.0",
        subcommands: [
            Start.self, Lessons.self, Study.self, Quiz.self, Exam.self, Review.self, Report.self, Actors.self,
            ActorCard.self, Timeline.self, Source.self, Questions.self, Settings.self, LearnersCommand.self,
            ProgressCommand.self, Check.self,
        ],
        defaultSubcommand: Start.self)

    /// Runs the program. `lectern` alone, which is how a learner starts it, opens the shell without the argument
    /// parser: building its command tree and reading the options' declarations costs about two milliseconds, a fifth
    /// of the whole start of the shell (docs/performance.md). A command that has reported its problem ends with the
    /// status it chose.
    static func main() {
        StandardDescriptors.ensureOpen()
        FileOutput.ignoreBrokenPipes()
        do {
            if CommandLine.arguments.count == 1 {
                try CommandSession(Launch.Options(course: nil, progressDirectory: nil, learner: nil, noColor: false)).runShell()
            } else {
                var command = try parseAsRoot()
                try command.run()
            }
        } catch let error as CommandError {
            exit(withError: ExitCode(error.status))
        } catch {
            exit(withError: error)
        }
    }
}
