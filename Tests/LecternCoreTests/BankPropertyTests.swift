import LecternCore
import LecternTestSupport
import Testing

/// Every question of the bundled course, authored and generated, accepts its own right answer in every form it
/// promises and refuses its wrong options, however its options are shuffled.
@Suite(.removingTemporaryFolders) struct BankPropertyTests {
    let course: Course
    let bank: QuestionBank
    let grader: Grader
    /// Several presentations of each question, so no shuffle happens to hide a fault.
    static let seeds: [UInt64] = [1, 2, 3, 17, 2014]

    init() throws {
        course = try BundledCourse.course()
        bank = QuestionBank(course: course)
        grader = Grader(course: course)
    }

    private func presentations(of question: Question) -> [AskedQuestion] {
        Self.seeds.map { seed in
            var generator = SplitMix64(seed: seed)
            return AskedQuestion(question, using: &generator)
        }
    }

    @Test func theBankHoldsAuthoredAndGeneratedQuestionsOfEveryKind() {
        #expect(bank.questions(from: .authored).count >= 50)
        #expect(bank.questions(from: .generated).count >= 50)
        #expect(Set(bank.questions.map(\.kind)) == Set(QuestionKind.allCases))
        #expect(Set(bank.questions.map(\.id)).count == bank.questions.count, "question ids are unique")
    }

    @Test func everyQuestionAcceptsEachFormOfItsRightAnswerWithFullCredit() {
        var checked = 0
        for question in bank.questions {
            for asked in presentations(of: question) {
                for response in AnswerKey.rightResponses(to: asked, course: course) {
                    checked += 1
                    let order = asked.shownOrder.map(String.init).joined(separator: ",")
                    switch grader.grade(asked, response: response) {
                    case .success(let grade):
                        #expect(
                            grade.outcome == .correct && grade.credit == 1,
                            "\(question.id) (shown order [\(order)]): \(response.debugDescription) graded \(grade.outcome) with credit \(grade.credit), notes \(grade.notes)")
                    case .failure(let error):
                        Issue.record("\(question.id) (shown order [\(order)]): \(response.debugDescription) was refused: \(error.message)")
                    }
                }
            }
        }
        #expect(checked > bank.questions.count * Self.seeds.count)
    }

    @Test func noQuestionAcceptsAWrongOptionOrAnotherActor() {
        var checked = 0
        for question in bank.questions {
            for asked in presentations(of: question) {
                for response in AnswerKey.wrongResponses(to: asked, course: course) {
                    checked += 1
                    let order = asked.shownOrder.map(String.init).joined(separator: ",")
                    switch grader.grade(asked, response: response) {
                    case .success(let grade):
                        #expect(
                            grade.outcome != .correct && grade.credit < 1,
                            "\(question.id) (shown order [\(order)]): wrong response \(response.debugDescription) graded \(grade.outcome), notes \(grade.notes)")
                    case .failure(let error):
                        Issue.record("\(question.id) (shown order [\(order)]): wrong response \(response.debugDescription) was refused instead of graded: \(error.message)")
                    }
                }
            }
        }
        #expect(checked > bank.questions.count * Self.seeds.count)
    }

    @Test func typedAnswersThatNameAnActorAreTestedAgainstOtherActors() {
        // Guards the test above: without actor-named typed answers it would check only options.
        let typed = bank.questions.filter { question in
            guard case .typed(let answer, _) = question.body else { return false }
            return !AnswerKey.actorsNamed(answer, in: course).isEmpty
        }
        #expect(typed.count >= 10)
    }
}
