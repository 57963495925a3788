/// What `lectern check` finds in a course that loads: the warnings of every check rule (`CheckRule`), on top of the
/// errors `CourseLoader` refuses a course for.
///
/// Generated questions count as they are served: they are in the bank beside the authored ones, so the course-wide
/// shares (longest key, latest year, true/false, facts, coverage) count them, and a finding on one is reported at
/// `generated:<id>`.
public enum CourseCheck {
    /// Every warning of `course`, sorted by file and line.
    public static func warnings(for course: Course) -> [Diagnostic] {
        let questions = course.questions + course.generatedQuestions
        var found = questions.flatMap(EvidenceRules.warnings)
        found += GiveawayRules.warnings(course, questions)
        found += CueRules.warnings(questions)
        found += CoverageRules.warnings(course, questions)
        found += OwnWordsRule.warnings(course)
        found += LessonPracticeRules.warnings(course)
        found += identityWarnings(course)
        return found.sorted()
    }

    /// `course-id-missing`: a course without `Quizzes/course.yaml` keeps its progress under an id made for it.
    static func identityWarnings(_ course: Course) -> [Diagnostic] {
        let identity = course.identity
        guard !identity.isDeclared else { return [] }
        let source = identity.origin == .articleTitle ? "the article's title" : "the course folder's name"
        return [Diagnostic(
            SourceLocation(file: CourseIdentity.file, line: nil),
            "the course declares no id, so its learners' progress is kept under '\(identity.id)', made from \(source),"
                + " which moves it if that changes: add \(CourseIdentity.file) holding the line 'id: \(identity.id)'",
            rule: .courseIDMissing)]
    }
}
