import Foundation

/// fsrs-rs's outlier filter and the split into the items that fit w0-w3 and the items that train everything.
extension FSRSTrainingSet {
    /// The items fsrs-rs trains on after its outlier filter, and those it fits the initial stabilities from.
    public struct Prepared: Sendable, Equatable {
        /// Items a question's first later-day review predicts, kept by the outlier filter: they fit w0-w3.
        public let initialization: [Item]
        /// Every item that survived the outlier filter, oldest first: they train all 21 weights.
        public let training: [Item]
    }

    /// What can be fitted from this many training items, by fsrs-rs's thresholds.
    public enum FitScope: Sendable, Equatable {
        /// Too few items: nothing is fitted. `needed` more items would allow fitting w0-w3.
        case nothing(needed: Int)
        /// Only the four initial stabilities; `needed` more items (0 when every item is a first later-day review
        /// and more of the same would not help) would allow fitting all 21 weights.
        case initialStabilities(needed: Int)
        /// All 21 weights.
        case allWeights
    }

    /// Applies fsrs-rs's outlier filter (`FSRS_NO_OUTLIER` unset).
    ///
    /// Among items that are a question's first later-day review, grouped by first rating and then by the elapsed days
    /// of that review, the smallest groups are dropped while the running total stays under max(20, 5%) of the
    /// rating's items; of the rest only groups of 6 or more with at most 100 days (365 after Easy) are kept. Every
    /// item whose first rating and first later-day interval fall in a dropped group is dropped from training too.
    public func prepared() -> Prepared {
        var groups: [Rating: [Int: [Item]]] = [:]
        for item in items where longTermReviewCount(item) == 1 {
            groups[firstRating(item), default: [:]][histories[item.history][item.index].elapsedDays, default: []]
                .append(item)
        }
        var removed: [Rating: Set<Int>] = [:]
        var initialization: [Item] = []
        for rating in Rating.allCases {
            guard let byDays = groups[rating] else { continue }
            // Smallest groups first; among equal sizes, the shorter interval first.
            let ordered = byDays.sorted { ($0.value.count, $0.key) < ($1.value.count, $1.key) }
            let total = ordered.reduce(0) { $0 + $1.value.count }
            let allowance = max(20, total / 20)
            var removedSoFar = 0
            for (days, group) in ordered {
                if removedSoFar + group.count >= allowance {
                    if group.count >= 6 && days <= (rating == .easy ? 365 : 100) {
                        initialization.append(contentsOf: group)
                    } else {
                        removed[rating, default: []].insert(days)
                    }
                } else {
                    removedSoFar += group.count
                    removed[rating, default: []].insert(days)
                }
            }
        }
        let training = items.filter { item in
            !(removed[firstRating(item)]?.contains(firstLongTermReview(item).elapsedDays) ?? false)
        }
        return Prepared(initialization: initialization, training: training)
    }

    /// What fsrs-rs would fit from these items, and how many more items the next step needs.
    public func fitScope(of prepared: Prepared) -> FitScope {
        let count = prepared.training.count
        if count < Self.minimumItemsForInitialStabilities {
            return .nothing(needed: Self.minimumItemsForInitialStabilities - count)
        }
        if count < Self.minimumItemsForAllWeights {
            return .initialStabilities(needed: Self.minimumItemsForAllWeights - count)
        }
        if count == prepared.initialization.count {
            return .initialStabilities(needed: 0)
        }
        return .allWeights
    }

    /// The recency weight of the item at `position` of `count`: 0.25 for the oldest rising to 1 for the newest.
    static func recencyWeight(position: Int, count: Int) -> Double {
        let span = max(Double(count) - 1, 1)
        let share = Double(position) / span
        return 0.25 + 0.75 * share * share * share
    }
}
