import Foundation

/// The sentence of the article that holds a question's answer, with the paragraph it comes from.
public struct Passage: Sendable, Equatable, Codable {
    /// The paragraph id (`p4`).
    public let paragraphID: String
    /// The sentence, verbatim.
    public let sentence: String

    /// Creates a passage.
    public init(paragraphID: String, sentence: String) {
        self.paragraphID = paragraphID
        self.sentence = sentence
    }

    /// `p4: ‘…the 2,000 Iranian troops…’`: the sentence, cut to about `maxWords` words around its middle
    /// when longer, with ellipses where it was cut.
    public func citation(maxWords: Int = 30) -> String {
        "\(paragraphID): ‘\(excerpt(maxWords: maxWords))’"
    }

    /// The sentence, or a window of it of `maxWords` words with "…" where cut.
    public func excerpt(maxWords: Int = 30) -> String {
        let words = sentence.split(separator: " ", omittingEmptySubsequences: true)
        guard words.count > maxWords, maxWords > 0 else { return sentence }
        let start = (words.count - maxWords) / 2
        let window = words[start..<(start + maxWords)].joined(separator: " ")
        return (start > 0 ? "…" : "") + window + (start + maxWords < words.count ? "…" : "")
    }

    /// The most relevant sentence of the question's cited paragraphs, or nil when none of them is in the article.
    ///
    /// Sentences are scored by the words they share with the answer (three points each), with the names of the
    /// question's first actor, its subject (four points), and of its other actors (two), and with the prompt (one);
    /// ties go to the earlier paragraph and sentence.
    public static func best(for question: Question, in course: Course) -> Passage? {
        let answerWords = keywords(answerTexts(of: question, course: course))
        let promptWords = keywords([question.prompt])
        let actors = question.actorIDs.compactMap { course.actor($0) }
        let subjectWords = keywords(actors.prefix(1).flatMap(\.allNames))
        let actorWords = keywords(actors.dropFirst().flatMap(\.allNames)).subtracting(subjectWords)
        var best: (score: Int, passage: Passage)?
        for id in question.paragraphIDs {
            guard let paragraph = course.article.paragraph(id) else { continue }
            for sentence in sentences(of: paragraph.text) {
                let words = keywords([sentence])
                let score = 3 * words.intersection(answerWords).count + 4 * words.intersection(subjectWords).count
                    + 2 * words.intersection(actorWords).count + words.intersection(promptWords).count
                if best == nil || score > (best?.score ?? 0) {
                    best = (score, Passage(paragraphID: id, sentence: sentence))
                }
            }
        }
        return best?.passage
    }

    /// The texts that make up a question's answer.
    static func answerTexts(of question: Question, course: Course) -> [String] {
        switch question.body {
        case .choice(let options, let answer):
            return options.indices.contains(answer) ? [options[answer]] : []
        case .multi(let options, let answers):
            return options.indices.filter { answers.contains($0) }.map { options[$0] }
        case .trueFalse:
            return [question.prompt]
        case .typed(let answer, let accepted):
            let actorNames = ActorNameIndex(actors: course.actors).actorsNamed(answer).flatMap(\.allNames)
            return [answer] + accepted + actorNames
        case .number(let answer, _, let unit):
            let digits = answer == answer.rounded() ? String(Int(answer)) : String(answer)
            return [digits, unit ?? ""]
        case .order(let items):
            return items
        case .match(let pairs):
            return pairs.flatMap { [$0.left, $0.right] }
        case .cloze(let before, let answer, let after, _):
            return [before, answer, after]
        case .whoSaid(let quote, _, _):
            return [quote]
        }
    }

    private static let stopWords: Set<String> = [
        "a", "an", "and", "are", "as", "at", "be", "by", "did", "do", "for", "from", "had", "has", "have", "he",
        "in", "into", "is", "it", "its", "of", "on", "or", "that", "the", "their", "these", "they", "this", "to",
        "was", "were", "what", "when", "which", "who", "whom", "whose", "why", "with", "how", "many", "much",
    ]

