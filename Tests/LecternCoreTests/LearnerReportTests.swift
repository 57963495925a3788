import Foundation
import LecternCore
import LecternTestSupport
import Testing

@Suite(.removingTemporaryFolders) struct LearnerReportTests {
    typealias F = ReportFixtures

    @Test func utcDaysRoundTripAndKnowTheirWeekday() {
        #expect(UTCDay(F.now).description == "2025-03-03")
        #expect(UTCDay(F.now).weekday == 0)
        #expect(UTCDay("2024-02-29")?.adding(1).description == "2024-03-01")
        #expect(UTCDay(Date(timeIntervalSince1970: -1)).description == "1969-12-31")
        #expect(UTCDay("2025-13-01") == nil)
        for number in stride(from: -700_000, to: 800_000, by: 997) {
            let day = UTCDay(number: number)
            #expect(UTCDay(day.description) == day)
        }
    }

    @Test func oneAnsweredQuestionIsNamedInTheSingular() {
        let question = F.bank.questions[0]
        var snapshot = ProgressSnapshot()
        snapshot.apply(
            .review(ReviewRecord(
                questionID: question.id, contentHash: F.bank.contentHash(of: question.id) ?? "", answeredAt: F.now.addingTimeInterval(-3_600),
                kind: question.kind.rawValue, response: "x", outcome: .correct, credit: 1, rating: .good, latency: 3)),
            parameters: .default)
        let text = ReportText.render(LearnerReport(course: F.course, bank: F.bank, snapshot: snapshot, now: F.now, learner: "kim")).string
        #expect(text.contains("over the 1 question answered,"), "\(text)")
    }

    @Test func everyDayIsNamedAsTheDateComponentsSayPaddedToFourYearDigits() {
        // Days of years -1 to 10000, so both sides of the ten-byte fast path are checked.
        for number in stride(from: -719_893, to: 2_933_300, by: 7) {
            let day = UTCDay(number: number)
            let (year, month, day2) = day.components
            let digits = String(year)
            let expected = String(repeating: "0", count: max(0, 4 - digits.count)) + digits
                + "-" + (month < 10 ? "0" : "") + String(month) + "-" + (day2 < 10 ? "0" : "") + String(day2)
            #expect(day.description == expected, "day \(number)")
        }
    }

    @Test func timestampsReadAsISO8601DateFormatterWritesThem() {
        let formatter = ISO8601DateFormatter()
        var generator = SplitMix64(seed: 11)
        var seconds: [Double] = [0, -1, -86_400, -86_401, 86_399.999, 951_782_400, 4_102_444_799.5]
        for _ in 0..<2000 { seconds.append(Double(generator.next() % 8_000_000_000) - 2_000_000_000 + 0.25) }
        for value in seconds {
            let date = Date(timeIntervalSince1970: value)
            #expect(UTCDay.timestamp(date) == formatter.string(from: date), "\(value)")
        }
    }

    @Test func perDayAndPerConfidenceTotalsAddUpToTheTotals() {
        let snapshot = F.ada.snapshot(course: F.course, bank: F.bank, until: F.now)
        let days = snapshot.days.values
        #expect(days.map(\.answers).reduce(0, +) == snapshot.totals.answers)
        #expect(days.map(\.correct).reduce(0, +) == snapshot.totals.correct)
        #expect(abs(days.map(\.timeSpent).reduce(0, +) - snapshot.totals.timeSpent) < 1e-6)
        #expect(snapshot.confidence.values.map(\.answers).reduce(0, +) == snapshot.totals.answers)
        #expect(Set(snapshot.confidence.keys).isSubset(of: ["sure", "unsure", "guess"]))
    }

    @Test func theStoreAndTheReplayAgreeOnDaysAndConfidence() throws {
        let directory = try Fixtures.temporaryDirectory("lectern-report")
        let store = try LearnerStore.open(directory: directory, learner: "ada", now: F.now, program: "lectern test")
        for record in F.ada.records(course: F.course, bank: F.bank, until: F.now) { try store.append(record) }
        let incremental = store.snapshot
        _ = try store.rebuild(now: F.now)
        #expect(store.snapshot.days == incremental.days)
        #expect(store.snapshot.confidence == incremental.confidence)
        #expect(!incremental.days.isEmpty)
    }

    @Test func masteryNeedsReviewPhaseACorrectLastAnswerAndRecallOfNinetyPercent() {
        let report = F.report()
        for row in report.questions where row.isMastered {
            #expect(row.state == "review")
            #expect(row.lastOutcome == "correct")
            #expect((row.retrievability ?? 0) >= Mastery.recallThreshold)
        }
        #expect(report.overall.mastered == report.questions.filter(\.isMastered).count)
        #expect(report.overall.mastered > 0)
        #expect(report.lessons.map(\.questions).reduce(0, +) == F.bank.questions.filter { $0.lessonID != nil }.count)
    }

    @Test func recallFallsOverTimeWithoutReviews() throws {
        let recall = F.report().recall
        let now = try #require(recall.now)
        let week = try #require(recall.in7Days)
        let month = try #require(recall.in30Days)
        #expect(now >= week && week >= month)
    }

    @Test func activityCoversTwelveWeeksEndingTodayWithStreaks() {
        let activity = F.report().activity
        #expect(activity.days.first.flatMap { UTCDay($0.date)?.weekday } == 0)
        #expect(activity.days.last?.date == "2025-03-03")
        #expect(activity.days.count == 11 * 7 + 1)
        #expect(activity.weeks.count == 12)
        #expect(activity.longestStreak >= activity.currentStreak)
        #expect(activity.longestStreak > 1)
    }

    @Test func weakestAreSeenAndNotMasteredAndCiteTheirParagraphs() {
        let report = F.report()
        #expect(!report.weakest.isEmpty && report.weakest.count <= 10)
        let mastered = Set(report.questions.filter(\.isMastered).map(\.id))
        for question in report.weakest {
            #expect(!mastered.contains(question.id))
            #expect(!question.paragraphs.isEmpty)
        }
        #expect(!report.changed.isEmpty, "the simulation answers some questions in an earlier wording")
    }

    @Test func calibrationOnlyWhenConfidenceWasGiven() {
        #expect(!F.report().calibration.isEmpty)
        #expect(F.report(F.bob, learner: "bob").calibration.isEmpty)
    }

    @Test func theNextStepNamesDueQuestionsFirst() {
        let report = F.report()
        if report.schedule.dueNow > 0 {
            #expect(report.nextStep == "\(report.schedule.dueNow) due: run `review`")
        }
        #expect(report.schedule.nextDays.count == 7)
        #expect(report.schedule.nextDays.first?.date == "2025-03-04")
    }

    @Test func theSameFilesAndNowGiveTheSameReport() throws {
        #expect(try F.report().jsonData() == F.report().jsonData())
    }
}
