import Foundation

/// Anki's "true retention" table, with the share FSRS predicted beside the share recalled.
///
/// As in Anki (`rslib/src/stats/graphs/retention.rs`), only reviews that come a day or more after the question's
/// previous answer count (same-day learning steps do not), an answer other than Again is a pass, and the reviews
/// are grouped by period (today, yesterday, the last 7, 30 and 365 days including today, and all time; UTC days)
/// and by interval: **young** when the question had gone less than 21 days since its previous answer, **mature**
/// at 21 days or more. Anki takes the interval the card was scheduled for; Lectern takes the days that actually
/// passed, the interval its prediction is made for. For each cell: the reviews, how many were recalled, and the
/// mean recall the scheduler's weights predicted for them.
public struct TrueRetention: Sendable, Equatable, Codable {
    /// Where young intervals end: 21 days, as in Anki.
    public static let matureDays = 21

    /// The reviews of one cell.
    public struct Cell: Sendable, Equatable, Codable {
        /// Reviews counted.
        public var reviews = 0
        /// Of those, recalled (any rating but Again).
        public var recalled = 0
        /// The mean predicted recall of those reviews; nil without reviews.
        public var predicted: Double?

        /// The share recalled; nil without reviews.
        public var recalledShare: Double? { reviews == 0 ? nil : Double(recalled) / Double(reviews) }

        /// An empty cell.
        public init() {}

        mutating func add(recalled isRecalled: Bool, predicted probability: Double) {
            let sum = (predicted ?? 0) * Double(reviews) + probability
            reviews += 1
            recalled += isRecalled ? 1 : 0
            predicted = sum / Double(reviews)
        }
    }

    /// One period: its young, mature and all reviews.
    public struct Row: Sendable, Equatable, Codable {
        /// `today`, `yesterday`, `week` (7 days), `month` (30), `year` (365) or `all`, as Anki names them.
        public let period: String
        /// Reviews after an interval under 21 days.
        public var young = Cell()
        /// Reviews after an interval of 21 days or more.
        public var mature = Cell()
        /// Both.
        public var total = Cell()

        /// What a reader sees for the period.
        public var title: String {
            switch period {
            case "today": "Today"
            case "yesterday": "Yesterday"
            case "week": "Last 7 days"
            case "month": "Last 30 days"
            case "year": "Last 365 days"
            default: "All time"
            }
        }
    }

    /// The periods, today first, all time last.
    public let rows: [Row]

    /// The table for the answers `records` keep, predicted with `weights`, for the UTC day of `now`.
    public static func of(_ records: [ReviewRecord], weights: [Double], now: Date) throws(SchedulingError) -> TrueRetention {
        let (set, answeredAt) = FSRSTrainingSet.build(records: records)
        let replay = FSRSReplay(set, scheduler: FSRSScheduler(parameters: try FSRSParameters(weights: weights)))
        let day = 86_400.0
        let tomorrow = (now.timeIntervalSince1970 / day).rounded(.down) * day + day
        let periods: [(String, Double, Double)] = [
            ("today", tomorrow - day, tomorrow), ("yesterday", tomorrow - 2 * day, tomorrow - day),
            ("week", tomorrow - 7 * day, tomorrow), ("month", tomorrow - 30 * day, tomorrow),
            ("year", tomorrow - 365 * day, tomorrow), ("all", -Double.infinity, tomorrow),
        ]
        var rows = periods.map { Row(period: $0.0) }
        for (item, date) in zip(set.items, answeredAt) {
            let moment = date.timeIntervalSince1970
            let isRecalled = set.isRecalled(item)
            let predicted = replay.retrievability(item)
            let isYoung = set.histories[item.history][item.index].elapsedDays < matureDays
            for (index, period) in periods.enumerated() where moment >= period.1 && moment < period.2 {
                rows[index].total.add(recalled: isRecalled, predicted: predicted)
                if isYoung {
                    rows[index].young.add(recalled: isRecalled, predicted: predicted)
                } else {
                    rows[index].mature.add(recalled: isRecalled, predicted: predicted)
                }
            }
        }
        return TrueRetention(rows: rows)
    }
}
