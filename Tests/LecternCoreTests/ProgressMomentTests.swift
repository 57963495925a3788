import Foundation
import Testing
@testable import LecternCore

/// The state of a learner at a moment before their latest record (`report --now`): the log replayed up to it.
@Suite struct ProgressMomentTests {
    typealias F = ProgressFixtures

    private let hour: TimeInterval = 3600

    private func reading(_ lesson: String, page: Int) -> ProgressRecord {
        .reading(.init(lessonID: lesson, page: page, isComplete: false, at: nil))
    }

    /// Two answers on the first day, a reading without a time after each, a flag, then an answer the next day.
    private var log: [ProgressRecord] {
        [
            reading("intro", page: 0),
            .review(F.review("q1", at: F.start)),
            reading("intro", page: 1),
            .review(F.review("q2", at: F.start.addingTimeInterval(hour), rating: .again, outcome: .incorrect)),
            .flag(.init(questionID: "q2", note: "unclear", at: F.start.addingTimeInterval(2 * hour))),
            .review(F.review("q1", at: F.start.addingTimeInterval(24 * hour))),
            reading("intro", page: 2),
        ]
    }

    @Test func theLogUpToAMomentIsTheLogCutWhereItPassesThatMoment() {
        let log = self.log
        #expect(ProgressRecord.happened(log, by: F.start.addingTimeInterval(-1)) == [log[0]])
        #expect(ProgressRecord.happened(log, by: F.start) == Array(log[0...2]))
        #expect(ProgressRecord.happened(log, by: F.start.addingTimeInterval(3 * hour)) == Array(log[0...4]))
        #expect(ProgressRecord.happened(log, by: F.start.addingTimeInterval(25 * hour)) == log)
    }

    @Test func aReplayUpToAMomentEqualsAReplayOfTheLogTruncatedThere() {
        let log = self.log
        let moment = F.start.addingTimeInterval(3 * hour)
        let atMoment = ProgressSnapshot.replaying(log, upTo: moment)
        #expect(atMoment == ProgressSnapshot.replaying(Array(log[0...4])))
        // The next day's answer is not counted; everything before it is.
        #expect(atMoment.totals.answers == 2)
        #expect(atMoment.questions["q1"]?.reviews == 1)
        #expect(atMoment.flags.count == 1)
        #expect(atMoment.lessons["intro"]?.page == 1)
        #expect(ProgressSnapshot.replaying(log).totals.answers == 3)
    }

    @Test func theStateAtAMomentAfterEveryRecordIsTheLearnersOwnSnapshot() throws {
        let progress = InMemoryProgress()
        progress.record(AnswerRecord(
            questionID: "q1", factID: "q1", kind: .typed, response: "a", outcome: .correct, credit: 1, hintsUsed: 0,
            confidence: nil, askedAt: F.start, answeredAt: F.start, mode: "quiz"))
        let later = try progress.state(at: F.start.addingTimeInterval(hour))
        #expect(later.snapshot == progress.snapshot)
        #expect(later.records.count == 1)
        let earlier = try progress.state(at: F.start.addingTimeInterval(-hour))
        #expect(earlier.snapshot == ProgressSnapshot())
        #expect(earlier.records.isEmpty)
        #expect(try progress.state(at: nil).snapshot == progress.snapshot)
    }

    @Test func aRecordDatedBeforeTheMomentAfterALaterOneStillCounts() {
        // A clock set back between two sessions: the later line is dated earlier. Each dated record counts by its
        // own time, and a reading without a time follows the record before it.
        let log: [ProgressRecord] = [
            .review(F.review("q1", at: F.start.addingTimeInterval(10 * hour))),
            reading("intro", page: 3),
            .review(F.review("q2", at: F.start)),
            reading("intro", page: 4),
        ]
        let kept = ProgressRecord.happened(log, by: F.start.addingTimeInterval(hour))
        #expect(kept == [log[2], log[3]])
    }
}
