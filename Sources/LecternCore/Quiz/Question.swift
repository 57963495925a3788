/// The kinds of question Lectern asks.
public enum QuestionKind: String, Sendable, CaseIterable, Codable {
    case choice
    case multi
    case trueFalse = "truefalse"
    case typed
    case number
    case order
    case match
    case cloze
    case whoSaid = "who-said"
}

/// One left-right pair of a matching question.
public struct MatchPair: Sendable, Equatable, Codable {
    /// The item on the left (numbered when shown).
    public let left: String
    /// The item on the right (lettered when shown).
    public let right: String

    /// Creates a pair.
    public init(left: String, right: String) {
        self.left = left
        self.right = right
    }
}

/// What a question asks and what it accepts, by kind.
public enum QuestionBody: Sendable, Equatable {
    /// Pick the one right option; `answer` indexes `options`.
    case choice(options: [String], answer: Int)
    /// Pick every right option; `answers` index `options`.
    case multi(options: [String], answers: Set<Int>)
    /// True or false.
    case trueFalse(answer: Bool)
    /// Free text; `accepted` lists other accepted answers besides `answer`.
    case typed(answer: String, accepted: [String])
    /// A number within `tolerance`.
    case number(answer: Double, tolerance: Double, unit: String?)
    /// Items to put in order; `items` is the correct order.
    case order(items: [String])
    /// Pairs to match; `pairs` is the correct matching.
    case match(pairs: [MatchPair])
    /// A sentence with one gap.
    case cloze(before: String, answer: String, after: String, accepted: [String])
    /// Attribute a quotation: options are actor ids, `answer` indexes them.
    case whoSaid(quote: String, options: [String], answer: Int)

    /// The kind of question this body belongs to.
    public var kind: QuestionKind {
        switch self {
        case .choice: .choice
        case .multi: .multi
        case .trueFalse: .trueFalse
        case .typed: .typed
        case .number: .number
        case .order: .order
        case .match: .match
        case .cloze: .cloze
        case .whoSaid: .whoSaid
        }
    }
}

/// What a question asks of the learner, after Bloom's taxonomy: recall, understanding, or analysis of the argument.
public enum QuestionLevel: String, Sendable, CaseIterable, Codable {
    /// Recall or recognition of a name, date, number, word or near-verbatim statement.
    case remember
    /// The meaning of a claim, a framing word, a hedge, a reason, the author's stance.
    case understand
    /// Connecting paragraphs, weighing evidence, the structure and limits of the argument.
    case analyse
}

/// Where a question came from.
public enum QuestionOrigin: String, Sendable, Codable {
    /// Written by the course author in `Quizzes/questions/`.
    case authored
    /// Made from the knowledge base.
    case generated
}

/// A question of the bank, with what it tests and where in the article its answer lies.
public struct Question: Sendable, Equatable {
    /// The stable id; progress is keyed by it.
    public let id: String
    /// The question text.
    public let prompt: String
    /// The kind-specific content.
    public let body: QuestionBody
    /// One line saying why the answer is right.
    public let explanation: String
    /// The lesson the question belongs to, if any.
    public let lessonID: String?
    /// The paragraphs the answer comes from.
    public let paragraphIDs: [String]
    /// The actors it tests.
    public let actorIDs: [String]
    /// The events it tests.
    public let eventIDs: [String]
    /// Authored or generated.
    public let origin: QuestionOrigin
    /// The fact this question tests, shared by the multiple-choice and typed forms of one fact.
    public let factID: String
    /// Where an authored question is written; nil for generated ones.
    public let source: SourceLocation?
    /// What the question asks of the learner, as declared; nil when it declares none (it counts as `remember`).
    public let level: QuestionLevel?
    /// The exact passage of a cited paragraph that makes the answer right, if the question names one.
    public let evidence: String?
    /// The 1-based indices of the lesson objectives (its front matter's `objectives`) the question tests.
    public let objectives: [Int]
    /// Whether the question is a draft (`draft: true`): loaded and parsed, never served, skipped by the check rules.
    public var isDraft: Bool
    /// The section of its lesson after which `study` asks it (`section:`); nil for a question asked only in quizzes.
    public let section: SectionReference?

    /// Creates a question.
    public init(
        id: String, prompt: String, body: QuestionBody, explanation: String, lessonID: String?,
        paragraphIDs: [String], actorIDs: [String], eventIDs: [String], origin: QuestionOrigin,
        factID: String? = nil, source: SourceLocation? = nil, level: QuestionLevel? = nil, evidence: String? = nil,
        objectives: [Int] = [], isDraft: Bool = false, section: SectionReference? = nil
    ) {
        self.id = id
        self.prompt = prompt
        self.body = body
        self.explanation = explanation
        self.lessonID = lessonID
        self.paragraphIDs = paragraphIDs
        self.actorIDs = actorIDs
        self.eventIDs = eventIDs
        self.origin = origin
        self.factID = factID ?? id
        self.source = source
        self.level = level
        self.evidence = evidence
        self.objectives = objectives
        self.isDraft = isDraft
        self.section = section
    }

    /// The kind of question.
    public var kind: QuestionKind { body.kind }

    /// Whether the question asks for more than recall: a declared `understand` or `analyse`.
    public var testsUnderstanding: Bool { level == .understand || level == .analyse }
}
