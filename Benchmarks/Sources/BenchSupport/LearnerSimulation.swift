import Foundation
import LecternCore

/// A deterministic, plausible learner: sessions of answers to the course's real questions, spread over days.
///
/// Answers follow the rating policy's shape (right, wrong, skipped, with hints and confidence now and then), so the
/// log exercises every branch of the replay. Only the shape of the history matters for cost, not its realism.
public struct LearnerSimulation {
    public let questions: [Question]
    public var rng: SplitMix64
    public let skill: Double

    public init(bank: QuestionBank, seed: UInt64, skill: Double = 0.75) {
        questions = bank.questions
        rng = SplitMix64(seed: seed)
        self.skill = skill
    }

    private mutating func unit() -> Double { Double(rng.next() >> 11) / Double(1 << 53) }

    /// `count` answers ending before `end`, in sessions of 10-30 answers on `days` days.
    public mutating func records(count: Int, days: Int, endingAt end: Date) -> [ProgressRecord] {
        var records: [ProgressRecord] = []
        records.reserveCapacity(count + count / 20)
        let policy = RatingPolicy()
        let perDay = max(1, (count + days - 1) / days)
        let start = end.addingTimeInterval(-Double(days) * 86_400)
        var produced = 0
        var day = 0
        while produced < count {
            var moment = start.addingTimeInterval(Double(day) * 86_400 + 9 * 3_600 + unit() * 8 * 3_600)
            let today = min(perDay, count - produced)
            for _ in 0..<today {
                let question = questions[Int(rng.next() % UInt64(questions.count))]
                let asked = moment
                moment = moment.addingTimeInterval(2 + unit() * 40)
                let roll = unit()
                let outcome: Grade.Outcome = roll < 0.04 ? .skipped : roll < 0.04 + skill ? .correct
                    : roll < 0.1 + skill ? .partial : .incorrect
                let credit = outcome == .correct ? 1 : outcome == .partial ? 0.5 : 0
                let confidence: Confidence? = unit() < 0.3 ? [.sure, .unsure, .guess][Int(rng.next() % 3)] : nil
                let answer = AnswerRecord(
                    questionID: question.id, factID: question.factID, kind: question.kind,
                    response: outcome == .skipped ? "" : question.kind.isRecall ? "Ryan Crocker" : "2",
                    outcome: outcome, credit: credit, hintsUsed: unit() < 0.1 ? 1 : 0, confidence: confidence,
                    askedAt: asked, answeredAt: moment, mode: unit() < 0.2 ? "review" : "quiz")
                records.append(.review(ReviewRecord(answer, question: question, policy: policy)))
                produced += 1
                if produced % 997 == 0 {
                    records.append(.flag(.init(questionID: question.id, note: "check the date", at: moment)))
                }
            }
            day = (day + 1) % max(days, 1)
        }
        return records
    }
}

/// Writes log lines as `ReviewLog.append` does, with its own encoder, but without a `fdatasync` per line.
public struct LogWriter {
    public init() {}

    public func line(_ record: ProgressRecord) throws -> Data {
        Data(try ReviewLog.encode(record, path: "generated log") + [0x0A])
    }

    /// Writes `records` to `url` (replacing it) in large buffered writes and syncs once.
    public func write(_ records: [ProgressRecord], to url: URL) throws {
        FileManager.default.createFile(atPath: url.path, contents: nil, attributes: [.posixPermissions: 0o600])
        let handle = try FileHandle(forWritingTo: url)
        defer { try? handle.close() }
        var buffer = Data()
        buffer.reserveCapacity(1 << 22)
        for record in records {
            buffer.append(try line(record))
            if buffer.count >= 1 << 22 {
                try handle.write(contentsOf: buffer)
                buffer.removeAll(keepingCapacity: true)
            }
        }
        try handle.write(contentsOf: buffer)
        try handle.synchronize()
    }
}
