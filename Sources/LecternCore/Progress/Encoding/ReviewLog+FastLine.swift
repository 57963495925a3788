import Foundation

extension ReviewLog {
    /// Reads a line as the log writes it — one flat JSON object of strings, numbers, booleans and nulls — straight
    /// from its bytes with `JSONScanner`, or returns nil so that `decode` falls back to `JSONDecoder`.
    ///
    /// Replaying a long log spends almost all its time in `JSONDecoder`; this reader is several times faster. It
    /// only answers when its answer is the one `JSONDecoder` would give: anything it does not fully understand
    /// (nesting, duplicate keys, a missing or mistyped field, an unknown type or value, a version below 1)
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
                let confidence = object.optional("confidence", object.string), let mode = object.string("mode"),
                let overridden = object.optional("overridden", object.bool),
                let sourceShown = object.optional("sourceShown", object.bool),
                let chosen = object.optional("chosen", object.strings), let form = object.optional("form", object.string)
            else { return nil }
            // Missing (version 1) or null reads as false, as `decodeIfPresent` reads it.
            let rated = rating.map(Rating.init(rawValue:))
            let confident = confidence.map(ReviewRecord.Confidence.init(rawValue:))
            // A value outside the enumeration is an error the decoder words.
            if rated == .some(nil) || confident == .some(nil) { return nil }
            return .record(.review(ReviewRecord(
                questionID: questionID, contentHash: contentHash, answeredAt: answeredAt, kind: kind,
                response: response, outcome: outcome, credit: credit, rating: rated ?? nil, hintsUsed: hintsUsed,
                latency: latency, confidence: confident ?? nil, mode: ReviewRecord.Mode(rawValue: mode),
                overridden: overridden ?? false, sourceShown: sourceShown ?? false, chosen: chosen, form: form)))
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
        case "undo":
            guard let questionID = object.string("questionID"), let answeredAt = object.date("answeredAt"),
                let at = object.date("at")
            else { return nil }
            return .record(.undo(.init(questionID: questionID, answeredAt: answeredAt, at: at)))
        case "parameters":
            guard let weights = object.optional("weights", object.numbers), let itemCount = object.int("itemCount"),
                let logLoss = object.optional("logLoss", object.double),
                let rmseBins = object.optional("rmseBins", object.double),
                let previous = object.optional("previousRMSEBins", object.double), let at = object.date("at")
            else { return nil }
            return .record(.parameters(.init(
                weights: weights, itemCount: itemCount, logLoss: logLoss, rmseBins: rmseBins,
                previousRMSEBins: previous, at: at)))
        default:
            return nil
        }
    }
}

/// One JSON object whose values are all scalars or arrays of numbers or of strings, read by `JSONScanner`; nil for anything else.
///
/// Only valid while the buffer it reads is: it keeps the keys' positions, not copies.
private struct FlatObject {
    enum Value {
        case string(String)
        case number(JSONNumber)
        case bool(Bool)
        case numbers([JSONNumber])
        case strings([String])
        case null
    }

    private let scanner: JSONScanner
    private let fields: [(key: JSONScanner.Key, value: Value)]

    init?(_ bytes: UnsafeBufferPointer<UInt8>) {
        var scanner = JSONScanner(bytes)
        var fields: [(key: JSONScanner.Key, value: Value)] = []
        fields.reserveCapacity(16)
        let isRead = scanner.object { scanner, key in
            // A key with escapes or beyond ASCII, or one given twice, is the decoder's to read.
            guard key.plain != nil, !fields.contains(where: { scanner.key($0.key, equals: key) }) else { return false }
            let value: Value?
            switch scanner.peek() {
            case UInt8(ascii: "\""): value = scanner.string().map(Value.string)
            case UInt8(ascii: "t"), UInt8(ascii: "f"): value = scanner.bool().map(Value.bool)
            case UInt8(ascii: "n"): value = scanner.null() ? .null : nil
            case UInt8(ascii: "["):
                // Numbers (weights) or strings (options chosen); an empty list reads as either.
                var numbers = scanner
                if let list = numbers.list({ $0.number() }) {
                    scanner = numbers
                    value = .numbers(list)
                } else {
                    value = scanner.list { $0.string() }.map(Value.strings)
                }
            case UInt8(ascii: "{"), nil: value = nil  // other nesting is the decoder's
            default: value = scanner.number().map(Value.number)
            }
            guard let value else { return false }
            fields.append((key, value))
            return true
        }
        guard isRead, scanner.isAtEnd() else { return nil }
        self.scanner = scanner
        self.fields = fields
    }

    private func value(_ key: StaticString) -> Value? {
        fields.first { scanner.key($0.key, is: key) }?.value
    }

    /// A string field; nil when missing or not a string.
    func string(_ key: StaticString) -> String? {
        guard case let .string(text) = value(key) else { return nil }
        return text
    }

    /// A whole-number field written with digits only (no fraction or exponent) that fits in `Int`.
    func int(_ key: StaticString) -> Int? {
        guard case let .number(number) = value(key) else { return nil }
        return number.integer
    }

    /// A finite number field.
    func double(_ key: StaticString) -> Double? {
        guard case let .number(number) = value(key) else { return nil }
        return number.double
    }

    /// An array of numbers; nil when missing, not an array or holding anything else.
    func numbers(_ key: StaticString) -> [Double]? {
        guard case let .numbers(numbers) = value(key) else { return nil }
        return numbers.map(\.double)
    }

    /// An array of strings (an empty array included); nil when missing, not an array or holding anything else.
    func strings(_ key: StaticString) -> [String]? {
        switch value(key) {
        case let .strings(strings)?: return strings
        case let .numbers(numbers)? where numbers.isEmpty: return []
        default: return nil
        }
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
