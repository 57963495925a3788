import Foundation

/// Learners' flags on questions, for the author: which question, where it is written, which paragraphs it cites,
/// the learner's note, who flagged it and when. Read from snapshots only.
public struct FlagList: Sendable {
    /// One flag raised by one learner.
    public struct Entry: Sendable, Equatable {
        /// The flagged question's id.
        public let questionID: String
        /// Where the question is written (`file:line`), or nil when it is generated without one or no longer exists.
        public let source: String?
        /// The paragraphs the question cites (none when it is no longer in the course).
        public let paragraphIDs: [String]
        /// Whether the question is still in the course's bank.
        public let inCourse: Bool
        /// What the learner wrote (may be empty).
        public let note: String
        /// The learner's folder name, or nil for a learner with no name (the read-only fallback).
        public let learner: String?
        /// When it was flagged.
        public let at: Date
    }

    /// Every flag, oldest first (one moment's flags by learner, then in the order they were raised).
    public let entries: [Entry]
    /// Learner folders that could not be read, with the reason.
    public let skipped: [ClassRoster.Skipped]

    /// The flags of `learners` (name and snapshot) on the questions of `bank`.
    public init(learners: [(name: String?, snapshot: ProgressSnapshot)], bank: QuestionBank, skipped: [ClassRoster.Skipped] = []) {
        self.init(flags: learners.map { (name: $0.name, flags: $0.snapshot.flags) }, bank: bank, skipped: skipped)
    }

    /// The flags of learners (name and flags raised) on the questions of `bank`.
    public init(flags learners: [(name: String?, flags: [ProgressRecord.Flag])], bank: QuestionBank, skipped: [ClassRoster.Skipped] = []) {
        var entries: [Entry] = []
        for (name, flags) in learners {
            for flag in flags {
                let question = bank.question(flag.questionID)
                entries.append(Entry(
                    questionID: flag.questionID, source: question?.source?.description,
                    paragraphIDs: question?.paragraphIDs ?? [], inCourse: question != nil, note: flag.note,
                    learner: name, at: flag.at))
            }
        }
        self.entries = entries.enumerated().sorted { lhs, rhs in
            (lhs.element.at, lhs.offset) < (rhs.element.at, rhs.offset)
        }.map(\.element)
        self.skipped = skipped
    }

    /// The flags of every learner of a class folder, read as the class report reads them (`ClassRoster`).
    public static func read(directory: URL, bank: QuestionBank) throws(ProgressError) -> FlagList {
        let roster = try ClassRoster.read(directory: directory)
        return FlagList(
            learners: roster.members.map { (name: $0.name, snapshot: $0.snapshot) }, bank: bank, skipped: roster.skipped)
    }

    /// One line per flag, `date  learner  id  file:line  paragraphs: note`, then the folders left out; every piece
    /// that came from a file is neutralised.
    public var text: DisplayText {
        var text: DisplayText = ""
        let learners = Set(entries.map { $0.learner ?? "" }).count
        if entries.isEmpty {
            text += "No flags."
        } else {
            text += "\(entries.count) flag\(entries.count == 1 ? "" : "s") from \(learners) learner\(learners == 1 ? "" : "s"):"
        }
        for entry in entries {
            let place = entry.inCourse ? (entry.source ?? "generated") : "no longer in the course"
            let paragraphs = entry.paragraphIDs.isEmpty ? "-" : entry.paragraphIDs.joined(separator: ",")
            let note = entry.note.isEmpty ? "(no note)" : entry.note
            text += "\n\(UTCDay(entry.at).description)  \(entry.learner ?? "(this learner)")  \(entry.questionID)  \(place)  \(paragraphs): \(note)"
        }
        for skipped in skipped {
            text += "\nnot read: \(skipped.name): \(skipped.reason)"
        }
        return text
    }
}
