import Foundation

/// A type the fast snapshot reader fills field by field: it starts from `blank` and reads each key of
/// `scannedFields` into it. The table is the one place that names the type's JSON fields for the reader.
protocol FastScannable {
    /// The value reading starts from: what a missing optional field leaves (nil), and placeholders that every
    /// required field overwrites.
    static var blank: Self { get }
    /// The fields, best in the order files have them (sorted, as `LearnerStore` writes them).
    static var scannedFields: [ScannedField<Self>] { get }
}

extension FastScannable {
    /// Reads one object of this type; nil if a required field is missing, a value is not exactly of its type, a key
    /// comes twice, or a key is not plain ASCII.
    init?(scanning scanner: inout JSONScanner) {
        var value = Self.blank
        guard scanner.fields(Self.scannedFields, into: &value) else { return nil }
        self = value
    }
}

/// One field of a `FastScannable` type: its key, whether it must be present, and how its value is read into the
/// value being filled.
struct ScannedField<Value>: Sendable {
    /// The JSON key.
    let name: StaticString
    /// Whether a document without this key is refused (as the synthesised `decode` refuses it).
    let isRequired: Bool
    /// Reads the value at the scanner into the value being filled; false when it is not of the field's type.
    let read: @Sendable (inout JSONScanner, inout Value) -> Bool

    /// A field that must be present and not null.
    static func required<Field>(
        _ name: StaticString, _ path: WritableKeyPath<Value, Field> & Sendable,
        _ read: @escaping @Sendable (inout JSONScanner) -> Field?
    ) -> Self {
        Self(name: name, isRequired: true) { scanner, value in
            guard let field = read(&scanner) else { return false }
            value[keyPath: path] = field
            return true
        }
    }

    /// A field that may be missing or null (nil), as the synthesised `decodeIfPresent` reads it.
    static func optional<Field>(
        _ name: StaticString, _ path: WritableKeyPath<Value, Field?> & Sendable,
        _ read: @escaping @Sendable (inout JSONScanner) -> Field?
    ) -> Self {
        Self(name: name, isRequired: false) { scanner, value in
            if scanner.null() {
                value[keyPath: path] = nil
                return true
            }
            guard let field = read(&scanner) else { return false }
            value[keyPath: path] = field
            return true
        }
    }
}

/// The typed readings the snapshot needs, each nil when the value is not exactly that type.
extension JSONScanner {
    /// A `Date` as its default `Decodable` form reads it: seconds since 2001-01-01.
    mutating func date() -> Date? {
        double().map(Date.init(timeIntervalSinceReferenceDate:))
    }

    /// An object read as `[String: T]`; nil if any value does not read or two keys are one `String`.
    mutating func map<T>(_ read: (inout JSONScanner) -> T?) -> [String: T]? {
        // Members are gathered first so the dictionary is made at its size: growing it rehashes every key.
        var members: [(String, T)] = []
        let isRead = object { scanner, key in
            guard let value = read(&scanner) else { return false }
            members.append((scanner.text(of: key), value))
            return true
        }
        guard isRead else { return nil }
        var result = [String: T](minimumCapacity: members.count)
        for (key, value) in members where result.updateValue(value, forKey: key) != nil { return nil }
        return result
    }

    /// An array read as `[T]`; nil if any element does not read.
    mutating func list<T>(_ read: (inout JSONScanner) -> T?) -> [T]? {
        var result: [T] = []
        let isRead = array { scanner in
            guard let value = read(&scanner) else { return false }
            result.append(value)
            return true
        }
        return isRead ? result : nil
    }

    /// An object whose keys are `fields`, read into `value`. Unknown keys are read as JSON and ignored, as the
    /// synthesised conformances ignore them. False when a required field is missing, a key comes twice, or a key is
    /// not plain ASCII (once decoded it might be one of the fields).
    ///
    /// Each key is first compared with the field after the last one found, so fields in the files' order cost one
    /// comparison each.
    mutating func fields<Value>(_ fields: [ScannedField<Value>], into value: inout Value) -> Bool {
        var seen: UInt64 = 0
        var next = 0
        var unknown: [Key] = []
        let isRead = object { scanner, key in
            guard key.plain != nil else { return false }
            let found = next < fields.count && scanner.key(key, is: fields[next].name)
                ? next : fields.firstIndex { scanner.key(key, is: $0.name) }
            if let index = found {
                guard seen & (1 << index) == 0 else { return false }
                seen |= 1 << index
                next = index + 1
                return fields[index].read(&scanner, &value)
            }
            guard !unknown.contains(where: { scanner.key($0, equals: key) }) else { return false }
            unknown.append(key)
            return scanner.skipValue()
        }
        guard isRead else { return false }
        return fields.indices.allSatisfy { !fields[$0].isRequired || seen & (1 << $0) != 0 }
    }
}
