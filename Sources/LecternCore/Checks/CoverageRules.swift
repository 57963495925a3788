/// Whether the questions cover what the lessons teach, at the depth the lessons teach it: one fact asked no more than
/// twice, every objective tested, every paragraph asked about beyond recall.
enum CoverageRules {
    /// The most questions one fact may have (a multiple-choice and a typed form).
    static let questionsPerFact = 2
    /// The questions each objective should have.
    static let questionsPerObjective = 2
    /// The least share of authored questions that ask for understanding or analysis.
    static let understandingShare = 0.40
    /// The fewest `understand` or `analyse` questions a lesson should have.
    static let understandingPerLesson = 4

    /// Every coverage finding of the course.
    static func warnings(_ course: Course, _ questions: [Question]) -> [Diagnostic] {
        let drafted = draftLessons(course)
        return repeatedFacts(questions) + paragraphsWithoutUnderstanding(course, questions, skipping: drafted)
            + objectives(course, questions, skipping: drafted)
            + (understandingShare(course.questions).map { [$0] } ?? [])
            + lessonsWithoutUnderstanding(course, questions, skipping: drafted)
    }

    /// The lessons still in draft: no accepted authored question yet, and drafts waiting. The per-lesson coverage
    /// rules skip them (`lectern check --coverage` lists what they lack), so a course fresh from `lectern new`
    /// passes `check --strict`; the first accepted question holds the lesson to every rule.
    static func draftLessons(_ course: Course) -> Set<String> {
        let accepted = Set(course.questions.compactMap(\.lessonID))
        return Set((course.drafts + course.draftGeneratedQuestions).compactMap(\.lessonID)).subtracting(accepted)
    }

    /// `fact-repeated`: more than two questions share a fact; reported at the first of them, naming them all.
    static func repeatedFacts(_ questions: [Question]) -> [Diagnostic] {
        var byFact: [String: [Question]] = [:]
        var order: [String] = []
        for question in questions {
            if byFact[question.factID] == nil { order.append(question.factID) }
            byFact[question.factID, default: []].append(question)
        }
        return order.compactMap { fact in
            guard let siblings = byFact[fact], siblings.count > questionsPerFact, let first = siblings.first else {
                return nil
            }
            return CheckText.diagnostic(
                first, .factRepeated,
                "\(siblings.count) questions test the fact '\(fact)' (at most \(questionsPerFact)): \(CheckText.list(siblings))")
        }
    }

    /// `paragraph-understanding`: a paragraph a lesson cites that no `understand` or `analyse` question cites;
    /// reported at the first section citing it.
    static func paragraphsWithoutUnderstanding(
        _ course: Course, _ questions: [Question], skipping drafted: Set<String> = []
    ) -> [Diagnostic] {
        let understood = Set(questions.filter(\.testsUnderstanding).flatMap(\.paragraphIDs))
        var reported = Set<String>()
        var found: [Diagnostic] = []
        for lesson in course.lessons where !drafted.contains(lesson.id) {
            for section in lesson.sections {
                for paragraph in section.paragraphIDs where !understood.contains(paragraph) {
                    guard reported.insert(paragraph).inserted else { continue }
                    found.append(
                        Diagnostic(
                            SourceLocation(file: lesson.file, line: section.line),
                            "paragraph '\(paragraph)' has no understand or analyse question: ask what it means or why it is there, not only what it says",
                            rule: .paragraphUnderstanding))
                }
            }
        }
        return found
    }

    /// `objective-untested` and `objective-once`: each objective of a lesson needs two questions of that lesson that
    /// list it; reported at the objective's line.
    static func objectives(_ course: Course, _ questions: [Question], skipping drafted: Set<String> = []) -> [Diagnostic] {
        var found: [Diagnostic] = []
        for lesson in course.lessons where !drafted.contains(lesson.id) {
            let own = questions.filter { $0.lessonID == lesson.id }
            for (index, objective) in lesson.objectives.enumerated() {
                let testing = own.filter { $0.objectives.contains(index + 1) }
                guard testing.count < questionsPerObjective else { continue }
                let location = SourceLocation(file: lesson.file, line: lesson.line(ofObjective: index))
                let message = testing.first.map {
                    "objective \(index + 1) is tested by one question only (\($0.id)); give it at least \(questionsPerObjective): \"\(objective)\""
                } ?? "objective \(index + 1) is tested by no question: list it in the 'objectives' of at least \(questionsPerObjective): \"\(objective)\""
                found.append(Diagnostic(location, message, rule: testing.isEmpty ? .objectiveUntested : .objectiveOnce))
            }
        }
        return found
    }

    /// `understanding-share`: under 40% of the authored questions are `understand` or `analyse`.
    static func understandingShare(_ authored: [Question]) -> Diagnostic? {
        let deep = authored.filter(\.testsUnderstanding).count
        guard !authored.isEmpty, Double(deep) < understandingShare * Double(authored.count) else { return nil }
        return Diagnostic(
            CheckText.questionsFolder,
            "\(CheckText.share(deep, of: authored.count)) authored questions are understand or analyse (at least 40%): "
                + "the rest only ask to recall",
            rule: .understandingShare)
    }

    /// `lesson-understanding`: a lesson with fewer than four `understand` or `analyse` questions; reported at the
    /// top of its front matter.
    static func lessonsWithoutUnderstanding(
        _ course: Course, _ questions: [Question], skipping drafted: Set<String> = []
    ) -> [Diagnostic] {
        course.lessons.filter { !drafted.contains($0.id) }.compactMap { lesson in
            let deep = questions.filter { $0.lessonID == lesson.id && $0.testsUnderstanding }.count
            guard deep < understandingPerLesson else { return nil }
            return Diagnostic(
                SourceLocation(file: lesson.file, line: lesson.lines.frontMatter),
                "lesson '\(lesson.id)' has \(deep) understand or analyse question\(deep == 1 ? "" : "s") (at least \(understandingPerLesson))",
                rule: .lessonUnderstanding)
        }
    }
}
