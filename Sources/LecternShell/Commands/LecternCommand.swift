import ArgumentParser
import Foundation
import LecternCore

/// One command, declared once for the `lectern>` prompt and the command line: its name, help, completion, the
/// arguments it takes (parsed by swift-argument-parser in both places) and what it does.
///
/// To add a command, write one type conforming to this protocol in `Commands/<Name>Command.swift` and list it in
/// `CommandCatalog.commands` (docs/architecture.md, "Adding a command").
public protocol LecternCommand: Sendable {
    /// What follows the command's name: options and arguments, declared with `@Option`, `@Flag` and `@Argument`.
    associatedtype Arguments: ParsableArguments

    /// The command's name, help and completion.
    static var info: CommandInfo { get }

    /// Whether running with these arguments writes to the learner's files (refused when they are read-only).
    static func writes(_ arguments: Arguments) -> Bool
    /// What the command needs before it runs on the command line.
    static func needs(_ arguments: Arguments) -> CommandNeeds
    /// Does the command: text and a screen to open go in the reply; what cannot be done is thrown.
    static func run(_ arguments: Arguments, in context: CommandContext) throws(CommandError) -> Reply
}

extension LecternCommand {
    /// Most commands only read.
    public static func writes(_ arguments: Arguments) -> Bool { false }
    /// Most commands use the course and the learner's files.
    public static func needs(_ arguments: Arguments) -> CommandNeeds { .learner }

    /// The command's name.
    public static var name: String { info.name }

    /// The arguments as swift-argument-parser's usage shows them (`[<scope>] [--count <count>] …`), without a name.
    public static var usage: String {
        let usage = Arguments.usageString()
        return usage.firstIndex(of: " ").map { String(usage[usage.index(after: $0)...]) } ?? ""
    }

    /// The arguments and options explained, as `lectern <command> --help` lists them (without `--help` itself).
    public static func options(width: Int) -> String {
        let help = Arguments.helpMessage(columns: width).split(separator: "\n", omittingEmptySubsequences: false)
        guard let start = help.firstIndex(where: { $0 == "ARGUMENTS:" || $0 == "OPTIONS:" }) else { return "" }
        var text = help[start...].filter { !$0.contains("-h, --help") }.joined(separator: "\n")
            .trimmingCharacters(in: .whitespacesAndNewlines)
        // With `--help` gone, a command without options has an empty heading left.
        if text.hasSuffix("OPTIONS:") { text = String(text.dropLast("OPTIONS:".count)).trimmingCharacters(in: .whitespacesAndNewlines) }
        return text
    }

    /// Reads the words after the command's name, as the command line reads its arguments; the error carries
    /// swift-argument-parser's message (`message(for:)`), made safe to print, and the usage status.
    public static func parse(_ words: [String]) throws(CommandError) -> Arguments {
        do {
            return try Arguments.parse(words)
        } catch {
            // The message quotes what was typed, which may hold escape codes.
            throw CommandError.usage(Arguments.message(for: error), cause: error)
        }
    }

    /// Runs the command with `words` at the prompt: parse, refuse a write to read-only files, run.
    static func run(words: [String], in context: CommandContext) throws(CommandError) -> Reply {
        if words.contains(where: { $0 == "--help" || $0 == "-h" }) {
            return Reply(HelpView.text(for: self, context.environment))
        }
        let arguments = try parse(words)
        try refuseReadOnly(arguments, progress: context.environment.progress)
        return paged(try run(arguments, in: context))
    }

    /// The reply marked long when this command's output can run to pages (`Pager.pagedCommands`).
    static func paged(_ reply: Reply) -> Reply {
        var reply = reply
        reply.isLong = Pager.pagedCommands.contains(info.name)
        return reply
    }

    /// Throws the read-only refusal when these arguments would write to files that are read-only.
    static func refuseReadOnly(_ arguments: Arguments, progress: any LearnerProgress) throws(CommandError) {
        guard writes(arguments), let reason = progress.readOnlyReason else { return }
        throw .failure(info.readOnlyRefusal(reason))
    }
}

/// How a command presents itself: its name, its help and what Tab offers after it.
public struct CommandInfo: Sendable {
    /// The word typed.
    public let name: String
    /// One line for the list of commands, in lower case without a full stop ("list the lessons").
    public let abstract: String
    /// What `help <command>` and `lectern <command> --help` add.
    public let discussion: String
    /// What Tab offers after the command at the prompt.
    public let completion: ArgumentCompletion
    /// Where the command can be given.
    public let place: CommandPlace
    /// Whether the command line opens the shell at the main prompt and runs the command as its first line (the
    /// learner stays in the shell afterwards), rather than running only the command.
    public let opensPrompt: Bool

    /// Describes a command; most complete nothing, work in both places and end.
    public init(
        name: String, abstract: String, discussion: String, completion: ArgumentCompletion = .nothing,
        place: CommandPlace = .everywhere, opensPrompt: Bool = false
    ) {
        self.name = name
        self.abstract = abstract
        self.discussion = discussion
        self.completion = completion
        self.place = place
        self.opensPrompt = opensPrompt
    }

    /// The abstract as a sentence, for the command line's help and `help <command>`.
    public var sentence: String { abstract.prefix(1).uppercased() + abstract.dropFirst() + "." }

    /// Why the command cannot run on a learner whose files are read-only for `reason`.
    public func readOnlyRefusal(_ reason: String) -> String {
        "'\(name)' needs this learner's files, which are read-only: \(reason)"
    }
}

/// What Tab offers after a command.
public enum ArgumentCompletion: Sendable {
    /// No argument to complete.
    case nothing
    /// Lesson numbers and ids.
    case lessons
    /// What a quiz can be on: lesson numbers and ids, and the words `actors` and `events`.
    case scopes
    /// Actor names and aliases.
    case actors
    /// Paragraph ids of the article.
    case paragraphs
    /// The commands' names.
    case commands
    /// The settings' names, then the words a setting takes from a closed list (`retention --simulate`).
    case settings
}

/// Where a command can be given.
public enum CommandPlace: Sendable {
    /// At the `lectern>` prompt and as `lectern <command>`.
    case everywhere
    /// Only at the prompt (`help`, `quit`, `recap`).
    case prompt
    /// Only on the command line (`check`, `learners`, `progress`, `shell`).
    case commandLine
}

/// What a command needs loaded before it runs on the command line.
public enum CommandNeeds: Sendable {
    /// Nothing: the command finds what it needs itself (`check`, `learners`).
    case nothing
    /// The course, but no learner's files (`questions`, the class report).
    case course
    /// The course and the learner's files, opened and locked.
    case learner
}

/// The arguments of a command that takes none.
public struct NoArguments: ParsableArguments {
    /// No arguments.
    public init() {}
}
