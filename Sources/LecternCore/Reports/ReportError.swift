import Foundation

/// Why a report was not made.
public enum ReportError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The moment asked for (`--now`) is before answers the learner had already given: the snapshot holds the state
    /// after every answer, so a report of that moment would count answers that had not happened yet.
    case momentBeforeHistory(now: Date, latestAnswer: Date)

    /// The user-facing explanation.
    public var description: String {
        switch self {
        case let .momentBeforeHistory(now, latest):
            return "cannot report on \(Self.moment(now)): this learner's latest answer is from \(Self.moment(latest)),"
                + " and a report never counts answers from after its moment; give a --now from then on, or leave it out"
        }
    }

    /// `2026-12-02 10:15:03 UTC`.
    static func moment(_ date: Date) -> String {
        date.formatted(.iso8601).replacingOccurrences(of: "T", with: " ").replacingOccurrences(of: "Z", with: " UTC")
    }
}

extension LearnerReport {
    /// The time of the latest answer the snapshot counts, or nil before any.
    public static func latestAnswer(in snapshot: ProgressSnapshot) -> Date? {
        snapshot.questions.values.compactMap(\.lastAnsweredAt).max()
    }

    /// Refuses to report on `now` when the snapshot holds answers given after it.
    public static func check(moment now: Date, snapshot: ProgressSnapshot) throws(ReportError) {
        if let latest = latestAnswer(in: snapshot), latest > now {
            throw .momentBeforeHistory(now: now, latestAnswer: latest)
        }
    }
}
