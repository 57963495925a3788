import Foundation

extension ReviewLog {
    /// A record as the line `JSONEncoder` writes for it (sorted keys, slashes unescaped, dates as seconds since
    /// 1970), written field by field; nil for a number `JSONEncoder` would refuse (NaN, infinity), left to it.
    ///
    /// Every answer is encoded while the learner waits for the next question, and `JSONEncoder` took longer than the
    /// rest of the store's work; the tests hold this to the encoder's bytes over many random records.
    static func fastEncode(_ record: ProgressRecord) -> [UInt8]? {
        var line = FlatLine()
        // Keys in the order `.sortedKeys` puts them.
        switch record {
        case let .review(review):
            line.number("answeredAt", review.answeredAt.timeIntervalSince1970)
            line.optional("confidence", review.confidence) { $0.string($1, $2.rawValue) }
            line.string("contentHash", review.contentHash)
            line.number("credit", review.credit)
            line.integer("hintsUsed", review.hintsUsed)
            line.string("kind", review.kind)
            line.number("latency", review.latency)
            line.string("mode", review.mode.rawValue)
            line.string("outcome", review.outcome.rawValue)
            line.string("questionID", review.questionID)
            line.optional("rating", review.rating) { $0.integer($1, $2.rawValue) }
            line.string("response", review.response)
        case let .reading(reading):
            line.optional("at", reading.at) { $0.number($1, $2.timeIntervalSince1970) }
            line.boolean("isComplete", reading.isComplete)
            line.string("lessonID", reading.lessonID)
            line.integer("page", reading.page)
        case let .flag(flag):
            line.number("at", flag.at.timeIntervalSince1970)
            line.string("note", flag.note)
            line.string("questionID", flag.questionID)
        case let .setting(setting):
            line.number("at", setting.at.timeIntervalSince1970)
            line.string("name", setting.name.rawValue)
        }
        line.string("type", record.type)
        line.integer("v", ProgressRecord.currentVersion)
        if case let .setting(setting) = record { line.number("value", setting.value) }
        return line.finished()
    }
}

/// One flat JSON object written as `JSONEncoder` writes it.
private struct FlatLine {
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
        bytes.append(0x22)
        for byte in value.utf8 {
            switch byte {
            case 0x22: bytes += [0x5C, 0x22]
            case 0x5C: bytes += [0x5C, 0x5C]
            case 0x08: bytes += [0x5C, 0x62]
            case 0x0C: bytes += [0x5C, 0x66]
            case 0x0A: bytes += [0x5C, 0x6E]
            case 0x0D: bytes += [0x5C, 0x72]
            case 0x09: bytes += [0x5C, 0x74]
            case 0x00..<0x20:
                let hex = Array("0123456789abcdef".utf8)
                bytes += [0x5C, 0x75, 0x30, 0x30, hex[Int(byte >> 4)], hex[Int(byte & 0x0F)]]
            default: bytes.append(byte)
            }
        }
        bytes.append(0x22)
    }

    /// A number as `JSONEncoder` writes a `Double`: its description, without a trailing `.0`.
    mutating func number(_ key: String, _ value: Double) {
        self.key(key)
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
    mutating func optional<Value>(_ key: String, _ value: Value?, _ write: (inout FlatLine, String, Value) -> Void) {
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
        bytes += [0x22, 0x3A]
    }
}
