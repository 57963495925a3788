import Foundation

/// How typed answers are compared: normalisation, edit distance and the typo allowance.
public enum AnswerText {
    /// Words dropped from the front of an answer ("the Taliban" is "Taliban").
    static let leadingArticles: Set<String> = ["the", "a", "an"]

    /// Folds case and accents, turns punctuation into spaces, drops a leading article and collapses spaces.
    ///
    /// Apostrophes (straight or curly) are removed without a space, so "Hussein's" and "Hussein’s" are both
    /// "husseins"; a full stop is removed too ("U.S." is "us") unless it stands between two digits ("1.5");
    /// "&" reads as "and". Every other character that is not a letter or a digit becomes a space.
    public static func normalize(_ text: String) -> String {
        normalizeASCII(text) ?? normalizeGeneral(text)
    }

    /// `normalize` for any text.
    static func normalizeGeneral(_ text: String) -> String {
        let folded = text.folding(options: [.caseInsensitive, .diacriticInsensitive, .widthInsensitive], locale: nil)
            .lowercased()
        let characters = Array(folded)
        var output = ""
        output.reserveCapacity(characters.count)
        for (index, character) in characters.enumerated() {
            switch character {
            case "'", "’", "‘", "`", "´", "ʼ":
                continue
            case ".":
                let before = index > 0 ? characters[index - 1] : " "
                let after = index + 1 < characters.count ? characters[index + 1] : " "
                if before.isNumber && after.isNumber { output.append(".") }
            case "&":
                output.append(" and ")
            default:
                if character.isLetter || character.isNumber {
                    output.append(character)
                } else {
                    output.append(" ")
                }
            }
        }
        var words = output.split(whereSeparator: \.isWhitespace).map(String.init)
        if words.count > 1, let first = words.first, leadingArticles.contains(first) {
            words.removeFirst()
        }
        return words.joined(separator: " ")
    }

    /// `normalize` for text that is all ASCII, on bytes: the same result without Foundation's folding or
    /// `Character` iteration, which made normalising the cost of start-up and of choosing each answer's passage.
    ///
    /// For ASCII, folding is lower-casing, letters and digits are `A-Z`, `a-z`, `0-9`, and every separator this
    /// writes is a space; nil for any other text.
    static func normalizeASCII(_ text: String) -> String? {
        let bytes = Array(text.utf8)
        guard bytes.allSatisfy({ $0 < 0x80 }) else { return nil }
        func isDigit(_ byte: UInt8) -> Bool { byte >= 0x30 && byte <= 0x39 }
        var output: [UInt8] = []
        output.reserveCapacity(bytes.count)
        for (index, byte) in bytes.enumerated() {
            switch byte {
            case 0x27, 0x60:  // ' and `
                continue
            case 0x2E:  // .
                if index > 0, index + 1 < bytes.count, isDigit(bytes[index - 1]), isDigit(bytes[index + 1]) {
                    output.append(0x2E)
                }
            case 0x26:  // &
                output += Array(" and ".utf8)
            case 0x41...0x5A:
                output.append(byte + 0x20)
            case 0x61...0x7A, 0x30...0x39:
                output.append(byte)
            default:
                output.append(0x20)
            }
        }
        var words = output.split(separator: 0x20)
        if words.count > 1, let first = words.first, leadingArticles.contains(String(decoding: first, as: UTF8.self)) {
            words.removeFirst()
        }
        return String(decoding: Array(words.joined(separator: [0x20])), as: UTF8.self)
    }

    /// The number of letters and digits in a text, which sets its typo allowance.
    public static func letterCount(_ text: String) -> Int {
        text.reduce(0) { $0 + ($1.isLetter || $1.isNumber ? 1 : 0) }
    }

    /// The edits allowed against an expected answer of `letters` letters: 0 up to 3, 1 for 4 to 7, 2 from 8.
    public static func allowedTypos(forLetters letters: Int) -> Int {
        switch letters {
        case ...3: 0
        case 4...7: 1
        default: 2
        }
    }

    /// The typo allowance of an expected answer, counted on its normalised letters.
    public static func allowedTypos(for expected: String) -> Int {
        allowedTypos(forLetters: letterCount(normalize(expected)))
    }

    /// Damerau-Levenshtein distance in its optimal-string-alignment form: insertions, deletions, substitutions
    /// and swaps of two neighbouring characters each cost one, and no substring is edited twice.
    public static func distance(_ lhs: String, _ rhs: String) -> Int {
        let a = Array(lhs)
        let b = Array(rhs)
        if a.isEmpty { return b.count }
        if b.isEmpty { return a.count }
        let width = b.count + 1
        // Three rolling rows: two back for the swap, one back, and the current one.
        var twoBack = [Int](repeating: 0, count: width)
        var previous = Array(0...b.count)
        var current = [Int](repeating: 0, count: width)
        for i in 1...a.count {
            current[0] = i
            for j in 1...b.count {
                let cost = a[i - 1] == b[j - 1] ? 0 : 1
                var value = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
                if i > 1, j > 1, a[i - 1] == b[j - 2], a[i - 2] == b[j - 1] {
                    value = min(value, twoBack[j - 2] + 1)
                }
                current[j] = value
            }
            swap(&twoBack, &previous)
            swap(&previous, &current)
        }
        return previous[b.count]
    }

    /// The typos between a normalised input and a normalised expected answer when they are within its allowance,
    /// else nil.
    ///
    /// The whole answer may differ by its allowance, and when both have the same number of words each word may
    /// differ only by its own allowance, so "we do talk to evil" is not "we don't talk to evil" ("do" is two edits
    /// from "dont"). When the word counts differ (a missing or extra space), the texts are compared without spaces.
    /// A fragment two or more edits short of the answer is refused ("mali" is not "maliki").
    public static func typos(_ input: String, against expected: String) -> Int? {
        let allowance = allowedTypos(forLetters: letterCount(expected))
        let inputWords = input.split(separator: " ")
        let expectedWords = expected.split(separator: " ")
        let total: Int
        if inputWords.count == expectedWords.count {
            var sum = 0
            for (typed, wanted) in zip(inputWords, expectedWords) {
                let edits = distance(String(typed), String(wanted))
                guard edits <= allowedTypos(forLetters: letterCount(String(wanted))) else { return nil }
                sum += edits
            }
            total = sum
        } else {
            total = distance(input.replacingOccurrences(of: " ", with: ""), expected.replacingOccurrences(of: " ", with: ""))
        }
        guard total <= allowance, !(total >= 2 && isFragment(input, of: expected)) else { return nil }
        return total
    }

    /// Whether `fragment` is a proper part of `whole` (a prefix, suffix or inner run), ignoring spaces.
    static func isFragment(_ fragment: String, of whole: String) -> Bool {
        let part = fragment.replacingOccurrences(of: " ", with: "")
        let full = whole.replacingOccurrences(of: " ", with: "")
        return !part.isEmpty && part.count < full.count && full.contains(part)
    }

    /// "one typo", "two typos", ... for notes.
    static func describeTypos(_ count: Int) -> String {
        switch count {
        case 1: "one typo"
        case 2: "two typos"
        default: "\(count) typos"
        }
    }
}
