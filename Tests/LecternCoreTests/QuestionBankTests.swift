import LecternCore
import LecternTestSupport
import Testing

@Suite(.removingTemporaryFolders) struct QuestionBankTests {
    let bank = QuestionBank(course: SampleCourse.course)

    @Test func theBankHoldsAuthoredQuestionsFirstThenGeneratedOnes() {
        let authored = SampleCourse.questions.count
        #expect(bank.questions.prefix(authored).map(\.id) == SampleCourse.questions.map(\.id))
        #expect(bank.questions.dropFirst(authored).allSatisfy { $0.origin == .generated })
        #expect(bank.questions(from: .authored).count == authored)
    }

    @Test func theBankKeepsEachQuestionsContentHash() throws {
        let bundled = QuestionBank(course: try BundledCourse.course())
        for question in bank.questions + bundled.questions {
            let owner = bank.question(question.id) == question ? bank : bundled
            #expect(owner.contentHash(of: question.id) == question.contentHash, "\(question.id)")
        }
        #expect(bank.contentHash(of: "no-such-question") == nil)
    }

    @Test func questionsAreFoundByIDAndFormsByFact() throws {
        #expect(bank.question("enemy-crocker")?.kind == .typed)
        #expect(bank.question("no-such-question") == nil)
        #expect(bank.forms(of: "gen.role-actor.maliki").map(\.kind) == [.choice, .typed])
        #expect(bank.forms(of: "enemy-crocker").map(\.id) == ["enemy-crocker"])
        #expect(Set(bank.factIDs).count == bank.factIDs.count)
    }

    @Test func filtersSelectByLessonSubjectAndKind() {
        #expect(bank.questions(inLesson: "a-common-enemy").allSatisfy { $0.lessonID == "a-common-enemy" })
        #expect(!bank.questions(inLesson: "a-common-enemy").isEmpty)
        #expect(bank.questions(about: .actors).allSatisfy { !$0.actorIDs.isEmpty })
        #expect(bank.questions(about: .events).allSatisfy { !$0.eventIDs.isEmpty })
        #expect(bank.questions(about: .events).contains { $0.id == "enemy-shared-foe" })
        #expect(bank.questions(ofKind: .order).allSatisfy { $0.kind == .order })
        // The sample's one authored timeline: no order question is generated.
        #expect(bank.questions(ofKind: .order).count == 1)
    }
}
