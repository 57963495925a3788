import Foundation

/// What "mastered" means, and each question's standing at one moment: the one evaluation both reports share.
///
/// A question is **mastered** when its FSRS card is in the review phase (it graduated from learning), its last
/// answer was correct, and its retrievability now is at least `Mastery.recallThreshold` (0.9). An overdue card
/// drops below the threshold and stops counting until it is reviewed again. See `docs/report-format.md`.
public enum Mastery {
    /// The retrievability a mastered question must have now.
    public static let recallThreshold = 0.9

    /// One question's standing.
    public struct Evaluation: Sendable {
        /// The question.
        public let question: Question
        /// Its snapshot state, nil when never answered.
        public let state: ProgressSnapshot.Question?
        /// Probability of recall now, nil before a rated answer.
        public let retrievability: Double?
        /// Whether it counts as mastered.
        public let isMastered: Bool

        /// Answered at least once (a skip counts).
        public var isSeen: Bool { state?.lastAnsweredAt != nil }
        /// The last answer was wrong or only partly right.
        public var isMissed: Bool { Mastery.isMissed(state) }
    }

    /// Whether a question in `state`, with retrievability `recall` now, counts as mastered.
    static func isMastered(_ state: ProgressSnapshot.Question?, recall: Double?) -> Bool {
        state?.card?.phase == .review && state?.lastOutcome == .correct && (recall ?? 0) >= recallThreshold
    }

    /// Whether the last answer in `state` was wrong or only partly right.
    static func isMissed(_ state: ProgressSnapshot.Question?) -> Bool {
        state?.lastOutcome == .incorrect || state?.lastOutcome == .partial
    }

    /// Every question of `bank` evaluated at `now`, in bank order.
    public static func evaluate(
        bank: QuestionBank, snapshot: ProgressSnapshot, now: Date, parameters: FSRSParameters = .default
    ) -> [Evaluation] {
        let scheduler = FSRSScheduler(parameters: snapshot.effective(parameters))
        return bank.questions.map { question in
            let state = snapshot.questions[question.id]
            let recall = state?.card.map { scheduler.expectedRecall($0, at: now) }
            return Evaluation(
                question: question, state: state, retrievability: recall, isMastered: isMastered(state, recall: recall))
        }
    }

    /// The mean retrievability of every evaluated card at `date` (nil when none has a card).
    static func meanRecall(
        _ evaluations: [Evaluation], at date: Date, scheduler: FSRSScheduler
    ) -> Double? {
        let cards = evaluations.compactMap { $0.state?.card }
        guard !cards.isEmpty else { return nil }
        return cards.map { scheduler.expectedRecall($0, at: date) }.reduce(0, +) / Double(cards.count)
    }

    /// Weakest first: not mastered, then last answer wrong, then lowest recall now, most lapses, lowest stability.
    static func isWeaker(_ lhs: Evaluation, than rhs: Evaluation) -> Bool {
        func key(_ e: Evaluation) -> (Int, Int, Double, Int, Double) {
            (e.isMastered ? 1 : 0, e.isMissed ? 0 : 1, e.retrievability ?? 1, -(e.state?.lapses ?? 0),
             e.state?.card?.stability ?? .infinity)
        }
        let (a, b) = (key(lhs), key(rhs))
        if a != b { return a < b }
        return lhs.question.id < rhs.question.id
    }
}
