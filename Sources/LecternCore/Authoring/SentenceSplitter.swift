/// Splits a paragraph into sentences, each an exact slice of the paragraph's text, so that any passage cut from one
/// is verbatim in the paragraph.
enum SentenceSplitter {
    /// Words that end with a full stop without ending a sentence.
    static let abbreviations: Set<String> = [
        "mr", "mrs", "ms", "dr", "st", "jr", "sr", "prof", "gen", "col", "lt", "sgt", "capt", "sen", "rep", "gov",
        "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "no", "vs", "etc",
        "e.g", "i.e", "u.s", "u.k", "u.n", "cf", "al", "approx", "inc", "ltd", "co", "corp", "mt", "ft", "vol", "pp",
    ]

    /// The sentences of `text`, trimmed, in order.
    static func sentences(_ text: String) -> [Substring] {
        var result: [Substring] = []
        var start = text.startIndex
        var index = text.startIndex
        while index < text.endIndex {
            let character = text[index]
            if ".!?".contains(character) {
                var end = text.index(after: index)
                while end < text.endIndex, "\"'”’)]".contains(text[end]) { end = text.index(after: end) }
                if end < text.endIndex, text[end] == " ", startsSentence(text[text.index(after: end)...]),
                    character != "." || !isAbbreviation(text[start..<index])
                {
                    result.append(text[start..<end])
                    start = text.index(after: end)
                    index = start
                    continue
                }
            }
            index = text.index(after: index)
        }
        if start < text.endIndex { result.append(text[start...]) }
        return result.map { $0.trimmingSpaces }.filter { !$0.isEmpty }
    }

    private static func startsSentence(_ rest: Substring) -> Bool {
        guard let first = rest.first(where: { !"\"'“‘(".contains($0) }) else { return false }
        return first.isUppercase || first.isNumber
    }

    private static func isAbbreviation(_ before: Substring) -> Bool {
        let word = before.split(separator: " ").last.map { $0.drop { !$0.isLetter } } ?? ""
        if word.count == 1, word.first?.isUppercase == true { return true }
        return abbreviations.contains(word.lowercased())
    }
}

extension Substring {
    /// Without leading and trailing spaces.
    var trimmingSpaces: Substring { self[dropSpacesRange] }

    private var dropSpacesRange: Range<Index> {
        let start = firstIndex { $0 != " " } ?? endIndex
        let end = lastIndex { $0 != " " }.map { index(after: $0) } ?? start
        return start..<Swift.max(start, end)
    }
}

/// Passages of a sentence short enough to be evidence (at most 25 words) and exact slices of it.
enum PassageWindow {
    /// The most words a passage cut from a sentence holds (the course format's limit for evidence).
    static let maximumWords = 25

    /// The slice of `sentence` holding `range`, widened word by word (right first, then left) to at most
    /// `maximumWords` words; the whole sentence when it is short enough.
    static func around(_ range: Range<Substring.Index>, in sentence: Substring, words limit: Int = maximumWords) -> Substring {
        let words = wordRanges(sentence)
        guard words.count > limit else { return sentence }
        let first = words.firstIndex { $0.upperBound > range.lowerBound } ?? 0
        let last = words.lastIndex { $0.lowerBound < range.upperBound } ?? first
        var low = first
        var high = max(first, last)
        var growRight = true
        while high - low + 1 < limit, low > 0 || high < words.count - 1 {
            if growRight, high < words.count - 1 { high += 1 } else if low > 0 { low -= 1 } else { high += 1 }
            growRight.toggle()
        }
        return sentence[words[low].lowerBound..<words[high].upperBound]
    }

    /// The ranges of the space-separated words of `text`.
    static func wordRanges(_ text: Substring) -> [Range<Substring.Index>] {
        var ranges: [Range<Substring.Index>] = []
        var start: Substring.Index?
        var index = text.startIndex
        while index < text.endIndex {
            if text[index] == " " {
                if let begun = start { ranges.append(begun..<index) }
                start = nil
            } else if start == nil {
                start = index
            }
            index = text.index(after: index)
        }
        if let begun = start { ranges.append(begun..<text.endIndex) }
        return ranges
    }
}
