import ArgumentParser
import LecternCore

/// `review [--limit N]`: due questions, most overdue first, then new ones up to the daily limit.
public enum ReviewCommand: LecternCommand {
    /// How long the review may be.
    public struct Arguments: ParsableArguments {
        /// At most this many questions.
        @Option(parsing: .unconditional, help: "At most this many questions.") public var limit: Int?

        /// No limit.
        public init() {}

        /// Refuses a limit below one.
        public func validate() throws {
            if let limit, limit < 1 { throw ValidationError("review takes '--limit N' with N a whole number above 0") }
        }
    }

    /// `review`.
    public static let info = CommandInfo(
        name: "review", abstract: "the spaced-review queue: due questions, then new ones",
        discussion: """
            Questions come back when you are about to forget them (FSRS-6, aiming at your retention setting): \
            the most overdue first, then new questions from the lessons you have opened, up to the daily limit.
            """)

    /// Every answer is saved.
    public static func writes(_ arguments: Arguments) -> Bool { true }

    /// Opens the review, or says that nothing is due.
    public static func run(_ arguments: Arguments, in context: CommandContext) -> Reply {
        let env = context.environment
        let plan = ReviewQueue.plan(bank: env.bank, course: env.course, snapshot: env.progress.snapshot, now: env.now())
        let questions = plan.questions(limit: arguments.limit)
        guard !questions.isEmpty else {
            return Reply(
                "Nothing is due and no new questions are left for today (\(env.progress.snapshot.settings.dailyNewLimit) a day). "
                    + "Come back later, or take a 'quiz'.")
        }
        let seed = env.newSeed()
        var rng = SplitMix64(seed: seed)
        let shownDue = min(plan.due.count, questions.count)
        let title = "Review · \(shownDue) due, \(questions.count - shownDue) new"
        let screen = QuizScreen(questions, settings: QuizSettings(mode: "review"), title: title, seed: seed, rng: &rng, env)
        return Reply(event: .push(screen))
    }
}
