import ArgumentParser
import LecternShell

/// Options of a quiz on the command line; they mean what they mean at the shell's `quiz` prompt.
struct QuizFlags: ParsableArguments {
    // `.unconditional` takes "-1" as the value, so the range check says what is wrong instead of "missing value".
    @Option(name: .shortAndLong, parsing: .unconditional, help: "How many questions.") var count: Int?
    @Option(name: .shortAndLong, help: "Only this kind: choice, multi, truefalse, typed, number, order, match, cloze, who-said.")
    var kind: String?
    @Option(parsing: .unconditional, help: "A seed for a reproducible draw and option order.") var seed: UInt64?
    @Flag(help: "Ask how sure you are before each reveal.") var confidence = false

    var words: [String] {
        var words: [String] = []
        if let count { words += ["--count", "\(count)"] }
        if let kind { words += ["--kind", kind] }
        if let seed { words += ["--seed", "\(seed)"] }
        if confidence { words.append("--confidence") }
        return words
    }
}

struct Quiz: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "quiz", abstract: "Take a quiz: on everything, a lesson, the actors or the events.")
    @OptionGroup var options: CommonOptions
    @Argument(help: "A lesson number or id, 'actors' or 'events' (default: everything).") var scope: String?
    @OptionGroup var flags: QuizFlags
    @Option(help: "Ask exactly this question (an id from 'lectern questions'), to try one.") var question: String?
    func run() throws {
        let session = try CommandSession(options)
        let asked = question.map { ["--question", $0] } ?? []
        try session.runShell(root: session.quiz((scope.map { [$0] } ?? []) + flags.words + asked, exam: false))
    }
}

struct Exam: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "exam", abstract: "Take the closing exam: 25 questions, feedback at the end.")
    @OptionGroup var options: CommonOptions
    @OptionGroup var flags: QuizFlags
    func run() throws {
        let session = try CommandSession(options)
        try session.runShell(root: session.quiz(flags.words, exam: true))
    }
}

struct Questions: ParsableCommand {
    enum Format: String, ExpressibleByArgument, CaseIterable { case text, json }
    static let configuration = CommandConfiguration(commandName: "questions", abstract: "List the question bank, authored and generated.")
    @OptionGroup var options: CommonOptions
    @Option(help: "text or json (documented in docs/question-bank.md).") var format: Format = .text
    func run() throws { try CourseCommands.questions(options.values, json: format == .json) }
}
