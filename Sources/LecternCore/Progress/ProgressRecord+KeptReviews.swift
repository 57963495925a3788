import Foundation

extension ProgressRecord {
    /// The records of `records` that replay keeps, in log order: every record but the answers an `undo` took back
    /// and the `undo` lines themselves, by the rule `ProgressSnapshot` applies (an undo cancels the latest answer
    /// replayed when it names it, and otherwise counts for nothing). Replaying them gives the same state.
    public static func kept(_ records: [ProgressRecord]) -> [ProgressRecord] {
        var kept: [ProgressRecord] = []
        var latestReview: Int?
        for record in records {
            switch record {
            case .review:
                latestReview = kept.count
                kept.append(record)
            case let .undo(undo):
                if let index = latestReview, case let .review(last) = kept[index],
                    undo.names(questionID: last.questionID, answeredAt: last.answeredAt)
                {
                    kept.remove(at: index)
                    latestReview = nil
                }
            case .reading, .flag, .setting, .parameters, .check:
                kept.append(record)
            }
        }
        return kept
    }

    /// The answers replay keeps from `records`, in log order: what the optimizer trains on.
    public static func keptReviews(in records: [ProgressRecord]) -> [ReviewRecord] {
        kept(records).compactMap { record in
            guard case let .review(review) = record else { return nil }
            return review
        }
    }

    /// The answers replay keeps from records handed in one at a time, in log order, by the rule `kept` applies:
    /// only the latest answer is held back (an `undo` may still take it), so a log can be read without keeping it.
    /// `keptReviews(in:)` of the same records gives the same answers.
    struct KeptReviewStream {
        /// The latest answer taken, which a following `undo` naming it takes back.
        private var latest: ReviewRecord?

        init() {}

        /// Takes the next record, handing `keep` the answer it makes final, if any.
        mutating func take(_ record: ProgressRecord, keep: (ReviewRecord) -> Void) {
            switch record {
            case let .review(review):
                if let latest { keep(latest) }
                latest = review
            case let .undo(undo):
                if let last = latest, undo.names(questionID: last.questionID, answeredAt: last.answeredAt) {
                    latest = nil
                }
            case .reading, .flag, .setting, .parameters, .check:
                break
            }
        }

        /// Hands `keep` the answer still held back, at the end of the records.
        mutating func finish(keep: (ReviewRecord) -> Void) {
            if let latest { keep(latest) }
            latest = nil
        }
    }
}
