/// How far a learner has read in one lesson.
public struct LessonPosition: Sendable, Equatable, Codable {
    /// The 0-based page being read: a section, or `sections.count` for the closing page.
    public var page: Int
    /// Whether the learner has reached the end of the lesson at least once.
    public var isComplete: Bool

    /// Creates a position.
    public init(page: Int, isComplete: Bool) {
        self.page = page
        self.isComplete = isComplete
    }
}

/// Where the reading position of each lesson is kept: memory for now, the learner's progress files later.
public protocol ReadingLog: AnyObject {
    /// The stored position in a lesson, if the learner has opened it.
    func position(in lessonID: String) -> LessonPosition?
    /// Records a new position; throws when it cannot be kept.
    func record(_ position: LessonPosition, in lessonID: String) throws
}

/// What the learner sees of a lesson's state in lists.
public enum LessonState: Sendable, Equatable, CustomStringConvertible {
    case notStarted
    case inProgress(section: Int, of: Int)
    case done

    /// The state of `lesson` given its stored position.
    public init(lesson: Lesson, position: LessonPosition?) {
        guard let position else {
            self = .notStarted
            return
        }
        if position.isComplete {
            self = .done
        } else {
            self = .inProgress(section: min(position.page + 1, lesson.sections.count), of: lesson.sections.count)
        }
    }

    /// `not started`, `in progress at section 2 of 3`, `done`.
    public var description: String {
        switch self {
        case .notStarted: "not started"
        case let .inProgress(section, count): "in progress at section \(section) of \(count)"
        case .done: "done"
        }
    }
}
