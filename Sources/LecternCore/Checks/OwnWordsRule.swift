/// `own-words`: a lesson explains the article in its own words and quotes it only between quotation marks, so no
/// run of more than eight words outside quotation marks is the article's.
///
/// Words are compared as `CheckText.words` reads them (case, accents and punctuation ignored); a quotation, straight
/// ("…") or curly (“…”), breaks a run, and so does the end of a paragraph of the article.
enum OwnWordsRule {
    /// The most consecutive words a lesson may share with the article outside quotation marks.
    static let longestSharedRun = 8

    /// One word of lesson prose: as compared, the written token it comes from, and its line when known.
    private struct Word {
        let key: String
        let token: Int
        let line: Int?
    }

    /// Every run of more than eight words a lesson shares with the article, at the line it starts on.
    static func warnings(_ course: Course) -> [Diagnostic] {
        let window = longestSharedRun + 1
        var article: [String: String] = [:]
        for paragraph in course.article.paragraphs {
            let words = CheckText.words(paragraph.text)
            guard words.count >= window else { continue }
            for start in 0...(words.count - window) where article[words[start..<start + window].joined(separator: " ")] == nil {
                article[words[start..<start + window].joined(separator: " ")] = paragraph.id
            }
        }
        return course.lessons.flatMap { lesson in
            prose(of: lesson).flatMap { text, line in
                segments(text, firstLine: line).flatMap { tokens, words in
                    sharedRuns(words, window: window, article: article).map { run, paragraph in
                        let first = words[run.lowerBound]
                        let last = words[run.upperBound - 1]
                        let shared = tokens[first.token...last.token].joined(separator: " ")
                        return Diagnostic(
                            SourceLocation(file: lesson.file, line: first.line),
                            "\(run.count) consecutive words are the article's (\(paragraph)) outside quotation marks: "
                                + "\"\(shared)\"; say it in your own words, or quote it",
                            rule: .ownWords)
                    }
                }
            }
        }
    }

    /// The lesson's prose and the line each piece starts on: objectives, summary, checks, their model answers and
    /// sections.
    private static func prose(of lesson: Lesson) -> [(text: String, line: Int?)] {
        var pieces: [(text: String, line: Int?)] = lesson.objectives.indices.map {
            (lesson.objectives[$0], lesson.line(ofObjective: $0))
        }
        pieces.append((lesson.summary, lesson.lines.summary))
        pieces += lesson.checks.indices.map {
            (lesson.checks[$0], lesson.lines.checks.indices.contains($0) ? lesson.lines.checks[$0] : nil)
        }
        pieces += lesson.checkAnswers.indices.compactMap { index in
            lesson.checkAnswers[index].map {
                ($0, lesson.lines.checkAnswers.indices.contains(index) ? lesson.lines.checkAnswers[index] : nil)
            }
        }
        pieces += lesson.sections.map { ($0.body, $0.bodyLine) }
        return pieces
    }

    /// The maximal runs of `words` (as index ranges) of more than `window - 1` words whose every `window` words in a
    /// row are the article's, each with the paragraph its first words are in.
    private static func sharedRuns(
        _ words: [Word], window: Int, article: [String: String]
    ) -> [(run: Range<Int>, paragraph: String)] {
        guard words.count >= window else { return [] }
        var runs: [(run: Range<Int>, paragraph: String)] = []
        var start = 0
        while start <= words.count - window {
            guard let paragraph = article[key(words, start, window)] else {
                start += 1
                continue
            }
            var end = start + window
            while end < words.count, article[key(words, end - window + 1, window)] != nil { end += 1 }
            runs.append((start..<end, paragraph))
            start = end
        }
        return runs
    }

    private static func key(_ words: [Word], _ start: Int, _ count: Int) -> String {
        words[start..<start + count].map(\.key).joined(separator: " ")
    }

    /// The text outside quotation marks, cut at each quotation: for each stretch, its written tokens and its words.
    /// Quotation marks pair as `Quotation.all` pairs them; an opening mark never closed quotes nothing.
    private static func segments(_ text: String, firstLine: Int?) -> [(tokens: [String], words: [Word])] {
        let characters = Array(text)
        var quoted = [Bool](repeating: false, count: characters.count)
        var openedAt: Int?
        for (index, character) in characters.enumerated() {
            if openedAt == nil, character == "“" || character == "\"" {
                openedAt = index
            } else if let start = openedAt, character == "”" || character == "\"" {
                for position in start...index { quoted[position] = true }
                openedAt = nil
            }
        }
        var segments: [(tokens: [String], words: [Word])] = []
        var tokens: [String] = []
        var words: [Word] = []
        var token = ""
        var line = firstLine
        func endToken() {
            guard !token.isEmpty else { return }
            let keys = CheckText.words(token)
            if !keys.isEmpty {
                tokens.append(token)
                words += keys.map { Word(key: $0, token: tokens.count - 1, line: line) }
            }
            token = ""
        }
        func endSegment() {
            endToken()
            if !words.isEmpty { segments.append((tokens, words)) }
            tokens = []
            words = []
        }
        for (index, character) in characters.enumerated() {
            if quoted[index] {
                endSegment()
            } else if character.isWhitespace {
                endToken()
            } else {
                token.append(character)
            }
            if character.isNewline { line = line.map { $0 + 1 } }
        }
        endSegment()
        return segments
    }
}
