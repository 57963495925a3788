/// How one answer was judged: the outcome, the credit earned, why, and the right answer to show.
public struct Grade: Sendable, Equatable, Codable {
    /// The verdict on an answer.
    public enum Outcome: String, Sendable, Equatable, Codable, CaseIterable {
        /// Fully right (possibly with an accepted alias or typo).
        case correct
        /// Partly right: some items, pairs or options.
        case partial
        /// Wrong.
        case incorrect
        /// Not answered; only on records of skipped questions, never returned by the grader.
        case skipped
    }

    /// The verdict.
    public let outcome: Outcome
    /// The credit earned, from 0 to 1.
    public let credit: Double
    /// Why an answer was accepted ("accepted: alias of Nouri al-Maliki") or what was wrong, one line each.
    public let notes: [String]
    /// The right answer, as shown to the learner.
    public let correctAnswer: String
    /// The text of each option picked, in the order given (choice, select-all, true/false, who-said by number or
    /// name); nil for kinds without options.
    public let chosen: [String]?
    /// The right answer in the numbers and letters of the screen the learner answered ("1d 2a 3b 4c" for a
    /// matching), when that is shorter than `correctAnswer`; the feedback shows it, summaries keep the words.
    public let shownAnswer: String?

    /// Creates a grade; the credit is clamped to 0...1.
    public init(
        outcome: Outcome, credit: Double, notes: [String], correctAnswer: String, chosen: [String]? = nil,
        shownAnswer: String? = nil
    ) {
        self.outcome = outcome
        self.credit = min(max(credit, 0), 1)
        self.notes = notes
        self.correctAnswer = correctAnswer
        self.chosen = chosen
        self.shownAnswer = shownAnswer
    }

    /// The same grade, saying which options were picked.
    func choosing(_ chosen: [String]) -> Grade {
        Grade(
            outcome: outcome, credit: credit, notes: notes, correctAnswer: correctAnswer, chosen: chosen,
            shownAnswer: shownAnswer)
    }

    /// A grade for a fraction of credit: correct at 1, incorrect at 0, partial between.
    static func scaled(_ credit: Double, notes: [String], correctAnswer: String, shownAnswer: String? = nil) -> Grade {
        let outcome: Outcome = credit >= 1 ? .correct : credit > 0 ? .partial : .incorrect
        return Grade(outcome: outcome, credit: credit, notes: notes, correctAnswer: correctAnswer, shownAnswer: shownAnswer)
    }
}

/// A response that cannot be graded (empty, out of range, malformed); the learner is asked again and it never
/// counts as an answer.
public struct ResponseError: Error, Sendable, Equatable, CustomStringConvertible {
    /// One line telling the learner what to type instead.
    public let message: String

    /// Creates the error.
    public init(_ message: String) {
        self.message = message
    }

    /// The message.
    public var description: String { message }
}
