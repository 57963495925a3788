import Foundation
import LecternTestSupport
import Testing

@testable import LecternCore

/// The snapshot's fast reader answers only when its answer is the one `JSONDecoder` gives, and every other file is
/// planned exactly as before, errors worded the same.
@Suite(.removingTemporaryFolders) struct SnapshotFastDecodeTests {
    typealias F = ProgressFixtures

    private func decoded(_ data: Data) -> ProgressSnapshot? {
        try? JSONDecoder().decode(ProgressSnapshot.self, from: data)
    }

    private static func encodings(_ snapshot: ProgressSnapshot) throws -> [Data] {
        let compact = JSONEncoder()
        compact.outputFormatting = [.sortedKeys]
        let unsorted = JSONEncoder()
        unsorted.outputFormatting = [.prettyPrinted]
        return [
            try LearnerStore.encode(snapshot, path: "snapshot.json"), try compact.encode(snapshot),
            try unsorted.encode(snapshot),
        ]
    }

    /// The fast reader and the decoder agree on `data`, down to the bits of every number.
    private func expectSameReading(_ data: Data, sourceLocation: Testing.SourceLocation = #_sourceLocation) throws {
        let expected = try #require(decoded(data), sourceLocation: sourceLocation)
        let fast = try #require(ProgressSnapshot(fastJSON: data), "the fast reader refused a written snapshot",
            sourceLocation: sourceLocation)
        #expect(fast == expected, sourceLocation: sourceLocation)
        // `==` takes -0.0 for 0.0: the written bytes tell them apart.
        #expect(
            try LearnerStore.encode(fast, path: "") == LearnerStore.encode(expected, path: ""),
            sourceLocation: sourceLocation)
        #expect(ProgressMigration.plan(for: data) == ProgressMigration.decoderPlan(for: data), sourceLocation: sourceLocation)
    }

    /// A snapshot built field by field from `seed`: odd strings, extreme and random-bit doubles, optionals left out.
    private static func randomSnapshot(seed: UInt64) -> ProgressSnapshot {
        var rng = SplitMix64(seed: seed)
        let extremes: [Double] = [
            0, -0.0, 1e-300, .leastNonzeroMagnitude, -.leastNonzeroMagnitude, 2.2250738585072014e-308, 1.7976931348623157e308, -1.7976931348623157e308,
            0.1, 1 / 3, 9_007_199_254_740_994, 1e15, 1e16, 123_456_789.123_456_789, -2.5, 0.9, 0.85,
        ]
        func double() -> Double {
            if Bool.random(using: &rng) { return extremes.randomElement(using: &rng) ?? 0 }
            while true {
                let value = Double(bitPattern: rng.next())
                if value.isFinite { return value }
            }
        }
        let texts = [
            "", "q1", "é", "e\u{301}x", "tab\there", "quote \" and \\ backslash", "slash / </script>", "nul \u{0} bell \u{7}",
            "emoji 👩‍🔬 and 𝄞", "line\u{2028}sep", "日本語", "\u{7F}\u{80}\u{FFFF}", "\u{10FFFF}", "new\nline\r\n",
        ]
        func text() -> String {
            (texts.randomElement(using: &rng) ?? "") + String(Int.random(in: 0..<1_000_000, using: &rng))
        }
        func int() -> Int {
            switch Int.random(in: 0..<4, using: &rng) {
            case 0: return Int.random(in: -3...3, using: &rng)
            case 1: return [Int.max, Int.min, 1 << 53, (1 << 53) + 1, -(1 << 60)].randomElement(using: &rng) ?? 0
            default: return Int.random(in: 0..<100_000, using: &rng)
            }
        }
        func date() -> Date { Date(timeIntervalSinceReferenceDate: double()) }
        func totals() -> ProgressSnapshot.Totals { .init(answers: int(), correct: int(), timeSpent: double()) }
        var snapshot = ProgressSnapshot()
        snapshot.scheduler = text()
        for _ in 0..<Int.random(in: 0..<40, using: &rng) {
            let card = Bool.random(using: &rng)
                ? CardState(
                    phase: CardState.Phase.allCases.randomElement(using: &rng) ?? .review,
                    step: Bool.random(using: &rng) ? int() : nil, stability: double(), difficulty: double(),
                    due: date(), lastReview: date())
                : nil
            snapshot.questions[text()] = .init(
                card: card, reviews: int(), lapses: int(),
                lastOutcome: Bool.random(using: &rng) ? [.correct, .incorrect, .partial, .skipped].randomElement(using: &rng) : nil,
                lastAnsweredAt: Bool.random(using: &rng) ? date() : nil,
                contentHash: Bool.random(using: &rng) ? text() : nil, isLeech: Bool.random(using: &rng))
        }
        for _ in 0..<Int.random(in: 0..<5, using: &rng) {
            snapshot.lessons[text()] = LessonPosition(page: int(), isComplete: Bool.random(using: &rng))
        }
        for _ in 0..<Int.random(in: 0..<5, using: &rng) {
            snapshot.flags.append(.init(questionID: text(), note: text(), at: date()))
        }
        snapshot.settings = .init(desiredRetention: double(), dailyNewLimit: int())
        snapshot.totals = totals()
        for _ in 0..<Int.random(in: 0..<30, using: &rng) { snapshot.days[text()] = totals() }
        for _ in 0..<Int.random(in: 0..<3, using: &rng) { snapshot.confidence[text()] = totals() }
        snapshot.logOffset = .init(bytes: int(), lines: int(), records: int(), lastLineHash: text())
        return snapshot
    }

    @Test func simulatedLearnersReadTheSameAsWithTheDecoder() throws {
        let course = SampleCourse.course
        let bank = QuestionBank(course: course)
        for seed in UInt64(1)...12 {
            let simulation = LearnerSimulation(
                days: 20 + Int(seed) * 25, diligence: 0.3 + Double(seed % 7) / 10, skill: 0.5, sessionSize: 6 + Int(seed),
                givesConfidence: seed % 3 != 0, seed: seed)
            let snapshot = simulation.snapshot(course: course, bank: bank, until: ReportFixtures.now)
            for data in try Self.encodings(snapshot) {
                try expectSameReading(data)
            }
        }
    }

    @Test func replayedRecordsOfEveryTypeReadTheSameAsWithTheDecoder() throws {
        for seed in UInt64(1)...20 {
            let snapshot = ProgressSnapshot.replaying(F.randomRecords(300, seed: seed))
            for data in try Self.encodings(snapshot) {
                try expectSameReading(data)
            }
        }
    }

    @Test func randomFieldsAndExtremeNumbersReadTheSameAsWithTheDecoder() throws {
        for seed in UInt64(1)...300 {
            for data in try Self.encodings(Self.randomSnapshot(seed: seed)) {
                try expectSameReading(data)
            }
        }
    }

    @Test func handWrittenVariantsReadAsTheDecoderReadsThem() throws {
        let base = try Self.encodings(Self.randomSnapshot(seed: 5))[1]
        let text = String(decoding: base, as: UTF8.self)
        let variants = [
            // An unknown key is ignored by the synthesised conformances, and by the fast reader.
            text.replacingOccurrences(of: "{\"confidence\"", with: "{\"future\":[1,{\"a\":null}],\"confidence\""),
            // Escapes the encoder never writes.
            text.replacingOccurrences(of: "\"scheduler\":\"", with: "\"scheduler\":\"\\u00e9\\ud83d\\ude00\\/\\b\\f"),
            // Whitespace everywhere.
            " \n\t" + text.replacingOccurrences(of: ",", with: " ,\r\n ").replacingOccurrences(of: ":", with: " : ") + " \n",
            // Numbers in other spellings.
            text.replacingOccurrences(of: "\"timeSpent\":", with: "\"timeSpent\":1E2,\"x\":"),
        ]
        for variant in variants {
            try expectSameReading(Data(variant.utf8))
        }
    }

    @Test func fieldNamesNotComparedByteForByteAndRepeatedKeysGoToTheDecoder() throws {
        let text = String(decoding: try Self.encodings(Self.randomSnapshot(seed: 7))[1], as: UTF8.self)
        let variants = [
            // An escaped field name is the field once decoded: the reader leaves it to the decoder.
            text.replacingOccurrences(of: "\"totals\":", with: "\"\\u0074otals\":"),
            // So is a key beyond ASCII, which might equal a field name once decoded.
            text.replacingOccurrences(of: "\"totals\":", with: "\"t\u{F6}tals\":1,\"totals\":"),
            // Repeated keys, unknown or known.
            text.replacingOccurrences(of: "\"totals\":", with: "\"x\":1,\"x\":2,\"totals\":"),
            text.replacingOccurrences(of: "\"totals\":{", with: "\"totals\":{\"answers\":1,"),
        ]
        for variant in variants {
            #expect(variant != text)
            let data = Data(variant.utf8)
            #expect(ProgressSnapshot(fastJSON: data) == nil)
            #expect(ProgressMigration.plan(for: data) == ProgressMigration.decoderPlan(for: data))
        }
        // The same document without the change reads.
        #expect(ProgressSnapshot(fastJSON: Data(text.utf8)) != nil)
    }

    @Test func randomlyDamagedSnapshotsArePlannedExactlyAsBefore() throws {
        // Bytes that change how JSON reads, written over, inserted or deleted at random places, a few at a time.
        let significant = Array("{}[]:,\"\\-+.0123456789eEtrufalsn \u{7F}".utf8) + [0x00, 0x0A, 0xC3, 0xA9, 0xFF]
        var rng = SplitMix64(seed: 21)
        var outcomes = (read: 0, refused: 0)
        for (index, data) in try Self.encodings(ProgressSnapshot.replaying(F.randomRecords(40, seed: 9))).enumerated() {
            let original = Array(data)
            for _ in 0..<(index == 0 ? 400 : 100) {
                var bytes = original
                for _ in 0..<Int.random(in: 1...3, using: &rng) {
                    let at = Int.random(in: 0..<bytes.count, using: &rng)
                    let byte = significant.randomElement(using: &rng) ?? 0
                    switch Int.random(in: 0..<3, using: &rng) {
                    case 0: bytes[at] = byte
                    case 1: bytes.insert(byte, at: at)
                    default: bytes.remove(at: at)
                    }
                }
                let input = Data(bytes)
                let fast = ProgressSnapshot(fastJSON: input)
                if fast == nil { outcomes.refused += 1 } else { outcomes.read += 1 }
                if let expected = decoded(input) {
                    if let fast { #expect(fast == expected) }
                } else {
                    #expect(fast == nil, "the fast reader read what the decoder refuses: \(String(decoding: bytes, as: UTF8.self))")
                }
                #expect(ProgressMigration.plan(for: input) == ProgressMigration.decoderPlan(for: input))
            }
        }
        // Both ways out were taken: some damage still reads (a digit for a digit), most goes to the decoder.
        #expect(outcomes.read > 20 && outcomes.refused > 20, "\(outcomes)")
    }

    @Test func damagedSnapshotsArePlannedExactlyAsBefore() throws {
        // Pretty-printed, as a person who edits a snapshot by hand may leave it.
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .prettyPrinted, .withoutEscapingSlashes]
        let pretty = try encoder.encode(ProgressSnapshot.replaying(F.randomRecords(60, seed: 3)))
        let text = String(decoding: pretty, as: UTF8.self)
        var inputs: [Data] = []
        // Truncated anywhere.
        for end in stride(from: 0, to: pretty.count, by: max(1, pretty.count / 150)) {
            inputs.append(pretty.prefix(end))
        }
        let edits: [(String, String)] = [
            ("\"bytes\" : ", "\"bytes\" : 1.0, \"x\": "),  // a whole number written with a fraction
            ("\"bytes\" : ", "\"bytes\" : 1e2, \"x\": "),  // or an exponent
            ("\"bytes\" : ", "\"bytes\" : 99999999999999999999, \"x\": "),  // too big for Int
            ("\"bytes\" : ", "\"bytes\" : -9223372036854775809, \"x\": "),
            ("\"timeSpent\" : ", "\"timeSpent\" : 1e400, \"x\" : "),  // not finite
            ("\"timeSpent\" : ", "\"timeSpent\" : -1e400, \"x\" : "),
            ("\"timeSpent\" : ", "\"timeSpent\" : 1e-400, \"x\" : "),  // underflows
            ("\"timeSpent\" : ", "\"timeSpent\" : 01, \"x\" : "),  // not JSON numbers
            ("\"timeSpent\" : ", "\"timeSpent\" : 1., \"x\" : "),
            ("\"timeSpent\" : ", "\"timeSpent\" : +1, \"x\" : "),
            ("\"timeSpent\" : ", "\"timeSpent\" : NaN, \"x\" : "),
            ("\"timeSpent\" : ", "\"timeSpent\" : \"1\", \"x\" : "),  // mistyped
            ("\"isLeech\" : false", "\"isLeech\" : 0"),
            ("\"isLeech\" : false", "\"isLeech\" : null"),
            ("\"phase\" : \"", "\"phase\" : \"x"),  // not an enumeration value
            ("\"lastOutcome\" : \"", "\"lastOutcome\" : \"x"),
            ("\"schemaVersion\" : 1", "\"schemaVersion\" : 2"),  // newer, older, missing, mistyped
            ("\"schemaVersion\" : 1", "\"schemaVersion\" : 0"),
            ("\"schemaVersion\" : 1,", ""),
            ("\"schemaVersion\" : 1", "\"schemaVersion\" : \"1\""),
            ("\"schemaVersion\" : 1", "\"schemaVersion\" : 1.0"),
            ("\"scheduler\"", "\"schedulerX\""),  // a missing field
            ("\"lines\" : ", "\"lines\" : 1, \"lines\" : "),  // duplicate keys
            ("\"note\" : \"", "\"note\" : \"\\x"),  // bad escapes
            ("\"note\" : \"", "\"note\" : \"\\u12"),
            ("\"note\" : \"", "\"note\" : \"\\ud800"),  // lone surrogates
            ("\"note\" : \"", "\"note\" : \"\\udc00"),
            ("\"note\" : \"", "\"note\" : \"\\ud800\\u0041"),
            ("\"note\" : \"", "\"note\" : \"\t"),  // a raw control character
            ("}\n}", "},\n}"),  // trailing commas
            ("\n  ]", ",\n  ]"),
            ("\"flags\" : [", "\"flags\" : {"),
        ]
        for (target, replacement) in edits {
            #expect(text.contains(target), "no \(target) in the snapshot")
            inputs.append(Data(text.replacingOccurrences(of: target, with: replacement).utf8))
        }
        inputs.append(pretty + Data("x".utf8))  // trailing garbage
        inputs.append(pretty + Data("{}".utf8))
        inputs.append(Data(text.replacingOccurrences(of: "\"note\" : \"", with: "\"note\" : \"\u{FFFD}").utf8)
            .map { $0 == 0xEF ? 0xFF : $0 }.reduce(into: Data()) { $0.append($1) })  // invalid UTF-8
        inputs.append(Data([0xEF, 0xBB, 0xBF]) + pretty)  // a byte-order mark
        inputs.append(Data(String(repeating: "[", count: 10_000).utf8))  // deep nesting
        inputs.append(Data((String(repeating: "[", count: 10_000) + String(repeating: "]", count: 10_000)).utf8))
        inputs.append(Data((String(repeating: "{\"a\":", count: 10_000) + "1" + String(repeating: "}", count: 10_000)).utf8))
        inputs.append(Data(("{\"schemaVersion\":1,\"x\":" + String(repeating: "[", count: 10_000)
            + String(repeating: "]", count: 10_000) + "}").utf8))
        inputs.append(Data(("{\"schemaVersion\":" + String(repeating: "9", count: 400) + "}").utf8))  // huge numbers
        inputs.append(Data(("[1e" + String(repeating: "9", count: 400) + "]").utf8))
        inputs.append(Data())
        inputs.append(Data("null".utf8))
        inputs.append(Data("[]".utf8))
        inputs.append(Data("{}".utf8))
        for input in inputs {
            let fast = ProgressSnapshot(fastJSON: input)
            if let expected = decoded(input) {
                if let fast { #expect(fast == expected) }
            } else {
                #expect(fast == nil, "the fast reader read what the decoder refuses: \(String(decoding: input.prefix(200), as: UTF8.self))")
            }
            #expect(ProgressMigration.plan(for: input) == ProgressMigration.decoderPlan(for: input))
        }
    }

    @Test func scannerReadsValuesAsJSONSerializationDoes() throws {
        /// Whether `text` is one whole value the scanner reads.
        func reads(_ text: String) -> Bool {
            Array(text.utf8).withUnsafeBufferPointer { bytes in
                var scanner = JSONScanner(bytes)
                return scanner.skipValue() && scanner.isAtEnd()
            }
        }
        #expect(reads(#"{"a":[1,-0,2.5e1,"x\u00e9\ud83d\ude00",true,false,null],"b":{}}"#))
        Array(#"[1,-0,2.5e1,"x\u00e9\ud83d\ude00",true,false,null]"#.utf8).withUnsafeBufferPointer { bytes in
            var scanner = JSONScanner(bytes)
            var numbers: [JSONNumber] = []
            var strings: [String] = []
            var literals: [Bool?] = []
            let isRead = scanner.array { scanner in
                switch scanner.peek() {
                case UInt8(ascii: "\""):
                    guard let string = scanner.string() else { return false }
                    strings.append(string)
                case UInt8(ascii: "t"), UInt8(ascii: "f"):
                    guard let bool = scanner.bool() else { return false }
                    literals.append(bool)
                case UInt8(ascii: "n"):
                    guard scanner.null() else { return false }
                    literals.append(nil)
                default:
                    guard let number = scanner.number() else { return false }
                    numbers.append(number)
                }
                return true
            }
            #expect(isRead && scanner.isAtEnd())
            #expect(numbers == [.init(double: 1, integer: 1), .init(double: -0.0, integer: 0), .init(double: 25, integer: nil)])
            #expect(numbers[1].double.sign == .minus)
            #expect(strings == ["xé😀"])
            #expect(literals == [true, false, nil])
        }
        for bad in ["", " ", "{", "[1,]", "{\"a\":1,}", "{\"a\" 1}", "[1 2]", "tru", "nul", "\"\\q\"", "-", "1.", ".5", "1e",
            "[1]x", "\"a", "{\"a\":1,\"a\":2}", "\"\\uD800\"", "0x10"]
        {
            #expect(!reads(bad), "\(bad)")
        }
        let deep = String(repeating: "[", count: JSONScanner.maximumDepth)
            + String(repeating: "]", count: JSONScanner.maximumDepth)
        #expect(reads(deep))
        #expect(!reads("[" + deep + "]"))
    }
}

