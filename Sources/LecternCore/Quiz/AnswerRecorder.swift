import Foundation

/// Where a quiz session hands each answer and flag before it moves on; a durable progress store implements it.
///
/// A session calls `record` before it shows feedback or the next question. When it throws, the session keeps the
/// answer, reports the error and tries again on the learner's next line, so an answer is never lost or skipped.
public protocol AnswerRecorder: AnyObject {
    /// Stores one answer or skip; throws when it could not be stored.
    func record(_ answer: AnswerRecord) throws
    /// Stores one flag; throws when it could not be stored.
    func flag(_ flag: FlagRecord) throws
    /// Takes back `answer`, the latest one stored, at `now` (appending an undo record); throws when it could not.
    func undo(_ answer: AnswerRecord, at now: Date) throws
}
