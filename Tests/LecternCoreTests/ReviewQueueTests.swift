import Foundation
import Testing
@testable import LecternCore

/// The review queue draws one form of a fact (its siblings share a `factID`): never two in one session, whether
/// both are due, one is due and the other new, or both are new.
@Suite struct ReviewQueueTests {
    typealias F = ProgressFixtures

    private func question(_ id: String, fact: String) -> Question {
        Question(
            id: id, prompt: "\(id)?", body: .typed(answer: "a", accepted: []), explanation: "e", lessonID: nil,
            paragraphIDs: ["p1"], actorIDs: [], eventIDs: [], origin: .generated, factID: fact)
    }

    private var bank: QuestionBank {
        QuestionBank(questions: [
            question("due.choice", fact: "due"), question("due.typed", fact: "due"),
            question("half.choice", fact: "half"), question("half.typed", fact: "half"),
            question("new.choice", fact: "new"), question("new.typed", fact: "new"),
            question("alone", fact: "alone"),
        ])
    }

    @Test func siblingsAreNeverDrawnIntoTheSameReview() throws {
        let long = F.start
        // Both forms of "due" answered weeks ago, and one form of "half"; "new" and "alone" never seen.
        let snapshot = ProgressSnapshot.replaying([
            .review(F.review("due.choice", at: long)), .review(F.review("due.typed", at: long.addingTimeInterval(60))),
            .review(F.review("half.choice", at: long.addingTimeInterval(120))),
        ])
        let now = long.addingTimeInterval(120 * 86_400)
        let plan = ReviewQueue.plan(bank: bank, course: GradingFixture.course, snapshot: snapshot, now: now)
        let facts = plan.questions(limit: nil).map { bank.question($0.id)?.factID ?? "?" }
        #expect(facts.sorted() == ["alone", "due", "half", "new"], "\(plan.questions(limit: nil).map(\.id))")
        // The most overdue form of a fact comes back; a seen fact has no new form.
        #expect(plan.due.map(\.id).sorted() == ["due.choice", "half.choice"])
        #expect(plan.new.map(\.factID).sorted() == ["alone", "new"])
    }
}
