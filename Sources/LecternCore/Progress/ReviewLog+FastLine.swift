import Foundation

extension ReviewLog {
    /// Reads a line as the log writes it — one flat JSON object of strings without escapes, numbers, booleans and
    /// nulls — straight from its bytes, or returns nil so that `decode` falls back to `JSONDecoder`.
    ///
    /// Replaying a long log spends almost all its time in `JSONDecoder`; this reader is several times faster. It
    /// only answers when its answer is the one `JSONDecoder` would give: anything it does not fully understand
    /// (escapes, nesting, duplicate keys, a missing or mistyped field, an unknown type or value, a version below 1)
    /// goes to the decoder, which also words every error.
    static func fastDecode(_ line: ArraySlice<UInt8>) -> LineContent? {
        line.withUnsafeBufferPointer(fastDecode(_:))
    }

    private static func fastDecode(_ line: UnsafeBufferPointer<UInt8>) -> LineContent? {
        guard let object = FlatObject(line), let version = object.int("v") else { return nil }
        if version > ProgressRecord.currentVersion { return .newer(version) }
        guard version >= 1, let type = object.string("type") else { return nil }
        switch type {
        case "review":
            guard let questionID = object.string("questionID"), let contentHash = object.string("contentHash"),
                let answeredAt = object.date("answeredAt"), let kind = object.string("kind"),
                let response = object.string("response"),
                let outcome = object.string("outcome").flatMap(ReviewRecord.Outcome.init(rawValue:)),
                let credit = object.double("credit"), let rating = object.optional("rating", object.int),
                let hintsUsed = object.int("hintsUsed"), let latency = object.double("latency"),
                let confidence = object.optional("confidence", object.string), let mode = object.string("mode")
            else { return nil }
            let rated = rating.map(Rating.init(rawValue:))
            let confident = confidence.map(ReviewRecord.Confidence.init(rawValue:))
            // A value outside the enumeration is an error the decoder words.
            if rated == .some(nil) || confident == .some(nil) { return nil }
            return .record(.review(ReviewRecord(
                questionID: questionID, contentHash: contentHash, answeredAt: answeredAt, kind: kind,
                response: response, outcome: outcome, credit: credit, rating: rated ?? nil, hintsUsed: hintsUsed,
                latency: latency, confidence: confident ?? nil, mode: ReviewRecord.Mode(rawValue: mode))))
        case "reading":
            guard let lessonID = object.string("lessonID"), let page = object.int("page"),
                let isComplete = object.bool("isComplete"), let at = object.optional("at", object.date)
            else { return nil }
            return .record(.reading(.init(lessonID: lessonID, page: page, isComplete: isComplete, at: at)))
        case "flag":
            guard let questionID = object.string("questionID"), let note = object.string("note"),
                let at = object.date("at")
            else { return nil }
            return .record(.flag(.init(questionID: questionID, note: note, at: at)))
        case "setting":
            guard let name = object.string("name").flatMap(ProgressRecord.Setting.Name.init(rawValue:)),
                let value = object.double("value"), let at = object.date("at")
            else { return nil }
            return .record(.setting(.init(name: name, value: value, at: at)))
        default:
            return nil
        }
    }
}

/// One JSON object whose values are all scalars, as byte ranges of the line; nil for anything else.
///
/// Only valid while the buffer it reads is: it keeps positions, not copies, so reading a line allocates nothing but
/// the field list and the values' strings.
private struct FlatObject {
    enum Value {
        /// The bytes between the quotes: valid UTF-8, no escapes, no control characters.
        case string(Range<Int>)
        /// The bytes of a number, checked against JSON's grammar.
        case number(Range<Int>)
        case bool(Bool)
        case null
    }

    private let bytes: UnsafeBufferPointer<UInt8>
    private var fields: [(key: Range<Int>, value: Value)] = []

