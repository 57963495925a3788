import Foundation

/// How the check rules compare text: words as `AnswerText` reads them (case, accents and punctuation ignored), and
/// the place each finding is reported.
enum CheckText {
    /// Whether `phrase` occurs in `text` as whole words, once both are normalised like typed answers; an empty phrase
    /// occurs nowhere.
    static func phrase(_ phrase: String, occursIn text: String) -> Bool {
        let wanted = AnswerText.normalize(phrase)
        guard !wanted.isEmpty else { return false }
        return (" " + AnswerText.normalize(text) + " ").contains(" " + wanted + " ")
    }

    /// The words of `text`, lower-cased, without accents or apostrophes, split at anything else that is not a letter
    /// or a digit ("U.S." is "us", "break-through" is "break" and "through"). No article is dropped.
    static func words(_ text: String) -> [String] {
        let folded = text.folding(options: [.caseInsensitive, .diacriticInsensitive, .widthInsensitive], locale: nil)
            .lowercased()
        var words: [String] = []
        var current = ""
        for character in folded {
            if character.isLetter || character.isNumber {
                current.append(character)
            } else if character == "." || Self.apostrophes.contains(character) {
                continue
            } else if !current.isEmpty {
                words.append(current)
                current = ""
            }
        }
        if !current.isEmpty { words.append(current) }
        return words
    }

    private static let apostrophes: Set<Character> = ["'", "’", "‘", "`", "´", "ʼ"]

    /// `text` with every run of white space (line breaks included) made one space, and trimmed.
    static func collapsingWhitespace(_ text: String) -> String {
        text.split(whereSeparator: \.isWhitespace).joined(separator: " ")
    }

    /// "7 of 20 (35%)".
    static func share(_ part: Int, of whole: Int) -> String {
        "\(part) of \(whole) (\(whole == 0 ? 0 : Int((Double(part) * 100 / Double(whole)).rounded()))%)"
    }

    /// The most questions a course-wide finding names before saying how many more there are.
    static let listedQuestions = 8

    /// `id (file:line), id, … and 3 more`: the questions a course-wide finding is about, each with its place when it
    /// has one and what `note` says of it.
    static func list(_ questions: [Question], note: (Question) -> String? = { _ in nil }) -> String {
        let named = questions.prefix(listedQuestions).map { question in
            let about = [question.source?.description, note(question)].compactMap { $0 }
            return about.isEmpty ? question.id : "\(question.id) (\(about.joined(separator: ", ")))"
        }
        let more = questions.count > listedQuestions ? " and \(questions.count - listedQuestions) more" : ""
        return named.joined(separator: ", ") + more
    }

    /// Where a course-wide finding about the questions is reported.
    static let questionsFolder = SourceLocation(file: "Quizzes/questions", line: nil)

    /// A problem of one question, at its `file:line` (or `generated:<id>`), naming an authored question's id; a
    /// finding of `rule`, or of the format when nil.
    static func diagnostic(_ question: Question, _ rule: CheckRule?, _ message: String) -> Diagnostic {
        let prefix = question.origin == .authored ? "question \(question.id): " : ""
        return Diagnostic(QuestionValidator.location(of: question), prefix + message, rule: rule)
    }
}
