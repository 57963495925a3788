import Foundation

/// Draft questions on an article's sentences: for a name, a date or a number written in a sentence, a cloze (type the
/// missing words) and, when the knowledge base offers distractors of the same type, a choice of the same fact. Each is
/// `draft: true`, `level: remember`, with the sentence as its evidence.
enum QuestionDrafter {
    /// The most facts asked of one paragraph.
    static let factsPerParagraph = 4

    private struct Target {
        let range: Range<Substring.Index>
        let answer: String
        let option: String
        let distractors: [String]
        let actors: [String]
        let events: [String]
        let noun: String
    }

    /// The draft questions of each paragraph, keyed by paragraph id, in reading order.
    static func questions(
        _ article: ArticleDraft, knowledge: KnowledgeDraft, lessonOf: [String: String]
    ) -> [String: [Question]] {
        var ids = DraftIDs()
        var result: [String: [Question]] = [:]
        let numbers = article.paragraphs.flatMap { numbersIn(Substring($0.text)).map(\.text) }
        for paragraph in article.paragraphs {
            var facts = 0
            for (index, sentence) in SentenceSplitter.sentences(paragraph.text).enumerated() where facts < factsPerParagraph {
                guard let target = target(in: sentence, paragraph: paragraph.id, knowledge: knowledge, numbers: numbers) else { continue }
                facts += 1
                let base = ids.make("\(paragraph.id) s\(index + 1) \(target.answer)", prefix: "q")
                let before = String(sentence[..<target.range.lowerBound])
                let after = String(sentence[target.range.upperBound...])
                let lesson = lessonOf[paragraph.id]
                let explanation = "TODO: say in one line why this \(target.noun) matters to the article."
                var drafts = [Question(
                    id: base + "-gap", prompt: "Fill the gap in sentence \(index + 1) of \(paragraph.id) (a \(target.noun)).",
                    body: .cloze(before: before, answer: target.answer, after: after, accepted: []),
                    explanation: explanation, lessonID: lesson, paragraphIDs: [paragraph.id], actorIDs: target.actors,
                    eventIDs: target.events, origin: .authored, factID: base, level: .remember, evidence: String(sentence),
                    isDraft: true)]
                if target.distractors.count >= QuestionGenerator.distractorMinimum {
                    let (options, answer) = QuestionGenerator.arrange(
                        answer: (target.option, target.option), distractors: target.distractors.map { ($0, $0) }, salt: base)
                    drafts.append(Question(
                        id: base + "-choice", prompt: "Which \(target.noun) fills the gap? “\(before)_____\(after)”",
                        body: .choice(options: options, answer: answer), explanation: explanation, lessonID: lesson,
                        paragraphIDs: [paragraph.id], actorIDs: target.actors, eventIDs: target.events, origin: .authored,
                        factID: base, level: .remember, evidence: String(sentence), isDraft: true))
                }
                result[paragraph.id, default: []] += drafts
            }
        }
        return result
    }

    /// A cloze on the longest word of a paragraph's first sentence, for a lesson nothing else gave a draft.
    static func fallback(_ paragraph: ArticleDraft.Paragraph, lesson: String, ids: inout DraftIDs) -> Question? {
        guard let sentence = SentenceSplitter.sentences(paragraph.text).first else { return nil }
        let words = PassageWindow.wordRanges(sentence).map { range in
            (range, sentence[range].filter { $0.isLetter })
        }.filter { $0.1.count >= 5 && sentence[$0.0].allSatisfy { $0.isLetter } }
        guard let (range, word) = words.max(by: { $0.1.count < $1.1.count }),
            sentence.components(separatedBy: String(word)).count == 2
        else { return nil }
        let base = ids.make("\(paragraph.id) word \(word)", prefix: "q")
        return Question(
            id: base + "-gap", prompt: "Fill the gap in the first sentence of \(paragraph.id) (a word).",
            body: .cloze(before: String(sentence[..<range.lowerBound]), answer: String(word), after: String(sentence[range.upperBound...]), accepted: []),
            explanation: "TODO: say in one line why this word matters to the article.", lessonID: lesson,
            paragraphIDs: [paragraph.id], actorIDs: [], eventIDs: [], origin: .authored, factID: base, level: .remember,
            evidence: String(sentence), isDraft: true)
    }

