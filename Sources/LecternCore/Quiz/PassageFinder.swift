/// Chooses the passage of questions from one course, with the article split into sentences and their keywords once.
///
/// A quiz session makes one when it starts and asks it for the passage of each of its questions.
public struct PassageFinder: Sendable {
    /// A sentence of the article with its content words.
    struct Sentence: Sendable {
        let text: String
        let keywords: Set<String>
    }

    /// The course's actors, by name for typed answers and in order for `actorIDs`.
    private let names: ActorNameIndex
    /// The sentences of each paragraph, by id; the first paragraph wins when two share an id, as in
    /// `Article.paragraph(_:)`.
    private let sentences: [String: [Sentence]]
    /// The text of each paragraph, by id (the first of an id), and the ids in reading order.
    private let texts: [String: String]
    private let order: [String]

    /// Reads the course's article; `names` is the index of the course's actors (`Grader.names`) when the caller
    /// already has one.
    public init(course: Course, names: ActorNameIndex? = nil) {
        self.names = names ?? ActorNameIndex(actors: course.actors)
        var sentences: [String: [Sentence]] = [:]
        var texts: [String: String] = [:]
        for paragraph in course.article.paragraphs where texts[paragraph.id] == nil { texts[paragraph.id] = paragraph.text }
        self.texts = texts
        order = course.article.paragraphs.map(\.id)
        for paragraph in course.article.paragraphs where sentences[paragraph.id] == nil {
            sentences[paragraph.id] = Passage.sentences(of: paragraph.text).map {
                Sentence(text: $0, keywords: Passage.keywords([$0]))
            }
        }
        self.sentences = sentences
    }

    /// The passage a question's feedback shows: its evidence when it names one (found in a cited paragraph, else
    /// anywhere in the article), else the most relevant sentence of its cited paragraphs; nil when neither exists.
    /// Either way the passage keeps the answer's words as its focus, so an excerpt of it never cuts them off.
    public func best(for question: Question) -> Passage? {
        let answerWords = Passage.keywords(Passage.answerTexts(of: question, names: names))
        if let evidence = question.evidence, let paragraph = paragraph(holding: evidence, preferring: question.paragraphIDs) {
            return Passage(paragraphID: paragraph, sentence: evidence, focus: answerWords.sorted())
        }
        return bestSentence(for: question, answerWords: answerWords)
    }

    /// The paragraph holding `evidence` verbatim: the first of `cited` that does, else the first of the article.
    private func paragraph(holding evidence: String, preferring cited: [String]) -> String? {
        let quotation = Quotation(text: evidence, line: 1)
        let holds = { (id: String) in self.texts[id].map { quotation.isVerbatim(in: $0) } ?? false }
        return cited.first(where: holds) ?? order.first(where: holds)
    }

    /// The most relevant sentence of the question's cited paragraphs, or nil when none of them is in the article.
    ///
    /// Sentences are scored by the words they share with the answer (three points each), with the names of the
    /// question's first actor, its subject (four points), and of its other actors (two), and with the prompt (one);
    /// ties go to the earlier paragraph and sentence.
    private func bestSentence(for question: Question, answerWords: Set<String>) -> Passage? {
        let promptWords = Passage.keywords([question.prompt])
        let actors = question.actorIDs.compactMap { id in names.actors.first { $0.id == id } }
        let subjectWords = Passage.keywords(actors.prefix(1).flatMap(\.allNames))
        let actorWords = Passage.keywords(actors.dropFirst().flatMap(\.allNames)).subtracting(subjectWords)
        // What one shared word is worth, so that scoring a sentence is one look-up per word instead of four sets.
        var points: [String: Int] = [:]
        for (words, weight) in [(answerWords, 3), (subjectWords, 4), (actorWords, 2), (promptWords, 1)] {
            for word in words { points[word, default: 0] += weight }
        }
        var best: (score: Int, passage: Passage)?
        for id in question.paragraphIDs {
            guard let paragraph = sentences[id] else { continue }
            for sentence in paragraph {
                let score = sentence.keywords.reduce(0) { $0 + (points[$1] ?? 0) }
                if best == nil || score > (best?.score ?? 0) {
                    best = (score, Passage(paragraphID: id, sentence: sentence.text, focus: answerWords.sorted()))
                }
            }
        }
        return best?.passage
    }
}
