import Foundation

/// Makes questions from a course's knowledge base (actors, events, quotations), with no randomness at all.
///
/// Every generated id starts with `gen.` and is built from knowledge-base ids only, so rewording a role, a title or
/// a quotation keeps the question's identity (and the learner's history); authored ids are `[a-z][a-z0-9-]*` and can
/// never contain the dot. A fact that has both a multiple-choice and a typed or number form yields both, sharing one
/// `factID`; the planner decides which form to ask. Distractors are chosen by a stable hash of ids, never at random:
/// the asker shuffles options when it shows them.
public enum QuestionGenerator {
    /// The prefix of every generated id and fact id.
    public static let idPrefix = "gen."

    /// The families of generated questions; each names itself in the ids it makes (`gen.<family>.…`).
    public enum Family: String, Sendable, CaseIterable, Codable {
        /// Role → actor: "As of 2014, which person had this role: Prime Minister of Iraq?" (choice and typed forms).
        case roleActor = "role-actor"
        /// Actor → role: "As of 2014, what was the role of this person: Nouri al-Maliki?" (choice only).
        case actorRole = "actor-role"
        /// Actor → affiliation (choice only).
        case actorAffiliation = "actor-affiliation"
        /// Event → year or decade (choice and, unless the date is a decade, number forms).
        case eventYear = "event-year"
        /// Put three or four events in date order.
        case order
        /// Match three to five actors of one kind to their roles.
        case match
        /// Quotation → speaker (who-said and typed forms).
        case whoSaid = "who-said"
    }

    /// The most wrong options a generated multiple-choice question offers.
    static let distractorTarget = 3
    /// The fewest wrong options a multiple-choice form needs; with fewer, that form is not generated.
    static let distractorMinimum = 2

    /// Every question the knowledge base supports, in a fixed order: actors, events, timelines, matchings, quotations.
    public static func generate(for course: Course) -> [Question] {
        let context = GenerationContext(course)
        var questions: [Question] = []
        for actor in course.actors {
            questions += roleActorQuestions(actor, context)
            questions += actorRoleQuestions(actor, context)
            questions += actorAffiliationQuestions(actor, context)
        }
        for event in course.events {
            questions += eventYearQuestions(event, context)
        }
        questions += orderQuestions(context)
        questions += matchQuestions(context)
        for quote in course.quotes {
            questions += whoSaidQuestions(quote, context)
        }
        return questions
    }

    /// The family a generated id or fact id belongs to; nil for an authored id.
    public static func family(of id: String) -> Family? {
        guard id.hasPrefix(idPrefix) else { return nil }
        let name = id.dropFirst(idPrefix.count).prefix { $0 != "." }
        return Family(rawValue: String(name))
    }

    /// The fact id `gen.<family>.<part>.<part>…`.
    static func factID(_ family: Family, _ parts: [String]) -> String {
        idPrefix + ([family.rawValue] + parts).joined(separator: ".")
    }

    /// Candidates in a stable pseudo-random order: by the hash of `salt|id`, ties by id.
    static func ranked<T>(_ candidates: [T], salt: String, id: (T) -> String) -> [T] {
        candidates
            .map { (rank: StableHash.of(salt + "|" + id($0)), id: id($0), value: $0) }
            .sorted { ($0.rank, $0.id) < ($1.rank, $1.id) }
            .map(\.value)
    }

    /// The first `limit` candidates whose keys are new: none equal to a key in `taken` nor to each other.
    static func distinct<T>(_ candidates: [T], taken: Set<String>, limit: Int, keys: (T) -> [String]) -> [T] {
        var seen = taken
        var chosen: [T] = []
        for candidate in candidates where chosen.count < limit {
            let candidateKeys = keys(candidate)
            guard !candidateKeys.contains(where: { $0.isEmpty || seen.contains($0) }) else { continue }
            seen.formUnion(candidateKeys)
            chosen.append(candidate)
        }
        return chosen
    }

    /// The options of a multiple-choice question in a stable order, and where the answer landed.
    ///
    /// Options are ordered by a hash of their knowledge-base ids, so the answer is not always first even before the
    /// asker shuffles, and the order does not change when wording does.
    static func arrange(
        answer: (id: String, text: String), distractors: [(id: String, text: String)], salt: String
    ) -> (options: [String], answer: Int) {
        let all = ranked([answer] + distractors, salt: salt + "|options", id: \.id)
        let index = all.firstIndex { $0.id == answer.id } ?? 0
        return (all.map(\.text), index)
    }

    /// `text` without trailing full stops or spaces, for embedding in a sentence.
    static func trimmed(_ text: String) -> String {
        var result = text.trimmingCharacters(in: .whitespacesAndNewlines)
        while let last = result.last, last == "." || last == "?" || last == ":" || last == ";" {
            result.removeLast()
        }
        return result
    }
}

