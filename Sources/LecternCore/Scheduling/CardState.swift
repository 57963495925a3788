import Foundation

/// The memory state of one reviewed card: what the FSRS scheduler reads and writes at every review.
///
/// A card that has never been reviewed has no `CardState`; `FSRSScheduler.review(nil, …)` creates the first one.
/// Persisted in JSON snapshots, so the coding keys below are part of the file format.
public struct CardState: Codable, Sendable, Equatable, Hashable {
    /// Where a card is in its life: being learnt, in long-term review, or being relearnt after a lapse.
    public enum Phase: String, Codable, Sendable, CaseIterable {
        /// New or recently failed before ever graduating: short learning steps.
        case learning
        /// Graduated: scheduled in whole days from its stability.
        case review
        /// Forgotten while in review: short relearning steps.
        case relearning
    }

    /// The card's phase.
    public var phase: Phase
    /// Index into the learning or relearning steps; `nil` in review.
    public var step: Int?
    /// Days until retrievability falls to 90%.
    public var stability: Double
    /// Intrinsic difficulty, between 1 and 10.
    public var difficulty: Double
    /// When the card should next be reviewed.
    public var due: Date
    /// When the card was last reviewed.
    public var lastReview: Date

    /// Creates a card state from its parts.
    public init(phase: Phase, step: Int?, stability: Double, difficulty: Double, due: Date, lastReview: Date) {
        self.phase = phase
        self.step = step
        self.stability = stability
        self.difficulty = difficulty
        self.due = due
        self.lastReview = lastReview
    }

    /// Whether the card is due at `now`.
    public func isDue(at now: Date) -> Bool {
        due <= now
    }

    private enum CodingKeys: String, CodingKey {
        case phase
        case step
        case stability
        case difficulty
        case due
        case lastReview
    }
}
