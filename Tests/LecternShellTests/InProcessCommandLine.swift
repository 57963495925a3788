import ArgumentParser
import Foundation
import LecternCore
import LecternShell
import LecternTestSupport
import Testing

/// A command line rooted like the program's (`Sources/lectern/Lectern.swift`), so that it runs in process.
struct TestRoot: CommandLineRoot {
    static let configuration = CommandConfiguration(
        commandName: "lectern", subcommands: CommandCatalog.subcommands(of: TestRoot.self),
        defaultSubcommand: Subcommand<TestRoot, ShellCommand>.self)

    @OptionGroup var common: CommonOptions
}

/// The command line run in process: parsed by `TestRoot`, run by a `CommandLineRunner` over recordings and a
/// scripted reader, its error shown by the program's presenter.
enum InProcessCommandLine {
    /// What one side printed: standard output, standard error, and the exit status (0 at the prompt).
    struct Outcome {
        let output: String
        let errors: String
        let status: Int32

        /// The first message of standard error with the lines it wraps onto, squeezed: without the usage that
        /// follows a parse error.
        var firstError: String? { ErrorLines.first(in: errors) }
    }

    /// Runs `lectern <arguments>`, reading `input` where the command reads (reading past it records an issue).
    static func run(
        _ arguments: [String], input: [LineInput] = [.endOfInput], sourceLocation: Testing.SourceLocation = #_sourceLocation
    ) -> Outcome {
        let output = RecordingOutput()
        let errors = RecordingOutput()
        let reader = ScriptedLineReader(input, sourceLocation: sourceLocation)
        let runner = CommandLineRunner(output: output, errors: errors, makeReader: { _, _ in reader }) { options throws(CourseError) in
            try Launch(options: options, environment: [:], isTerminal: false)
        }
        var status: Int32 = 0
        do {
            var command = try TestRoot.parseAsRoot(arguments)
            try CommandCatalog.run(&command, with: runner)
        } catch {
            status = ErrorPresenter.present(error, root: TestRoot.self, output: output, errors: errors)
        }
        return Outcome(output: output.text, errors: errors.text, status: status)
    }
}
