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
        return found.sorted()
    }
}
