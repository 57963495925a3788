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
    /// The teacher's model answer of each prompt in `checks`, at the same index; nil where the prompt has none (a
    /// plain-string prompt, or an empty `answer:`), which `lectern check` warns about (`check-answer-missing`).
    public let checkAnswers: [String?]
    /// The sections, in order.
    public let sections: [LessonSection]
    /// The file the lesson came from, relative to the course folder.
    public let file: String
    /// Where the front matter's prose is in `file`, for reports that point at it.
    public let lines: LessonLines

    /// Creates a lesson.
    public init(
        id: String, title: String, objectives: [String], actorIDs: [String], eventIDs: [String],
        summary: String, checks: [String], checkAnswers: [String?]? = nil, sections: [LessonSection], file: String,
        lines: LessonLines = LessonLines()
    ) {
        self.id = id
        self.title = title
        self.objectives = objectives
        self.actorIDs = actorIDs
        self.eventIDs = eventIDs
        self.summary = summary
        self.checks = checks
        self.checkAnswers = checks.indices.map { index in
            checkAnswers.flatMap { $0.indices.contains(index) ? $0[index] : nil }
        }
        self.sections = sections
        self.file = file
        self.lines = lines
    }

    /// The line of the objective at this 0-based index, when known.
    public func line(ofObjective index: Int) -> Int? {
        lines.objectives.indices.contains(index) ? lines.objectives[index] : nil
    }

    /// Every paragraph id the lesson's sections cite, without repeats, in first-cited order.
    public var citedParagraphIDs: [String] {
        var seen = Set<String>()
        return sections.flatMap(\.paragraphIDs).filter { seen.insert($0).inserted }
    }
}

/// The lines of a lesson file where its front matter's prose starts: the first line of each text, below a block
/// scalar's `>` or `|`.
public struct LessonLines: Sendable, Equatable {
    /// The line of the first key of the front matter.
    public let frontMatter: Int?
    /// The line of each objective.
    public let objectives: [Int]
    /// The line of the summary.
    public let summary: Int?
    /// The line of each "check yourself" prompt.
    public let checks: [Int]
    /// The line of each prompt's model answer, at the prompt's index; nil where it has none.
    public let checkAnswers: [Int?]

    /// Creates the lines; unknown by default (a lesson built in memory).
    public init(
        frontMatter: Int? = nil, objectives: [Int] = [], summary: Int? = nil, checks: [Int] = [],
        checkAnswers: [Int?] = []
    ) {
        self.frontMatter = frontMatter
        self.objectives = objectives
        self.summary = summary
        self.checks = checks
        self.checkAnswers = checkAnswers
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
    /// The line of the body's first line in the lesson file.
    public let bodyLine: Int

    /// Creates a section; its body starts on the line below the heading unless told.
    public init(title: String, paragraphIDs: [String], body: String, line: Int, bodyLine: Int? = nil) {
        self.title = title
        self.paragraphIDs = paragraphIDs
        self.body = body
        self.line = line
        self.bodyLine = bodyLine ?? line + 1
    }
}
