import Foundation
import Testing

@testable import LecternCore

/// The `parameters` record: written and read back exactly (fast and `JSONEncoder` paths alike), replayed so the
/// scheduler uses the fitted weights from that record on, and absent from old logs and snapshots without harm.
struct ParametersRecordTests {
    typealias F = ProgressFixtures

    /// Weights inside fsrs-rs's bounds but far from the defaults, so a schedule made with them differs.
    static let fitted: [Double] = FSRSParameters.defaultWeights.enumerated().map { index, value in
        let range = FSRSParameters.weightRanges[index]
        return min(range.upperBound, max(range.lowerBound, value * 1.7 + 0.01))
    }

    static func record(at date: Date = F.start) -> ProgressRecord.Parameters {
        .init(weights: fitted, itemCount: 312, logLoss: 0.398_7, rmseBins: 0.043, previousRMSEBins: 0.071, at: date)
    }

    private func reference(_ record: ProgressRecord) throws -> [UInt8] {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        encoder.dateEncodingStrategy = .secondsSince1970
        return Array(try encoder.encode(record))
    }

    @Test func theLineIsJSONEncodersAndReadsBackTheSameByBothReaders() throws {
        for record in [ProgressRecord.parameters(Self.record()), .parameters(.reset(at: F.start))] {
            let line = try #require(ReviewLog.fastEncode(record))
            #expect(line == (try reference(record)), "\(String(decoding: line, as: UTF8.self))")
            guard case let .record(fast) = try #require(ReviewLog.fastDecode(line[...])) else {
                Issue.record("the fast reader did not read \(String(decoding: line, as: UTF8.self))")
                continue
            }
            #expect(fast == record.asReadBack)
            let decoder = JSONDecoder()
            decoder.dateDecodingStrategy = .secondsSince1970
            #expect(try decoder.decode(ProgressRecord.self, from: Data(line)) == record.asReadBack)
        }
    }

    @Test func onlyTheParametersLineSaysVersionThree() throws {
        let parameters = String(decoding: try #require(ReviewLog.fastEncode(.parameters(Self.record()))), as: UTF8.self)
        let review = String(decoding: try #require(ReviewLog.fastEncode(.review(F.review("q1", at: F.start)))), as: UTF8.self)
        #expect(parameters.contains("\"v\":3"))
        #expect(parameters.contains("\"weights\":["))
        #expect(review.contains("\"v\":2"))
    }

    @Test func impossibleWeightsAreRefusedAsUnreadable() throws {
        var wrong = Self.record()
        wrong.weights = Array(Self.fitted.prefix(20))
        var outOfRange = Self.record()
        outOfRange.weights?[4] = 50
        var negative = Self.record()
        negative.rmseBins = -1
        for record in [wrong, outOfRange, negative] {
            let line = try #require(ReviewLog.fastEncode(.parameters(record)))
            guard case .unreadable = ReviewLog.decode(line[...]) else {
                Issue.record("accepted \(String(decoding: line, as: UTF8.self))")
                continue
            }
        }
    }

    @Test func replayUsesTheFittedWeightsFromTheRecordOnAndTheDefaultsAfterAReset() throws {
        let day = 86_400.0
        let before = F.review("q1", at: F.start)
        let after = F.review("q1", at: F.start.addingTimeInterval(3 * day))
        let later = F.review("q1", at: F.start.addingTimeInterval(12 * day))
        let adopt = ProgressRecord.parameters(Self.record(at: F.start.addingTimeInterval(day)))
        let reset = ProgressRecord.parameters(.reset(at: F.start.addingTimeInterval(4 * day)))
        let snapshot = ProgressSnapshot.replaying([.review(before), adopt, .review(after), reset, .review(later)])

        let defaults = FSRSScheduler(parameters: .default)
        let fitted = FSRSScheduler(parameters: try FSRSParameters(weights: Self.fitted))
        let first = defaults.review(nil, rating: .good, at: before.answeredAt)
        let second = fitted.review(first, rating: .good, at: after.answeredAt)
        let third = defaults.review(second, rating: .good, at: later.answeredAt)
        #expect(second != defaults.review(first, rating: .good, at: after.answeredAt))
        #expect(snapshot.questions["q1"]?.card == third)
        #expect(snapshot.settings.parameters == nil)

        let adopted = ProgressSnapshot.replaying([.review(before), adopt, .review(after)])
        #expect(adopted.questions["q1"]?.card == second)
        #expect(adopted.settings.parameters?.weights == Self.fitted)
        #expect(adopted.effective(.default).weights == Self.fitted)
    }

    @Test func aSnapshotWithTheFitReadsBackByTheFastReaderAndOneWithoutStillReads() throws {
        var snapshot = ProgressSnapshot.replaying([.review(F.review("q1", at: F.start)), .parameters(Self.record())])
        snapshot.logOffset = .start
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        let data = try encoder.encode(snapshot)
        let read = try #require(ProgressSnapshot(fastJSON: data))
        #expect(read.settings.parameters == snapshot.settings.parameters)
        #expect(read == (try JSONDecoder().decode(ProgressSnapshot.self, from: data)))

        var old = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        var settings = try #require(old["settings"] as? [String: Any])
        settings["parameters"] = nil
        old["settings"] = settings
        let oldData = try JSONSerialization.data(withJSONObject: old)
        #expect(try #require(ProgressSnapshot(fastJSON: oldData)).settings.parameters == nil)
    }

    @Test func aVersionTwoLogStillReads() throws {
        let line = #"{"at":1735689600.5,"name":"desiredRetention","type":"setting","v":2,"value":0.85}"#
        guard case let .record(.setting(setting)) = ReviewLog.decode(Array(line.utf8)[...]) else {
            Issue.record("a version 2 line did not read")
            return
        }
        #expect(setting.value == 0.85)
        let newer = #"{"at":1735689600.5,"itemCount":3,"type":"parameters","v":5,"weights":null}"#
        guard case .newer(5) = ReviewLog.decode(Array(newer.utf8)[...]) else {
            Issue.record("a version 5 line was not reported as newer")
            return
        }
    }

    @Test func keptReviewsLeaveOutAnAnswerAnUndoTookBackAndOnlyThatOne() {
        let first = F.review("q1", at: F.start)
        let second = F.review("q2", at: F.start.addingTimeInterval(60))
        let third = F.review("q3", at: F.start.addingTimeInterval(120))
        let undoSecond = ProgressRecord.undo(.init(questionID: "q2", answeredAt: second.answeredAt, at: F.start.addingTimeInterval(90)))
        // An undo naming an answer that is not the latest counts for nothing, as in replay.
        let undoFirst = ProgressRecord.undo(.init(questionID: "q1", answeredAt: first.answeredAt, at: F.start.addingTimeInterval(130)))
        let records: [ProgressRecord] = [.review(first), .review(second), undoSecond, .review(third), undoFirst]
        #expect(ProgressRecord.keptReviews(in: records).map(\.questionID) == ["q1", "q3"])
        let replayed = ProgressSnapshot.replaying(records)
        #expect(Set(replayed.questions.keys) == ["q1", "q3"])
    }

    @Test func theKeptReviewStreamKeepsWhatKeptReviewsKeepsReadingOneRecordAtATime() {
        let first = F.review("q1", at: F.start)
        let second = F.review("q2", at: F.start.addingTimeInterval(60))
        let third = F.review("q3", at: F.start.addingTimeInterval(120))
        let fourth = F.review("q4", at: F.start.addingTimeInterval(180))
        func undo(_ review: ReviewRecord, at seconds: Double) -> ProgressRecord {
            .undo(.init(questionID: review.questionID, answeredAt: review.answeredAt, at: F.start.addingTimeInterval(seconds)))
        }
        let flag = ProgressRecord.flag(.init(questionID: "q3", note: "typo", at: F.start.addingTimeInterval(125)))
        // An undo after other records still takes the latest answer back; a second undo, or one naming an older
        // answer, counts for nothing; the last answer is kept at the end.
        let records: [ProgressRecord] = [
            .review(first), .review(second), undo(second, at: 90), undo(first, at: 95), .review(third), flag,
            undo(third, at: 130), undo(third, at: 131), .review(fourth),
        ]
        var stream = ProgressRecord.KeptReviewStream()
        var streamed: [String] = []
        for record in records { stream.take(record) { streamed.append($0.questionID) } }
        stream.finish { streamed.append($0.questionID) }
        #expect(streamed == ["q1", "q4"])
        #expect(streamed == ProgressRecord.keptReviews(in: records).map(\.questionID))
    }
}
