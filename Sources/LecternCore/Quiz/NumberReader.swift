import Foundation

/// Reads a number a learner typed: digits with or without thousands separators, decimals, or English words.
///
/// Accepted: `2000`, `2,000`, `2 000`, `1.5`, `-3`, `two thousand five hundred`, `twenty-one`,
/// `one hundred and twenty`, `a thousand`, `2 thousand`, `1.5 million`. Anything else gives nil.
public enum NumberReader {
    private static let units: [String: Double] = [
        "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
    ]
    private static let teens: [String: Double] = [
        "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16,
        "seventeen": 17, "eighteen": 18, "nineteen": 19,
    ]
    private static let tens: [String: Double] = [
        "twenty": 20, "thirty": 30, "forty": 40, "fourty": 40, "fifty": 50, "sixty": 60, "seventy": 70,
        "eighty": 80, "ninety": 90,
    ]
    private static let scales: [String: Double] = [
        "thousand": 1_000, "million": 1_000_000, "billion": 1_000_000_000,
    ]

    /// The number in `text`, or nil when it is not one number.
    public static func read(_ text: String) -> Double? {
        let trimmed = text.trimmingCharacters(in: .whitespacesAndNewlines)
        guard !trimmed.isEmpty else { return nil }
        if let value = digits(trimmed) { return value }
        return words(trimmed.lowercased())
    }

    /// Digits, optionally signed, grouped in threes by commas or spaces, with an optional decimal part.
    static func digits(_ text: String) -> Double? {
        var body = Substring(text)
        var sign = 1.0
        if let first = body.first, first == "-" || first == "−" || first == "+" {
            sign = first == "+" ? 1 : -1
            body = body.dropFirst()
        }
        let pieces = body.split(separator: ".", omittingEmptySubsequences: false)
        guard (1...2).contains(pieces.count) else { return nil }
        let whole = pieces[0]
        let separators: Set<Character> = [",", " ", "\u{00A0}", "\u{202F}", "_"]
        let groups = whole.split(omittingEmptySubsequences: false) { separators.contains($0) }
        guard let firstGroup = groups.first, !firstGroup.isEmpty,
            groups.allSatisfy({ !$0.isEmpty && $0.allSatisfy(\.isASCIIDigit) })
        else { return nil }
        if groups.count > 1 {
            guard firstGroup.count <= 3, groups.dropFirst().allSatisfy({ $0.count == 3 }) else { return nil }
        }
        var literal = groups.joined()
        if pieces.count == 2 {
            guard !pieces[1].isEmpty, pieces[1].allSatisfy(\.isASCIIDigit) else { return nil }
            literal += "." + pieces[1]
        }
        return Double(literal).map { $0 * sign }
    }

    /// Whether a word can be part of a number written in words ("twenty-one", "thousand", "and").
    static func isNumberWord(_ word: String) -> Bool {
        word.split(separator: "-").allSatisfy { part in
            let token = String(part)
            return units[token] != nil || teens[token] != nil || tens[token] != nil || scales[token] != nil
                || ["hundred", "and", "a", "an"].contains(token)
        }
    }

    private enum Last { case start, unit, teen, tens, hundred, scale, numeral }

    /// English number words, with digits allowed before a scale word ("2 thousand").
    static func words(_ text: String) -> Double? {
        let tokens = text.split { $0 == " " || $0 == "-" || $0 == "," }.map(String.init)
        guard !tokens.isEmpty else { return nil }
        var total = 0.0
        var group = 0.0
        var last = Last.start
        var lastScale = Double.infinity
        var sawNumber = false
        for (index, token) in tokens.enumerated() {
            let atGroupStart = last == .start || last == .scale
            if token == "and" {
                guard last == .hundred || last == .scale, index + 1 < tokens.count else { return nil }
                continue
            }
            if token == "a" || token == "an" {
                // "a thousand", "a hundred": only as the first word of a group, before a scale.
                guard atGroupStart, index + 1 < tokens.count,
                    tokens[index + 1] == "hundred" || scales[tokens[index + 1]] != nil
                else { return nil }
                group = 1
                last = .unit
                continue
            }
            if let value = units[token] {
                guard atGroupStart || last == .tens || last == .hundred else { return nil }
                group += value
                last = .unit
            } else if let value = teens[token] {
                guard atGroupStart || last == .hundred else { return nil }
                group += value
                last = .teen
            } else if let value = tens[token] {
                guard atGroupStart || last == .hundred else { return nil }
                group += value
                last = .tens
            } else if token == "hundred" {
                guard last == .unit || last == .teen || last == .numeral, group < 100, group > 0 else { return nil }
                group *= 100
                last = .hundred
            } else if let scale = scales[token] {
                guard last != .start, last != .scale, group > 0, scale < lastScale else { return nil }
                total += group * scale
                group = 0
                lastScale = scale
                last = .scale
            } else if let value = digits(token) {
                guard atGroupStart, value >= 0 else { return nil }
                group += value
                last = .numeral
            } else {
                return nil
            }
            sawNumber = true
        }
        // A bare numeral is handled by `digits`; here one must be followed by a word ("2 thousand").
        guard sawNumber, !(tokens.count == 1 && last == .numeral) else { return nil }
        return total + group
    }
}

extension Character {
    /// An ASCII digit 0-9 (not any Unicode number).
    var isASCIIDigit: Bool { isASCII && isNumber }
}

extension NumberReader {
    /// Whether the answer of a number question is a year: a whole number from 1000 to 2100 with no unit.
    public static func isYear(_ answer: Double, unit: String?) -> Bool {
        (unit ?? "").isEmpty && answer == answer.rounded() && (1000...2100).contains(answer)
    }

    /// A number as shown to a learner: a year as its digits ("2001"); any other number as `format(_:)` writes it.
    public static func format(_ value: Double, asYear: Bool) -> String {
        asYear && value == value.rounded() && abs(value) < 1e15 ? String(Int(value)) : format(value)
    }

    /// A number as shown to a learner: thousands separated by commas, at most three decimals, no trailing zeros.
    public static func format(_ value: Double) -> String {
        guard value.isFinite else { return String(value) }
        let negative = value < 0
        let magnitude = abs(value)
        let whole: Double
        let fraction: Int
        if magnitude < 9e12 {
            let scaled = (magnitude * 1000).rounded()
            whole = (scaled / 1000).rounded(.down)
            fraction = Int(scaled - whole * 1000)
        } else {
            // Thousandths are exact only below 2^53 / 1000, and 1000 times a number near the largest Double is
            // infinite: a number this large is shown whole.
            whole = magnitude.rounded()
            fraction = 0
        }
        var digits = String(format: "%.0f", whole)
        var grouped = ""
        while digits.count > 3 {
            grouped = "," + digits.suffix(3) + grouped
            digits = String(digits.dropLast(3))
        }
        grouped = digits + grouped
        if fraction > 0 {
            var decimals = String(fraction)
            decimals = String(repeating: "0", count: 3 - decimals.count) + decimals
            while decimals.hasSuffix("0") { decimals.removeLast() }
            grouped += "." + decimals
        }
        return (negative && (whole > 0 || fraction > 0) ? "-" : "") + grouped
    }
}
