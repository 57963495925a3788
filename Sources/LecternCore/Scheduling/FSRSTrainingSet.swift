import Foundation

/// One review as the optimizer sees it: its rating and the whole days since the question's previous review.
public struct FSRSReview: Sendable, Equatable, Hashable {
    /// The rating given.
    public var rating: Rating
    /// Whole days since the previous review of the same question: 0 for the first review and for same-day reviews.
    public var elapsedDays: Int

    /// Creates a review from its parts.
    public init(rating: Rating, elapsedDays: Int) {
        self.rating = rating
        self.elapsedDays = elapsedDays
    }
}

/// A learner's review histories cut into training items as fsrs-rs (what Anki runs) expects them.
///
/// Each question's rated reviews form one history. Every review after the first that falls on a later day is one
/// item: the prediction of that review from the reviews before it. Same-day reviews (learning and relearning steps)
/// stay in the histories with 0 elapsed days, so they move stability through the short-term formula, but are never
/// predicted. Items are in the order their reviews were given, which is the order recency weights follow.
public struct FSRSTrainingSet: Sendable, Equatable {
    /// One training item: review `index` (1 or more, on a later day than the review before) of history `history`.
    public struct Item: Sendable, Hashable {
        /// Which history the item belongs to.
        public let history: Int
        /// Which review of that history is predicted; the reviews before it are the item's past.
        public let index: Int

        /// Creates an item from its parts.
        public init(history: Int, index: Int) {
            self.history = history
            self.index = index
        }
    }

    /// One question's rated reviews in order.
    public let histories: [[FSRSReview]]
    /// The training items, oldest first.
    public let items: [Item]

    /// Below this many items (after the outlier filter) fsrs-rs fits nothing and keeps the defaults.
    public static let minimumItemsForInitialStabilities = 8
    /// Below this many items fsrs-rs fits only the four initial stabilities w0-w3.
    public static let minimumItemsForAllWeights = 64
    /// Items with more reviews than this are left out of training, as in fsrs-rs.
    public static let maximumSequenceLength = 256

    /// Creates a set from histories and items, refusing items that point outside their history or at a same-day review.
    public init(histories: [[FSRSReview]], items: [Item]) throws(SchedulingError) {
        for item in items {
            guard histories.indices.contains(item.history), item.index >= 1,
                histories[item.history].indices.contains(item.index),
                histories[item.history][item.index].elapsedDays > 0
            else { throw .invalidTrainingItem(history: item.history, index: item.index) }
        }
        self.histories = histories
        self.items = items
    }

    /// Builds the set from a review log in log order, the order `ProgressSnapshot` replays it in.
    ///
    /// Records without a rating (skipped answers) do not move a card and are left out, as in replay. Elapsed days
    /// are whole 24-hour periods, the rule the scheduler itself uses; a record earlier than the one before it
    /// counts as the same day.
    public init(records: [ReviewRecord]) {
        self = Self.build(records: records).set
    }

    /// The set `init(records:)` builds, and when each of its items was answered.
    static func build(records: [ReviewRecord]) -> (set: FSRSTrainingSet, answeredAt: [Date]) {
        var historyOf: [String: Int] = [:]
        var lastAnswer: [Date] = []
        var histories: [[FSRSReview]] = []
        var items: [Item] = []
        var answeredAt: [Date] = []
        for record in records {
            guard let rating = record.rating else { continue }
            guard let history = historyOf[record.questionID] else {
                historyOf[record.questionID] = histories.count
                histories.append([FSRSReview(rating: rating, elapsedDays: 0)])
                lastAnswer.append(record.answeredAt)
                continue
            }
            let days = FSRSScheduler.wholeDays(from: lastAnswer[history], to: record.answeredAt)
            let elapsed = days >= 1 ? Int(exactly: days) ?? Int.max : 0
            histories[history].append(FSRSReview(rating: rating, elapsedDays: elapsed))
            lastAnswer[history] = record.answeredAt
            if elapsed > 0 {
                items.append(Item(history: history, index: histories[history].count - 1))
                answeredAt.append(record.answeredAt)
            }
        }
        return (FSRSTrainingSet(uncheckedHistories: histories, items: items), answeredAt)
    }

    private init(uncheckedHistories histories: [[FSRSReview]], items: [Item]) {
        self.histories = histories
        self.items = items
    }

    /// The item's reviews: its past and, last, the review it predicts.
    public func reviews(of item: Item) -> ArraySlice<FSRSReview> {
        histories[item.history][...item.index]
    }

    /// How many of the item's reviews (the predicted one included) fall on a later day than the review before.
    func longTermReviewCount(_ item: Item) -> Int {
        reviews(of: item).reduce(0) { $0 + ($1.elapsedDays > 0 ? 1 : 0) }
    }

    /// The first review of the item that falls on a later day (there is one: the predicted review is).
    func firstLongTermReview(_ item: Item) -> FSRSReview {
        reviews(of: item).first { $0.elapsedDays > 0 } ?? histories[item.history][item.index]
    }

    /// The first rating of the item's history.
    func firstRating(_ item: Item) -> Rating {
        histories[item.history][0].rating
    }

    /// Whether the predicted review was recalled (any rating but Again).
    func isRecalled(_ item: Item) -> Bool {
        histories[item.history][item.index].rating != .again
    }
}
