import ArgumentParser
import Foundation
import LecternCore
import LecternReadline
import LecternShell

/// The course, the learner's progress and a shell environment over both, ready for a command.
struct Session {
    let launch: Launch
    let progress: StoredProgress
    let environment: ShellEnvironment

    /// Loads the course and opens the learner's files; problems are reported here and end the program.
    init(_ options: CommonOptions) throws {
        try self.init(options.values)
    }

    /// See `init(_:)`; for options that did not come through the argument parser.
    init(_ options: Launch.Options) throws {
        launch = try options.launch()
        do {
            progress = try launch.openProgress()
        } catch {
            FileOutput.standardError.write("error: \(error)\n")
            throw ExitCode.failure
        }
        environment = launch.environment(progress: progress)
        for notice in progress.store.notices { FileOutput.standardError.write("note: \(notice)\n") }
        if let reason = progress.readOnlyReason {
            FileOutput.standardError.write(
                "note: read-only: \(reason). Lessons, actors, the timeline, sources and reports work; "
                    + "study, quizzes and review need this learner's files to themselves.\n")
        }
    }

    /// Ends the program with the shell's refusal when `command` would write to a read-only learner.
    func requireWritable(_ command: String) throws {
        guard let reason = progress.readOnlyReason, let info = CommandCatalog.command(command) else { return }
        FileOutput.standardError.write("error: \(info.readOnlyRefusal(reason))\n")
        try? progress.store.close()
        throw ExitCode.failure
    }

    /// Runs the shell on `root` (the main prompt unless given) until it closes, then saves and releases the learner.
    func runShell(root: any Screen = MainScreen(), firstLine: String? = nil) throws {
        let reader = LineReaderFactory.make(
            historyFile: launch.learnerDirectory.appendingPathComponent("history"),
            completion: ShellCompletion { [launch] in launch.course })
        var shell = Shell(
            root: root, environment: environment, reader: reader, output: FileOutput.standardOutput,
            errors: FileOutput.standardError)
        shell.run(firstLine: firstLine)
        try close()
    }

    /// Runs one main-prompt command and exits 1 if it reported a problem.
    func runOnce(_ command: String, _ argument: String = "") throws {
        try runOnce { MainScreen.run(command, argument: argument, $0) }
    }

    /// Runs one command given as a function of the environment, and exits 1 if it reported a problem.
    func runOnce(_ command: (ShellEnvironment) -> Reply) throws {
        try Session.write(command(environment.measuringWidthOnce()), then: close)
    }

    /// Writes a one-off command's reply: its text, then `settle` (saving the learner), then its problem, if any,
    /// which ends the program with 1.
    static func write(_ reply: Reply, then settle: () throws -> Void = {}) throws {
        if !reply.text.isEmpty { FileOutput.standardOutput.write(reply.text + "\n") }
        try settle()
        if let error = reply.error {
            FileOutput.standardError.write("error: \(error)\n")
            throw ExitCode.failure
        }
    }

    private func close() throws {
        do {
            try progress.store.close()
        } catch {
            FileOutput.standardError.write("error: \(error)\n")
            throw ExitCode.failure
        }
    }
}
