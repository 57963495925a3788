import Foundation

/// A JSON number: its nearest `Double`, and its exact value as an `Int` when written as digits only and in range.
struct JSONNumber: Sendable, Equatable {
    /// The nearest `Double`, correctly rounded like `Double(String)`.
    let double: Double
    /// The value when the number is written without fraction or exponent and fits in `Int`.
    let integer: Int?
}

extension JSONScanner {
    /// A number in JSON's grammar with its `Double` (correctly rounded, as `Double(String)` gives it) and its `Int`
    /// when it is written as digits only and fits; nil when it is not a number, not finite or underflows.
    mutating func number() -> JSONNumber? {
        guard let token = numberToken(), let double = double(of: token) else { return nil }
        return JSONNumber(double: double, integer: integer(of: token))
    }

    /// A number written as digits only that fits in `Int`; nil for anything else (`1.0` and `1e2` included).
    mutating func int() -> Int? {
        guard let token = numberToken(), let value = integer(of: token) else { return nil }
        return value
    }

    /// A number's correctly rounded `Double`; nil when it is not a number, not finite or underflows.
    mutating func double() -> Double? {
        guard let token = numberToken() else { return nil }
        return double(of: token)
    }

    /// What a number's text says, read in one pass.
    private struct NumberToken {
        let range: Range<Int>
        let isNegative: Bool
        /// No fraction and no exponent.
        let isInteger: Bool
        /// The significant digits as an integer, when there are at most 19 of them (so they fit in `UInt64`).
        let digits: UInt64?
        /// The power of ten `digits` is scaled by (when under a million in size).
        let power: Int
    }

    private mutating func numberToken() -> NumberToken? {
        skipSpace()
        let start = index
        guard index < bytes.count else { return nil }
        let isNegative = bytes[index] == UInt8(ascii: "-")
        if isNegative { index += 1 }
        var digits: UInt64 = 0
        var significant = 0
        var isExact = true
        func add(_ byte: UInt8) {
            let digit = UInt64(byte &- UInt8(ascii: "0"))
            // Leading zeros are not significant; past 19 digits `UInt64` may overflow.
            if digits == 0 && digit == 0 { return }
            if significant == 19 {
                isExact = false
                return
            }
            digits = digits &* 10 &+ digit
            significant += 1
        }
        guard index < bytes.count else { return nil }
        if bytes[index] == UInt8(ascii: "0") {
            index += 1
        } else {
            guard isDigit(bytes[index]) else { return nil }
            while index < bytes.count, isDigit(bytes[index]) {
                add(bytes[index])
                index += 1
            }
        }
        var fractionDigits = 0
        var isInteger = true
        if index < bytes.count, bytes[index] == UInt8(ascii: ".") {
            isInteger = false
            index += 1
            guard index < bytes.count, isDigit(bytes[index]) else { return nil }
            while index < bytes.count, isDigit(bytes[index]) {
                add(bytes[index])
                fractionDigits += 1
                index += 1
            }
        }
        var exponent = 0
        if index < bytes.count, bytes[index] == UInt8(ascii: "e") || bytes[index] == UInt8(ascii: "E") {
            isInteger = false
            index += 1
            var isNegativeExponent = false
            if index < bytes.count, bytes[index] == UInt8(ascii: "+") || bytes[index] == UInt8(ascii: "-") {
                isNegativeExponent = bytes[index] == UInt8(ascii: "-")
                index += 1
            }
            guard index < bytes.count, isDigit(bytes[index]) else { return nil }
            while index < bytes.count, isDigit(bytes[index]) {
                // Saturates: a huge exponent takes the general reading below anyway.
                if exponent < 1_000_000 { exponent = exponent * 10 + Int(bytes[index] - UInt8(ascii: "0")) }
                index += 1
            }
            if isNegativeExponent { exponent = -exponent }
        }
        return NumberToken(
            range: start..<index, isNegative: isNegative, isInteger: isInteger, digits: isExact ? digits : nil,
            power: exponent - fractionDigits)
    }

    private func isDigit(_ byte: UInt8) -> Bool {
        byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9")
    }

    private func integer(of token: NumberToken) -> Int? {
        guard token.isInteger, let digits = token.digits else { return nil }
        if token.isNegative {
            guard digits <= UInt64(Int.max) + 1 else { return nil }
            return Int(truncatingIfNeeded: 0 &- digits)
        }
        guard digits <= UInt64(Int.max) else { return nil }
        return Int(digits)
    }

    private func double(of token: NumberToken) -> Double? {
        guard let digits = token.digits else { return parseDouble(token.range) }
        let power = token.power
        let magnitude: Double
        if digits == 0 {
            magnitude = 0
        } else if digits <= 1 << 53, (-22...22).contains(power) {
            // Clinger's fast path: the digits and a power of ten up to 22 are both exact Doubles, so one
            // multiplication or division rounds correctly, to the same value as strtod.
            magnitude = power < 0
                ? Double(digits) / Self.exactPowersOfTen[-power] : Double(digits) * Self.exactPowersOfTen[power]
        } else if (-22 ... -1).contains(power) {
            // digits / 10^k exactly: the digits shifted to the top of 128 bits, divided; the quotient has at least
            // 54 bits (10^22 < 2^74), enough to round to 53 with the remainder as the sticky bit.
            let shift = 64 + digits.leadingZeroBitCount
            let numerator = UInt128(digits) << shift
            let (quotient, remainder) = numerator.quotientAndRemainder(dividingBy: Self.powersOfTen128[-power])
            magnitude = Self.rounded(quotient, isInexact: remainder != 0, exponent: -shift)
        } else if (0...19).contains(power) {
            // Under 2^64 times 10^19 < 2^64: the product is exact in 128 bits.
            magnitude = Self.rounded(UInt128(digits) * Self.powersOfTen128[power], isInexact: false, exponent: 0)
        } else {
            return parseDouble(token.range)
        }
        return token.isNegative ? -magnitude : magnitude
    }

    /// `value × 2^exponent` rounded to the nearest `Double`, ties to even; `isInexact` says the true value is a
    /// little above `value` (a nonzero remainder). `value` has at least 54 bits when inexact.
    private static func rounded(_ value: UInt128, isInexact: Bool, exponent: Int) -> Double {
        let width = UInt128.bitWidth - value.leadingZeroBitCount
        guard width > 53 else { return Double(sign: .plus, exponent: exponent, significand: Double(UInt64(value))) }
        var shift = width - 53
        var significand = UInt64(truncatingIfNeeded: value >> shift)
        let rest = value & ((1 << shift) - 1)
        let half = UInt128(1) << (shift - 1)
        if rest > half || (rest == half && (isInexact || significand & 1 == 1)) {
            significand += 1
            if significand == 1 << 53 {
                significand >>= 1
                shift += 1
            }
        }
        return Double(sign: .plus, exponent: exponent + shift, significand: Double(significand))
    }

    private static let exactPowersOfTen: [Double] = [
        1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15, 1e16, 1e17, 1e18, 1e19,
        1e20, 1e21, 1e22,
    ]
    private static let powersOfTen128: [UInt128] = (0...22).map { power in
        (0..<power).reduce(UInt128(1)) { product, _ in product * 10 }
    }

    /// The text's `Double` through the standard library, for the rare numbers the exact paths above do not take;
    /// nil when it is not finite or a nonzero mantissa underflowed to zero.
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
