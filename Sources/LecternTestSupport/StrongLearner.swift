import Foundation
import LecternCore

/// A learner who remembers more than the default FSRS weights predict, so a fit to their log beats the defaults:
/// `count` questions answered Good on day 0 and reviewed 1, 4, 12, 32 and 77 days later, recalled 97% of the time.
public enum StrongLearner {
    /// The review records of that history, ending 3 days before `end`, drawn from `seed`.
    public static func records(count: Int = 60, seed: UInt64 = 11, end: Date) -> [ReviewRecord] {
        let start = end.addingTimeInterval(-80 * 86_400)
        var state = seed
        var log: [ReviewRecord] = []
        for question in 0..<count {
            for day in [0, 1, 4, 12, 32, 77] {
                state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
                let recalled = day == 0 || (state >> 33) % 100 < 97
                log.append(ReviewRecord(
                    questionID: "q\(question)", contentHash: "h",
                    answeredAt: start.addingTimeInterval(Double(day) * 86_400 + Double(question) * 60), kind: "typed",
                    response: "r", outcome: recalled ? .correct : .incorrect, credit: recalled ? 1 : 0,
                    rating: recalled ? .good : .again, latency: 5, mode: .review))
            }
        }
        return log
    }

    /// Writes `records` as the review log of the learner folder `folder`.
    public static func writeLog(_ records: [ReviewRecord], to folder: URL) throws {
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        var bytes: [UInt8] = []
        for record in records { bytes += try ReviewLog.encode(.review(record), path: LearnerStore.logName) + [0x0A] }
        try Data(bytes).write(to: folder.appendingPathComponent(LearnerStore.logName))
    }
}
