import Foundation
import Testing

@testable import LecternCore

/// Training items from a review log, fsrs-rs's outlier filter and its thresholds.
struct FSRSTrainingSetTests {
    static let start = Date(timeIntervalSince1970: 1_767_600_000)

    static func record(_ question: String, hours: Double, _ rating: Rating?) -> ReviewRecord {
        ReviewRecord(
            questionID: question, contentHash: "h", answeredAt: start.addingTimeInterval(hours * 3600), kind: "recall",
            response: "", outcome: rating == .again ? .incorrect : .correct, credit: 1, rating: rating, latency: 3)
    }

    @Test func sameDayStepsStayInTheHistoryButAreNeverPredicted() {
        let set = FSRSTrainingSet(records: [
            Self.record("a", hours: 0, .again),
            Self.record("b", hours: 0.1, .good),
            Self.record("a", hours: 0.2, .good),  // learning step, same day
            Self.record("a", hours: 23.9, .good),  // under 24 hours later: still day 0
            Self.record("b", hours: 30, nil),  // skipped: not a review
            Self.record("a", hours: 50, .again),  // 26.1 hours after the last: 1 day
            Self.record("b", hours: 74, .hard),  // 73.9 hours after b's first: 3 days
            Self.record("a", hours: 50.2, .good),  // relearning step
        ])
        #expect(set.histories == [
            [.init(rating: .again, elapsedDays: 0), .init(rating: .good, elapsedDays: 0),
             .init(rating: .good, elapsedDays: 0), .init(rating: .again, elapsedDays: 1),
             .init(rating: .good, elapsedDays: 0)],
            [.init(rating: .good, elapsedDays: 0), .init(rating: .hard, elapsedDays: 3)],
        ])
        #expect(set.items == [.init(history: 0, index: 3), .init(history: 1, index: 1)])
    }

    @Test func aRecordEarlierThanTheOneBeforeCountsAsTheSameDay() {
        let set = FSRSTrainingSet(records: [
            Self.record("a", hours: 100, .good), Self.record("a", hours: 10, .good),
        ])
        #expect(set.histories[0][1].elapsedDays == 0)
        #expect(set.items.isEmpty)
    }

    @Test func itemsOutsideTheirHistoryOrOnTheSameDayAreRefused() {
        let history = [FSRSReview(rating: .good, elapsedDays: 0), FSRSReview(rating: .good, elapsedDays: 0)]
        for item in [FSRSTrainingSet.Item(history: 1, index: 1), .init(history: 0, index: 2),
                     .init(history: 0, index: 0), .init(history: 0, index: 1)] {
            #expect(throws: SchedulingError.invalidTrainingItem(history: item.history, index: item.index)) {
                try FSRSTrainingSet(histories: [history], items: [item])
            }
        }
    }

    /// `count` questions first rated `first`, reviewed again after `days`.
    static func firstReviews(_ count: Int, first: Rating, days: Int, recalled: Bool = true) -> [[FSRSReview]] {
        Array(repeating: [FSRSReview(rating: first, elapsedDays: 0),
                          FSRSReview(rating: recalled ? .good : .again, elapsedDays: days)], count: count)
    }

    static func set(_ histories: [[FSRSReview]]) throws -> FSRSTrainingSet {
        var items: [FSRSTrainingSet.Item] = []
        for (index, history) in histories.enumerated() {
            for review in 1..<history.count where history[review].elapsedDays > 0 {
                items.append(.init(history: index, index: review))
            }
        }
        return try FSRSTrainingSet(histories: histories, items: items)
    }

    @Test func theOutlierFilterDropsRareIntervalsAndLongOnesAndEveryItemThatStartedThatWay() throws {
        let longer = [FSRSReview(rating: .good, elapsedDays: 0), FSRSReview(rating: .good, elapsedDays: 7),
                      FSRSReview(rating: .good, elapsedDays: 9)]
        let histories =
            Self.firstReviews(30, first: .good, days: 2) + Self.firstReviews(5, first: .good, days: 3)
            + Self.firstReviews(40, first: .good, days: 150) + Self.firstReviews(3, first: .good, days: 7) + [longer]
        let set = try Self.set(histories)
        let prepared = set.prepared()
        // Smallest groups go first while under max(20, 5%): 3 at 7 days, then 5 at 3 days. Then 30 at 2 days
        // (kept) and 40 at 150 days (over 100 days: dropped).
        let firstIntervals = Set(prepared.initialization.map { set.histories[$0.history][$0.index].elapsedDays })
        #expect(firstIntervals == [2])
        #expect(prepared.initialization.count == 30)
        // The question first seen again after 7 days is dropped with its later item too.
        #expect(prepared.training.count == 30)
        #expect(!prepared.training.contains { $0.history == histories.count - 1 })
    }

    @Test func fsrsRsThresholdsDecideWhatIsFittedAndHowManyMoreItemsAreNeeded() throws {
        // With so few, the outlier filter removes them all (up to 20 first reviews per first rating go).
        let few = try Self.set(Self.firstReviews(5, first: .good, days: 2))
        #expect(few.prepared().training.isEmpty)
        #expect(few.fitScope(of: few.prepared()) == .nothing(needed: 8))
        let onlyFirst = try Self.set(Self.firstReviews(100, first: .good, days: 2))
        #expect(onlyFirst.fitScope(of: onlyFirst.prepared()) == .initialStabilities(needed: 0))
        let second = [FSRSReview(rating: .good, elapsedDays: 0), FSRSReview(rating: .good, elapsedDays: 2),
                      FSRSReview(rating: .good, elapsedDays: 5)]
        let some = try Self.set(Self.firstReviews(20, first: .good, days: 2) + Array(repeating: second, count: 10))
        // 30 first later-day reviews (all at 2 days, kept) and 10 second ones.
        #expect(some.fitScope(of: some.prepared()) == .initialStabilities(needed: 64 - 40))
        let enough = try Self.set(Self.firstReviews(20, first: .good, days: 2) + Array(repeating: second, count: 30))
        #expect(enough.fitScope(of: enough.prepared()) == .allWeights)
    }

    @Test func belowTheThresholdsTheOptimizerKeepsTheCurrentWeightsOrFitsOnlyW0ToW3() throws {
        let current = FSRSParameters.defaultWeights.map { $0 }
        let few = try Self.set(Self.firstReviews(5, first: .good, days: 2))
        let kept = try FSRSOptimizer().fit(few, current: current)
        #expect(kept.weights == current && !kept.isAdopted && kept.itemCount == 0)
        #expect(kept.current == kept.fitted)
        let onlyFirst = try Self.set(
            Self.firstReviews(60, first: .good, days: 2) + Self.firstReviews(20, first: .good, days: 2, recalled: false))
        let (weights, scope, _) = try FSRSOptimizer().train(onlyFirst)
        #expect(scope == .initialStabilities(needed: 0))
        #expect(Array(weights[4...]) == Array(FSRSParameters.defaultWeights[4...]))
        #expect(weights[2] != FSRSParameters.defaultWeights[2])
        #expect(weights[0] <= weights[1] && weights[1] <= weights[2] && weights[2] <= weights[3])
    }

    @Test func recencyWeightsRiseFromAQuarterToOne() {
        #expect(FSRSTrainingSet.recencyWeight(position: 0, count: 5) == 0.25)
        #expect(FSRSTrainingSet.recencyWeight(position: 4, count: 5) == 1)
        #expect(abs(FSRSTrainingSet.recencyWeight(position: 2, count: 5) - (0.25 + 0.75 * 0.125)) < 1e-15)
        #expect(FSRSTrainingSet.recencyWeight(position: 0, count: 1) == 0.25)
    }
}
