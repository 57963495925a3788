import Foundation

/// What the class's answers say about each question, paragraph and exam form: the class report's item analysis.
///
/// Built from each learner's kept answers (`ItemAnalysis.Answers`, read from their logs) and flags. Per question:
/// answers, learners, facility (the mean mark of each learner's first answer), discrimination (Moodle's: the
/// correlation of that mark with the learner's rest score), the options picked and by whom, the actors or years
/// named instead of the right one, flags and overrides; questions that fail a rule come first. Per paragraph the
/// facility across its questions; per exam form taken by enough learners the score distribution and Cronbach's
/// alpha. Every formula and threshold is in `docs/report-format.md`.
public struct ItemAnalysis: Sendable, Equatable, Codable {
    /// The limits the rules use.
    public struct Thresholds: Sendable, Equatable, Codable {
        /// Facility above this is too easy.
        public var easiest = 0.95
        /// Facility below this is too hard.
        public var hardest = 0.2
        /// Discrimination below this does not tell stronger learners from weaker ones.
        public var discrimination = 0.2
        /// Learners with a first answer a question needs before the statistical rules judge it (flags always count).
        public var learners = 5
        /// Learners who took every question of an exam form before its reliability is worked out.
        public var formLearners = 5

        /// The defaults.
        public init() {}
    }

    /// One option of a choice, select-all, true/false or who-said question, as learners picked it.
    public struct Option: Sendable, Equatable, Codable {
        /// The option's text (an actor's name for who-said, `true` or `false`).
        public let text: String
        /// Whether it is a right option.
        public let isRight: Bool
        /// Learners who picked it on their first answer.
        public let picks: Int
        /// Of those, learners in the top third by rest score.
        public let topThird: Int
        /// And in the bottom third.
        public let bottomThird: Int
    }

    /// Another actor or year learners named instead of the right one in a typed answer.
    public struct Confusion: Sendable, Equatable, Codable {
        /// What they named ("Dick Cheney", "2003").
        public let named: String
        /// The right answer it was named for.
        public let instead: String
        /// Learners who named it, in any of their answers.
        public let learners: Int
    }

    /// A learner's flag on the question.
    public struct Flag: Sendable, Equatable, Codable {
        /// The learner's folder name.
        public let learner: String?
        /// What they wrote (may be empty).
        public let note: String
        /// When.
        public let at: Date
    }

    /// One question's figures.
    public struct Question: Sendable, Equatable, Codable {
        /// The question's id.
        public let id: String
        /// Its prompt.
        public let prompt: String
        /// Its kind (`QuestionKind.rawValue`).
        public let kind: String
        /// Its lesson id.
        public let lesson: String?
        /// The paragraphs it cites.
        public let paragraphs: [String]
        /// Where it is written (`file:line`); nil for a generated question.
        public let source: String?
        /// Answers given, every one (re-asks included).
        public let answers: Int
        /// Learners who answered it.
        public let learners: Int
        /// The mean mark (credit, 0 to 1) of each learner's first answer; nil before any.
        public let facility: Double?
        /// The correlation of the first-answer mark with the rest score; nil when undefined.
        public let discrimination: Double?
        /// The options, in authored order (empty for other kinds, or before any answer said which it picked).
        public let options: [Option]
        /// Learners in each third the option counts compare (0 below three learners).
        public let thirdSize: Int
        /// Actors or years named instead of the right one, most learners first.
        public let confusions: [Confusion]
        /// Learners' flags, oldest first.
        public let flags: [Flag]
        /// Answers the learner counted as right with `override`.
        public let overrides: Int
        /// The rules it fails, in words; empty when it passes.
        public let problems: [String]
    }

    /// One paragraph of the article across the questions that cite it.
    public struct Paragraph: Sendable, Equatable, Codable {
        /// The paragraph's id.
        public let id: String
        /// Questions citing it.
        public let questions: Int
        /// First answers to those questions, over every learner.
        public let firstAnswers: Int
        /// The mean mark of those first answers; nil before any.
        public let facility: Double?
    }

    /// One exam form (`exam --seed S`).
    public struct Form: Sendable, Equatable, Codable {
        /// The form's id: the exam's seed.
        public let id: String
        /// Questions of the form (answered by any learner in it).
        public let items: Int
        /// Learners who answered every question of the form: the ones counted.
        public let learners: Int
        /// Learners who answered only some.
        public let incomplete: Int
        /// Learners per whole score 0…items (a score rounded down), when counted.
        public let distribution: [Int]?
        /// The mean score, when counted.
        public let mean: Double?
        /// The sample standard deviation of the scores, when counted.
        public let standardDeviation: Double?
        /// Cronbach's alpha (KR-20 for right/wrong items), when counted and defined.
        public let alpha: Double?
        /// Its standard error of measurement, SD · √(1 − alpha).
        public let standardError: Double?
    }

    /// The limits used.
    public let thresholds: Thresholds
    /// Questions answered or flagged: those failing a rule first, then the others, each in bank order.
    public let questions: [Question]
    /// Questions of the bank no learner has answered or flagged.
    public let unanswered: Int
    /// Paragraphs of the article cited by a question, in article order.
    public let paragraphs: [Paragraph]
    /// Exam forms, by id.
    public let forms: [Form]

    /// The questions that fail a rule.
    public var failing: [Question] { questions.filter { !$0.problems.isEmpty } }
}
