import ArgumentParser
import Foundation
import LecternCore
import LecternReadline
import LecternShell

/// Runs the interactive shell, optionally starting with one command.
func runShell(_ options: CommonOptions, firstLine: String? = nil) throws {
    let launch = try options.launch()
    let environment = launch.environment(progress: InMemoryProgress())
    try runShell(launch, environment, root: MainScreen(), firstLine: firstLine)
}

/// Runs the shell on `root` until it closes.
func runShell(_ launch: Launch, _ environment: ShellEnvironment, root: any Screen, firstLine: String? = nil) throws {
    let reader = LineReaderFactory.make(
        historyFile: launch.learnerDirectory.appendingPathComponent("history"), completion: ShellCompletion(course: launch.course))
    var shell = Shell(
        root: root, environment: environment, reader: reader, output: FileOutput.standardOutput,
        errors: FileOutput.standardError)
    shell.run(firstLine: firstLine)
}

/// Runs one main-prompt command and exits 1 if it reported a problem.
func runOnce(_ options: CommonOptions, _ command: String, _ argument: String = "") throws {
    let launch = try options.launch()
    let reply = MainScreen.run(command, argument: argument, launch.environment(progress: InMemoryProgress()))
    if !reply.text.isEmpty { FileOutput.standardOutput.write(reply.text + "\n") }
    if let error = reply.error {
        FileOutput.standardError.write("error: \(error)\n")
        throw ExitCode.failure
    }
}

