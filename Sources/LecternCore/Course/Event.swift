/// An event of the article: dated at the precision the article gives, or, when the article describes a state of
/// affairs without dating it ("the Taliban are making a comeback"), an undated condition.
public struct Event: Sendable, Equatable {
    /// The stable id.
    public let id: String
    /// A short title.
    public let title: String
    /// When it happened, at the precision the article gives; nil for a condition.
    public let date: EventDate?
    /// For a condition, the time the article describes it at ("2014", "the start of the Obama administration").
    public let asOf: String?
    /// One line saying what happened.
    public let description: String
    /// The actors involved.
    public let actorIDs: [String]
    /// The paragraphs that tell of it.
    public let paragraphIDs: [String]
    /// The exact passage of one of `paragraphIDs` that gives the date; a year question is generated only from it.
    public let evidence: String?
    /// Whether the entry is a draft (`draft: true`): loaded, but no question is generated from it.
    public var isDraft = false

    /// Creates an event (with a date) or a condition (with `asOf` and no date).
    public init(
        id: String, title: String, date: EventDate?, description: String, actorIDs: [String], paragraphIDs: [String],
        asOf: String? = nil, evidence: String? = nil
    ) {
        self.id = id
        self.title = title
        self.date = date
        self.asOf = asOf
        self.description = description
        self.actorIDs = actorIDs
        self.paragraphIDs = paragraphIDs
        self.evidence = evidence
    }

    /// Whether this is an undated state of affairs rather than a dated event.
    public var isCondition: Bool { date == nil }

    /// The date as a person writes it, or "as of 2014" for a condition.
    public var when: String {
        if let date { return date.description }
        return asOf.map { "as of \($0)" } ?? "undated"
    }
}

/// A date known to a decade, year, month or day.
public struct EventDate: Sendable, Hashable, Comparable, CustomStringConvertible {
    /// How precisely a date is known.
    public enum Precision: String, Sendable, Codable {
        case decade, year, month, day
    }

    /// The year (for a decade, its first year).
    public let year: Int
    /// The month, when known.
    public let month: Int?
    /// The day, when known.
    public let day: Int?
    /// The precision the date was written at.
    public let precision: Precision

    /// Parses `1990s`, `2003`, `2013-09` or `2013-09-27`; nil for anything else or an impossible date.
    public init?(_ text: String) {
        // Int("+9") is 9: accept only the exact number of ASCII digits.
        func number(_ text: some StringProtocol, digits: Int) -> Int? {
            text.count == digits && text.allSatisfy { $0.isASCII && $0.isNumber } ? Int(text) : nil
        }
        let parts = text.split(separator: "-", omittingEmptySubsequences: false).map(String.init)
        if parts.count == 1, text.hasSuffix("0s"), let decade = number(text.dropLast(), digits: 4) {
            self.init(year: decade, month: nil, day: nil, precision: .decade)
            return
        }
        guard (1...3).contains(parts.count), let year = number(parts[0], digits: 4) else { return nil }
        var month: Int?
        var day: Int?
        if parts.count >= 2 {
            guard let value = number(parts[1], digits: 2), (1...12).contains(value) else { return nil }
            month = value
        }
        if parts.count == 3, let month {
            guard let value = number(parts[2], digits: 2),
                value >= 1, value <= EventDate.daysIn(month: month, year: year)
            else { return nil }
            day = value
        }
        let precision: Precision = day != nil ? .day : month != nil ? .month : .year
        self.init(year: year, month: month, day: day, precision: precision)
    }

    /// Creates a date from its parts.
    public init(year: Int, month: Int?, day: Int?, precision: Precision) {
        self.year = year
        self.month = month
        self.day = day
        self.precision = precision
    }

    private static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2: return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }

    private static let monthNames = [
        "January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
        "November", "December",
    ]

    /// The date as a person writes it, at its precision: `1990s`, `2003`, `September 2013`, `27 September 2013`.
    public var description: String {
        switch precision {
        case .decade: return "\(year)s"
        case .year: return "\(year)"
        case .month: return "\(EventDate.monthNames[(month ?? 1) - 1]) \(year)"
        case .day: return "\(day ?? 1) \(EventDate.monthNames[(month ?? 1) - 1]) \(year)"
        }
    }

    /// Dates sort by their earliest possible moment; a less precise date sorts first among equals.
    public static func < (lhs: EventDate, rhs: EventDate) -> Bool {
        (lhs.year, lhs.month ?? 0, lhs.day ?? 0) < (rhs.year, rhs.month ?? 0, rhs.day ?? 0)
    }
}
