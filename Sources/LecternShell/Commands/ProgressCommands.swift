import Foundation
import LecternCore

/// The commands that read or change the learner's schedule: review and settings (`report` is `ReportViews`).
enum ProgressCommands {
    /// `review [--limit N]`: due questions, most overdue first, then new ones up to the daily limit.
    static func review(_ argument: String, _ env: ShellEnvironment) -> Reply {
        var limit: Int?
        let words = argument.split(separator: " ").map(String.init)
        if !words.isEmpty {
            guard words.count == 2, words[0] == "--limit", let value = Int(words[1]), value > 0 else {
                return .failure("review takes '--limit N' with N a whole number above 0")
            }
            limit = value
        }
        let plan = ReviewQueue.plan(bank: env.bank, course: env.course, snapshot: env.progress.snapshot, now: env.now())
        let questions = plan.questions(limit: limit)
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

    /// `settings`, `settings retention 0.85`, `settings new-per-day 10`.
    static func settings(_ argument: String, _ env: ShellEnvironment) -> Reply {
        let words = argument.split(separator: " ").map(String.init)
        let current = env.progress.snapshot.settings
        guard words.count == 2 else {
            if words.isEmpty {
                return Reply(
                    """
                    retention     \(current.desiredRetention)  (the chance of remembering a question when it comes due; 0.7 to 0.97)
                    new-per-day   \(current.dailyNewLimit)  (new questions a review introduces each day)
                    Change one with 'settings retention 0.85' or 'settings new-per-day 10'.
                    """)
            }
            return .failure("type 'settings retention 0.85' or 'settings new-per-day 10'")
        }
        let setting: ProgressRecord.Setting
        switch words[0] {
        case "retention":
            guard let value = Double(words[1]), (0.7...0.97).contains(value) else {
                return .failure("retention is a number from 0.7 to 0.97; higher means more reviews, 0.9 is the usual choice")
            }
            setting = .init(name: .desiredRetention, value: value, at: env.now())
        case "new-per-day":
            guard let value = Int(words[1]), (0...500).contains(value) else {
                return .failure("new-per-day is a whole number from 0 to 500")
            }
            setting = .init(name: .dailyNewLimit, value: Double(value), at: env.now())
        default:
            return .failure("unknown setting '\(words[0])'; the settings are retention and new-per-day")
        }
        do {
            try env.progress.change(setting)
        } catch {
            return .failure("the setting could not be saved: \(error)")
        }
        return Reply("Saved: \(words[0]) is now \(words[1]). It applies to answers from now on.")
    }
}
