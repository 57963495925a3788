import Foundation

/// Capitalised names in an article's sentences: runs of capitalised words ("George W. Bush", "Prime Minister
/// Maliki", "London School of Economics"), acronyms ("ISIS", "U.S."), and the aliases the text gives them ("(ISIS)"
/// after a name, "known as").
enum NameFinder {
    /// A name as written in one sentence.
    struct Mention: Equatable {
        /// The name, possessive and punctuation taken off.
        let text: String
        /// Where it is in the sentence.
        let range: Range<Substring.Index>
        /// Whether it is the sentence's first word (a capital there says nothing).
        let startsSentence: Bool
        /// An alias the sentence gives right after it: "(ISIS)", ", known as …".
        var alias: String?
    }

    /// Capitalised words that begin sentences or name no one.
    static let stopwords: Set<String> = [
        "a", "an", "the", "this", "that", "these", "those", "in", "on", "at", "but", "and", "or", "yet", "however",
        "it", "its", "he", "she", "they", "we", "i", "you", "his", "her", "their", "our", "my", "your", "as", "if",
        "when", "while", "after", "before", "since", "for", "with", "without", "even", "whatever", "whoever", "back",
        "having", "although", "though", "so", "then", "there", "here", "what", "which", "who", "why", "how", "not",
        "no", "such", "both", "each", "all", "some", "many", "most", "one", "two", "three", "by", "from", "to", "of",
        "into", "over", "under", "also", "meanwhile", "now", "today", "yesterday", "still", "indeed", "instead",
        "perhaps", "despite", "because", "until", "where", "whether", "once", "only", "just", "more", "less",
        "last", "next", "first", "second", "finally", "moreover", "furthermore", "thus", "hence", "therefore",
        "nor", "either", "neither", "every", "any", "another", "other", "much", "few", "several", "let", "do",
        "does", "did", "is", "are", "was", "were", "be", "been", "has", "have", "had", "will", "would", "can",
        "could", "should", "may", "might", "must", "mr", "mrs", "ms", "dr", "monday", "tuesday", "wednesday",
        "thursday", "friday", "saturday", "sunday", "ok", "yes", "photo", "image", "caption", "figure", "credit",
    ]
    /// Titles that go before a name and are no name alone.
    static let titles: Set<String> = [
        "president", "vice-president", "vice", "prime", "minister", "secretary", "general", "senator", "governor",
        "king", "queen", "prince", "princess", "ayatollah", "sheikh", "pope", "chancellor", "mayor", "judge",
        "professor", "prof", "dr", "mr", "mrs", "ms", "sir", "dame", "lord", "lady", "chairman", "ambassador",
        "colonel", "commander", "admiral", "captain", "lieutenant", "sergeant", "reverend", "rabbi", "imam",
        "foreign", "defence", "defense", "state", "supreme", "leader", "veteran", "former", "late",
    ]
    private static let particles: Set<String> = ["of", "de", "da", "van", "von", "bin", "ibn", "al", "del", "la", "le", "du", "der"]

    /// The names in `sentence`, in order.
    static func mentions(in sentence: Substring) -> [Mention] {
        let words = PassageWindow.wordRanges(sentence)
        var found: [Mention] = []
        var run: [(word: Substring, range: Range<Substring.Index>)] = []
        var runStart = 0
        func close() {
            defer { run = [] }
            // Particles and titles are kept only inside a name, never at its end.
            while let last = run.last, particles.contains(last.word.lowercased()) { run.removeLast() }
            while let first = run.first, !isAcronym(String(first.word)),
                stopwords.contains(first.word.lowercased()) || particles.contains(first.word.lowercased())
            {
                run.removeFirst()
                runStart += 1
            }
            guard let first = run.first, let last = run.last else { return }
            let text = run.map { String($0.word) }.joined(separator: " ")
            if run.count == 1, titles.contains(text.lowercased()) || DateFinder.monthNames.contains(text) { return }
            found.append(Mention(text: text, range: first.range.lowerBound..<last.range.upperBound, startsSentence: runStart == 0))
        }
        for (index, range) in words.enumerated() {
            let raw = sentence[range]
            let (core, coreRange, endsRun) = stripped(raw, range, in: sentence)
            let lowered = core.lowercased()
            let isParticle = !run.isEmpty && particles.contains(lowered)
                && (lowered != "of" || run.count == 1
                    || run.last.map { ActorGrouping.institutions.contains($0.word.lowercased()) || titles.contains($0.word.lowercased()) } == true)
            // A word opening with a bracket or quotation mark starts a name of its own: "Syria (ISIS)".
            if !run.isEmpty, let opening = raw.first, "\"'“‘([{".contains(opening) { close() }
            if core.isEmpty || DateFinder.monthNames.contains(String(core)) || !(isCapitalised(core) || isParticle) {
                close()
                continue
            }
            if run.isEmpty { runStart = index }
            run.append((core, coreRange))
            if endsRun { close() }
        }
        close()
        return withAliases(withSpelledAcronyms(found, in: sentence, words: words), in: sentence)
    }

