import ArgumentParser

/// The root of a command line whose subcommands are `Subcommand`s: it takes the common options before the
/// subcommand, and the subcommand adds them to its own.
public protocol CommandLineRoot: ParsableCommand {
    /// The options given before the subcommand (`lectern --course DIR report`).
    var common: CommonOptions { get }
}

/// `lectern <command>`: the common options and the command's own arguments, parsed by swift-argument-parser and
/// run by `CommandLineRunner` exactly as the prompt runs them. This is the whole of a subcommand.
public struct Subcommand<Root: CommandLineRoot, Command: LecternCommand>: ParsableCommand {
    /// The command's name and help, from its declaration.
    public static var configuration: CommandConfiguration {
        CommandConfiguration(commandName: Command.info.name, abstract: Command.info.sentence, discussion: Command.info.discussion)
    }

    /// `--course`, `--progress-dir`, `--learner`, `--no-color` given after the subcommand.
    @OptionGroup public var common: CommonOptions
    /// The command's own arguments.
    @OptionGroup public var arguments: Command.Arguments
    /// The root, for the common options given before the subcommand.
    @ParentCommand public var root: Root

    /// Not parsed yet.
    public init() {}

    /// Runs the command through `runner`; the options after the subcommand win over the same ones before it.
    public func run(with runner: CommandLineRunner) throws(CommandError) {
        try runner.run(Command.self, arguments, options: common.values(after: root.common))
    }
}

/// A parsed subcommand, whatever its command.
public protocol RunnableSubcommand {
    /// Runs the command through `runner`.
    func run(with runner: CommandLineRunner) throws(CommandError)
}

extension Subcommand: RunnableSubcommand {}

extension CommandCatalog {
    /// The subcommands of a command line rooted at `root`, in the catalog's order.
    public static func subcommands<Root: CommandLineRoot>(of root: Root.Type) -> [any ParsableCommand.Type] {
        commandLineCommands.map { subcommand(root, $0) }
    }

    /// Runs a parsed command line: a subcommand through `runner`, anything else (the root alone) as it runs itself.
    public static func run(_ command: inout any ParsableCommand, with runner: CommandLineRunner) throws {
        if let subcommand = command as? any RunnableSubcommand {
            try subcommand.run(with: runner)
        } else {
            try command.run()
        }
    }

    private static func subcommand<Root: CommandLineRoot, Command: LecternCommand>(
        _ root: Root.Type, _ command: Command.Type
    ) -> any ParsableCommand.Type {
        Subcommand<Root, Command>.self
    }
}
