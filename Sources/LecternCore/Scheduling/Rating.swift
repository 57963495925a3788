/// How well the learner recalled a card, with the raw values FSRS uses in its formulas.
public enum Rating: Int, Codable, Sendable, CaseIterable, Comparable {
    /// Forgotten: the card goes back to (re)learning.
    case again = 1
    /// Recalled with serious difficulty.
    case hard = 2
    /// Recalled after some hesitation.
    case good = 3
    /// Recalled at once.
    case easy = 4

    /// Orders ratings from `again` to `easy`.
    public static func < (lhs: Rating, rhs: Rating) -> Bool {
        lhs.rawValue < rhs.rawValue
    }
}
