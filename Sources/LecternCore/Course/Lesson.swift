/// A guided lesson: objectives, sections of prose citing the article, a summary and self-check prompts.
public struct Lesson: Sendable, Equatable {
    /// The stable id.
    public let id: String
    /// The title shown in lists.
    public let title: String
    /// Two to four learning objectives.
    public let objectives: [String]
    /// Actors the lesson introduces.
    public let actorIDs: [String]
    /// Events the lesson introduces.
    public let eventIDs: [String]
    /// A one-paragraph summary.
    public let summary: String
    /// "Check yourself" prompts.
    public let checks: [String]
    /// The sections, in order.
    public let sections: [LessonSection]
    /// The file the lesson came from, relative to the course folder.
    public let file: String

    /// Creates a lesson.
    public init(
        id: String, title: String, objectives: [String], actorIDs: [String], eventIDs: [String],
        summary: String, checks: [String], sections: [LessonSection], file: String
    ) {
        self.id = id
        self.title = title
        self.objectives = objectives
        self.actorIDs = actorIDs
        self.eventIDs = eventIDs
        self.summary = summary
        self.checks = checks
        self.sections = sections
        self.file = file
    }

    /// Every paragraph id the lesson's sections cite, without repeats, in first-cited order.
    public var citedParagraphIDs: [String] {
        var seen = Set<String>()
        return sections.flatMap(\.paragraphIDs).filter { seen.insert($0).inserted }
    }
}

/// A section of a lesson: a heading, the paragraphs it draws on, and Markdown prose.
public struct LessonSection: Sendable, Equatable {
    /// The heading, without its citation.
    public let title: String
    /// The paragraph ids cited in the heading.
    public let paragraphIDs: [String]
    /// The Markdown body.
    public let body: String
    /// The line of the heading in the lesson file.
    public let line: Int

    /// Creates a section.
    public init(title: String, paragraphIDs: [String], body: String, line: Int) {
        self.title = title
        self.paragraphIDs = paragraphIDs
        self.body = body
        self.line = line
    }
}
