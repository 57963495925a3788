extension Grader {
    /// A gradable response in words, for summaries: shown numbers become the option, item or pair texts they
    /// stood for in that presentation; free text is returned trimmed.
    public func describe(_ asked: AskedQuestion, response: String) -> String {
        let text = Grader.unquoted(response)
        let count = asked.shownCount
        switch asked.question.body {
        case .choice(let options, _):
            guard let number = try? Grader.optionNumber(text, count: count),
                let index = asked.authoredIndex(forShown: number)
            else { return text }
            return options[index]
        case .whoSaid(_, let options, _):
            guard let number = try? Grader.optionNumber(text, count: count),
                let index = asked.authoredIndex(forShown: number)
            else { return names.resolve(text)?.actor.name ?? text }
            return course.actor(options[index])?.name ?? options[index]
        case .multi(let options, _):
            guard let numbers = try? Grader.numberList(text, count: count, example: "") else { return text }
            return numbers.compactMap { asked.authoredIndex(forShown: $0) }.map { options[$0] }.joined(separator: "; ")
        case .order(let items):
            guard let numbers = try? Grader.numberList(text, count: count, example: "") else { return text }
            return numbers.compactMap { asked.authoredIndex(forShown: $0) }.map { items[$0] }.joined(separator: " → ")
        case .match(let pairs):
            guard let given = try? Grader.matchPairs(text, count: count) else { return text }
            return given.sorted { $0.key < $1.key }.compactMap { left, letter in
                asked.authoredIndex(forShown: letter + 1).map { "\(pairs[left - 1].left) → \(pairs[$0].right)" }
            }.joined(separator: "; ")
        case .trueFalse, .typed, .number, .cloze:
            return text
        }
    }
}