/// What every generation step needs: the course, the article's year and which lesson introduces what.
struct GenerationContext {
    let course: Course
    /// The article's year, the "as of" of every prompt.
    let year: Int
    private let actorLesson: [String: Int]
    private let eventLesson: [String: Int]
    /// Every actor's comparison keys, normalised once: generation compares each actor with every other, and
    /// normalising inside those loops made it quadratic in `AnswerText.normalize` calls.
    private let actorKeys: [String: ActorKeys]

    /// An actor's names and attributes as comparison keys (`AnswerText.normalize`).
    struct ActorKeys {
        let names: [String]
        let name: String
        let role: String
        let affiliation: String

        init(_ actor: Actor) {
            names = QuestionGenerator.nameKeys(actor)
            name = names.first ?? AnswerText.normalize(actor.name)
            role = AnswerText.normalize(actor.role)
            affiliation = AnswerText.normalize(actor.affiliation)
        }

        /// The key of `attribute`, for the attributes kept here.
        subscript(attribute: KeyPath<Actor, String>) -> String? {
            switch attribute {
            case \Actor.name: name
            case \Actor.role: role
            case \Actor.affiliation: affiliation
            default: nil
            }
        }
    }

    init(_ course: Course) {
        self.course = course
        year = course.article.year
        var keys: [String: ActorKeys] = [:]
        var repeated = Set<String>()
        for actor in course.actors where keys.updateValue(ActorKeys(actor), forKey: actor.id) != nil {
            repeated.insert(actor.id)
        }
        // An id used twice (a course the checks will refuse) cannot tell its actors apart: normalise those directly.
        for id in repeated { keys[id] = nil }
        actorKeys = keys
        var actors: [String: Int] = [:]
        var events: [String: Int] = [:]
        for (index, lesson) in course.lessons.enumerated() {
            for id in lesson.actorIDs where actors[id] == nil { actors[id] = index }
            for id in lesson.eventIDs where events[id] == nil { events[id] = index }
        }
        actorLesson = actors
        eventLesson = events
    }

    /// The cached comparison keys of `actor`, when it is the course's actor of that id.
    func keys(of actor: Actor) -> ActorKeys? {
        actorKeys[actor.id]
    }

    /// Comparison keys of every name of an actor, normalised once per generation.
    func nameKeys(_ actor: Actor) -> [String] {
        actorKeys[actor.id]?.names ?? QuestionGenerator.nameKeys(actor)
    }

    /// The first lesson whose `actors:` lists the actor.
    func lesson(forActor id: String) -> String? {
        actorLesson[id].map { course.lessons[$0].id }
    }

    /// The first lesson whose `events:` lists the event.
    func lesson(forEvent id: String) -> String? {
        eventLesson[id].map { course.lessons[$0].id }
    }

    /// The lesson by which every one of these actors has been introduced; nil if one never is.
    func lesson(forActors ids: [String]) -> String? {
        latest(ids.map { actorLesson[$0] })
    }

    /// The lesson by which every one of these events has been introduced; nil if one never is.
    func lesson(forEvents ids: [String]) -> String? {
        latest(ids.map { eventLesson[$0] })
    }

    private func latest(_ indices: [Int?]) -> String? {
        var result = -1
        for index in indices {
            guard let index else { return nil }
            result = max(result, index)
        }
        return course.lessons.indices.contains(result) ? course.lessons[result].id : nil
    }

    /// The lesson for a quotation: the first introducing its speaker and citing its paragraph, else the first
    /// introducing the speaker, else the first citing the paragraph.
    func lesson(forQuote quote: Quote) -> String? {
        let introducing = course.lessons.filter { $0.actorIDs.contains(quote.speakerID) }
        if let lesson = introducing.first(where: { $0.citedParagraphIDs.contains(quote.paragraphID) }) {
            return lesson.id
        }
        if let lesson = introducing.first { return lesson.id }
        return course.lessons.first { $0.citedParagraphIDs.contains(quote.paragraphID) }?.id
    }

    /// Paragraph ids without repeats, in reading order.
    func paragraphs(_ ids: [String]) -> [String] {
        var seen = Set<String>()
        return ids.filter { seen.insert($0).inserted }
            .enumerated()
            .sorted { (course.article.order(of: $0.element), $0.offset) < (course.article.order(of: $1.element), $1.offset) }
            .map(\.element)
    }
}

extension ActorKind {
    /// "person", "armed group": how a prompt names one actor of this kind.
    var noun: String {
        switch self {
        case .person: "person"
        case .state: "state"
        case .government: "government"
        case .armedGroup: "armed group"
        case .militaryUnit: "military unit"
        case .organisation: "organisation"
        case .community: "community"
        }
    }

    /// "people", "armed groups".
    var pluralNoun: String {
        switch self {
        case .person: "people"
        case .community: "communities"
        default: noun + "s"
        }
    }
}
