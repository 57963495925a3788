import Foundation
import Testing

@testable import LecternCore

/// Three learners and three questions, every figure worked out by hand in the comments.
///
/// First answers (mark): A: q1 1, q2 1, q3 0 (total 2); B: 1, 0, 1 (total 2); C: 0, 0, 0 (total 0). The rest score
/// is the mean mark of the learner's other first answers.
@Suite struct ItemAnalysisHandTests {
    typealias F = GradingFixture
    static let q1 = F.question("q1", "First?", .choice(options: ["Right", "Wrong one", "Wrong two"], answer: 0))
    static let q2 = F.question("q2", "Who was Prime Minister of Iraq?", .typed(answer: "Nouri al-Maliki", accepted: []))
    static let q3 = F.question("q3", "Third?", .choice(options: ["Right", "Wrong one", "Wrong two"], answer: 0))
    static let bank = QuestionBank(questions: [q1, q2, q3])
    static let context = ItemAnalysis.Context(course: F.course, bank: bank)
    static let now = Date(timeIntervalSince1970: 1_000_000)

    private static func answer(_ id: String, _ credit: Double, _ response: String, _ chosen: [String]?, at: Double) -> ReviewRecord {
        ReviewRecord(
            questionID: id, contentHash: "", answeredAt: Date(timeIntervalSince1970: at), kind: chosen == nil ? "typed" : "choice",
            response: response, outcome: credit == 1 ? .correct : .incorrect, credit: credit, rating: credit == 1 ? .good : .again,
            latency: 3, chosen: chosen)
    }

    static let learners: [ItemAnalysis.Answers] = [
        ("A", [answer("q1", 1, "1", ["Right"], at: 1), answer("q2", 1, "Maliki", nil, at: 2),
               answer("q3", 0, "2", ["Wrong one"], at: 3)]),
        ("B", [answer("q1", 1, "1", ["Right"], at: 1), answer("q2", 0, "Rouhani", nil, at: 2),
               answer("q3", 1, "1", ["Right"], at: 3), answer("q2", 1, "Maliki", nil, at: 4)]),
        ("C", [answer("q1", 0, "2", ["Wrong one"], at: 1), answer("q2", 0, "Hassan Rouhani", nil, at: 2),
               answer("q3", 0, "3", ["Wrong two"], at: 3), answer("q2", 0, "Obama", nil, at: 4)]),
    ].map { ItemAnalysis.Answers(name: $0.0, reviews: $0.1, context: context, now: now) }

    private func analysis(learners: Int = 3) -> ItemAnalysis {
        var thresholds = ItemAnalysis.Thresholds()
        thresholds.learners = learners
        return ItemAnalysis(context: Self.context, learners: Self.learners, flags: [], thresholds: thresholds)
    }

    private func question(_ id: String, in analysis: ItemAnalysis) throws -> ItemAnalysis.Question {
        try #require(analysis.questions.first { $0.id == id })
    }

    @Test func facilityIsTheMeanMarkOfFirstAnswers() throws {
        let analysis = analysis()
        // q1: 1, 1, 0; q2: 1, 0, 0 (B's later right answer is not a first answer); q3: 0, 1, 0.
        #expect(abs(try question("q1", in: analysis).facility! - 2.0 / 3) < 1e-12)
        #expect(abs(try question("q2", in: analysis).facility! - 1.0 / 3) < 1e-12)
        #expect(abs(try question("q3", in: analysis).facility! - 1.0 / 3) < 1e-12)
        #expect(try question("q2", in: analysis).answers == 5)
        #expect(try question("q2", in: analysis).learners == 3)
    }

    @Test func discriminationIsTheCorrelationWithTheRestScore() throws {
        let analysis = analysis()
        // q1: marks 1, 1, 0 against rests 0.5, 0.5, 0: the rests are half the marks' deviations, so r = 1.
        #expect(abs(try question("q1", in: analysis).discrimination! - 1) < 1e-12)
        // q2: marks 1, 0, 0 against rests 0.5, 1, 0: Σ dx·dr = 0 − 1/6 + 1/6 = 0.
        #expect(abs(try question("q2", in: analysis).discrimination!) < 1e-12)
        // q3: marks 0, 1, 0 against rests 1, 0.5, 0: Σ dx·dr = −1/6 + 0 + 1/6 = 0.
        #expect(abs(try question("q3", in: analysis).discrimination!) < 1e-12)
    }

