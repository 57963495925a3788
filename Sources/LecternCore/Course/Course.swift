import Foundation

/// A loaded, validated course: the article, its lessons, its knowledge base and its authored questions.
public struct Course: Sendable {
    /// The course folder.
    public let root: URL
    /// The course's stable id (`Quizzes/course.yaml`, or one made from the article's title): the name its learners'
    /// progress is kept under in a shared progress folder.
    public let identity: CourseIdentity
    /// The text being taught.
    public let article: Article
    /// Lessons in order.
    public let lessons: [Lesson]
    /// Every actor of the knowledge base, drafts included.
    public private(set) var actors: [Actor]
    /// Every event of the knowledge base in date order (one date's events in file order), then the conditions;
    /// drafts included.
    public private(set) var events: [Event]
    /// Attributed quotations, drafts included.
    public private(set) var quotes: [Quote]
    /// Authored questions, in file order, without the drafts: the ones served to learners.
    public let questions: [Question]
    /// Authored questions marked `draft: true`, in file order: parsed, never served, skipped by the check rules.
    public let drafts: [Question]
    /// Questions made from the knowledge base's accepted entries, generated once when the course is built.
    public private(set) var generatedQuestions: [Question] = []
    /// Questions the knowledge base's draft entries would add: generated, never served, like authored drafts.
    public private(set) var draftGeneratedQuestions: [Question] = []

    /// Creates a course from loaded parts; without an `identity`, its id is made from the article's title.
    public init(
        root: URL, article: Article, lessons: [Lesson], actors: [Actor], events: [Event], quotes: [Quote],
        questions: [Question], drafts: [Question] = [], identity: CourseIdentity? = nil
    ) {
        self.root = root
        self.identity = identity ?? .derived(fromTitle: article.title)
        self.article = article
        self.lessons = lessons
        self.actors = actors
        // Dated events by date, events of one date in file order (the article's order), then the undated conditions.
        self.events = events.enumerated().sorted { lhs, rhs in
            switch (lhs.element.date, rhs.element.date) {
            case let (left?, right?): return left < right || (!(right < left) && lhs.offset < rhs.offset)
            case (.some, nil): return true
            case (nil, .some): return false
            case (nil, nil): return lhs.offset < rhs.offset
            }
        }.map(\.element)
        self.quotes = quotes
        self.questions = questions.filter { !$0.isDraft }
        self.drafts = drafts + questions.filter(\.isDraft)
        // Nothing is generated from a draft entry, nor offered as a distractor: generate from the accepted entries,
        // and keep what the drafts would add apart.
        var accepted = self
        accepted.actors.removeAll(where: \.isDraft)
        accepted.events.removeAll(where: \.isDraft)
        accepted.quotes.removeAll(where: \.isDraft)
        generatedQuestions = QuestionGenerator.generate(for: accepted)
        if accepted.actors.count + accepted.events.count + accepted.quotes.count
            < actors.count + events.count + quotes.count
        {
            let served = Set(generatedQuestions.map(\.id))
            draftGeneratedQuestions = QuestionGenerator.generate(for: self).filter { !served.contains($0.id) }.map {
                var draft = $0
                draft.isDraft = true
                return draft
            }
        }
    }

    /// How many questions are drafts, authored and generated.
    public var draftCount: Int { drafts.count + draftGeneratedQuestions.count }

    /// The course as it would be with every draft accepted (`lectern check --drafts`): the authored drafts among the
    /// questions, in file order, and every knowledge-base entry accepted.
    public func acceptingDrafts() -> Course {
        let all = (questions + drafts).sorted { lhs, rhs in
            (lhs.source?.file ?? "", lhs.source?.line ?? 0) < (rhs.source?.file ?? "", rhs.source?.line ?? 0)
        }
        func accept<T>(_ entry: T, _ flag: WritableKeyPath<T, Bool>) -> T {
            var accepted = entry
            accepted[keyPath: flag] = false
            return accepted
        }
        return Course(
            root: root, article: article, lessons: lessons, actors: actors.map { accept($0, \.isDraft) },
            events: events.map { accept($0, \.isDraft) }, quotes: quotes.map { accept($0, \.isDraft) },
            questions: all.map { accept($0, \.isDraft) }, identity: identity)
    }

    /// The actor with this id.
    public func actor(_ id: String) -> Actor? { actors.first { $0.id == id } }

    /// The event with this id.
    public func event(_ id: String) -> Event? { events.first { $0.id == id } }

    /// The lesson with this id.
    public func lesson(_ id: String) -> Lesson? { lessons.first { $0.id == id } }

    /// The lesson a learner names by number (1-based) or id.
    public func lesson(named reference: String) -> Lesson? {
        if let number = Int(reference), lessons.indices.contains(number - 1) { return lessons[number - 1] }
        return lesson(reference.lowercased())
    }

    /// The events an actor took part in, in date order.
    public func events(involving actorID: String) -> [Event] {
        events.filter { $0.actorIDs.contains(actorID) }
    }
}

extension Course {
    /// The actor a learner looks up by id, name or alias, forgiving case, accents, punctuation and small typos
    /// (never a name as close to another actor); failing that, the one actor with a name that starts so.
    public func resolveActor(named text: String) -> NameMatch? {
        if let match = ActorNameIndex(actors: actors).resolve(text) { return match }
        let key = AnswerText.normalize(text)
        guard !key.isEmpty else { return nil }
        let candidates = actors.compactMap { actor in
            actor.allNames.first { AnswerText.normalize($0).hasPrefix(key) }.map { (actor, $0) }
        }
        guard candidates.count == 1, let (actor, name) = candidates.first else { return nil }
        return NameMatch(actor: actor, matchedName: name, typos: 0)
    }
}
