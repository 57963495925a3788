import Foundation

/// What a learner should do next, from their state: finish the lesson they are in, take the reviews that are due,
/// quiz a lesson they have read, or read the first lesson they have not.
public enum StudyAdvice: Sendable, Equatable {
    /// A lesson is in progress: go back to it (1-based lesson number, section reached, sections).
    case continueLesson(number: Int, section: Int, of: Int)
    /// Questions are due for review.
    case review(due: Int)
    /// A lesson has been read but none of its quiz questions answered yet.
    case quiz(lesson: Int)
    /// The first lesson not yet opened.
    case study(lesson: Int)
    /// Every lesson read and quizzed, nothing due.
    case caughtUp

    /// The advice for `snapshot` at `now`, in that order of precedence: a lesson in progress, reviews due, a read
    /// lesson whose quiz questions are all unanswered (the questions asked inside the lesson do not count), the first
    /// lesson not started.
    public static func next(course: Course, bank: QuestionBank, snapshot: ProgressSnapshot, now: Date) -> StudyAdvice {
        let states = course.lessons.map { LessonState(lesson: $0, position: snapshot.lessons[$0.id]) }
        if let index = states.firstIndex(where: { if case .inProgress = $0 { true } else { false } }),
            case let .inProgress(section, count) = states[index]
        {
            return .continueLesson(number: index + 1, section: section, of: count)
        }
        let due = ReviewQueue.plan(bank: bank, course: course, snapshot: snapshot, now: now).due.count
        if due > 0 { return .review(due: due) }
        for (index, lesson) in course.lessons.enumerated() where states[index] == .done {
            let quizQuestions = bank.questions.filter { $0.lessonID == lesson.id && $0.section == nil }
            if !quizQuestions.isEmpty, quizQuestions.allSatisfy({ snapshot.questions[$0.id] == nil }) {
                return .quiz(lesson: index + 1)
            }
        }
        if let index = states.firstIndex(of: .notStarted) { return .study(lesson: index + 1) }
        return .caughtUp
    }
}