    @Test func aDistractorPickedByTheTopThirdMoreThanTheBottomThirdFails() throws {
        let q3 = try question("q3", in: analysis())
        // Ranked by rest: C (0), B (0.5), A (1); a third is one learner: C at the bottom, A at the top.
        #expect(q3.thirdSize == 1)
        #expect(q3.options.map(\.picks) == [1, 1, 1])
        #expect(q3.options.map(\.topThird) == [0, 1, 0])
        #expect(q3.options.map(\.bottomThird) == [0, 0, 1])
        #expect(q3.problems.contains { $0.hasPrefix("distractor “Wrong one” chosen by 1 of the top third and 0 of the bottom") })
        #expect(!q3.problems.contains { $0.contains("Wrong two") })
    }

    @Test func failingQuestionsComeFirstAndTheStatisticalRulesWaitForEnoughLearners() {
        // Discrimination 0 fails q2 and q3 (below 0.2); q1 passes.
        #expect(analysis().questions.map(\.id) == ["q2", "q3", "q1"])
        #expect(analysis().questions.first?.problems == ["discrimination 0.00 below 0.20: does not tell stronger learners from weaker ones"])
        // With the default of 5 learners, three are too few to judge: nothing fails, bank order.
        #expect(analysis(learners: 5).failing.isEmpty)
        #expect(analysis(learners: 5).questions.map(\.id) == ["q1", "q2", "q3"])
    }

    @Test func typedAnswersNamingAnotherActorAreCountedByLearner() throws {
        let q2 = try question("q2", in: analysis())
        // B and C named Rouhani first; C named Obama later. Each learner counts once per name.
        #expect(q2.confusions == [
            .init(named: "Hassan Rouhani", instead: "Nouri al-Maliki", learners: 2),
            .init(named: "Barack Obama", instead: "Nouri al-Maliki", learners: 1),
        ])
        #expect(q2.options.isEmpty)
    }

    @Test func kr20OfFiveLearnersOnThreeItemsIsWorkedOutByHand() throws {
        // Totals 3, 2, 1, 0, 3: mean 1.8, variance 6.8 / 4 = 1.7; item variances 0.2, 0.3, 0.3 (sum 0.8).
        // alpha = 3/2 · (1 − 0.8/1.7) = 1.35/1.7; SE² = 1.7 · (1 − alpha) = 1.7 − 1.35 = 0.35.
        let scores: [[Double]] = [[1, 1, 1], [1, 1, 0], [1, 0, 0], [0, 0, 0], [1, 1, 1]]
        let reliability = try #require(ItemStatistics.reliability(scores))
        #expect(abs(reliability.mean - 1.8) < 1e-12)
        #expect(abs(reliability.standardDeviation - 1.7.squareRoot()) < 1e-12)
        #expect(abs(reliability.alpha! - 1.35 / 1.7) < 1e-12)
        #expect(abs(reliability.standardError! - 0.35.squareRoot()) < 1e-12)
        #expect(ItemStatistics.reliability([[1, 1], [1, 1]])?.alpha == nil, "totals that do not vary have no alpha")
    }

    @Test func aFormNeedsFiveLearnersWhoAnsweredAllOfIt() {
        func taker(_ name: String, _ marks: [Double]) -> ItemAnalysis.Answers {
            let reviews = marks.enumerated().map { index, mark in
                var record = Self.answer("q\(index + 1)", mark, "1", ["Right"], at: Double(index))
                record.form = "9"
                return record
            }
            return ItemAnalysis.Answers(name: name, reviews: reviews, context: Self.context, now: Self.now)
        }
        let rows: [[Double]] = [[1, 1, 1], [1, 1, 0], [1, 0, 0], [0, 0, 0], [1, 1, 1]]
        let five = rows.enumerated().map { taker("t\($0)", $1) }
        let form = ItemAnalysis(context: Self.context, learners: five + [taker("late", [1])], flags: []).forms
        #expect(form.count == 1)
        #expect(form.first?.learners == 5)
        #expect(form.first?.incomplete == 1)
        #expect(form.first?.distribution == [1, 1, 1, 2])
        #expect(abs((form.first?.alpha ?? 0) - 1.35 / 1.7) < 1e-12)
        let four = ItemAnalysis(context: Self.context, learners: Array(five.prefix(4)), flags: []).forms
        #expect(four.first?.alpha == nil && four.first?.distribution == nil, "four learners are too few")
    }
}
