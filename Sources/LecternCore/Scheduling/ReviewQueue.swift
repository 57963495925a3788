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
        for (id, state) in snapshot.questions {
            // A question counts against today's new ones on the day it was first shown, whatever happened since.
            if let first = state.firstAnsweredAt {
                if calendar.isDate(first, inSameDayAs: now) { newToday += 1 }
            } else if state.reviews == 1, let answered = state.lastAnsweredAt, calendar.isDate(answered, inSameDayAs: now) {
                newToday += 1  // a snapshot from before `firstAnsweredAt` was kept
            }
            guard state.reviews > 0, let question = bank.question(id) else { continue }
            seenFacts.insert(question.factID)
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

    /// What an answer means for the schedule, read from the snapshot after it: "next review in 4 days (Good)";
    /// nil when the answer scheduled nothing (a skip) or the question has no card.
    public static func nextReview(
        after answer: AnswerRecord, in snapshot: ProgressSnapshot, policy: RatingPolicy = RatingPolicy()
    ) -> String? {
        guard let rating = policy.rating(for: answer), let card = snapshot.questions[answer.questionID]?.card else {
            return nil
        }
        return "next review in \(interval(card.due.timeIntervalSince(answer.answeredAt))) (\(rating.name))"
    }

    /// A wait in the largest unit that fits: "1 minute", "10 minutes", "3 hours", "4 days".
    static func interval(_ seconds: TimeInterval) -> String {
        func count(_ value: Double, _ unit: String) -> String {
            let whole = max(1, Int(value.rounded()))
            return "\(whole) \(unit)\(whole == 1 ? "" : "s")"
        }
        if seconds < 3_600 { return count(seconds / 60, "minute") }
        if seconds < 86_400 { return count(seconds / 3_600, "hour") }
        return count(seconds / 86_400, "day")
    }
}

extension Rating {
    /// The rating's name as Anki's buttons show it: "Again", "Hard", "Good", "Easy".
    public var name: String {
        switch self {
        case .again: "Again"
        case .hard: "Hard"
        case .good: "Good"
        case .easy: "Easy"
        }
    }
}
