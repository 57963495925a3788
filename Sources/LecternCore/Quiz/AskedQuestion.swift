/// What the shell shows for a question: the prompt, the lines under it and how to answer.
public struct QuestionPresentation: Sendable, Equatable {
    /// The question text.
    public let prompt: String
    /// Numbered options, lettered match items, the quotation or the gapped sentence, one a line.
    public let lines: [String]
    /// One sentence saying how to answer ("Answer with an option number.").
    public let instruction: String

    /// Creates a presentation.
    public init(prompt: String, lines: [String], instruction: String) {
        self.prompt = prompt
        self.lines = lines
        self.instruction = instruction
    }
}

/// A question as presented once: its options, items or right-hand column in a fresh random order, and the hints
/// given so far.
public struct AskedQuestion: Sendable, Equatable {
    /// The question asked.
    public let question: Question
    /// For each shown position, the index in the authored list: options (choice, multi, who-said), items
    /// (order) or right-hand entries (match). Empty for kinds without a list.
    public let shownOrder: [Int]
    /// How many hints have been given.
    public internal(set) var hintsUsed: Int = 0
    /// Shown option numbers (1-based) that hints have ruled out.
    public internal(set) var eliminated: [Int] = []
    /// Letters of a typed or cloze answer revealed by hints.
    public internal(set) var revealedLetters: Int = 0
    /// How many of the first items of an order question hints have revealed.
    public internal(set) var revealedItems: Int = 0
    /// Left-hand numbers (1-based) of match pairs hints have revealed.
    public internal(set) var revealedPairs: [Int] = []
    /// Where the "between X and Y" hint of a number question puts the answer, as a fraction of its range.
    let numberHintOffset: Double

    /// Presents `question` with its lists shuffled by `rng`.
    ///
    /// An order question is never shown already in the right order when it has two or more items, nor a
    /// match question with every right-hand entry beside its partner.
    public init(_ question: Question, using rng: inout some RandomNumberGenerator) {
        self.question = question
        var offset = 0.5
        switch question.body {
        case .choice(let options, _), .multi(let options, _), .whoSaid(_, let options, _):
            shownOrder = Array(options.indices).shuffled(using: &rng)
        case .order(let items):
            shownOrder = AskedQuestion.derangedShuffle(items.count, using: &rng)
        case .match(let pairs):
            shownOrder = AskedQuestion.derangedShuffle(pairs.count, using: &rng)
        case .number:
            shownOrder = []
            offset = Double.random(in: 0.2...0.8, using: &rng)
        case .trueFalse, .typed, .cloze:
            shownOrder = []
        }
        numberHintOffset = offset
    }

    /// A shuffle that is not the identity when there are two or more elements.
    static func derangedShuffle(_ count: Int, using rng: inout some RandomNumberGenerator) -> [Int] {
        var order = Array(0..<count).shuffled(using: &rng)
        if count > 1, order == Array(0..<count) {
            // Rotating by one keeps the draw deterministic without looping on the generator.
            order.append(order.removeFirst())
        }
        return order
    }

    /// The number of shown options or items.
    public var shownCount: Int { shownOrder.count }

    /// The authored index behind a shown 1-based number, or nil when out of range.
    public func authoredIndex(forShown number: Int) -> Int? {
        shownOrder.indices.contains(number - 1) ? shownOrder[number - 1] : nil
    }

    /// The shown 1-based number of an authored index.
    public func shownNumber(ofAuthored index: Int) -> Int? {
        shownOrder.firstIndex(of: index).map { $0 + 1 }
    }

    /// The prompt, lines and answer instruction; actor ids of who-said options are shown as names from `course`.
    public func presentation(course: Course) -> QuestionPresentation {
        let prompt = question.prompt
        switch question.body {
        case .choice(let options, _):
            return QuestionPresentation(
                prompt: prompt, lines: numbered(options), instruction: "Answer with an option number.")
        case .multi(let options, _):
            return QuestionPresentation(
                prompt: prompt, lines: numbered(options),
                instruction: "Type the numbers of every right option, e.g. 1 3.")
        case .whoSaid(let quote, let options, _):
            let names = options.map { course.actor($0)?.name ?? $0 }
            return QuestionPresentation(
                prompt: prompt, lines: ["“\(quote)”"] + numbered(names),
                instruction: "Answer with an option number or a name.")
        case .trueFalse:
            return QuestionPresentation(prompt: prompt, lines: [], instruction: "Type t or f.")
        case .typed:
            return QuestionPresentation(prompt: prompt, lines: [], instruction: "Type your answer.")
        case .number(_, _, let unit):
            let suffix = unit.map { " (in \($0))" } ?? ""
            return QuestionPresentation(prompt: prompt, lines: [], instruction: "Type a number\(suffix).")
        case .order(let items):
            let example = [3, 1, 4, 2, 5, 6, 7].filter { $0 <= items.count }.map(String.init).joined(separator: " ")
            return QuestionPresentation(
                prompt: prompt, lines: numbered(items),
                instruction: "Type the numbers in order, e.g. \(example).")
        case .match(let pairs):
            let left = pairs.enumerated().map { "\($0.offset + 1). \($0.element.left)" }
            let right = shownOrder.enumerated().map { "\(AskedQuestion.letter($0.offset)). \(pairs[$0.element].right)" }
            let example = (0..<min(pairs.count, 3)).map {
                "\($0 + 1)\(AskedQuestion.letter(($0 + pairs.count - 1) % pairs.count))"
            }
            return QuestionPresentation(
                prompt: prompt, lines: left + right,
                instruction: "Match like \(example.joined(separator: " ")).")
        case .cloze(let before, _, let after, _):
            return QuestionPresentation(
                prompt: prompt, lines: ["\(before)_____\(after)"], instruction: "Type the missing words.")
        }
    }

    /// Lists an authored array in the shown order, numbered from 1.
    private func numbered(_ authored: [String]) -> [String] {
        shownOrder.enumerated().map { "\($0.offset + 1). \(authored[$0.element])" }
    }

    /// The letter of a 0-based position: a, b, c, ...
    static func letter(_ index: Int) -> String {
        guard index >= 0, index < 26, let scalar = Unicode.Scalar(97 + index) else { return "?" }
        return String(Character(scalar))
    }

    /// The 0-based position of a letter, or nil.
    static func position(ofLetter character: Character) -> Int? {
        guard let ascii = character.lowercased().first?.asciiValue, ascii >= 97, ascii < 97 + 26 else { return nil }
        return Int(ascii) - 97
    }
}
