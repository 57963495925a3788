import Foundation
import Testing

@testable import LecternCore

/// The log's fast line reader answers only when its answer is the one `JSONDecoder` gives, and otherwise leaves the
/// line to the decoder.
@Suite(.removingTemporaryFolders) struct ProgressLogFastReadTests {
    typealias F = ProgressFixtures

    private func decoded(_ line: String) -> ProgressRecord? {
        let decoder = JSONDecoder()
        decoder.dateDecodingStrategy = .secondsSince1970
        return try? decoder.decode(ProgressRecord.self, from: Data(line.utf8))
    }

    private func fast(_ line: String) -> ReviewLog.LineContent? {
        ReviewLog.fastDecode(ArraySlice(Array(line.utf8)))
    }

    @Test func everyWrittenRecordReadsBackTheSameAsWithTheDecoder() throws {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        encoder.dateEncodingStrategy = .secondsSince1970
        var extra = F.randomRecords(400, seed: 11)
        extra.append(.review(ReviewRecord(
            questionID: "q·é", contentHash: "h", answeredAt: Date(timeIntervalSince1970: 12.5), kind: "typed",
            response: "Rouhani — “Hassan”", outcome: .partial, credit: 0.5, rating: .hard, hintsUsed: 2,
            latency: 0, confidence: .guess, mode: .exam)))
        extra.append(.review(ReviewRecord(
            questionID: "q2", contentHash: "h", answeredAt: Date(timeIntervalSince1970: 13.5), kind: "multi",
            response: "1 3", outcome: .partial, credit: 0.5, rating: .hard, hintsUsed: 0, latency: 4, mode: .exam,
            chosen: ["Tehran", "“Baghdad” \\ \n"], form: "42")))
        extra.append(.review(ReviewRecord(
            questionID: "q3", contentHash: "h", answeredAt: Date(timeIntervalSince1970: 14.5), kind: "multi",
            response: "", outcome: .skipped, credit: 0, rating: nil, hintsUsed: 0, latency: 4, chosen: [])))
        extra.append(.reading(.init(lessonID: "l1", page: 3, isComplete: true, at: nil)))
        extra.append(.setting(.init(name: .dailyNewLimit, value: 40, at: F.start)))
        var fastCount = 0
        for record in extra {
            let line = String(decoding: try encoder.encode(record), as: UTF8.self)
            // Dates pass through seconds since 1970 and may move by less than a microsecond: compare with the
            // decoder's reading of the line, not with the record that was written.
            let expected = try #require(decoded(line))
            if case let .record(read)? = fast(line) {
                #expect(read == expected, "\(line)")
                fastCount += 1
            } else {
                Issue.record("the fast reader left a written line to the decoder: \(line)")
            }
            guard case let .record(viaDecode) = ReviewLog.decode(ArraySlice(Array(line.utf8))) else {
                Issue.record("not read: \(line)")
                continue
            }
            #expect(viaDecode == expected)
        }
        #expect(fastCount == extra.count)
    }

    @Test func spacingExtraKeysEscapesAndMissingOptionalsReadAsTheDecoderReadsThem() throws {
        let lines = [
            #" { "type" : "reading" , "v" : 1 , "lessonID" : "l2" , "page" : 0 , "isComplete" : false } "#,
            #"{"type":"review","v":1,"questionID":"q","contentHash":"h","answeredAt":1.5e9,"kind":"choice","response":"2","outcome":"correct","credit":1,"hintsUsed":0,"latency":3.25,"mode":"quiz","future":null}"#,
            #"{"type":"flag","v":1,"questionID":"q","note":"","at":-0.0}"#,
            #"{"type":"setting","v":1,"name":"desiredRetention","value":0.85,"at":1E3}"#,
            #"{"at":1,"note":"a\nb \"c\" \u00e9\ud83d\ude00","questionID":"q\/r","type":"flag","v":1}"#,
        ]
        for line in lines {
            let expected = try #require(decoded(line), "\(line)")
            guard case let .record(read)? = fast(line) else {
                Issue.record("the fast reader left a plain line to the decoder: \(line)")
                continue
            }
            #expect(read == expected)
        }
    }

