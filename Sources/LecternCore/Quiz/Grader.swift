import Foundation

/// Grades responses to asked questions against a course's knowledge base.
///
/// A response that cannot be read (empty, a number out of range, a malformed match) is a `ResponseError`: the
/// caller asks again and nothing is counted. Partial credit: multi earns (right picks − wrong picks) / right
/// options, floored at 0; order earns the fraction of item pairs put in the right relative order (a Kendall-tau
/// style measure, so one item misplaced by one step loses little, a reversed list earns 0 and a random guess
/// about half); match earns the fraction of pairs matched rightly.
public struct Grader: Sendable {
    /// The course whose actors and names are used.
    public let course: Course
    /// The names used for aliases, typos and who-said answers.
    public let names: ActorNameIndex

    /// Creates a grader for a course.
    public init(course: Course) {
        self.course = course
        self.names = ActorNameIndex(actors: course.actors)
    }

    /// Grades `response` to `asked`, or says why it cannot be graded.
    public func grade(_ asked: AskedQuestion, response: String) -> Result<Grade, ResponseError> {
        let text = Grader.unquoted(response)
        guard !text.isEmpty else { return .failure(ResponseError("Type an answer, or hint, skip, source, flag or quit.")) }
        do {
            switch asked.question.body {
            case .choice(let options, let answer):
                return .success(try gradeChoice(asked, text: text, options: options, answer: answer))
            case .multi(let options, let answers):
                return .success(try gradeMulti(asked, text: text, options: options, answers: answers))
            case .trueFalse(let answer):
                let grade = try gradeTrueFalse(text: text, answer: answer)
                let said = grade.outcome == .correct ? answer : !answer
                return .success(grade.choosing([said ? "true" : "false"]))
            case .typed(let answer, let accepted), .cloze(_, let answer, _, let accepted):
                return .success(try gradeText(text, answer: answer, accepted: accepted))
            case .number(let answer, let tolerance, let unit):
                return .success(try gradeNumber(text: text, answer: answer, tolerance: tolerance, unit: unit))
            case .order(let items):
                return .success(try gradeOrder(asked, text: text, items: items))
            case .match(let pairs):
                return .success(try gradeMatch(asked, text: text, pairs: pairs))
            case .whoSaid(_, let options, let answer):
                return .success(try gradeWhoSaid(asked, text: text, options: options, answer: answer))
            }
        } catch let error as ResponseError {
            return .failure(error)
        } catch {
            return .failure(ResponseError(String(describing: error)))
        }
    }

    /// The right answer of a question as shown to a learner.
    public func correctAnswer(for question: Question) -> String {
        correctAnswer(of: question.body)
    }

    func correctAnswer(of body: QuestionBody) -> String {
        switch body {
        case .choice(let options, let answer):
            return options.indices.contains(answer) ? options[answer] : "?"
        case .multi(let options, let answers):
            return options.indices.filter { answers.contains($0) }.map { options[$0] }.joined(separator: "; ")
        case .trueFalse(let answer):
            return answer ? "true" : "false"
        case .typed(let answer, _), .cloze(_, let answer, _, _):
            return answer
        case .number(let answer, let tolerance, let unit):
            let unitText = unit.map { " \($0)" } ?? ""
            let toleranceText = tolerance > 0 ? " (± \(NumberReader.format(tolerance)))" : ""
            return NumberReader.format(answer, asYear: NumberReader.isYear(answer, unit: unit)) + unitText + toleranceText
        case .order(let items):
            return items.joined(separator: " → ")
        case .match(let pairs):
            return pairs.map { "\($0.left) → \($0.right)" }.joined(separator: "; ")
        case .whoSaid(_, let options, let answer):
            guard options.indices.contains(answer) else { return "?" }
            return course.actor(options[answer])?.name ?? options[answer]
        }
    }

