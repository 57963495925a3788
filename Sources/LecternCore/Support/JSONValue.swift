import Foundation

/// A JSON document as a tree, read by a small strict parser over bytes.
///
/// Made for fast paths that fall back to `JSONDecoder`: `parse` returns nil for anything it is not sure it reads
/// exactly as `JSONDecoder` would — invalid JSON, duplicate keys, lone surrogates, invalid UTF-8, numbers that are not
/// finite or underflow to zero, nesting deeper than `maximumDepth` — so the decoder can word the error.
enum JSONValue: Sendable, Equatable {
    case object([Member])
    case array([JSONValue])
    case string(String)
    case number(JSONNumber)
    case bool(Bool)
    case null

    /// One key and value of an object, in document order.
    struct Member: Sendable, Equatable {
        let key: String
        let value: JSONValue
    }

    /// The deepest nesting of objects and arrays `parse` reads.
    static let maximumDepth = 256

    /// The document in `data`, or nil when it is not one this parser reads exactly.
    static func parse(_ data: Data) -> JSONValue? {
        data.withUnsafeBytes { raw in
            var parser = JSONParser(raw.bindMemory(to: UInt8.self))
            return parser.document()
        }
    }

    /// The value of `key` in an object; nil when missing or when this is not an object.
    subscript(key: String) -> JSONValue? {
        guard case let .object(members) = self else { return nil }
        for member in members where member.key == key { return member.value }
        return nil
    }
}

/// A JSON number: its nearest `Double`, and its exact value as an `Int` when written as digits only and in range.
struct JSONNumber: Sendable, Equatable {
    /// The nearest `Double`, correctly rounded like `Double(String)`.
    let double: Double
    /// The value when the number is written without fraction or exponent and fits in `Int`.
    let integer: Int?
}

/// The parser behind `JSONValue.parse`: one pass, no backtracking, nil at the first doubt.
private struct JSONParser {
    private let bytes: UnsafeBufferPointer<UInt8>
    private var index = 0
    private var depth = 0

    init(_ bytes: UnsafeBufferPointer<UInt8>) {
        self.bytes = bytes
    }

    mutating func document() -> JSONValue? {
        skipSpace()
        guard let value = value() else { return nil }
        skipSpace()
        return index == bytes.count ? value : nil
    }

    private mutating func skipSpace() {
        while index < bytes.count {
            switch bytes[index] {
            case 0x20, 0x09, 0x0A, 0x0D: index += 1
            default: return
            }
        }
    }

    private mutating func value() -> JSONValue? {
        guard index < bytes.count else { return nil }
        switch bytes[index] {
        case UInt8(ascii: "{"): return object()
        case UInt8(ascii: "["): return array()
        case UInt8(ascii: "\""): return string().map(JSONValue.string)
        case UInt8(ascii: "t"): return literal("true") ? .bool(true) : nil
        case UInt8(ascii: "f"): return literal("false") ? .bool(false) : nil
        case UInt8(ascii: "n"): return literal("null") ? .null : nil
        default: return number().map(JSONValue.number)
        }
    }

    private mutating func object() -> JSONValue? {
        depth += 1
        guard depth <= JSONValue.maximumDepth else { return nil }
        defer { depth -= 1 }
        index += 1
        var members: [JSONValue.Member] = []
        // Large objects (maps by id) check duplicates by hash; small ones by a scan.
        var keys: Set<String> = []
        skipSpace()
        if index < bytes.count, bytes[index] == UInt8(ascii: "}") {
            index += 1
            return .object(members)
        }
        while true {
            skipSpace()
            guard let key = string() else { return nil }
            // Which of two equal keys the decoder keeps is its business: leave such a document to it.
            if members.count < 16 {
                if members.contains(where: { $0.key == key }) { return nil }
            } else {
                if keys.isEmpty { keys = Set(members.map(\.key)) }
                guard keys.insert(key).inserted else { return nil }
            }
            skipSpace()
            guard index < bytes.count, bytes[index] == UInt8(ascii: ":") else { return nil }
            index += 1
            skipSpace()
            guard let value = value() else { return nil }
            members.append(JSONValue.Member(key: key, value: value))
            skipSpace()
            guard index < bytes.count else { return nil }
            if bytes[index] == UInt8(ascii: ",") {
                index += 1
                continue
            }
            guard bytes[index] == UInt8(ascii: "}") else { return nil }
            index += 1
            return .object(members)
        }
    }