/// Day keys read from their bytes give the same day as the general reading.
@Suite(.removingTemporaryFolders) struct UTCDayKeyTests {
    @Test func fileNameStampsReadAsTheirDateFormatterWroteThem() {
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.timeZone = TimeZone(identifier: "UTC")
        formatter.dateFormat = "yyyyMMdd-HHmmss"
        var generator = SplitMix64(seed: 12)
        var seconds: [Double] = [0, -1, -86_401, 86_399.999, 951_782_400, 4_102_444_799.5]
        for _ in 0..<2000 { seconds.append(Double(generator.next() % 8_000_000_000) - 2_000_000_000 + 0.25) }
        for value in seconds {
            let date = Date(timeIntervalSince1970: value)
            #expect(LearnerStore.stamp(date) == formatter.string(from: date), "\(value)")
        }
    }

    @Test func reportTimestampsReadAsBefore() {
        /// `Charts.timestamp` as it was, from the day and the seconds since its midnight.
        func before(_ date: Date) -> String {
            let day = UTCDay(date)
            let seconds = Int((date.timeIntervalSince1970 - day.start.timeIntervalSince1970).rounded(.down))
            func two(_ value: Int) -> String { value < 10 ? "0\(value)" : "\(value)" }
            return "\(day) \(two(seconds / 3600)):\(two(seconds % 3600 / 60)) UTC"
        }
        var generator = SplitMix64(seed: 13)
        var seconds: [Double] = [0, -1, -86_401, 86_399.999, 951_782_400, 4_102_444_799.5]
        for _ in 0..<2000 { seconds.append(Double(generator.next() % 8_000_000_000) - 2_000_000_000 + 0.25) }
        for value in seconds {
            let date = Date(timeIntervalSince1970: value)
            #expect(Charts.timestamp(date) == before(date), "\(value)")
        }
    }

    @Test func dayKeysReadAsBefore() {
        for number in stride(from: -800_000, through: 3_000_000, by: 997) {
            let day = UTCDay(number: number)
            if day.components.year >= 0, day.components.year <= 9999 {
                #expect(UTCDay(day.description) == day)
            }
        }
        for text in ["2025-13-01", "2025-00-10", "2025-01-32", "2025-01-00", "2025/01/01",
            "２025-01-01", "2025-01-0a", ""]
        {
            #expect(UTCDay(text) == nil, "\(text)")
        }
        #expect(UTCDay("2025-02-31") == UTCDay("2025-03-03"))
        #expect(UTCDay("2025-1-011") == UTCDay("2025-01-11"), "other spellings still take the general reading")
    }
}
