import Foundation
import LecternCore
import LecternTestSupport
import Testing

/// The test-wise cues across a bank: `key-longest`, `key-latest-year`, `true-false-balance` and
/// `absolute-qualifiers`, on small banks of the sample course's article with no knowledge base (so nothing is
/// generated and every question counted is one of these).
@Suite(.removingTemporaryFolders)
struct CheckCueTests {
    /// The warnings of `rule` for a course whose questions are exactly `questions`.
    func warnings(_ questions: [Question], _ rule: CheckRule) -> [String] {
        var parts = SampleCourse.parts
        parts.actors = []
        parts.events = []
        parts.quotes = []
        parts.questions = questions
        return CourseCheck.warnings(for: parts.course).filter { $0.rule == rule }.map(\.description)
    }

    func choice(_ number: Int, _ options: [String], key: Int) -> Question {
        SampleCourse.authored("choice-\(number)", line: number, prompt: "Question \(number)?", body: .choice(options: options, answer: key))
    }

    func statement(_ number: Int, _ prompt: String, _ answer: Bool) -> Question {
        SampleCourse.authored("statement-\(number)", line: number, prompt: prompt, body: .trueFalse(answer: answer))
    }

    @Test func theKeyAsTheLongestOptionInOverThirtyPercentOfChoicesIsACue() {
        let longKey = (1...2).map { choice($0, ["A much longer right answer", "Short", "Brief"], key: 0) }
        let fair = (3...5).map { choice($0, ["Right", "A much longer wrong answer", "Brief"], key: 0) }
        #expect(warnings(longKey + fair, .keyLongest) == [
            "Quizzes/questions: warning[key-longest]: the key is the longest option in 2 of 5 (40%) choice questions "
                + "(at most 30%): lengthen distractors or shorten keys in choice-1 (Quizzes/questions/broken.yaml:1), "
                + "choice-2 (Quizzes/questions/broken.yaml:2)"
        ])
        #expect(warnings(Array(longKey.prefix(1)) + fair + [choice(6, ["Right", "Wrong one", "Other"], key: 0)], .keyLongest) == [])
    }

    @Test func aKeyTiedForLongestIsNotTheLongest() {
        let tied = (1...5).map { choice($0, ["Right", "Wrong", "Other"], key: 0) }
        #expect(warnings(tied, .keyLongest) == [])
    }

    @Test func fewerThanFiveChoicesSayNothing() {
        let longKey = (1...4).map { choice($0, ["A much longer right answer", "Short", "Brief"], key: 0) }
        #expect(warnings(longKey, .keyLongest) == [])
    }

    @Test func theKeyAsTheLatestYearInOverFortyPercentOfYearQuestionsIsACue() {
        let latest = (1...3).map { choice($0, ["2001", "2002", "2003", "2004"], key: 3) }
        let earlier = (4...5).map { choice($0, ["2001", "2002", "2003", "2004"], key: 1) }
        let found = warnings(latest + earlier + [choice(6, ["In 2004", "2001", "2002"], key: 0)], .keyLatestYear)
        #expect(found.count == 1)
        #expect(found.first?.hasPrefix(
            "Quizzes/questions: warning[key-latest-year]: the key is the latest year in 3 of 5 (60%) year questions (at most 40%)") == true,
            "\(found)")
        #expect(warnings(Array(latest.prefix(2)) + earlier + [choice(6, ["2001", "2002", "2003"], key: 0)], .keyLatestYear) == [])
    }

    @Test func trueFalseStatementsOutsideFortyToSixtyPercentTrueAreACue() {
        let mostlyTrue = (1...4).map { statement($0, "Statement \($0).", true) } + [statement(5, "Statement 5.", false)]
        #expect(warnings(mostlyTrue, .trueFalseBalance) == [
            "Quizzes/questions: warning[true-false-balance]: 4 of 5 (80%) true/false statements are true (keep it between "
                + "40% and 60%), so always answering 'true' pays"
        ])
        let mostlyFalse = [statement(1, "Statement 1.", true)] + (2...5).map { statement($0, "Statement \($0).", false) }
        #expect(warnings(mostlyFalse, .trueFalseBalance).first?.hasSuffix("so always answering 'false' pays") == true)
        let balanced = (1...3).map { statement($0, "Statement \($0).", true) } + (4...5).map { statement($0, "Statement \($0).", false) }
        #expect(warnings(balanced, .trueFalseBalance) == [])
    }

    @Test func absoluteWordsMostlyInFalseStatementsAreACue() {
        let cued = [
            statement(1, "All the Shia groups supported the Coalition.", false),
            statement(2, "Iran NEVER offered help.", false),
            statement(3, "Only Iran was stable, as Parsi said.", true),
            statement(4, "The talks were overall a surprise.", true),
        ]
        #expect(warnings(cued, .absoluteQualifiers) == [
            "Quizzes/questions: warning[absolute-qualifiers]: 2 false and 1 true statements carry an absolute word (all, "
                + "only, always, never…): make the false ones wrong in substance, not in one word: "
                + "statement-1 (Quizzes/questions/broken.yaml:1, 'all'), statement-2 (Quizzes/questions/broken.yaml:2, 'never')"
        ])
        let balanced = cued + [statement(5, "Every paragraph is cited entirely.", true)]
        #expect(warnings(balanced, .absoluteQualifiers) == [])
    }

    @Test func aWordThatOnlyContainsAQualifierIsNone() {
        let fine = [
            statement(1, "The talks were overall a surprise.", false),
            statement(2, "Nevertheless, Iran held back.", false),
        ]
        #expect(warnings(fine, .absoluteQualifiers) == [])
    }
}
