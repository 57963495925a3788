import Foundation
import Testing

@testable import LecternCore

/// The JSON reader's numbers, read from their bytes without a `String`, are the very bits `Double(String)` and
/// `Int(String)` give, on every path: the exact fast path, 128-bit division and multiplication, and the rare ones
/// left to the standard library.
@Suite struct JSONNumberTests {
    /// What the parser reads for `text` as a whole document.
    private func read(_ text: String) -> JSONNumber? {
        Array(text.utf8).withUnsafeBufferPointer { bytes in
            var scanner = JSONScanner(bytes)
            guard let number = scanner.number(), scanner.isAtEnd() else { return nil }
            return number
        }
    }

    /// The parser reads `text` to the bits `Double(text)` gives and to `Int(text)` when written as digits only, or
    /// refuses it when that `Double` is not finite or a nonzero mantissa underflowed to zero.
    private func expectSameAsStandardLibrary(_ text: String, sourceLocation: Testing.SourceLocation = #_sourceLocation) {
        let number = read(text)
        let expected = Double(text)
        let mantissa = text.lowercased().prefix { $0 != "e" }
        guard let expected, expected.isFinite, expected != 0 || !mantissa.contains(where: { ("1"..."9").contains($0) })
        else {
            #expect(number == nil, "\(text)", sourceLocation: sourceLocation)
            return
        }
        #expect(number?.double.bitPattern == expected.bitPattern, "\(text)", sourceLocation: sourceLocation)
        let isInteger = !text.contains { $0 == "." || $0 == "e" || $0 == "E" }
        #expect(number?.integer == (isInteger ? Int(text) : nil), "\(text)", sourceLocation: sourceLocation)
    }

    @Test func shortestSpellingsOfRandomDoublesReadToTheirBits() {
        var rng = SplitMix64(seed: 11)
        for _ in 0..<20_000 {
            let value = Double(bitPattern: rng.next())
            guard value.isFinite else { continue }
            expectSameAsStandardLibrary("\(value)")
            #expect(read("\(value)")?.double.bitPattern == value.bitPattern)
        }
        // The values a snapshot holds: dates near 8e8 seconds, stabilities, difficulties and retentions.
        for _ in 0..<20_000 {
            let value = Double.random(in: 0..<1e9, using: &rng) / [1, 1e3, 1e6, 1e9][Int.random(in: 0..<4, using: &rng)]
            expectSameAsStandardLibrary("\(value)")
            expectSameAsStandardLibrary("-\(value)")
        }
    }

    @Test func decimalsOfUpToNineteenDigitsAtEveryPowerReadAsTheStandardLibraryReadsThem() {
        var rng = SplitMix64(seed: 12)
        for _ in 0..<40_000 {
            let count = Int.random(in: 1...19, using: &rng)
            var digits = String(Int.random(in: 1...9, using: &rng))
            for _ in 1..<count { digits += String(Int.random(in: 0...9, using: &rng)) }
            let point = Int.random(in: 0...count, using: &rng)
            let mantissa = point == count
                ? digits : String(digits.prefix(point).isEmpty ? "0" : digits.prefix(point)) + "." + digits.dropFirst(point)
            expectSameAsStandardLibrary(mantissa)
            let exponent = Int.random(in: -30...30, using: &rng)
            expectSameAsStandardLibrary("\(mantissa)e\(exponent)")
            expectSameAsStandardLibrary("-0.\(String(repeating: "0", count: Int.random(in: 0...6, using: &rng)))\(digits)")
        }
    }

    @Test func halfwayValuesRoundToEven() {
        // 2^53 + 1 and + 3 lie halfway between two Doubles: ties go to the even significand.
        for text in [
            "9007199254740993", "9007199254740995", "9007199254740993.0000000001", "4503599627370497.5",
            "4503599627370498.5", "45035996273704975e-1", "1e23", "8.98846567431158e307", "0.1", "0.30000000000000004",
            "9223372036854775807", "9223372036854775808", "-9223372036854775808", "-9223372036854775809",
            "18446744073709551615", "18446744073709551616", "9999999999999999999", "10000000000000000000",
            "2.2250738585072014e-308", "4.9e-324", "1.7976931348623157e308", "123456789012345678e-22",
            "123456789012345678e-23", "12345678901234567890e-5", "1e-22", "1e22", "9007199254740993e19",
            "9007199254740993e20", "0.000000000000000000000000000001", "-0", "-0.0", "0e400", "-0e-400",
        ] {
            expectSameAsStandardLibrary(text)
        }
    }

    @Test func numbersThatAreNotFiniteOrUnderflowAreLeftToTheDecoder() {
        for text in ["1e400", "-1e400", "1e-400", "123456789012345678901234567890e-400", "1e99999999999"] {
            #expect(read(text) == nil, "\(text)")
            expectSameAsStandardLibrary(text)
        }
    }
}
