import Foundation
import LecternCore

/// Runs one command given on the command line: loads what it needs (nothing, the course, or the course and the
/// learner's files), runs it, writes its reply to the output, and opens the shell when the command opens a screen.
/// Every problem is thrown as a `CommandError` for the program's presenter; only notes are written here.
public struct CommandLineRunner {
    /// Standard output in the program, a recording in tests.
    public let output: any OutputSink
    /// Standard error in the program, a recording in tests.
    public let errors: any OutputSink
    /// The reader for the shell and for confirmations, given the learner's history file and the completion.
    public let makeReader: (_ historyFile: URL?, _ completion: any CompletionProvider) -> any LineReader
    /// The options' environment variables and places (`Launch.init`), fixed by tests.
    public let launching: (Launch.Options) throws(CourseError) -> Launch

    /// Creates a runner writing to `output` and `errors` and reading with readers `makeReader` makes.
    public init(
        output: any OutputSink, errors: any OutputSink,
        makeReader: @escaping (_ historyFile: URL?, _ completion: any CompletionProvider) -> any LineReader,
        launching: @escaping (Launch.Options) throws(CourseError) -> Launch = { options throws(CourseError) in try Launch(options: options) }
    ) {
        self.output = output
        self.errors = errors
        self.makeReader = makeReader
        self.launching = launching
    }

    /// Runs `command` with `arguments` and the common `options`.
    public func run<Command: LecternCommand>(
        _ command: Command.Type, _ arguments: Command.Arguments, options: Launch.Options
    ) throws(CommandError) {
        switch Command.needs(arguments) {
        case .nothing:
            let environment = ShellEnvironment(
                course: CourseContent.empty.course, style: Style(usesColor: false), width: { TerminalSize.columns() },
                now: { Date() }, progress: InMemoryProgress(bank: CourseContent.empty.bank))
            let reader = LazyReader { makeReader(nil, ShellCompletion(course: CourseContent.empty.course)) }
            try write(Command.paged(Command.run(arguments, in: context(environment, options: options, input: reader))), options)
        case .course:
            let launch = try launched(options)
            let content: CourseContent
            do { content = try launch.content() } catch { throw .course(error) }
            let environment = launch.environment(progress: InMemoryProgress(bank: content.bank))
            let reader = LazyReader { makeReader(nil, ShellCompletion(course: content.course)) }
            try write(Command.paged(Command.run(arguments, in: context(environment, options: options, input: reader))), options)
        case .learner:
            try runOnLearner(command, arguments, options: options)
        }
    }

    private func runOnLearner<Command: LecternCommand>(
        _ command: Command.Type, _ arguments: Command.Arguments, options: Launch.Options
    ) throws(CommandError) {
        let launch = try launched(options)
        let progress: StoredProgress
        do {
            progress = try launch.openProgress()
        } catch {
            throw .failure(error.description, cause: error)
        }
        let environment = launch.environment(progress: progress)
        for notice in progress.store.notices { errors.write(MessageText.note(notice, width: environment.width())) }
        if let reason = progress.readOnlyReason {
            errors.write(
                MessageText.note(
                    "read-only: \(reason). Lessons, actors, the timeline, sources and reports work; "
                        + "study, quizzes and review need this learner's files to themselves.", width: environment.width()))
        }
        let reader = LazyReader {
            makeReader(launch.learnerDirectory.appendingPathComponent("history"), ShellCompletion { [launch] in (try? launch.content())?.course ?? CourseContent.empty.course })
        }
        let makeContext: (ShellEnvironment) -> CommandContext = { env in
            self.context(env, options: options, input: reader, storedProgress: progress)
        }
        var failure: CommandError?
        do {
            try Command.refuseReadOnly(arguments, progress: progress)
            try run(command, arguments, environment, reader, options, makeContext)
        } catch {
            failure = error
        }
        // Every answer is in the log already, so a snapshot that cannot be written (a full disk) is said but does
        // not fail the command.
        if let problem = progress.store.close() { errors.write(MessageText.note(problem, width: environment.width())) }
        if let failure { throw failure }
    }

    private func run<Command: LecternCommand>(
        _ command: Command.Type, _ arguments: Command.Arguments, _ environment: ShellEnvironment,
        _ reader: any LineReader, _ options: Launch.Options, _ context: @escaping (ShellEnvironment) -> CommandContext
    ) throws(CommandError) {
        if Command.info.opensPrompt {
            // The greeting, then the command as if typed at the prompt, and the shell goes on.
            return try runShell(MainScreen(), environment, reader, options) { env in
                Reply.catching { () throws(CommandError) in
                    try env.requireCourse()
                    return Command.paged(try Command.run(arguments, in: context(env)))
                }
            }
        }
        let env = environment.measuringWidthOnce()
        try env.requireCourse()
        let reply = Command.paged(try Command.run(arguments, in: context(env)))
        if case let .push(screen) = reply.event {
            // A quiz on the command line: the shell runs it and ends with it.
            try runShell(screen, environment, reader, options)
        } else {
            try write(reply, options)
        }
    }

    private func launched(_ options: Launch.Options) throws(CommandError) -> Launch {
        do {
            return try launching(options)
        } catch {
            throw .course(error)
        }
    }

    private func context(
        _ environment: ShellEnvironment, options: Launch.Options, input: any LineReader, storedProgress: StoredProgress? = nil
    ) -> CommandContext {
        CommandContext(
            environment: environment, output: output, errors: errors, input: input, options: options,
            storedProgress: storedProgress)
    }

    private func runShell(
        _ root: any Screen, _ environment: ShellEnvironment, _ reader: any LineReader, _ options: Launch.Options,
        first: ((ShellEnvironment) -> Reply)? = nil
    ) throws(CommandError) {
        var shell = Shell(
            root: root, environment: environment, reader: reader, output: output, errors: errors, paging: !options.noPager)
        shell.run(first: first)
        if let failure = shell.failure { throw failure }
    }

    /// Writes a one-off command's text; its problem, if any, ends the command with 1.
    private func write(_ reply: Reply, _ options: Launch.Options) throws(CommandError) {
        if !reply.display.isEmpty {
            if reply.isLong && !options.noPager { output.writeLong(reply.display.asLine) } else { output.write(reply.display.asLine) }
        }
        if let error = reply.error { throw .failure(error) }
        if case let .end(error) = reply.event { throw error }
    }
}

/// A reader made when first read from: most commands never read, and readline is set up only for those that do.
private final class LazyReader: LineReader {
    private let make: () -> any LineReader
    private lazy var reader: any LineReader = make()

    init(_ make: @escaping () -> any LineReader) {
        self.make = make
    }

    func readLine(prompt: String, purpose: LinePurpose) -> LineInput { reader.readLine(prompt: prompt, purpose: purpose) }
}
