import ArgumentParser
import Foundation
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

    func launch() throws -> Launch {
        do {
            return try Launch(options: .init(course: course, progressDirectory: progressDir, learner: learner, noColor: noColor))
        } catch {
            FileOutput.standardError.write(error.description + "\n")
            FileOutput.standardError.write("error: the course has \(error.diagnostics.count) problem(s); run 'lectern check' for the list\n")
            throw ExitCode(65)
        }
    }
}

@main
struct Lectern: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Study an article through lessons, quizzes and spaced review.",
        version: "0.1.0",
        subcommands: [Start.self, Lessons.self, Study.self, Actors.self, ActorCard.self, Timeline.self, Source.self, Check.self],
        defaultSubcommand: Start.self)
}

/// Runs the interactive shell, optionally starting with one command.
func runShell(_ options: CommonOptions, firstLine: String? = nil) throws {
    let launch = try options.launch()
    let environment = launch.environment(readingLog: InMemoryReadingLog())
    let reader = LineReaderFactory.make(
        historyFile: launch.learnerDirectory.appendingPathComponent("history"), completion: ShellCompletion(course: launch.course))
    var shell = Shell(
        root: MainScreen(), environment: environment, reader: reader, output: FileOutput.standardOutput,
        errors: FileOutput.standardError)
    shell.run(firstLine: firstLine)
}

/// Runs one main-prompt command and exits 1 if it reported a problem.
func runOnce(_ options: CommonOptions, _ command: String, _ argument: String = "") throws {
    let launch = try options.launch()
    let reply = MainScreen.run(command, argument: argument, launch.environment(readingLog: InMemoryReadingLog()))
    if !reply.text.isEmpty { FileOutput.standardOutput.write(reply.text + "\n") }
    if let error = reply.error {
        FileOutput.standardError.write("error: \(error)\n")
        throw ExitCode.failure
    }
}

struct Start: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "shell", abstract: "Open the study shell (the default).")
    @OptionGroup var options: CommonOptions
    func run() throws { try runShell(options) }
}

struct Lessons: ParsableCommand {
    static let configuration = CommandConfiguration(abstract: "List the lessons and how far you are in each.")
    @OptionGroup var options: CommonOptions
    func run() throws { try runOnce(options, "lessons") }
}

struct Study: ParsableCommand {
    static let configuration = CommandConfiguration(abstract: "Open the shell at a lesson.")
    @OptionGroup var options: CommonOptions
    @Argument(help: "The lesson's number or id.") var lesson: String
    func run() throws { try runShell(options, firstLine: "study \(lesson)") }
}

struct Actors: ParsableCommand {
    static let configuration = CommandConfiguration(abstract: "List the actors of the article.")
    @OptionGroup var options: CommonOptions
    func run() throws { try runOnce(options, "actors") }
}

struct ActorCard: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "actor", abstract: "Show an actor's profile card.")
    @OptionGroup var options: CommonOptions
    @Argument(help: "A name or alias.") var name: [String]
    func run() throws { try runOnce(options, "actor", name.joined(separator: " ")) }
}

struct Timeline: ParsableCommand {
    static let configuration = CommandConfiguration(abstract: "The article's events in date order.")
    @OptionGroup var options: CommonOptions
    func run() throws { try runOnce(options, "timeline") }
}

struct Source: ParsableCommand {
    static let configuration = CommandConfiguration(abstract: "Show paragraphs of the article word for word.")
    @OptionGroup var options: CommonOptions
    @Argument(help: "Paragraph ids (standfirst, p1 … p9, caption).") var ids: [String] = []
    func run() throws { try runOnce(options, "source", ids.joined(separator: " ")) }
}

struct Check: ParsableCommand {
    static let configuration = CommandConfiguration(abstract: "Validate a course and list every problem as file:line: message.")
    @Argument(help: "The course folder (default: the bundled course).") var directory: String?
    func run() throws {
        let root = CourseLocator.course(
            explicit: directory, environment: ProcessInfo.processInfo.environment,
            currentDirectory: URL(fileURLWithPath: FileManager.default.currentDirectoryPath),
            executable: URL(fileURLWithPath: CommandLine.arguments.first ?? "lectern"))
        do {
            let course = try CourseLoader.load(from: root)
            print("\(root.path): ok · \(course.lessons.count) lessons, \(course.actors.count) actors, \(course.events.count) events, \(course.questions.count) questions")
        } catch {
            FileOutput.standardError.write(error.description + "\n")
            FileOutput.standardError.write("\(error.diagnostics.count) problem(s) in \(root.path)\n")
            throw ExitCode(65)
        }
    }
}
