import Foundation

/// Strict JSON read from bytes one value at a time, for readers that fill a model straight from a file.
///
/// Every method reads nothing it is unsure of: it returns nil (or false) at the first doubt — invalid JSON, invalid
/// UTF-8, lone surrogates, numbers that are not finite or underflow to zero, nesting deeper than
/// `maximumDepth` — so that its caller can fall back to `JSONDecoder`, which words the error. What to do with
/// duplicate keys is the caller's call: `skipValue` and the snapshot and log readers refuse them.
struct JSONScanner {
    /// An object's key: its bytes when they are plain ASCII without escapes (compared without making a `String`),
    /// else the decoded text.
    struct Key {
        /// The bytes between the quotes, when plain.
        let plain: Range<Int>?
        /// The decoded key, when not plain.
        let decoded: String?
    }

    /// The deepest nesting of objects and arrays read.
    static let maximumDepth = 256

    let bytes: UnsafeBufferPointer<UInt8>
    var index = 0
    private var depth = 0

    init(_ bytes: UnsafeBufferPointer<UInt8>) {
        self.bytes = bytes
    }

    /// Whether nothing but whitespace is left.
    mutating func isAtEnd() -> Bool {
        skipSpace()
        return index == bytes.count
    }

    /// The byte the next value starts with, after whitespace; nil at the end.
    mutating func peek() -> UInt8? {
        skipSpace()
        return index < bytes.count ? bytes[index] : nil
    }

    mutating func skipSpace() {
        while index < bytes.count {
            switch bytes[index] {
            case 0x20, 0x09, 0x0A, 0x0D: index += 1
            default: return
            }
        }
    }

    /// Reads an object, handing each key to `member` with the scanner at its value; `member` reads the value and
    /// returns false to stop. False when the object is not well formed or `member` stopped.
    mutating func object(_ member: (inout JSONScanner, Key) -> Bool) -> Bool {
        guard peek() == UInt8(ascii: "{") else { return false }
        depth += 1
        defer { depth -= 1 }
        guard depth <= Self.maximumDepth else { return false }
        index += 1
        if peek() == UInt8(ascii: "}") {
            index += 1
            return true
        }
        while true {
            skipSpace()
            guard let key = key(), peek() == UInt8(ascii: ":") else { return false }
            index += 1
            skipSpace()
            guard member(&self, key) else { return false }
            switch peek() {
            case UInt8(ascii: ","):
                index += 1
            case UInt8(ascii: "}"):
                index += 1
                return true
            default:
                return false
            }
        }
    }

    /// Reads an array, calling `element` with the scanner at each element; like `object`.
    mutating func array(_ element: (inout JSONScanner) -> Bool) -> Bool {
        guard peek() == UInt8(ascii: "[") else { return false }
        depth += 1
        defer { depth -= 1 }
        guard depth <= Self.maximumDepth else { return false }
        index += 1
        if peek() == UInt8(ascii: "]") {
            index += 1
            return true
        }
        while true {
            skipSpace()
            guard element(&self) else { return false }
            switch peek() {
            case UInt8(ascii: ","):
                index += 1
            case UInt8(ascii: "]"):
                index += 1
                return true
            default:
                return false
            }
        }
    }

    /// The key's text.
    func text(of key: Key) -> String {
        if let range = key.plain { return String(decoding: UnsafeBufferPointer(rebasing: bytes[range]), as: UTF8.self) }
        return key.decoded ?? ""
    }

    /// Whether the key is the plain ASCII `name`, byte for byte.
    func key(_ key: Key, is name: StaticString) -> Bool {
        guard let range = key.plain, range.count == name.utf8CodeUnitCount else { return false }
        let start = name.utf8Start
        for offset in 0..<range.count where bytes[range.lowerBound + offset] != start[offset] { return false }
        return true
    }

    /// Whether two keys are plain and the same bytes.
    func key(_ key: Key, equals other: Key) -> Bool {
        guard let range = key.plain, let otherRange = other.plain, range.count == otherRange.count else { return false }
        return zip(range, otherRange).allSatisfy { bytes[$0] == bytes[$1] }
    }

    /// Reads past the next value, whatever it is; false when it is not one this scanner reads exactly, or holds an
    /// object with a key given twice (which of the two the decoder keeps is its business).
    mutating func skipValue() -> Bool {
        switch peek() {
        case UInt8(ascii: "{"):
            var keys: Set<String> = []
            return object { scanner, key in keys.insert(scanner.text(of: key)).inserted && scanner.skipValue() }
        case UInt8(ascii: "["): return array { $0.skipValue() }
        case UInt8(ascii: "\""): return string() != nil
        case UInt8(ascii: "t"), UInt8(ascii: "f"): return bool() != nil
        case UInt8(ascii: "n"): return null()
        case nil: return false
        default: return number() != nil
        }
    }

    /// `true`, `false` or nil for anything else.
    mutating func bool() -> Bool? {
        if literal("true") { return true }
        if literal("false") { return false }
        return nil
    }

    /// Reads `null` if it comes next.
    mutating func null() -> Bool {
        literal("null")
    }

    private mutating func literal(_ word: StaticString) -> Bool {
        guard hasPrefix(word) else { return false }
        index += word.utf8CodeUnitCount
        return true
    }

    private func hasPrefix(_ word: StaticString) -> Bool {
        let count = word.utf8CodeUnitCount
        guard bytes.count - index >= count else { return false }
        for offset in 0..<count where bytes[index + offset] != word.utf8Start[offset] { return false }
        return true
    }

    private mutating func key() -> Key? {
        guard index < bytes.count, bytes[index] == UInt8(ascii: "\"") else { return nil }
        let start = index + 1
        var end = start
        while end < bytes.count {
            let byte = bytes[end]
            if byte == UInt8(ascii: "\"") {
                index = end + 1
                return Key(plain: start..<end, decoded: nil)
            }
            if byte == UInt8(ascii: "\\") || byte >= 0x80 || byte < 0x20 { break }
            end += 1
        }
        return string().map { Key(plain: nil, decoded: $0) }
    }

    /// A string starting at the opening quote; the plain run without escapes is read without copying byte by byte.
    mutating func string() -> String? {
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
}
