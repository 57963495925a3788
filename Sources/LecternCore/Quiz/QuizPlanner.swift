/// Which part of the bank a quiz draws from.
public enum QuizScope: Sendable, Hashable {
    /// Everything, spread across lessons.
    case mixed
    /// The questions of one lesson (by id).
    case lesson(String)
    /// Questions about actors.
    case actors
    /// Questions about events.
    case events
    /// The whole article: every lesson and several kinds, with a longer default length.
    case exam

    /// How many questions a quiz of this scope asks unless told otherwise: 25 for an exam, 10 for the rest.
    public var defaultCount: Int { self == .exam ? 25 : 10 }

    /// Whether a question falls inside the scope.
    public func contains(_ question: Question) -> Bool {
        switch self {
        case .mixed, .exam: true
        case .lesson(let id): question.lessonID == id
        case .actors: question.isAbout(.actors)
        case .events: question.isAbout(.events)
        }
    }
}

/// What a learner asked for: a scope, a length, perhaps one kind, and the facts they have already got right.
public struct QuizRequest: Sendable, Equatable {
    /// Where the questions come from.
    public var scope: QuizScope
    /// How many questions to ask at most.
    public var count: Int
    /// Only questions of this kind, when set.
    public var kind: QuestionKind?
    /// Facts the learner has answered correctly at least once: these are asked in their typed form when they have one.
    public var correctFacts: Set<String>

    /// Creates a request; `count` defaults to the scope's default length.
    public init(scope: QuizScope = .mixed, count: Int? = nil, kind: QuestionKind? = nil, correctFacts: Set<String> = []) {
        self.scope = scope
        self.count = count ?? scope.defaultCount
        self.kind = kind
        self.correctFacts = correctFacts
    }
}

/// Draws the questions of one quiz from a bank, the same way every time for the same generator state.
///
/// Like Quizlet's Learn mode, a fact is asked in the hardest form the learner can still answer: its multiple-choice
/// form until they have answered it correctly once, then its typed or number form when it has one. Each fact is asked
/// at most once per quiz. Questions are grouped by lesson and taken from the groups in turn (and, within a lesson,
/// from its kinds in turn), so a mixed quiz or an exam spans the article rather than piling up in one lesson.
public enum QuizPlanner {
    /// The questions of a quiz, in the order to ask them; fewer than `request.count` when the scope and kind filter
    /// leave fewer facts (the caller says so).
    public static func draw(
        _ request: QuizRequest, from bank: QuestionBank, using generator: inout some RandomNumberGenerator
    ) -> [Question] {
        let candidates = bank.factIDs.compactMap { form(of: $0, in: bank, for: request) }
        guard request.count > 0, !candidates.isEmpty else { return [] }

        var queues = groups(candidates, by: \.lessonID).map { interleavedByKind($0, using: &generator) }
        queues.shuffle(using: &generator)
        var chosen: [Question] = []
        var cursor = Array(repeating: 0, count: queues.count)
        while chosen.count < request.count {
            var tookAny = false
            for index in queues.indices where chosen.count < request.count && cursor[index] < queues[index].count {
                chosen.append(queues[index][cursor[index]])
                cursor[index] += 1
                tookAny = true
            }
            if !tookAny { break }
        }
        chosen.shuffle(using: &generator)
        return chosen
    }

    /// The form of a fact this request would ask, or nil when no form fits the scope and kind filter.
    ///
    /// Before the fact is in `correctFacts`: its first recognition form (choice, who-said, …), else its first form.
    /// After: its first recall form (typed, number, cloze), else its first recognition form.
    public static func form(of factID: String, in bank: QuestionBank, for request: QuizRequest) -> Question? {
        let forms = bank.forms(of: factID).filter { question in
            request.scope.contains(question) && (request.kind.map { question.kind == $0 } ?? true)
        }
        let recognition = forms.first { !$0.kind.isRecall }
        let recall = forms.first { $0.kind.isRecall }
        if request.correctFacts.contains(factID) {
            return recall ?? recognition
        }
        return recognition ?? recall
    }

    /// Questions grouped by a key, groups in order of first appearance (never dictionary order, which varies by run).
    private static func groups<Key: Hashable>(_ questions: [Question], by key: (Question) -> Key) -> [[Question]] {
        var order: [Key] = []
        var members: [Key: [Question]] = [:]
        for question in questions {
            let value = key(question)
            if members[value] == nil { order.append(value) }
            members[value, default: []].append(question)
        }
        return order.map { members[$0] ?? [] }
    }

    /// One lesson's questions, each kind shuffled, then taken from the kinds in turn (in a shuffled order).
    private static func interleavedByKind(
        _ questions: [Question], using generator: inout some RandomNumberGenerator
    ) -> [Question] {
        var kinds = groups(questions, by: \.kind)
        for index in kinds.indices { kinds[index].shuffle(using: &generator) }
        kinds.shuffle(using: &generator)
        var result: [Question] = []
        var position = 0
        while result.count < questions.count {
            for kind in kinds where position < kind.count { result.append(kind[position]) }
            position += 1
        }
        return result
    }
}
