/// Quotations in a sentence: words between quotation marks (“…”, "…", ‘…’, '…') in a sentence with a verb of saying,
/// at least three and at most 25 words, so that labels ("the 'Axis of Evil'") and scare quotes are left out.
enum QuoteFinder {
    /// A quotation found: its words without the marks, and where they are.
    struct Found: Equatable {
        let text: String
        let range: Range<Substring.Index>
    }

    /// Words that show someone is quoted.
    static let sayingWords: Set<String> = [
        "said", "says", "say", "saying", "told", "tells", "observes", "observed", "observers", "notes", "noted",
        "argues", "argued", "writes", "wrote", "asked", "asks", "declared", "declares", "stated", "states",
        "remarked", "added", "adds", "insisted", "insists", "warned", "warns", "claimed", "claims", "mantra",
        "according", "replied", "explained", "explains", "announced", "admitted", "described", "describes",
        "put", "quipped", "tweeted", "wrote:", "said:",
    ]

    /// The quotations of `sentence`.
    static func quotes(in sentence: Substring) -> [Found] {
        let words = Set(sentence.lowercased().split { !$0.isLetter }.map(String.init))
        guard !words.isDisjoint(with: sayingWords) else { return [] }
        var found: [Found] = []
        var index = sentence.startIndex
        while index < sentence.endIndex {
            let mark = sentence[index]
            guard let closer = closing(for: mark), opens(at: index, in: sentence) else {
                index = sentence.index(after: index)
                continue
            }
            let start = sentence.index(after: index)
            guard let end = closingIndex(closer, from: start, in: sentence) else { break }
            var inner = sentence[start..<end]
            while let last = inner.last, last == " " { inner = inner.dropLast() }
            let count = inner.split(separator: " ").count
            if (3...PassageWindow.maximumWords).contains(count) {
                found.append(Found(text: String(inner), range: inner.startIndex..<inner.endIndex))
            }
            index = sentence.index(after: end)
        }
        return found
    }

    private static func closing(for mark: Character) -> Character? {
        switch mark {
        case "“": "”"
        case "‘": "’"
        case "\"": "\""
        case "'": "'"
        default: nil
        }
    }

    /// An opening mark follows the start or a space or bracket, and comes before a letter or digit.
    private static func opens(at index: Substring.Index, in sentence: Substring) -> Bool {
        let after = sentence.index(after: index)
        guard after < sentence.endIndex, sentence[after].isLetter || sentence[after].isNumber else { return false }
        guard index > sentence.startIndex else { return true }
        let before = sentence[sentence.index(before: index)]
        return before == " " || before == "(" || before == "[" || before == "—" || before == "–"
    }

    /// The closing mark: not an apostrophe inside a word ("don't"), followed by the end, a space or punctuation.
    private static func closingIndex(_ closer: Character, from start: Substring.Index, in sentence: Substring) -> Substring.Index? {
        var index = start
        while index < sentence.endIndex {
            if sentence[index] == closer, index > start {
                let after = sentence.index(after: index)
                let next = after < sentence.endIndex ? sentence[after] : " "
                let previous = sentence[sentence.index(before: index)]
                if !(previous.isLetter && next.isLetter), !next.isLetter, !next.isNumber { return index }
            }
            index = sentence.index(after: index)
        }
        return nil
    }
}