    init?(_ bytes: UnsafeBufferPointer<UInt8>) {
        self.bytes = bytes
        fields.reserveCapacity(16)
        var index = 0
        let end = bytes.count
        func skipSpace() {
            while index < end, bytes[index] == 0x20 || bytes[index] == 0x09 || bytes[index] == 0x0A || bytes[index] == 0x0D {
                index += 1
            }
        }
        func string() -> Range<Int>? {
            guard index < end, bytes[index] == 0x22 else { return nil }
            index += 1
            let start = index
            var isASCII = true
            while index < end, bytes[index] != 0x22 {
                let byte = bytes[index]
                if byte == 0x5C || byte < 0x20 { return nil }
                if byte >= 0x80 { isASCII = false }
                index += 1
            }
            guard index < end else { return nil }
            let text = start..<index
            index += 1
            if !isASCII, String(validating: UnsafeBufferPointer(rebasing: bytes[text]), as: UTF8.self) == nil {
                return nil
            }
            return text
        }
        func literal(_ word: StaticString) -> Bool {
            let count = word.utf8CodeUnitCount
            guard end - index >= count else { return false }
            for offset in 0..<count where bytes[index + offset] != word.utf8Start[offset] { return false }
            index += count
            return true
        }
        func digits() -> Int {
            let start = index
            while index < end, bytes[index] >= 0x30, bytes[index] <= 0x39 { index += 1 }
            return index - start
        }
        func number() -> Range<Int>? {
            let start = index
            if index < end, bytes[index] == 0x2D { index += 1 }
            guard index < end else { return nil }
            if bytes[index] == 0x30 {
                index += 1
            } else if digits() == 0 {
                return nil
            }
            if index < end, bytes[index] == 0x2E {
                index += 1
                guard digits() > 0 else { return nil }
            }
            if index < end, bytes[index] == 0x65 || bytes[index] == 0x45 {
                index += 1
                if index < end, bytes[index] == 0x2B || bytes[index] == 0x2D { index += 1 }
                guard digits() > 0 else { return nil }
            }
            return start..<index
        }

        skipSpace()
        guard index < end, bytes[index] == 0x7B else { return nil }
        index += 1
        skipSpace()
        if index < end, bytes[index] == 0x7D {
            index += 1
        } else {
            while true {
                skipSpace()
                guard let key = string() else { return nil }
                if fields.contains(where: { bytes[$0.key].elementsEqual(bytes[key]) }) { return nil }
                skipSpace()
                guard index < end, bytes[index] == 0x3A else { return nil }
                index += 1
                skipSpace()
                guard index < end else { return nil }
                let value: Value
                switch bytes[index] {
                case 0x22:
                    guard let text = string() else { return nil }
                    value = .string(text)
                case 0x74:
                    guard literal("true") else { return nil }
                    value = .bool(true)
                case 0x66:
                    guard literal("false") else { return nil }
                    value = .bool(false)
                case 0x6E:
                    guard literal("null") else { return nil }
                    value = .null
                default:
                    guard let text = number() else { return nil }
                    value = .number(text)
                }
                fields.append((key, value))
                skipSpace()
                guard index < end else { return nil }
                if bytes[index] == 0x2C {
                    index += 1
                    continue
                }
                guard bytes[index] == 0x7D else { return nil }
                index += 1
                break
            }
        }
        skipSpace()
        guard index == end else { return nil }
    }

    private func value(_ key: StaticString) -> Value? {
        let name = UnsafeBufferPointer(start: key.utf8Start, count: key.utf8CodeUnitCount)
        return fields.first { bytes[$0.key].elementsEqual(name) }?.value
    }

    /// A string field; nil when missing or not a string.
    func string(_ key: StaticString) -> String? {
        guard case let .string(range) = value(key) else { return nil }
        return String(decoding: UnsafeBufferPointer(rebasing: bytes[range]), as: UTF8.self)
    }

    /// A whole-number field written with digits only (no fraction or exponent) that fits in `Int`.
    func int(_ key: StaticString) -> Int? {
        guard case let .number(range) = value(key) else { return nil }
        var digits = bytes[range]
        let isNegative = digits.first == 0x2D
        if isNegative { digits = digits.dropFirst() }
        var result = 0
        for byte in digits {
            guard byte >= 0x30, byte <= 0x39 else { return nil }
            let (times, overflowA) = result.multipliedReportingOverflow(by: 10)
            let (sum, overflowB) = times.addingReportingOverflow(Int(byte - 0x30))
            if overflowA || overflowB { return nil }
            result = sum
        }
        return isNegative ? -result : result
    }

    /// A finite number field.
    func double(_ key: StaticString) -> Double? {
        guard case let .number(range) = value(key) else { return nil }
        let text = String(decoding: UnsafeBufferPointer(rebasing: bytes[range]), as: UTF8.self)
        guard let value = Double(text), value.isFinite else { return nil }
        return value
    }

    func bool(_ key: StaticString) -> Bool? {
        guard case let .bool(value) = value(key) else { return nil }
        return value
    }

    /// Seconds since 1970, as `JSONDecoder`'s `.secondsSince1970` reads them.
    func date(_ key: StaticString) -> Date? {
        double(key).map { Date(timeIntervalSince1970: $0) }
    }

    /// A field that may be missing or null (`.some(nil)`), else read by `read`; nil when it is there but unreadable.
    func optional<T>(_ key: StaticString, _ read: (StaticString) -> T?) -> T?? {
        switch value(key) {
        case nil, .null?: return .some(nil)
        default: return read(key).map { .some($0) }
        }
    }
}
