import Foundation

/// The document behind `lectern questions`: every question of the bank with its answers and citations.
///
/// Encoded as JSON with sorted keys (the layout is described in `docs/question-bank.md` and
/// `docs/schemas/question-bank.schema.json`) or rendered as plain text, one block per question.
public struct QuestionCatalog: Sendable, Codable, Equatable {
    /// The version of the JSON layout this type writes; keys added since (`level`, `evidence`, `objectives`) are
    /// optional, so version 1 readers are not broken.
    public static let currentFormatVersion = 1

    /// The version of the JSON layout.
    public let formatVersion: Int
    /// The article's title.
    public let title: String
    /// The article's year, the "as of" of its facts.
    public let year: Int
    /// One entry a question, authored first, then generated.
    public let questions: [Entry]

    /// One question as the catalog shows it.
    public struct Entry: Sendable, Codable, Equatable {
        /// The stable id.
        public let id: String
        /// The kind.
        public let kind: QuestionKind
        /// Authored or generated.
        public let origin: QuestionOrigin
        /// The fact the question tests; the forms of one fact share it.
        public let fact: String
        /// The question text.
        public let prompt: String
        /// Choice, multi and who-said options, as shown (who-said options by the actors' names).
        public let options: [String]?
        /// Who-said options as actor ids, in the order of `options`.
        public let optionActors: [String]?
        /// The quotation of a who-said question.
        public let quote: String?
        /// Order items, in the correct order.
        public let items: [String]?
        /// Match pairs, each right-hand item beside its left-hand one.
        public let pairs: [MatchPair]?
        /// Cloze text with its gap written `{{answer}}`.
        public let text: String?
        /// The right answers as text: the right option(s), typed answer and accepted alternatives, the number, the
        /// items in order, `left: right` pairs, or `true`/`false`.
        public let answers: [String]
        /// The tolerance of a number question.
        public let tolerance: Double?
        /// The unit of a number question.
        public let unit: String?
        /// Why the answer is right.
        public let explanation: String
        /// The lesson the question belongs to.
        public let lesson: String?
        /// The paragraphs the answer comes from.
        public let paragraphs: [String]
        /// The actors the question tests.
        public let actors: [String]
        /// The events the question tests.
        public let events: [String]
        /// `file:line` of an authored question.
        public let source: String?
        /// What the question asks of the learner, when it declares it.
        public let level: QuestionLevel?
        /// The exact passage of a cited paragraph that makes the answer right, when the question names one.
        public let evidence: String?
        /// The 1-based indices of the lesson objectives the question tests; absent when it lists none.
        public let objectives: [Int]?
    }

    /// The catalog of a bank; `course` supplies the article and the names of who-said options.
    public init(course: Course, bank: QuestionBank) {
        formatVersion = Self.currentFormatVersion
        title = course.article.title
        year = course.article.year
        questions = bank.questions.map { Entry($0, course: course) }
    }

    /// The catalog of a course's whole bank, authored and generated.
    public init(course: Course) {
        self.init(course: course, bank: QuestionBank(course: course))
    }

    /// Pretty-printed JSON with sorted keys, ending in a newline.
    public func jsonData() throws -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        var data = try encoder.encode(self)
        data.append(0x0A)
        return data
    }

    /// A catalog read back from `jsonData()`.
    public static func decoded(from data: Data) throws -> QuestionCatalog {
        try JSONDecoder().decode(QuestionCatalog.self, from: data)
    }
}

extension QuestionCatalog.Entry {
    /// The entry for one question.
    public init(_ question: Question, course: Course) {
        id = question.id
        kind = question.kind
        origin = question.origin
        fact = question.factID
        prompt = question.prompt
        explanation = question.explanation
        lesson = question.lessonID
        paragraphs = question.paragraphIDs
        actors = question.actorIDs
        events = question.eventIDs
        source = question.source?.description
        level = question.level
        evidence = question.evidence
        objectives = question.objectives.isEmpty ? nil : question.objectives
        var options: [String]?
        var optionActors: [String]?
        var quote: String?
        var items: [String]?
        var pairs: [MatchPair]?
        var text: String?
        var tolerance: Double?
        var unit: String?
        switch question.body {
        case .choice(let choices, let answer):
            options = choices
            answers = choices.indices.contains(answer) ? [choices[answer]] : []
        case .multi(let choices, let right):
            options = choices
            answers = right.sorted().filter(choices.indices.contains).map { choices[$0] }
        case .trueFalse(let answer):
            answers = [answer ? "true" : "false"]
        case .typed(let answer, let accepted):
            answers = [answer] + accepted
        case .number(let answer, let allowed, let unitName):
            answers = [Self.format(answer)]
            tolerance = allowed
            unit = unitName
        case .order(let ordered):
            items = ordered
            answers = ordered
        case .match(let matched):
            pairs = matched
            answers = matched.map { "\($0.left): \($0.right)" }
        case .cloze(let before, let answer, let after, let accepted):
            text = before + "{{" + answer + "}}" + after
            answers = [answer] + accepted
        case .whoSaid(let said, let actorIDs, let answer):
            quote = said
            optionActors = actorIDs
            let names = actorIDs.map { course.actor($0)?.name ?? $0 }
            options = names
            answers = names.indices.contains(answer) ? [names[answer]] : []
        }
        self.options = options
        self.optionActors = optionActors
        self.quote = quote
        self.items = items
        self.pairs = pairs
        self.text = text
        self.tolerance = tolerance
        self.unit = unit
    }

    /// `2000` for a whole number, `2.5` otherwise.
    static func format(_ number: Double) -> String {
        if number.isFinite, number == number.rounded(), abs(number) < 1e15 { return String(Int64(number)) }
        return String(number)
    }
}