    /// Strips surrounding whitespace, and quotes wrapping the whole response (the way to answer "skip" literally).
    static func unquoted(_ response: String) -> String {
        var text = response.trimmed(.whitespacesAndNewlines)
        let pairs: [(Character, Character)] = [("\"", "\""), ("'", "'"), ("“", "”"), ("‘", "’")]
        if text.count >= 2, let first = text.first, let last = text.last,
            pairs.contains(where: { $0.0 == first && $0.1 == last })
        {
            text = text.dropFirst().dropLast().trimmed(.whitespaces)
        }
        return text
    }

    // MARK: - Options

    private func gradeChoice(_ asked: AskedQuestion, text: String, options: [String], answer: Int) throws -> Grade {
        let number = try Grader.optionNumber(text, count: asked.shownCount)
        let picked = asked.authoredIndex(forShown: number) ?? -1
        let right = correctAnswer(for: asked.question)
        let chosen = options.indices.contains(picked) ? [options[picked]] : []
        if picked == answer { return Grade(outcome: .correct, credit: 1, notes: [], correctAnswer: right, chosen: chosen) }
        return Grade(
            outcome: .incorrect, credit: 0, notes: ["you chose \(number): \(options[picked])"], correctAnswer: right,
            chosen: chosen)
    }

    private func gradeMulti(_ asked: AskedQuestion, text: String, options: [String], answers: Set<Int>) throws -> Grade {
        let numbers = try Grader.numberList(text, count: asked.shownCount, example: "1 3")
        var seen = Set<Int>()
        for number in numbers where !seen.insert(number).inserted {
            throw ResponseError("You gave \(number) twice; give each option number once.")
        }
        let picked = Set(numbers.compactMap { asked.authoredIndex(forShown: $0) })
        let rightPicks = picked.intersection(answers).count
        let wrongPicks = picked.subtracting(answers)
        let missed = answers.subtracting(picked)
        let credit = answers.isEmpty ? 0 : max(0, Double(rightPicks - wrongPicks.count)) / Double(answers.count)
        var notes: [String] = []
        if !wrongPicks.isEmpty {
            notes.append("wrong picks: " + wrongPicks.sorted().map { options[$0] }.joined(separator: "; "))
        }
        if !missed.isEmpty {
            notes.append("missed: " + missed.sorted().map { options[$0] }.joined(separator: "; "))
        }
        let chosen = numbers.compactMap { asked.authoredIndex(forShown: $0) }.filter(options.indices.contains).map { options[$0] }
        return Grade.scaled(credit, notes: notes, correctAnswer: correctAnswer(for: asked.question)).choosing(chosen)
    }

    private func gradeTrueFalse(text: String, answer: Bool) throws -> Grade {
        let said: Bool
        switch AnswerText.normalize(text) {
        case "t", "true", "y", "yes": said = true
        case "f", "false", "n", "no": said = false
        default: throw ResponseError("Type t or f.")
        }
        let right = answer ? "true" : "false"
        return said == answer
            ? Grade(outcome: .correct, credit: 1, notes: [], correctAnswer: right)
            : Grade(outcome: .incorrect, credit: 0, notes: [], correctAnswer: right)
    }

    // MARK: - Numbers

    private static let numberFiller: Set<String> = [
        "about", "around", "approximately", "approx", "roughly", "some", "nearly", "almost", "circa", "c", "in",
        "just", "under", "over", "exactly", "ca",
    ]

    private func gradeNumber(text: String, answer: Double, tolerance: Double, unit: String?) throws -> Grade {
        guard let value = Grader.readNumber(text) else {
            throw ResponseError("Type a number, e.g. 2000, 2,000 or two thousand.")
        }
        let right = correctAnswer(of: .number(answer: answer, tolerance: tolerance, unit: unit))
        // A year is written as a year ("2001"), the learner's number too, never as a quantity ("2,001").
        let year = NumberReader.isYear(answer, unit: unit)
        // A tiny slack so 0.1 + 0.2 style decimals still compare equal.
        let slack = max(abs(answer), 1) * 1e-9
        if abs(value - answer) <= tolerance + slack {
            let notes = abs(value - answer) > slack
                ? ["accepted: within \(NumberReader.format(tolerance)) of \(NumberReader.format(answer, asYear: year))"] : []
            return Grade(outcome: .correct, credit: 1, notes: notes, correctAnswer: right)
        }
        return Grade(
            outcome: .incorrect, credit: 0,
            notes: [
                "you said \(NumberReader.format(value, asYear: year)); the article says \(NumberReader.format(answer, asYear: year))"
            ],
            correctAnswer: right)
    }

