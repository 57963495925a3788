import Foundation
import LecternCore
import Testing

/// The retention simulator's invariants: reproducible, more retention costs more and holds more, the recommendation
/// is the cheapest per question remembered.
struct RetentionSimulatorTests {
    static let start = Date(timeIntervalSince1970: 1_767_571_200)
    static let course = [CardState?](repeating: nil, count: 400)

    static func simulator(seed: UInt64 = 42, days: Int = 365, newPerDay: Int = 10) -> RetentionSimulator {
        var configuration = RetentionSimulator.Configuration()
        configuration.seed = seed
        configuration.days = days
        configuration.newPerDay = newPerDay
        return RetentionSimulator(configuration: configuration)
    }

    @Test func theSameSeedGivesTheSameOutcomesAndAnotherSeedOthers() throws {
        let first = try Self.simulator().recommend(parameters: .default, cards: Self.course, start: Self.start)
        let again = try Self.simulator().recommend(parameters: .default, cards: Self.course, start: Self.start)
        let other = try Self.simulator(seed: 7).recommend(parameters: .default, cards: Self.course, start: Self.start)
        #expect(first == again)
        #expect(first.outcomes.map(\.reviews) != other.outcomes.map(\.reviews))
    }

    @Test func higherRetentionCostsMoreReviewsAndLeavesMoreRemembered() throws {
        let outcomes = try Self.simulator().recommend(parameters: .default, cards: Self.course, start: Self.start)
            .outcomes
        #expect(outcomes.map(\.desiredRetention) == RetentionSimulator.retentions)
        for (lower, higher) in zip(outcomes, outcomes.dropFirst()) {
            #expect(lower.shareRemembered < higher.shareRemembered)
            // Below 0.80 the extra relearning after lapses can outweigh the longer intervals (and the draws differ
            // once schedules do), so the workload need not rise step by step there.
            if lower.desiredRetention >= 0.80 {
                #expect(lower.reviews < higher.reviews, "\(lower.desiredRetention) vs \(higher.desiredRetention)")
                #expect(lower.minutesPerDay < higher.minutesPerDay)
            }
        }
        let first = try #require(outcomes.first)
        let last = try #require(outcomes.last)
        #expect(first.reviews * 3 < last.reviews)
        for outcome in outcomes {
            #expect(outcome.shareRemembered > 0 && outcome.shareRemembered < 1)
            #expect(abs(outcome.reviewsPerDay - Double(outcome.reviews) / 365) < 1e-12)
            // Every question was introduced within the year, so each counts at least its first review.
            #expect(outcome.reviews >= Self.course.count)
        }
    }

    @Test func theRecommendationIsTheCheapestRetentionPerQuestionRemembered() throws {
        let recommendation = try Self.simulator().recommend(
            parameters: .default, cards: Self.course, start: Self.start)
        let cheapest = try #require(recommendation.outcomes.map(\.secondsPerItemRemembered).min())
        #expect(recommendation.recommended.secondsPerItemRemembered == cheapest)
        #expect(recommendation.outcomes.contains(recommendation.recommended))
        for outcome in recommendation.outcomes {
            let remembered = outcome.shareRemembered * Double(Self.course.count)
            #expect(abs(outcome.reviewsPerItemRemembered - Double(outcome.reviews) / remembered) < 1e-9)
        }
    }

    @Test func cardsNotDueWithinTheWindowCostNothingAndFadeAsTheCurveSays() throws {
        let scheduler = FSRSScheduler()
        let card = CardState(
            phase: .review, step: nil, stability: 400, difficulty: 5,
            due: Self.start.addingTimeInterval(400 * 86_400), lastReview: Self.start)
        let outcome = try Self.simulator(days: 30).simulate(
            parameters: .default, cards: [card, card], start: Self.start, desiredRetention: 0.9)
        #expect(outcome.reviews == 0)
        let expected = scheduler.retrievability(card, at: Self.start.addingTimeInterval(30 * 86_400))
        #expect(abs(outcome.shareRemembered - expected) < 1e-12)
    }

    @Test func questionsComeInNoFasterThanTheDailyLimit() throws {
        let outcome = try Self.simulator(days: 3, newPerDay: 5).simulate(
            parameters: .default, cards: Self.course, start: Self.start, desiredRetention: 0.9)
        // 15 questions introduced; the 385 never seen count as forgotten.
        #expect(outcome.reviews >= 15)
        #expect(outcome.shareRemembered <= 15.0 / 400.0)
        #expect(outcome.shareRemembered > 0)
    }

    @Test func warningsFollowAnki() {
        #expect(RetentionSimulator.warning(for: 0.70) == .low)
        #expect(RetentionSimulator.warning(for: 0.79) == .low)
        #expect(RetentionSimulator.warning(for: 0.80) == nil)
        #expect(RetentionSimulator.warning(for: 0.95) == nil)
        #expect(RetentionSimulator.warning(for: 0.97) == .high)
    }
}
