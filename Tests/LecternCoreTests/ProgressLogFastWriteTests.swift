import Foundation
import Testing

@testable import LecternCore

/// The log's own line writer gives, byte for byte, the line `JSONEncoder` gives, which stays the reference.
@Suite(.removingTemporaryFolders) struct ProgressLogFastWriteTests {
    typealias F = ProgressFixtures

    private func reference(_ record: ProgressRecord) throws -> [UInt8] {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        encoder.dateEncodingStrategy = .secondsSince1970
        return Array(try encoder.encode(record))
    }

    private func expectSameLine(_ record: ProgressRecord) throws {
        let expected = try reference(record)
        let line = try #require(ReviewLog.fastEncode(record), "\(record)")
        #expect(line == expected, "\(String(decoding: line, as: UTF8.self)) != \(String(decoding: expected, as: UTF8.self))")
        // What `append` applies is what the line reads back as.
        if case let .record(read) = ReviewLog.decode(line[...]) {
            #expect(record.asReadBack == read, "\(String(decoding: line, as: UTF8.self))")
        }
    }

    @Test func theFixturesRandomRecordsAreWrittenAsJSONEncoderWritesThem() throws {
        let records = F.randomRecords(1_000, seed: 23)
        #expect(Set(records.map(\.type)).count == 5)
        for record in records { try expectSameLine(record) }
    }

    @Test func lockNotesAreWrittenAsJSONEncoderWritesThem() throws {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        let pieces = ["\"", "\\", "/", "\n", "\u{1}", "\u{7F}", "\u{2028}", "é", "🇮🇷", "studybox", " ", "lectern shell"]
        var rng = SplitMix64(seed: 6)
        func text() -> String {
            (0..<Int.random(in: 0...5, using: &rng)).map { _ in pieces[Int.random(in: 0..<pieces.count, using: &rng)] }.joined()
        }
        var holders = [LearnerLock.Holder.current(program: "lectern shell", now: Date(timeIntervalSince1970: 1e9))]
        for _ in 0..<500 {
            holders.append(LearnerLock.Holder(
                pid: Int32.random(in: .min ... .max, using: &rng), host: text(), program: text(), startedAt: text()))
        }
        for holder in holders {
            #expect(LearnerLock.note(holder) == (try encoder.encode(holder)) + Data("\n".utf8), "\(holder)")
        }
    }

    @Test func randomFieldsAreWrittenAsJSONEncoderWritesThem() throws {
        // Characters JSON escapes or might: quotes, backslash, slash, every control character, DEL, line and
        // paragraph separators, a byte-order mark, accents (composed and not) and an emoji.
        let pieces = (0..<0x20).map { String(UnicodeScalar(UInt8($0))) } + [
            "\"", "\\", "/", "\u{7F}", "\u{2028}", "\u{2029}", "\u{FEFF}", "é", "e\u{301}", "🇮🇷", "Rouhani", " ", "2,000",
        ]
        var rng = SplitMix64(seed: 5)
        func text() -> String {
            (0..<Int.random(in: 0...6, using: &rng)).map { _ in pieces[Int.random(in: 0..<pieces.count, using: &rng)] }.joined()
        }
        // Numbers whose description has an exponent, a trailing `.0`, a negative zero, or many digits.
        let numbers: [Double] = [0, -0.0, 1, 0.5, 1e-7, 2.5e-5, 1e15, 1e16, 1e21, .leastNonzeroMagnitude, 0.1, 1 / 3, 13.144045233726501, 1e9]
        func number() -> Double {
            Bool.random(using: &rng)
                ? numbers[Int.random(in: 0..<numbers.count, using: &rng)] : Double.random(in: -1e6...1e12, using: &rng)
        }
        func date() -> Date {
            let seconds = [0, 253_402_300_799, 1_735_743_370.212554, Double.random(in: 0...4e9, using: &rng)]
            return Date(timeIntervalSince1970: seconds[Int.random(in: 0..<4, using: &rng)])
        }
        for _ in 0..<3_000 {
            let record: ProgressRecord
            switch Int.random(in: 0..<4, using: &rng) {
            case 0:
                record = .review(ReviewRecord(
                    questionID: text(), contentHash: text(), answeredAt: date(), kind: text(), response: text(),
                    outcome: ReviewRecord.Outcome.allCases.randomElement(using: &rng) ?? .correct, credit: number(),
                    rating: Bool.random(using: &rng) ? Rating.allCases.randomElement(using: &rng) : nil,
                    hintsUsed: Int.random(in: -3...Int.max, using: &rng), latency: number(),
                    confidence: Bool.random(using: &rng) ? ReviewRecord.Confidence.allCases.randomElement(using: &rng) : nil,
                    mode: ReviewRecord.Mode(rawValue: text()),
                    chosen: Bool.random(using: &rng) ? (0..<Int.random(in: 0...3, using: &rng)).map { _ in text() } : nil,
                    form: Bool.random(using: &rng) ? text() : nil))
            case 1:
                record = .reading(.init(
                    lessonID: text(), page: Int.random(in: Int.min...Int.max, using: &rng), isComplete: Bool.random(using: &rng),
                    at: Bool.random(using: &rng) ? date() : nil))
            case 2:
                record = .flag(.init(questionID: text(), note: text(), at: date()))
            default:
                record = .setting(.init(
                    name: ProgressRecord.Setting.Name.allCases.randomElement(using: &rng) ?? .dailyNewLimit,
                    value: number(), at: date()))
            }
            try expectSameLine(record)
        }
    }

    @Test func aNumberJSONEncoderRefusesIsLeftToIt() throws {
        let record = ProgressRecord.setting(.init(name: .desiredRetention, value: .nan, at: F.start))
        #expect(ReviewLog.fastEncode(record) == nil)
        #expect(throws: (any Error).self) { try reference(record) }
        #expect(throws: ProgressError.self) { try ReviewLog.encode(record, path: "log") }
    }

    @Test func aLineFingerprintIsItsHashAsSixteenHexDigits() {
        var rng = SplitMix64(seed: 5)
        var leadingZeros = 0
        for length in 0..<400 {
            let bytes = (0..<length).map { _ in UInt8.random(in: 0...255, using: &rng) }
            let hex = String(bytes.withUnsafeBufferPointer { StableHash.of(bytes: $0) }, radix: 16)
            let expected = String(repeating: "0", count: 16 - hex.count) + hex
            #expect(ReviewLog.fingerprint(bytes[...]) == expected)
            if expected.hasPrefix("0") { leadingZeros += 1 }
        }
        #expect(leadingZeros > 0, "some hash has a leading zero digit")
    }
}
