/// What is left to write in a course (`lectern check --coverage`): paragraphs no accepted question asks about,
/// lessons under the minimum number of questions, question kinds and levels the accepted bank does not use, and the
/// drafts waiting to be accepted. Drafts count as not accepted.
///
/// The minimum per lesson is `minimumPerLesson`, the number of `understand` or `analyse` questions the
/// `lesson-understanding` rule asks of every lesson: a lesson with fewer accepted questions cannot pass that rule.
public struct CoverageReport: Sendable, Equatable {
    /// The fewest accepted questions a lesson should have (the `lesson-understanding` rule's four deep questions).
    public static let minimumPerLesson = 4
    /// The kinds an author can write (who-said questions come only from `quotes.yaml`).
    public static let authoredKinds: [QuestionKind] = QuestionKind.allCases.filter { $0 != .whoSaid }

    /// A paragraph no accepted question cites, and the first lesson section that cites it.
    public struct Paragraph: Sendable, Equatable {
        /// The paragraph's id.
        public let id: String
        /// The section citing it, `Lessons/NN-x.md:line`, when one does.
        public let section: SourceLocation?
        /// The section's title.
        public let sectionTitle: String?
        /// How many drafts cite it.
        public let drafts: Int
    }

    /// A lesson and what it lacks.
    public struct LessonGap: Sendable, Equatable {
        /// The lesson's id.
        public let id: String
        /// Where its front matter starts.
        public let location: SourceLocation
        /// Its accepted questions, authored and generated.
        public let accepted: Int
        /// Its accepted `understand` or `analyse` questions.
        public let deep: Int
        /// Its drafts.
        public let drafts: Int
        /// Levels none of its accepted questions has.
        public let missingLevels: [QuestionLevel]
    }

    /// Paragraphs no accepted question cites, in article order.
    public let paragraphs: [Paragraph]
    /// Lessons under the minimum, or missing a level, in course order.
    public let lessons: [LessonGap]
    /// Kinds no accepted question has.
    public let missingKinds: [QuestionKind]
    /// Levels no accepted question has (a question without `level` counts as `remember`).
    public let missingLevels: [QuestionLevel]
    /// Accepted questions, authored and generated.
    public let accepted: Int
    /// Drafts, authored and generated.
    public let drafts: Int
    /// The files holding authored drafts, with how many each holds, in name order.
    public let draftFiles: [DraftFile]

    /// A question file holding drafts.
    public struct DraftFile: Sendable, Equatable {
        /// The file, relative to the course folder.
        public let file: String
        /// How many drafts it holds.
        public let count: Int
    }

    /// The coverage of `course`.
    public init(_ course: Course) {
        let bank = course.questions + course.generatedQuestions
        let drafts = course.drafts + course.draftGeneratedQuestions
        let cited = Set(bank.flatMap(\.paragraphIDs))
        let sections = course.lessons.flatMap { lesson in lesson.sections.map { (lesson, $0) } }
        paragraphs = course.article.paragraphs.filter { !cited.contains($0.id) }.map { paragraph in
            let first = sections.first { $0.1.paragraphIDs.contains(paragraph.id) }
            return Paragraph(
                id: paragraph.id, section: first.map { SourceLocation(file: $0.0.file, line: $0.1.line) },
                sectionTitle: first?.1.title, drafts: drafts.filter { $0.paragraphIDs.contains(paragraph.id) }.count)
        }
        lessons = course.lessons.compactMap { lesson in
            let own = bank.filter { $0.lessonID == lesson.id }
            let levels = Set(own.map { $0.level ?? .remember })
            let missing = QuestionLevel.allCases.filter { !levels.contains($0) }
            let deep = own.filter(\.testsUnderstanding).count
            guard own.count < Self.minimumPerLesson || deep < Self.minimumPerLesson || !missing.isEmpty else { return nil }
            return LessonGap(
                id: lesson.id, location: SourceLocation(file: lesson.file, line: lesson.lines.frontMatter),
                accepted: own.count, deep: deep, drafts: drafts.filter { $0.lessonID == lesson.id }.count,
                missingLevels: missing)
        }
        let kinds = Set(bank.map(\.kind))
        missingKinds = Self.authoredKinds.filter { !kinds.contains($0) }
        let levels = Set(bank.map { $0.level ?? .remember })
        missingLevels = QuestionLevel.allCases.filter { !levels.contains($0) }
        accepted = bank.count
        self.drafts = drafts.count
        var files: [String: Int] = [:]
        for draft in course.drafts { files[draft.source?.file ?? "", default: 0] += 1 }
        draftFiles = files.sorted { $0.key < $1.key }.map { DraftFile(file: $0.key, count: $0.value) }
    }

    /// Whether nothing is left: every paragraph asked about, every lesson at the minimum with every level, every
    /// kind and level used, and no drafts.
    public var isComplete: Bool {
        paragraphs.isEmpty && lessons.isEmpty && missingKinds.isEmpty && missingLevels.isEmpty && drafts == 0
    }
}
