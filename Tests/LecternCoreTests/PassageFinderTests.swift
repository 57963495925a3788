import Foundation
import LecternTestSupport
import Testing
@testable import LecternCore

/// `PassageFinder`'s fallback, for a question without evidence, against the way passages were chosen before it:
/// every paragraph split and scored anew per question, with Foundation trimming the sentences. The reference below
/// is that code, kept as it was. (A question with evidence shows its evidence: `BundledEvidenceTests`.)
@Suite(.removingTemporaryFolders) struct PassageFinderTests {
    /// The question as it would be without its evidence, so the fallback chooser is what is compared.
    private func withoutEvidence(_ question: Question) -> Question {
        Question(
            id: question.id, prompt: question.prompt, body: question.body, explanation: question.explanation,
            lessonID: question.lessonID, paragraphIDs: question.paragraphIDs, actorIDs: question.actorIDs,
            eventIDs: question.eventIDs, origin: question.origin, factID: question.factID, source: question.source,
            level: question.level, evidence: nil)
    }

    @Test func everyQuestionOfTheBundledCourseGetsThePassageTheReferenceChooses() throws {
        let course = try BundledCourse.course()
        let questions = QuestionBank(course: course).questions.map(withoutEvidence)
        #expect(questions.count > 100)
        let finder = PassageFinder(course: course, names: Grader(course: course).names)
        var withPassage = 0
        for question in questions {
            let expected = Reference.best(for: question, in: course)
            #expect(bytes(finder.best(for: question)) == bytes(expected), "\(question.id)")
            if expected != nil { withPassage += 1 }
        }
        #expect(withPassage > questions.count / 2)
    }

    @Test func everyQuestionOfTheSampleCourseGetsThePassageTheReferenceChooses() {
        let course = GradingFixture.course
        let questions = QuestionBank(course: course).questions + [
            GradingFixture.number, GradingFixture.numberYears, GradingFixture.year, GradingFixture.typedMaliki,
            GradingFixture.typedRouhani, GradingFixture.whoSaid, GradingFixture.cloze,
        ]
        let finder = PassageFinder(course: course)
        for question in questions {
            #expect(bytes(finder.best(for: question)) == bytes(Reference.best(for: question, in: course)), "\(question.id)")
        }
    }

    @Test func sentencesOfTheBundledArticleAreTheReferenceSentences() throws {
        let course = try BundledCourse.course()
        for paragraph in course.article.paragraphs {
            #expect(
                Passage.sentences(of: paragraph.text).map(bytes) == Reference.sentences(of: paragraph.text).map(bytes),
                "\(paragraph.id)")
        }
    }

    @Test func thousandsSeparatorsAreDroppedAsTheRegularExpressionDropsThem() {
        // Decimal digits of several scripts (ASCII, Arabic-Indic, Devanagari, fullwidth, mathematical bold), a
        // digit that is not decimal (superscript two), the three separators and their look-alikes.
        let pieces = ["1", "23", "٣", "१", "３", "𝟏", "²", ",", "\u{A0}", "\u{202F}", "\u{2009}", ".", " ", "a", "é"]
        var rng = SplitMix64(seed: 13)
        var changed = 0
        for _ in 0..<4_000 {
            let text = (0..<Int.random(in: 0...10, using: &rng)).map { _ in pieces[Int.random(in: 0..<pieces.count, using: &rng)] }.joined()
            let expected = text.replacingOccurrences(
                of: #"(?<=\d)[,\u00A0\u202F](?=\d{3})"#, with: "", options: .regularExpression)
            let result = Passage.withoutThousandsSeparators(text)
            #expect(Array(result.utf8) == Array(expected.utf8), "\(text.debugDescription)")
            if result != text { changed += 1 }
        }
        #expect(changed > 40)
    }

    @Test func sentencesOfRandomTextAreTheReferenceSentences() {
        // Pieces that exercise the splitter: ends of sentences, abbreviations, quotes, digits with separators,
        // and spaces Foundation trims (tab, no-break, thin, ideographic) or keeps (line feed, zero-width joiner).
        let pieces = [
            "Iran", "the", "U.S.", "Sept.", "W.", "2,000", "9/11", "1\u{00A0}000", "said", "Mr.", "e.g.", "é",
            "e\u{301}", "Ünal", "(Photo)", "‘War’", "“No”", ".", "?", "!", "'", "’", "\"", ")", " ", "  ", "\t",
            "\u{00A0}", "\u{2009}", "\u{3000}", "\n", "\u{200D}", "A", "b.", "Q?",
        ]
        var rng = SplitMix64(seed: 11)
        for _ in 0..<2_000 {
            let count = Int.random(in: 0...24, using: &rng)
            let text = (0..<count).map { _ in pieces[Int.random(in: 0..<pieces.count, using: &rng)] }
                .joined(separator: Bool.random(using: &rng) ? " " : "")
            #expect(
                Passage.sentences(of: text).map(bytes) == Reference.sentences(of: text).map(bytes), "\(text.debugDescription)")
            #expect(Passage.keywords([text]) == Reference.keywords([text]), "\(text.debugDescription)")
            let passage = Passage(paragraphID: "p1", sentence: text)
            let maxWords = Int.random(in: 0...8, using: &rng)
            #expect(
                Array(passage.excerpt(maxWords: maxWords).utf8) == Array(Reference.excerpt(text, maxWords: maxWords).utf8),
                "\(text.debugDescription)")
        }
    }

    /// The exact bytes, since `==` on strings holds for canonically equivalent but different ones.
    private func bytes(_ text: String) -> [UInt8] { Array(text.utf8) }

    private func bytes(_ passage: Passage?) -> [UInt8]? { passage.map { Array("\($0.paragraphID)|\($0.sentence)".utf8) } }
}

/// The passage chooser as it was before `PassageFinder` (and its excerpt), verbatim but for their names.
private enum Reference {
    static func best(for question: Question, in course: Course) -> Passage? {
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

    static func excerpt(_ sentence: String, maxWords: Int) -> String {
        let words = sentence.split(separator: " ", omittingEmptySubsequences: true)
        guard words.count > maxWords, maxWords > 0 else { return sentence }
        let start = (words.count - maxWords) / 2
        let window = words[start..<(start + maxWords)].joined(separator: " ")
        return (start > 0 ? "…" : "") + window + (start + maxWords < words.count ? "…" : "")
    }

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

    static func keywords(_ texts: [String]) -> Set<String> {
        var words = Set<String>()
        for text in texts {
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

    static func sentences(of text: String) -> [String] {
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
