import ArgumentParser
import LecternCore

/// The options of `quiz` and `exam`, at the prompt and on the command line.
public struct QuizFlags: ParsableArguments {
    /// How many questions; the scope's default when nil.
    // `.unconditional` takes "-1" as the value, so the range check says what is wrong instead of "missing value".
    @Option(name: [.long, .customShort("c"), .customShort("n")], parsing: .unconditional, help: "How many questions (1 to 500).")
    public var count: Int?
    /// Only this kind of question.
    @Option(
        name: .shortAndLong,
        help: "Only this kind: \(QuizFlags.kinds.joined(separator: ", ")).", completion: .list(QuizFlags.kinds),
        transform: QuizFlags.kind)
    public var kind: QuestionKind?
    /// A seed for a reproducible draw and option order.
    @Option(parsing: .unconditional, help: "A seed for a reproducible draw and option order.") public var seed: UInt64?
    /// Ask how sure the learner is before each reveal.
    @Flag(help: "Ask how sure you are before each reveal.") public var confidence = false

    /// No options yet.
    public init() {}

    /// Refuses a count out of range.
    public func validate() throws {
        if let count, !(1...500).contains(count) { throw ValidationError("--count needs a number from 1 to 500") }
    }

    /// The options for a quiz over `scope`.
    public func options(scope: QuizScope) -> QuizOptions {
        QuizOptions(scope: scope, count: count, kind: kind, seed: seed, asksConfidence: confidence)
    }

    /// The question kinds `--kind` takes, as typed.
    static let kinds = QuestionKind.allCases.map(\.rawValue)

    private static func kind(_ text: String) throws -> QuestionKind {
        guard let kind = QuestionKind(rawValue: text.lowercased()) else {
            throw ValidationError("the kinds are \(kinds.joined(separator: ", "))")
        }
        return kind
    }
}

extension QuizScreen {
    /// The quiz or exam `options` ask for, refused in one line when no question matches.
    static func opening(_ options: QuizOptions, _ env: ShellEnvironment) throws(CommandError) -> Reply {
        switch make(options, env) {
        case let .success(screen): return Reply(event: .push(screen))
        case let .failure(error): throw .usage(error.description, cause: error)
        }
    }
}