    private mutating func array() -> JSONValue? {
        depth += 1
        guard depth <= JSONValue.maximumDepth else { return nil }
        defer { depth -= 1 }
        index += 1
        var elements: [JSONValue] = []
        skipSpace()
        if index < bytes.count, bytes[index] == UInt8(ascii: "]") {
            index += 1
            return .array(elements)
        }
        while true {
            skipSpace()
            guard let value = value() else { return nil }
            elements.append(value)
            skipSpace()
            guard index < bytes.count else { return nil }
            if bytes[index] == UInt8(ascii: ",") {
                index += 1
                continue
            }
            guard bytes[index] == UInt8(ascii: "]") else { return nil }
            index += 1
            return .array(elements)
        }
    }

    private func hasPrefix(_ word: StaticString) -> Bool {
        let count = word.utf8CodeUnitCount
        guard bytes.count - index >= count else { return false }
        for offset in 0..<count where bytes[index + offset] != word.utf8Start[offset] { return false }
        return true
    }

    private mutating func literal(_ word: StaticString) -> Bool {
        guard hasPrefix(word) else { return false }
        index += word.utf8CodeUnitCount
        return true
    }

    /// A string starting at the opening quote; the plain run without escapes is read without copying byte by byte.
    private mutating func string() -> String? {
        guard index < bytes.count, bytes[index] == UInt8(ascii: "\"") else { return nil }
        index += 1
        let start = index
        var isASCII = true
        while index < bytes.count {
            let byte = bytes[index]
            if byte == UInt8(ascii: "\"") {
                let run = UnsafeBufferPointer(rebasing: bytes[start..<index])
                index += 1
                return isASCII ? String(decoding: run, as: UTF8.self) : String(validating: run, as: UTF8.self)
            }
            if byte == UInt8(ascii: "\\") { return escapedString(from: start) }
            if byte < 0x20 { return nil }
            if byte >= 0x80 { isASCII = false }
            index += 1
        }
        return nil
    }

    /// The rest of a string with escapes, from its first byte `start`; `index` is at the first backslash.
    private mutating func escapedString(from start: Int) -> String? {
        var utf8: [UInt8] = Array(bytes[start..<index])
        while index < bytes.count {
            let byte = bytes[index]
            switch byte {
            case UInt8(ascii: "\""):
                index += 1
                return String(validating: utf8, as: UTF8.self)
            case UInt8(ascii: "\\"):
                index += 1
                guard index < bytes.count else { return nil }
                let escape = bytes[index]
                index += 1
                switch escape {
                case UInt8(ascii: "\""), UInt8(ascii: "\\"), UInt8(ascii: "/"): utf8.append(escape)
                case UInt8(ascii: "b"): utf8.append(0x08)
                case UInt8(ascii: "f"): utf8.append(0x0C)
                case UInt8(ascii: "n"): utf8.append(0x0A)
                case UInt8(ascii: "r"): utf8.append(0x0D)
                case UInt8(ascii: "t"): utf8.append(0x09)
                case UInt8(ascii: "u"):
                    guard let scalar = unicodeEscape() else { return nil }
                    UTF8.encode(scalar) { utf8.append($0) }
                default: return nil
                }
            default:
                if byte < 0x20 { return nil }
                utf8.append(byte)
                index += 1
            }
        }
        return nil
    }

    /// The scalar of `XXXX` (after `\u`), joining a surrogate pair; nil for a lone surrogate.
    private mutating func unicodeEscape() -> Unicode.Scalar? {
        guard let first = hex4() else { return nil }
        switch first {
        case 0xD800...0xDBFF:
            guard hasPrefix("\\u") else { return nil }
            index += 2
            guard let second = hex4(), (0xDC00...0xDFFF).contains(second) else { return nil }
            return Unicode.Scalar(0x10000 + ((first - 0xD800) << 10) + (second - 0xDC00))
        case 0xDC00...0xDFFF:
            return nil
        default:
            return Unicode.Scalar(first)
        }
    }

    private mutating func hex4() -> UInt32? {
        guard bytes.count - index >= 4 else { return nil }
        var value: UInt32 = 0
        for _ in 0..<4 {
            let byte = bytes[index]
            let digit: UInt8
            switch byte {
            case UInt8(ascii: "0")...UInt8(ascii: "9"): digit = byte - UInt8(ascii: "0")
            case UInt8(ascii: "a")...UInt8(ascii: "f"): digit = byte - UInt8(ascii: "a") + 10
            case UInt8(ascii: "A")...UInt8(ascii: "F"): digit = byte - UInt8(ascii: "A") + 10
            default: return nil
            }
            value = value << 4 | UInt32(digit)
            index += 1
        }
        return value
    }