    /// Reads a number, ignoring filler ("about", "in") before it and a unit or other words after it.
    static func readNumber(_ text: String) -> Double? {
        var tokens = text.lowercased().trimmingCharacters(in: CharacterSet(charactersIn: ".!?;: ")).split(whereSeparator: \.isWhitespace).map(String.init)
        while let first = tokens.first, numberFiller.contains(first.trimmingCharacters(in: .punctuationCharacters)),
            tokens.count > 1
        {
            tokens.removeFirst()
        }
        if let last = tokens.last, last.hasSuffix("%") {
            tokens[tokens.count - 1] = String(last.dropLast())
        }
        // Drop trailing words that are not number words: a unit ("troops", "years") or anything after the number.
        while tokens.count > 1, let last = tokens.last, !NumberReader.isNumberWord(last),
            NumberReader.digits(last) == nil
        {
            tokens.removeLast()
        }
        return NumberReader.read(tokens.joined(separator: " "))
    }

    // MARK: - Order and match

    private func gradeOrder(_ asked: AskedQuestion, text: String, items: [String]) throws -> Grade {
        let count = asked.shownCount
        let numbers = try Grader.numberList(text, count: count, example: "3 1 2")
        var seen = Set<Int>()
        for number in numbers where !seen.insert(number).inserted {
            throw ResponseError("\(number) appears twice; use each number once.")
        }
        let missing = (1...max(count, 1)).filter { !seen.contains($0) }
        if !missing.isEmpty {
            let list = missing.map(String.init).joined(separator: ", ")
            throw ResponseError("Put all \(count) items in order; missing \(list).")
        }
        // The learner's sequence, as authored indices (the correct order is 0, 1, 2, ...).
        let sequence = numbers.compactMap { asked.authoredIndex(forShown: $0) }
        var concordant = 0
        var pairs = 0
        for i in sequence.indices {
            for j in sequence.indices where j > i {
                pairs += 1
                if sequence[i] < sequence[j] { concordant += 1 }
            }
        }
        let credit = pairs == 0 ? 1 : Double(concordant) / Double(pairs)
        var notes: [String] = []
        if credit < 1 {
            let inPlace = sequence.enumerated().filter { $0.offset == $0.element }.count
            notes.append("\(concordant) of \(pairs) pairs in the right order; \(inPlace) of \(count) items in the right place")
        }
        return .scaled(credit, notes: notes, correctAnswer: correctAnswer(for: asked.question))
    }

    private func gradeMatch(_ asked: AskedQuestion, text: String, pairs: [MatchPair]) throws -> Grade {
        let count = asked.shownCount
        let given = try Grader.matchPairs(text, count: count)
        var rightPairs = 0
        var notes: [String] = []
        // Only the pairs given wrongly are spelled out, each once, as the right pair and what was said instead; the
        // whole key is the short "1d 2a 3b 4c" of `shownAnswer`.
        for (left, letter) in given.sorted(by: { $0.key < $1.key }) {
            if asked.authoredIndex(forShown: letter + 1) == left - 1 {
                rightPairs += 1
            } else if let right = asked.shownNumber(ofAuthored: left - 1) {
                let rightLetter = AskedQuestion.letter(right - 1)
                notes.append(
                    "\(left)\(rightLetter): \(pairs[left - 1].left) → \(pairs[left - 1].right) (you said \(left)\(AskedQuestion.letter(letter)))")
            }
        }
        let credit = count == 0 ? 0 : Double(rightPairs) / Double(count)
        return .scaled(
            credit, notes: notes, correctAnswer: correctAnswer(for: asked.question), shownAnswer: Grader.matchKey(asked))
    }

