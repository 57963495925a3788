import ArgumentParser
import LecternShell

struct Start: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "shell", abstract: "Open the study shell (the default).")
    @OptionGroup var options: CommonOptions
    func run() throws { try CommandSession(options).runShell() }
}

struct Lessons: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "lessons", abstract: "List the lessons and how far you are in each.")
    @OptionGroup var options: CommonOptions
    func run() throws { try CommandSession(options).runOnce("lessons") }
}

struct Study: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "study", abstract: "Open the shell at a lesson.")
    @OptionGroup var options: CommonOptions
    @Argument(help: "The lesson's number or id.") var lesson: String
    func run() throws {
        let session = try CommandSession(options)
        try session.requireWritable("study")
        try session.runShell(firstLine: "study \(lesson)")
    }
}

struct Actors: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "actors", abstract: "List the actors of the article.")
    @OptionGroup var options: CommonOptions
    func run() throws { try CommandSession(options).runOnce("actors") }
}

struct ActorCard: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "actor", abstract: "Show an actor's profile card.")
    @OptionGroup var options: CommonOptions
    @Argument(help: "A name or alias.") var name: [String]
    func run() throws { try CommandSession(options).runOnce("actor", name.joined(separator: " ")) }
}

struct Timeline: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "timeline", abstract: "The article's events in date order.")
    @OptionGroup var options: CommonOptions
    func run() throws { try CommandSession(options).runOnce("timeline") }
}

struct Source: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "source", abstract: "Show paragraphs of the article word for word.")
    @OptionGroup var options: CommonOptions
    @Argument(help: "Paragraph ids (standfirst, p1 … p9, caption).") var ids: [String] = []
    func run() throws { try CommandSession(options).runOnce("source", ids.joined(separator: " ")) }
}

struct Check: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "check", abstract: "Validate a course and list every problem and warning as file:line: message.")
    @Argument(help: "The course folder (default: the bundled course).") var directory: String?
    @Flag(help: "Count warnings as errors: list them and end with 65 when there are any.") var strict = false
    func run() throws { try CourseCommands.check(directory, strict: strict) }
}
