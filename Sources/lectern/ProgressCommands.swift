import ArgumentParser
import LecternShell

struct Review: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "review", abstract: "Review what is due, then new questions up to the daily limit.")
    @OptionGroup var options: CommonOptions
    @Option(parsing: .unconditional, help: "At most this many questions.") var limit: Int?
    func run() throws {
        if let limit, limit < 1 {
            // One line, as at the prompt, and before the learner's files are opened.
            FileOutput.standardError.write("error: review takes '--limit N' with N a whole number above 0\n")
            throw ExitCode(64)
        }
        let session = try CommandSession(options)
        try session.requireWritable("review")
        try session.runShell(firstLine: "review" + (limit.map { " --limit \($0)" } ?? ""))
    }
}

struct Settings: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "settings", abstract: "Show or change review settings (retention, new-per-day).")
    @OptionGroup var options: CommonOptions
    @Argument(help: "A setting and its value, e.g. 'retention 0.85'.") var words: [String] = []
    func run() throws { try CommandSession(options).runOnce("settings", words.joined(separator: " ")) }
}

extension ProgressAction: ExpressibleByArgument {}

struct ProgressCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "progress",
        abstract: "Check, repair or rebuild a learner's files.",
        discussion: """
            verify lists what the files hold, answers to questions the course no longer has, and questions edited \
            since they were answered. repair moves unreadable log lines aside to review-log.jsonl.corrupt and says \
            what it did. rebuild replays the whole log into a new snapshot.
            """)
    @OptionGroup var options: CommonOptions
    @Argument(help: "verify, repair or rebuild.") var action: ProgressAction
    func run() throws { try CommandSession(options).run(action) }
}

extension LearnersAction: ExpressibleByArgument {}

struct LearnersCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "learners", abstract: "List, add or remove learners (removing moves the folder to a dated backup).")
    @OptionGroup var options: CommonOptions
    @Argument(help: "list, add or remove.") var action: LearnersAction = .list
    @Argument(help: "The learner's name (for add and remove).") var name: String?
    @Flag(help: "Remove without asking.") var yes = false
    func run() throws { try action.run(name: name, yes: yes, options: options.values) }
}