    /// Content words of some texts, normalised; thousands separators are dropped so "2,000" is "2000".
    static func keywords(_ texts: [String]) -> Set<String> {
        var words = Set<String>()
        for text in texts {
            // The regular expression is compiled on every call; skip it when it cannot match (no separator or no
            // digit), which is most sentences: every answer scores each sentence of its paragraphs.
            let joined = mayGroupThousands(text)
                ? text.replacingOccurrences(
                    of: #"(?<=\d)[,\u00A0\u202F](?=\d{3})"#, with: "", options: .regularExpression)
                : text
            for word in AnswerText.normalize(joined).split(separator: " ") where !stopWords.contains(String(word)) {
                words.insert(String(word))
            }
        }
        return words
    }

    /// Whether `text` has a thousands separator (`,`, U+00A0, U+202F) between two decimal digits, which the
    /// regular expression needs before it can match.
    private static func mayGroupThousands(_ text: String) -> Bool {
        let scalars = Array(text.unicodeScalars)
        guard scalars.count >= 3 else { return false }
        for index in 1..<(scalars.count - 1) {
            let scalar = scalars[index]
            guard scalar == "," || scalar == "\u{00A0}" || scalar == "\u{202F}" else { continue }
            if CharacterSet.decimalDigits.contains(scalars[index - 1]), CharacterSet.decimalDigits.contains(scalars[index + 1]) {
                return true
            }
        }
        return false
    }

    private static let abbreviations: Set<String> = [
        "mr", "mrs", "ms", "dr", "st", "jr", "sr", "vs", "etc", "no", "gen", "col", "lt", "sen", "rep", "gov",
        "pres", "prof", "inc", "co", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov",
        "dec", "e.g", "i.e", "approx",
    ]

    /// Splits text into sentences at `.`, `?` or `!` followed by a space and a capital or opening quote, except
    /// after an abbreviation ("Sept.", "Mr.") or an initial ("U.S.", "George W. Bush"); "9/11" and "2,000"
    /// never split.
    public static func sentences(of text: String) -> [String] {
        let characters = Array(text)
        var sentences: [String] = []
        var start = 0
        var index = 0
        let closers: Set<Character> = ["'", "’", "\"", "”", ")", "]"]
        let openers: Set<Character> = ["'", "‘", "\"", "“", "("]
        while index < characters.count {
            let character = characters[index]
            guard character == "." || character == "?" || character == "!" else {
                index += 1
                continue
            }
            var end = index + 1
            while end < characters.count, closers.contains(characters[end]) { end += 1 }
            var next = end
            while next < characters.count, characters[next] == " " { next += 1 }
            let followedByStart =
                next > end && next < characters.count
                && (characters[next].isUppercase || openers.contains(characters[next]))
            if followedByStart, character != "." || !isAbbreviation(characters, endingBefore: index) {
                let sentence = String(characters[start..<end]).trimmingCharacters(in: .whitespaces)
                if !sentence.isEmpty { sentences.append(sentence) }
                start = next
            }
            index = end
        }
        let rest = String(characters[min(start, characters.count)...]).trimmingCharacters(in: .whitespaces)
        if !rest.isEmpty { sentences.append(rest) }
        return sentences
    }

    /// Whether the word ending just before a full stop is an abbreviation or a single-letter initial.
    private static func isAbbreviation(_ characters: [Character], endingBefore index: Int) -> Bool {
        var wordStart = index
        while wordStart > 0, !characters[wordStart - 1].isWhitespace, characters[wordStart - 1] != "(" {
            wordStart -= 1
        }
        let word = String(characters[wordStart..<index]).lowercased()
        let lastPart = word.split(separator: ".").last.map(String.init) ?? word
        return lastPart.count == 1 && (lastPart.first?.isLetter ?? false) || abbreviations.contains(word)
    }
}
