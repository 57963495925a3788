import Foundation

/// A learner's review log as the revlog CSV that the reference FSRS tools read (`fsrs-optimizer`, `fsrs-rs`'s
/// examples): `card_id,review_time,review_rating,review_state,review_duration`, one rated answer a row in log order.
///
/// `card_id` numbers the questions from 1 in the order of their first answer (a question id is the course author's
/// text; a number is what the tools expect). `review_time` and `review_duration` are milliseconds (since 1970, and
/// spent answering). `review_state` is the card's state before the answer, in Anki's numbering: 0 new, 1 learning,
/// 2 review, 3 relearning. Answers an `undo` took back and skipped answers (no rating) are left out, as replay
/// leaves them out of scheduling.
public enum RevlogExport {
    /// The header row.
    public static let header = "card_id,review_time,review_rating,review_state,review_duration"

    /// The CSV of `records`, replayed with `parameters` to know each card's state before each answer.
    public static func csv(_ records: [ProgressRecord], parameters: FSRSParameters = .default) -> String {
        var lines = [header]
        var cardIDs: [String: Int] = [:]
        var snapshot = ProgressSnapshot(parameters: parameters)
        for record in ProgressRecord.kept(records) {
            if case let .review(review) = record, let rating = review.rating {
                let cardID = cardIDs[review.questionID] ?? cardIDs.count + 1
                cardIDs[review.questionID] = cardID
                let state: Int
                switch snapshot.questions[review.questionID]?.card?.phase {
                case nil: state = 0
                case .learning?: state = 1
                case .review?: state = 2
                case .relearning?: state = 3
                }
                let time = Int((review.answeredAt.timeIntervalSince1970 * 1000).rounded())
                let duration = Int((review.latency * 1000).rounded())
                lines.append("\(cardID),\(time),\(rating.rawValue),\(state),\(duration)")
            }
            snapshot.apply(record, parameters: parameters)
        }
        return lines.joined(separator: "\n") + "\n"
    }
}
