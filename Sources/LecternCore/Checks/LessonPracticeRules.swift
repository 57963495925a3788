/// What a lesson asks the learner while they study it: the questions after its sections (`section:`) and the model
/// answers of its "check yourself" prompts.
///
/// `section-unknown` is an error, checked whenever a course loads (`study` could not ask the question anywhere);
/// `section-crowded` and `check-answer-missing` are warnings of `lectern check`.
enum LessonPracticeRules {
    /// The most questions asked after one section before the learner is kept from reading on too long.
    static let questionsPerSection = 2

    /// `section-unknown`: a question's `section:` is no section title of its lesson; reported at the `section:` line
    /// with the nearest title.
    static func errors(_ question: Question, in course: Course) -> [Diagnostic] {
        guard let reference = question.section, let lessonID = question.lessonID,
            let lesson = course.lesson(lessonID), lesson.sectionIndex(of: reference) == nil
        else { return [] }
        let titles = lesson.sections.map(\.title)
        let nearest = titles.min {
            AnswerText.distance(SectionReference.key(reference.title), SectionReference.key($0))
                < AnswerText.distance(SectionReference.key(reference.title), SectionReference.key($1))
        }
        let suggestion = nearest.map { " Did you mean '\($0)'?" } ?? ""
        let location = SourceLocation(file: question.source?.file ?? lesson.file, line: reference.line ?? question.source?.line)
        return [
            Diagnostic(
                location,
                "question \(question.id): lesson '\(lesson.id)' has no section titled '\(reference.title)'.\(suggestion)"
                    + " Write a '## ' heading's title without its paragraphs (sections: \(titles.joined(separator: "; ")))",
                rule: .sectionUnknown)
        ]
    }

    /// `section-crowded` and `check-answer-missing`.
    static func warnings(_ course: Course) -> [Diagnostic] {
        crowdedSections(course) + missingAnswers(course)
    }

    /// `section-crowded`: more than two questions after one section, reported at its heading, naming them.
    static func crowdedSections(_ course: Course) -> [Diagnostic] {
        course.lessons.flatMap { lesson in
            lesson.sections.indices.compactMap { index -> Diagnostic? in
                let asked = lesson.questions(afterSection: index, in: course.questions)
                guard asked.count > questionsPerSection else { return nil }
                let section = lesson.sections[index]
                return Diagnostic(
                    SourceLocation(file: lesson.file, line: section.line),
                    "section '\(section.title)' is followed by \(asked.count) questions (at most \(questionsPerSection)):"
                        + " \(CheckText.list(asked)); move the others to another section or leave them to the quiz",
                    rule: .sectionCrowded)
            }
        }
    }

    /// `check-answer-missing`: a "check yourself" prompt without a model answer, at the prompt's line.
    /// A lesson still in draft (`CoverageRules.draftLessons`, as `lectern new` writes it) is not held to it yet.
    static func missingAnswers(_ course: Course) -> [Diagnostic] {
        let drafted = CoverageRules.draftLessons(course)
        return course.lessons.filter { !drafted.contains($0.id) }.flatMap { lesson in
            lesson.checks.indices.compactMap { index -> Diagnostic? in
                guard lesson.checkAnswers[index] == nil else { return nil }
                let line = lesson.lines.checks.indices.contains(index) ? lesson.lines.checks[index] : nil
                return Diagnostic(
                    SourceLocation(file: lesson.file, line: line),
                    "check-yourself prompt \(index + 1) has no model answer: write it as 'prompt:' with an 'answer:'"
                        + " the learner compares theirs with",
                    rule: .checkAnswerMissing)
            }
        }
    }
}
