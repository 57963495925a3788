import Foundation
import LecternCore
import LecternTestSupport
import Testing

/// Drawing quizzes from the bundled course: reproducible by seed, faithful to the scope and kind asked for, an
/// exam that spans the article, and the typed form of a fact once its choice form has been answered right.
@Suite(.removingTemporaryFolders) struct QuizDrawTests {
    let course: Course
    let bank: QuestionBank

    init() throws {
        course = try BundledCourse.course()
        bank = QuestionBank(course: course)
    }

    /// Draws and presents a quiz the way the shell does: one generator for the draw and then the options.
    private func presentedQuiz(_ request: QuizRequest, seed: UInt64) -> [QuestionPresentation] {
        var generator = SplitMix64(seed: seed)
        let questions = QuizPlanner.draw(request, from: bank, using: &generator)
        return questions.map { AskedQuestion($0, using: &generator).presentation(course: course) }
    }

    private func draw(_ request: QuizRequest, seed: UInt64 = 7) -> [Question] {
        var generator = SplitMix64(seed: seed)
        return QuizPlanner.draw(request, from: bank, using: &generator)
    }

    @Test func theSameSeedGivesTheSameQuestionsInTheSameOrderWithTheSameOptionOrder() {
        for seed: UInt64 in [1, 42, 2014] {
            for request in [QuizRequest(), QuizRequest(scope: .exam), QuizRequest(scope: .lesson("axis-of-evil"))] {
                let first = presentedQuiz(request, seed: seed)
                #expect(!first.isEmpty)
                #expect(first == presentedQuiz(request, seed: seed), "seed \(seed), \(request.scope)")
            }
        }
    }

    @Test func aDifferentSeedGivesADifferentQuiz() {
        let quizzes = (1...6).map { presentedQuiz(QuizRequest(), seed: UInt64($0)) }
        for (index, quiz) in quizzes.enumerated().dropFirst() {
            #expect(quiz != quizzes[index - 1], "seeds \(index) and \(index + 1) gave the same quiz")
        }
        // Not only the order: the questions themselves differ too.
        #expect(Set(quizzes.map { Set($0.map(\.prompt)) }).count > 1)
    }

    @Test func theSameQuestionsWithAnotherSeedAreShownWithOptionsInAnotherOrder() throws {
        let question = try #require(bank.questions.first { if case .choice(let options, _) = $0.body { options.count >= 4 } else { false } })
        let shown = Set((1...8).map { seed in
            var generator = SplitMix64(seed: UInt64(seed))
            return AskedQuestion(question, using: &generator).presentation(course: course).lines
        })
        #expect(shown.count > 1, "\(question.id) was shown with its options in one order for eight seeds")
    }

    @Test func aLessonQuizOnlyAsksThatLessonsQuestions() {
        #expect(course.lessons.count == 9)
        for lesson in course.lessons {
            let quiz = draw(QuizRequest(scope: .lesson(lesson.id), count: 1000))
            #expect(!quiz.isEmpty, "lesson \(lesson.id) has no questions")
            let strays = quiz.filter { $0.lessonID != lesson.id }.map(\.id)
            #expect(strays.isEmpty, "a quiz on \(lesson.id) asked \(strays)")
            let facts = Set(bank.questions(inLesson: lesson.id).map(\.factID))
            #expect(quiz.count == facts.count, "a long quiz on \(lesson.id) asks each of its facts once")
        }
    }

    @Test func aKindFilterOnlyAsksThatKind() {
        for kind in QuestionKind.allCases {
            let quiz = draw(QuizRequest(count: 1000, kind: kind))
            #expect(!quiz.isEmpty, "no \(kind.rawValue) questions")
            let others = quiz.filter { $0.kind != kind }.map(\.id)
            #expect(others.isEmpty, "--kind \(kind.rawValue) asked \(others)")
            let short = draw(QuizRequest(count: 5, kind: kind))
            #expect(short.count == min(5, quiz.count))
            #expect(short.allSatisfy { $0.kind == kind })
        }
    }

    @Test func anExamAsksTwentyFiveQuestionsOverAtLeastSevenLessonsAndFourKinds() {
        for seed in UInt64(1)...12 {
            let exam = draw(QuizRequest(scope: .exam), seed: seed)
            #expect(exam.count == 25, "seed \(seed)")
            #expect(Set(exam.map(\.factID)).count == exam.count, "seed \(seed): a fact asked twice")
            let lessons = Set(exam.compactMap(\.lessonID))
            #expect(lessons.count >= 7, "seed \(seed): only lessons \(lessons.sorted())")
            let kinds = Set(exam.map(\.kind))
            #expect(kinds.count >= 4, "seed \(seed): only kinds \(kinds.map(\.rawValue).sorted())")
        }
    }

    @Test func aLearnerWhoAnsweredAFactsChoiceFormRightIsAskedItsTypedFormNext() throws {
        let fact = try #require(
            bank.factIDs.first { fact in
                let kinds = bank.forms(of: fact).map(\.kind)
                return kinds.contains(.choice) && kinds.contains(.typed)
            })
        let choice = try #require(bank.forms(of: fact).first { $0.kind == .choice })
        let typed = try #require(bank.forms(of: fact).first { $0.kind == .typed })
        let lesson = try #require(choice.lessonID)
        let request = { (progress: InMemoryProgress) in
            QuizRequest(scope: .lesson(lesson), count: 1000, correctFacts: progress.correctFacts(in: bank))
        }

        let progress = InMemoryProgress()
        let before = draw(request(progress))
        #expect(before.contains { $0.id == choice.id })
        #expect(!before.contains { $0.id == typed.id })

        // Answer the choice form right in a real session, so the record reaches progress as the shell would store it.
        var generator = SplitMix64(seed: 5)
        let now = Date(timeIntervalSince1970: 1_700_000_000)
        var session = QuizSession(
            questions: [choice], course: course, settings: QuizSettings(), recorder: progress, using: &generator, now: now)
        let asked = try #require(session.current)
        guard case .feedback(let feedback, _) = session.handle(AnswerKey.rightResponse(to: asked, course: course), now: now) else {
            Issue.record("the right answer to \(choice.id) gave no feedback")
            return
        }
        #expect(feedback.grade.outcome == .correct)

        let after = draw(request(progress))
        #expect(after.contains { $0.id == typed.id }, "\(fact) is asked typed once its choice form was answered right")
        #expect(!after.contains { $0.id == choice.id })
        #expect(after.count == before.count)
    }

    @Test func aWrongChoiceAnswerKeepsTheChoiceForm() throws {
        let fact = try #require(
            bank.factIDs.first { fact in bank.forms(of: fact).map(\.kind).contains(.typed) && bank.forms(of: fact).count > 1 })
        let choice = try #require(bank.forms(of: fact).first { $0.kind == .choice })
        let progress = InMemoryProgress()
        var generator = SplitMix64(seed: 5)
        let now = Date(timeIntervalSince1970: 1_700_000_000)
        var session = QuizSession(
            questions: [choice], course: course, settings: QuizSettings(), recorder: progress, using: &generator, now: now)
        let asked = try #require(session.current)
        let wrong = try #require(AnswerKey.wrongResponses(to: asked, course: course).first)
        _ = session.handle(wrong, now: now)
        #expect(progress.answers.map(\.outcome) == [.incorrect])
        #expect(QuizPlanner.form(of: fact, in: bank, for: QuizRequest(correctFacts: progress.correctFacts(in: bank)))?.id == choice.id)
    }
}