    /// The right pairs of a match as shown: "1d 2a 3b 4c".
    static func matchKey(_ asked: AskedQuestion) -> String {
        (0..<asked.shownCount).compactMap { left in
            asked.shownNumber(ofAuthored: left).map { "\(left + 1)\(AskedQuestion.letter($0 - 1))" }
        }.joined(separator: " ")
    }

    // MARK: - Parsing

    /// What may surround an option number: "2.", "(2)", "#2".
    static let optionNumberMarks = ScalarSet("#().: ")

    /// One option number from 1 to `count`, allowing "2.", "(2)" and "#2".
    static func optionNumber(_ text: String, count: Int) throws -> Int {
        let trimmed = text.trimmed(optionNumberMarks)
        guard let number = Int(trimmed) else {
            throw ResponseError("Answer with an option number from 1 to \(count).")
        }
        guard (1...max(count, 1)).contains(number) else {
            throw ResponseError("There is no option \(number); choose 1 to \(count).")
        }
        return number
    }

    /// Numbers separated by spaces or commas, each from 1 to `count`; "3142" reads as 3 1 4 2 when there are
    /// fewer than ten items.
    static func numberList(_ text: String, count: Int, example: String) throws -> [Int] {
        var tokens = text.split { $0 == " " || $0 == "," || $0 == ";" || $0 == "-" || $0 == ">" }.map(String.init)
            .filter { $0.lowercased() != "and" }
        if tokens.count == 1, let only = tokens.first, only.count > 1, count < 10, only.allSatisfy(\.isASCIIDigit) {
            tokens = only.map(String.init)
        }
        var numbers: [Int] = []
        for token in tokens {
            guard let number = Int(token.trimmingCharacters(in: CharacterSet(charactersIn: "#().:"))) else {
                throw ResponseError("Type the option numbers separated by spaces, e.g. \(example).")
            }
            guard (1...max(count, 1)).contains(number) else {
                throw ResponseError("There is no \(number); use numbers from 1 to \(count).")
            }
            numbers.append(number)
        }
        guard !numbers.isEmpty else { throw ResponseError("Type the option numbers, e.g. \(example).") }
        return numbers
    }

    /// Pairs written like `1c 2a 3b` (also `1-c, 2 a`), as left number → 0-based letter position.
    static func matchPairs(_ text: String, count: Int) throws -> [Int: Int] {
        let example = "1c 2a 3b"
        let malformed = ResponseError("Match each number to a letter, like \(example).")
        let separators: Set<Character> = [" ", ",", ";", "-", ":", "=", ">", ")", "."]
        let characters = Array(text.lowercased())
        var index = 0
        var result: [Int: Int] = [:]
        var usedLetters: [Int: Int] = [:]
        while index < characters.count {
            if separators.contains(characters[index]) {
                index += 1
                continue
            }
            var digits = ""
            while index < characters.count, characters[index].isASCIIDigit {
                digits.append(characters[index])
                index += 1
            }
            while index < characters.count, separators.contains(characters[index]) { index += 1 }
            guard let left = Int(digits), index < characters.count,
                let letter = AskedQuestion.position(ofLetter: characters[index])
            else { throw malformed }
            index += 1
            if index < characters.count, !separators.contains(characters[index]), !characters[index].isASCIIDigit {
                throw malformed
            }
            guard (1...max(count, 1)).contains(left) else {
                throw ResponseError("There is no item \(left); the items are 1 to \(count).")
            }
            guard letter < count else {
                throw ResponseError("There is no \(AskedQuestion.letter(letter)); the letters are a to \(AskedQuestion.letter(count - 1)).")
            }
            if result[left] != nil { throw ResponseError("You matched \(left) twice; match each number once.") }
            if let other = usedLetters[letter] {
                throw ResponseError("\(other) and \(left) are both matched to \(AskedQuestion.letter(letter)); use each letter once.")
            }
            result[left] = letter
            usedLetters[letter] = left
        }
        let missing = (1...max(count, 1)).filter { result[$0] == nil }
        if !missing.isEmpty {
            throw ResponseError("Match every number; missing \(missing.map(String.init).joined(separator: ", ")).")
        }
        return result
    }
}
