/// The rules `lectern check` holds a course to beyond its format: what makes a question fair and a lesson the
/// author's own. Each has an id, printed with what it finds (`warning[key-longest]`), that `docs/course-format.md`
/// explains.
public enum CheckRule: String, Sendable, CaseIterable, Hashable {
    /// A question's `evidence` is not, word for word, in one of the paragraphs it cites (an error).
    case evidenceVerbatim = "evidence-verbatim"
    /// A question names no `evidence`.
    case evidenceMissing = "evidence-missing"
    /// An authored question declares no `level`.
    case levelMissing = "level-missing"
    /// The answer, an accepted form of it or a name of the actor it is, appears in the question's own prompt.
    case answerInPrompt = "answer-in-prompt"
    /// An actor's role text contains one of the actor's own names, so role questions answer themselves.
    case roleNamesActor = "role-names-actor"
    /// The key is the longest option in more than 30% of choice questions.
    case keyLongest = "key-longest"
    /// The key is the latest year in more than 40% of year questions.
    case keyLatestYear = "key-latest-year"
    /// True/false statements are not 40-60% true.
    case trueFalseBalance = "true-false-balance"
    /// Absolute qualifiers ("all", "only", "never"…) are mostly in the false statements.
    case absoluteQualifiers = "absolute-qualifiers"
    /// More than two questions test one fact.
    case factRepeated = "fact-repeated"
    /// A paragraph a lesson cites has no `understand` or `analyse` question.
    case paragraphUnderstanding = "paragraph-understanding"
    /// No question tests a lesson objective.
    case objectiveUntested = "objective-untested"
    /// Only one question tests a lesson objective.
    case objectiveOnce = "objective-once"
    /// Fewer than 40% of authored questions are `understand` or `analyse`.
    case understandingShare = "understanding-share"
    /// A lesson has fewer than four `understand` or `analyse` questions.
    case lessonUnderstanding = "lesson-understanding"
    /// A lesson sentence shares more than eight consecutive words with the article outside quotation marks.
    case ownWords = "own-words"
    /// A "check yourself" prompt has no model `answer:` (a plain string, or an empty answer).
    case checkAnswerMissing = "check-answer-missing"
    /// A question's `section:` names no section of its lesson (an error).
    case sectionUnknown = "section-unknown"
    /// More than two questions are asked after one lesson section.
    case sectionCrowded = "section-crowded"
    /// The course declares no id in `Quizzes/course.yaml`, so its progress is kept under one made from its title.
    case courseIDMissing = "course-id-missing"

    /// How much a finding matters: evidence that is not in the article, and a question asked after a section its
    /// lesson does not have, are errors.
    public var severity: Severity {
        self == .evidenceVerbatim || self == .sectionUnknown ? .error : .warning
    }
}
