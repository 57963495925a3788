import Foundation

extension ProgressRecord {
    /// The time the record carries, or nil for one without (reading positions are logged without a time).
    public var moment: Date? {
        switch self {
        case let .review(record): record.answeredAt
        case let .reading(reading): reading.at
        case let .flag(flag): flag.at
        case let .setting(setting): setting.at
        case let .undo(undo): undo.at
        case let .parameters(parameters): parameters.at
        case let .check(check): check.at
        }
    }

    /// The records of `records` that had happened by `moment`, in log order: every record dated at or before it,
    /// and every record without a time whose nearest dated record before it in the log is kept (a record without a
    /// time was written after the one before it). For a log written in time order, that is the log cut at `moment`.
    public static func happened(_ records: [ProgressRecord], by moment: Date) -> [ProgressRecord] {
        var kept: [ProgressRecord] = []
        kept.reserveCapacity(records.count)
        // Before any dated record, a record without a time belongs to the start of the log.
        var previousKept = true
        for record in records {
            if let date = record.moment { previousKept = date <= moment }
            if previousKept { kept.append(record) }
        }
        return kept
    }
}

extension LearnerProgress {
    /// The state at `moment` and the records that made it, for a report of that moment: the snapshot and every
    /// record when no moment is given or nothing in the log is dated after it, else the log replayed up to it
    /// with the scheduler `parameters` the snapshot was replayed with.
    public func state(
        at moment: Date?, parameters: FSRSParameters = .default
    ) throws -> (snapshot: ProgressSnapshot, records: [ProgressRecord]) {
        let records = try records()
        guard let moment else { return (snapshot, records) }
        let happened = ProgressRecord.happened(records, by: moment)
        if happened.count == records.count { return (snapshot, records) }
        return (ProgressSnapshot.replaying(happened, parameters: parameters), happened)
    }
}

extension ProgressSnapshot {
    /// The state at `moment`, replayed from the log: what `records` had made of it by then, nothing after it.
    public static func replaying(
        _ records: [ProgressRecord], upTo moment: Date, parameters: FSRSParameters = .default
    ) -> Self {
        replaying(ProgressRecord.happened(records, by: moment), parameters: parameters)
    }
}