    private mutating func digits() -> Int {
        let start = index
        while index < bytes.count, bytes[index] >= UInt8(ascii: "0"), bytes[index] <= UInt8(ascii: "9") {
            index += 1
        }
        return index - start
    }

    /// A number in JSON's grammar; its `Double` is the correctly rounded one `Double(String)` gives.
    private mutating func number() -> JSONNumber? {
        let start = index
        let isNegative = bytes[index] == UInt8(ascii: "-")
        if isNegative { index += 1 }
        guard index < bytes.count else { return nil }
        let integerStart = index
        if bytes[index] == UInt8(ascii: "0") {
            index += 1
        } else if digits() == 0 {
            return nil
        }
        let integerEnd = index
        var fraction = integerEnd..<integerEnd
        if index < bytes.count, bytes[index] == UInt8(ascii: ".") {
            index += 1
            let fractionStart = index
            guard digits() > 0 else { return nil }
            fraction = fractionStart..<index
        }
        var exponent: Range<Int>?
        var isNegativeExponent = false
        if index < bytes.count, bytes[index] == UInt8(ascii: "e") || bytes[index] == UInt8(ascii: "E") {
            index += 1
            if index < bytes.count, bytes[index] == UInt8(ascii: "+") || bytes[index] == UInt8(ascii: "-") {
                isNegativeExponent = bytes[index] == UInt8(ascii: "-")
                index += 1
            }
            let exponentStart = index
            guard digits() > 0 else { return nil }
            exponent = exponentStart..<index
        }
        let isInteger = fraction.isEmpty && exponent == nil
        if isInteger, integerEnd - integerStart <= 18 {
            // At most 18 digits fit in Int, and 15 or fewer stay below 2^53, exact as a Double.
            let magnitude = decimal(integerStart..<integerEnd)
            let value = isNegative ? -magnitude : magnitude
            if magnitude < 1 << 53 {
                // `-0` is an Int 0 but the Double -0.0.
                return JSONNumber(double: isNegative ? -Double(magnitude) : Double(magnitude), integer: value)
            }
            guard let double = parseDouble(start..<index) else { return nil }
            return JSONNumber(double: double, integer: value)
        }
        // Clinger's fast path: at most 15 digits and a power of ten up to 22 are both exact Doubles, so one
        // multiplication or division rounds correctly, to the same value as strtod.
        let digitCount = (integerEnd - integerStart) + fraction.count
        if digitCount <= 15, (exponent?.count ?? 0) <= 3 {
            let mantissa = decimal(integerStart..<integerEnd) * Self.powersOfTen[fraction.count] + decimal(fraction)
            let written = exponent.map(decimal) ?? 0
            let power = (isNegativeExponent ? -written : written) - fraction.count
            if mantissa == 0 || (-22...22).contains(power) {
                var double = Double(mantissa)
                if power > 0 {
                    double *= Self.exactPowersOfTen[power]
                } else if power < 0 {
                    double /= Self.exactPowersOfTen[-power]
                }
                return JSONNumber(double: isNegative ? -double : double, integer: nil)
            }
        }
        guard let double = parseDouble(start..<index) else { return nil }
        if isInteger, let value = Int(String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<index]), as: UTF8.self)) {
            return JSONNumber(double: double, integer: value)
        }
        return JSONNumber(double: double, integer: nil)
    }

    private static let powersOfTen: [Int] = (0...18).map { (0..<$0).reduce(1) { product, _ in product * 10 } }
    private static let exactPowersOfTen: [Double] = [
        1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15, 1e16, 1e17, 1e18, 1e19,
        1e20, 1e21, 1e22,
    ]

    /// The value of ASCII digits that are known to fit in `Int`.
    private func decimal(_ range: Range<Int>) -> Int {
        var value = 0
        for byte in bytes[range] { value = value * 10 + Int(byte - UInt8(ascii: "0")) }
        return value
    }

    /// The text's `Double`, or nil when it is not finite or a nonzero mantissa underflowed to zero.
    private func parseDouble(_ range: Range<Int>) -> Double? {
        let text = String(decoding: UnsafeBufferPointer(rebasing: bytes[range]), as: UTF8.self)
        guard let value = Double(text), value.isFinite else { return nil }
        if value == 0 {
            // Only a mantissa of zeros reads as zero for sure; a tiny nonzero one is the decoder's call.
            let mantissa = text.prefix { $0 != "e" && $0 != "E" }
            if mantissa.contains(where: { $0 >= "1" && $0 <= "9" }) { return nil }
        }
        return value
    }
}
