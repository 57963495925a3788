import Foundation

/// The course `lectern new` writes from an article: every file by its path in the course folder, in a fixed order,
/// the same bytes for the same article. Nothing in it is served until the author accepts it: the questions and the
/// knowledge-base entries are `draft: true`, and the lessons are stubs marked TODO.
public struct CourseDraft: Sendable, Equatable {
    /// One file: its path relative to the course folder and its text.
    public struct File: Sendable, Equatable {
        /// `Lessons/01-intro.md`, `Quizzes/actors.yaml`…
        public let path: String
        /// The file's text, UTF-8, ending with a newline.
        public let text: String
    }

    /// The files, folders' files after their folder's name in path order.
    public let files: [File]
    /// The article as read.
    public let article: ArticleDraft
    /// The candidate knowledge base.
    public let knowledge: KnowledgeDraft
    /// The article's year the course is made for.
    public let year: Int

    /// The course for `article`, whose year is `year` (else the latest year its text writes); `source` names the
    /// file it came from, for the article's note.
    public init(article: ArticleDraft, year: Int?, source: String) throws(AuthoringError) {
        guard let year = year ?? article.latestYear else {
            throw AuthoringError(.badArticle, "\(source): the article writes no year; give its year with --year")
        }
        self.article = article
        self.year = year
        let knowledge = KnowledgeDraft(article)
        self.knowledge = knowledge
        let plan = LessonPlan(article)
        var lessonOf: [String: String] = [:]
        for part in plan.parts {
            for index in part.paragraphs { lessonOf[article.paragraphs[index].id] = part.id }
        }
        var drafts = QuestionDrafter.questions(article, knowledge: knowledge, lessonOf: lessonOf)
        var fallbackIDs = DraftIDs()
        var files = [
            File(path: CourseLoader.articlePath, text: CourseDraftText.article(article, year: year, source: source)),
            File(path: CourseIdentity.file, text: "id: \(CourseIdentity.derived(fromTitle: article.title).id)\n"),
        ]
        for part in plan.parts {
            let paragraphs = part.paragraphs.map { article.paragraphs[$0] }
            if !paragraphs.contains(where: { !(drafts[$0.id] ?? []).isEmpty }),
                let fallback = paragraphs.lazy.compactMap({ QuestionDrafter.fallback($0, lesson: part.id, ids: &fallbackIDs) }).first
            {
                drafts[fallback.paragraphIDs[0], default: []].append(fallback)
            }
            let ids = Set(paragraphs.map(\.id))
            let actors = knowledge.actors.filter { !ids.isDisjoint(with: $0.paragraphs) }.map(\.id)
            let events = knowledge.events.filter { ids.contains($0.paragraph) }.map(\.id)
            files.append(File(path: "Lessons/\(part.stem).md", text: CourseDraftText.lesson(part, paragraphs, actors: actors, events: events)))
            let questions = paragraphs.flatMap { drafts[$0.id] ?? [] }
            files.append(File(
                path: "Quizzes/questions/\(part.stem).yaml",
                text: CourseDraftText.questionsHeader + QuestionFileWriter.write(questions, lesson: part.id).text))
        }
        files += CourseDraftText.knowledgeBase(knowledge)
        self.files = files.sorted { $0.path < $1.path }
    }
}
