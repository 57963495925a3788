import ArgumentParser
import LecternCore

/// `settings [retention R | new-per-day N | optimize | reset-parameters | retention --simulate]`: shows the review
/// settings, changes one, fits the scheduler's weights to the learner, or simulates each retention's workload.
public enum SettingsCommand: LecternCommand {
    /// A setting and its value, or nothing to show them all.
    public struct Arguments: ParsableArguments {
        /// The words after `settings`; a value may look like an option (`-5`), so every word is taken as it is.
        @Argument(
            parsing: .allUnrecognized, help: ArgumentHelp("A setting and its value, e.g. 'retention 0.85'.", valueName: "setting value"),
            completion: SettingsCommand.info.completion.kind)
        public var words: [String] = []

        /// No change.
        public init() {}
    }

    /// `settings`.
    public static let info = CommandInfo(
        name: "settings", abstract: "show or change your review settings",
        discussion: """
            retention is the chance of remembering a question when it comes due (0.9 by default).
            'settings optimize' fits the scheduler's weights to your reviews and keeps them if they predict your \
            recall better; 'settings reset-parameters' returns to the default weights.
            'settings retention --simulate' shows a year's workload at each retention and recommends one.
            """, completion: .settings)

    /// The words that can follow `settings`, for Tab: the settings, and the actions on the weights.
    static let names = ["retention", "new-per-day", "optimize", "reset-parameters"]

    /// The words that can follow `settings NAME` from a closed list, for Tab (a number is typed, not offered).
    static func words(after name: String) -> [String] {
        name == "retention" ? [simulateWords[1]] : []
    }

    /// Changing a setting saves it; the simulation only reads.
    public static func writes(_ arguments: Arguments) -> Bool {
        !arguments.words.isEmpty && arguments.words != simulateWords && arguments.words != ["optimize"]
    }

    /// The words that ask for the retention simulation.
    static let simulateWords = ["retention", "--simulate"]

    /// The settings, or the one changed.
    public static func run(_ arguments: Arguments, in context: CommandContext) throws(CommandError) -> Reply {
        let env = context.environment
        let words = arguments.words
        let current = env.progress.snapshot.settings
        switch words {
        case ["optimize"]: return try optimize(in: context)
        case ["reset-parameters"]: return try resetParameters(in: context)
        case simulateWords: return try simulateRetention(in: context)
        default: break
        }
        guard words.count == 2 else {
            if words.isEmpty {
                return Reply(
                    DisplayText("""
                    retention     \(current.desiredRetention)  (the chance of remembering a question when it comes due; 0.7 to 0.97)
                    new-per-day   \(current.dailyNewLimit)  (new questions a review introduces each day)
                    \(weightsLine(current.parameters, course: courseWeights(context.environment)))
                    Change one with 'settings retention 0.85' or 'settings new-per-day 10'.
                    """))
            }
            throw .usage(
                "type 'settings retention 0.85', 'settings new-per-day 10', 'settings optimize',"
                    + " 'settings reset-parameters' or 'settings retention --simulate'")
        }
        let setting: ProgressRecord.Setting
        switch words[0] {
        case "retention":
            guard let value = Double(words[1]), (0.7...0.97).contains(value) else {
                throw .usage("retention is a number from 0.7 to 0.97; higher means more reviews, 0.9 is the usual choice")
            }
            setting = .init(name: .desiredRetention, value: value, at: env.now())
        case "new-per-day":
            guard let value = Int(words[1]), (0...500).contains(value) else {
                throw .usage("new-per-day is a whole number from 0 to 500")
            }
            setting = .init(name: .dailyNewLimit, value: Double(value), at: env.now())
        default:
            throw .usage("unknown setting '\(words[0])'; the settings are retention and new-per-day")
        }
        do {
            try env.progress.change(setting)
        } catch {
            throw .failure("the setting could not be saved: \(error)", cause: error)
        }
        return Reply("Saved: \(words[0]) is now \(words[1]). It applies to answers from now on.")
    }
}
