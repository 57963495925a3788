import Foundation
import LecternCore
import Testing

struct FSRSSchedulerTests {
    let start = Date(timeIntervalSince1970: 1_704_067_200)  // 2024-01-01T00:00:00Z
    let day: TimeInterval = 86_400

    func graduated(_ scheduler: FSRSScheduler = FSRSScheduler()) -> CardState {
        scheduler.review(nil, rating: .easy, at: start)
    }

    func intervalDays(_ card: CardState) -> Double {
        card.due.timeIntervalSince(card.lastReview) / day
    }

    @Test func newCardRatedGoodMovesToTheSecondLearningStep() {
        let card = FSRSScheduler().review(nil, rating: .good, at: start)
        #expect(card.phase == .learning)
        #expect(card.step == 1)
        #expect(card.due == start.addingTimeInterval(600))
        #expect(card.lastReview == start)
    }

    @Test func hardOnTheFirstStepWaitsHalfwayBetweenTheFirstTwoSteps() {
        let card = FSRSScheduler().review(nil, rating: .hard, at: start)
        #expect(card.phase == .learning)
        #expect(card.step == 0)
        #expect(card.due == start.addingTimeInterval(330))
    }

    @Test func newCardRatedEasyGraduatesToReviewInWholeDays() {
        let card = graduated()
        #expect(card.phase == .review)
        #expect(card.step == nil)
        #expect(card.stability == FSRSParameters.defaultWeights[3])
        #expect(intervalDays(card) == 8)
    }

    @Test func againInReviewMovesCardToRelearning() {
        let scheduler = FSRSScheduler()
        let card = graduated(scheduler)
        let lapsed = scheduler.review(card, rating: .again, at: card.due)
        #expect(lapsed.phase == .relearning)
        #expect(lapsed.step == 0)
        #expect(lapsed.due == card.due.addingTimeInterval(600))
        #expect(lapsed.stability < card.stability)
        #expect(lapsed.difficulty > card.difficulty)
    }

    @Test func goodOnTheLastRelearningStepReturnsToReview() {
        let scheduler = FSRSScheduler()
        let card = graduated(scheduler)
        let lapsed = scheduler.review(card, rating: .again, at: card.due)
        let relearnt = scheduler.review(lapsed, rating: .good, at: lapsed.due)
        #expect(relearnt.phase == .review)
        #expect(relearnt.step == nil)
        #expect(intervalDays(relearnt) >= 1)
    }

    @Test func higherRetentionGivesShorterIntervals() throws {
        let intervals = try [0.8, 0.9, 0.95].map { retention in
            let scheduler = FSRSScheduler(parameters: try FSRSParameters(desiredRetention: retention))
            let card = graduated(scheduler)
            return intervalDays(scheduler.review(card, rating: .good, at: card.due))
        }
        #expect(intervals[0] > intervals[1])
        #expect(intervals[1] > intervals[2])
    }

    @Test func intervalNeverExceedsMaximum() throws {
        let scheduler = FSRSScheduler(parameters: try FSRSParameters(maximumInterval: 30))
        var card = graduated(scheduler)
        var longest = intervalDays(card)
        for _ in 0..<12 {
            card = scheduler.review(card, rating: .easy, at: card.due)
            longest = max(longest, intervalDays(card))
            #expect(intervalDays(card) <= 30)
        }
        #expect(longest == 30)
    }

    @Test func sameDayReviewsNeverLowerStabilityOnAPass() {
        let scheduler = FSRSScheduler()
        let card = graduated(scheduler)
        for rating in [Rating.hard, .good, .easy] {
            let again = scheduler.review(card, rating: rating, at: start.addingTimeInterval(3600))
            #expect(again.stability >= card.stability)
        }
    }

