import Foundation

/// Dates written in an article's text, at the precision the text gives: a day ("27 September 2013", "September 27,
/// 2013", "2013-09-27"), a month ("September 2013"), a year ("2001") or a decade ("the 1990s").
enum DateFinder {
    /// A date found in a sentence: where it is written and the course format's form of it (`2013-09-27`,
    /// `2013-09`, `2013`, `1990s`).
    struct Found: Equatable {
        let range: Range<Substring.Index>
        let date: String
        /// The year it falls in (a decade's first year).
        let year: Int
    }

    static let months: [(names: [String], number: Int)] = [
        (["January", "Jan"], 1), (["February", "Feb"], 2), (["March", "Mar"], 3), (["April", "Apr"], 4),
        (["May"], 5), (["June", "Jun"], 6), (["July", "Jul"], 7), (["August", "Aug"], 8),
        (["September", "Sept", "Sep"], 9), (["October", "Oct"], 10), (["November", "Nov"], 11),
        (["December", "Dec"], 12),
    ]
    /// Every month name and abbreviation, for other finders to leave alone.
    static let monthNames: Set<String> = Set(months.flatMap(\.names))

    private static let month = "(" + months.flatMap(\.names).sorted { $0.count > $1.count }.joined(separator: "|") + ")\\.?"
    private static let patterns: [(NSRegularExpression, Precision)] = [
        (#"\b(\d{4})-(\d{2})-(\d{2})\b"#, .isoDay),
        (#"\b(\d{1,2}) "# + month + #",? (\d{4})\b"#, .dayMonthYear),
        (#"\b"# + month + #" (\d{1,2}),? (\d{4})\b"#, .monthDayYear),
        (#"\b"# + month + #",? (\d{4})\b"#, .monthYear),
        (#"\b(1[0-9]|20)(\d)0s\b"#, .decade),
        (#"(?<![\d,.])\b(1[5-9]\d\d|20\d\d)\b(?![\d,]\d|%)"#, .year),
    ].compactMap { pattern, precision in
        (try? NSRegularExpression(pattern: pattern)).map { ($0, precision) }
    }

    private enum Precision { case isoDay, dayMonthYear, monthDayYear, monthYear, decade, year }

    /// The dates of `sentence`, in the order written; a year inside a fuller date is part of that date.
    static func dates(in sentence: Substring) -> [Found] {
        let text = String(sentence)
        let whole = NSRange(text.startIndex..., in: text)
        var found: [Found] = []
        for (regex, precision) in patterns {
            for match in regex.matches(in: text, range: whole) {
                guard let range = Range(match.range, in: text) else { continue }
                let lower = sentence.index(sentence.startIndex, offsetBy: text.distance(from: text.startIndex, to: range.lowerBound))
                let upper = sentence.index(lower, offsetBy: text.distance(from: range.lowerBound, to: range.upperBound))
                guard !found.contains(where: { $0.range.overlaps(lower..<upper) }) else { continue }
                func group(_ index: Int) -> String {
                    Range(match.range(at: index), in: text).map { String(text[$0]) } ?? ""
                }
                if let date = form(precision, group) { found.append(Found(range: lower..<upper, date: date.text, year: date.year)) }
            }
        }
        return found.sorted { $0.range.lowerBound < $1.range.lowerBound }
    }

    /// Every year `text` writes as a word (not inside a longer number), for the article's year.
    static func years(in text: String) -> [Int] {
        SentenceSplitter.sentences(text).flatMap { dates(in: $0).filter { !$0.date.hasSuffix("s") }.map(\.year) }
    }

    private static func form(_ precision: Precision, _ group: (Int) -> String) -> (text: String, year: Int)? {
        func monthNumber(_ name: String) -> Int? { months.first { $0.names.contains(name) }?.number }
        func day(_ year: String, _ month: Int?, _ day: String) -> (String, Int)? {
            guard let yearNumber = Int(year), let month, let dayNumber = Int(day), (1...31).contains(dayNumber) else { return nil }
            return (String(format: "%04d-%02d-%02d", yearNumber, month, dayNumber), yearNumber)
        }
        switch precision {
        case .isoDay:
            guard let month = Int(group(2)), (1...12).contains(month) else { return nil }
            return day(group(1), month, group(3))
        case .dayMonthYear: return day(group(3), monthNumber(group(2)), group(1))
        case .monthDayYear: return day(group(3), monthNumber(group(1)), group(2))
        case .monthYear:
            guard let year = Int(group(2)), let month = monthNumber(group(1)) else { return nil }
            return (String(format: "%04d-%02d", year, month), year)
        case .decade:
            guard let year = Int(group(1) + group(2) + "0") else { return nil }
            return ("\(year)s", year)
        case .year:
            return Int(group(1)).map { (group(1), $0) }
        }
    }
}
