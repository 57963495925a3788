/// One flat JSON object (its values scalars or arrays of numbers or strings) written as `JSONEncoder` writes it with `.sortedKeys` and `.withoutEscapingSlashes`, field
/// by field: the caller gives the keys in sorted order.
struct FlatJSONWriter {
    private var bytes: [UInt8] = [0x7B]
    private var isRepresentable = true

    init() {
        bytes.reserveCapacity(320)
    }

    /// The object, closed; nil when a value cannot be written as `JSONEncoder` would.
    mutating func finished() -> [UInt8]? {
        bytes.append(0x7D)
        return isRepresentable ? bytes : nil
    }

    mutating func string(_ key: String, _ value: String) {
        self.key(key)
        quoted(value)
    }

    /// An array of strings.
    mutating func strings(_ key: String, _ values: [String]) {
        list(key, values) { $0.quoted($1) }
    }

    private mutating func quoted(_ value: String) {
        bytes.append(0x22)
        // Bytes are appended one by one: an array literal per escape or key is an allocation each.
        for byte in value.utf8 {
            switch byte {
            case 0x22: escape(0x22)
            case 0x5C: escape(0x5C)
            case 0x08: escape(0x62)
            case 0x0C: escape(0x66)
            case 0x0A: escape(0x6E)
            case 0x0D: escape(0x72)
            case 0x09: escape(0x74)
            case 0x00..<0x20:
                escape(0x75)
                bytes.append(0x30)
                bytes.append(0x30)
                bytes.append(Self.hexDigit(byte >> 4))
                bytes.append(Self.hexDigit(byte & 0x0F))
            default: bytes.append(byte)
            }
        }
        bytes.append(0x22)
    }

    private mutating func escape(_ letter: UInt8) {
        bytes.append(0x5C)
        bytes.append(letter)
    }

    /// The lowercase hexadecimal digit for `value` (0 to 15).
    static func hexDigit(_ value: UInt8) -> UInt8 {
        value < 10 ? 0x30 + value : 0x61 + value - 10
    }

    /// A number as `JSONEncoder` writes a `Double`: its description, without a trailing `.0`.
    mutating func number(_ key: String, _ value: Double) {
        self.key(key)
        append(value)
    }

    /// An array of numbers as `JSONEncoder` writes `[Double]`: no spaces, each number as `number` writes it.
    mutating func numbers(_ key: String, _ values: [Double]) {
        list(key, values) { $0.append($1) }
    }

    /// An array, each value written by `write`, with no spaces.
    private mutating func list<Value>(_ key: String, _ values: [Value], _ write: (inout FlatJSONWriter, Value) -> Void) {
        self.key(key)
        bytes.append(0x5B)
        for (index, value) in values.enumerated() {
            if index > 0 { bytes.append(0x2C) }
            write(&self, value)
        }
        bytes.append(0x5D)
    }

    private mutating func append(_ value: Double) {
        guard value.isFinite else {
            isRepresentable = false
            return
        }
        var text = value.description
        if text.hasSuffix(".0") { text.removeLast(2) }
        bytes += text.utf8
    }

    mutating func integer(_ key: String, _ value: Int) {
        self.key(key)
        bytes += value.description.utf8
    }

    mutating func boolean(_ key: String, _ value: Bool) {
        self.key(key)
        bytes += (value ? "true" : "false").utf8
    }

    /// `value` written by `write`, or `null`.
    mutating func optional<Value>(_ key: String, _ value: Value?, _ write: (inout FlatJSONWriter, String, Value) -> Void) {
        if let value {
            write(&self, key, value)
        } else {
            self.key(key)
            bytes += "null".utf8
        }
    }

    private mutating func key(_ key: String) {
        if bytes.count > 1 { bytes.append(0x2C) }
        bytes.append(0x22)
        bytes += key.utf8
        bytes.append(0x22)
        bytes.append(0x3A)
    }
}