    /// The first date of the sentence, else its first name of an actor candidate, else its first number; only one the
    /// sentence writes once, so the rest of the sentence does not give it away.
    private static func target(
        in sentence: Substring, paragraph: String, knowledge: KnowledgeDraft, numbers: [String]
    ) -> Target? {
        let normalized = " " + AnswerText.normalize(String(sentence)) + " "
        func once(_ text: String) -> Bool {
            let key = AnswerText.normalize(text)
            return !key.isEmpty && normalized.components(separatedBy: " " + key + " ").count == 2
        }
        let dates = DateFinder.dates(in: sentence)
        if let date = dates.first(where: { once(String(sentence[$0.range])) }) {
            let written = String(sentence[date.range])
            let event = knowledge.events.first { $0.paragraph == paragraph && $0.date == date.date && sentence.contains($0.passage) }
            return Target(
                range: date.range, answer: written, option: written,
                distractors: dateDistractors(date, written: written, knowledge: knowledge), actors: [],
                events: event.map { [$0.id] } ?? [], noun: date.date.count == 4 ? "year" : "date")
        }
        for mention in NameFinder.mentions(in: sentence) where String(sentence[mention.range]) == mention.text {
            let key = AnswerText.normalize(mention.text)
            guard let actor = knowledge.actors.first(where: { ([$0.name] + $0.aliases).map(AnswerText.normalize).contains(key) }),
                ([actor.name] + actor.aliases).filter({ AnswerText.normalize($0) != key }).allSatisfy({ !normalized.contains(" " + AnswerText.normalize($0) + " ") }),
                once(mention.text)
            else { continue }
            let others = knowledge.actors.filter { $0.kind == actor.kind && $0.id != actor.id }
            let ranked = QuestionGenerator.ranked(others, salt: actor.id, id: \.id).map(\.name)
            return Target(
                range: mention.range, answer: mention.text, option: actor.name,
                distractors: Array(ranked.prefix(QuestionGenerator.distractorTarget)), actors: [actor.id], events: [],
                noun: actor.kind == .person ? "name" : "name")
        }
        let dateRanges = dates.map(\.range)
        if let number = numbersIn(sentence).first(where: { found in
            !dateRanges.contains { $0.overlaps(found.range) } && once(found.text)
        }) {
            let others = Array(Set(numbers.filter { $0 != number.text })).sorted()
            let ranked = QuestionGenerator.ranked(others, salt: number.text, id: { $0 })
            return Target(
                range: number.range, answer: number.text, option: number.text,
                distractors: Array(ranked.prefix(QuestionGenerator.distractorTarget)), actors: [], events: [], noun: "number")
        }
        return nil
    }

    /// Other dates of the same precision the knowledge base holds, written as this one is written; for a year with
    /// too few, the years around it.
    private static func dateDistractors(_ date: DateFinder.Found, written: String, knowledge: KnowledgeDraft) -> [String] {
        let isYear = date.date.count == 4
        let isDecade = date.date.hasSuffix("s")
        guard isYear || isDecade else { return [] }
        var others = Set(knowledge.events.filter { $0.date.count == date.date.count && $0.date != date.date && $0.date.hasSuffix("s") == isDecade }.map(\.date))
        let step = isDecade ? 10 : 1
        var offset = step
        while others.count < QuestionGenerator.distractorTarget {
            others.insert(isDecade ? "\(date.year + offset)s" : "\(date.year + offset)")
            if others.count < QuestionGenerator.distractorTarget { others.insert(isDecade ? "\(date.year - offset)s" : "\(date.year - offset)") }
            offset += step
        }
        let ranked = QuestionGenerator.ranked(Array(others), salt: date.date, id: { $0 })
        return Array(ranked.prefix(QuestionGenerator.distractorTarget)).map { written.hasPrefix("the ") ? "the " + $0 : $0 }
    }

    private static let numberPattern = try? NSRegularExpression(pattern: #"(?<![\w.,])\d{1,3}(?:,\d{3})+(?![\w,]\d)|(?<![\w.,])\d+(?:\.\d+)?(?![\w]|[.,]\d)"#)

    /// The numbers written with digits in `text`: `280`, `2,000`, `13`, `3.5`.
    static func numbersIn(_ text: Substring) -> [(text: String, range: Range<Substring.Index>)] {
        let string = String(text)
        guard let numberPattern else { return [] }
        return numberPattern.matches(in: string, range: NSRange(string.startIndex..., in: string)).compactMap { match in
            guard let range = Range(match.range, in: string) else { return nil }
            let lower = text.index(text.startIndex, offsetBy: string.distance(from: string.startIndex, to: range.lowerBound))
            let upper = text.index(lower, offsetBy: string.distance(from: range.lowerBound, to: range.upperBound))
            return (String(string[range]), lower..<upper)
        }
    }
}