    @Test func aLineWithoutChosenOrFormReadsAsBeforeAndOneWithThemKeepsThem() throws {
        let old = #"{"answeredAt":1735723636.5,"confidence":null,"contentHash":"h1","credit":0,"hintsUsed":0,"kind":"choice","latency":3,"mode":"exam","outcome":"incorrect","overridden":false,"questionID":"q8","rating":1,"response":"2","sourceShown":false,"type":"review","v":2}"#
        let new = old.replacingOccurrences(of: #""credit":0,"#, with: #""chosen":["Basra"],"credit":0,"form":"42","#)
        for line in [old, new] {
            guard case let .record(.review(fast))? = fast(line), case let .review(slow)? = decoded(line) else {
                Issue.record("not read: \(line)")
                continue
            }
            #expect(fast == slow)
            #expect(fast.chosen == (line == old ? nil : ["Basra"]))
            #expect(fast.form == (line == old ? nil : "42"))
        }
    }

    @Test func anythingUnusualIsLeftToTheDecoder() {
        let base = #"{"at":1,"note":"n","questionID":"q","type":"flag","v":1}"#
        let unusual = [
            base.replacingOccurrences(of: #""note""#, with: #""no\u0074e""#),  // a key with an escape
            base.replacingOccurrences(of: #""v":1"#, with: #""v":1.0"#),  // a version with a fraction
            base.replacingOccurrences(of: #""v":1"#, with: #""v":0"#),  // an unknown old version
            base.replacingOccurrences(of: #""v":1"#, with: #""v":"1""#),  // a version as text
            base.replacingOccurrences(of: #""type":"flag""#, with: #""type":"vote""#),  // an unknown type
            base.replacingOccurrences(of: #""at":1,"#, with: ""),  // a missing field
            base.replacingOccurrences(of: #""at":1"#, with: #""at":"1""#),  // a mistyped field
            base.replacingOccurrences(of: #""at":1"#, with: #""at":01"#),  // not a JSON number
            base.replacingOccurrences(of: #""at":1"#, with: #""at":1e999"#),  // not a finite number
            base.replacingOccurrences(of: #""at":1"#, with: #""at":{"s":1}"#),  // nesting
            base.replacingOccurrences(of: #""at":1,"#, with: #""at":1,"at":2,"#),  // a repeated key
            base + "x",  // trailing bytes
            String(base.dropLast()),  // a torn line
            "",
            #"{"type":"review","v":1,"questionID":"q","contentHash":"h","answeredAt":1,"kind":"choice","response":"2","outcome":"great","credit":1,"hintsUsed":0,"latency":3,"mode":"quiz"}"#,
            #"{"type":"review","v":1,"questionID":"q","contentHash":"h","answeredAt":1,"kind":"choice","response":"2","outcome":"correct","credit":1,"rating":7,"hintsUsed":0,"latency":3,"mode":"quiz"}"#,
        ]
        for line in unusual {
            #expect(fast(line) == nil, "\(line)")
        }
        var invalidUTF8 = Array(base.utf8)
        invalidUTF8[invalidUTF8.firstIndex(of: UInt8(ascii: "n")) ?? 0] = 0xFF
        #expect(ReviewLog.fastDecode(ArraySlice(invalidUTF8)) == nil)
    }

    @Test func lineFingerprintsAreFNV1a64InHex() {
        // Snapshots on disk hold these: they must never change.
        #expect(ReviewLog.fingerprint([]) == "cbf29ce484222325")
        #expect(ReviewLog.fingerprint(ArraySlice("a".utf8)) == "af63dc4c8601ec8c")
        #expect(ReviewLog.fingerprint(ArraySlice("foobar".utf8)) == "85944171f73967e8")
    }

    @Test func aNewerVersionIsRecognisedWithoutTheDecoder() {
        guard case .newer(5)? = fast(#"{"type":"something-new","v":5,"shape":[1,2]}"#) else {
            // Nesting sends even a newer line to the decoder, which says the same.
            guard case .newer(5) = ReviewLog.decode(ArraySlice(Array(#"{"type":"something-new","v":5,"shape":[1,2]}"#.utf8))) else {
                Issue.record("a newer line was not recognised")
                return
            }
            return
        }
        guard case .newer(6)? = fast(#"{"type":"x","v":6}"#) else {
            Issue.record("a flat newer line was not recognised by the fast reader")
            return
        }
    }
}

extension ReviewLog.LineContent: Equatable {
    public static func == (lhs: Self, rhs: Self) -> Bool {
        switch (lhs, rhs) {
        case let (.record(a), .record(b)): a == b
        case let (.newer(a), .newer(b)): a == b
        case let (.unreadable(a), .unreadable(b)): a == b
        default: false
        }
    }
}