    @Test func retrievabilityIsNinetyPercentAfterStabilityDays() {
        let card = CardState(
            phase: .review, step: nil, stability: 10, difficulty: 5, due: start, lastReview: start)
        let retrievability = FSRSScheduler().retrievability(card, at: start.addingTimeInterval(10 * day))
        #expect(abs(retrievability - 0.9) < 1e-12)
    }

    @Test func retrievabilityCountsOnlyWholeDaysLikeTheReference() {
        let scheduler = FSRSScheduler()
        let card = CardState(
            phase: .review, step: nil, stability: 2, difficulty: 5, due: start, lastReview: start)
        #expect(scheduler.retrievability(card, at: start.addingTimeInterval(day - 1)) == 1)
        #expect(scheduler.retrievability(card, at: start.addingTimeInterval(day)) < 1)
    }

    @Test func cardWithAStepBeyondTheCurrentStepsGraduatesOnAPass() {
        let card = CardState(
            phase: .learning, step: 3, stability: 1, difficulty: 5, due: start, lastReview: start)
        let next = FSRSScheduler().review(card, rating: .hard, at: start.addingTimeInterval(60))
        #expect(next.phase == .review)
        #expect(next.step == nil)
    }

    @Test func withoutLearningStepsANewCardGoesStraightToReview() throws {
        let scheduler = FSRSScheduler(parameters: try FSRSParameters(learningSteps: []))
        let card = scheduler.review(nil, rating: .again, at: start)
        #expect(card.phase == .review)
        #expect(intervalDays(card) == 1)
    }

    @Test func wrongWeightCountIsRefusedWithItsCounts() {
        #expect(throws: SchedulingError.wrongWeightCount(expected: 21, actual: 20)) {
            try FSRSParameters(weights: Array(FSRSParameters.defaultWeights.dropLast()))
        }
        #expect(
            SchedulingError.wrongWeightCount(expected: 21, actual: 20).description
                == "FSRS needs exactly 21 weights, got 20")
    }

    @Test func outOfRangeWeightIsRefusedNamingTheWeightAndItsRange() throws {
        var weights = FSRSParameters.defaultWeights
        weights[4] = 0.5
        let error = try #require(throws: SchedulingError.self) { try FSRSParameters(weights: weights) }
        #expect(error.description == "FSRS weight w[4] = 0.5 is out of range 1.0...10.0")
    }

    @Test func nonsensicalSettingsAreRefused() {
        #expect(throws: SchedulingError.desiredRetentionOutOfRange(1)) { try FSRSParameters(desiredRetention: 1) }
        #expect(throws: SchedulingError.invalidStep(kind: "learning", index: 1, seconds: 0)) {
            try FSRSParameters(learningSteps: [60, 0])
        }
        #expect(throws: SchedulingError.maximumIntervalTooShort(days: 0)) { try FSRSParameters(maximumInterval: 0) }
        #expect(throws: SchedulingError.self) { try FSRSParameters(weights: [Double](repeating: .nan, count: 21)) }
    }

    @Test func defaultParametersMatchTheValidatedDefaults() throws {
        #expect(try FSRSParameters() == FSRSParameters.default)
    }

    @Test func cardStateRoundTripsThroughJSONWithStableKeys() throws {
        let card = CardState(
            phase: .relearning, step: 0, stability: 1.5, difficulty: 6.25,
            due: start.addingTimeInterval(600), lastReview: start)
        let encoder = JSONEncoder()
        encoder.outputFormatting = .sortedKeys
        encoder.dateEncodingStrategy = .secondsSince1970
        let json = String(decoding: try encoder.encode(card), as: UTF8.self)
        #expect(
            json
                == #"{"difficulty":6.25,"due":1704067800,"lastReview":1704067200,"phase":"relearning","#
                + #""stability":1.5,"step":0}"#)
        let decoder = JSONDecoder()
        decoder.dateDecodingStrategy = .secondsSince1970
        #expect(try decoder.decode(CardState.self, from: Data(json.utf8)) == card)
    }
}
