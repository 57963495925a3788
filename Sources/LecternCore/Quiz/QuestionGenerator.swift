import Foundation

/// Makes questions from a course's knowledge base (actors, events, quotations), with no randomness at all.
///
/// Every generated id starts with `gen.` and is built from knowledge-base ids only, so rewording a role, a title or
/// a quotation keeps the question's identity (and the learner's history); authored ids are `[a-z][a-z0-9-]*` and can
/// never contain the dot. A fact that has both a multiple-choice and a typed or number form yields both, sharing one
/// `factID`; the planner decides which form to ask. Distractors are chosen by a stable hash of ids, never at random:
/// the asker shuffles options when it shows them.
///
/// A question is made only from a knowledge-base field that names its `evidence`, a passage found verbatim in one of
/// the entry's paragraphs; the question cites that paragraph, belongs to the lesson that cites it, and shows the
/// evidence as its source. Every generated question asks the learner to remember.
public enum QuestionGenerator {
    /// The prefix of every generated id and fact id.
    public static let idPrefix = "gen."

    /// The families of generated questions; each names itself in the ids it makes (`gen.<family>.…`).
    public enum Family: String, Sendable, CaseIterable, Codable {
        /// Role → actor: "Which person does the article describe, in 2001? Head of the Afghan Interim Authority…"
        /// (choice and typed forms).
        case roleActor = "role-actor"
        /// Actor → role: "How does the article describe Hamid Karzai, in 2001?" (choice only).
        case actorRole = "actor-role"
        /// Event → year or decade (choice and, unless the date is a decade, number forms).
        case eventYear = "event-year"
        /// Quotation → speaker (who-said and typed forms).
        case whoSaid = "who-said"
    }

    /// The most wrong options a generated multiple-choice question offers.
    static let distractorTarget = 3
    /// The fewest wrong options a multiple-choice form needs; with fewer, that form is not generated.
    static let distractorMinimum = 2

    /// Every question the knowledge base supports, in a fixed order: actors, events, quotations.
    public static func generate(for course: Course) -> [Question] {
        let context = GenerationContext(course)
        var questions: [Question] = []
        for actor in course.actors {
            // The choice form first: the planner asks a fact as a choice until it is known, then typed.
            questions += actorRoleQuestions(actor, context)
            questions += roleActorQuestions(actor, context)
        }
        questions += eventYearQuestions(context)
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

    /// Whether normalised `text` contains one of the normalised `names` as whole words.
    static func mentions(_ text: String, anyOf names: [String]) -> Bool {
        let padded = " " + text + " "
        return names.contains { !$0.isEmpty && padded.contains(" " + $0 + " ") }
    }
}

/// What every generation step needs: the course, the article's year, and where each piece of evidence lies.
struct GenerationContext {
    let course: Course
    /// The article's year: the time of every role that gives no other.
    let year: Int
    /// Every actor's comparison keys, normalised once: generation compares each actor with every other, and
    /// normalising inside those loops made it quadratic in `AnswerText.normalize` calls.
    private let actorKeys: [String: ActorKeys]

    /// An actor's names and role as comparison keys (`AnswerText.normalize`).
    struct ActorKeys {
        let names: [String]
        let role: String

        init(_ actor: Actor) {
            names = QuestionGenerator.nameKeys(actor)
            role = AnswerText.normalize(actor.role)
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
    }

    /// Comparison keys of every name of an actor, normalised once per generation.
    func nameKeys(_ actor: Actor) -> [String] {
        actorKeys[actor.id]?.names ?? QuestionGenerator.nameKeys(actor)
    }

    /// The comparison key of an actor's role.
    func roleKey(_ actor: Actor) -> String {
        actorKeys[actor.id]?.role ?? AnswerText.normalize(actor.role)
    }

    /// The first of `paragraphIDs` (in the entry's order) that holds `evidence` verbatim; nil when none does.
    func paragraph(holding evidence: String, among paragraphIDs: [String]) -> String? {
        let quotation = Quotation(text: evidence, line: 1)
        return paragraphIDs.first { id in
            course.article.paragraph(id).map { quotation.isVerbatim(in: $0.text) } ?? false
        }
    }

    /// The lesson a question on `paragraphID` belongs to: the first lesson citing the paragraph that also
    /// introduces one of `subjects` (actor or event ids), else the first lesson citing it.
    func lesson(citing paragraphID: String, introducing subjects: [String]) -> String? {
        let citing = course.lessons.filter { $0.citedParagraphIDs.contains(paragraphID) }
        let introducing = citing.first { lesson in
            subjects.contains { lesson.actorIDs.contains($0) || lesson.eventIDs.contains($0) }
        }
        return (introducing ?? citing.first)?.id
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
}
