import Foundation

/// The passage of the article shown as a question's source: its evidence, or (for a question without one) the
/// sentence that best holds its answer; with the paragraph it comes from and the words that make the answer right.
public struct Passage: Sendable, Equatable, Codable {
    /// The paragraph id (`p4`).
    public let paragraphID: String
    /// The passage, verbatim: the question's evidence or a whole sentence.
    public let sentence: String
    /// The normalised words of the answer that an excerpt must keep; nil or empty keeps the middle.
    public let focus: [String]?

    /// Creates a passage; `focus` lists the answer's words (normalised) that an excerpt must not cut off.
    public init(paragraphID: String, sentence: String, focus: [String]? = nil) {
        self.paragraphID = paragraphID
        self.sentence = sentence
        self.focus = focus
    }

    /// `p4: ‘…the 2,000 Iranian troops…’`: the passage, cut to about `maxWords` words around the answer's words
    /// when longer, with ellipses where it was cut.
    public func citation(maxWords: Int = 30) -> String {
        "\(paragraphID): ‘\(excerpt(maxWords: maxWords))’"
    }

    /// The passage whole, or a window of it with "…" where cut: `maxWords` words centred on the words of `focus`
    /// it holds (widened to keep every one of them), or on the middle when it holds none.
    public func excerpt(maxWords: Int = 30) -> String {
        // Words are separated by spaces, so fewer than `maxWords` spaces means at most `maxWords` words: no need to split.
        guard maxWords > 0, sentence.utf8.count(where: { $0 == 0x20 }) >= maxWords else { return sentence }
        let words = TextWrapper.pieces(of: sentence[...], at: " ").filter { !$0.isEmpty }
        guard words.count > maxWords else { return sentence }
        let wanted = Set(focus ?? [])
        let held = wanted.isEmpty ? [] : words.indices.filter { index in
            !Passage.keywords([String(words[index])]).isDisjoint(with: wanted)
        }
        let start: Int
        let size: Int
        if let first = held.first, let last = held.last {
            let span = last - first + 1
            size = max(maxWords, span)
            start = min(max(0, first - (size - span) / 2), words.count - size)
        } else {
            size = maxWords
            start = (words.count - maxWords) / 2
        }
        let window = words[start..<(start + size)].joined(separator: " ")
        return (start > 0 ? "…" : "") + window + (start + size < words.count ? "…" : "")
    }

    /// The texts that make up a question's answer; `names` indexes the course's actors.
    static func answerTexts(of question: Question, names: ActorNameIndex) -> [String] {
        switch question.body {
        case .choice(let options, let answer):
            return options.indices.contains(answer) ? [options[answer]] : []
        case .multi(let options, let answers):
            return options.indices.filter { answers.contains($0) }.map { options[$0] }
        case .trueFalse:
            return [question.prompt]
        case .typed(let answer, let accepted):
            let actorNames = names.actorsNamed(answer).flatMap(\.allNames)
            return [answer] + accepted + actorNames
        case .number(let answer, _, let unit):
            // A whole number as digits ("2000"), as before, but never through `Int(_:)`, which traps above Int.max.
            let digits = Int(exactly: answer).map(String.init) ?? String(answer)
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
            let joined = withoutThousandsSeparators(text)
            for piece in TextWrapper.pieces(of: AnswerText.normalize(joined)[...], at: " ") where !piece.isEmpty {
                let word = String(piece)
                if !stopWords.contains(word) { words.insert(word) }
            }
        }
        return words
    }

    /// `text` without the thousands separators (`,`, U+00A0, U+202F) that follow a decimal digit and come before
    /// three more: what replacing `(?<=\d)[,\u00A0\u202F](?=\d{3})` with nothing gives, scalar by scalar, with
    /// no regular expression compiled for every sentence.
    static func withoutThousandsSeparators(_ text: String) -> String {
        // Most text has no separator at all; its bytes say so without decoding it (U+00A0 and U+202F end in A0, AF).
        guard text.utf8.contains(where: { $0 == 0x2C || $0 == 0xA0 || $0 == 0xAF }) else { return text }
        let scalars = Array(text.unicodeScalars)
        func isDigit(_ index: Int) -> Bool {
            scalars.indices.contains(index) && scalars[index].properties.generalCategory == .decimalNumber
        }
        var dropped: [Int] = []
        for (index, scalar) in scalars.enumerated()
        where (scalar == "," || scalar == "\u{00A0}" || scalar == "\u{202F}") && isDigit(index - 1)
            && isDigit(index + 1) && isDigit(index + 2) && isDigit(index + 3)
        {
            dropped.append(index)
        }
        guard !dropped.isEmpty else { return text }
        var result = String.UnicodeScalarView()
        for (index, scalar) in scalars.enumerated() where !dropped.contains(index) { result.append(scalar) }
        return String(result)
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
        // Where each character starts in `text`, so a sentence is cut out of it rather than rebuilt from characters.
        let starts = Array(text.indices) + [text.endIndex]
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
                let sentence = text[starts[start]..<starts[end]].trimmed(.whitespaces)
                if !sentence.isEmpty { sentences.append(sentence) }
                start = next
            }
            index = end
        }
        let rest = text[starts[min(start, characters.count)]...].trimmed(.whitespaces)
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
