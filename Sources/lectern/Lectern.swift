import ArgumentParser
import Foundation
import LecternCore
import LecternReadline
import LecternShell

/// The program: its subcommands are the commands of `CommandCatalog`, each a thin `Subcommand` over the command's
/// own declaration. Every command names itself: otherwise swift-argument-parser derives each name with
/// `String(describing:)` of the type at every start, and those lookups cost more than a millisecond of start-up.
@main
struct Lectern: CommandLineRoot {
    static let configuration = CommandConfiguration(
        commandName: "lectern",
        abstract: "Study an article through lessons, quizzes and spaced review.",
        version: "0.1.0",
        subcommands: CommandCatalog.subcommands(of: Lectern.self),
        defaultSubcommand: Subcommand<Lectern, ShellCommand>.self)

    /// Options given before the subcommand (`lectern --course DIR report`).
    @OptionGroup var common: CommonOptions

    /// Runs the program and exits with the status the presenter gives. `lectern` alone, which is how a learner
    /// starts it, opens the shell without the argument parser: building its command tree and reading the options'
    /// declarations costs about two milliseconds, a fifth of the whole start of the shell (docs/performance.md).
    static func main() {
        StandardDescriptors.ensureOpen()
        FileOutput.ignoreBrokenPipes()
        // Outside a UTF-8 locale (LANG=C) the whole shell writes ASCII, not only the report's charts.
        let locale = ProcessInfo.processInfo.environment
        let output = ASCIIOutput.forLocale(FileOutput.standardOutput, environment: locale)
        let errors = ASCIIOutput.forLocale(FileOutput.standardError, environment: locale)
        let runner = CommandLineRunner(output: output, errors: errors) { history, completion in
            LineReaderFactory.make(historyFile: history, completion: completion)
        }
        do {
            if CommandLine.arguments.count == 1 {
                try runner.run(ShellCommand.self, NoArguments(), options: Launch.Options())
            } else {
                var command = try parseAsRoot()
                try CommandCatalog.run(&command, with: runner)
            }
        } catch {
            Foundation.exit(ErrorPresenter.present(error, root: self, output: output, errors: errors))
        }
    }
}
