import Foundation
@testable import LecternCore
import Testing

/// Anki's true retention table with the predicted recall beside it, on a log worked out by hand.
@Suite struct TrueRetentionTests {
    /// 2026-03-10 12:00 UTC, a Tuesday.
    let now = Date(timeIntervalSince1970: 1_773_144_000)
    let day = 86_400.0

    private func review(_ id: String, daysAgo: Double, _ rating: Rating) -> ReviewRecord {
        ReviewRecord(
            questionID: id, contentHash: "h", answeredAt: now.addingTimeInterval(-daysAgo * day), kind: "typed",
            response: "r", outcome: rating == .again ? .incorrect : .correct, credit: rating == .again ? 0 : 1,
            rating: rating, latency: 5, mode: .review)
    }

    @Test func reviewsAreCountedByPeriodAndIntervalAsAnkiCountsThemWithTheMeanPrediction() throws {
        let records = [
            // q1: first answer 100 days ago, then a 40-day interval (mature, 60 days ago), then 30 days (mature,
            // 30 days ago: outside the last 30 days, which start 29 days before today), a same-day step (not
            // counted), then 30 days again (today).
            review("q1", daysAgo: 100, .good), review("q1", daysAgo: 60, .good), review("q1", daysAgo: 30, .again),
            review("q1", daysAgo: 29.99, .good), review("q1", daysAgo: 0.01, .good),
            // q2: first answered 5 days ago; young reviews 2 days ago (after 3 days, Hard: recalled) and yesterday
            // (after 1 day, forgotten).
            review("q2", daysAgo: 5, .good), review("q2", daysAgo: 2, .hard), review("q2", daysAgo: 1, .again),
        ]
        let table = try TrueRetention.of(records, weights: FSRSParameters.defaultWeights, now: now)
        #expect(table.rows.map(\.period) == ["today", "yesterday", "week", "month", "year", "all"])
        let rows = Dictionary(uniqueKeysWithValues: table.rows.map { ($0.period, $0) })
        let today = try #require(rows["today"])
        #expect(today.mature.reviews == 1 && today.mature.recalled == 1 && today.young.reviews == 0)
        #expect(try #require(rows["yesterday"]).young.reviews == 1)
        #expect(try #require(rows["yesterday"]).young.recalled == 0)
        let week = try #require(rows["week"])
        #expect(week.young.reviews == 2 && week.young.recalled == 1, "2 and 1 days ago")
        #expect(week.mature.reviews == 1)
        let month = try #require(rows["month"])
        #expect(month.total.reviews == 3, "the review 30 days ago is outside the last 30 days")
        let all = try #require(rows["all"])
        #expect(all.mature.reviews == 3 && all.mature.recalled == 2)
        #expect(all.young.reviews == 2 && all.young.recalled == 1)
        #expect(all.total.reviews == 5 && all.total.recalled == 3)
        #expect(all.total.recalledShare == 0.6)
        let year = try #require(rows["year"])
        #expect(year.total == all.total && year.young == all.young && year.mature == all.mature)
        // The predictions are the scheduler's own, the ones evaluate scores.
        let set = FSRSTrainingSet(records: records)
        let replay = FSRSReplay(set, scheduler: FSRSScheduler())
        let mean = set.items.map { replay.retrievability($0) }.reduce(0, +) / Double(set.items.count)
        #expect(abs(try #require(all.total.predicted) - mean) < 1e-12)
        #expect(today.young.predicted == nil)
    }

    @Test func aLogWithoutLaterDayReviewsHasEmptyCells() throws {
        let table = try TrueRetention.of(
            [review("q", daysAgo: 0.5, .again), review("q", daysAgo: 0.4, .good)], weights: FSRSParameters.defaultWeights,
            now: now)
        #expect(table.rows.allSatisfy { $0.total.reviews == 0 && $0.total.recalledShare == nil })
    }
}
