import Foundation
import Testing

@testable import LecternCore

/// The grade of an option question says which options were picked, by their authored text, whatever order they
/// were shown in: what the log's `chosen` field keeps for the class report.
@Suite struct GraderChosenTests {
    let grader = Grader(course: GradingFixture.course)
    typealias F = GradingFixture

    private func grade(_ question: Question, _ template: String, seed: UInt64 = 7) throws -> Grade {
        let shown = asked(question, seed: seed)
        return try grader.grade(shown, response: shownResponse(template, for: shown)).get()
    }

    @Test func aChoiceAnswerNamesTheOptionPickedInEveryShownOrder() throws {
        for seed: UInt64 in 1...6 {
            #expect(try grade(F.choice, "{2}", seed: seed).chosen == ["Turkish"])
            #expect(try grade(F.choice, "{0}", seed: seed).chosen == ["Iranian"])
        }
    }

    @Test func aSelectAllAnswerNamesEveryOptionPickedInTheOrderGiven() throws {
        #expect(try grade(F.multi, "{3} {0}").chosen == ["Taliban", "Iran"])
        #expect(try grade(F.multi, "{1}").chosen == ["United States"])
    }

    @Test func aTrueFalseAnswerNamesWhatTheLearnerSaid() throws {
        #expect(try grade(F.trueFalse, "f").chosen == ["false"])
        #expect(try grade(F.trueFalse, "yes").chosen == ["true"])
    }

    @Test func aWhoSaidAnswerNamesTheActorByNumberOrByName() throws {
        #expect(try grade(F.whoSaid, "{1}").chosen == ["Barack Obama"])
        #expect(try grade(F.whoSaid, "Cheney").chosen == ["Dick Cheney"])
        #expect(try grade(F.whoSaid, "Nobody Known").chosen == nil)
    }

    @Test func typedAndNumberAnswersChooseNothing() throws {
        #expect(try grade(F.typedMaliki, "Maliki").chosen == nil)
        #expect(try grade(F.year, "2003").chosen == nil)
    }
}
