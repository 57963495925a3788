import Foundation
import LecternCore
import LecternTestSupport

/// Helpers shared by the progress tests: a fixed clock, records, and byte-level file access.
enum ProgressFixtures {
    static let start = Date(timeIntervalSince1970: 1_735_689_600.123_456)  // 2025-01-01, with a fraction

    static func review(
        _ id: String, at date: Date, rating: Rating? = .good, outcome: ReviewRecord.Outcome = .correct,
        hash: String = "h1", latency: Double = 4.25
    ) -> ReviewRecord {
        ReviewRecord(
            questionID: id, contentHash: hash, answeredAt: date, kind: "typed", response: "Baghdad",
            outcome: outcome, credit: outcome == .correct ? 1 : 0, rating: rating, hintsUsed: 0,
            latency: latency, confidence: .sure, mode: .quiz)
    }

    /// A random mix of every record type, with dates moving forward irregularly.
    static func randomRecords(_ count: Int, seed: UInt64) -> [ProgressRecord] {
        var generator = SplitMix64(seed: seed)
        var date = start
        var records: [ProgressRecord] = []
        for _ in 0..<count {
            date = date.addingTimeInterval(Double.random(in: 1...300_000, using: &generator))
            let id = "q\(Int.random(in: 0..<12, using: &generator))"
            switch Int.random(in: 0..<20, using: &generator) {
            case 0:
                records.append(.reading(.init(
                    lessonID: "l\(Int.random(in: 0..<3, using: &generator))",
                    page: Int.random(in: 0..<5, using: &generator), isComplete: Bool.random(using: &generator),
                    at: date)))
            case 1:
                records.append(.flag(.init(questionID: id, note: "typo? \u{e9}\n\"quoted\"", at: date)))
            case 2:
                records.append(.setting(.init(
                    name: .desiredRetention, value: [0.85, 0.9, 0.95].randomElement(using: &generator) ?? 0.9,
                    at: date)))
            case 3:
                records.append(.review(review(id, at: date, rating: nil, outcome: .skipped)))
            case 4:
                // Undo the latest answer (or, now and then, one that is not the latest: replay ignores it).
                let latest = records.last { if case .review = $0 { true } else { false } }
                if case let .review(answer)? = latest {
                    records.append(.undo(.init(questionID: answer.questionID, answeredAt: answer.answeredAt, at: date)))
                } else {
                    records.append(.undo(.init(questionID: id, answeredAt: date, at: date)))
                }
            default:
                let rating = Rating.allCases.randomElement(using: &generator) ?? .good
                let outcome: ReviewRecord.Outcome = rating == .again ? .incorrect : .correct
                let hash = Int.random(in: 0..<10, using: &generator) == 0 ? "h2" : "h1"
                var answer = review(
                    id, at: date, rating: rating, outcome: outcome, hash: hash,
                    latency: Double.random(in: 0.5...30, using: &generator))
                answer.overridden = Int.random(in: 0..<8, using: &generator) == 0
                answer.sourceShown = Int.random(in: 0..<5, using: &generator) == 0
                records.append(.review(answer))
            }
        }
        return records
    }

    static func folder() throws -> URL {
        try Fixtures.temporaryDirectory("lectern-progress")
    }

    static func open(_ directory: URL, learner: String = "ada", now: Date = start) throws(ProgressError) -> LearnerStore {
        try LearnerStore.open(directory: directory, learner: learner, now: now, program: "lectern test")
    }

    static func bytes(_ url: URL) throws -> Data {
        try Data(contentsOf: url)
    }

    static func text(_ url: URL) throws -> String {
        String(decoding: try Data(contentsOf: url), as: UTF8.self)
    }

    static func write(_ text: String, to url: URL) throws {
        try Data(text.utf8).write(to: url)
    }

    static func append(_ text: String, to url: URL) throws {
        let handle = try FileHandle(forWritingTo: url)
        try handle.seekToEnd()
        try handle.write(contentsOf: Data(text.utf8))
        try handle.close()
    }

    static func mode(_ url: URL) -> mode_t? {
        DurableFile.permissions(of: url)
    }

    /// Every file in a folder with its bytes, to show that nothing changed.
    static func contents(of folder: URL) throws -> [String: Data] {
        var result: [String: Data] = [:]
        for name in try FileManager.default.contentsOfDirectory(atPath: folder.path) where name != ".lock" {
            result[name] = try Data(contentsOf: folder.appendingPathComponent(name))
        }
        return result
    }
}
