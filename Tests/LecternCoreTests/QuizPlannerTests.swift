import LecternCore
import LecternTestSupport
import Testing

@Suite(.removingTemporaryFolders) struct QuizPlannerTests {
    let bank = QuestionBank(course: SampleCourse.course)

    private func draw(_ request: QuizRequest, seed: UInt64 = 7) -> [Question] {
        var generator = SplitMix64(seed: seed)
        return QuizPlanner.draw(request, from: bank, using: &generator)
    }

    @Test func theSameSeedDrawsTheSameQuiz() {
        #expect(draw(QuizRequest(), seed: 42).map(\.id) == draw(QuizRequest(), seed: 42).map(\.id))
        #expect(draw(QuizRequest(scope: .exam), seed: 3).map(\.id) == draw(QuizRequest(scope: .exam), seed: 3).map(\.id))
    }

    @Test func differentSeedsDrawDifferentQuizzes() {
        let quizzes = Set((1...5).map { draw(QuizRequest(), seed: $0).map(\.id) })
        #expect(quizzes.count > 1)
    }

    @Test func aQuizAsksTenQuestionsByDefaultAndEachFactOnce() {
        for seed in UInt64(1)...20 {
            let quiz = draw(QuizRequest(), seed: seed)
            #expect(quiz.count == 10)
            #expect(Set(quiz.map(\.factID)).count == quiz.count)
        }
    }

    @Test func aFactNotYetAnsweredRightIsAskedAsAChoiceAndThenTyped() throws {
        let fact = "gen.role-actor.maliki"
        let before = try #require(QuizPlanner.form(of: fact, in: bank, for: QuizRequest()))
        #expect(before.id == "gen.actor-role.maliki.choice")
        let after = try #require(QuizPlanner.form(of: fact, in: bank, for: QuizRequest(correctFacts: [fact])))
        #expect(after.id == "gen.role-actor.maliki.typed")

        let year = "gen.event-year.axis-of-evil"
        #expect(QuizPlanner.form(of: year, in: bank, for: QuizRequest(correctFacts: [year]))?.kind == .number)
    }

    @Test func aFactWithoutATypedFormStaysAChoiceOnceKnown() throws {
        let fact = try #require(bank.factIDs.first { bank.forms(of: $0).map(\.kind) == [.choice] })
        #expect(QuizPlanner.form(of: fact, in: bank, for: QuizRequest(correctFacts: [fact]))?.kind == .choice)
    }

    @Test func theWholeDrawFollowsTheEscalation() {
        let everything = QuizRequest(scope: .actors, count: 1000)
        let fresh = draw(everything)
        #expect(fresh.contains { $0.id == "gen.actor-role.maliki.choice" })
        #expect(!fresh.contains { $0.id == "gen.role-actor.maliki.typed" })
        // Only the Quds Force fact has no choice form, so it is the one typed question of a fresh generated draw.
        #expect(fresh.filter { $0.origin == .generated && $0.kind.isRecall }.map(\.id) == ["gen.role-actor.quds-force.typed"])

        let known = Set(bank.factIDs)
        let practised = draw(QuizRequest(scope: .actors, count: 1000, correctFacts: known))
        #expect(practised.contains { $0.id == "gen.role-actor.maliki.typed" })
        #expect(!practised.contains { $0.id == "gen.actor-role.maliki.choice" })
        #expect(practised.count == fresh.count)
    }

    @Test func aLessonQuizDrawsFromThatLessonOnly() {
        let quiz = draw(QuizRequest(scope: .lesson("a-common-enemy"), count: 1000))
        #expect(!quiz.isEmpty)
        #expect(quiz.allSatisfy { $0.lessonID == "a-common-enemy" })
        #expect(draw(QuizRequest(scope: .lesson("no-such-lesson"))).isEmpty)
    }

    @Test func actorAndEventQuizzesDrawFromTheirSubjectOnly() {
        let actors = draw(QuizRequest(scope: .actors, count: 1000))
        #expect(actors.allSatisfy { !$0.actorIDs.isEmpty })
        let events = draw(QuizRequest(scope: .events, count: 1000))
        #expect(!events.isEmpty)
        #expect(events.allSatisfy { !$0.eventIDs.isEmpty })
        #expect(Set(events.map(\.kind)).isSuperset(of: [.choice, .order]))
    }

    @Test func aKindFilterOverridesTheEscalation() {
        let typed = draw(QuizRequest(scope: .mixed, count: 1000, kind: .typed))
        #expect(!typed.isEmpty)
        #expect(typed.allSatisfy { $0.kind == .typed })
        #expect(typed.contains { $0.id == "gen.role-actor.maliki.typed" })
    }

    @Test func aFilterLeavingTooFewQuestionsReturnsWhatThereIs() {
        let quiz = draw(QuizRequest(scope: .lesson("a-common-enemy"), count: 10, kind: .whoSaid))
        #expect(quiz.map(\.id) == ["gen.who-said.cheney-evil.choice"])
        #expect(draw(QuizRequest(count: 0)).isEmpty)
    }

    @Test func aShortMixedQuizSpansBothLessons() {
        for seed in UInt64(1)...20 {
            let quiz = draw(QuizRequest(scope: .mixed, count: 2), seed: seed)
            #expect(Set(quiz.compactMap(\.lessonID)) == ["a-common-enemy", "same-side-in-iraq"])
        }
    }

    @Test func anExamAsksTwentyFiveQuestionsAcrossEveryLessonAndSeveralKinds() {
        for seed in UInt64(1)...10 {
            let exam = draw(QuizRequest(scope: .exam), seed: seed)
            #expect(exam.count == 25)
            #expect(Set(exam.map(\.factID)).count == 25)
            #expect(Set(exam.compactMap(\.lessonID)) == Set(SampleCourse.lessons.map(\.id)))
            #expect(Set(exam.map(\.kind)).count >= 5)
            let perLesson = Dictionary(grouping: exam, by: { $0.lessonID ?? "" }).mapValues(\.count)
            #expect(perLesson.values.allSatisfy { $0 >= 10 }, "\(perLesson)")
        }
    }
}
