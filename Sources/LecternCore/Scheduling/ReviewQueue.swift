import Foundation

/// The questions a `review` asks: those due, most overdue first, then new ones up to the daily limit.
public enum ReviewQueue {
    /// What is due and what is new at `now`.
    public struct Plan: Sendable, Equatable {
        /// Questions due now, most overdue first (one form per fact).
        public let due: [Question]
        /// New questions, lessons the learner has opened first, then in course order (one form per fact).
        public let new: [Question]
        /// New questions left for today before the limit.
        public let newAllowance: Int

        /// Due first, then new, cut to `limit` when one is given.
        public func questions(limit: Int?) -> [Question] {
            let all = due + new
            return limit.map { Array(all.prefix($0)) } ?? all
        }
    }

    /// Plans a review from the learner's snapshot.
    public static func plan(bank: QuestionBank, course: Course, snapshot: ProgressSnapshot, now: Date, calendar: Calendar = .current) -> Plan {
        var dueByFact: [String: (question: Question, due: Date)] = [:]
        var seenFacts = Set<String>()
        var newToday = 0
        for (id, state) in snapshot.questions where state.reviews > 0 {
            guard let question = bank.question(id) else { continue }
            seenFacts.insert(question.factID)
            if state.reviews == 1, let answered = state.lastAnsweredAt, calendar.isDate(answered, inSameDayAs: now) {
                newToday += 1
            }
            // A question seen but never rated (only skipped) is due at once.
            let due = state.card?.due ?? state.lastAnsweredAt ?? now
            guard due <= now else { continue }
            if let existing = dueByFact[question.factID], existing.due <= due { continue }
            dueByFact[question.factID] = (question, due)
        }
        let due = dueByFact.values.sorted { ($0.due, $0.question.id) < ($1.due, $1.question.id) }.map(\.question)

        let allowance = max(0, snapshot.settings.dailyNewLimit - newToday)
        let lessonOrder = Dictionary(uniqueKeysWithValues: course.lessons.enumerated().map { ($1.id, $0) })
        let opened = Set(snapshot.lessons.keys)
        func rank(_ question: Question) -> [Int] {
            let lesson = question.lessonID.flatMap { lessonOrder[$0] } ?? Int.max
            let isOpened = question.lessonID.map(opened.contains) ?? false
            return [isOpened ? 0 : 1, lesson, question.origin == .authored ? 0 : 1]
        }
        let request = QuizRequest(correctFacts: snapshot.correctFacts(in: bank))
        let newFacts = bank.factIDs.filter { !seenFacts.contains($0) }
        let new = newFacts.compactMap { QuizPlanner.form(of: $0, in: bank, for: request) }
            .enumerated().sorted { (rank($0.element) + [$0.offset]).lexicographicallyPrecedes(rank($1.element) + [$1.offset]) }
            .map(\.element).prefix(allowance)
        return Plan(due: due, new: Array(new), newAllowance: allowance)
    }
}
