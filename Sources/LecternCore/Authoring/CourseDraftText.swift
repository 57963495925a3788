/// The text of each file of a `CourseDraft`: the article as JSON, the lesson stubs, the knowledge base's YAML.
enum CourseDraftText {
    static let todo = "TODO"

    /// `article.json` in the bundled course's layout, with an attribution to fill in.
    static func article(_ article: ArticleDraft, year: Int, source: String) -> String {
        func field(_ key: String, _ value: String) -> String { "  \(json(key)): \(json(value))," }
        var lines = [
            "{",
            field("title", article.title),
            field("author", todo),
            field("publication", todo),
            field("date", todo),
            field("url", todo),
            "  \"year\": \(year),",
            field("license", todo),
            field(
                "note",
                "Made by lectern new from \(source) (read as \(article.format.rawValue)): the text verbatim, split into "
                    + "paragraphs with stable ids. Fill in the attribution (author, publication, date, url, license) "
                    + "and check the year, the article's own year, which roles and events are dated against."),
            "  \"paragraphs\": [",
        ]
        for (index, paragraph) in article.paragraphs.enumerated() {
            lines += [
                "    {",
                "      \"id\": \(json(paragraph.id)),",
                "      \"kind\": \(json(paragraph.kind)),",
                "      \"text\": \(json(paragraph.text))",
                index + 1 < article.paragraphs.count ? "    }," : "    }",
            ]
        }
        lines += ["  ]", "}"]
        return lines.joined(separator: "\n") + "\n"
    }

    /// A JSON string: `QuestionFileWriter.quoted`'s escapes (quote, backslash, control characters as `\\uXXXX`)
    /// are JSON's too.
    static func json(_ text: String) -> String { QuestionFileWriter.quoted(text) }

    static let questionsHeader = """
        # Draft questions made by `lectern new`: none is served until you accept it by removing its `draft: true`.
        # Read each against its sentence, fix the prompt and the explanation, keep the good ones, delete the rest.

        """

    /// A lesson stub: front matter filled with TODO prose, one section per paragraph citing it.
    static func lesson(_ part: LessonPlan.Part, _ paragraphs: [ArticleDraft.Paragraph], actors: [String], events: [String]) -> String {
        let first = paragraphs.first?.id ?? ""
        let last = paragraphs.last?.id ?? ""
        let span = first == last ? first : "\(first) to \(last)"
        let q = QuestionFileWriter.quoted
        var lines = [
            "---",
            "id: \(part.id)",
            "title: \(q(part.title))",
            "objectives:",
            "  - \(q("TODO: what a learner will be able to explain after reading \(span)."))",
            "  - \(q("TODO: a second thing a learner will be able to do after this lesson."))",
            "actors: [\(actors.joined(separator: ", "))]",
            "events: [\(events.joined(separator: ", "))]",
            "summary: \(q("TODO: one paragraph, in your own words, on what \(span) argues."))",
            "check:",
            "  - prompt: \(q("TODO: a question a learner should answer after reading \(span)?"))",
            "    answer: \"\"",
            "  - prompt: \(q("TODO: a second check-yourself question on this lesson?"))",
            "    answer: \"\"",
            "---",
        ]
        for paragraph in paragraphs {
            lines += [
                "", "## About \(paragraph.id) [\(paragraph.id)]", "",
                "TODO: explain \(paragraph.id) in your own words. Quote the article only between double quotation marks, word for word.",
            ]
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// `actors.yaml`, `events.yaml` and `quotes.yaml`, every entry `draft: true` with its passage as evidence.
    static func knowledgeBase(_ knowledge: KnowledgeDraft) -> [CourseDraft.File] {
        let q = QuestionFileWriter.quoted
        func list(_ values: [String]) -> String { "[" + values.map(q).joined(separator: ", ") + "]" }
        let header = """
            # Candidates found by `lectern new`, each `draft: true`: nothing is generated from a draft entry. Keep the
            # right ones (fix the name, kind and role, remove `draft: true`), merge or delete the others.

            """
        var actors = header + (knowledge.actors.isEmpty ? "actors: []\n" : "actors:\n")
        for actor in knowledge.actors {
            actors += """
                  - id: \(actor.id)
                    draft: true
                    name: \(q(actor.name))
                    aliases: \(list(actor.aliases))
                    kind: \(actor.kind.rawValue)
                    role: \(q("TODO: what the article says this \(actor.kind.noun) is or does, without naming it"))
                    evidence: \(q(actor.passage))
                    paragraphs: \(list(actor.paragraphs))

                """
        }
        var events = header + (knowledge.events.isEmpty ? "events: []\n" : "events:\n")
        for event in knowledge.events {
            events += """
                  - id: \(event.id)
                    draft: true
                    title: \(q("TODO: name what happened (\(event.paragraph))"))
                    date: \(q(event.date))
                    description: \(q("TODO: one line, in your own words, on what happened"))
                    actors: \(list(event.actors))
                    evidence: \(q(event.passage))
                    paragraphs: [\(q(event.paragraph))]

                """
        }
        var quotes = header + (knowledge.quotes.isEmpty ? "quotes: []\n" : "quotes:\n")
        for quote in knowledge.quotes {
            quotes += "  - id: \(quote.id)\n    draft: true\n    text: \(q(quote.text))\n    speaker: \(quote.speaker)\n"
            if let passage = quote.passage { quotes += "    evidence: \(q(passage))\n" }
            quotes += "    paragraph: \(q(quote.paragraph))\n\n"
        }
        return [
            CourseDraft.File(path: "Quizzes/actors.yaml", text: actors),
            CourseDraft.File(path: "Quizzes/events.yaml", text: events),
            CourseDraft.File(path: "Quizzes/quotes.yaml", text: quotes),
        ]
    }
}
