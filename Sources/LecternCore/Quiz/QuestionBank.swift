/// What a question is about, for quizzes on actors only or events only.
public enum QuestionSubject: String, Sendable, CaseIterable, Codable {
    /// Questions that test at least one actor (who is who, who said it).
    case actors
    /// Questions that test at least one event (when, in what order).
    case events
}

/// Every question of a course, authored and generated, with look-ups by id, fact, lesson, subject and kind.
public struct QuestionBank: Sendable {
    /// Authored questions in file order, then generated ones in generation order.
    public let questions: [Question]
    private let indexByID: [String: Int]
    private let indicesByFact: [String: [Int]]
    /// Each question's `contentHash`, in `questions` order: worked out once, not at every answer.
    private let contentHashes: [String]
    /// Fact ids in the order their first form appears.
    public let factIDs: [String]

    /// The bank of a course: its authored questions and everything the generator makes from its knowledge base.
    public init(course: Course) {
        self.init(questions: course.questions + course.generatedQuestions)
    }

    /// A bank of exactly these questions; with a repeated id, the first question keeps it.
    public init(questions: [Question]) {
        self.questions = questions
        var byID: [String: Int] = [:]
        var byFact: [String: [Int]] = [:]
        var facts: [String] = []
        for (index, question) in questions.enumerated() {
            if byID[question.id] == nil { byID[question.id] = index }
            if byFact[question.factID] == nil { facts.append(question.factID) }
            byFact[question.factID, default: []].append(index)
        }
        contentHashes = questions.map(\.contentHash)
        indexByID = byID
        indicesByFact = byFact
        factIDs = facts
    }

    /// The question with this id.
    public func question(_ id: String) -> Question? {
        indexByID[id].map { questions[$0] }
    }

    /// The `contentHash` of the question with this id.
    public func contentHash(of id: String) -> String? {
        indexByID[id].map { contentHashes[$0] }
    }

    /// Every form of a fact (its multiple-choice and typed questions), in bank order.
    public func forms(of factID: String) -> [Question] {
        (indicesByFact[factID] ?? []).map { questions[$0] }
    }

    /// Questions that belong to the lesson with this id.
    public func questions(inLesson lessonID: String) -> [Question] {
        questions.filter { $0.lessonID == lessonID }
    }

    /// Questions about actors (they list an actor) or about events (they list an event); a question may be both.
    public func questions(about subject: QuestionSubject) -> [Question] {
        questions.filter { $0.isAbout(subject) }
    }

    /// Questions of one kind.
    public func questions(ofKind kind: QuestionKind) -> [Question] {
        questions.filter { $0.kind == kind }
    }

    /// Authored or generated questions.
    public func questions(from origin: QuestionOrigin) -> [Question] {
        questions.filter { $0.origin == origin }
    }
}

extension Question {
    /// Whether the question tests an actor (for `.actors`) or an event (for `.events`).
    public func isAbout(_ subject: QuestionSubject) -> Bool {
        switch subject {
        case .actors: !actorIDs.isEmpty
        case .events: !eventIDs.isEmpty
        }
    }
}
