import Foundation
import LecternCore

/// A command ended after saying what went wrong on standard error; the program exits with `status`.
public struct CommandError: Error, Sendable, Equatable {
    /// The exit status: 1 for a runtime failure, 64 for a usage error, 65 for bad content.
    public let status: Int32

    /// A runtime failure (1): the learner's files could not be opened, read or saved.
    public static let failure = CommandError(status: 1)
    /// A usage error (64, `EX_USAGE`).
    public static let usage = CommandError(status: 64)
    /// Bad content or data (65, `EX_DATAERR`): the course has problems.
    public static let badContent = CommandError(status: 65)
}

extension Launch.Options {
    /// Finds and loads the course (or starts loading it); its problems are reported and end the command with 65.
    public func launched() throws(CommandError) -> Launch {
        do {
            return try Launch(options: self)
        } catch {
            Launch.report(error)
            throw .badContent
        }
    }
}

/// A command given on the command line: the course, the learner's progress and a shell environment over both.
/// Every problem is reported on standard error as it is found, and ends the command with a `CommandError`.
public struct CommandSession {
    /// The course and where progress goes.
    public let launch: Launch
    /// The learner's files, open (or read-only, with a note saying why).
    public let progress: StoredProgress
    /// What the shell's screens and commands use.
    public let environment: ShellEnvironment

    /// Loads the course and opens the learner's files, printing the store's notes.
    public init(_ options: Launch.Options) throws(CommandError) {
        launch = try options.launched()
        do {
            progress = try launch.openProgress()
        } catch {
            FileOutput.standardError.write("error: \(error)\n")
            throw .failure
        }
        environment = launch.environment(progress: progress)
        for notice in progress.store.notices { FileOutput.standardError.write("note: \(notice)\n") }
        if let reason = progress.readOnlyReason {
            FileOutput.standardError.write(
                "note: read-only: \(reason). Lessons, actors, the timeline, sources and reports work; "
                    + "study, quizzes and review need this learner's files to themselves.\n")
        }
    }

    /// The learner's readline history.
    public var historyFile: URL { launch.learnerDirectory.appendingPathComponent("history") }

    /// Tab completion over the course's commands, lessons, actors and paragraphs.
    public var completion: ShellCompletion { ShellCompletion { [launch] in launch.course } }

    /// Ends the command with the shell's refusal when `command` would write to a read-only learner.
    public func requireWritable(_ command: String) throws(CommandError) {
        guard let reason = progress.readOnlyReason, let info = CommandCatalog.command(command) else { return }
        FileOutput.standardError.write("error: \(info.readOnlyRefusal(reason))\n")
        progress.store.close()
        throw .failure
    }

    /// Runs the shell on `root` with `reader` until it closes, then saves and releases the learner.
    public func runShell(reader: any LineReader, root: any Screen = MainScreen(), firstLine: String? = nil) throws(CommandError) {
        var shell = Shell(
            root: root, environment: environment, reader: reader, output: FileOutput.standardOutput,
            errors: FileOutput.standardError)
        shell.run(firstLine: firstLine)
        try close()
    }

    /// Runs one main-prompt command; a problem it reports ends the command with 1.
    public func runOnce(_ command: String, _ argument: String = "") throws(CommandError) {
        try runOnce { MainScreen.run(command, argument: argument, $0) }
    }

    /// Runs one command given as a function of the environment; a problem it reports ends the command with 1.
    public func runOnce(_ command: (ShellEnvironment) -> Reply) throws(CommandError) {
        try Self.write(command(environment.measuringWidthOnce()), then: close)
    }

    /// The quiz or exam `words` ask for (`quiz` options, as at the prompt), refused before its first question when
    /// the learner is read-only; a bad option is reported in one line and ends the command with 64.
    public func quiz(_ words: [String], exam: Bool) throws(CommandError) -> QuizScreen {
        let made = QuizOptions.parse(words, course: environment.course, exam: exam).flatMap { QuizScreen.make($0, environment) }
        switch made {
        case let .success(screen):
            try requireWritable(exam ? "exam" : "quiz")
            return screen
        case let .failure(error):
            FileOutput.standardError.write("error: \(error.description)\n")
            throw .usage
        }
    }

    /// Checks, repairs or rebuilds the learner's files and prints what was done.
    public func run(_ action: ProgressAction) throws(CommandError) {
        let store = progress.store
        let bank = environment.bank
        do {
            let report: String
            switch action {
            case .verify:
                let hashes = Dictionary(uniqueKeysWithValues: bank.questions.map { ($0.id, bank.contentHash(of: $0.id) ?? $0.contentHash) })
                report = try store.verify(knownQuestionIDs: Set(hashes.keys), currentHashes: hashes).description
            case .repair: report = try store.repair(now: Date()).description
            case .rebuild: report = try store.rebuild(now: Date()).description
            }
            FileOutput.standardOutput.write("\(report)\n")
            if let problem = store.close() { FileOutput.standardError.write("note: \(problem)\n") }
        } catch {
            FileOutput.standardError.write("error: \(error)\n")
            throw .failure
        }
    }

    /// Writes a one-off command's reply: its text, then `settle` (saving the learner), then its problem, if any,
    /// which ends the command with 1.
    public static func write(_ reply: Reply, then settle: () throws(CommandError) -> Void = {}) throws(CommandError) {
        if !reply.display.isEmpty { FileOutput.standardOutput.write(reply.display + "\n") }
        try settle()
        if let error = reply.error {
            FileOutput.standardError.write("error: \(error)\n")
            throw .failure
        }
    }

    /// Saves and releases the learner. Every answer is in the log already, so a snapshot that cannot be written
    /// (a full disk) is said but does not fail the command.
    private func close() throws(CommandError) {
        if let problem = progress.store.close() { FileOutput.standardError.write("note: \(problem)\n") }
    }
}

/// What `lectern progress` does to a learner's files.
public enum ProgressAction: String, CaseIterable, Sendable {
    /// List what the files hold, answers to questions the course no longer has, and questions edited since.
    case verify
    /// Move unreadable log lines aside and rebuild.
    case repair
    /// Replay the whole log into a new snapshot.
    case rebuild
}