    /// An acronym in brackets after the words it abbreviates ("the Islamic State in Iraq and Syria (ISIS)") makes those
    /// words one name, lower-case joining words and all, with the acronym as its alias.
    private static func withSpelledAcronyms(
        _ found: [Mention], in sentence: Substring, words: [Range<Substring.Index>]
    ) -> [Mention] {
        var result = found
        for (index, range) in words.enumerated() {
            let word = sentence[range]
            guard word.hasPrefix("(") else { continue }
            let acronym = String(word.dropFirst().prefix { $0 != ")" })
            guard word.dropFirst(acronym.count + 1).hasPrefix(")"), isAcronym(acronym), !acronym.contains(".") else { continue }
            var letters = Array(acronym)
            var start: Int?
            var position = index - 1
            while position >= 0, !letters.isEmpty {
                let text = sentence[words[position]].filter { $0.isLetter || $0 == "-" }
                if let first = text.first, first.isUppercase {
                    guard first == letters.last else { break }
                    letters.removeLast()
                    start = position
                } else if !["in", "and", "of", "the", "for", "de", "al", "la"].contains(text) {
                    break
                }
                position -= 1
            }
            guard letters.isEmpty, let start, start < index - 1 || acronym.count == 1 else { continue }
            var end = words[index - 1].upperBound
            while end > words[start].lowerBound, ",;:.".contains(sentence[sentence.index(before: end)]) { end = sentence.index(before: end) }
            let span = words[start].lowerBound..<end
            result.removeAll { span.contains($0.range.lowerBound) }
            let text = String(sentence[span])
            var mention = Mention(text: text, range: span, startsSentence: start == 0)
            mention.alias = acronym
            result.append(mention)
        }
        return result.sorted { $0.range.lowerBound < $1.range.lowerBound }
    }

    /// A word without surrounding punctuation or a possessive, its range, and whether punctuation after it ends a
    /// name ("Obama," "Maliki's").
    private static func stripped(
        _ raw: Substring, _ range: Range<Substring.Index>, in sentence: Substring
    ) -> (Substring, Range<Substring.Index>, Bool) {
        var start = range.lowerBound
        var end = range.upperBound
        while start < end, "\"'“‘([{".contains(sentence[start]) { start = sentence.index(after: start) }
        var endsRun = false
        while start < end {
            let before = sentence.index(before: end)
            let character = sentence[before]
            // An initial ("W.") keeps its full stop.
            if character == ".", sentence.distance(from: start, to: before) == 1, sentence[start].isUppercase { break }
            if character == "." && sentence[start..<before].contains(".") && sentence[start..<before].allSatisfy({ $0.isUppercase || $0 == "." }) { break }
            guard ",;:.!?\"'”’)]}…".contains(character) else { break }
            endsRun = true
            end = before
        }
        var word = sentence[start..<end]
        for possessive in ["'s", "’s"] where word.hasSuffix(possessive) {
            word = word.dropLast(2)
            end = word.endIndex
            endsRun = true
        }
        return (word, start..<end, endsRun)
    }

    /// Whether a word reads as part of a name: a capital first letter ("Iran", "Vice-President", "al-Maliki" after
    /// its prefix) and not all of it lower case.
    static func isCapitalised(_ word: Substring) -> Bool {
        var letters = word
        for prefix in ["al-", "el-", "ad-", "as-", "ash-", "bin-", "d'", "d’"] where letters.lowercased().hasPrefix(prefix) {
            letters = letters.dropFirst(prefix.count)
        }
        guard let first = letters.first, first.isLetter, first.isUppercase else { return false }
        return true
    }

    /// Whether a name is an acronym: two to eight capitals, with or without full stops ("ISIS", "U.S.").
    static func isAcronym(_ text: String) -> Bool {
        let letters = text.filter { $0 != "." }
        return (2...8).contains(letters.count) && letters.allSatisfy { $0.isUppercase && $0.isLetter }
    }

    /// Each mention with the alias the sentence gives right after it: "Islamic State (ISIS)", "Daesh, known as
    /// Islamic State", "the Islamic State, also known as ISIL".
    private static func withAliases(_ found: [Mention], in sentence: Substring) -> [Mention] {
        var result = found
        for (index, mention) in found.enumerated() where index + 1 < found.count {
            let next = found[index + 1]
            var between = sentence[mention.range.upperBound..<next.range.lowerBound].lowercased()
                .trimmingCharacters(in: .whitespaces)
            for article in [" the", " a", " an"] where between.hasSuffix(article) { between = String(between.dropLast(article.count)) }
            let bracketed = between == "(" && sentence[next.range.upperBound...].hasPrefix(")")
            let knownAs = ["known as", ", known as", ", also known as", "also known as", "(known as"].contains(between)
            if (bracketed && isAcronym(next.text)) || knownAs { result[index].alias = next.text }
        }
        return result
    }
}
