import Foundation

/// What Lectern knows about a question that the exchange formats have no field for (its lesson, paragraphs, level,
/// objectives, actors, events, fact and kind), carried as tags: `lectern::paragraph::p3`.
///
/// Anki shows `::` tags as a tree; Moodle keeps tags through its own import and export (in XML as `<tags>`, in GIFT as
/// `// [tag:…]` comments), so a question that goes through Moodle and back still cites its paragraphs.
public struct ExchangeMetadata: Sendable, Equatable {
    /// The first part of every tag Lectern writes.
    public static let prefix = "lectern::"

    /// The question's kind in Lectern.
    public var kind: QuestionKind?
    /// The lesson the question belonged to.
    public var lessonID: String?
    /// The paragraphs the question cites.
    public var paragraphIDs: [String] = []
    /// What the question asks of the learner.
    public var level: QuestionLevel?
    /// The lesson objectives (1-based) the question tests.
    public var objectives: [Int] = []
    /// The actors the question tests.
    public var actorIDs: [String] = []
    /// The events the question tests.
    public var eventIDs: [String] = []
    /// The fact the question tests, when it is not the question's own id.
    public var factID: String?
    /// Tags that are not Lectern's, kept as they were.
    public var otherTags: [String] = []

    /// Empty metadata.
    public init() {}

    /// The metadata of a question of the bank.
    public init(_ question: Question) {
        kind = question.kind
        lessonID = question.lessonID
        paragraphIDs = question.paragraphIDs
        level = question.level
        objectives = question.objectives
        actorIDs = question.actorIDs
        eventIDs = question.eventIDs
        factID = question.factID == question.id ? nil : question.factID
    }

    /// Reads Lectern's tags among `tags`; the others are kept in `otherTags`.
    public init(tags: [String]) {
        for tag in tags {
            let parts = tag.components(separatedBy: "::")
            guard parts.count == 3, parts[0] == "lectern", !parts[2].isEmpty else {
                otherTags.append(tag)
                continue
            }
            let value = parts[2]
            switch parts[1] {
            case "kind": kind = QuestionKind(rawValue: value)
            case "lesson": lessonID = value
            case "paragraph": paragraphIDs.append(value)
            case "level": level = QuestionLevel(rawValue: value)
            case "objective" where Int(value) != nil: objectives.append(Int(value) ?? 0)
            case "actor": actorIDs.append(value)
            case "event": eventIDs.append(value)
            case "fact": factID = value
            default: otherTags.append(tag)
            }
        }
    }

    /// The tags, in a fixed order: kind, lesson, level, objectives, paragraphs, actors, events, fact, then the others.
    public var tags: [String] {
        var tags: [String] = []
        func add(_ name: String, _ value: String?) {
            // A tag cannot hold a space (Anki splits tags at spaces); Lectern's ids never do.
            guard let value, !value.isEmpty, !value.contains(where: \.isWhitespace) else { return }
            tags.append(Self.prefix + name + "::" + value)
        }
        add("kind", kind?.rawValue)
        add("lesson", lessonID)
        add("level", level?.rawValue)
        objectives.forEach { add("objective", String($0)) }
        paragraphIDs.forEach { add("paragraph", $0) }
        actorIDs.forEach { add("actor", $0) }
        eventIDs.forEach { add("event", $0) }
        add("fact", factID)
        return tags + otherTags
    }
}
