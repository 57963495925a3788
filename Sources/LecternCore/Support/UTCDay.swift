import Foundation

/// A calendar day in UTC, counted from 1970-01-01, written `yyyy-MM-dd`: the key of per-day activity.
///
/// Computed with integer arithmetic (no `DateFormatter`, no time zone database), so replaying a long log stays fast
/// and the same moment always falls on the same day wherever the report runs.
public struct UTCDay: Sendable, Hashable, Comparable, CustomStringConvertible {
    /// Days since 1970-01-01 (negative before it).
    public let number: Int

    /// The day with this number.
    public init(number: Int) {
        self.number = number
    }

    /// The UTC day holding `date`.
    public init(_ date: Date) {
        // Saturating: dates come from files a person can edit, and an absurd one must not trap.
        number = Int(saturating: (date.timeIntervalSince1970 / 86_400).rounded(.down))
    }

    /// Reads `yyyy-MM-dd`; nil for anything else.
    public init?(_ text: String) {
        // The usual `dddd-dd-dd` straight from its bytes (a class report reads hundreds of thousands of day keys);
        // anything else takes the general reading below.
        let fast: Int? = text.utf8.withContiguousStorageIfAvailable { bytes in
            guard bytes.count == 10, bytes[4] == UInt8(ascii: "-"), bytes[7] == UInt8(ascii: "-") else { return nil }
            var fields = (0, 0, 0)
            for (offset, byte) in bytes.enumerated() where offset != 4 && offset != 7 {
                guard byte >= UInt8(ascii: "0"), byte <= UInt8(ascii: "9") else { return nil }
                let digit = Int(byte - UInt8(ascii: "0"))
                switch offset {
                case 0..<4: fields.0 = fields.0 * 10 + digit
                case 5..<7: fields.1 = fields.1 * 10 + digit
                default: fields.2 = fields.2 * 10 + digit
                }
            }
            guard (1...12).contains(fields.1), (1...31).contains(fields.2) else { return nil }
            return Self.days(year: fields.0, month: fields.1, day: fields.2)
        } ?? nil
        if let fast {
            number = fast
            return
        }
        let parts = text.split(separator: "-")
        guard text.count == 10, parts.count == 3, let year = Int(parts[0]), let month = Int(parts[1]),
            let day = Int(parts[2]), (1...12).contains(month), (1...31).contains(day)
        else { return nil }
        number = Self.days(year: year, month: month, day: day)
    }

    /// Midnight UTC at the start of the day.
    public var start: Date { Date(timeIntervalSince1970: Double(number) * 86_400) }

    /// The day `count` days later (earlier when negative).
    public func adding(_ count: Int) -> UTCDay { UTCDay(number: number + count) }

    /// 0 for Monday … 6 for Sunday (1970-01-01 was a Thursday).
    public var weekday: Int { ((number % 7) + 7 + 3) % 7 }

    /// Year, month and day of month.
    public var components: (year: Int, month: Int, day: Int) {
        // Howard Hinnant's civil_from_days.
        let z = number + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let doe = z - era * 146_097
        let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
        let mp = (5 * doy + 2) / 153
        let day = doy - (153 * mp + 2) / 5 + 1
        let month = mp < 10 ? mp + 3 : mp - 9
        return (yoe + era * 400 + (month <= 2 ? 1 : 0), month, day)
    }

    /// `yyyy-MM-dd`.
    public var description: String {
        let (year, month, day) = components
        // Replaying a log names the day of every answer: write the usual ten bytes at once.
        if (0...9999).contains(year) {
            return String(unsafeUninitializedCapacity: 10) { text in
                func put(_ value: Int, at index: Int) {
                    text[index] = 0x30 + UInt8(value / 10)
                    text[index + 1] = 0x30 + UInt8(value % 10)
                }
                put(year / 100, at: 0)
                put(year % 100, at: 2)
                text[4] = 0x2D
                put(month, at: 5)
                text[7] = 0x2D
                put(day, at: 8)
                return 10
            }
        }
        func two(_ value: Int) -> String { value < 10 ? "0\(value)" : "\(value)" }
        let digits = String(year)
        return String(repeating: "0", count: max(0, 4 - digits.count)) + digits + "-\(two(month))-\(two(day))"
    }

    /// `2025-03-01T09:00:00Z`: `date` in UTC to the second, as `ISO8601DateFormatter` writes it by default, without
    /// a formatter (making one costs more than the rest of opening a learner's files).
    public static func timestamp(_ date: Date) -> String {
        let seconds = Int(saturating: date.timeIntervalSince1970.rounded(.down))
        let day = UTCDay(number: seconds >= 0 ? seconds / 86_400 : (seconds - 86_399) / 86_400)
        let time = seconds - day.number * 86_400
        func two(_ value: Int) -> String { value < 10 ? "0\(value)" : "\(value)" }
        return "\(day)T\(two(time / 3600)):\(two(time / 60 % 60)):\(two(time % 60))Z"
    }

    /// Orders days in time.
    public static func < (lhs: UTCDay, rhs: UTCDay) -> Bool { lhs.number < rhs.number }

    /// Howard Hinnant's days_from_civil.
    private static func days(year: Int, month: Int, day: Int) -> Int {
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yoe = y - era * 400
        let doy = (153 * (month > 2 ? month - 3 : month + 9) + 2) / 5 + day - 1
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy
        return era * 146_097 + doe - 719_468
    }
}
