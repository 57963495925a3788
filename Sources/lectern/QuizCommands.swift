import ArgumentParser
import Foundation
import LecternCore
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

/// Runs a quiz or an exam as the only screen of the shell.
func runQuiz(_ options: CommonOptions, _ words: [String], exam: Bool) throws {
    let session = try Session(options)
    let environment = session.environment
    let made = QuizOptions.parse(words, course: environment.course, exam: exam).flatMap { QuizScreen.make($0, environment) }
    switch made {
    case let .success(screen):
        // As at the prompt: a quiz whose answers cannot be saved is refused before its first question.
        try session.requireWritable(exam ? "exam" : "quiz")
        try session.runShell(root: screen)
    case let .failure(error):
        // One line, as at the prompt: a thrown ValidationError would add the top command's usage, not this one's.
        FileOutput.standardError.write("error: \(error.description)\n")
        throw ExitCode(64)
    }
}

struct Quiz: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "quiz", abstract: "Take a quiz: on everything, a lesson, the actors or the events.")
    @OptionGroup var options: CommonOptions
    @Argument(help: "A lesson number or id, 'actors' or 'events' (default: everything).") var scope: String?
    @OptionGroup var flags: QuizFlags
    func run() throws { try runQuiz(options, (scope.map { [$0] } ?? []) + flags.words, exam: false) }
}

struct Exam: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "exam", abstract: "Take the closing exam: 25 questions, feedback at the end.")
    @OptionGroup var options: CommonOptions
    @OptionGroup var flags: QuizFlags
    func run() throws { try runQuiz(options, flags.words, exam: true) }
}

struct Questions: ParsableCommand {
    enum Format: String, ExpressibleByArgument, CaseIterable { case text, json }
    static let configuration = CommandConfiguration(commandName: "questions", abstract: "List the question bank, authored and generated.")
    @OptionGroup var options: CommonOptions
    @Option(help: "text or json (documented in docs/question-bank.md).") var format: Format = .text
    func run() throws {
        let launch = try options.launch()
        let catalog = QuestionCatalog(course: launch.course, bank: launch.bank)
        switch format {
        case .text: FileOutput.standardOutput.write(TerminalText.safe(catalog.text(width: TerminalSize.columns())) + "\n")
        case .json: FileOutput.standardOutput.write(String(decoding: try catalog.jsonData(), as: UTF8.self) + "\n")
        }
    }
}
