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
            var scanner = JSONScanner(raw.bindMemory(to: UInt8.self))
            guard let value = scanner.value(), scanner.isAtEnd() else { return nil }
            return value
        }
    }

    /// The value of `key` in an object; nil when missing or when this is not an object.
    subscript(key: String) -> JSONValue? {
        guard case let .object(members) = self else { return nil }
        for member in members where member.key == key { return member.value }
        return nil
    }
}

extension JSONScanner {
    /// The next value as a tree, or nil when it is not one `JSONValue.parse` reads; duplicate keys are refused.
    mutating func value() -> JSONValue? {
        switch peek() {
        case UInt8(ascii: "{"):
            var members: [JSONValue.Member] = []
            // Large objects (maps by id) check duplicates by hash; small ones by a scan.
            var keys: Set<String> = []
            let isRead = object { scanner, key in
                let text = scanner.text(of: key)
                // Which of two equal keys the decoder keeps is its business: leave such a document to it.
                if members.count < 16 {
                    if members.contains(where: { $0.key == text }) { return false }
                } else {
                    if keys.isEmpty { keys = Set(members.map(\.key)) }
                    guard keys.insert(text).inserted else { return false }
                }
                guard let value = scanner.value() else { return false }
                members.append(JSONValue.Member(key: text, value: value))
                return true
            }
            return isRead ? .object(members) : nil
        case UInt8(ascii: "["):
            var elements: [JSONValue] = []
            let isRead = array { scanner in
                guard let value = scanner.value() else { return false }
                elements.append(value)
                return true
            }
            return isRead ? .array(elements) : nil
        case UInt8(ascii: "\""): return string().map(JSONValue.string)
        case UInt8(ascii: "t"), UInt8(ascii: "f"): return bool().map(JSONValue.bool)
        case UInt8(ascii: "n"): return null() ? .null : nil
        case nil: return nil
        default: return number().map(JSONValue.number)
        }
    }
}
